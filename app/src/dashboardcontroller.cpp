#include "dashboardcontroller.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

#include "backgroundreader.h"

#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"

namespace muster::app {

/// What a full recompute reads: the unit and drill choices, the scope and
/// every task in it.
struct DashboardController::Snapshot {
    QVariantList units;
    QVariantList drills;
    DashboardScope scope;
    std::vector<TaskRow> rows;  ///< tasks in scope, released or not
};

namespace {
constexpr int kMaxOverdueListed = 20;
/// More touched tasks than this (a big sync) are counted by a full recompute
/// in the background rather than re-read one by one on the UI thread.
constexpr qsizetype kMaxIncremental = 200;

/// Reads a Snapshot; runs on the background reader's thread (or, when that
/// could not open its connection, on the UI thread's).
DashboardController::Snapshot readSnapshot(Store& store, const QString& role, const QString& own,
                                           const QString& unitKey, const QString& drillKey, std::int64_t nowMs);

const QStringList& statusOrder() {
    static const QStringList order{QStringLiteral("open"),    QStringLiteral("acknowledged"),
                                   QStringLiteral("in_progress"), QStringLiteral("blocked"),
                                   QStringLiteral("done"),    QStringLiteral("cancelled")};
    return order;
}
}  // namespace

DashboardController::DashboardController(QObject* parent) : QObject(parent) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardController::applyPending);
    m_ticker.setInterval(30'000);
    connect(&m_ticker, &QTimer::timeout, this, &DashboardController::recomputeSoon);
}

void DashboardController::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &DashboardController::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &DashboardController::reload);
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    reload();
    emit sessionChanged();
}

void DashboardController::setDrillKey(const QString& key) {
    if (key == m_drillKey) return;
    m_drillKey = key;
    reload();
    emit scopeChanged();
}

void DashboardController::setUnitKey(const QString& key) {
    if (key == m_unitKey) return;
    m_unitKey = key;
    reload();
    emit scopeChanged();
}

void DashboardController::setActive(bool active) {
    if (active == m_active) return;
    m_active = active;
    if (m_active && m_stale) reload();
    emit activeChanged();
}

void DashboardController::recomputeSoon() {
    m_needFull = true;
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (!m_coalesce.isActive()) m_coalesce.start();
}

bool DashboardController::available() const {
    return m_session && m_session->isOpen() && isCoordinatorRole(m_session->role());
}

int DashboardController::countOf(const QString& status) const {
    for (const QVariant& entry : m_statusCounts) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("status")).toString() == status) return map.value(QStringLiteral("count")).toInt();
    }
    return 0;
}

void DashboardController::applyTouched(const TouchedEntities& touched) {
    // A drill moves its injects' release, a unit the scope: re-read every task.
    if (!touched.drills.isEmpty() || !touched.units.isEmpty()) {
        recomputeSoon();
        return;
    }
    if (touched.tasks.isEmpty()) return;
    if (!m_active) {
        m_stale = true;
        return;
    }
    for (const QString& key : touched.tasks) m_pendingTasks.insert(key);
    if (!m_coalesce.isActive()) m_coalesce.start();
}

void DashboardController::applyPending() {
    if (m_loading) return;  // the recompute on its way applies them when it lands
    Store* store = available() ? m_session->readStore() : nullptr;
    if (m_needFull || !store || m_pendingTasks.size() > kMaxIncremental) {
        m_pendingTasks.clear();  // the recompute reads every task
        reload();
        return;
    }
    const QSet<QString> keys = std::exchange(m_pendingTasks, {});
    if (keys.isEmpty()) return;
    TaskContext context(*store, m_session->serverNowMs());
    for (const QString& key : keys) {
        if (const auto old = m_inScope.constFind(key); old != m_inScope.cend()) {
            count(*old, -1);
            m_inScope.erase(old);
        }
        const std::optional<TaskRow> row = context.load(key.toStdString());
        if (row && m_scope.accepts(*row)) {
            count(*row, 1);
            m_inScope.insert(key, *row);
        }
    }
    publish();
}

void DashboardController::count(const TaskRow& row, int sign) {
    if (row.hidden) {
        m_unreleased += sign;
        return;
    }
    m_total += sign;
    m_counts[row.status] += sign;
    if (row.missed) {
        if (sign > 0) {
            m_missed.insert(row.key, row);
        } else {
            m_missed.remove(row.key);
        }
    }
    if (!row.overdue) return;
    if (sign > 0) {
        m_overdue.insert(row.key, row);
    } else {
        m_overdue.remove(row.key);
    }
}

void DashboardController::reload() {
    m_coalesce.stop();
    m_stale = false;
    m_needFull = false;
    const quint64 generation = ++m_generation;
    if (!available()) {
        m_pendingTasks.clear();
        install({});
        setLoading(false);
        publish();
        return;
    }
    const QString role = m_session->role(), own = m_session->unitKey();
    const QString unitKey = m_unitKey, drillKey = m_drillKey;
    const std::int64_t now = m_session->serverNowMs();
    setLoading(true);
    m_session->backgroundReader()->run(this, [=, this](Store& store) -> std::function<void()> {
        auto snapshot = std::make_shared<Snapshot>(readSnapshot(store, role, own, unitKey, drillKey, now));
        return [this, generation, snapshot] {
            if (generation != m_generation) return;  // a newer recompute is on its way
            install(std::move(*snapshot));
            setLoading(false);
            if (m_needFull) return reload();                 // a drill or unit changed meanwhile
            if (!m_pendingTasks.isEmpty()) return applyPending();  // tasks touched meanwhile; publishes
            publish();
        };
    });
}

