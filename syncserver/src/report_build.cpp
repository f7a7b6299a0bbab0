// The after-action report's figures: a pure function of `ReportInput`.
//
// What each figure is computed from:
// - drill time of an event at wall time t: t (capped at `ended_at`) − `started_at`
//   − the overlap of [started_at, t) with the drill's pauses (`ReportPause`);
//   a log uses its own `drill_ms` when it has one (the device's drill clock).
// - released: the inject's `release_offset_ms` once the drill clock (core
//   `drill_clock_ms`, now or frozen at the pause / end) reached it, or when the
//   scheduler's `inject_releases` row records this offset; released drill time
//   = the offset, released wall time = the wall time at which the clock reached it.
// - opened: the first `opened` log on the task (by `at`) whose author is not
//   an evaluator; its drill time is the log's own `drill_ms`, or its `at` converted.
// - acknowledged: the first status event to acknowledged | in_progress | done
//   (completion implies acknowledgement); completed: the first to done.
// - delays: delivered / opened / acknowledged / completed drill time − released
//   drill time (≥ 0).
// - missed: a `deadline_ms` is set, the clock passed offset + deadline, and no
//   acknowledgement came by then.
// - median: the lower median of the rows that have the value; worst: the largest.
// - units involved: the drill's unit and every inject's unit; participants: the
//   members of those units plus every log author.
// - comms check (when the drill has `comms_check_at`): the devices whose unit is
//   involved, and those whose (`comms_drill`, `comms_check_at`) is this drill's
//   check, with the first and last `comms_answered_at` among them.
#include <algorithm>
#include <map>
#include <set>

#include "muster/drill_clock.hpp"
#include "muster/server/report.hpp"

