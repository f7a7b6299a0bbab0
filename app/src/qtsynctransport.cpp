#include "qtsynctransport.h"

#include <memory>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "loginprotocol.h"
#include "muster/codec.hpp"
#include "muster/gzip.hpp"
#include "muster/json.hpp"
#include "muster/version.hpp"

namespace muster::app {

Error syncHttpError(int status, const QByteArray& body) {
    if (status == 401) return Error{ErrorCode::unauthenticated, "The server asks you to sign in again."};
    if (status >= 500) return Error{ErrorCode::unavailable, "The server is unavailable (HTTP " + std::to_string(status) + ")."};
    if (const auto parsed = parseProtocolError(body)) {
        const std::string code = parsed->code.toStdString();
        if (const auto known = error_code_from_string(code)) return Error{*known, parsed->message.toStdString()};
    }
    return Error{ErrorCode::bad_request, "The server refused the sync request (HTTP " + std::to_string(status) + ")."};
}

QtSyncTransport::QtSyncTransport(QUrl base) : m_base(std::move(base)), m_network(new QNetworkAccessManager) {}

QtSyncTransport::~QtSyncTransport() {
    abort();
    delete m_network;
}

void QtSyncTransport::setWaitHooks(std::function<void()> beforeWait, std::function<void()> afterWait) {
    m_beforeWait = std::move(beforeWait);
    m_afterWait = std::move(afterWait);
}

void QtSyncTransport::abort() {
    if (QNetworkReply* reply = m_current) reply->abort();
}

Result<SyncResponse> QtSyncTransport::sync(const SyncRequest& request) {
    QNetworkRequest http(endpointUrl(m_base, QStringLiteral("v1/sync")));
    http.setTransferTimeout(static_cast<int>(m_timeout.count()));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const std::string_view version = muster::version();
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QStringLiteral("Muster/") + QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size())));
    http.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty()) http.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QByteArray body = QByteArray::fromStdString(encode_sync_request(request).dump());
    // A big push (a day offline) goes gzipped: the server accepts
    // `Content-Encoding: gzip` (docs/protocol.md, "Compression").
    if (static_cast<std::size_t>(body.size()) >= kGzipMinBytes) {
        if (auto packed = gzip_compress(std::string_view(body.constData(), static_cast<std::size_t>(body.size())))) {
            body = QByteArray::fromStdString(*packed);
            http.setRawHeader("Content-Encoding", "gzip");
        }
    }

    QNetworkReply* reply = m_network->post(http, body);
    m_current = reply;
    if (m_beforeWait) m_beforeWait();
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (m_afterWait) m_afterWait();
    m_current = nullptr;
    const std::unique_ptr<QNetworkReply> owned(reply);
    if (!reply->isFinished()) {  // the thread is quitting
        reply->abort();
        m_reached = false;
        return Error{ErrorCode::unavailable, "The sync was interrupted."};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reached = status != 0;
    if (status == 0) {
        return Error{ErrorCode::unavailable, "Can't reach the server: " + reply->errorString().toStdString()};
    }
    const QByteArray answer = reply->readAll();
    if (status != 200) return syncHttpError(status, answer);
    auto json = parse_strict(std::string_view(answer.constData(), static_cast<std::size_t>(answer.size())));
    if (!json) return json.error();
    return decode_sync_response(*json);
}

}  // namespace muster::app
