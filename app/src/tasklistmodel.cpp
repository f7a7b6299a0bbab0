#include "tasklistmodel.h"

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#include "accountsession.h"
#include "backgroundreader.h"
#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"

namespace muster::app {

namespace {
/// Every task's row at `nowMs` (for the time flags).
std::vector<TaskRow> readRows(Store& store, std::int64_t nowMs) {
    std::vector<TaskRow> rows;
    TaskContext context(store, nowMs);
    if (auto tasks = store.list(EntityType::task)) {
        rows.reserve(tasks->size());
        for (const EntityState& state : *tasks) rows.push_back(context.row(state));
    }
    return rows;
}
}  // namespace

TaskListModel::TaskListModel(QObject* parent) : QAbstractListModel(parent) {
    m_ticker.setInterval(30'000);
    connect(&m_ticker, &QTimer::timeout, this, &TaskListModel::refreshTime);
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_releaseTimer, &QTimer::timeout, this, &TaskListModel::refreshTime);
}

void TaskListModel::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &TaskListModel::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &TaskListModel::reload);
        connect(m_session, &AccountSession::lastLookedAtChanged, this, [this] {
            if (!m_rows.empty()) emit dataChanged(index(0), index(count() - 1), {IsNewRole});
        });
        connect(m_session, &AccountSession::taskSeen, this, [this](const QString& key) {
            if (const int row = indexOfKey(key); row >= 0) emit dataChanged(index(row), index(row), {IsNewRole});
        });
        m_ticker.start();
    } else {
        m_ticker.stop();
        m_releaseTimer.stop();
    }
    reload();
    emit sessionChanged();
}

void TaskListModel::setStatusFilter(const QStringList& statuses) {
    if (statuses == m_statusFilter) return;
    m_statusFilter = statuses;
    refilter();
    emit filterChanged();
}

void TaskListModel::setDrillFilter(const QString& filter) {
    if (filter == m_drillFilter) return;
    m_drillFilter = filter;
    refilter();
    emit filterChanged();
}

void TaskListModel::setSearchText(const QString& text) {
    if (text == m_search) return;
    m_search = text;
    refilter();
    emit filterChanged();
}

void TaskListModel::setScope(const QString& scope) {
    if (scope == m_scope) return;
    m_scope = scope;
    refilter();
    emit filterChanged();
}

int TaskListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const TaskRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole: return row.title;
        case KeyRole: return row.key;
        case InstructionsRole: return row.instructions;
        case StatusRole: return row.status;
        case PriorityRole: return row.priority;
        case DueAtRole: return static_cast<double>(row.dueAt);
        case UnitNameRole: return row.unitName;
        case IsExerciseRole: return row.isExercise();
        case DrillTitleRole: return row.drillTitle;
        case InjectRole: return row.inject;
        case IsOverdueRole: return row.overdue;
        case IsNewRole: return isNew(row);
        case AssignedToMeRole: return assignedToMe(row);
        default: return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const {
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {InstructionsRole, "instructions"},
        {StatusRole, "status"},
        {PriorityRole, "priority"},
        {DueAtRole, "dueAt"},
        {UnitNameRole, "unitName"},
        {IsExerciseRole, "isExercise"},
        {DrillTitleRole, "drillTitle"},
        {InjectRole, "inject"},
        {IsOverdueRole, "isOverdue"},
        {IsNewRole, "isNew"},
        {AssignedToMeRole, "assignedToMe"},
    };
}

int TaskListModel::indexOfKey(const QString& key) const {
    const auto listed = m_listed.constFind(key);
    if (listed == m_listed.cend()) return -1;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), *listed,
                                     [](const TaskRow& a, const TaskRow& b) { return a.sortsBefore(b); });
    if (it != m_rows.end() && it->key == key) return static_cast<int>(it - m_rows.begin());
    // Not reached while m_listed mirrors m_rows; a scan keeps the answer right regardless.
    const auto scan = std::find_if(m_rows.begin(), m_rows.end(), [&](const TaskRow& r) { return r.key == key; });
    return scan == m_rows.end() ? -1 : static_cast<int>(scan - m_rows.begin());
}

