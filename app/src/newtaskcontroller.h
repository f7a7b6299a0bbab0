#pragma once
/// The coordinator's "New task" form: choices and the one local write.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QVariantList>

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
    /// Why the last `create` failed; empty after a success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

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

    /// Writes a new open task for `unitKey`. `priority`: low, normal, high or
    /// critical; `dueAt`: UTC ms, 0 = none; `assignee`: a member key of the
    /// unit or "". Returns the new task's key, or "" (see errorText).
    Q_INVOKABLE QString create(const QString& title, const QString& instructions, const QString& priority,
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

  private:
    void applyTouched(const TouchedEntities& touched);
    void reloadMembers();
    [[nodiscard]] bool hasUnit(const QString& key) const;
    [[nodiscard]] bool hasMember(const QString& key) const;
    void setErrorText(const QString& text);

    QPointer<AccountSession> m_session;
    QVariantList m_units;
    QVariantList m_members;
    QString m_unitKey;
    QString m_errorText;
};

}  // namespace muster::app
