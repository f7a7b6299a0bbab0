#pragma once
/// Carries change events between server instances on one PostgreSQL
/// database: every event this instance publishes on its ChangeFeed goes out
/// as `NOTIFY muster_changes`, and every notification from another instance
/// is published on this instance's feed, so its WebSockets hear of changes
/// committed elsewhere (LISTEN). One thread, one connection.
///
/// Payload: "<instance> <seq> <unit>,<unit>,..." ("*" for every unit; also
/// used when the list would not fit PostgreSQL's 8000-byte payload). After a
/// lost connection, notifications may have been missed: the relay publishes
/// an event for every unit once it listens again, so every socket's client
/// pulls and catches up. An instance that dies between its commit and its
/// NOTIFY leaves the other instances' clients to learn of that change at
/// their next sync (docs/deploy.md).

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "muster/result.hpp"
#include "muster/server/change_feed.hpp"

namespace muster::server {

class PgChangeRelay {
public:
    /// Subscribes to `feed` and starts listening on `url`. `feed` must outlive the relay.
    static Result<std::unique_ptr<PgChangeRelay>> start(const std::string& url, ChangeFeed& feed);
    ~PgChangeRelay();
    PgChangeRelay(const PgChangeRelay&) = delete;
    PgChangeRelay& operator=(const PgChangeRelay&) = delete;

    /// Encodes / decodes a payload (exposed for tests). `decode` returns false
    /// for a payload that is not ours.
    static std::string encode(const std::string& instance, const ChangeEvent& event);
    static bool decode(const std::string& payload, std::string& instance, ChangeEvent& event);
    /// Tells every instance listening on `url`'s database to announce "every
    /// unit, up to the current seq" to its sockets: for a process that runs no
    /// relay of its own (the admin command line, after a write). Throws pg::PgError.
    static void announce_every_unit(const std::string& url);

private:
    PgChangeRelay(std::string url, ChangeFeed& feed);
    void run();
    void send(std::string payload);

    std::string url_;
    ChangeFeed& feed_;
    std::string instance_;  ///< random: tells this instance's own notifications apart
    int wake_fd_ = -1;      ///< eventfd: wakes the thread for outgoing events and stop
    std::mutex mutex_;
    std::deque<std::string> outgoing_;
    bool stop_ = false;
    std::uint64_t subscription_ = 0;
    std::thread thread_;
};

}  // namespace muster::server
