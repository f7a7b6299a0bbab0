#include "member.hpp"

#include <algorithm>
#include <limits>
#include <thread>

#include "muster/codec.hpp"

namespace muster::sim {
namespace {

/// Fields whose values are device times: they differ from run to run by design.
bool is_device_time(const std::string& field) { return field == "at" || field == "started_at" || field == "ended_at"; }

constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max() / 4;

}  // namespace

nlohmann::json to_json(const HistoryEntry& entry) {
    return {{"id", entry.id}, {"kind", entry.kind}, {"entity", entry.entity}, {"key", entry.key}, {"fields", entry.fields}};
}

SimMember::SimMember(const Scenario& scenario, const Roster& roster, int index, std::uint16_t port,
                     std::chrono::milliseconds timeout, std::string store_path, std::int64_t poll_ms)
    : scenario_(scenario),
      roster_(roster),
      spec_(scenario.members[static_cast<std::size_t>(index)]),
      script_(scenario.scripts[static_cast<std::size_t>(index)]),
      store_path_(std::move(store_path)),
      poll_ms_(poll_ms),
      clock_(spec_.clock_skew_ms),
      transport_(port, index, timeout),
      timing_(spec_.seed ^ 0x7131U) {}

Status SimMember::open_and_login() {
    StoreOptions options;
    options.seed = spec_.seed;
    options.replica_id = make_replica_id(spec_.seed);
    auto store = Store::open(store_path_, clock_, options);
    if (!store) return store.error();
    store_.emplace(std::move(*store));
    SyncOptions sync;
    sync.app_version = "muster-sim";
    sync.pull_limit = spec_.pull_limit;
    engine_ = std::make_unique<SyncEngine>(*store_, transport_, clock_, spec_.seed ^ 0xbac0ffU, sync);

    LoginRequest request{spec_.login, spec_.password, "muster-sim " + spec_.login, store_->replica_id()};
    // Every member signs in at once and the server hashes at most two passwords at a
    // time: on a busy machine an answer can miss the timeout. Like the app, try again
    // (a wrong password or a bad request is not retried).
    auto login = transport_.login(request);
    for (int attempt = 1; attempt < kLoginAttempts && !login &&
                          (login.error().code == ErrorCode::unavailable ||
                           login.error().code == ErrorCode::rate_limited);
         ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250 * attempt));
        login = transport_.login(request);
    }
    if (!login) return Error{login.error().code, spec_.login + ": login failed: " + login.error().message};
    token_ = login->token;
    transport_.set_token(token_);
    engine_->on_login();
    return {};
}

Status SimMember::write_drill_plan() {
    std::vector<LocalWrite> writes;
    LocalWrite drill;
    drill.kind = OpKind::set;
    drill.entity = EntityType::drill;
    drill.key = scenario_.drill_key;
    drill.fields = {{"unit", roster_.unit_keys.at(0)},
                    {"title", scenario_.drill_title},
                    {"scenario", "Simulated by muster-sim: rising water, blocked routes, shelters filling up."},
                    {"state", "planned"},
                    {"paused_ms", 0},
                    {"prestage", false}};
    writes.push_back(std::move(drill));
    for (const auto& t : scenario_.tasks) {
        const auto& owner = scenario_.members[static_cast<std::size_t>(t.owner)];
        LocalWrite task;
        task.kind = OpKind::set;
        task.entity = EntityType::task;
        task.key = t.key;
        task.fields = {{"title", t.title},
                       {"instructions", t.instructions},
                       {"unit", roster_.unit_keys.at(owner.unit)},
                       {"assignee", roster_.member_keys.at(static_cast<std::size_t>(t.owner))},
                       {"priority", t.priority},
                       {"status", "open"},
                       {"drill", scenario_.drill_key},
                       {"inject", t.inject},
                       {"release_offset_ms", t.release_offset_ms},
                       {"deadline_ms", t.deadline_ms},
                       {"expected_action", "Acknowledge, log each step, report done or blocked."},
                       {"controller_note", "Simulated inject " + std::to_string(t.inject)}};
        writes.push_back(std::move(task));
    }
    auto ops = store_->write_batch(writes);
    if (!ops) return ops.error();
    for (const auto& op : *ops) remember(op);
    return {};
}

void SimMember::remember(const Op& op) {
    HistoryEntry entry{op.id, std::string(to_string(op.kind)), std::string(to_string(op.entity)), op.key, op.fields};
    for (auto& [name, value] : entry.fields.items()) {
        if (is_device_time(name)) {
            value = "~";
        } else if (value.is_string()) {
            const auto label = roster_.labels.find(value.get<std::string>());
            if (label != roster_.labels.end()) value = label->second;
        }
    }
    history_.push_back(std::move(entry));
    ops_[op.id] = encode_op(op);
}

std::optional<std::int64_t> SimMember::due_at(const Action& action, bool converge) {
    std::int64_t gate = 0;
    if (action.needs_task) {
        const auto seen = seen_ms_.find(action.task);
        if (seen == seen_ms_.end()) return std::nullopt;
        gate = seen->second;
    }
    if (converge) return std::numeric_limits<std::int64_t>::min();
    return std::max({last_done_ms_, action.not_before_ms, gate}) + action.delay_ms;
}

