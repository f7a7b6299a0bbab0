#pragma once
/// A blocking keep-alive HTTP/1.1 client over Boost.Beast (pimpl, so users
/// need not include Beast): many requests on one connection, as the app sends
/// them. One thread at a time.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace muster::test {

struct KeepAliveReply {
    int status = 0;              ///< 0: no answer (see `error`)
    std::string body;            ///< as received (still gzipped when `gzipped`)
    bool gzipped = false;        ///< `Content-Encoding: gzip`
    std::size_t wire_bytes = 0;  ///< header + body bytes as received
    std::string error;
};

class KeepAliveClient {
  public:
    /// Connects to 127.0.0.1:`port`; check `ok()`.
    explicit KeepAliveClient(std::uint16_t port);
    ~KeepAliveClient();
    KeepAliveClient(const KeepAliveClient&) = delete;
    KeepAliveClient& operator=(const KeepAliveClient&) = delete;

    [[nodiscard]] bool ok() const;
    /// POSTs a JSON `body` with the bearer `token` ("" sends none), asking for gzip if `gzip`.
    /// No timeout: callers guard the whole run (a wedged server is killed, which ends the read).
    KeepAliveReply post(const std::string& target, std::string body, const std::string& token,
                        bool gzip = false);
    /// `post` in two steps: `send_post` writes the request (false and `error`
    /// set when it could not), `read_reply` reads its answer; one at a time.
    bool send_post(const std::string& target, std::string body, const std::string& token, bool gzip,
                   std::string& error);
    KeepAliveReply read_reply();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace muster::test
