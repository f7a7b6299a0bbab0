#include "dashboardcontroller.h"

#include <algorithm>
#include <map>

#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "scopedata.h"
#include "taskdata.h"

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
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardController::reload);
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
    if (!touched.tasks.isEmpty() || !touched.drills.isEmpty() || !touched.units.isEmpty()) recomputeSoon();
}

void DashboardController::reload() {
    m_coalesce.stop();
    m_stale = false;
    std::map<QString, int> counts;
    m_total = 0;
    m_overdueCount = 0;
    m_unreleased = 0;
    m_overdueTasks.clear();
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

        const DashboardScope scope = DashboardScope::make(*store, own, m_unitKey, m_drillKey);
        TaskContext context(*store, m_session->clock().now_ms());
        std::vector<TaskRow> overdue;
        if (auto tasks = store->list(EntityType::task)) {
            for (const EntityState& state : *tasks) {
                const TaskRow row = context.row(state.key, plain_values(state), 0);
                if (!scope.accepts(row)) continue;
                if (row.hidden) {
                    ++m_unreleased;
                    continue;
                }
                ++m_total;
                ++counts[row.status];
                if (row.overdue) overdue.push_back(row);
            }
        }
        m_overdueCount = static_cast<int>(overdue.size());
        std::sort(overdue.begin(), overdue.end(), [](const TaskRow& a, const TaskRow& b) {
            return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.sortsBefore(b);
        });
        if (overdue.size() > kMaxOverdueListed) overdue.resize(kMaxOverdueListed);
        for (const TaskRow& row : overdue) {
            m_overdueTasks << QVariantMap{{QStringLiteral("key"), row.key},
                                          {QStringLiteral("title"), row.title},
                                          {QStringLiteral("unitName"), row.unitName},
                                          {QStringLiteral("status"), row.status},
                                          {QStringLiteral("dueAt"), static_cast<double>(row.dueAt)},
                                          {QStringLiteral("isExercise"), row.isExercise()}};
        }
    }
    m_statusCounts.clear();
    m_maxCount = 0;
    for (const QString& status : statusOrder()) {
        const int count = counts.contains(status) ? counts[status] : 0;
        m_maxCount = std::max(m_maxCount, count);
        m_statusCounts << QVariantMap{{QStringLiteral("status"), status}, {QStringLiteral("count"), count}};
    }
    emit changed();
}

}  // namespace muster::app