void SimMember::look_for_task(std::int64_t now_ms) {
    if (script_done()) return;
    const Action& action = script_[next_];
    if (!action.needs_task || seen_ms_.count(action.task)) return;
    const auto& key = scenario_.tasks[static_cast<std::size_t>(action.task)].key;
    auto task = store_->get(EntityType::task, key);
    if (task && task->has_value()) seen_ms_[action.task] = now_ms;
}

Status SimMember::perform(const Action& action) {
    const auto now = clock_.now_ms();
    Result<Op> op = Error{ErrorCode::internal, "unknown action"};
    switch (action.kind) {
        case ActionKind::start_drill:
            op = store_->write_set(EntityType::drill, scenario_.drill_key, {{"state", "running"}, {"started_at", now}});
            break;
        case ActionKind::end_drill:
            op = store_->write_set(EntityType::drill, scenario_.drill_key, {{"state", "ended"}, {"ended_at", now}});
            break;
        case ActionKind::set_status:
            op = store_->write_set(EntityType::task, scenario_.tasks[static_cast<std::size_t>(action.task)].key,
                                   {{"status", action.status}});
            break;
        case ActionKind::log: {
            nlohmann::json fields = {{"task", scenario_.tasks[static_cast<std::size_t>(action.task)].key},
                                     {"author", roster_.member_keys.at(static_cast<std::size_t>(spec_.index))},
                                     {"kind", action.log_kind},
                                     {"at", now}};
            if (!action.text.empty()) fields["text"] = action.text;
            if (action.location) fields["location"] = {{"lat", action.location->first}, {"lon", action.location->second}};
            if (!action.rating.empty()) fields["rating"] = action.rating;
            op = store_->write_append(EntityType::log, action.log_key, std::move(fields));
            break;
        }
    }
    if (!op) return op.error();
    remember(*op);
    return {};
}

std::int64_t SimMember::next_poll(std::int64_t now_ms) {
    std::uniform_int_distribution<std::int64_t> jitter(poll_ms_ * 7 / 10, poll_ms_ * 13 / 10);
    return now_ms + jitter(timing_);
}

SyncReport SimMember::run_sync() {
    auto report = engine_->sync_until_idle();
    ++stats_.syncs;
    if (!report.ok) ++stats_.failed_syncs;
    stats_.ops_acked += report.progress.ops_sent;
    stats_.changes += static_cast<std::size_t>(std::count_if(report.touched.begin(), report.touched.end(),
                                                             [](const auto& t) { return t.first != EntityType::device; }));
    return report;
}

std::int64_t SimMember::step(std::int64_t now_ms, bool converge) {
    bool wrote = false;
    for (;;) {
        look_for_task(now_ms);
        if (script_done()) break;
        const Action& action = script_[next_];
        const auto due = due_at(action, converge);
        if (!due || *due > now_ms) break;
        if (auto done = perform(action); !done) {
            errors_.push_back(spec_.login + ": action " + std::to_string(next_) + " failed: " + done.error().message);
        }
        last_done_ms_ = now_ms;
        ++next_;
        wrote = true;
        if (script_done()) finished_at_ = now_ms;
    }
    const bool pending = store_->pending_count().value_or(1) > 0;  // a failed count: try to sync
    if ((wrote || pending || now_ms >= next_poll_ms_) && engine_->attempt_due()) {
        run_sync();
        next_poll_ms_ = next_poll(now_ms);
        look_for_task(now_ms);
    }
    // When to come back: the next action, or the next sync (a poll, or at once
    // when ops wait), never before the engine's backoff has run out.
    std::int64_t sync_at = store_->pending_count().value_or(1) > 0 ? now_ms : next_poll_ms_;
    if (engine_->state() == SyncState::backing_off) {
        sync_at = std::max(sync_at, now_ms + std::max<std::int64_t>(0, engine_->next_attempt_ms() - clock_.now_ms()));
    } else if (engine_->state() == SyncState::login_needed) {
        if (errors_.empty() || errors_.back().find("token") == std::string::npos) {
            errors_.push_back(spec_.login + ": the server refused the member's token");
        }
        sync_at = std::max(sync_at, now_ms + poll_ms_);
    }
    std::int64_t wake = std::max(sync_at, now_ms + 1);
    if (!script_done()) {
        if (const auto due = due_at(script_[next_], converge)) wake = std::min(wake, std::max(*due, now_ms));
    }
    return std::min(wake, kNever);
}

SyncReport SimMember::sync_now(std::int64_t now_ms) {
    engine_->on_push_event();
    auto report = run_sync();
    look_for_task(now_ms);
    return report;
}

std::string SimMember::waiting_for() const {
    if (script_done()) return "nothing";
    const Action& action = script_[next_];
    if (action.needs_task && !seen_ms_.count(action.task)) {
        return "task " + scenario_.tasks[static_cast<std::size_t>(action.task)].key + " to reach the device";
    }
    return "action " + std::to_string(next_) + " to come due";
}

}  // namespace muster::sim
