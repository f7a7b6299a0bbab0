#pragma once
/// Server settings; the defaults are the protocol's.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "muster/json.hpp"

namespace muster::server {

using std::chrono::milliseconds;

struct ServerConfig {
    std::string data_dir;
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;  ///< 0: the OS picks a free port
    int io_threads = 2;

    milliseconds header_timeout{10'000};  ///< total, from accept / first byte, not reset per byte
    milliseconds body_timeout{30'000};
    milliseconds idle_timeout{60'000};    ///< keep-alive wait for the next request
    milliseconds write_timeout{30'000};
    milliseconds drain_timeout{10'000};   ///< shutdown: how long in-flight requests may take
    milliseconds linger_timeout{2'000};   ///< after an error answer: how long to drain the client's unread bytes

    std::size_t max_header_bytes = 16 * 1024;
    std::size_t max_body_bytes = 8 * 1024 * 1024;
    JsonLimits json{};

    std::int64_t token_ttl_ms = 30LL * 24 * 60 * 60 * 1000;
    int login_failure_limit = 10;
    std::int64_t login_failure_window_ms = 15LL * 60 * 1000;
    int hash_workers = 2;               ///< at most this many argon2id hashes at once
    std::size_t max_pending_hashes = 64;  ///< more queued logins get 503 `unavailable`
};

}  // namespace muster::server
