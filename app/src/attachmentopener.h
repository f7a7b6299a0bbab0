#pragma once
/// Opens a log entry's attachment: the local copy, or fetched from the server first.

#include <QtQml/qqmlregistration.h>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "accountsession.h"

class QNetworkReply;

namespace muster::app {

/// `open(hash)` emits `ready` with a file URL for Qt.openUrlExternally: the
/// blob in the account's BlobStore when it is there; otherwise it is fetched
/// with `GET /v1/blobs/<hash>` (the session's token; at most 25 MiB; its
/// SHA-256 checked), stored, then offered. When the picked file's name is
/// known the URL is a copy under that name, so the system picks the right
/// viewer. Requests run on the UI thread's event loop without blocking it.
/// The URL another app is given for the attachment copy at `path`: a file://
/// URL, except on Android (`android` true), where another app may not read
/// the app's private folder through one. There it is
/// `content://org.muster.app.attachments/<path under filesDir>`, served by the
/// app's AttachmentProvider (app/android/src), and only for a file inside an
/// account's attachment folder (`….blobs/`); anything else gives an empty URL.
[[nodiscard]] QUrl attachmentShareUrl(const QString& path, bool android, const QString& filesDir);

class AttachmentOpener : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    /// The attachment being fetched; empty when none.
    Q_PROPERTY(QString fetching READ fetching NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)

  public:
    explicit AttachmentOpener(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString fetching() const { return m_fetching; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// See the class comment; a fetch in flight is replaced.
    Q_INVOKABLE void open(const QString& hash);
    /// Tests: the per-request timeout (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

  signals:
    void sessionChanged();
    void stateChanged();
    void ready(const QString& hash, const QUrl& file);

  private:
    void finish(QNetworkReply* reply, const QString& hash);
    void offer(const QString& hash);
    void fail(const QString& text);

    QPointer<AccountSession> m_session;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_fetching;
    QString m_errorText;
    int m_timeoutMs = 30'000;
};

}  // namespace muster::app
