#include "diagnosticscontroller.h"

#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>

#include "certificatetrust.h"
#include "languagecontroller.h"
#include "muster/version.hpp"
#include "taskdata.h"

namespace muster::app {

DiagnosticsController::DiagnosticsController(QObject* parent) : QObject(parent) {}

void DiagnosticsController::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) {
        m_session->disconnect(this);
        m_session->syncStatus()->disconnect(this);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::openChanged, this, &DiagnosticsController::refresh);
        // A sync changes the file's size and the last error.
        connect(m_session->syncStatus(), &SyncStatus::changed, this, &DiagnosticsController::refresh);
    }
    refresh();
    emit sessionChanged();
}

QString DiagnosticsController::appVersion() {
    return toQString(muster::version());
}

QString DiagnosticsController::deviceId() const {
    Store* store = m_session ? m_session->readStore() : nullptr;
    return store ? QString::fromStdString(store->replica_id()) : QString();
}

QString DiagnosticsController::databasePath() const {
    return m_session ? m_session->databasePath() : QString();
}

QString DiagnosticsController::databaseSize() const {
    if (databasePath().isEmpty()) return {};
    const LanguageController* language = LanguageController::instance();
    const QLocale locale = language ? language->locale() : QLocale();
    return locale.formattedDataSize(m_bytes, 1, QLocale::DataSizeSIFormat);
}

QString DiagnosticsController::lastError() const {
    return m_session ? m_session->syncStatus()->lastError() : QString();
}

QString DiagnosticsController::serverCertificate() const {
    if (!m_session || !m_session->account().isValid()) return {};
    return CertificateTrust::fingerprint(CertificateTrust::trusted(QUrl(m_session->serverUrl())),
                                        CertificateTrust::kShownPairsPerLine);
}

void DiagnosticsController::refresh() {
    qint64 bytes = 0;
    const QString path = databasePath();
    if (!path.isEmpty()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            const QFileInfo file(path + suffix);
            if (file.exists()) bytes += file.size();
        }
    }
    m_bytes = bytes;
    emit changed();
}

QString DiagnosticsController::report() const {
    QStringList lines;
    lines << QStringLiteral("Muster %1").arg(appVersion());
    lines << QStringLiteral("Platform: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    if (m_session && m_session->account().isValid()) {
        lines << QStringLiteral("Server: %1").arg(m_session->serverUrl());
        const QSslCertificate trusted = CertificateTrust::trusted(QUrl(m_session->serverUrl()));
        if (!trusted.isNull()) {
            lines << QStringLiteral("Trusted certificate (SHA-256): %1").arg(CertificateTrust::fingerprint(trusted));
        }
        lines << QStringLiteral("Account: %1 (%2)").arg(m_session->login(), m_session->role());
    }
    if (!deviceId().isEmpty()) lines << QStringLiteral("Device id: %1").arg(deviceId());
    if (!databasePath().isEmpty()) lines << QStringLiteral("Database: %1 bytes").arg(m_bytes);
    if (m_session) {
        const SyncStatus* status = m_session->syncStatus();
        lines << QStringLiteral("Sync state: %1").arg(status->state());
        lines << QStringLiteral("Waiting to send: %1").arg(status->pending());
        lines << QStringLiteral("Refused: %1").arg(status->rejectedCount());
        const auto last = static_cast<qint64>(status->lastSyncAt());
        lines << QStringLiteral("Last sync: %1")
                     .arg(last > 0 ? QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODate)
                                   : QStringLiteral("never"));
        if (!status->lastError().isEmpty()) lines << QStringLiteral("Last error: %1").arg(status->lastError());
    }
    return lines.join(QLatin1Char('\n'));
}

void DiagnosticsController::copyReport() const {
    if (QClipboard* clipboard = QGuiApplication::clipboard()) clipboard->setText(report());
}

}  // namespace muster::app
