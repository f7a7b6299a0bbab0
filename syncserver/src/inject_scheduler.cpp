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
    : store_(store), wall_(wall), changes_(changes), tick_(tick) {}

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
    auto write = store_.write([&](StoreWriter& writer) {
        for (const auto& d : due) {
            event.seq = std::max(event.seq, writer.bump_seq("task", d.row.task));
            writer.record_release(d.row.task, d.row.offset_ms, d.started_at, now);
            event.unit_keys.push_back(d.row.unit);
        }
    });
    if (!write) return write.error();
    changes_.publish(event);
    log::info("injects released", {{"count", std::to_string(due.size())}});
    return due.size();
}

}  // namespace muster::server
