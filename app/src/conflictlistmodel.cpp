#include "conflictlistmodel.h"

#include <algorithm>

#include "muster/schema.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "scopedata.h"
#include "taskdata.h"

namespace muster::app {

namespace {
QString fieldTypeName(FieldType type) {
    switch (type) {
        case FieldType::string: return QStringLiteral("string");
        case FieldType::integer: return QStringLiteral("integer");
        case FieldType::boolean: return QStringLiteral("boolean");
        case FieldType::enumeration: return QStringLiteral("enumeration");
        case FieldType::key: return QStringLiteral("key");
        case FieldType::replica_id: return QStringLiteral("replica_id");
        case FieldType::location: return QStringLiteral("location");
        case FieldType::hash_list: return QStringLiteral("hash_list");
        case FieldType::versioned: return QStringLiteral("versioned");
    }
    return {};
}

/// One side of a conflict (`{"v", "hlc", "author"}`), tolerant of missing parts.
struct Side {
    nlohmann::json value;
    qint64 at = 0;
    std::string author;
};

Side side(const nlohmann::json& conflict, const char* name) {
    Side out;
    const auto it = conflict.find(name);
    if (it == conflict.end() || !it->is_object()) return out;
    if (const auto v = it->find("v"); v != it->end()) out.value = *v;
    if (const auto hlc = it->find("hlc"); hlc != it->end() && hlc->is_object()) out.at = intField(*hlc, "ms");
    if (const auto author = it->find("author"); author != it->end() && author->is_string()) {
        out.author = author->get<std::string>();
    }
    return out;
}

/// A conflict side's author: a member key or a replica id (its device's member).
QString authorName(Store& store, TaskContext& context, const std::string& author) {
    if (author.empty()) return {};
    if (QString name = context.memberName(QString::fromStdString(author)); !name.isEmpty()) return name;
    if (is_valid_key(EntityType::device, author)) {
        if (auto device = store.get(EntityType::device, author); device && *device) {
            const QString member = stringField(plain_values(**device), "member");
            if (QString name = context.memberName(member); !name.isEmpty()) return name;
        }
    }
    return QString::fromStdString(author);
}
}  // namespace

ConflictListModel::ConflictListModel(QObject* parent) : QAbstractListModel(parent) {}

void ConflictListModel::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &ConflictListModel::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &ConflictListModel::reload);
    }
    reload();
    emit sessionChanged();
}

int ConflictListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case TargetTitleRole: return row.targetTitle;
        case KeyRole: return row.key;
        case EntityRole: return row.entity;
        case TargetKeyRole: return row.targetKey;
        case FieldRole: return row.field;
        case FieldTypeRole: return row.fieldType;
        case AllowedValuesRole: return row.allowed;
        case WinnerValueRole: return jsonToVariant(row.winner);
        case WinnerLabelRole: return row.winnerLabel;
        case WinnerAuthorRole: return row.winnerAuthor;
        case WinnerAtRole: return static_cast<double>(row.winnerAt);
        case LoserValueRole: return jsonToVariant(row.loser);
        case LoserLabelRole: return row.loserLabel;
        case LoserAuthorRole: return row.loserAuthor;
        case LoserAtRole: return static_cast<double>(row.loserAt);
        case CurrentValueRole: return jsonToVariant(row.current);
        case EditableRole: return row.editable;
        case IsExerciseRole: return row.exercise;
        case DrillTitleRole: return row.drillTitle;
        case InjectRole: return row.inject;
        default: return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const {
    return {{KeyRole, "key"},
            {EntityRole, "entity"},
            {TargetKeyRole, "targetKey"},
            {TargetTitleRole, "targetTitle"},
            {FieldRole, "field"},
            {FieldTypeRole, "fieldType"},
            {AllowedValuesRole, "allowedValues"},
            {WinnerValueRole, "winnerValue"},
            {WinnerLabelRole, "winnerLabel"},
            {WinnerAuthorRole, "winnerAuthor"},
            {WinnerAtRole, "winnerAt"},
            {LoserValueRole, "loserValue"},
            {LoserLabelRole, "loserLabel"},
            {LoserAuthorRole, "loserAuthor"},
            {IsExerciseRole, "isExercise"},
            {DrillTitleRole, "drillTitle"},
            {InjectRole, "inject"},
            {LoserAtRole, "loserAt"},
            {CurrentValueRole, "currentValue"},
            {EditableRole, "editable"}};
}

