#pragma once
// Releases injects on time, and announces what other processes wrote
// (internal to muster_server).
//
// A member's pull leaves out an inject until its drill clock reaches the
// inject's `release_offset_ms`; by then the member's cursor is past the task's
// seq. So when the time comes the scheduler gives the task (and its logs) new
// seqs in one transaction, records the release (per offset and drill start, so
// a changed offset or a restarted drill releases again), and announces the
// change to `/v1/events` listeners of the task's unit. Injects whose time came
// while the server was down are released on the first pass after a start.
//
// Each pass also asks the store for seqs another process took since the last
// pass (the admin command line beside a running SQLite server: a unit moved, a
// member added, a drill imported) and tells every socket: such writes are rare
// and may re-scope whole subtrees. Without it, a coordinator's screen waited
// for the next change of its own scope to learn of them.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>

#include "muster/clock.hpp"
#include "muster/result.hpp"
#include "muster/server/change_feed.hpp"
#include "muster/server/store.hpp"

namespace muster::server {

class InjectScheduler {
public:
    InjectScheduler(ServerStore& store, const Clock& wall, ChangeFeed& changes, std::chrono::milliseconds tick);
    ~InjectScheduler();  ///< stop()
    InjectScheduler(const InjectScheduler&) = delete;
    InjectScheduler& operator=(const InjectScheduler&) = delete;

    /// Runs `release_due` now and then every `tick` on its own thread.
    void start();
    /// Idempotent; returns when the thread has ended.
    void stop();
    /// One pass: releases every inject due at the wall clock's now; returns how many.
    Result<std::size_t> release_due();
    /// One pass: announces other processes' commits; returns the seq told (0: none).
    Result<std::int64_t> announce_foreign_commits();

private:
    void run();

    ServerStore& store_;
    const Clock& wall_;
    ChangeFeed& changes_;
    std::chrono::milliseconds tick_;
    /// ServerStore::revocations as last read (nullopt: not read yet).
    std::optional<std::int64_t> revocations_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace muster::server
