#pragma once
/// One simulated person: the real core `Store` (its own SQLite file) and
/// `SyncEngine` over a `BeastTransport`, following its script.
///
/// Threads: a member is driven by one worker at a time.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "beast_transport.hpp"
#include "muster/clock.hpp"
#include "muster/store.hpp"
#include "muster/sync_engine.hpp"
#include "scenario.hpp"

namespace muster::sim {

/// The device's wall clock: the system's plus a fixed, seeded error.
class SkewedClock final : public Clock {
public:
    explicit SkewedClock(std::int64_t skew_ms) : skew_ms_(skew_ms) {}
    [[nodiscard]] std::int64_t now_ms() const override { return SystemClock::instance().now_ms() + skew_ms_; }

private:
    std::int64_t skew_ms_;
};

/// One op as the member made it, without what depends on timing (hlc, base,
/// and the device-time fields `at`, `started_at`, `ended_at`, shown as "~");
/// unit and member keys appear by their `Roster::labels`.
struct HistoryEntry {
    std::string id;
    std::string kind;
    std::string entity;
    std::string key;
    nlohmann::json fields;
};
[[nodiscard]] nlohmann::json to_json(const HistoryEntry& entry);

/// Keys the server gave the scenario's units and members (filled during setup).
struct Roster {
    std::vector<std::string> unit_keys;
    std::vector<std::string> member_keys;
    /// Server-made key → stable name ("unit:CODE", "member:LOGIN"): the history
    /// names units and members this way, as the server picks new keys each run.
    std::map<std::string, std::string> labels;
};

struct StepStats {
    std::size_t syncs = 0;
    std::size_t failed_syncs = 0;
    std::size_t ops_acked = 0;         ///< applied, duplicate or rejected, as counted by the engine
    std::size_t changes = 0;           ///< received, devices excluded
};

class SimMember {
public:
    SimMember(const Scenario& scenario, const Roster& roster, int index, std::uint16_t port,
              std::chrono::milliseconds timeout, std::string store_path, std::int64_t poll_ms);

    /// Sign-in attempts when the server is unreachable, slow or busy (429/503).
    static constexpr int kLoginAttempts = 5;

    /// Opens (creates) the store and logs in, trying again (up to
    /// kLoginAttempts) while the server is unreachable, slow or busy.
    Status open_and_login();
    /// The coordinator's preparation: the drill and every inject, in one local transaction.
    Status write_drill_plan();

    /// Does the actions due at drill offset `now_ms` (in `converge` mode every
    /// action whose task is on the device, delays ignored), syncs when it
    /// wrote, when its poll is due or ops wait, and the engine allows. Returns
    /// the drill offset at which it wants to run again.
    std::int64_t step(std::int64_t now_ms, bool converge);
    /// `sync_until_idle` now (after `on_push_event`: backoff forgotten).
    SyncReport sync_now(std::int64_t now_ms);

    [[nodiscard]] bool script_done() const noexcept { return next_ >= script_.size(); }
    [[nodiscard]] std::size_t actions_left() const noexcept { return script_.size() - next_; }
    [[nodiscard]] std::string waiting_for() const;
    [[nodiscard]] const MemberSpec& spec() const noexcept { return spec_; }
    [[nodiscard]] Store& store() { return *store_; }
    [[nodiscard]] const BeastTransport& transport() const noexcept { return transport_; }
    [[nodiscard]] const std::string& token() const noexcept { return token_; }
    [[nodiscard]] const std::string& replica_id() const { return store_->replica_id(); }
    [[nodiscard]] const std::string& store_path() const noexcept { return store_path_; }
    [[nodiscard]] const std::vector<HistoryEntry>& history() const noexcept { return history_; }
    /// Every op this member made, by id, as encoded for the wire (hlc and base included).
    [[nodiscard]] const std::map<std::string, nlohmann::json>& ops() const noexcept { return ops_; }
    [[nodiscard]] const std::vector<std::string>& errors() const noexcept { return errors_; }
    [[nodiscard]] const StepStats& stats() const noexcept { return stats_; }
    /// Drill offset at which the script's last action was done (-1: not yet).
    [[nodiscard]] std::int64_t finished_at() const noexcept { return finished_at_; }

private:
    [[nodiscard]] std::optional<std::int64_t> due_at(const Action& action, bool converge);
    void look_for_task(std::int64_t now_ms);
    Status perform(const Action& action);
    void remember(const Op& op);
    SyncReport run_sync();
    std::int64_t next_poll(std::int64_t now_ms);

    const Scenario& scenario_;
    const Roster& roster_;
    MemberSpec spec_;
    const std::vector<Action>& script_;
    std::string store_path_;
    std::int64_t poll_ms_;
    SkewedClock clock_;
    BeastTransport transport_;
    std::optional<Store> store_;
    std::unique_ptr<SyncEngine> engine_;
    std::string token_;
    std::mt19937_64 timing_;  ///< poll jitter only: never decides what the member does

    std::size_t next_ = 0;
    std::int64_t last_done_ms_ = 0;
    std::int64_t next_poll_ms_ = 0;
    std::int64_t finished_at_ = -1;
    std::map<int, std::int64_t> seen_ms_;  ///< task → drill offset it was first seen on the device
    std::vector<HistoryEntry> history_;
    std::map<std::string, nlohmann::json> ops_;
    std::vector<std::string> errors_;
    StepStats stats_;
};

}  // namespace muster::sim
