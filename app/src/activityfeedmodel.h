#pragma once
/// The dashboard's live activity feed: the latest log entries across a scope.

#include <vector>

#include <QtQml/qqmlregistration.h>
#include <QPointer>

#include "accountsession.h"
#include "loglistmodel.h"

namespace muster::app {

struct TouchedEntities;

/// The newest `limit` log entries (newest first) on tasks of a dashboard
/// scope (see DashboardScope: `unitKey` "" = the coordinator's whole scope,
/// `drillKey` "" = every task). Entries on injects not yet released are left
/// out. Logs are immutable: a sync batch inserts rows at their place (and
/// drops the oldest past `limit`; and an entry the server refused, which the
/// store dropped), so the feed updates live without
/// resets. A scope change reads the logs again on the session's
/// BackgroundReader (`loading` meanwhile; the rows shown are the previous
/// scope's), then resets once. UI thread only.
class ActivityFeedModel : public LogListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString drillKey READ drillKey WRITE setDrillKey NOTIFY scopeChanged)
    Q_PROPERTY(QString unitKey READ unitKey WRITE setUnitKey NOTIFY scopeChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY scopeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// A full read is running in the background.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

  public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TaskKeyRole,
        TaskTitleRole,
        KindRole,
        TextRole,
        AtRole,          ///< device time of the entry, UTC ms
        AuthorNameRole,
        UnitNameRole,
        IsExerciseRole,
    };
    Q_ENUM(Role)

    explicit ActivityFeedModel(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString drillKey() const { return m_drillKey; }
    void setDrillKey(const QString& key);
    [[nodiscard]] QString unitKey() const { return m_unitKey; }
    void setUnitKey(const QString& key);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    void applyTouched(const TouchedEntities& touched);

  signals:
    void sessionChanged();
    void scopeChanged();
    void countChanged();
    void loadingChanged();

  private:
    struct Row {
        QString key, taskKey, taskTitle, kind, text, authorName, unitName;
        qint64 at = 0;
        bool isExercise = false;
        /// Newest first; ties by key so the order is total.
        [[nodiscard]] bool before(const Row& other) const {
            return at != other.at ? at > other.at : key > other.key;
        }
    };
    [[nodiscard]] bool isCoordinator() const;
    void setLoading(bool loading);
    /// Inserts the scope's entries among `keys` not shown yet.
    void insertLogs(const QStringList& keys);

    QPointer<AccountSession> m_session;
    QString m_drillKey;
    QString m_unitKey;
    int m_limit = 50;
    std::vector<Row> m_rows;
    bool m_loading = false;
    quint64 m_generation = 0;  ///< of the latest full read asked for
    QStringList m_pendingLogs; ///< arrived while a full read ran
};

}  // namespace muster::app
