#pragma once
/// The coordinator dashboard's figures: tasks by status, overdue tasks, choices.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QHash>
#include <QSet>
#include <QVariantList>

#include <map>

#include "accountsession.h"
#include "scopedata.h"
#include "taskdata.h"

namespace muster::app {

struct TouchedEntities;

/// Merged status of a drill or a unit, as this device holds it: how many
/// released tasks are in each status, which are overdue, how many injects
/// wait for their release. `unitKey` "" is the coordinator's whole scope (their
/// unit's subtree); a unit means that unit's subtree. `drillKey` "" counts all
/// tasks, a drill key only that drill's injects.
///
/// Follows sync, coalesced over 250 ms: task batches update the figures
/// incrementally (only the touched tasks are re-read; each task's last
/// contribution is kept per key), drill and unit batches recompute from every
/// task. While not `active` — the page is hidden — any change waits until it
/// is shown again (then a full recompute). A 30 s tick moves overdue and
/// releases and missed expected actions (a full recompute). Only coordinators and admins see figures (`available`).
///
/// A full recompute reads every task: it runs on the session's
/// BackgroundReader, never on the UI thread; `loading` is true meanwhile and
/// the figures shown are the previous ones. Tasks touched while it runs are
/// re-read when it lands. UI thread only.
class DashboardController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString drillKey READ drillKey WRITE setDrillKey NOTIFY scopeChanged)
    Q_PROPERTY(QString unitKey READ unitKey WRITE setUnitKey NOTIFY scopeChanged)
    /// Shown now: recompute on changes. Inactive, changes only mark it stale.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /// The signed-in role may see the dashboard.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    /// [{status, count}] for open, acknowledged, in_progress, blocked, done, cancelled.
    Q_PROPERTY(QVariantList statusCounts READ statusCounts NOTIFY changed)
    /// The largest of the status counts (bar scale); 0 when there is no task.
    Q_PROPERTY(int maxCount READ maxCount NOTIFY changed)
    /// Released tasks in scope.
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY changed)
    /// Injects in scope their drill clock has not reached yet.
    Q_PROPERTY(int unreleasedCount READ unreleasedCount NOTIFY changed)
    /// [{key, title, unitName, status, dueAt, isExercise}] most overdue first (at most 20).
    Q_PROPERTY(QVariantList overdueTasks READ overdueTasks NOTIFY changed)
    /// Released injects in scope whose expected action was missed (TaskRow::missed).
    Q_PROPERTY(int missedCount READ missedCount NOTIFY changed)
    /// [{key, title, unitName, drillKey, drillTitle, inject}] of those, by drill then inject (at most 20).
    Q_PROPERTY(QVariantList missedTasks READ missedTasks NOTIFY changed)
    /// [{key, title, state}] drills in scope, by title.
    Q_PROPERTY(QVariantList drills READ drills NOTIFY changed)
    /// [{key, name, depth}] units of the coordinator's subtree, in tree order.
    Q_PROPERTY(QVariantList units READ units NOTIFY changed)
    /// A full recompute is running in the background.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

  public:
    explicit DashboardController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString drillKey() const { return m_drillKey; }
    void setDrillKey(const QString& key);
    [[nodiscard]] QString unitKey() const { return m_unitKey; }
    void setUnitKey(const QString& key);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] bool available() const;
    [[nodiscard]] QVariantList statusCounts() const { return m_statusCounts; }
    [[nodiscard]] int maxCount() const { return m_maxCount; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int overdueCount() const { return m_overdueCount; }
    [[nodiscard]] int unreleasedCount() const { return m_unreleased; }
    [[nodiscard]] QVariantList overdueTasks() const { return m_overdueTasks; }
    [[nodiscard]] int missedCount() const { return static_cast<int>(m_missed.size()); }
    [[nodiscard]] QVariantList missedTasks() const { return m_missedTasks; }
    [[nodiscard]] QVariantList drills() const { return m_drills; }
    [[nodiscard]] QVariantList units() const { return m_units; }
    [[nodiscard]] bool loading() const { return m_loading; }

    /// The count of one status ("open", …) in the current figures.
    Q_INVOKABLE int countOf(const QString& status) const;
    /// Recomputes everything (in the background; `loading` until it lands).
    Q_INVOKABLE void reload();

  signals:
    void sessionChanged();
    void scopeChanged();
    void activeChanged();
    void changed();
    void loadingChanged();

  public:
    /// What a full recompute reads (defined in dashboardcontroller.cpp).
    struct Snapshot;

  private:
    /// Replaces every kept contribution with a full recompute's result.
    void install(Snapshot snapshot);
    void setLoading(bool loading);
    void applyTouched(const TouchedEntities& touched);
    /// Recomputes now when active, else on activation.
    void recomputeSoon();
    /// The coalescing timer: a full recompute, or only the pending tasks.
    void applyPending();
    /// Adds (`sign` 1) or takes away (-1) one in-scope task's contribution.
    void count(const TaskRow& row, int sign);
    /// Figures (status counts, overdue list) from the kept contributions.
    void publish();

    // What the figures are made of, kept so a task batch updates them per task.
    DashboardScope m_scope;
    QHash<QString, TaskRow> m_inScope;   ///< tasks in scope (released or not), by key
    QHash<QString, TaskRow> m_overdue;   ///< released overdue tasks in scope, by key
    QHash<QString, TaskRow> m_missed;    ///< released injects in scope that missed their expected action
    std::map<QString, int> m_counts;     ///< released tasks in scope by status
    QSet<QString> m_pendingTasks;        ///< touched since the last recompute
    bool m_needFull = false;             ///< a drill / unit batch or a tick: re-read every task

    QPointer<AccountSession> m_session;
    QString m_drillKey;
    QString m_unitKey;
    QVariantList m_statusCounts;
    int m_maxCount = 0;
    int m_total = 0;
    int m_overdueCount = 0;
    int m_unreleased = 0;
    QVariantList m_overdueTasks;
    QVariantList m_missedTasks;
    QVariantList m_drills;
    QVariantList m_units;
    bool m_active = true;
    bool m_stale = false;
    bool m_loading = false;
    quint64 m_generation = 0;  ///< of the latest full recompute asked for
    QTimer m_coalesce;
    QTimer m_ticker;
};

}  // namespace muster::app
