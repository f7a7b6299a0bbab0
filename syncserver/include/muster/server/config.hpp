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
    std::size_t max_body_bytes = 8 * 1024 * 1024;   ///< JSON bodies (every route but blobs)
    std::size_t max_blob_bytes = 25 * 1024 * 1024;  ///< `PUT /v1/blobs/<sha256>` bodies
    JsonLimits json{};

    std::int64_t token_ttl_ms = 30LL * 24 * 60 * 60 * 1000;   ///< absolute token lifetime
    std::int64_t token_idle_ms = 7LL * 24 * 60 * 60 * 1000;   ///< a token unused (no sync) this long expires
    /// Per-member request rate (token bucket over every authenticated request;
    /// 429 `rate_limited` when empty). 0 turns the limit off.
    double member_rate_per_s = 50;
    double member_rate_burst = 500;  ///< a first sync of a large unit pages quickly
    /// Open connections (HTTP and WebSocket) from one IP address; more are
    /// closed at accept. 0: no limit. Loopback is exempt unless
    /// `limit_loopback` (a reverse proxy on this machine carries every client).
    std::size_t max_connections_per_ip = 512;
    bool limit_loopback = false;
    /// The audit log (sign-ins, failures, admin actions, scope denials): a
    /// file of its own, apart from the request log on stderr. "" = `<data_dir>/audit.log`.
    std::string audit_log_file;
    int login_failure_limit = 10;
    std::int64_t login_failure_window_ms = 15LL * 60 * 1000;
    int hash_workers = 2;               ///< at most this many argon2id hashes at once
    std::size_t max_pending_hashes = 64;  ///< more queued logins get 503 `unavailable`
    int sync_workers = 64;  ///< threads running /v1/sync (mostly waiting for a group commit; more threads, larger groups)
    std::size_t max_pending_syncs = 256;  ///< more queued syncs get 503 `unavailable`
    int blob_workers = 2;                 ///< threads hashing and fsyncing blobs off the I/O threads
    std::size_t max_pending_blobs = 16;   ///< more queued blob calls get 503 `unavailable`

    /// TLS: both set → every connection is HTTPS/WSS (TLS 1.2+, AEAD ciphers); plain HTTP is refused.
    std::string tls_cert_file;  ///< PEM certificate chain
    std::string tls_key_file;   ///< PEM private key

    milliseconds ws_ping_interval{20'000};  ///< `/v1/events`: a ping this often
    milliseconds ws_idle_timeout{60'000};   ///< `/v1/events`: closed after this long without a frame from the client
    milliseconds ws_coalesce{100};          ///< `/v1/events`: at most one `changed` per connection this often
    milliseconds ws_close_timeout{5'000};   ///< `/v1/events`: time allowed for the closing handshake
    milliseconds ws_write_timeout{30'000};  ///< `/v1/events`: a frame not written in this time closes the socket

    milliseconds inject_tick{500};  ///< how often the inject scheduler looks for injects whose time has come
};

}  // namespace muster::server
