#include "drilldata.h"

#include <algorithm>

#include "taskdata.h"

namespace muster::app {

std::optional<DrillAction> drillActionFromName(const QString& name) {
    if (name == QLatin1String("start")) return DrillAction::start;
    if (name == QLatin1String("pause")) return DrillAction::pause;
    if (name == QLatin1String("resume")) return DrillAction::resume;
    if (name == QLatin1String("end")) return DrillAction::end;
    return std::nullopt;
}

bool drillActionAllowed(DrillAction action, const QString& state) {
    switch (action) {
        case DrillAction::start: return state.isEmpty() || state == QLatin1String("planned");
        case DrillAction::pause: return state == QLatin1String("running");
        case DrillAction::resume: return state == QLatin1String("paused");
        case DrillAction::end: return state == QLatin1String("running") || state == QLatin1String("paused");
    }
    return false;
}

std::optional<nlohmann::json> drillActionFields(DrillAction action, const nlohmann::json& drill, std::int64_t nowMs) {
    const QString state = stringField(drill, "state");
    if (!drillActionAllowed(action, state)) return std::nullopt;
    const std::int64_t pausedMs = intField(drill, "paused_ms", 0);
    // The open pause up to now (a device clock behind paused_at adds nothing).
    const std::int64_t openPause = std::max<std::int64_t>(0, nowMs - intField(drill, "paused_at", nowMs));
    switch (action) {
        case DrillAction::start:
            return nlohmann::json{{"state", "running"}, {"started_at", nowMs}, {"paused_ms", 0},
                                  {"paused_at", nullptr}, {"ended_at", nullptr}};
        case DrillAction::pause: return nlohmann::json{{"state", "paused"}, {"paused_at", nowMs}};
        case DrillAction::resume:
            return nlohmann::json{{"state", "running"}, {"paused_ms", pausedMs + openPause}, {"paused_at", nullptr}};
        case DrillAction::end: {
            nlohmann::json fields{{"state", "ended"}, {"ended_at", nowMs}};
            if (state == QLatin1String("paused")) {
                fields["paused_ms"] = pausedMs + openPause;
                fields["paused_at"] = nullptr;
            }
            return fields;
        }
    }
    return std::nullopt;
}

QString formatDrillClock(std::int64_t ms) {
    const std::int64_t seconds = std::max<std::int64_t>(0, ms) / 1000;
    const std::int64_t h = seconds / 3600;
    const std::int64_t m = (seconds / 60) % 60;
    const std::int64_t s = seconds % 60;
    if (h > 0) return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString injectState(const TaskRow& row) {
    if (row.hidden) return QStringLiteral("hidden");
    if (row.missed) return QStringLiteral("missed");
    if (row.status == QLatin1String("done")) return QStringLiteral("done");
    if (row.status == QLatin1String("cancelled")) return QStringLiteral("cancelled");
    if (row.status == QLatin1String("blocked")) return QStringLiteral("blocked");
    if (row.status == QLatin1String("acknowledged") || row.status == QLatin1String("in_progress"))
        return QStringLiteral("acknowledged");
    return QStringLiteral("released");
}

QString raisedPriority(const QString& priority) {
    if (priority == QLatin1String("low")) return QStringLiteral("normal");
    if (priority == QLatin1String("high") || priority == QLatin1String("critical")) return QStringLiteral("critical");
    return QStringLiteral("high");
}

}  // namespace muster::app
