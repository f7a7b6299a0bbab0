#pragma once
/// A small blocking HTTP/1.1 client over raw sockets, with timeouts, so tests
/// can also misbehave on purpose (slow bytes, huge headers, bodies).

#include <chrono>
#include <cstdint>
#include <functional>
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
    /// `head`: the answer to a HEAD request (headers only, whatever Content-Length says).
    HttpResult read_response(std::chrono::milliseconds timeout = std::chrono::seconds(10), bool head = false);
    /// True if the peer has closed (EOF) within `timeout`.
    bool wait_closed(std::chrono::milliseconds timeout);
    /// Bytes already available without blocking (0 if none).
    bool readable(std::chrono::milliseconds timeout);
    /// Closes the sending side only (the client is done sending but still reads).
    void shutdown_send();

private:
    int fd_ = -1;
    std::string buffer_;
};

/// Builds a request with Host, Content-Length (when a body is given) and `extra` header lines.
std::string make_request(const std::string& method, const std::string& target, const std::string& body = {},
                         const std::map<std::string, std::string>& extra = {});

/// What `dribble` saw.
struct Dribbled {
    HttpResult response;
    std::chrono::milliseconds elapsed{};  ///< from the first byte sent to the end of the answer
    std::size_t sent = 0;                 ///< bytes sent before the server answered or closed
};

/// Sends `bytes` one at a time, `gap` apart, stopping early once the server
/// answers (or closes); then reads the answer.
Dribbled dribble(Connection& connection, const std::string& bytes, std::chrono::milliseconds gap);

/// Runs `slow` on its own thread and, until it returns, `probe` on this one
/// every 100 ms; returns how many times `probe` ran.
int probe_while(const std::function<void()>& slow, const std::function<void()>& probe);

/// One request on a fresh connection; `timeout` bounds the wait for the answer.
HttpResult http(std::uint16_t port, const std::string& method, const std::string& target,
                const std::string& body = {}, const std::map<std::string, std::string>& extra = {},
                std::chrono::milliseconds timeout = std::chrono::seconds(10));

}  // namespace muster::test
