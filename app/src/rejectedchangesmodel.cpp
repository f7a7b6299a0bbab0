#include "rejectedchangesmodel.h"

#include <optional>

#include "accountsession.h"
#include "muster/op.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "taskdata.h"

namespace muster::app {

namespace {
/// The title (a task's or drill's) or name (a unit's or member's) the store
/// holds for an entity; "" when unknown or deleted.
QString storedTitle(Store& store, EntityType type, const std::string& key) {
    if (key.empty()) return {};
    auto state = store.get(type, key);
    if (!state || !*state) return {};
    const nlohmann::json values = plain_values(**state);
    const QString title = stringField(values, "title");
    return title.isEmpty() ? stringField(values, "name") : title;
}

/// `name` from a known entity type name ("task", …); nullopt otherwise.
std::optional<EntityType> entityNamed(const QString& name) {
    for (const EntityType type : all_entity_types()) {
        if (name == toQString(to_string(type))) return type;
    }
    return std::nullopt;
}
}  // namespace

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
        case SubjectRole: return row.subject;
        case FieldsRole: return row.fields;
        case ChangesRole: return row.changes;
        case TextRole: return row.text;
        case CodeRole: return row.code;
        case MessageRole: return row.message;
        case AtRole: return static_cast<double>(row.at);
        case TaskKeyRole: return row.taskKey;
        default: return {};
    }
}

QHash<int, QByteArray> RejectedChangesModel::roleNames() const {
    return {{OpIdRole, "opId"},     {EntityRole, "entity"}, {OpKindRole, "opKind"},
            {TaskTitleRole, "taskTitle"}, {SubjectRole, "subject"}, {FieldsRole, "fields"}, {ChangesRole, "changes"}, {TextRole, "text"},
            {CodeRole, "code"},     {MessageRole, "message"}, {AtRole, "at"}, {TaskKeyRole, "taskKey"}};
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
                if (r.op.entity == EntityType::log) {
                    row.text = stringField(r.op.fields, "text");
                } else {
                    TaskContext context(*store, 0);
                    QStringList parts;
                    for (const auto& [name, value] : r.op.fields.items()) {
                        const FieldSpec* spec = find_field(r.op.entity, name);
                        parts << QString::fromStdString(name) + QStringLiteral(": ") +
                                     (value.is_string() ? QString::fromStdString(value.get<std::string>())
                                                        : QString::fromStdString(value.dump()));
                        const QString field = QString::fromStdString(name);
                        row.changes << QVariantMap{
                            {QStringLiteral("field"), field},
                            {QStringLiteral("value"), jsonToVariant(value)},
                            {QStringLiteral("label"), spec && spec->type == FieldType::key
                                                          ? context.keyLabel(field, value)
                                                          : QString()}};
                    }
                    row.fields = parts.join(QStringLiteral(", "));
                }
                describeSubject(*store, r.op, row);
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
    emit countChanged();
}

void RejectedChangesModel::describeSubject(Store& store, const Op& op, Row& row) {
    switch (op.entity) {
        case EntityType::log:
            row.subject = QStringLiteral("log");
            row.taskTitle = storedTitle(store, EntityType::task, stringField(op.fields, "task").toStdString());
            if (!row.taskTitle.isEmpty()) row.taskKey = stringField(op.fields, "task");
            return;
        case EntityType::task:
            row.taskTitle = storedTitle(store, EntityType::task, op.key);
            row.subject = QStringLiteral("task");
            if (!row.taskTitle.isEmpty()) row.taskKey = QString::fromStdString(op.key);
            if (row.taskTitle.isEmpty()) {
                // Gone here too (a task created on this device and refused is
                // recomputed away): the op itself says what it was.
                row.taskTitle = stringField(op.fields, "title");
                if (!row.taskTitle.isEmpty() && op.fields.contains("unit")) row.subject = QStringLiteral("newTask");
            }
            return;
        case EntityType::drill:
            row.subject = QStringLiteral("drill");
            row.taskTitle = storedTitle(store, EntityType::drill, op.key);
            if (row.taskTitle.isEmpty()) row.taskTitle = stringField(op.fields, "title");
            return;
        case EntityType::conflict: {
            row.subject = QStringLiteral("conflict");
            // The conflict record names the entity whose edits clashed.
            auto conflict = store.get(EntityType::conflict, op.key);
            if (!conflict || !*conflict) return;
            const nlohmann::json values = plain_values(**conflict);
            if (const auto type = entityNamed(stringField(values, "entity"))) {
                row.taskTitle = storedTitle(store, *type, stringField(values, "key").toStdString());
                if (*type == EntityType::task && !row.taskTitle.isEmpty()) row.taskKey = stringField(values, "key");
            }
            return;
        }
        default:
            row.subject = QStringLiteral("other");
            row.taskTitle = storedTitle(store, op.entity, op.key);
            return;
    }
}

bool RejectedChangesModel::dismiss(const QString& opId) {
    // The session announces rejectedChanged, which reloads this model.
    return m_session && m_session->dismissRejected(opId);
}

}  // namespace muster::app
