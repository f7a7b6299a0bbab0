#pragma once
/// The task list: what a field member sees first.

#include <vector>

#include <QtQml/qqmlregistration.h>
#include "accountsession.h"
#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include "taskdata.h"

namespace muster {
class Clock;
}

namespace muster::app {


struct TouchedEntities;

/// The account's tasks, sorted by priority (critical first) then due time,
/// filtered by status, drill, search text and scope ("mine": assigned to me or
/// for my unit; "unit": everything this device holds). Injects their drill
/// clock has not reached are never listed.
///
/// Reads through the session's read connection (never writes). Follows the
/// session's `entitiesChanged` batches row by row (insert / remove /
/// dataChanged, never a reset for one task); a filter change resets from the
/// rows it already holds (every task's row is kept, listed or not). Time
/// flags (overdue, released injects) are re-evaluated every 30 s or by
/// `refreshTime()`, which reads every task on the session's BackgroundReader
/// and then places the rows. UI thread only.
class TaskListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    /// Statuses to show; empty = all.
    Q_PROPERTY(QStringList statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    /// "" = all tasks, "*" = exercise (drill) tasks only, "-" = real tasks only, else a drill key.
    Q_PROPERTY(QString drillFilter READ drillFilter WRITE setDrillFilter NOTIFY filterChanged)
    /// Case-insensitive match on title and instructions.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    /// "mine" (assignee = me or unit = mine) or "unit" (all).
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Tasks held locally (visible, before filters): tells "no tasks" from "none match".
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

  public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        InstructionsRole,
        StatusRole,
        PriorityRole,
        DueAtRole,
        UnitNameRole,
        IsExerciseRole,
        DrillTitleRole,
        InjectRole,
        IsOverdueRole,
        IsNewRole,
        AssignedToMeRole,
    };
    Q_ENUM(Role)

    explicit TaskListModel(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QStringList statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QStringList& statuses);
    [[nodiscard]] QString drillFilter() const { return m_drillFilter; }
    void setDrillFilter(const QString& filter);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setSearchText(const QString& text);
    [[nodiscard]] QString scope() const { return m_scope; }
    void setScope(const QString& scope);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int totalCount() const { return m_total; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Row of a task key; -1 when not listed.
    Q_INVOKABLE int indexOfKey(const QString& key) const;
    Q_INVOKABLE QString keyAt(int row) const;
    /// Re-reads everything (a reset).
    Q_INVOKABLE void reload();
    /// Re-evaluates overdue and inject release against the clock: reads every
    /// task in the background (`refreshing` meanwhile), then places them row
    /// by row. Tasks a batch touches meanwhile keep the batch's newer rows.
    Q_INVOKABLE void refreshTime();
    [[nodiscard]] bool refreshing() const { return m_refreshing; }

    /// Re-reads the given entities (what the session's batches do).
    void applyTouched(const TouchedEntities& touched);

  signals:
    void sessionChanged();
    void filterChanged();
    void countChanged();

  private:
    /// Starts m_releaseTimer for the earliest `releaseAt` of the rows held
    /// (stops it when none).
    void scheduleRelease();
    [[nodiscard]] bool accepts(const TaskRow& row) const;
    [[nodiscard]] bool isNew(const TaskRow& row) const;
    [[nodiscard]] bool assignedToMe(const TaskRow& row) const;
    /// The listed rows again from `m_all` under the current filters (a reset, no read).
    void refilter();
    /// Puts `row` (or its absence) in place with the smallest change.
    void place(const QString& key, std::optional<TaskRow> row);
    [[nodiscard]] std::int64_t now() const;
    /// Notes whether `key` counts in `totalCount` (held and not hidden).
    void noteHeld(const QString& key, const std::optional<TaskRow>& row);

    QPointer<AccountSession> m_session;
    std::vector<TaskRow> m_rows;  ///< listed rows, sorted
    /// Key → the row as it sits in `m_rows` (same content): finds a row's
    /// place by binary search instead of a scan of every row.
    QHash<QString, TaskRow> m_listed;
    /// Every task this device holds (hidden injects and filtered-out ones
    /// too), as last read: a filter change lists from it without a read.
    QHash<QString, TaskRow> m_all;
    /// Keys of the tasks held and not hidden; its size is `m_total`, kept up
    /// to date per touched task instead of re-reading every task per batch.
    QSet<QString> m_held;
    int m_total = 0;
    QStringList m_statusFilter;
    QString m_drillFilter;
    QString m_search;
    QString m_scope = QStringLiteral("mine");
    QTimer m_ticker;
    /// Single shot at the next hidden inject's release (see scheduleRelease):
    /// a pre-staged inject shows at its time, not at the next tick.
    QTimer m_releaseTimer;
    bool m_refreshing = false;
    quint64 m_generation = 0;                 ///< bumped by each reset: a refresh read before it is dropped
    QSet<QString> m_touchedWhileRefreshing;   ///< placed from newer data while a refresh read
};

}  // namespace muster::app
