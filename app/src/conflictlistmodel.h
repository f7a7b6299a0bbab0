#pragma once
/// Conflicts awaiting a coordinator, and their resolution.

#include <vector>

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "accountsession.h"

namespace muster::app {

struct TouchedEntities;

/// The server's `conflict` records not yet resolved: two people changed the
/// same field of the same entity without seeing each other's change. Each row
/// shows both values and who wrote them; newest first.
///
/// Resolving (coordinators and admins) is one local transaction, offline too:
/// a `set` of the chosen value on the entity's field (left out when the field
/// already holds it) and a `set` of the conflict's `resolved` to true — the
/// only conflict field a client may write. The row leaves the list at once.
/// Follows conflict and task batches (a reset: the list is short). UI thread only.
class ConflictListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Why the last resolution was not saved; empty after a success.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        EntityRole,       ///< "task", "drill", …
        TargetKeyRole,
        TargetTitleRole,  ///< the task's (or drill's) title
        FieldRole,        ///< "status", "due_at", …
        FieldTypeRole,    ///< string, integer, enumeration, boolean, key, …
        AllowedValuesRole,///< enumeration values
        WinnerValueRole,  ///< the value LWW kept (plain)
        WinnerLabelRole,  ///< a key-valued field's value in words (a unit's name, …); empty otherwise
        WinnerAuthorRole, ///< who wrote it (name when known)
        WinnerAtRole,     ///< when, UTC ms (its hlc)
        LoserValueRole,
        LoserLabelRole,
        LoserAuthorRole,
        LoserAtRole,
        CurrentValueRole, ///< what the field holds now on this device
        EditableRole,     ///< the value can be typed in (string and integer fields)
        IsExerciseRole,   ///< drill data: a drill, or a task that is one of its injects
        DrillTitleRole,   ///< that drill's title ("" when not exercise data, or the drill is not on the device)
        InjectRole,       ///< the task's inject number (0: none)
    };
    Q_ENUM(Role)

    explicit ConflictListModel(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Resolves conflict `key` with one of its sides: "winner" or "loser".
    Q_INVOKABLE bool resolveWith(const QString& key, const QString& side);
    /// Resolves conflict `key` with a value typed by the coordinator (text for
    /// string fields, a whole number for integer fields, one of the allowed
    /// values for enumerations).
    Q_INVOKABLE bool resolveEdited(const QString& key, const QString& text);
    /// Reads the open conflicts again. Rows that stay keep their delegates
    /// (removed and inserted rows are signalled one by one, changed ones as
    /// dataChanged), so a value being typed into one card survives a sync
    /// that touched something else.
    Q_INVOKABLE void reload();
    void applyTouched(const TouchedEntities& touched);

  signals:
    void sessionChanged();
    void countChanged();
    void errorTextChanged();

  private:
    struct Row {
        QString key, entity, targetKey, targetTitle, field, fieldType, winnerAuthor, loserAuthor;
        QString winnerLabel, loserLabel;  ///< key-valued fields: what the key names
        QStringList allowed;
        nlohmann::json winner, loser, current;
        qint64 winnerAt = 0, loserAt = 0;
        bool editable = false;
        bool exercise = false;
        QString drillTitle;
        int inject = 0;
        bool operator==(const Row&) const = default;
    };
    /// The open conflicts as the store holds them now, in display order.
    [[nodiscard]] std::vector<Row> readRows();
    [[nodiscard]] const Row* find(const QString& key) const;
    bool resolve(const Row& row, const nlohmann::json& value);
    void setErrorText(const QString& text);

    QPointer<AccountSession> m_session;
    std::vector<Row> m_rows;
    QString m_errorText;
};

}  // namespace muster::app
