#pragma once
/// The fault-injecting TCP proxy between the simulated members and the
/// server (Asio, one thread of its own).
///
/// It understands just enough HTTP/1.1 to find message boundaries
/// (`Content-Length` framing, which is all the members and the server send),
/// so faults hit whole requests: each request of member m (header
/// `X-Sim-Member: m`) gets `FaultPlan::decide(m, n)` for its n-th request.
/// While faults are off every byte passes through unchanged.
///
/// Faults: latency with jitter on the way in and out, a bandwidth cap per
/// connection, a reset before the request reaches the server, a hang (the
/// request is swallowed and the connection held until the client gives up or
/// the heal), a cut answer (the server commits and answers, the client gets
/// half the answer and a reset; the full answer is kept for the checker), and
/// partitions (a partitioned member's requests hang). When the server is down
/// the client's connection is reset.

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fault_plan.hpp"

namespace muster::sim {

struct ProxyStats {
    std::uint64_t requests = 0;      ///< requests read from members
    std::uint64_t forwarded = 0;     ///< answered by the server and passed on whole
    std::uint64_t resets = 0;        ///< reset by the plan
    std::uint64_t hangs = 0;         ///< swallowed by the plan
    std::uint64_t cuts = 0;          ///< answered by the server, cut on the way back
    std::uint64_t partitioned = 0;   ///< swallowed because the member was cut off
    std::uint64_t server_down = 0;   ///< reset because the server could not be reached or dropped the request
    std::uint64_t bytes_up = 0;      ///< request bytes passed to the server
    std::uint64_t bytes_down = 0;    ///< answer bytes passed to members

    ProxyStats& operator+=(const ProxyStats& other) {
        requests += other.requests;
        forwarded += other.forwarded;
        resets += other.resets;
        hangs += other.hangs;
        cuts += other.cuts;
        partitioned += other.partitioned;
        server_down += other.server_down;
        bytes_up += other.bytes_up;
        bytes_down += other.bytes_down;
        return *this;
    }
};

/// An answer the server sent that the member never received whole.
struct CutResponse {
    int member = -1;
    std::string raw;  ///< status line, headers and body as the server sent them
};

class FaultProxy {
public:
    explicit FaultProxy(FaultPlan plan);
    ~FaultProxy();  ///< stop()
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    /// Listens on 127.0.0.1 (port 0: a free one) and forwards to 127.0.0.1:`upstream_port`.
    /// Returns the listening port, 0 on failure.
    std::uint16_t start(std::uint16_t upstream_port);
    /// The server moved (restarted on another port). New connections to the server use it.
    void set_upstream(std::uint16_t port);
    /// Faults on; the plan's drill offsets count from `drill_start`.
    void begin_faults(std::chrono::steady_clock::time_point drill_start);
    /// Faults off for good; held (hung or partitioned) connections are reset at once.
    void heal();
    /// Stops listening and drops every connection; idempotent.
    void stop();

    [[nodiscard]] ProxyStats stats() const;
    [[nodiscard]] std::vector<CutResponse> cut_responses() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace muster::sim
