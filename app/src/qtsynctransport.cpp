#include "qtsynctransport.h"

#include <memory>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "blobstore.h"
#include "certificatetrust.h"
#include "loginprotocol.h"
#include "muster/codec.hpp"
#include "muster/gzip.hpp"
#include "muster/json.hpp"
#include "muster/version.hpp"

namespace muster::app {

namespace {
/// The user's language for a message marked with QT_TRANSLATE_NOOP (these
/// texts reach the sync status and Settings' "Last error"; the transport
/// runs on the sync worker's thread, where translate() is safe).
QString translated(const char* source) {
    return QCoreApplication::translate("QtSyncTransport", source);
}

std::string text(const QString& message) {
    return message.toStdString();
}

/// The server's `message` (English, for the logs) after a sentence in the
/// user's language for the codes a member can act on.
std::string withServerReason(ErrorCode code, const QString& serverMessage) {
    const char* headline = nullptr;
    switch (code) {
        case ErrorCode::payload_too_large:
            headline = QT_TRANSLATE_NOOP("QtSyncTransport", "The server does not take something this large.");
            break;
        case ErrorCode::forbidden:
            headline = QT_TRANSLATE_NOOP("QtSyncTransport", "The server refused: this account may not do that.");
            break;
        case ErrorCode::rate_limited:
            headline = QT_TRANSLATE_NOOP("QtSyncTransport", "The server is busy. Muster tries again shortly.");
            break;
        case ErrorCode::hash_mismatch:
            headline = QT_TRANSLATE_NOOP("QtSyncTransport", "A file reached the server damaged. It is sent again.");
            break;
        default:
            return serverMessage.toStdString();
    }
    //: %1 a sentence about a refused request, %2 the server's own reason (often in English).
    return text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "%1 (%2)")).arg(translated(headline), serverMessage));
}

Error unreachable(const QNetworkReply& reply) {
    if (reply.error() == QNetworkReply::SslHandshakeFailedError) {
        // Not the certificate trusted at sign-in (CertificateTrust), or one no
        // authority vouches for: a changed server, or not our server.
        return Error{ErrorCode::unavailable,
                     text(translated(QT_TRANSLATE_NOOP("QtSyncTransport",
                                                       "The server's certificate isn't the one this device trusts, "
                                                       "so nothing was sent. If your coordinator says it changed, sign "
                                                       "out and in again to trust the new one; your changes stay on "
                                                       "this device.")))};
    }
    return Error{ErrorCode::unavailable,
                 text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "Can't reach the server: %1")).arg(reply.errorString()))};
}

Error interrupted() {
    return Error{ErrorCode::unavailable, text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "The sync was interrupted.")))};
}
}  // namespace

Error syncHttpError(int status, const QByteArray& body) {
    if (status == 401) {
        return Error{ErrorCode::unauthenticated,
                     text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "The server asks you to sign in again.")))};
    }
    if (status >= 500) {
        return Error{ErrorCode::unavailable,
                     text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "The server is unavailable (HTTP %1)."))
                              .arg(status))};
    }
    if (const auto parsed = parseProtocolError(body)) {
        const std::string code = parsed->code.toStdString();
        if (const auto known = error_code_from_string(code)) return Error{*known, withServerReason(*known, parsed->message)};
    }
    if (status == 413) {  // a proxy in front of the server, in its own words: still "too large"
        return Error{ErrorCode::payload_too_large,
                     withServerReason(ErrorCode::payload_too_large, QStringLiteral("HTTP 413"))};
    }
    return Error{ErrorCode::bad_request,
                 text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "The server refused the sync request (HTTP %1)."))
                          .arg(status))};
}

QtSyncTransport::QtSyncTransport(QUrl base) : m_base(std::move(base)), m_network(new QNetworkAccessManager) {
    CertificateTrust::attach(*m_network);
}

QtSyncTransport::~QtSyncTransport() {
    abort();
    m_ahead.reset();
    delete m_network;
}

void QtSyncTransport::setWaitHooks(std::function<void()> beforeWait, std::function<void()> afterWait) {
    m_beforeWait = std::move(beforeWait);
    m_afterWait = std::move(afterWait);
}

void QtSyncTransport::abort() {
    if (QNetworkReply* reply = m_current) reply->abort();
    if (m_ahead) m_ahead->abort();  // fails its `receive`
}

QNetworkRequest QtSyncTransport::httpRequest(const QString& path) const {
    QNetworkRequest http(endpointUrl(m_base, path));
    http.setTransferTimeout(static_cast<int>(m_timeout.count()));
    const std::string_view version = muster::version();
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QStringLiteral("Muster/") + QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size())));
    if (!m_token.isEmpty()) http.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return http;
}

