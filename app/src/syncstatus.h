#pragma once
/// What the sync bar shows: online or not, changes waiting, last sync, progress.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

namespace muster::app {

/// The sync state of the open account, for QML (`AccountSession.syncStatus`).
/// Fed on the UI thread from the sync worker's queued signals and from local
/// writes; read-only to QML.
class SyncStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncStatus belongs to an AccountSession")
    /// The last request reached the server (or the event socket is up).
    Q_PROPERTY(bool online READ online NOTIFY changed)
    /// Local changes not yet acknowledged by the server.
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    /// UTC ms of the last successful sync; 0 = never.
    Q_PROPERTY(double lastSyncAt READ lastSyncAt NOTIFY changed)
    /// idle, syncing, backing_off, storage_full (this device's disk is full:
    /// retried like backing_off), login_needed, offline or wiped.
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(bool loginNeeded READ loginNeeded NOTIFY changed)
    /// The message of the failure that stopped the last sync; empty after a success.
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    /// Changes the server refused (kept until dismissed).
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    /// 0..1 while sending a known number of changes; -1 when unknown.
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    /// A sync big enough to deserve a progress bar (≥ 20 changes either way).
    Q_PROPERTY(bool largeSync READ largeSync NOTIFY changed)
    /// The server did not know where this device had got to (its database was
    /// restored from a backup): the device fetched everything again, and what
    /// it had sent after that backup may be missing. Until dismissed.
    Q_PROPERTY(bool serverRestored READ serverRestored NOTIFY changed)

  public:
    explicit SyncStatus(QObject* parent = nullptr) : QObject(parent) {}

    [[nodiscard]] bool online() const { return m_online; }
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] double lastSyncAt() const { return static_cast<double>(m_lastSyncAt); }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] bool syncing() const { return m_state == QLatin1String("syncing"); }
    [[nodiscard]] bool loginNeeded() const { return m_state == QLatin1String("login_needed"); }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int rejectedCount() const { return m_rejected; }
    [[nodiscard]] double progress() const;
    [[nodiscard]] bool largeSync() const { return syncing() && (m_opsTotal >= 20 || m_changes >= 20); }
    [[nodiscard]] bool serverRestored() const { return m_serverRestored; }

    void setOnline(bool online);
    void setPending(qint64 pending);
    void setLastSyncAt(qint64 utcMs);
    void setState(const QString& state, const QString& error);
    void setRejectedCount(qint64 count);
    void setProgress(qint64 opsSent, qint64 opsTotal, qint64 changesReceived);
    void setServerRestored();
    /// The user has read the notice.
    Q_INVOKABLE void dismissServerRestored();
    /// Back to "nothing known" (account closed).
    void reset();

  signals:
    void changed();

  private:
    bool m_online = false;
    int m_pending = 0;
    qint64 m_lastSyncAt = 0;
    QString m_state = QStringLiteral("idle");
    QString m_lastError;
    int m_rejected = 0;
    qint64 m_opsSent = 0;
    qint64 m_opsTotal = 0;
    qint64 m_changes = 0;
    bool m_serverRestored = false;
};

}  // namespace muster::app