void ConflictListModel::reload() {
    std::vector<Row> rows = readRows();
    const auto keyIn = [](const std::vector<Row>& list, const QString& key) {
        return std::any_of(list.begin(), list.end(), [&](const Row& r) { return r.key == key; });
    };
    // Gone first (from the end, so indexes hold), then new ones where they belong.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (keyIn(rows, m_rows[static_cast<std::size_t>(i)].key)) continue;
        beginRemoveRows({}, i, i);
        m_rows.erase(m_rows.begin() + i);
        endRemoveRows();
    }
    std::vector<Row> kept;
    for (const Row& row : rows) {
        if (keyIn(m_rows, row.key)) kept.push_back(row);
    }
    const bool sameOrder = std::equal(kept.begin(), kept.end(), m_rows.begin(), m_rows.end(),
                                      [](const Row& a, const Row& b) { return a.key == b.key; });
    if (!sameOrder) {  // not expected (the order is by the conflicting writes' times): start over
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit countChanged();
        return;
    }
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const int at = static_cast<int>(j);
        if (j < m_rows.size() && m_rows[j].key == rows[j].key) {
            if (!(m_rows[j] == rows[j])) {
                m_rows[j] = rows[j];
                emit dataChanged(index(at), index(at));
            }
            continue;
        }
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, rows[j]);
        endInsertRows();
    }
    emit countChanged();
}

std::vector<ConflictListModel::Row> ConflictListModel::readRows() {
    std::vector<Row> out;
    Store* store = m_session && m_session->isOpen() && isCoordinatorRole(m_session->role()) ? m_session->readStore()
                                                                                             : nullptr;
    if (store) {
        TaskContext context(*store, 0);
        if (auto conflicts = store->list(EntityType::conflict)) {
            for (const EntityState& state : *conflicts) {
                const nlohmann::json values = plain_values(state);
                if (const auto resolved = values.find("resolved");
                    resolved != values.end() && resolved->is_boolean() && resolved->get<bool>()) {
                    continue;
                }
                Row row;
                row.key = QString::fromStdString(state.key);
                row.entity = stringField(values, "entity");
                row.targetKey = stringField(values, "key");
                row.field = stringField(values, "field");
                const auto type = entity_type_from_string(row.entity.toStdString());
                const FieldSpec* spec = type ? find_field(*type, row.field.toStdString()) : nullptr;
                if (!type || !spec) continue;  // nothing a coordinator could write
                row.fieldType = fieldTypeName(spec->type);
                for (const std::string_view allowed : spec->allowed) row.allowed << toQString(allowed);
                row.editable = spec->type == FieldType::string || spec->type == FieldType::integer;
                const Side winner = side(values, "winner");
                const Side loser = side(values, "loser");
                row.winner = winner.value;
                row.loser = loser.value;
                row.winnerAt = winner.at;
                row.loserAt = loser.at;
                if (spec->type == FieldType::key) {
                    row.winnerLabel = context.keyLabel(row.field, winner.value);
                    row.loserLabel = context.keyLabel(row.field, loser.value);
                }
                row.winnerAuthor = authorName(*store, context, winner.author);
                row.loserAuthor = authorName(*store, context, loser.author);
                if (auto target = store->get(*type, row.targetKey.toStdString()); target && *target) {
                    const nlohmann::json targetValues = plain_values(**target);
                    row.targetTitle = stringField(targetValues, "title");
                    row.current = targetValues.value(row.field.toStdString(), nlohmann::json());
                    // Drill data carries the EXERCISE mark here too: a drill, or one of its injects.
                    const QString drillKey = *type == EntityType::drill ? row.targetKey
                                                                        : stringField(targetValues, "drill");
                    row.exercise = !drillKey.isEmpty();
                    row.inject = static_cast<int>(intField(targetValues, "inject", 0));
                    if (*type == EntityType::drill) {
                        row.drillTitle = row.targetTitle;
                    } else if (row.exercise) {
                        auto drill = store->get(EntityType::drill, drillKey.toStdString());
                        if (drill && *drill) row.drillTitle = stringField(plain_values(**drill), "title");
                    }
                }
                out.push_back(std::move(row));
            }
        }
        std::sort(out.begin(), out.end(), [](const Row& a, const Row& b) {
            const qint64 at = std::max(a.winnerAt, a.loserAt);
            const qint64 bt = std::max(b.winnerAt, b.loserAt);
            return at != bt ? at > bt : a.key < b.key;
        });
    }
    return out;
}

