#pragma once
/// The coordinator's task form: a new task, or the changes to one (title,
/// instructions, priority, due time, unit, assignee), as one local write.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>

#include "accountsession.h"

namespace muster::app {

struct TouchedEntities;

/// Creates and assigns a task, offline too: one local `set` op in the
/// store's outbox (visible in every list at once, sent by the sync worker).
///
/// Offers the units the signed-in coordinator may write tasks for (their
/// unit's subtree, as pulled from the server) and the members of the chosen
/// unit as assignees. Both lists follow sync (`entitiesChanged`). Only
/// coordinators and admins may create (`canCreate`). UI thread only.
class NewTaskController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool canCreate READ canCreate NOTIFY optionsChanged)
    /// [{key, name, depth}] in tree order; depth 0 is the coordinator's own unit.
    Q_PROPERTY(QVariantList units READ units NOTIFY optionsChanged)
    /// The unit the task is for; defaults to the coordinator's own unit.
    Q_PROPERTY(QString unitKey READ unitKey WRITE setUnitKey NOTIFY unitKeyChanged)
    /// [{key, name}] members of `unitKey`, by name (the possible assignees).
    Q_PROPERTY(QVariantList members READ members NOTIFY optionsChanged)
    /// Why the last `create` / `update` failed; empty after a success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// The task being changed ("" = a new one). Setting it loads its values
    /// into `current` and its unit into `unitKey`.
    Q_PROPERTY(QString taskKey READ taskKey WRITE setTaskKey NOTIFY taskKeyChanged)
    /// The changed task's values as stored: title, instructions, priority,
    /// assignee ("" = the whole unit), unit, dueAt (UTC ms, 0 = none); empty
    /// for a new task or one this device does not hold.
    Q_PROPERTY(QVariantMap current READ current NOTIFY taskKeyChanged)

  public:
    explicit NewTaskController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] bool canCreate() const;
    [[nodiscard]] QVariantList units() const { return m_units; }
    [[nodiscard]] QString unitKey() const { return m_unitKey; }
    void setUnitKey(const QString& key);
    [[nodiscard]] QVariantList members() const { return m_members; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString taskKey() const { return m_taskKey; }
    void setTaskKey(const QString& key);
    [[nodiscard]] QVariantMap current() const { return m_current; }

    /// Writes a new open task for `unitKey`. `priority`: low, normal, high or
    /// critical; `dueAt`: UTC ms, 0 = none; `assignee`: a member key of the
    /// unit or "". Returns the new task's key, or "" (see errorText).
    Q_INVOKABLE QString create(const QString& title, const QString& instructions, const QString& priority,
                               double dueAt, const QString& assignee);
    /// Writes what differs from `current` on the task `taskKey` (one `set`
    /// op of those fields; nothing when nothing differs): `dueAt` -1 keeps the
    /// due time, 0 removes it; `assignee` "" leaves it to the whole unit; a
    /// `unitKey` other than the task's moves it to that unit of the scope.
    /// Same checks as `create`. False (see errorText) when refused.
    Q_INVOKABLE bool update(const QString& title, const QString& instructions, const QString& priority,
                            double dueAt, const QString& assignee);
    /// The session clock's time plus `minutes` (for "due in …" choices), UTC ms.
    Q_INVOKABLE double dueAtIn(int minutes) const;
    Q_INVOKABLE void reload();

  signals:
    void sessionChanged();
    void optionsChanged();
    void unitKeyChanged();
    void errorTextChanged();
    /// A task was written (its key).
    void created(const QString& key);
    void taskKeyChanged();
    /// `update` wrote the task's changes, or found none to write (its key).
    void updated(const QString& key);

  private:
    void applyTouched(const TouchedEntities& touched);
    void reloadMembers();
    [[nodiscard]] bool hasUnit(const QString& key) const;
    [[nodiscard]] bool hasMember(const QString& key) const;
    /// `create`'s and `update`'s checks of the form; sets errorText when one fails.
    [[nodiscard]] bool validate(const QString& title, const QString& instructions, const QString& priority,
                                const QString& assignee);
    void loadCurrent();
    void setErrorText(const QString& text);

    QPointer<AccountSession> m_session;
    QVariantList m_units;
    QVariantList m_members;
    QString m_unitKey;
    QString m_errorText;
    QString m_taskKey;
    QVariantMap m_current;
};

}  // namespace muster::app
