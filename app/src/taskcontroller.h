#pragma once
/// The task detail page's controller: one task, its allowed actions and writes.

#include <QtQml/qqmlregistration.h>
#include "accountsession.h"
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include "muster/store.hpp"
#include "taskdata.h"

namespace muster::app {


struct TouchedEntities;

/// Shows one task and changes it: status actions allowed for the signed-in
/// role and the task's status, and action-log entries. Each change is one
/// local write through the session (visible at once, queued in the outbox);
/// the session then pokes the sync worker. UI thread only.
///
/// Actions: `acknowledge` (open → acknowledged), `start` (→ in_progress),
/// `done`, `block` (needs a reason, logged as a `status` log entry in the same
/// transaction), and for coordinators and admins `reopen` (done / cancelled /
/// blocked → open). Members act only on tasks of their own unit; evaluators
/// change no task: on a drill task they add observations rated P/S/M/U.
///
/// While `viewing` (the detail page shows the task), the first view of a
/// released task by a member, coordinator or admin appends one `opened` log
/// entry — once per member and task: an existing one by this author in the
/// store (from this or another device) means none is added. Any view, an
/// evaluator's too, marks the task seen: the list stops calling it "new".
class TaskController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString taskKey READ taskKey WRITE setTaskKey NOTIFY taskKeyChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY taskChanged)
    Q_PROPERTY(QString title READ title NOTIFY taskChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY taskChanged)
    Q_PROPERTY(QString status READ status NOTIFY taskChanged)
    Q_PROPERTY(QString priority READ priority NOTIFY taskChanged)
    Q_PROPERTY(double dueAt READ dueAt NOTIFY taskChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY taskChanged)
    Q_PROPERTY(bool isExercise READ isExercise NOTIFY taskChanged)
    Q_PROPERTY(QString drillTitle READ drillTitle NOTIFY taskChanged)
    Q_PROPERTY(int inject READ inject NOTIFY taskChanged)
    Q_PROPERTY(bool isOverdue READ isOverdue NOTIFY taskChanged)
    /// Status actions offered now, in display order.
    Q_PROPERTY(QStringList availableActions READ availableActions NOTIFY taskChanged)
    /// The signed-in member may add log entries to this task.
    Q_PROPERTY(bool canLog READ canLog NOTIFY taskChanged)
    /// The signed-in coordinator or admin may change the task's fields (NewTaskController's `taskKey`).
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY taskChanged)
    /// The inject's expected action, for evaluators, coordinators and admins ("" for members).
    Q_PROPERTY(QString expectedAction READ expectedAction NOTIFY taskChanged)
    /// The signed-in evaluator may add an observation (a released drill task).
    Q_PROPERTY(bool canObserve READ canObserve NOTIFY taskChanged)
    /// The page shows the task now (see the class comment on `opened`).
    Q_PROPERTY(bool viewing READ viewing WRITE setViewing NOTIFY viewingChanged)
    /// Why the last change could not be saved; empty after a success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    explicit TaskController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString taskKey() const { return m_taskKey; }
    void setTaskKey(const QString& key);

    [[nodiscard]] bool exists() const { return m_row.has_value(); }
    [[nodiscard]] QString title() const { return m_row ? m_row->title : QString(); }
    [[nodiscard]] QString instructions() const { return m_row ? m_row->instructions : QString(); }
    [[nodiscard]] QString status() const { return m_row ? m_row->status : QString(); }
    [[nodiscard]] QString priority() const { return m_row ? m_row->priority : QString(); }
    [[nodiscard]] double dueAt() const { return m_row ? static_cast<double>(m_row->dueAt) : 0; }
    [[nodiscard]] QString unitName() const { return m_row ? m_row->unitName : QString(); }
    [[nodiscard]] bool isExercise() const { return m_row && m_row->isExercise(); }
    [[nodiscard]] QString drillTitle() const { return m_row ? m_row->drillTitle : QString(); }
    [[nodiscard]] int inject() const { return m_row ? m_row->inject : 0; }
    [[nodiscard]] bool isOverdue() const { return m_row && m_row->overdue; }
    [[nodiscard]] QStringList availableActions() const;
    [[nodiscard]] bool canLog() const;
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] QString expectedAction() const;
    [[nodiscard]] bool canObserve() const;
    [[nodiscard]] bool viewing() const { return m_viewing; }
    void setViewing(bool viewing);
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Applies a status action (not `block`: use `block(reason)`). False when
    /// not allowed or not saved (see errorText).
    Q_INVOKABLE bool perform(const QString& action);
    /// Sets the task blocked and logs `reason` as a `status` entry, in one transaction.
    Q_INVOKABLE bool block(const QString& reason);
    /// Adds an action-log entry. `kind`: action or note. `location`
    /// ({lat, lon, accuracy_m?}) and `attachments` (sha256 hex of blobs
    /// already in the account's BlobStore, see LogDraft) are optional.
    Q_INVOKABLE bool logAction(const QString& text, const QString& kind = QStringLiteral("action"),
                               const QVariantMap& location = {}, const QStringList& attachments = {});
    /// An evaluator's observation: `text` and `rating` P, S, M or U (performed
    /// without challenges / with some / with major challenges / unable to be
    /// performed), with the drill clock, as one `observation` log entry.
    Q_INVOKABLE bool addObservation(const QString& text, const QString& rating);
    /// Clears errorText (a sheet or dialog opening starts without an old error).
    Q_INVOKABLE void clearError() { setErrorText({}); }
    Q_INVOKABLE void reload();

  signals:
    void viewingChanged();
    void sessionChanged();
    void taskKeyChanged();
    void taskChanged();
    void errorTextChanged();

  private:
    void applyTouched(const TouchedEntities& touched);
    [[nodiscard]] bool canChangeStatus() const;
    [[nodiscard]] bool isCoordinator() const;
    [[nodiscard]] nlohmann::json logFields(const QString& text, const QString& kind) const;
    bool save(const std::vector<muster::LocalWrite>& writes);
    /// Appends this member's `opened` entry when due (see the class comment).
    void noteOpened();
    void setErrorText(const QString& text);

    QPointer<AccountSession> m_session;
    QString m_taskKey;
    std::optional<TaskRow> m_row;
    QString m_errorText;
    bool m_viewing = false;
    QString m_openedNoted;  ///< the task whose `opened` entry is known to exist
};

}  // namespace muster::app
