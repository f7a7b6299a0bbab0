#pragma once
/// Signing in to a Muster server (protocol.md, `POST /v1/auth/login`).

#include <chrono>

#include <optional>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include "certificatetrust.h"
#include "devicekeys.h"
#include "loginprotocol.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace muster {
class Clock;
}

namespace muster::app {

/// Holds the sign-in form's state and the signed-in session.
///
/// `signIn()` first asks `GET /v1/health` whether the address is a Muster
/// server of a compatible version, then sends `POST /v1/auth/login`. Every
/// failure ends in `errorText` holding one sentence a field member can act on
/// (see `failureMessage`). The token is held here in memory; AccountSession
/// keeps it in DeviceKeys (keystore or PIN vault), never in settings. Lives on the UI thread; all network I/O is asynchronous.
class SessionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString login READ login WRITE setLogin NOTIFY loginChanged)
    /// Folder for this install's data; empty means the platform's app-data folder.
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY dataDirChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString memberName READ memberName NOTIFY signedInChanged)
    /// `member`, `coordinator`, `evaluator` or `admin`; empty when signed out.
    Q_PROPERTY(QString role READ role NOTIFY signedInChanged)
    Q_PROPERTY(QString deviceName READ deviceName CONSTANT)
    /// Where the account database's key is kept; null: this process's memory (tests).
    Q_PROPERTY(muster::app::DeviceKeys* keys READ keys WRITE setKeys NOTIFY keysChanged)
    /// The SHA-256 fingerprint of a certificate no authority on this device
    /// vouches for, which the server offered at the last sign-in; empty when
    /// none. The member compares it with the one their coordinator gave them
    /// and may `trustOfferedCertificate` (CertificateTrust).
    Q_PROPERTY(QString offeredFingerprint READ offeredFingerprint NOTIFY certificateOfferChanged)
    /// The same on four lines of eight pairs, to show.
    Q_PROPERTY(QString offeredFingerprintLines READ offeredFingerprintLines NOTIFY certificateOfferChanged)
    /// The offered certificate is not the one trusted before for this server.
    Q_PROPERTY(bool offeredCertificateChanged READ offeredCertificateChanged NOTIFY certificateOfferChanged)

  public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    [[nodiscard]] QString login() const { return m_login; }
    void setLogin(const QString& login);
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString& dir);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] bool signedIn() const { return !m_session.token.isEmpty(); }
    [[nodiscard]] QString memberName() const { return m_session.memberName; }
    [[nodiscard]] QString role() const { return m_session.role; }
    [[nodiscard]] QString deviceName() const { return m_deviceName; }
    [[nodiscard]] DeviceKeys* keys() const { return m_keys; }
    void setKeys(DeviceKeys* keys);
    [[nodiscard]] QString offeredFingerprint() const;
    [[nodiscard]] QString offeredFingerprintLines() const { return CertificateTrust::fingerprint(m_offered, CertificateTrust::kShownPairsPerLine); }
    [[nodiscard]] bool offeredCertificateChanged() const;

    /// Starts a sign-in with the current `serverUrl` and `login`. Ignored while busy.
    Q_INVOKABLE void signIn(const QString& password);
    /// Forgets the session (and asks the server to revoke the token, best effort).
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearError() { setErrorText({}); }
    /// Trusts the offered certificate for this server (the member compared its
    /// fingerprint) and signs in again with `password`.
    Q_INVOKABLE void trustOfferedCertificate(const QString& password);

    // C++-only API (sync engine, tests). None of it is visible to QML.

    /// The clock used for token expiry and the server clock offset; not owned,
    /// must outlive this object. Defaults to the system clock.
    void setClock(const muster::Clock& clock) { m_clock = &clock; }
    /// Transfer timeout per request (default 15 s).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// The bearer token; empty when signed out.
    [[nodiscard]] QString token() const { return m_session.token; }
    [[nodiscard]] QString memberId() const { return m_session.memberId; }
    [[nodiscard]] QString unitKey() const { return m_session.unit; }
    [[nodiscard]] qint64 tokenExpiresAtMs() const { return m_session.expiresAtMs; }
    /// True while signed in and the token has not expired by the injected clock.
    [[nodiscard]] bool hasValidToken() const;
    /// Server time minus device time (ms) measured when the login answer arrived.
    [[nodiscard]] qint64 serverClockOffsetMs() const { return m_serverClockOffsetMs; }
    /// The server base URL the session belongs to (valid while signed in).
    [[nodiscard]] QUrl sessionServer() const { return m_sessionServer; }
    /// The replica id sent with the last sign-in: that of the account's store
    /// (opened, or created, before the login request; see openAccountStore).
    [[nodiscard]] QString replicaId() const { return m_replicaId; }

  signals:
    void serverUrlChanged();
    void loginChanged();
    void dataDirChanged();
    void busyChanged();
    void errorTextChanged();
    void signedInChanged();
    void keysChanged();
    void certificateOfferChanged();
    /// The server refused the sign-in because an admin wiped this device
    /// (403 device_wiped); errorText says so. The account's local data should go.
    void deviceWiped();

  private:
    void checkHealth(const QUrl& base, const QString& password);
    /// Opens (or creates) the account's store, the replica whose ops this
    /// device will send, and keeps its id for the login's `device.replica_id`
    /// (so the server's `device` entity has the ops' replica id). Done once
    /// the address answers as a Muster server, so a mistyped one leaves no file.
    /// nullopt when it could; else why not (`accountStoreRefusal`, or empty
    /// when there is nothing more to say than "can't save its data here").
    [[nodiscard]] std::optional<QString> loadReplicaId(const QUrl& base);
    void sendLogin(const QUrl& base, const QString& password);
    void onLoginAnswer(const QUrl& base, const LoginAnswer& answer);
    void fail(LoginFailure failure, const QString& serverMessage = {});
    QNetworkReply* post(const QUrl& url, const QByteArray& body, const QString& bearer = {});
    QNetworkReply* get(const QUrl& url);
    [[nodiscard]] QString effectiveDataDir() const;
    void setBusy(bool busy);
    void setErrorText(const QString& text);
    void abortPending();
    /// Keeps (or, with a null one, drops) the certificate `server` offered.
    void setOffer(const QUrl& server, const QSslCertificate& certificate);
    [[nodiscard]] QString settingsFile() const;

    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_pending;
    const muster::Clock* m_clock = nullptr;
    std::chrono::milliseconds m_timeout{15000};
    QString m_serverUrl;
    QString m_login;
    QString m_dataDir;
    QString m_deviceName;
    QUrl m_offeredServer;
    QSslCertificate m_offered;
    QString m_replicaId;
    DeviceKeys* m_keys = nullptr;
    bool m_busy = false;
    QString m_errorText;
    LoginAnswer m_session;
    QUrl m_sessionServer;
    qint64 m_serverClockOffsetMs = 0;
};

}  // namespace muster::app
