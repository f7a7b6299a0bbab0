#include "taskdata.h"

#include <algorithm>
#include <limits>

#include "muster/drill_clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"

namespace muster::app {

namespace {
const nlohmann::json kEmpty = nlohmann::json::object();
}  // namespace

bool isFinished(const QString& status) {
    return status == QLatin1String("done") || status == QLatin1String("cancelled");
}

QVariant jsonToVariant(const nlohmann::json& value) {
    if (value.is_null()) return {};
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_number_integer()) return static_cast<double>(value.get<std::int64_t>());
    if (value.is_number()) return value.get<double>();
    return QString::fromStdString(value.dump());
}

QString stringField(const nlohmann::json& values, const char* name) {
    const auto it = values.find(name);
    if (it == values.end() || !it->is_string()) return {};
    return QString::fromStdString(it->get<std::string>());
}

std::int64_t intField(const nlohmann::json& values, const char* name, std::int64_t fallback) {
    const auto it = values.find(name);
    if (it == values.end() || !it->is_number_integer()) return fallback;
    return it->get<std::int64_t>();
}

std::optional<std::int64_t> drillClockMs(const nlohmann::json& drill, std::int64_t nowMs) {
    return muster::drill_clock_ms(muster::drill_times_from_plain(drill), nowMs);
}

std::optional<std::int64_t> releaseWallMs(const nlohmann::json& drill, std::int64_t releaseOffsetMs,
                                          std::int64_t nowMs) {
    const auto clock = drillClockMs(drill, nowMs);
    if (!clock) return std::nullopt;
    return nowMs - *clock + releaseOffsetMs;
}

std::optional<std::int64_t> nextReleaseWallMs(const nlohmann::json& drill, std::int64_t releaseOffsetMs) {
    const DrillTimes times = muster::drill_times_from_plain(drill);
    if (times.state != "running" || !times.started_at) return std::nullopt;
    // drill_clock_ms: clock = max(0, now - started_at - paused_ms) while running.
    return *times.started_at + times.paused_ms + std::max<std::int64_t>(0, releaseOffsetMs);
}

bool expectedActionMissed(std::int64_t releaseOffsetMs, std::int64_t deadlineMs, const QString& status,
                          std::optional<std::int64_t> clockMs) {
    if (releaseOffsetMs < 0 || deadlineMs <= 0 || !clockMs) return false;
    if (*clockMs <= releaseOffsetMs + deadlineMs) return false;
    return status == QLatin1String("open") || status == QLatin1String("blocked");
}

int priorityRank(const QString& priority) {
    if (priority == QLatin1String("critical")) return 0;
    if (priority == QLatin1String("high")) return 1;
    if (priority == QLatin1String("low")) return 3;
    return 2;
}

bool TaskRow::isFinished() const {
    return muster::app::isFinished(status);
}

bool TaskRow::sortsBefore(const TaskRow& other) const {
    if (priorityRank != other.priorityRank) return priorityRank < other.priorityRank;
    const qint64 a = dueAt > 0 ? dueAt : std::numeric_limits<qint64>::max();
    const qint64 b = other.dueAt > 0 ? other.dueAt : std::numeric_limits<qint64>::max();
    if (a != b) return a < b;
    if (const int c = title.localeAwareCompare(other.title); c != 0) return c < 0;
    return key < other.key;
}

std::optional<TaskRow> TaskContext::load(const std::string& key) {
    auto state = m_store.get(EntityType::task, key);
    if (!state || !*state) return std::nullopt;
    return row(**state);
}

TaskRow TaskContext::row(const EntityState& task) {
    const auto title = task.fields.find("title");
    return row(task.key, plain_values(task), title != task.fields.end() ? title->second.hlc.ms : 0);
}