namespace muster::server {
namespace {

std::optional<std::int64_t> integer(const nlohmann::json& values, const char* name) {
    const auto it = values.find(name);
    if (it == values.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

std::string text(const nlohmann::json& values, const char* name) {
    const auto it = values.find(name);
    return it != values.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

DelayStats stats(std::vector<std::int64_t> values) {
    DelayStats out;
    out.count = static_cast<std::int64_t>(values.size());
    if (values.empty()) return out;
    std::sort(values.begin(), values.end());
    out.median = values[(values.size() - 1) / 2];
    out.worst = values.back();
    return out;
}

bool acknowledges(const std::string& status) {
    return status == "acknowledged" || status == "in_progress" || status == "done";
}

}  // namespace

std::optional<std::int64_t> drill_ms_at(std::optional<std::int64_t> started_at,
                                        std::optional<std::int64_t> ended_at,
                                        const std::vector<ReportPause>& pauses,
                                        std::int64_t at_ms) {
    if (!started_at) return std::nullopt;
    const auto start = *started_at;
    const auto until = ended_at ? std::min(at_ms, *ended_at) : at_ms;
    if (until <= start) return 0;
    std::int64_t paused = 0;
    for (const auto& p : pauses) {
        const auto from = std::max(p.from_ms, start);
        const auto to = std::min(p.to_ms.value_or(until), until);
        if (to > from) paused += to - from;
    }
    return std::max<std::int64_t>(0, until - start - paused);
}

std::optional<std::int64_t> wall_at_drill_ms(std::optional<std::int64_t> started_at,
                                             std::optional<std::int64_t> ended_at,
                                             const std::vector<ReportPause>& pauses,
                                             std::int64_t drill_ms) {
    if (!started_at) return std::nullopt;
    auto wall = *started_at + std::max<std::int64_t>(0, drill_ms);
    for (const auto& p : pauses) {  // ordered by from_ms
        const auto from = std::max(p.from_ms, *started_at);
        if (from >= wall) break;  // the clock reached drill_ms before this pause
        if (!p.to_ms) return std::nullopt;
        wall += std::max<std::int64_t>(0, *p.to_ms - from);
    }
    if (ended_at && wall > *ended_at) return std::nullopt;
    return wall;
}

Report build_report(const ReportInput& input) {
    Report report;
    const auto& d = input.drill;
    report.drill = input.drill_key;
    report.title = text(d, "title");
    report.unit = text(d, "unit");
    report.state = text(d, "state");
    report.started_at = integer(d, "started_at");
    report.ended_at = integer(d, "ended_at");
    const auto times = drill_times_from_plain(d);
    report.paused_total_ms = times.paused_ms;
    if (times.state == "paused" && times.paused_at)
        report.paused_total_ms += std::max<std::int64_t>(0, input.now_ms - *times.paused_at);
    const auto clock_now = drill_clock_ms(times, input.now_ms);
    report.duration_drill_ms = clock_now;

    std::map<std::string, ReportUnit> units;
    for (const auto& u : input.units) units.emplace(u.key, u);
    std::map<std::string, const ReportMember*> members;
    for (const auto& m : input.members) members.emplace(m.key, &m);
    const auto code_of = [&](const std::string& unit) {
        const auto it = units.find(unit);
        return it == units.end() ? std::string{} : it->second.code;
    };
    const auto name_of = [&](const std::string& member) {
        const auto it = members.find(member);
        return it == members.end() ? std::string{} : it->second->name;
    };
    report.unit_code = code_of(report.unit);
    const auto to_drill = [&](std::int64_t at) {
        return drill_ms_at(report.started_at, report.ended_at, input.pauses, at);
    };

    std::map<std::string, std::vector<const StatusEvent*>> events;
    for (const auto& e : input.status_events) events[e.task].push_back(&e);
    for (auto& [task, list] : events) {
        std::stable_sort(list.begin(), list.end(),
                         [](const auto* a, const auto* b) { return a->at_ms < b->at_ms; });
    }
    std::map<std::string, std::string> titles;
    for (const auto& i : input.injects) titles[i.task] = text(i.values, "title");
    const auto log_drill_ms = [&](const ReportLog& l) {
        return l.drill_ms ? l.drill_ms : to_drill(l.at);
    };
    std::map<std::string, const ReportLog*> first_opened;  // by task
    for (const auto& l : input.logs) {
        if (l.kind != "opened") continue;
        const auto author = members.find(l.author);
        if (author != members.end() && author->second->role == "evaluator") continue;
        auto& first = first_opened[l.task];
        if (!first || std::tie(l.at, l.key) < std::tie(first->at, first->key)) first = &l;
    }

    std::set<std::string> involved{report.unit};
    for (const auto& inject : input.injects) {
        const auto& v = inject.values;
        ReportRow row;
        row.task = inject.task;
        row.inject = integer(v, "inject");
        row.title = text(v, "title");
        row.unit = text(v, "unit");
        row.unit_code = code_of(row.unit);
        row.expected_action = text(v, "expected_action");
        row.status = text(v, "status");
        row.offset_ms = integer(v, "release_offset_ms").value_or(0);
        row.deadline_ms = integer(v, "deadline_ms");
        involved.insert(row.unit);

        const bool recorded = inject.recorded_offset_ms == row.offset_ms;
        if (recorded || (clock_now && *clock_now >= row.offset_ms)) {
            row.released_drill_ms = row.offset_ms;
            row.released_at =
                wall_at_drill_ms(report.started_at, report.ended_at, input.pauses, row.offset_ms);
        }
        // Not released: on a device only pre-staged, hidden until its time.
        if (inject.delivered_at && row.released_drill_ms) {
            row.delivered_at = inject.delivered_at;
            row.delivered_drill_ms = to_drill(*inject.delivered_at);
        }
        if (const auto it = first_opened.find(inject.task); it != first_opened.end()) {
            row.opened_at = it->second->at;
            row.opened_drill_ms = log_drill_ms(*it->second);
        }
        for (const auto* e : events[inject.task]) {
            if (!row.acknowledged_at && acknowledges(e->status)) {
                row.acknowledged_at = e->at_ms;
                row.acknowledged_drill_ms = to_drill(e->at_ms);
            }
            if (!row.completed_at && e->status == "done") {
                row.completed_at = e->at_ms;
                row.completed_drill_ms = to_drill(e->at_ms);
            }
        }
        if (row.released_drill_ms) {
            const auto delay =
                [&](const std::optional<std::int64_t>& at) -> std::optional<std::int64_t> {
                if (!at) return std::nullopt;
                return std::max<std::int64_t>(0, *at - *row.released_drill_ms);
            };
            // Pre-staged (or synced before the start): delivered at the release, in both clocks.
            if (row.delivered_at && row.delivered_drill_ms.value_or(-1) < *row.released_drill_ms) {
                row.delivered_drill_ms = row.released_drill_ms;
                row.delivered_at = row.released_at ? row.released_at : row.delivered_at;
            }
            row.deliver_delay_ms = delay(row.delivered_drill_ms);
            row.open_delay_ms = delay(row.opened_drill_ms);
            row.ack_delay_ms = delay(row.acknowledged_drill_ms);
            row.done_delay_ms = delay(row.completed_drill_ms);
            if (row.deadline_ms && clock_now) {
                const auto due = row.offset_ms + *row.deadline_ms;
                const bool in_time = row.acknowledged_drill_ms && *row.acknowledged_drill_ms <= due;
                row.missed = *clock_now >= due && !in_time;
            }
        }
        report.rows.push_back(std::move(row));
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const ReportRow& a, const ReportRow& b) {
        return std::tie(a.offset_ms, a.inject, a.unit_code, a.task) <
               std::tie(b.offset_ms, b.inject, b.unit_code, b.task);
    });

    std::map<std::string, ReportRow*> row_of;
    for (auto& row : report.rows) row_of[row.task] = &row;
    std::vector<const ReportLog*> logs;
    for (const auto& l : input.logs) logs.push_back(&l);
    std::sort(logs.begin(), logs.end(), [](const auto* a, const auto* b) {
        return std::tie(a->at, a->key) < std::tie(b->at, b->key);
    });
    std::set<std::string> authors;
    for (const auto* l : logs) {
        const auto drill_ms = log_drill_ms(*l);
        authors.insert(l->author);
        report.timeline.push_back(TimelineEntry{drill_ms, l->at, l->task, titles[l->task],
                                                l->author, name_of(l->author), l->kind, l->text,
                                                l->rating});
        if (l->kind != "observation") continue;
        report.observations.push_back(ReportObservation{l->task, titles[l->task], l->author,
                                                        name_of(l->author), l->rating, l->text,
                                                        l->at, drill_ms});
        if (const auto it = row_of.find(l->task); it != row_of.end()) {
            it->second->observations += 1;
            it->second->ratings += l->rating;
        }
    }

    for (const auto& unit : involved) {
        if (const auto it = units.find(unit); it != units.end()) report.units.push_back(it->second);
    }
    std::sort(report.units.begin(), report.units.end(),
              [](const auto& a, const auto& b) { return a.code < b.code; });
    for (const auto& m : input.members) {
        if (involved.count(m.unit) == 0 && authors.count(m.key) == 0) continue;
        report.participants.push_back(Participant{m.key, m.login, m.name, m.role, code_of(m.unit)});
    }
    std::sort(report.participants.begin(), report.participants.end(),
              [](const auto& a, const auto& b) {
                  return std::tie(a.unit_code, a.login) < std::tie(b.unit_code, b.login);
              });
    if (const auto check_at = integer(d, "comms_check_at")) {
        CommsSummary comms;
        comms.check_at = *check_at;
        for (const auto& device : input.devices) {
            if (involved.count(device.unit) == 0) continue;
            comms.devices += 1;
            if (device.comms_drill != report.drill || device.comms_check_at != check_at ||
                !device.comms_answered_at) {
                continue;
            }
            comms.answered += 1;
            const auto at = *device.comms_answered_at;
            comms.first_answered_at = std::min(comms.first_answered_at.value_or(at), at);
            comms.last_answered_at = std::max(comms.last_answered_at.value_or(at), at);
        }
        report.comms = comms;
    }

    std::vector<std::int64_t> delivers, opens, acks, dones;
    std::map<std::string, std::pair<std::vector<std::int64_t>, std::vector<std::int64_t>>> per_unit;
    std::map<std::string, UnitSummary> summaries;
    for (const auto& row : report.rows) {
        auto& s = summaries[row.unit];
        s.unit = row.unit;
        s.code = row.unit_code;
        if (const auto it = units.find(row.unit); it != units.end()) s.name = it->second.name;
        s.injects += 1;
        s.acknowledged += row.acknowledged_at ? 1 : 0;
        s.completed += row.completed_at ? 1 : 0;
        s.missed += row.missed ? 1 : 0;
        if (row.deliver_delay_ms) delivers.push_back(*row.deliver_delay_ms);
        if (row.open_delay_ms) opens.push_back(*row.open_delay_ms);
        if (row.ack_delay_ms) {
            acks.push_back(*row.ack_delay_ms);
            per_unit[row.unit].first.push_back(*row.ack_delay_ms);
        }
        if (row.done_delay_ms) {
            dones.push_back(*row.done_delay_ms);
            per_unit[row.unit].second.push_back(*row.done_delay_ms);
        }
    }
    report.deliver = stats(delivers);
    report.open = stats(opens);
    report.ack = stats(acks);
    report.done = stats(dones);
    for (auto& [unit, s] : summaries) {
        s.median_ack_ms = stats(per_unit[unit].first).median;
        s.median_done_ms = stats(per_unit[unit].second).median;
        report.units_summary.push_back(s);
    }
    std::sort(report.units_summary.begin(), report.units_summary.end(),
              [](const auto& a, const auto& b) { return a.code < b.code; });
    return report;
}

}  // namespace muster::server
