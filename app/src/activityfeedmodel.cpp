#include "activityfeedmodel.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include "backgroundreader.h"

#include "muster/state.hpp"
#include "muster/store.hpp"
#include "scopedata.h"
#include "taskdata.h"

namespace muster::app {

namespace {
/// Reads logs into rows for one scope, caching each task's row.
class FeedReader {
  public:
    FeedReader(Store& store, std::int64_t now, DashboardScope scope)
        : m_context(store, now), m_scope(std::move(scope)) {}

    template <class Row>
    std::optional<Row> row(const EntityState& log) {
        const nlohmann::json values = plain_values(log);
        const QString taskKey = stringField(values, "task");
        auto it = m_tasks.find(taskKey);
        if (it == m_tasks.end()) it = m_tasks.emplace(taskKey, m_context.load(taskKey.toStdString())).first;
        const std::optional<TaskRow>& task = it->second;
        if (!task || task->hidden || !m_scope.accepts(*task)) return std::nullopt;
        Row row;
        row.key = QString::fromStdString(log.key);
        row.taskKey = taskKey;
        row.taskTitle = task->title;
        row.kind = stringField(values, "kind");
        row.text = stringField(values, "text");
        row.at = intField(values, "at");
        row.authorName = m_context.memberName(stringField(values, "author"));
        row.unitName = task->unitName;
        row.isExercise = task->isExercise();
        return row;
    }

  private:
    TaskContext m_context;
    DashboardScope m_scope;
    std::map<QString, std::optional<TaskRow>> m_tasks;
};
}  // namespace

ActivityFeedModel::ActivityFeedModel(QObject* parent) : LogListModel(parent) {}

void ActivityFeedModel::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &ActivityFeedModel::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &ActivityFeedModel::reload);
    }
    reload();
    emit sessionChanged();
}

void ActivityFeedModel::setDrillKey(const QString& key) {
    if (key == m_drillKey) return;
    m_drillKey = key;
    reload();
    emit scopeChanged();
}

void ActivityFeedModel::setUnitKey(const QString& key) {
    if (key == m_unitKey) return;
    m_unitKey = key;
    reload();
    emit scopeChanged();
}

void ActivityFeedModel::setLimit(int limit) {
    limit = std::max(1, limit);
    if (limit == m_limit) return;
    m_limit = limit;
    reload();
    emit scopeChanged();
}

bool ActivityFeedModel::isCoordinator() const {
    return m_session && m_session->isOpen() && isCoordinatorRole(m_session->role());
}

int ActivityFeedModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ActivityFeedModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case TextRole: return row.text;
        case KeyRole: return row.key;
        case TaskKeyRole: return row.taskKey;
        case TaskTitleRole: return row.taskTitle;
        case KindRole: return row.kind;
        case AtRole: return static_cast<double>(row.at);
        case AuthorNameRole: return row.authorName;
        case UnitNameRole: return row.unitName;
        case IsExerciseRole: return row.isExercise;
        default: return {};
    }
}

QHash<int, QByteArray> ActivityFeedModel::roleNames() const {
    return {{KeyRole, "key"},   {TaskKeyRole, "taskKey"},       {TaskTitleRole, "taskTitle"},
            {KindRole, "kind"}, {TextRole, "text"},             {AtRole, "at"},
            {AuthorNameRole, "authorName"}, {UnitNameRole, "unitName"}, {IsExerciseRole, "isExercise"}};
}

void ActivityFeedModel::reload() {
    const quint64 generation = ++m_generation;
    m_pendingLogs.clear();
    if (!isCoordinator()) {
        setLoading(false);
        if (m_rows.empty()) return;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        emit countChanged();
        return;
    }
    const QString own = m_session->unitKey(), unitKey = m_unitKey, drillKey = m_drillKey;
    const std::int64_t now = m_session->serverNowMs();
    const auto limit = static_cast<std::size_t>(m_limit);
    setLoading(true);
    m_session->backgroundReader()->run(this, [=, this](Store& from) -> std::function<void()> {
        auto rows = std::make_shared<std::vector<Row>>();
        {
            FeedReader reader(from, now, DashboardScope::make(from, own, unitKey, drillKey));
            // Newest first, page by page until `limit` entries of the scope are found
            // (pages grow, so a scope with few entries costs a few queries, not one per page).
            std::size_t page = std::max<std::size_t>(2 * limit, 64);
            std::optional<LatestAfter> after;
            while (rows->size() < limit) {
                auto logs = from.latest(EntityType::log, "at", page, after);
                if (!logs) break;
                for (const EntityState& log : *logs) {
                    if (auto row = reader.row<Row>(log)) rows->push_back(std::move(*row));
                }
                if (logs->size() < page) break;  // no older entry
                const EntityState& last = logs->back();
                after = LatestAfter{last.fields.at("at").v, last.key};
                page *= 4;
            }
            std::sort(rows->begin(), rows->end(), [](const Row& a, const Row& b) { return a.before(b); });
            if (rows->size() > limit) rows->resize(limit);
        }
        return [this, generation, rows] {
            if (generation != m_generation) return;  // a newer read is on its way
            beginResetModel();
            m_rows = std::move(*rows);
            endResetModel();
            setLoading(false);
            emit countChanged();
            insertLogs(std::exchange(m_pendingLogs, {}));
        };
    });
}

void ActivityFeedModel::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
}

void ActivityFeedModel::applyTouched(const TouchedEntities& touched) {
    // A released inject brings its earlier entries into view: read again.
    if (!touched.drills.isEmpty() || !touched.units.isEmpty()) {
        reload();
        return;
    }
    if (m_loading) {
        m_pendingLogs << touched.logs;  // inserted when the read lands
        return;
    }
    insertLogs(touched.logs);
}

void ActivityFeedModel::insertLogs(const QStringList& keys) {
    Store* store = isCoordinator() ? m_session->readStore() : nullptr;
    if (!store || keys.isEmpty()) return;
    const int before = count();
    FeedReader reader(*store, m_session->serverNowMs(),
                      DashboardScope::make(*store, m_session->unitKey(), m_unitKey, m_drillKey));
    for (const QString& key : keys) {
        auto state = store->get(EntityType::log, key.toStdString());
        if (settleHeld(m_rows, key, state && !*state)) continue;
        if (!state || !*state) continue;
        auto row = reader.row<Row>(**state);
        if (!row) continue;
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), *row,
                                         [](const Row& a, const Row& b) { return a.before(b); });
        const int pos = static_cast<int>(at - m_rows.begin());
        if (pos >= m_limit) continue;
        beginInsertRows({}, pos, pos);
        m_rows.insert(at, std::move(*row));
        endInsertRows();
        if (count() > m_limit) {
            beginRemoveRows({}, m_limit, count() - 1);
            m_rows.resize(static_cast<std::size_t>(m_limit));
            endRemoveRows();
        }
    }
    if (count() != before) emit countChanged();
}

}  // namespace muster::app
