#pragma once
/// Clients for `/v1/events` and TLS tests, over Boost.Beast (hidden behind a
/// pimpl so test files stay light): a blocking WebSocket client with
/// timeouts, plain or TLS, and a one-shot HTTPS request.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace muster::test {

/// Logs in (demo password by default) over plain HTTP; "" on failure.
std::string login_token(std::uint16_t port, const std::string& login, const std::string& password = "muster-demo");

struct TlsOptions {
    bool enabled = false;
    /// For refusal tests: the highest protocol the client offers (e.g.
    /// TLS1_1_VERSION); 0 = the library default. Certificates are not verified.
    int max_version = 0;
    /// For refusal tests: the TLS 1.2 cipher list the client offers ("" = default).
    std::string ciphers;
};

class WsClient {
public:
    /// Connects to 127.0.0.1:`port` and upgrades `GET /v1/events` with the
    /// bearer `token` ("" sends no Authorization header).
    WsClient(std::uint16_t port, const std::string& token, TlsOptions tls = {});
    ~WsClient();
    WsClient(const WsClient&) = delete;
    WsClient& operator=(const WsClient&) = delete;

    /// True while the socket is usable.
    [[nodiscard]] bool ok() const;
    /// The HTTP status of a refused upgrade (0 if none was received).
    [[nodiscard]] int refused_status() const;
    [[nodiscard]] const std::string& refused_body() const;
    /// The next text message as JSON; nullopt on timeout (the client is then
    /// unusable), on a close frame (see `close_code`) or on an error.
    std::optional<nlohmann::json> next(std::chrono::milliseconds timeout);
    /// The server's close code after `next` saw a close frame, else 0.
    [[nodiscard]] int close_code() const;
    [[nodiscard]] bool timed_out() const;
    [[nodiscard]] const std::string& error() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

struct HttpsResult {
    int status = 0;  ///< 0: no HTTP answer (see `error`)
    std::string body;
    std::string error;
};
/// One request over TLS to 127.0.0.1:`port` (a JSON body when `body` is not empty).
HttpsResult https_request(std::uint16_t port, const std::string& method, const std::string& target,
                          const std::string& body = {}, TlsOptions tls = {true, 0, {}});
/// Logs in over TLS; "" on failure.
std::string https_login_token(std::uint16_t port, const std::string& login, const std::string& password = "muster-demo");

}  // namespace muster::test
