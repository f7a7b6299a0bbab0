#pragma once
/// Changes the server refused, with its reason (never silently dropped).

#include <vector>

#include <QtQml/qqmlregistration.h>
#include "accountsession.h"
#include <QAbstractListModel>
#include <QPointer>

namespace muster {
class Store;
struct Op;
}  // namespace muster

namespace muster::app {

/// The store's rejected ops, oldest first. `dismiss()` removes one once the
/// user has read it. Reloads when the session's rejected list changes (it is
/// short and rarely changes). UI thread only.
class RejectedChangesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        OpIdRole = Qt::UserRole + 1,
        EntityRole,    ///< "task", "log", …
        OpKindRole,    ///< "set", "append", "delete"
        TaskTitleRole, ///< the title of what the change was about: the task (for a log: its task), the
                       ///< drill, a conflict's task or drill; a refused new task's own title
        SubjectRole,   ///< what it was: "log", "task", "newTask" (a task created here, gone again),
                       ///< "drill", "conflict" (a resolution) or "other"
        FieldsRole,    ///< "status: done" — what the change set
        ChangesRole,   ///< the same as [{field, value}], for words in the user's language
        TextRole,      ///< a log entry's text
        CodeRole,      ///< the protocol's code, e.g. "forbidden"
        MessageRole,   ///< the server's sentence
        AtRole,        ///< when it was refused, UTC ms
        TaskKeyRole,   ///< the task it was about, when this device still has it (for a log: its task); "" otherwise
    };
    Q_ENUM(Role)

    explicit RejectedChangesModel(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    /// Removes the row of `opId` from the store's rejected list.
    Q_INVOKABLE bool dismiss(const QString& opId);

  signals:
    void sessionChanged();
    void countChanged();

  private:
    struct Row {
        QString opId, entity, kind, taskTitle, subject, fields, text, code, message, taskKey;
        QVariantList changes;
        qint64 at = 0;
    };
    /// Fills `row.subject` and `row.taskTitle` for the refused `op`.
    static void describeSubject(Store& store, const Op& op, Row& row);

    QPointer<AccountSession> m_session;
    std::vector<Row> m_rows;
};

}  // namespace muster::app