QString TaskListModel::keyAt(int row) const {
    if (row < 0 || row >= count()) return {};
    return m_rows[static_cast<std::size_t>(row)].key;
}

std::int64_t TaskListModel::now() const {
    return m_session ? m_session->serverNowMs() : SystemClock::instance().now_ms();
}

bool TaskListModel::assignedToMe(const TaskRow& row) const {
    return m_session && !row.assignee.isEmpty() && row.assignee == m_session->memberId();
}

bool TaskListModel::isNew(const TaskRow& row) const {
    return m_session && !row.isFinished() && row.arrivedAt > static_cast<qint64>(m_session->lastLookedAt()) &&
           m_session->seenAt(row.key) < row.arrivedAt;
}

bool TaskListModel::accepts(const TaskRow& row) const {
    if (row.hidden) return false;
    if (!m_statusFilter.isEmpty() && !m_statusFilter.contains(row.status)) return false;
    if (m_drillFilter == QLatin1String("*")) {
        if (!row.isExercise()) return false;
    } else if (m_drillFilter == QLatin1String("-")) {
        if (row.isExercise()) return false;
    } else if (!m_drillFilter.isEmpty() && row.drillKey != m_drillFilter) {
        return false;
    }
    if (m_scope == QLatin1String("mine") && m_session) {
        const bool mine = assignedToMe(row) || (!m_session->unitKey().isEmpty() && row.unitKey == m_session->unitKey());
        if (!mine) return false;
    }
    const QString needle = m_search.trimmed();
    if (!needle.isEmpty() && !row.title.contains(needle, Qt::CaseInsensitive) &&
        !row.instructions.contains(needle, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}

void TaskListModel::reload() {
    ++m_generation;
    m_refreshing = false;
    m_touchedWhileRefreshing.clear();
    beginResetModel();
    m_rows.clear();
    m_listed.clear();
    m_held.clear();
    m_all.clear();
    m_total = 0;
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (store) {
        for (TaskRow& row : readRows(*store, now())) {
            if (!row.hidden) m_held.insert(row.key);
            m_all.insert(row.key, row);
            if (accepts(row)) m_rows.push_back(std::move(row));
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const TaskRow& a, const TaskRow& b) { return a.sortsBefore(b); });
        m_listed.reserve(static_cast<qsizetype>(m_rows.size()));
        for (const TaskRow& row : m_rows) m_listed.insert(row.key, row);
        m_total = static_cast<int>(m_held.size());
    }
    endResetModel();
    emit countChanged();
    scheduleRelease();
}

void TaskListModel::scheduleRelease() {
    qint64 next = 0;
    for (const TaskRow& row : std::as_const(m_all)) {
        if (row.releaseAt > 0 && (next == 0 || row.releaseAt < next)) next = row.releaseAt;
    }
    if (next == 0 || !m_session) {
        m_releaseTimer.stop();
        return;
    }
    // Just past the release (the clock must have reached it); never a busy
    // loop if a read still finds it hidden.
    constexpr qint64 kMinDelayMs = 100;
    constexpr qint64 kMaxDelayMs = 24 * 3'600'000;  // far ahead: the ticker and later reads re-aim
    const qint64 delay = std::clamp<qint64>(next - now() + 5, kMinDelayMs, kMaxDelayMs);
    m_releaseTimer.start(static_cast<int>(delay));
}

void TaskListModel::refilter() {
    beginResetModel();
    m_rows.clear();
    m_listed.clear();
    for (const TaskRow& row : std::as_const(m_all)) {
        if (accepts(row)) m_rows.push_back(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const TaskRow& a, const TaskRow& b) { return a.sortsBefore(b); });
    m_listed.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const TaskRow& row : m_rows) m_listed.insert(row.key, row);
    endResetModel();
    emit countChanged();
}

