#include "sessioncontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QStandardPaths>

#include "accountsettings.h"
#include "certificatetrust.h"
#include "deviceidentity.h"
#include "muster/clock.hpp"
#include "muster/version.hpp"

namespace muster::app {

namespace {

QString appVersion() {
    const std::string_view version = muster::version();
    return QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size()));
}

int httpStatus(const QNetworkReply& reply) {
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

}  // namespace

SessionController::SessionController(QObject* parent)
    : QObject(parent),
      m_network(new QNetworkAccessManager(this)),
      m_clock(&SystemClock::instance()),
      m_deviceName(defaultDeviceName()) {
    // A certificate trusted before lets the handshake go on; one no authority
    // vouches for is kept, for the member to compare and perhaps trust.
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                if (CertificateTrust::accepts(reply->url(), peer, errors)) {
                    reply->ignoreSslErrors(errors);
                } else if (reply == m_pending && !peer.isNull() && CertificateTrust::onlyUntrusted(errors)) {
                    setOffer(reply->url(), peer);
                }
            });
}

SessionController::~SessionController() {
    abortPending();
}

void SessionController::setServerUrl(const QString& url) {
    if (url == m_serverUrl) return;
    m_serverUrl = url;
    setOffer(QUrl(), QSslCertificate());  // it was another server's
    emit serverUrlChanged();
}

void SessionController::setLogin(const QString& login) {
    if (login == m_login) return;
    m_login = login;
    emit loginChanged();
}

void SessionController::setDataDir(const QString& dir) {
    if (dir == m_dataDir) return;
    m_dataDir = dir;
    emit dataDirChanged();
}

void SessionController::setKeys(DeviceKeys* keys) {
    if (keys == m_keys) return;
    m_keys = keys;
    emit keysChanged();
}

bool SessionController::hasValidToken() const {
    return signedIn() && m_clock->now_ms() < m_session.expiresAtMs;
}

void SessionController::signIn(const QString& password) {
    if (m_busy) return;
    setErrorText({});
    setOffer(QUrl(), QSslCertificate());
    CertificateTrust::load(settingsFile());
    const auto base = normalizeServerUrl(m_serverUrl);
    if (!base) return fail(LoginFailure::InvalidServerUrl);
    if (isInsecureRemote(*base)) return fail(LoginFailure::InsecureServerUrl);
    if (m_login.trimmed().isEmpty() || password.isEmpty()) {
        return fail(LoginFailure::MissingCredentials);
    }
    setBusy(true);
    checkHealth(*base, password);
}

void SessionController::checkHealth(const QUrl& base, const QString& password) {
    QNetworkReply* reply = get(endpointUrl(base, QStringLiteral("v1/health")));
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, base, password] {
        reply->deleteLater();
        if (m_pending != reply) return;  // superseded or aborted
        m_pending = nullptr;
        const int status = httpStatus(*reply);
        if (status == 0 && !m_offered.isNull()) {
            return fail(offeredCertificateChanged() ? LoginFailure::CertificateChanged
                                                    : LoginFailure::UnknownCertificate);
        }
        if (status == 0) return fail(classifyTransportError(reply->error()));
        const QByteArray body = reply->readAll();
        if (status != 200) {
            QString serverMessage;
            return fail(classifyHttpFailure(status, body, serverMessage), serverMessage);
        }
        const auto version = parseHealthVersion(body);
        if (!version || !isCompatibleServerVersion(*version, appVersion())) {
            return fail(LoginFailure::NotMuster);
        }
        if (auto refused = loadReplicaId(base)) return fail(LoginFailure::DataFolder, *refused);
        sendLogin(base, password);
    });
}

std::optional<QString> SessionController::loadReplicaId(const QUrl& base) {
    const QString path = accountDatabasePath(effectiveDataDir(), base, m_login.trimmed());
    QString keyError;
    const auto key = keysOrFallback(m_keys).databaseKey(path, /*create=*/accountDatabaseNeedsNewKey(path), &keyError);
    if (!key) {
        qWarning("muster: no key for the account's data: %s", qPrintable(keyError));
        return QString();
    }
    const auto store = openAccountStore(path, *m_clock, *key);
    if (!store) {
        qWarning("muster: %s", store.error().message.c_str());
        return accountStoreRefusal(store.error()).value_or(QString());
    }
    m_replicaId = QString::fromStdString(store->replica_id());
    return std::nullopt;
}

