#pragma once
/// The dashboard's device freshness list: who has reported, who has not.

#include <cstdint>
#include <vector>

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

#include "accountsession.h"

namespace muster::app {

struct TouchedEntities;

/// The server's `device` entities of members in a unit subtree (`unitKey`
/// "" = the coordinator's whole scope), so a coordinator tells *done* from
/// *not yet reported* and *unknown*:
///
/// - `unsent`: the device held changes it had not sent at its last sync;
/// - `stale`: no sync for longer than `staleAfterMs` (its picture is unknown);
/// - `never`: the server has no successful sync from it, or a member of the
///   scope (not an admin) has no device the server has heard from at all
///   (such a row has no `replicaId`);
/// - `current`: synced recently with nothing waiting.
///
/// Comms check (`commsDrillKey` set): the devices of the drill's unit subtree
/// instead of `unitKey`'s, each answered or not: a device answered when the
/// server recorded its answer to this drill's latest check (its `comms_drill`
/// is the drill and its `comms_check_at` the drill's `comms_check_at`);
/// `answeredAt` is then the server time of its first answer.
///
/// Worst first (never, unsent, stale, current), then by member name.
/// Follows device and member batches (a reset) and a 30 s tick that moves
/// `stale`. Each read runs on the session's BackgroundReader (every member's
/// sync touches its device record, so this list is read again often: at
/// 1,000 devices a read takes ~20 ms, too long for the UI thread); `loading`
/// is true meanwhile and the rows shown are the previous read's. UI thread only.
class DeviceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString unitKey READ unitKey WRITE setUnitKey NOTIFY unitKeyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Devices not `current` (not heard from lately, or holding unsent changes).
    Q_PROPERTY(int attentionCount READ attentionCount NOTIFY countChanged)
    /// The drill whose comms check the rows answer; "" = none.
    Q_PROPERTY(QString commsDrillKey READ commsDrillKey WRITE setCommsDrillKey NOTIFY commsDrillKeyChanged)
    /// Devices that answered the comms check.
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY countChanged)
    /// A read is on its way (the rows are the previous read's until it lands).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

  public:
    /// A device whose last sync is older than this is `stale`.
    static constexpr qint64 staleAfterMs = 15 * 60 * 1000;

    enum Role {
        ReplicaIdRole = Qt::UserRole + 1,
        MemberNameRole,
        UnitNameRole,
        LastSyncAtRole,       ///< server time of the last sync, UTC ms; 0 = never
        PendingRole,          ///< changes it still held unsent
        OldestPendingAtRole,  ///< when the oldest of them was made, UTC ms; 0 = none
        AppVersionRole,
        FreshnessRole,        ///< current, unsent, stale, never
        IsThisDeviceRole,
        AnsweredRole,         ///< answered the drill's latest comms check
        AnsweredAtRole,       ///< server time of that answer, UTC ms; 0 = none
    };
    Q_ENUM(Role)

    explicit DeviceListModel(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString unitKey() const { return m_unitKey; }
    void setUnitKey(const QString& key);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int attentionCount() const;
    [[nodiscard]] QString commsDrillKey() const { return m_commsDrill; }
    void setCommsDrillKey(const QString& key);
    [[nodiscard]] int answeredCount() const;
    [[nodiscard]] bool loading() const { return m_loading; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    void applyTouched(const TouchedEntities& touched);

  signals:
    void sessionChanged();
    void unitKeyChanged();
    void commsDrillKeyChanged();
    void countChanged();
    void loadingChanged();

  private:
    struct Row {
        QString replicaId, memberName, unitName, appVersion, freshness;
        qint64 lastSyncAt = 0;
        qint64 pending = 0;
        qint64 oldestPendingAt = 0;
        int rank = 0;
        bool answered = false;
        bool isThisDevice = false;
        qint64 answeredAt = 0;
    };
    /// What one read asks for (copied: the read runs on another thread).
    struct Query {
        QString ownUnit, unitKey, commsDrill, thisReplica;
        std::int64_t now = 0;
    };
    [[nodiscard]] static std::vector<Row> readRows(muster::Store& store, const Query& query);
    void setLoading(bool loading);

    QPointer<AccountSession> m_session;
    QString m_unitKey;
    QString m_commsDrill;
    std::vector<Row> m_rows;
    QTimer m_ticker;
    bool m_loading = false;
    quint64 m_generation = 0;  ///< of the latest read asked for
};

}  // namespace muster::app