TaskRow TaskContext::row(const std::string& key, const nlohmann::json& task, std::int64_t createdAt) {
    TaskRow r;
    r.key = QString::fromStdString(key);
    r.title = stringField(task, "title");
    r.instructions = stringField(task, "instructions");
    r.status = stringField(task, "status");
    if (r.status.isEmpty()) r.status = QStringLiteral("open");
    r.priority = stringField(task, "priority");
    if (r.priority.isEmpty()) r.priority = QStringLiteral("normal");
    r.priorityRank = priorityRank(r.priority);
    r.unitKey = stringField(task, "unit");
    r.unitName = unitName(r.unitKey);
    r.assignee = stringField(task, "assignee");
    r.drillKey = stringField(task, "drill");
    if (!r.drillKey.isEmpty()) r.drillTitle = stringField(drill(r.drillKey), "title");
    r.inject = static_cast<int>(intField(task, "inject", 0));
    r.ownDueAt = intField(task, "due_at", 0);
    r.releaseOffsetMs = r.drillKey.isEmpty() ? -1 : intField(task, "release_offset_ms", -1);
    r.deadlineMs = intField(task, "deadline_ms", 0);
    r.expectedAction = stringField(task, "expected_action");
    r.createdAt = createdAt;
    updateTimes(r);
    return r;
}

void TaskContext::updateTimes(TaskRow& row) {
    row.dueAt = row.ownDueAt;
    row.arrivedAt = row.createdAt;
    row.hidden = false;
    row.missed = false;
    row.releaseAt = 0;
    if (row.releaseOffsetMs >= 0) {
        const nlohmann::json& d = drill(row.drillKey);
        const auto clock = drillClockMs(d, m_now);
        // Unknown drill or not started: nothing is released, not even offset 0.
        row.hidden = !clock || *clock < row.releaseOffsetMs;
        if (row.hidden) row.releaseAt = nextReleaseWallMs(d, row.releaseOffsetMs).value_or(0);
        row.missed = expectedActionMissed(row.releaseOffsetMs, row.deadlineMs, row.status, clock);
        if (const auto released = releaseWallMs(d, row.releaseOffsetMs, m_now)) {
            row.arrivedAt = std::max<qint64>(row.arrivedAt, *released);
            if (row.dueAt == 0 && row.deadlineMs > 0) row.dueAt = *released + row.deadlineMs;
        }
    }
    row.overdue = row.dueAt > 0 && m_now > row.dueAt && !isFinished(row.status);
}

const nlohmann::json& TaskContext::drill(const QString& key) {
    if (key.isEmpty()) return kEmpty;
    const std::string k = key.toStdString();
    auto it = m_drills.find(k);
    if (it == m_drills.end()) {
        auto state = m_store.get(EntityType::drill, k);
        nlohmann::json values = state && *state ? plain_values(**state) : nlohmann::json::object();
        it = m_drills.emplace(k, std::move(values)).first;
    }
    return it->second;
}

QString TaskContext::unitName(const QString& key) {
    if (key.isEmpty()) return {};
    const std::string k = key.toStdString();
    auto it = m_units.find(k);
    if (it == m_units.end()) {
        auto state = m_store.get(EntityType::unit, k);
        QString name = state && *state ? stringField(plain_values(**state), "name") : QString();
        it = m_units.emplace(k, std::move(name)).first;
    }
    return it->second;
}

QString TaskContext::keyLabel(const QString& field, const nlohmann::json& value) {
    if (!value.is_string()) return {};
    const QString key = QString::fromStdString(value.get<std::string>());
    if (field == QLatin1String("unit") || field == QLatin1String("parent")) return unitName(key);
    if (field == QLatin1String("assignee") || field == QLatin1String("member")) return memberName(key);
    if (field == QLatin1String("drill")) return stringField(drill(key), "title");
    if (field == QLatin1String("task")) {
        auto state = m_store.get(EntityType::task, key.toStdString());
        return state && *state ? stringField(plain_values(**state), "title") : QString();
    }
    return {};
}

QString TaskContext::memberName(const QString& key) {
    if (key.isEmpty()) return {};
    const std::string k = key.toStdString();
    auto it = m_members.find(k);
    if (it == m_members.end()) {
        auto state = m_store.get(EntityType::member, k);
        QString name = state && *state ? stringField(plain_values(**state), "name") : QString();
        it = m_members.emplace(k, std::move(name)).first;
    }
    return it->second;
}

}  // namespace muster::app
