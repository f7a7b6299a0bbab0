#pragma once
/// Certificates a member chose to trust: a server whose certificate no
/// authority on the device vouches for (`muster-server tls self-signed`, a
/// laptop at the command post reached by its address). At sign-in the app
/// shows the certificate's SHA-256 fingerprint; once the member confirms it
/// matches the one their coordinator gave them, that exact certificate is
/// trusted for that host and port, and nothing else is: another certificate
/// there later is refused like any untrusted one (and shown as changed).
///
/// The trust lives in the data folder's settings.ini and, for the running
/// app, in one process-wide table that every network user consults from its
/// own thread (`attach`): sign-in, sync, the event socket, attachments,
/// reports.

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QWebSocket;

namespace muster::app {

class CertificateTrust {
  public:
    /// SHA-256 of the certificate's DER bytes as upper-case hex pairs joined by
    /// colons, as `muster-server` prints it; with `pairsPerLine`, on lines of
    /// that many pairs (easier to compare aloud).
    [[nodiscard]] static QString fingerprint(const QSslCertificate& certificate, int pairsPerLine = 0);
    /// How the app shows a fingerprint: four lines of eight pairs.
    static constexpr int kShownPairsPerLine = 8;
    /// Whether every error only says "no authority vouches for this" (self-signed,
    /// unknown issuer, name mismatch) — not expiry, revocation or a bad signature.
    [[nodiscard]] static bool onlyUntrusted(const QList<QSslError>& errors);

    /// The trusted certificates kept in `settingsFile`, by "host:port".
    [[nodiscard]] static QHash<QString, QSslCertificate> read(const QString& settingsFile);
    /// Reads them into the table (at sign-in, and when an account opens).
    static void load(const QString& settingsFile);
    /// Trusts `certificate` for `server`'s host and port, in the table and in
    /// `settingsFile` (replacing one trusted before).
    static void trust(const QString& settingsFile, const QUrl& server, const QSslCertificate& certificate);
    /// The certificate trusted for `server`'s host and port (null if none).
    [[nodiscard]] static QSslCertificate trusted(const QUrl& server);

    /// Whether a handshake with `server` that presented `peer` with `errors`
    /// may go on: `peer` is the certificate trusted there and the errors are
    /// only about trust.
    [[nodiscard]] static bool accepts(const QUrl& server, const QSslCertificate& peer, const QList<QSslError>& errors);
    /// Lets `manager`'s requests to a trusted server go on (its sslErrors).
    static void attach(QNetworkAccessManager& manager);
    /// The same for an event socket.
    static void attach(QWebSocket& socket);
};

}  // namespace muster::app
