#include "rejectedchangesmodel.h"

#include "accountsession.h"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "taskdata.h"

namespace muster::app {

RejectedChangesModel::RejectedChangesModel(QObject* parent) : QAbstractListModel(parent) {}

void RejectedChangesModel::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::rejectedChanged, this, &RejectedChangesModel::reload);
        connect(m_session, &AccountSession::openChanged, this, &RejectedChangesModel::reload);
    }
    reload();
    emit sessionChanged();
}

int RejectedChangesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RejectedChangesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case OpIdRole: return row.opId;
        case EntityRole: return row.entity;
        case OpKindRole: return row.kind;
        case Qt::DisplayRole:
        case TaskTitleRole: return row.taskTitle;
        case FieldsRole: return row.fields;
        case TextRole: return row.text;
        case CodeRole: return row.code;
        case MessageRole: return row.message;
        case AtRole: return static_cast<double>(row.at);
        default: return {};
    }
}

QHash<int, QByteArray> RejectedChangesModel::roleNames() const {
    return {{OpIdRole, "opId"},     {EntityRole, "entity"}, {OpKindRole, "opKind"},
            {TaskTitleRole, "taskTitle"}, {FieldsRole, "fields"}, {TextRole, "text"},
            {CodeRole, "code"},     {MessageRole, "message"}, {AtRole, "at"}};
}

void RejectedChangesModel::reload() {
    beginResetModel();
    m_rows.clear();
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (store) {
        if (auto rejected = store->rejected()) {
            for (const RejectedOp& r : *rejected) {
                Row row;
                row.opId = QString::fromStdString(r.op.id);
                row.entity = toQString(to_string(r.op.entity));
                row.kind = toQString(to_string(r.op.kind));
                row.code = toQString(to_string(r.error.code));
                row.message = QString::fromStdString(r.error.message);
                row.at = r.at_ms;
                std::string taskKey = r.op.key;
                if (r.op.entity == EntityType::log) {
                    row.text = stringField(r.op.fields, "text");
                    taskKey = stringField(r.op.fields, "task").toStdString();
                } else {
                    QStringList parts;
                    for (const auto& [name, value] : r.op.fields.items()) {
                        parts << QString::fromStdString(name) + QStringLiteral(": ") +
                                     (value.is_string() ? QString::fromStdString(value.get<std::string>())
                                                        : QString::fromStdString(value.dump()));
                    }
                    row.fields = parts.join(QStringLiteral(", "));
                }
                if (auto task = store->get(EntityType::task, taskKey); task && *task) {
                    row.taskTitle = stringField(plain_values(**task), "title");
                }
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
    emit countChanged();
}

bool RejectedChangesModel::dismiss(const QString& opId) {
    // The session announces rejectedChanged, which reloads this model.
    return m_session && m_session->dismissRejected(opId);
}

}  // namespace muster::app
