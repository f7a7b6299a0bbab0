#pragma once
/// The client side of `GET /v1/health` and `POST /v1/auth/login` (protocol.md):
/// building requests, reading answers, and turning every way a sign-in can fail
/// into one `LoginFailure` with a sentence a field member understands. No I/O
/// here, so all of it is testable without a network.

#include <optional>

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace muster::app {

/// Why a sign-in did not succeed, from the user's point of view.
enum class LoginFailure {
    InvalidServerUrl,    ///< the server field is empty or not an http(s) address
    MissingCredentials,  ///< login or password empty
    DataFolder,          ///< the app can't open or create the account's data file
    Unreachable,         ///< DNS, refused, timeout, reset, no network
    Untrusted,           ///< TLS handshake or certificate failure
    UnknownCertificate,  ///< a certificate no authority vouches for, offered to compare and trust
    CertificateChanged,  ///< not the certificate trusted before for this server
    WrongCredentials,    ///< 401 invalid_credentials
    RateLimited,         ///< 429
    NotMuster,           ///< not the protocol (no JSON, wrong shape, other major version)
    ServerTrouble,       ///< 5xx or an unexpected protocol error
    DeviceWiped,         ///< 403 device_wiped: an admin wiped this device
    InsecureServerUrl,   ///< http:// to a server that is not on this device (see isInsecureRemote)
};

/// The sentence shown for `failure`. `serverMessage` (the protocol's own
/// `error.message`) is used only for ServerTrouble, when it is present.
[[nodiscard]] QString failureMessage(LoginFailure failure, const QString& serverMessage = {});

/// Turns what a person typed into a server base URL: trims, assumes https://
/// when no scheme is given, and accepts only http/https with a host and no
/// query or fragment. The result's path ends with '/'. nullopt when unusable.
[[nodiscard]] std::optional<QUrl> normalizeServerUrl(const QString& text);

/// True when `base` is plain http:// to another machine: the password, the
/// token and every task would cross the network readable by anyone on it, so
/// sign-in refuses it (MASVS-NETWORK-1). http:// to this device (localhost,
/// 127.0.0.0/8, ::1: a demo or a local TLS-terminating proxy) is allowed, and
/// so is any http:// when the environment sets MUSTER_ALLOW_INSECURE_HTTP=1
/// (trials on a closed network; never for real data).
[[nodiscard]] bool isInsecureRemote(const QUrl& base);

/// `base` (from normalizeServerUrl) joined with a relative API path such as
/// "v1/auth/login", keeping any path prefix the server lives under.
[[nodiscard]] QUrl endpointUrl(const QUrl& base, const QString& path);

/// True when a server reporting `serverVersion` speaks our protocol: the first
/// "MAJOR.MINOR" in each string must agree on MAJOR (the wire contract is v1
/// and only a major bump may break it).
[[nodiscard]] bool isCompatibleServerVersion(const QString& serverVersion,
                                             const QString& appVersion);

/// The `version` of a `/v1/health` answer with `"status": "ok"`; nullopt when
/// the body is not that.
[[nodiscard]] std::optional<QString> parseHealthVersion(const QByteArray& body);

/// A successful login answer.
struct LoginAnswer {
    QString token;
    qint64 expiresAtMs = 0;
    QString memberId;
    QString memberName;
    QString role;
    QString unit;  ///< the unit's key
    qint64 serverTimeMs = 0;
};

/// Parses a 200 answer to `POST /v1/auth/login`; nullopt if any required field
/// is missing or of the wrong type.
[[nodiscard]] std::optional<LoginAnswer> parseLoginAnswer(const QByteArray& body);

/// A protocol error body `{"error": {"code", "message"}}`.
struct ProtocolError {
    QString code;
    QString message;
};
[[nodiscard]] std::optional<ProtocolError> parseProtocolError(const QByteArray& body);

/// The JSON body of a login request.
[[nodiscard]] QByteArray loginRequestBody(const QString& login, const QString& password,
                                          const QString& deviceName, const QString& replicaId);

/// Classifies a reply that got no HTTP status at all (transport failure).
[[nodiscard]] LoginFailure classifyTransportError(QNetworkReply::NetworkError error);

/// Classifies a non-200 HTTP answer to the login (or health) request; fills
/// `serverMessage` with the protocol's message where one was sent.
[[nodiscard]] LoginFailure classifyHttpFailure(int status, const QByteArray& body,
                                               QString& serverMessage);

}  // namespace muster::app
