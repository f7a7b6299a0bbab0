#pragma once
/// A tiny in-process HTTP/1.1 server for app tests: answers canned responses
/// per path on 127.0.0.1 (random port) and records every request. Runs on the
/// test's own Qt event loop; one request per connection (Connection: close).

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>

namespace muster::test {

class FakeMusterServer {
  public:
    /// What to answer on a path.
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        /// Send `body` as raw bytes without any HTTP framing, then close.
        bool raw = false;
        /// Read the request and never answer (for timeouts).
        bool silent = false;
    };

    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;  ///< lower-case names
        QByteArray body;         ///< decoded (a `Content-Encoding: gzip` body is inflated; "" if broken)
        qsizetype wireBytes = 0; ///< the body's size as sent
    };

    /// Starts listening; answers /v1/health and /v1/auth/login with a
    /// compatible server and a successful login for "Ada Okafor" (coordinator).
    FakeMusterServer();
    ~FakeMusterServer();
    FakeMusterServer(const FakeMusterServer&) = delete;
    FakeMusterServer& operator=(const FakeMusterServer&) = delete;

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /// "http://127.0.0.1:<port>"
    [[nodiscard]] QString url() const;

    void setResponse(const QByteArray& path, const Response& response) {
        m_handlers.remove(path);
        m_responses[path] = response;
    }
    /// Answers `path` by calling `handler` for each request (takes precedence).
    void setHandler(const QByteArray& path, std::function<Response(const Request&)> handler) {
        m_handlers[path] = std::move(handler);
    }
    /// Convenience for a protocol error body.
    static Response error(int status, const char* code, const char* message);
    static Response json(int status, const QByteArray& body) { return Response{status, body}; }
    /// A `POST /v1/sync` answer for a wiped device (protocol.md, remote wipe):
    /// 200, the first `ackCount` pushed ops of `request` acked `applied` (all
    /// when negative), no changes, and `"wipe": {"reason": reason}`.
    static Response wipeAnswer(const Request& request, const QString& reason, int ackCount = -1);

    [[nodiscard]] const QList<Request>& requests() const { return m_requests; }

    static constexpr qint64 kServerTimeMs = 1'764'000'002'500;
    static constexpr qint64 kExpiresAtMs = 1'764'086'400'000;

  private:
    void onConnection();
    QTcpServer m_server;
    QHash<QByteArray, Response> m_responses;
    QHash<QByteArray, std::function<Response(const Request&)>> m_handlers;
    QList<Request> m_requests;
};

/// A port on 127.0.0.1 that nothing listens on (bound, then released).
[[nodiscard]] quint16 closedPort();

}  // namespace muster::test
