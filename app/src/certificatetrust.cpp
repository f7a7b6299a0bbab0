#include "certificatetrust.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSslConfiguration>
#include <QWebSocket>

namespace muster::app {
namespace {

QMutex& tableMutex() {
    static QMutex mutex;
    return mutex;
}

/// host:port → the trusted certificate.
QHash<QString, QSslCertificate>& table() {
    static QHash<QString, QSslCertificate> certificates;
    return certificates;
}

/// "host:port" of a server URL (https's 443 when the URL gives none); wss
/// and https of one host and port are one server.
QString serverKey(const QUrl& url) {
    const bool tls = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss");
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(tls ? 443 : 80));
}

/// The settings key of a server: `trustedCertificates/<host>_<port>`, with
/// ':' '/' '\' as '_' (QSettings reads '/' as a group); the real "host:port"
/// is kept beside it, in `<key>_server`.
QString settingsKey(const QString& server) {
    QString key = server;
    key.replace(QLatin1Char(':'), QLatin1Char('_'));
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    key.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("trustedCertificates/") + key;
}

}  // namespace

QString CertificateTrust::fingerprint(const QSslCertificate& certificate, int pairsPerLine) {
    if (certificate.isNull()) return {};
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0) out += pairsPerLine > 0 && (i / 2) % pairsPerLine == 0 ? QLatin1Char('\n') : QLatin1Char(':');
        out += QLatin1String(hex.mid(i, 2));
    }
    return out;
}

bool CertificateTrust::onlyUntrusted(const QList<QSslError>& errors) {
    if (errors.isEmpty()) return false;
    for (const QSslError& error : errors) {
        switch (error.error()) {
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
            case QSslError::HostNameMismatch:
                break;
            default:
                return false;
        }
    }
    return true;
}

QHash<QString, QSslCertificate> CertificateTrust::read(const QString& settingsFile) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("trustedCertificates"));
    QHash<QString, QSslCertificate> found;
    for (const QString& key : settings.childKeys()) {
        if (key.endsWith(QLatin1String("_server"))) continue;
        const auto certificates = QSslCertificate::fromData(settings.value(key).toByteArray(), QSsl::Pem);
        const QString server = settings.value(key + QStringLiteral("_server")).toString();
        if (certificates.size() == 1 && !server.isEmpty()) found.insert(server, certificates.front());
    }
    return found;
}

void CertificateTrust::load(const QString& settingsFile) {
    const auto found = read(settingsFile);
    const QMutexLocker lock(&tableMutex());
    for (auto it = found.cbegin(); it != found.cend(); ++it) table().insert(it.key(), it.value());
}

void CertificateTrust::trust(const QString& settingsFile, const QUrl& server, const QSslCertificate& certificate) {
    const QString key = serverKey(server);
    {
        const QMutexLocker lock(&tableMutex());
        table().insert(key, certificate);
    }
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.setValue(settingsKey(key), certificate.toPem());
    settings.setValue(settingsKey(key) + QStringLiteral("_server"), key);
    settings.sync();
}

QSslCertificate CertificateTrust::trusted(const QUrl& server) {
    const QMutexLocker lock(&tableMutex());
    return table().value(serverKey(server));
}

bool CertificateTrust::accepts(const QUrl& server, const QSslCertificate& peer, const QList<QSslError>& errors) {
    if (peer.isNull() || !onlyUntrusted(errors)) return false;
    const QSslCertificate pinned = trusted(server);
    return !pinned.isNull() && pinned == peer;
}

void CertificateTrust::attach(QNetworkAccessManager& manager) {
    QObject::connect(&manager, &QNetworkAccessManager::sslErrors, &manager,
                     [](QNetworkReply* reply, const QList<QSslError>& errors) {
                         if (accepts(reply->url(), reply->sslConfiguration().peerCertificate(), errors)) {
                             reply->ignoreSslErrors(errors);
                         }
                     });
}

void CertificateTrust::attach(QWebSocket& socket) {
    QObject::connect(&socket, &QWebSocket::sslErrors, &socket, [&socket](const QList<QSslError>& errors) {
        if (accepts(socket.requestUrl(), socket.sslConfiguration().peerCertificate(), errors)) {
            socket.ignoreSslErrors(errors);
        }
    });
}

}  // namespace muster::app
