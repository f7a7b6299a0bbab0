#include "inject_scheduler.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "muster/drill_clock.hpp"
#include "muster/server/log.hpp"

namespace muster::server {

InjectScheduler::InjectScheduler(ServerStore& store, const Clock& wall, ChangeFeed& changes,
                                 std::chrono::milliseconds tick)
    : store_(store), wall_(wall), changes_(changes), tick_(tick) {
    if (auto now = store_.revocations()) revocations_ = *now;  // the figure the first foreign write is compared with
}

InjectScheduler::~InjectScheduler() { stop(); }

void InjectScheduler::start() {
    thread_ = std::thread([this] { run(); });
}

void InjectScheduler::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void InjectScheduler::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        if (auto released = release_due(); !released) {
            log::error("inject release failed; retrying", {{"error", released.error().message}});
        }
        if (auto told = announce_foreign_commits(); !told) {
            log::error("reading the change counter failed; retrying", {{"error", told.error().message}});
        }
        lock.lock();
        wake_.wait_for(lock, tick_, [this] { return stopping_; });
    }
}

Result<std::size_t> InjectScheduler::release_due() {
    const auto now = wall_.now_ms();
    struct Due {
        InjectRow row;
        std::int64_t started_at = 0;
    };
    std::vector<Due> due;
    auto read = store_.read([&](StoreReader& reader) {
        std::map<std::string, DrillTimes> drills;
        for (auto& row : reader.injects()) {
            auto it = drills.find(row.drill);
            if (it == drills.end()) {
                const auto drill = reader.get("drill", row.drill);
                it = drills.emplace(row.drill, drill ? drill_times_from_canonical(drill->fields) : DrillTimes{}).first;
            }
            const auto& times = it->second;
            if (!inject_released(times, row.offset_ms, now)) continue;
            const auto started = *times.started_at;  // set: the clock is running
            if (row.released_offset_ms == row.offset_ms && row.released_started_at == started) continue;
            due.push_back(Due{std::move(row), started});
        }
    });
    if (!read) return read.error();
    if (due.empty()) return std::size_t{0};

    ChangeEvent event;
    std::size_t released = 0;
    auto write = store_.write([&](StoreWriter& writer) {
        // Looked at again inside the write: another server instance on the
        // same database (PostgreSQL) may have released some since the read;
        // writes are serialised there, so each release happens once.
        std::map<std::string, std::pair<std::optional<std::int64_t>, std::optional<std::int64_t>>> recorded;
        for (const auto& row : writer.injects()) recorded[row.task] = {row.released_offset_ms, row.released_started_at};
        released = 0;
        event = ChangeEvent{};
        for (const auto& d : due) {
            const auto now_recorded = recorded.find(d.row.task);
            if (now_recorded != recorded.end() && now_recorded->second.first == d.row.offset_ms &&
                now_recorded->second.second == d.started_at) {
                continue;
            }
            ++released;
            event.seq = std::max(event.seq, writer.bump_seq("task", d.row.task));
            writer.record_release(d.row.task, d.row.offset_ms, d.started_at, now);
            event.unit_keys.push_back(d.row.unit);
        }
    });
    if (!write) return write.error();
    if (released == 0) return std::size_t{0};
    changes_.publish(event);
    log::info("injects released", {{"count", std::to_string(released)}});
    return released;
}

Result<std::int64_t> InjectScheduler::announce_foreign_commits() {
    auto foreign = store_.take_foreign_seq();
    if (!foreign) return foreign.error();
    if (*foreign > 0) {
        ChangeEvent event{*foreign, {}};  // every unit: the command may have moved a subtree
        // ...or revoked a token (or disabled a member, or wiped a device): then
        // every socket checks its token. Not after every write of another
        // server on the same folder: that would be a query per socket each tick.
        if (auto now = store_.revocations()) {
            event.recheck_tokens = !revocations_ || *now != *revocations_;
            revocations_ = *now;
        } else {
            event.recheck_tokens = true;  // not known: checked
        }
        changes_.publish(event);
        log::info("changes by another process announced", {{"seq", std::to_string(*foreign)}});
    }
    return *foreign;
}

}  // namespace muster::server
