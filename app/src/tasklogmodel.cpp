#include "tasklogmodel.h"

#include <algorithm>

#include "accountsession.h"
#include "attachmenttext.h"
#include "blobstore.h"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "taskdata.h"

namespace muster::app {

TaskLogModel::TaskLogModel(QObject* parent) : LogListModel(parent) {}

void TaskLogModel::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &TaskLogModel::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &TaskLogModel::reload);
    }
    reload();
    emit sessionChanged();
}

void TaskLogModel::setTaskKey(const QString& key) {
    if (key == m_taskKey) return;
    m_taskKey = key;
    reload();
    emit taskKeyChanged();
}

int TaskLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TaskLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case TextRole: return row.text;
        case KeyRole: return row.key;
        case KindRole: return row.kind;
        case AtRole: return static_cast<double>(row.at);
        case AuthorNameRole: return row.authorName;
        case IsMineRole: return m_session && row.author == m_session->memberId();
        case RatingRole: return row.rating;
        case AttachmentsRole: return attachmentList(row);
        case LocationTextRole: return row.locationText;
        default: return {};
    }
}

QHash<int, QByteArray> TaskLogModel::roleNames() const {
    return {{KeyRole, "key"}, {KindRole, "kind"}, {TextRole, "text"},
            {AtRole, "at"},   {AuthorNameRole, "authorName"}, {IsMineRole, "isMine"},
            {RatingRole, "rating"}, {AttachmentsRole, "attachments"}, {LocationTextRole, "locationText"}};
}

TaskLogModel::Row TaskLogModel::rowFrom(const QString& key, const nlohmann::json& values, TaskContext& context) {
    Row row{key,
            stringField(values, "kind"),
            stringField(values, "text"),
            intField(values, "at"),
            stringField(values, "author"),
            {},
            stringField(values, "rating"),
            {},
            {}};
    row.authorName = context.memberName(row.author);
    if (const auto it = values.find("attachments"); it != values.end() && it->is_array()) {
        for (const auto& hash : *it) {
            if (hash.is_string()) row.attachments << QString::fromStdString(hash.get<std::string>());
        }
    }
    if (const auto it = values.find("location"); it != values.end() && it->is_object()) {
        const auto& where = *it;
        if (where.contains("lat") && where["lat"].is_number() && where.contains("lon") && where["lon"].is_number()) {
            std::optional<double> accuracy;
            if (where.contains("accuracy_m") && where["accuracy_m"].is_number()) accuracy = where["accuracy_m"].get<double>();
            row.locationText = locationText(where["lat"].get<double>(), where["lon"].get<double>(), accuracy);
        }
    }
    return row;
}

QVariantList TaskLogModel::attachmentList(const Row& row) const {
    QVariantList out;
    if (row.attachments.isEmpty() || !m_session) return out;
    const BlobStore blobs(m_session->blobDir());
    for (const QString& hash : row.attachments) {
        const QString name = blobs.name(hash);
        const qint64 size = blobs.size(hash);
        QString label = name.isEmpty() ? hash.left(10) + QStringLiteral("…") : name;
        if (size >= 0) label += QStringLiteral(" · ") + fileSizeText(size);
        out << QVariantMap{{QStringLiteral("hash"), hash}, {QStringLiteral("name"), name},
                           {QStringLiteral("label"), label}};
    }
    return out;
}

void TaskLogModel::reload() {
    beginResetModel();
    m_rows.clear();
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (store && !m_taskKey.isEmpty()) {
        TaskContext context(*store, 0);
        if (auto logs = store->list(EntityType::log, {{"task", m_taskKey.toStdString()}})) {
            for (const EntityState& state : *logs) {
                m_rows.push_back(rowFrom(QString::fromStdString(state.key), plain_values(state), context));
            }
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.before(b); });
    }
    endResetModel();
    emit countChanged();
}

void TaskLogModel::applyTouched(const TouchedEntities& touched) {
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (!store || m_taskKey.isEmpty() || touched.logs.isEmpty()) return;
    TaskContext context(*store, 0);
    const int before = count();
    for (const QString& key : touched.logs) {
        auto state = store->get(EntityType::log, key.toStdString());
        if (settleHeld(m_rows, key, state && !*state)) continue;
        if (!state || !*state) continue;
        const nlohmann::json values = plain_values(**state);
        if (stringField(values, "task") != m_taskKey) continue;
        Row row = rowFrom(key, values, context);
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row,
                                         [](const Row& a, const Row& b) { return a.before(b); });
        const int pos = static_cast<int>(at - m_rows.begin());
        beginInsertRows({}, pos, pos);
        m_rows.insert(at, std::move(row));
        endInsertRows();
    }
    if (count() != before) emit countChanged();
}

}  // namespace muster::app