void DashboardController::install(Snapshot snapshot) {
    m_scope = std::move(snapshot.scope);
    m_units = std::move(snapshot.units);
    m_drills = std::move(snapshot.drills);
    m_inScope.clear();
    m_overdue.clear();
    m_missed.clear();
    m_counts.clear();
    m_total = 0;
    m_unreleased = 0;
    for (TaskRow& row : snapshot.rows) {
        count(row, 1);
        const QString key = row.key;
        m_inScope.insert(key, std::move(row));
    }
}

void DashboardController::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
}

namespace {

DashboardController::Snapshot readSnapshot(Store& store, const QString& role, const QString& own,
                                           const QString& unitKey, const QString& drillKey, std::int64_t nowMs) {
    DashboardController::Snapshot out;
    for (const UnitEntry& unit : writableUnits(store, role, own)) {
        out.units << QVariantMap{{QStringLiteral("key"), unit.key},
                                 {QStringLiteral("name"), unit.name},
                                 {QStringLiteral("depth"), unit.depth}};
    }
    std::vector<std::pair<QString, QVariantMap>> drills;
    if (auto list = store.list(EntityType::drill)) {
        for (const EntityState& state : *list) {
            const nlohmann::json values = plain_values(state);
            drills.emplace_back(stringField(values, "title"),
                                QVariantMap{{QStringLiteral("key"), QString::fromStdString(state.key)},
                                            {QStringLiteral("title"), stringField(values, "title")},
                                            {QStringLiteral("state"), stringField(values, "state")}});
        }
    }
    std::sort(drills.begin(), drills.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (auto& [title, drill] : drills) out.drills << drill;

    out.scope = DashboardScope::make(store, own, unitKey, drillKey);
    TaskContext context(store, nowMs);
    if (auto tasks = store.list(EntityType::task)) {
        for (const EntityState& state : *tasks) {
            // As TaskContext::load gives it, so a later incremental re-read compares equal.
            TaskRow row = context.row(state);
            if (out.scope.accepts(row)) out.rows.push_back(std::move(row));
        }
    }
    return out;
}

}  // namespace

void DashboardController::publish() {
    std::vector<const TaskRow*> overdue;
    overdue.reserve(static_cast<std::size_t>(m_overdue.size()));
    for (const TaskRow& row : std::as_const(m_overdue)) overdue.push_back(&row);
    m_overdueCount = static_cast<int>(overdue.size());
    const auto listed = std::min<std::size_t>(overdue.size(), kMaxOverdueListed);
    std::partial_sort(overdue.begin(), overdue.begin() + static_cast<std::ptrdiff_t>(listed), overdue.end(),
                      [](const TaskRow* a, const TaskRow* b) {
                          return a->dueAt != b->dueAt ? a->dueAt < b->dueAt : a->sortsBefore(*b);
                      });
    m_overdueTasks.clear();
    for (std::size_t i = 0; i < listed; ++i) {
        const TaskRow& row = *overdue[i];
        m_overdueTasks << QVariantMap{{QStringLiteral("key"), row.key},
                                      {QStringLiteral("title"), row.title},
                                      {QStringLiteral("unitName"), row.unitName},
                                      {QStringLiteral("status"), row.status},
                                      {QStringLiteral("dueAt"), static_cast<double>(row.dueAt)},
                                      {QStringLiteral("isExercise"), row.isExercise()}};
    }
    std::vector<const TaskRow*> missed;
    for (const TaskRow& row : std::as_const(m_missed)) missed.push_back(&row);
    std::sort(missed.begin(), missed.end(), [](const TaskRow* a, const TaskRow* b) {
        return std::tie(a->drillTitle, a->inject, a->key) < std::tie(b->drillTitle, b->inject, b->key);
    });
    m_missedTasks.clear();
    for (std::size_t i = 0; i < std::min<std::size_t>(missed.size(), kMaxOverdueListed); ++i) {
        const TaskRow& row = *missed[i];
        m_missedTasks << QVariantMap{{QStringLiteral("key"), row.key},
                                     {QStringLiteral("title"), row.title},
                                     {QStringLiteral("unitName"), row.unitName},
                                     {QStringLiteral("drillKey"), row.drillKey},
                                     {QStringLiteral("drillTitle"), row.drillTitle},
                                     {QStringLiteral("inject"), row.inject}};
    }
    m_statusCounts.clear();
    m_maxCount = 0;
    for (const QString& status : statusOrder()) {
        const auto it = m_counts.find(status);
        const int n = it != m_counts.end() ? it->second : 0;
        m_maxCount = std::max(m_maxCount, n);
        m_statusCounts << QVariantMap{{QStringLiteral("status"), status}, {QStringLiteral("count"), n}};
    }
    emit changed();
}

}  // namespace muster::app