void ConflictListModel::applyTouched(const TouchedEntities& touched) {
    if (!touched.conflicts.isEmpty() || !touched.tasks.isEmpty() || !touched.drills.isEmpty() ||
        !touched.members.isEmpty()) {
        reload();
    }
}

const ConflictListModel::Row* ConflictListModel::find(const QString& key) const {
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.key == key; });
    return it == m_rows.end() ? nullptr : &*it;
}

bool ConflictListModel::resolveWith(const QString& key, const QString& side) {
    const Row* row = find(key);
    if (!row || (side != QLatin1String("winner") && side != QLatin1String("loser"))) {
        setErrorText(tr("This conflict is no longer open."));
        return false;
    }
    return resolve(*row, side == QLatin1String("winner") ? row->winner : row->loser);
}

bool ConflictListModel::resolveEdited(const QString& key, const QString& text) {
    const Row* row = find(key);
    if (!row) {
        setErrorText(tr("This conflict is no longer open."));
        return false;
    }
    nlohmann::json value;
    if (row->fieldType == QLatin1String("integer")) {
        bool ok = false;
        const qint64 number = text.trimmed().toLongLong(&ok);
        if (!ok) {
            setErrorText(tr("Type a whole number."));
            return false;
        }
        value = static_cast<std::int64_t>(number);
    } else if (row->fieldType == QLatin1String("string") || row->fieldType == QLatin1String("enumeration")) {
        value = text.trimmed().toStdString();
    } else {
        setErrorText(tr("This value can't be typed in; pick one of the two."));
        return false;
    }
    return resolve(*row, value);
}

bool ConflictListModel::resolve(const Row& row, const nlohmann::json& value) {
    if (!m_session || !m_session->isOpen() || !isCoordinatorRole(m_session->role())) {
        setErrorText(tr("Only coordinators can resolve conflicts."));
        return false;
    }
    const auto type = entity_type_from_string(row.entity.toStdString());
    const FieldSpec* spec = type ? find_field(*type, row.field.toStdString()) : nullptr;
    if (!spec || (spec->writers & kCoordinators) == 0 || entity_spec(*type).client_ops == 0) {
        setErrorText(tr("Only the server can change this value."));
        return false;
    }
    if (const auto problem = check_value(*spec, value)) {
        const QString why = QString::fromStdString(*problem);
        setErrorText(tr("This value is not valid here: %1").arg(why.mid(why.indexOf(QLatin1String(": ")) + 2)));
        return false;
    }
    std::vector<LocalWrite> writes;
    if (value != row.current) {
        writes.push_back(LocalWrite{OpKind::set, *type, row.targetKey.toStdString(), {{row.field.toStdString(), value}}});
    }
    writes.push_back(LocalWrite{OpKind::set, EntityType::conflict, row.key.toStdString(), {{"resolved", true}}});
    auto ops = m_session->write(writes);
    if (!ops) {
        setErrorText(tr("Couldn't save on this device: %1").arg(QString::fromStdString(ops.error().message)));
        return false;
    }
    setErrorText({});
    return true;
}

void ConflictListModel::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