void SessionController::sendLogin(const QUrl& base, const QString& password) {
    const QByteArray body =
        loginRequestBody(m_login.trimmed(), password, m_deviceName, m_replicaId);
    QNetworkReply* reply = post(endpointUrl(base, QStringLiteral("v1/auth/login")), body);
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, base] {
        reply->deleteLater();
        if (m_pending != reply) return;
        m_pending = nullptr;
        const int status = httpStatus(*reply);
        if (status == 0) return fail(classifyTransportError(reply->error()));
        const QByteArray answerBody = reply->readAll();
        if (status != 200) {
            QString serverMessage;
            const LoginFailure failure = classifyHttpFailure(status, answerBody, serverMessage);
            fail(failure, serverMessage);
            if (failure == LoginFailure::DeviceWiped) emit deviceWiped();
            return;
        }
        const auto answer = parseLoginAnswer(answerBody);
        if (!answer) return fail(LoginFailure::NotMuster);
        onLoginAnswer(base, *answer);
    });
}

QString SessionController::offeredFingerprint() const {
    return CertificateTrust::fingerprint(m_offered);
}

bool SessionController::offeredCertificateChanged() const {
    return !m_offered.isNull() && !CertificateTrust::trusted(m_offeredServer).isNull();
}

void SessionController::trustOfferedCertificate(const QString& password) {
    if (m_offered.isNull() || m_busy) return;
    CertificateTrust::trust(settingsFile(), m_offeredServer, m_offered);
    signIn(password);
}

void SessionController::setOffer(const QUrl& server, const QSslCertificate& certificate) {
    if (server == m_offeredServer && certificate == m_offered) return;
    m_offeredServer = server;
    m_offered = certificate;
    emit certificateOfferChanged();
}

QString SessionController::settingsFile() const {
    return QDir(effectiveDataDir()).filePath(QStringLiteral("settings.ini"));
}

void SessionController::onLoginAnswer(const QUrl& base, const LoginAnswer& answer) {
    m_session = answer;
    m_sessionServer = base;
    m_serverClockOffsetMs = answer.serverTimeMs - m_clock->now_ms();
    setBusy(false);
    emit signedInChanged();
}

void SessionController::signOut() {
    abortPending();
    setBusy(false);
    setErrorText({});
    if (!signedIn()) return;
    // Best effort: the server revokes the token; the answer does not matter.
    QNetworkReply* reply =
        post(endpointUrl(m_sessionServer, QStringLiteral("v1/auth/logout")), {}, m_session.token);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    m_session = {};
    m_sessionServer.clear();
    m_serverClockOffsetMs = 0;
    emit signedInChanged();
}

void SessionController::fail(LoginFailure failure, const QString& serverMessage) {
    setBusy(false);
    setErrorText(failureMessage(failure, serverMessage));
}

QNetworkReply* SessionController::post(const QUrl& url, const QByteArray& body,
                                       const QString& bearer) {
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Muster/%1").arg(appVersion()));
    request.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty()) request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    return m_network->post(request, body);
}

QNetworkReply* SessionController::get(const QUrl& url) {
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Muster/%1").arg(appVersion()));
    request.setRawHeader("Accept", "application/json");
    return m_network->get(request);
}

QString SessionController::effectiveDataDir() const {
    if (!m_dataDir.isEmpty()) return m_dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void SessionController::setBusy(bool busy) {
    if (busy == m_busy) return;
    m_busy = busy;
    emit busyChanged();
}

void SessionController::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

void SessionController::abortPending() {
    if (QNetworkReply* reply = m_pending) {
        m_pending = nullptr;
        reply->abort();
    }
}

}  // namespace muster::app
