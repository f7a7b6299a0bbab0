#include "loginprotocol.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "muster/error.hpp"

namespace muster::app {

namespace {

// The messages belong to the "SessionController" translation context (the
// controller shows them). QT_TRANSLATE_NOOP marks each for lupdate, which can't
// see through a helper; message() looks it up at run time.
QString message(const char* text) {
    return QCoreApplication::translate("SessionController", text);
}

std::optional<QJsonObject> parseObject(const QByteArray& body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) return std::nullopt;
    return doc.object();
}

std::optional<int> majorVersion(const QString& version) {
    static const QRegularExpression pattern(QStringLiteral("(\\d+)\\.(\\d+)"));
    const auto match = pattern.match(version);
    if (!match.hasMatch()) return std::nullopt;
    bool ok = false;
    const int major = match.captured(1).toInt(&ok);
    return ok ? std::optional<int>(major) : std::nullopt;
}

bool isWholeNumber(const QJsonValue& value) {
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

bool isNonEmptyString(const QJsonValue& value) {
    return value.isString() && !value.toString().isEmpty();
}

}  // namespace

QString failureMessage(LoginFailure failure, const QString& serverMessage) {
    switch (failure) {
        case LoginFailure::InvalidServerUrl:
            return message(QT_TRANSLATE_NOOP(
                "SessionController", "Enter the server address, e.g. https://muster.example.org"));
        case LoginFailure::MissingCredentials:
            return message(
                QT_TRANSLATE_NOOP("SessionController", "Enter your login and password."));
        case LoginFailure::DataFolder:
            if (!serverMessage.isEmpty()) return serverMessage;  // the store's own, already in the user's words
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "Muster can't save its data on this device. Check the free space and try again."));
        case LoginFailure::Unreachable:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "Can't reach the server. Check the address and your connection."));
        case LoginFailure::Untrusted:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "The server's security certificate isn't trusted. Check the address or ask your "
                "coordinator."));
        case LoginFailure::UnknownCertificate:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "No authority this device knows vouches for this server's certificate. If the fingerprint "
                "below matches the one your coordinator gave you, trust it."));
        case LoginFailure::CertificateChanged:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "This server's certificate has changed since you trusted it. Trust the new one only if your "
                "coordinator says it changed: it may not be your server."));
        case LoginFailure::WrongCredentials:
            return message(QT_TRANSLATE_NOOP("SessionController", "Wrong login or password."));
        case LoginFailure::RateLimited:
            return message(QT_TRANSLATE_NOOP(
                "SessionController", "Too many attempts. Wait a few minutes and try again."));
        case LoginFailure::NotMuster:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "This server doesn't speak Muster's protocol (or is a different version)."));
        case LoginFailure::DeviceWiped:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "An administrator erased Muster's data on this device, so it can't sign in as before. "
                "Its local data has been removed: sign in again to start afresh, or ask your coordinator."));
        case LoginFailure::InsecureServerUrl:
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "This address starts with http://, so your password and tasks would cross the network "
                "unprotected. Use the server's https:// address."));
        case LoginFailure::ServerTrouble:
            if (!serverMessage.isEmpty()) return serverMessage;
            return message(QT_TRANSLATE_NOOP(
                "SessionController",
                "The server couldn't sign you in right now. Try again in a few minutes."));
    }
    return {};
}

std::optional<QUrl> normalizeServerUrl(const QString& text) {
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' '))) return std::nullopt;
    if (!trimmed.contains(QLatin1String("://"))) trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return std::nullopt;
    }
    url.setScheme(scheme);
    if (!url.path().endsWith(QLatin1Char('/'))) url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

bool isInsecureRemote(const QUrl& base) {
    if (base.scheme() != QLatin1String("http")) return false;
    if (qEnvironmentVariable("MUSTER_ALLOW_INSECURE_HTTP") == QLatin1String("1")) return false;
    const QString host = base.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))) return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QUrl endpointUrl(const QUrl& base, const QString& path) {
    return base.resolved(QUrl(path));
}

