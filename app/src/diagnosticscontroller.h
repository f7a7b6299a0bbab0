#pragma once
/// The Settings page's diagnostics: what a support person asks for.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>

#include "accountsession.h"

namespace muster::app {

/// App version, this account store's device (replica) id, the local database
/// size, the last sync error and the account, read from the open session;
/// `report()` puts them in one plain-text block a user can paste into a
/// support message (`copyReport()` puts it on the clipboard). Never includes
/// the token or a password. UI thread only.
class DiagnosticsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    /// The open store's replica id (16 hex chars); "" when no account is open.
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    /// The database file with its WAL, bytes.
    Q_PROPERTY(double databaseBytes READ databaseBytes NOTIFY changed)
    /// `databaseBytes` for people ("1.2 MB"), in the UI language.
    Q_PROPERTY(QString databaseSize READ databaseSize NOTIFY changed)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY changed)
    /// The last sync failure's message; "" after a success.
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    /// The fingerprint of the certificate the member trusted for this server
    /// (CertificateTrust: a self-signed one), on four lines; "" when none.
    Q_PROPERTY(QString serverCertificate READ serverCertificate NOTIFY changed)

  public:
    explicit DiagnosticsController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] static QString appVersion();
    [[nodiscard]] QString deviceId() const;
    [[nodiscard]] double databaseBytes() const { return static_cast<double>(m_bytes); }
    [[nodiscard]] QString databaseSize() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] QString serverCertificate() const;

    /// The diagnostics as plain text, one "name: value" per line (English
    /// names, so support reads every user's report alike).
    Q_INVOKABLE QString report() const;
    /// Puts `report()` on the system clipboard.
    Q_INVOKABLE void copyReport() const;
    /// Measures the database again.
    Q_INVOKABLE void refresh();

  signals:
    void sessionChanged();
    void changed();

  private:
    QPointer<AccountSession> m_session;
    qint64 m_bytes = 0;
};

}  // namespace muster::app