void QtSyncTransport::spin(QNetworkReply* reply, bool untilSent) {
    m_current = reply;
    if (m_beforeWait) m_beforeWait();
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (untilSent) QObject::connect(reply, &QNetworkReply::requestSent, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (m_afterWait) m_afterWait();
    m_current = nullptr;
}

bool QtSyncTransport::await(QNetworkReply* reply) {
    spin(reply, false);
    if (!reply->isFinished()) {  // the thread is quitting
        reply->abort();
        m_reached = false;
        return false;
    }
    m_reached = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0;
    return true;
}

std::optional<Error> QtSyncTransport::uploadBlob(const QString& dir, const QString& hash) {
    BlobStore blobs(dir);
    const QString path = QStringLiteral("v1/blobs/") + hash;
    const auto failure = [](QNetworkReply* reply, int status) -> Error {
        if (status == 0) return unreachable(*reply);
        Error error = syncHttpError(status, reply->readAll());
        error.message = text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "A file could not be uploaded: %1"))
                                 .arg(QString::fromStdString(error.message)));
        return error;
    };
    {
        const std::unique_ptr<QNetworkReply> head(m_network->head(httpRequest(path)));
        if (!await(head.get())) return interrupted();
        const int status = head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            blobs.markUploaded(hash);
            return std::nullopt;
        }
        if (status != 404) return failure(head.get(), status);
    }
    QFile file(blobs.path(hash));
    if (!file.open(QIODevice::ReadOnly)) {
        // A marker without its bytes means a damaged data folder. The round
        // fails visibly rather than push a log naming a file the server can
        // never get; the marker stays.
        return Error{ErrorCode::io_error,
                     text(translated(QT_TRANSLATE_NOOP("QtSyncTransport", "An attached file is missing on this device: %1"))
                              .arg(hash))};
    }
    QNetworkRequest put = httpRequest(path);
    put.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    const std::unique_ptr<QNetworkReply> reply(m_network->put(put, &file));
    if (!await(reply.get())) return interrupted();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 201) return failure(reply.get(), status);
    blobs.markUploaded(hash);
    return std::nullopt;
}

bool QtSyncTransport::isFileOnlyProblem(const Error& error) {
    switch (error.code) {
        case ErrorCode::bad_request:
        case ErrorCode::forbidden:
        case ErrorCode::not_found:
        case ErrorCode::payload_too_large:
        case ErrorCode::hash_mismatch:
        case ErrorCode::io_error:
            return true;
        default:  // the network, the server, the account: the whole sync waits
            return false;
    }
}

std::optional<Error> QtSyncTransport::uploadPendingBlobs() {
    if (m_blobDir.isEmpty()) return std::nullopt;
    const QString dir = m_blobDir;
    for (const QString& hash : BlobStore(dir).pending()) {
        if (m_blobProblems.contains(hash)) continue;  // failed on its own earlier this round
        auto error = uploadBlob(dir, hash);
        if (!error) continue;
        if (!isFileOnlyProblem(*error)) return error;
        m_blobProblems.insert(hash, QString::fromStdString(error->message));
    }
    return std::nullopt;
}

Result<SyncResponse> QtSyncTransport::sync(const SyncRequest& request) {
    if (auto error = uploadPendingBlobs()) return *error;
    const std::unique_ptr<QNetworkReply> reply(post(request));
    return answer(reply.get());
}

bool QtSyncTransport::send(const SyncRequest& request) {
    // A page asked for ahead pushes nothing, so it needs no blob: those go
    // before the next request that pushes ops.
    m_ahead.reset(post(request));
    // Qt starts a request from this thread's event loop: turn it until the
    // request is on the wire (or over), so the server works on it while the
    // engine stores the page before. A failure shows in `receive`.
    spin(m_ahead.get(), true);
    return true;
}

Result<SyncResponse> QtSyncTransport::receive() {
    const std::unique_ptr<QNetworkReply> reply = std::move(m_ahead);
    if (!reply) return Error{ErrorCode::internal, "receive() without a request sent"};
    return answer(reply.get());
}

QNetworkReply* QtSyncTransport::post(const SyncRequest& request) {
    QNetworkRequest http = httpRequest(QStringLiteral("v1/sync"));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    http.setRawHeader("Accept", "application/json");
    QByteArray body = QByteArray::fromStdString(encode_sync_request(request).dump());
    // A big push (a day offline) goes gzipped: the server accepts
    // `Content-Encoding: gzip` (docs/protocol.md, "Compression").
    if (static_cast<std::size_t>(body.size()) >= kGzipMinBytes) {
        if (auto packed = gzip_compress(std::string_view(body.constData(), static_cast<std::size_t>(body.size())))) {
            body = QByteArray::fromStdString(*packed);
            http.setRawHeader("Content-Encoding", "gzip");
        }
    }

    return m_network->post(http, body);
}

Result<SyncResponse> QtSyncTransport::answer(QNetworkReply* reply) {
    if (!await(reply)) return interrupted();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        return unreachable(*reply);
    }
    const QByteArray answer = reply->readAll();
    if (status != 200) return syncHttpError(status, answer);
    auto json = parse_strict(std::string_view(answer.constData(), static_cast<std::size_t>(answer.size())));
    if (!json) return json.error();
    return decode_sync_response(*json);
}

}  // namespace muster::app
