#pragma once
/// Core's `muster::Transport` over Qt Network: `POST /v1/sync`, synchronously.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QMap>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "muster/sync_engine.hpp"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

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
///
/// Blobs first: with a blob folder set, every call uploads each pending blob
/// (`HEAD /v1/blobs/<hash>`, then `PUT` when the server lacks it) before the
/// sync request, and clears its marker only after a 200 or 201. An upload
/// that failed because of the network, the server or the account
/// (unreachable, 5xx, 401, 429, a wipe) fails the whole call with that
/// error, so the engine keeps the outbox and backs off. One that failed for
/// that file alone (too large for the server, refused, its bytes missing
/// here) must not hold everything else back: the call goes on, the blob
/// stays pending and is tried again at every sync, and `blobProblems()`
/// says what happened. Nothing is ever dropped.
class QtSyncTransport final : public muster::Transport {
  public:
    explicit QtSyncTransport(QUrl base);
    ~QtSyncTransport() override;
    QtSyncTransport(const QtSyncTransport&) = delete;
    QtSyncTransport& operator=(const QtSyncTransport&) = delete;

    void setToken(const QString& token) { m_token = token; }
    [[nodiscard]] QString token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// The account's blob folder (BlobStore); empty: no blob uploads.
    void setBlobDir(const QString& dir) { m_blobDir = dir; }
    /// Called just before waiting on the network and just after; the worker
    /// releases and retakes the store's write lock there.
    void setWaitHooks(std::function<void()> beforeWait, std::function<void()> afterWait);
    /// Aborts the request in flight (it fails with `unavailable`).
    void abort();

    /// True when the last request got an HTTP answer (the server is reachable).
    [[nodiscard]] bool lastReachedServer() const { return m_reached; }

    Result<SyncResponse> sync(const SyncRequest& request) override;
    /// Puts the next page's request on the wire (turning this thread's event
    /// loop until Qt has sent it, the store's lock released meanwhile) and
    /// returns; the server answers while the engine stores the page before.
    /// `receive` waits for that answer like `sync`.
    bool send(const SyncRequest& request) override;
    Result<SyncResponse> receive() override;

    /// Uploads every pending blob (see the class comment); the first failure
    /// that stops the sync (one file's own problems go to `blobProblems()`).
    [[nodiscard]] std::optional<muster::Error> uploadPendingBlobs();
    /// Starts a sync round (several calls, one per page): a file that failed
    /// on its own is tried once per round, not once per call.
    void beginRound() { m_blobProblems.clear(); }
    /// The files this round could not upload for reasons of their own, by
    /// hash, one sentence each (empty: none).
    [[nodiscard]] const QMap<QString, QString>& blobProblems() const { return m_blobProblems; }
    /// True for an upload error that concerns that one file, not the sync.
    [[nodiscard]] static bool isFileOnlyProblem(const muster::Error& error);

  private:
    [[nodiscard]] QNetworkRequest httpRequest(const QString& path) const;
    /// POST /v1/sync with `request` (gzipped when large); the caller owns the reply.
    [[nodiscard]] QNetworkReply* post(const SyncRequest& request);
    /// Waits for a sync reply and decodes it, or the error it stands for.
    Result<SyncResponse> answer(QNetworkReply* reply);
    /// Turns this thread's event loop until `reply` finishes (or, with
    /// `untilSent`, its request is on the wire), releasing the store's lock
    /// meanwhile; `abort()` reaches it.
    void spin(QNetworkReply* reply, bool untilSent);
    /// Waits for `reply` (releasing the store's lock meanwhile); false when
    /// the thread is quitting and the reply never finished (it is aborted).
    bool await(QNetworkReply* reply);
    /// HEAD, then PUT when needed; nullopt when the server holds the blob.
    [[nodiscard]] std::optional<muster::Error> uploadBlob(const QString& dir, const QString& hash);

    QUrl m_base;
    QString m_blobDir;
    QString m_token;
    std::chrono::milliseconds m_timeout{30000};
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_current;
    std::unique_ptr<QNetworkReply> m_ahead;  ///< sent by `send`, not received yet
    std::function<void()> m_beforeWait;
    std::function<void()> m_afterWait;
    bool m_reached = false;
    QMap<QString, QString> m_blobProblems;
};

/// The protocol error for an HTTP answer other than 200 (see QtSyncTransport).
[[nodiscard]] muster::Error syncHttpError(int status, const QByteArray& body);

}  // namespace muster::app
