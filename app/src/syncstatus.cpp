#include "syncstatus.h"

namespace muster::app {

double SyncStatus::progress() const {
    if (m_opsTotal <= 0) return -1;
    return static_cast<double>(m_opsSent) / static_cast<double>(m_opsTotal);
}

void SyncStatus::setOnline(bool online) {
    if (online == m_online) return;
    m_online = online;
    emit changed();
}

void SyncStatus::setPending(qint64 pending) {
    if (pending == m_pending) return;
    m_pending = static_cast<int>(pending);
    emit changed();
}

void SyncStatus::setLastSyncAt(qint64 utcMs) {
    if (utcMs == m_lastSyncAt) return;
    m_lastSyncAt = utcMs;
    emit changed();
}

void SyncStatus::setState(const QString& state, const QString& error) {
    if (state == QLatin1String("syncing")) {
        m_opsSent = m_opsTotal = m_changes = 0;
    } else if (state == QLatin1String("idle")) {
        m_online = true;
    }
    m_state = state;
    if (state != QLatin1String("syncing")) m_lastError = error;
    emit changed();
}

void SyncStatus::setRejectedCount(qint64 count) {
    if (count == m_rejected) return;
    m_rejected = static_cast<int>(count);
    emit changed();
}

void SyncStatus::setProgress(qint64 opsSent, qint64 opsTotal, qint64 changesReceived) {
    m_opsSent = opsSent;
    m_opsTotal = opsTotal;
    m_changes = changesReceived;
    emit changed();
}

void SyncStatus::setServerRestored() {
    if (m_serverRestored) return;
    m_serverRestored = true;
    emit changed();
}

void SyncStatus::dismissServerRestored() {
    if (!m_serverRestored) return;
    m_serverRestored = false;
    emit changed();
}

void SyncStatus::reset() {
    m_online = false;
    m_pending = 0;
    m_lastSyncAt = 0;
    m_state = QStringLiteral("idle");
    m_lastError.clear();
    m_rejected = 0;
    m_opsSent = m_opsTotal = m_changes = 0;
    m_serverRestored = false;
    emit changed();
}

}  // namespace muster::app
