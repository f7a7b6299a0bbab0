#pragma once
/// The coordinator's drill page: the drills in scope, one drill's clock and
/// controls, its injects, and the comms check.

#include <optional>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>

#include "accountsession.h"
#include "injectlistmodel.h"

namespace muster::app {

struct TouchedEntities;

/// Runs a drill from this device, offline too: every control is one local
/// write through the session (visible at once, queued in the outbox, synced
/// like any other change).
///
/// - `drills`: the drills owned by a unit of the coordinator's subtree, by title.
/// - For `drillKey`: title, state, the live drill clock (`clockMs`,
///   `clockText`, ticking every second while `active`), and the controls
///   valid for the state (`canStart` …; see drilldata.h for the fields each writes).
/// - `injects`: the drill's tasks with their status; `releaseNow` moves an
///   unreleased inject's `release_offset_ms` to the current drill clock;
///   `sendFollowUp` writes a follow-up inject for a missed expected action.
/// - `commsCheck` asks every device to answer (`comms_check_at` = now).
///
/// Coordinators and admins run drills (`canManage`); evaluators read them
/// (`available`): the clock and the injects, to observe against. UI thread only.
class DrillController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    /// The drill shown; "" = none (the list only).
    Q_PROPERTY(QString drillKey READ drillKey WRITE setDrillKey NOTIFY drillKeyChanged)
    /// Shown now: the clock ticks. Inactive, nothing is re-read until shown.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool available READ available NOTIFY drillsChanged)
    /// Coordinators and admins: import scenarios, control drills, read reports.
    Q_PROPERTY(bool canManage READ canManage NOTIFY drillsChanged)
    /// [{key, title, state, unitName}] drills in scope, by title.
    Q_PROPERTY(QVariantList drills READ drills NOTIFY drillsChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY drillChanged)
    Q_PROPERTY(QString title READ title NOTIFY drillChanged)
    Q_PROPERTY(QString scenario READ scenario NOTIFY drillChanged)
    Q_PROPERTY(QString unitKey READ unitKey NOTIFY drillChanged)
    /// planned, running, paused or ended.
    Q_PROPERTY(QString state READ state NOTIFY drillChanged)
    /// The signed-in coordinator may control the shown drill (it is in their scope).
    Q_PROPERTY(bool canControl READ canControl NOTIFY drillChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY drillChanged)
    Q_PROPERTY(bool canPause READ canPause NOTIFY drillChanged)
    Q_PROPERTY(bool canResume READ canResume NOTIFY drillChanged)
    Q_PROPERTY(bool canEnd READ canEnd NOTIFY drillChanged)
    /// Drill time, pauses excluded, ms; -1 before the start.
    Q_PROPERTY(double clockMs READ clockMs NOTIFY clockChanged)
    /// The drill clock as "mm:ss" or "h:mm:ss"; "" before the start.
    Q_PROPERTY(QString clockText READ clockText NOTIFY clockChanged)
    Q_PROPERTY(muster::app::InjectListModel* injects READ injects CONSTANT)
    /// Injects whose expected action was missed.
    Q_PROPERTY(int missedCount READ missedCount NOTIFY clockChanged)
    /// When the last comms check was asked, UTC ms; 0 = never.
    Q_PROPERTY(double commsCheckAt READ commsCheckAt NOTIFY drillChanged)
    /// A start set ahead that has not come yet (server time, UTC ms); 0 = none.
    Q_PROPERTY(double startsAt READ startsAt NOTIFY clockChanged)
    /// Why the last change could not be saved; empty after a success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    explicit DrillController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString drillKey() const { return m_drillKey; }
    void setDrillKey(const QString& key);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] bool available() const;
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] QVariantList drills() const { return m_drills; }
    [[nodiscard]] bool exists() const { return m_drill.has_value(); }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString scenario() const;
    [[nodiscard]] QString unitKey() const;
    [[nodiscard]] QString state() const;
    [[nodiscard]] bool canControl() const;
    [[nodiscard]] bool canStart() const;
    [[nodiscard]] bool canPause() const;
    [[nodiscard]] bool canResume() const;
    [[nodiscard]] bool canEnd() const;
    [[nodiscard]] double clockMs() const { return m_clockMs ? static_cast<double>(*m_clockMs) : -1; }
    [[nodiscard]] QString clockText() const;
    [[nodiscard]] InjectListModel* injects() { return &m_injects; }
    [[nodiscard]] int missedCount() const { return m_missedCount; }
    [[nodiscard]] double commsCheckAt() const;
    [[nodiscard]] double startsAt() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// `start`, `pause`, `resume` or `end` on the shown drill. False when not
    /// valid for its state or not saved (see errorText).
    Q_INVOKABLE bool control(const QString& action);
    /// Starts the shown (planned) drill `minutes` from now (1..7 days): its
    /// clock, and so every inject, waits until then, on every device, also one
    /// that loses its network before (pre-staged injects). False when not
    /// valid or not saved (see errorText).
    Q_INVOKABLE bool startIn(int minutes);
    /// Releases a hidden inject of the shown drill at once.
    Q_INVOKABLE bool releaseNow(const QString& taskKey);
    /// For a missed inject: a new task in the same drill and unit, "Follow-up:
    /// <title>", instructions naming the expected action, the same inject
    /// number and deadline, one priority step higher, released at once.
    /// One per inject: its key derives from the inject's, so a second call
    /// (also after a restart, or from another coordinator's device) finds it
    /// and sends nothing. Returns its key, or "" (see errorText).
    Q_INVOKABLE QString sendFollowUp(const QString& taskKey);
    /// Asks every device to answer a comms check (`comms_check_at` = now).
    Q_INVOKABLE bool commsCheck();
    /// Re-reads the drills, the shown drill and its injects.
    Q_INVOKABLE void reload();

  signals:
    void sessionChanged();
    void drillKeyChanged();
    void activeChanged();
    void drillsChanged();
    void drillChanged();
    void clockChanged();
    void errorTextChanged();

  private:
    void applyTouched(const TouchedEntities& touched);
    void reloadDrill();
    /// Recomputes the clock and the injects' time-dependent status.
    void tick();
    [[nodiscard]] bool allowed(const char* action) const;
    /// Running or paused: injects can still be released and followed up.
    [[nodiscard]] bool inPlay() const;
    bool save(const std::vector<muster::LocalWrite>& writes);
    void setErrorText(const QString& text);

    QPointer<AccountSession> m_session;
    QString m_drillKey;
    bool m_active = true;
    bool m_stale = false;
    QVariantList m_drills;
    std::optional<nlohmann::json> m_drill;  ///< the shown drill's plain values
    std::vector<TaskRow> m_tasks;           ///< its injects, release order
    std::optional<std::int64_t> m_clockMs;
    int m_missedCount = 0;
    InjectListModel m_injects;
    QString m_errorText;
    QTimer m_ticker;
};

}  // namespace muster::app
