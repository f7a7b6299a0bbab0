#pragma once
/// Changes the server refused, with its reason (never silently dropped).

#include <vector>

#include <QtQml/qqmlregistration.h>
#include "accountsession.h"
#include <QAbstractListModel>
#include <QPointer>

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
        TaskTitleRole, ///< the task the change was about (for a log: its task)
        FieldsRole,    ///< "status: done" — what the change set
        TextRole,      ///< a log entry's text
        CodeRole,      ///< the protocol's code, e.g. "forbidden"
        MessageRole,   ///< the server's sentence
        AtRole,        ///< when it was refused, UTC ms
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
        QString opId, entity, kind, taskTitle, fields, text, code, message;
        qint64 at = 0;
    };
    QPointer<AccountSession> m_session;
    std::vector<Row> m_rows;
};

}  // namespace muster::app
