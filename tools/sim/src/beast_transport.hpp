#pragma once
/// The members' `Transport`: blocking HTTP/1.1 over Boost.Beast on one
/// keep-alive connection, with a timeout on every connect, write and read.
/// Sync bodies of 1 KiB or more go gzipped (`Content-Encoding: gzip`), and
/// answers may come gzipped. Every ack received is recorded for the checker.
/// One thread at a time (the member's); each transport owns its io_context.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "muster/op.hpp"
#include "muster/sync_engine.hpp"

namespace muster::sim {

/// Every ack one member received for one op id.
struct AckRecord {
    int applied = 0;
    int duplicate = 0;
    int rejected = 0;
    std::optional<Error> last_error;  ///< of the last rejection
    nlohmann::json op;                ///< the op as sent when first acked applied or duplicate (null before)
};

class BeastTransport final : public Transport {
public:
    /// Talks to 127.0.0.1:`port`; `member` (≥ 0) is sent as `X-Sim-Member` so the proxy can pick faults.
    BeastTransport(std::uint16_t port, int member, std::chrono::milliseconds timeout);
    ~BeastTransport() override;
    BeastTransport(const BeastTransport&) = delete;
    BeastTransport& operator=(const BeastTransport&) = delete;

    Result<LoginResponse> login(const LoginRequest& request);
    void set_token(std::string token) { token_ = std::move(token); }
    Result<SyncResponse> sync(const SyncRequest& request) override;
    /// The next page's request is written at once; `receive` reads its answer.
    bool send(const SyncRequest& request) override;
    Result<SyncResponse> receive() override;

    [[nodiscard]] const std::map<std::string, AckRecord>& acks() const noexcept { return acks_; }
    [[nodiscard]] std::uint64_t requests() const noexcept { return requests_; }
    [[nodiscard]] std::uint64_t failures() const noexcept { return failures_; }
    /// Requests that went through `send` (a page asked for while one is stored).
    [[nodiscard]] std::uint64_t sent_ahead() const noexcept { return sent_ahead_; }

private:
    struct Reply {
        int status = 0;
        std::string body;  ///< decoded (gunzipped)
    };
    Result<Reply> post(const std::string& target, std::string body);
    /// `post` in two steps: connects when needed and writes; reads the answer.
    Status write(const std::string& target, std::string body);
    Result<Reply> read();
    /// Counts a failure, drops the connection: `unavailable` with `what`.
    Error failed(const std::string& what);
    /// A sync answer checked, decoded and recorded for the checker.
    Result<SyncResponse> sync_answer(const SyncRequest& request, Result<Reply> reply);
    void record(const SyncRequest& request, const SyncResponse& response);

    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::uint16_t port_;
    int member_;
    std::chrono::milliseconds timeout_;
    std::string token_;
    std::uint64_t requests_ = 0;
    std::uint64_t failures_ = 0;
    std::uint64_t sent_ahead_ = 0;
    std::map<std::string, AckRecord> acks_;
    std::optional<SyncRequest> ahead_;  ///< sent by `send`, its answer not read yet
    Status ahead_sent_;
};

/// The error a non-200 answer stands for (401 → unauthenticated, 503 → unavailable, else the body's code).
[[nodiscard]] Error error_from_answer(int status, const std::string& body);

}  // namespace muster::sim
