#pragma once
/// Core's `muster::Transport` over Qt Network: `POST /v1/sync`, synchronously.

#include <chrono>
#include <functional>

#include <QPointer>
#include <QString>
#include <QUrl>

#include "muster/sync_engine.hpp"

class QNetworkAccessManager;
class QNetworkReply;

namespace muster::app {

/// One `POST /v1/sync` per call, blocking the calling thread in a local
/// QEventLoop until the answer, a transfer timeout or `abort()`.
///
/// Lives on the sync worker thread (its QNetworkAccessManager too); never use it
/// from the UI thread. Qt adds `Accept-Encoding: gzip` and inflates the answer
/// itself (so the header is deliberately not set here). Failures map to the
/// protocol's codes: no HTTP answer (refused, reset, timeout, DNS) and 5xx →
/// `unavailable`; 401 → `unauthenticated`; other statuses → the `code` of the
/// JSON error body (`bad_request` when there is none); an unreadable 200 → `bad_json`.
class QtSyncTransport final : public muster::Transport {
  public:
    explicit QtSyncTransport(QUrl base);
    ~QtSyncTransport() override;
    QtSyncTransport(const QtSyncTransport&) = delete;
    QtSyncTransport& operator=(const QtSyncTransport&) = delete;

    void setToken(const QString& token) { m_token = token; }
    [[nodiscard]] QString token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Called just before waiting on the network and just after; the worker
    /// releases and retakes the store's write lock there.
    void setWaitHooks(std::function<void()> beforeWait, std::function<void()> afterWait);
    /// Aborts the request in flight (it fails with `unavailable`).
    void abort();

    /// True when the last request got an HTTP answer (the server is reachable).
    [[nodiscard]] bool lastReachedServer() const { return m_reached; }

    Result<SyncResponse> sync(const SyncRequest& request) override;

  private:
    QUrl m_base;
    QString m_token;
    std::chrono::milliseconds m_timeout{30000};
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_current;
    std::function<void()> m_beforeWait;
    std::function<void()> m_afterWait;
    bool m_reached = false;
};

/// The protocol error for an HTTP answer other than 200 (see QtSyncTransport).
[[nodiscard]] muster::Error syncHttpError(int status, const QByteArray& body);

}  // namespace muster::app