bool isCompatibleServerVersion(const QString& serverVersion, const QString& appVersion) {
    const auto server = majorVersion(serverVersion);
    const auto app = majorVersion(appVersion);
    return server && app && *server == *app;
}

std::optional<QString> parseHealthVersion(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object) return std::nullopt;
    if (object->value(QLatin1String("status")).toString() != QLatin1String("ok"))
        return std::nullopt;
    const QJsonValue version = object->value(QLatin1String("version"));
    if (!isNonEmptyString(version)) return std::nullopt;
    return version.toString();
}

std::optional<LoginAnswer> parseLoginAnswer(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object) return std::nullopt;
    const QJsonValue token = object->value(QLatin1String("token"));
    const QJsonValue expires = object->value(QLatin1String("expires_at_ms"));
    const QJsonValue serverTime = object->value(QLatin1String("server_time_ms"));
    const QJsonValue memberValue = object->value(QLatin1String("member"));
    if (!isNonEmptyString(token) || !isWholeNumber(expires) || !isWholeNumber(serverTime) ||
        !memberValue.isObject()) {
        return std::nullopt;
    }
    const QJsonObject member = memberValue.toObject();
    const QJsonValue id = member.value(QLatin1String("id"));
    const QJsonValue name = member.value(QLatin1String("name"));
    const QJsonValue role = member.value(QLatin1String("role"));
    const QJsonValue unit = member.value(QLatin1String("unit"));
    if (!isNonEmptyString(id) || !name.isString() || !isNonEmptyString(role) || !unit.isString()) {
        return std::nullopt;
    }
    LoginAnswer answer;
    answer.token = token.toString();
    answer.expiresAtMs = expires.toInteger();
    answer.serverTimeMs = serverTime.toInteger();
    answer.memberId = id.toString();
    answer.memberName = name.toString();
    answer.role = role.toString();
    answer.unit = unit.toString();
    return answer;
}

std::optional<ProtocolError> parseProtocolError(const QByteArray& body) {
    const auto object = parseObject(body);
    if (!object) return std::nullopt;
    const QJsonValue errorValue = object->value(QLatin1String("error"));
    if (!errorValue.isObject()) return std::nullopt;
    const QJsonObject error = errorValue.toObject();
    const QJsonValue code = error.value(QLatin1String("code"));
    if (!isNonEmptyString(code)) return std::nullopt;
    return ProtocolError{code.toString(), error.value(QLatin1String("message")).toString()};
}

QByteArray loginRequestBody(const QString& login, const QString& password,
                            const QString& deviceName, const QString& replicaId) {
    const QJsonObject device{{QStringLiteral("name"), deviceName},
                             {QStringLiteral("replica_id"), replicaId}};
    const QJsonObject body{{QStringLiteral("login"), login},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device"), device}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

LoginFailure classifyTransportError(QNetworkReply::NetworkError error) {
    switch (error) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            return LoginFailure::Untrusted;
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::TooManyRedirectsError:
            return LoginFailure::NotMuster;
        default:
            // Refused, host not found, timeout, transfer timeout (reported as
            // OperationCanceledError), reset, proxy and network-session failures.
            return LoginFailure::Unreachable;
    }
}

LoginFailure classifyHttpFailure(int status, const QByteArray& body, QString& serverMessage) {
    const auto error = parseProtocolError(body);
    if (status == 429) return LoginFailure::RateLimited;
    if (!error) return status >= 500 ? LoginFailure::ServerTrouble : LoginFailure::NotMuster;
    const auto code = error_code_from_string(error->code.toStdString());
    if (code == ErrorCode::invalid_credentials) return LoginFailure::WrongCredentials;
    if (code == ErrorCode::rate_limited) return LoginFailure::RateLimited;
    if (code == ErrorCode::device_wiped) return LoginFailure::DeviceWiped;
    serverMessage = error->message;
    return LoginFailure::ServerTrouble;
}

}  // namespace muster::app