void TaskListModel::noteHeld(const QString& key, const std::optional<TaskRow>& row) {
    if (row && !row->hidden) {
        m_held.insert(key);
    } else {
        m_held.remove(key);
    }
    m_total = static_cast<int>(m_held.size());
}

void TaskListModel::place(const QString& key, std::optional<TaskRow> row) {
    noteHeld(key, row);
    if (row) {
        m_all.insert(key, *row);
    } else {
        m_all.remove(key);
    }
    const int old = indexOfKey(key);
    const bool show = row && accepts(*row);
    if (old >= 0 && show) {
        const auto i = static_cast<std::size_t>(old);
        const bool afterPrevious = i == 0 || !row->sortsBefore(m_rows[i - 1]);
        const bool beforeNext = i + 1 == m_rows.size() || !m_rows[i + 1].sortsBefore(*row);
        if (afterPrevious && beforeNext) {
            if (!(m_rows[i] == *row)) {
                m_listed.insert(key, *row);
                m_rows[i] = std::move(*row);
                emit dataChanged(index(old), index(old));
            }
            return;
        }
    }
    if (old >= 0) {
        beginRemoveRows({}, old, old);
        m_rows.erase(m_rows.begin() + old);
        m_listed.remove(key);
        endRemoveRows();
    }
    if (show) {
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), *row,
                                         [](const TaskRow& a, const TaskRow& b) { return a.sortsBefore(b); });
        const int pos = static_cast<int>(at - m_rows.begin());
        beginInsertRows({}, pos, pos);
        m_listed.insert(key, *row);
        m_rows.insert(at, std::move(*row));
        endInsertRows();
    }
}

void TaskListModel::applyTouched(const TouchedEntities& touched) {
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (!store) return;
    const int before = count();
    const int totalBefore = m_total;
    TaskContext context(*store, now());
    QStringList keys = touched.tasks;
    // A drill's state moves its injects' release; a unit's name shows on rows.
    for (const QString& drill : touched.drills) {
        if (auto tasks = store->list(EntityType::task, {{"drill", drill.toStdString()}})) {
            for (const EntityState& t : *tasks) keys << QString::fromStdString(t.key);
        }
    }
    for (const TaskRow& row : m_rows) {
        if (touched.units.contains(row.unitKey)) keys << row.key;
    }
    keys.removeDuplicates();
    for (const QString& key : keys) place(key, context.load(key.toStdString()));
    if (m_refreshing) {
        for (const QString& key : keys) m_touchedWhileRefreshing.insert(key);
    }
    if (count() != before || m_total != totalBefore) emit countChanged();
    scheduleRelease();
}


void TaskListModel::refreshTime() {
    BackgroundReader* background = m_session ? m_session->backgroundReader() : nullptr;
    if (!background || m_refreshing) return;
    m_refreshing = true;
    m_touchedWhileRefreshing.clear();
    const quint64 generation = m_generation;
    const std::int64_t nowMs = now();
    background->run(this, [this, generation, nowMs](Store& store) -> std::function<void()> {
        auto rows = std::make_shared<std::vector<TaskRow>>(readRows(store, nowMs));
        return [this, generation, rows] {
            if (generation != m_generation) return;  // a reset read everything since
            m_refreshing = false;
            const int before = count();
            const int totalBefore = m_total;
            for (TaskRow& row : *rows) {
                if (m_touchedWhileRefreshing.contains(row.key)) continue;
                // Most rows come back as they are (a tick moves only the
                // overdue and "new" marks): comparing is cheaper than placing.
                if (const auto held = m_all.constFind(row.key); held != m_all.cend() && *held == row) continue;
                const QString key = row.key;
                place(key, std::move(row));
            }
            m_touchedWhileRefreshing.clear();
            if (count() != before || m_total != totalBefore) emit countChanged();
            scheduleRelease();
        };
    });
}

}  // namespace muster::app
