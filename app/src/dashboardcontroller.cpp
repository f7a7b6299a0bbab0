#include "dashboardcontroller.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"

namespace muster::app {

namespace {
constexpr int kMaxOverdueListed = 20;

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
    Store* store = available() ? m_session->readStore() : nullptr;
    if (m_needFull || !store) {
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
    m_pendingTasks.clear();
    m_scope = {};
    m_inScope.clear();
    m_overdue.clear();
    m_missed.clear();
    m_counts.clear();
    m_total = 0;
    m_unreleased = 0;
    m_drills.clear();
    m_units.clear();
    Store* store = available() ? m_session->readStore() : nullptr;
    if (store) {
        const QString own = m_session->unitKey();
        for (const UnitEntry& unit : writableUnits(*store, m_session->role(), own)) {
            m_units << QVariantMap{{QStringLiteral("key"), unit.key},
                                   {QStringLiteral("name"), unit.name},
                                   {QStringLiteral("depth"), unit.depth}};
        }
        std::vector<std::pair<QString, QVariantMap>> drills;
        if (auto list = store->list(EntityType::drill)) {
            for (const EntityState& state : *list) {
                const nlohmann::json values = plain_values(state);
                drills.emplace_back(stringField(values, "title"),
                                    QVariantMap{{QStringLiteral("key"), QString::fromStdString(state.key)},
                                                {QStringLiteral("title"), stringField(values, "title")},
                                                {QStringLiteral("state"), stringField(values, "state")}});
            }
        }
        std::sort(drills.begin(), drills.end(), [](const auto& a, const auto& b) {
            return a.first.localeAwareCompare(b.first) < 0;
        });
        for (auto& [title, drill] : drills) m_drills << drill;

        m_scope = DashboardScope::make(*store, own, m_unitKey, m_drillKey);
        TaskContext context(*store, m_session->serverNowMs());
        if (auto tasks = store->list(EntityType::task)) {
            for (const EntityState& state : *tasks) {
                // The title's hlc time, as TaskContext::load gives it, so a
                // later incremental re-read of the task compares equal.
                const auto title = state.fields.find("title");
                TaskRow row = context.row(state.key, plain_values(state),
                                          title != state.fields.end() ? title->second.hlc.ms : 0);
                if (!m_scope.accepts(row)) continue;
                count(row, 1);
                m_inScope.insert(row.key, std::move(row));
            }
        }
    }
    publish();
}

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
