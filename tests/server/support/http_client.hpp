#pragma once
/// A small blocking HTTP/1.1 client over raw sockets, with timeouts, so tests
/// can also misbehave on purpose (slow bytes, huge headers, bodies).

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace muster::test {

struct HttpResult {
    int status = 0;                              ///< 0: no response (see `error`)
    std::map<std::string, std::string> headers;  ///< lower-case names
    std::string body;
    std::string error;
    /// The body as JSON (discarded value if it is not JSON).
    [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
    /// `error.code` of a protocol error body, or "".
    [[nodiscard]] std::string error_code() const;
};

/// A connected socket; closed when destroyed.
class Connection {
public:
    Connection(std::uint16_t port, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] bool ok() const noexcept { return fd_ >= 0; }
    /// Sends everything; false on error or timeout.
    bool send(const std::string& bytes);
    /// Reads one response (Content-Length or until close).
    HttpResult read_response(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// True if the peer has closed (EOF) within `timeout`.
    bool wait_closed(std::chrono::milliseconds timeout);
    /// Bytes already available without blocking (0 if none).
    bool readable(std::chrono::milliseconds timeout);

private:
    int fd_ = -1;
    std::string buffer_;
};

/// Builds a request with Host, Content-Length (when a body is given) and `extra` header lines.
std::string make_request(const std::string& method, const std::string& target, const std::string& body = {},
                         const std::map<std::string, std::string>& extra = {});

/// One request on a fresh connection.
HttpResult http(std::uint16_t port, const std::string& method, const std::string& target,
                const std::string& body = {}, const std::map<std::string, std::string>& extra = {});

}  // namespace muster::test
