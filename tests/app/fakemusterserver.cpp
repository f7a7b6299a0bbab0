#include "fakemusterserver.h"

#include <memory>

#include <QTcpSocket>

#include "muster/codec.hpp"
#include "muster/gzip.hpp"
#include "muster/json.hpp"

namespace muster::test {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 204:
            return "No Content";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
    }
}

/// Parses a complete request out of `buffer`, or returns false if more bytes are needed.
}  // namespace

FakeMusterServer::Response FakeMusterServer::wipeAnswer(const Request& request, const QString& reason, int ackCount) {
    auto parsed = muster::parse_strict(request.body.toStdString());
    auto decoded = parsed ? muster::decode_sync_request(*parsed)
                          : muster::Result<muster::DecodedSyncRequest>(parsed.error());
    if (!decoded) return error(400, "bad_request", "Bad sync request.");
    muster::SyncResponse answer;
    for (const muster::Op& op : decoded->request.ops) {
        if (ackCount >= 0 && static_cast<int>(answer.acks.size()) >= ackCount) break;
        answer.acks.push_back(muster::Ack{op.id, muster::AckStatus::applied, {}});
    }
    answer.cursor = decoded->request.cursor.empty() ? "1" : decoded->request.cursor;
    answer.server_time_ms = kServerTimeMs;
    answer.wipe = muster::WipeNotice{reason.toStdString()};
    return json(200, QByteArray::fromStdString(muster::encode_sync_response(answer).dump()));
}

namespace {

bool parseRequest(const QByteArray& buffer, FakeMusterServer::Request& request) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1).split('?').value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) return false;
    request.body = buffer.mid(headerEnd + 4, length);
    request.wireBytes = request.body.size();
    if (request.headers.value("content-encoding") == "gzip") {
        const auto plain = muster::gzip_decompress(
            std::string_view(request.body.constData(), static_cast<std::size_t>(request.body.size())), 8 << 20);
        request.body = plain ? QByteArray::fromStdString(*plain) : QByteArray();
    }
    return true;
}

}  // namespace

FakeMusterServer::FakeMusterServer() {
    setResponse("/v1/health",
                json(200, R"({"status":"ok","version":"0.1.0","server_time_ms":1764000002500})"));
    setResponse(
        "/v1/auth/login",
        json(200, R"({"token":"tok-123","expires_at_ms":1764086400000,)"
                  R"("member":{"id":"5b0c1e2a-0000-4000-8000-000000000001","name":"Ada Okafor",)"
                  R"("role":"coordinator","unit":"9d1f0c2a-0000-4000-8000-000000000002"},)"
                  R"("server_time_ms":1764000002500})"));
    setResponse("/v1/auth/logout", Response{204, {}});
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { onConnection(); });
    m_server.listen(QHostAddress::LocalHost, 0);
}

FakeMusterServer::~FakeMusterServer() {
    m_server.close();
}

QString FakeMusterServer::url() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

FakeMusterServer::Response FakeMusterServer::error(int status, const char* code,
                                                   const char* message) {
    return json(status, QByteArray(R"({"error":{"code":")") + code + R"(","message":")" + message +
                            R"("}})");
}

void FakeMusterServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            Request request;
            if (!parseRequest(*buffer, request)) return;
            buffer->clear();
            m_requests.append(request);
            const auto it = m_responses.constFind(request.path);
            const auto handler = m_handlers.constFind(request.path);
            const Response response =
                handler != m_handlers.cend() ? (*handler)(request)
                : it != m_responses.cend()   ? *it
                                             : error(404, "not_found", "No such endpoint.");
            if (response.silent) return;
            if (response.raw) {
                socket->write(response.body);
            } else {
                QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                                  reasonPhrase(response.status) + "\r\n";
                if (!response.body.isEmpty())
                    head += "Content-Type: " + response.contentType + "\r\n";
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                head += "Connection: close\r\n\r\n";
                socket->write(head + response.body);
            }
            socket->disconnectFromHost();
        });
    }
}

quint16 closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

}  // namespace muster::test
