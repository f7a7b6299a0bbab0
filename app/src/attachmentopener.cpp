#include "attachmentopener.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

#include "blobstore.h"
#include "certificatetrust.h"
#include "loginprotocol.h"

namespace muster::app {

QUrl attachmentShareUrl(const QString& path, bool android, const QString& filesDir) {
    if (!android) return QUrl::fromLocalFile(path);
    const QString root = QDir::cleanPath(filesDir);
    const QString clean = QDir::cleanPath(path);
    if (root.isEmpty() || !clean.startsWith(root + QLatin1Char('/'))) return {};
    const QString relative = clean.mid(root.size() + 1);
    const QStringList segments = relative.split(QLatin1Char('/'));
    const bool inBlobs = std::any_of(segments.begin(), segments.end() - 1, [](const QString& segment) {
        return segment.endsWith(QLatin1String(".blobs"));
    });
    if (!inBlobs) return {};
    QUrl url;
    url.setScheme(QStringLiteral("content"));
    url.setHost(QStringLiteral("org.muster.app.attachments"));
    url.setPath(QLatin1Char('/') + relative);
    return url;
}

AttachmentOpener::AttachmentOpener(QObject* parent) : QObject(parent) {
    CertificateTrust::attach(m_network);
}

void AttachmentOpener::setSession(AccountSession* session) {
    if (session == m_session) return;
    m_session = session;
    emit sessionChanged();
}

void AttachmentOpener::open(const QString& hash) {
    if (QNetworkReply* reply = m_reply) {
        m_reply.clear();
        reply->abort();
    }
    m_fetching.clear();
    m_errorText.clear();
    if (!m_session || !m_session->isOpen() || !BlobStore::isHash(hash)) {
        fail(tr("This attachment can't be opened."));
        return;
    }
    if (BlobStore(m_session->blobDir()).contains(hash)) {
        offer(hash);
        return;
    }
    const auto base = normalizeServerUrl(m_session->serverUrl());
    if (!base || m_session->token().isEmpty()) {
        fail(tr("Sign in again to fetch this attachment."));
        return;
    }
    QNetworkRequest request(endpointUrl(*base, QStringLiteral("v1/blobs/") + hash));
    request.setRawHeader("Authorization", "Bearer " + m_session->token().toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    m_reply = reply;
    m_fetching = hash;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
        if (received > BlobStore::kMaxBlobBytes || total > BlobStore::kMaxBlobBytes) reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, hash] {
        reply->deleteLater();
        if (reply == m_reply) finish(reply, hash);
    });
    emit stateChanged();
}

void AttachmentOpener::finish(QNetworkReply* reply, const QString& hash) {
    m_reply.clear();
    m_fetching.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || reply->error() != QNetworkReply::NoError) {
        if (status == 0) {
            fail(tr(
                "Can't reach the server to fetch this attachment. Try again when you are online."));
        } else if (status == 401) {
            fail(tr("Sign in again to fetch this attachment."));
        } else if (status == 404) {
            fail(
                tr("The server doesn't have this attachment yet: the device that added it has not "
                   "synced it."));
        } else {
            fail(tr("The server could not send this attachment (HTTP %1).").arg(status));
        }
        return;
    }
    QString error;
    if (!m_session || !BlobStore(m_session->blobDir()).addFetched(hash, reply->readAll(), &error)) {
        fail(tr("Can't keep this attachment on this device: %1").arg(error));
        return;
    }
    offer(hash);
}

void AttachmentOpener::offer(const QString& hash) {
    const BlobStore blobs(m_session->blobDir());
    QString file = blobs.path(hash);
    const QString name = blobs.name(hash);
    // A copy under the picked name (same folder, so it goes with a wipe) lets
    // the system choose a viewer by its extension.
    if (!name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.'))) {
        const QString folder = QDir(blobs.dir()).filePath(QStringLiteral("open/") + hash.left(16));
        const QString named = QDir(folder).filePath(name);
        if (QFileInfo::exists(named) || (QDir().mkpath(folder) && QFile::copy(file, named)))
            file = named;
    }
#if defined(Q_OS_ANDROID)
    // Qt puts AppDataLocation (the account folders) in the app's files folder.
    const QUrl url = attachmentShareUrl(file, true, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (url.isEmpty()) {
        fail(tr("This attachment can't be opened."));
        return;
    }
#else
    const QUrl url = attachmentShareUrl(file, false, {});
#endif
    emit stateChanged();
    emit ready(hash, url);
}

void AttachmentOpener::fail(const QString& text) {
    m_errorText = text;
    emit stateChanged();
}

}  // namespace muster::app
