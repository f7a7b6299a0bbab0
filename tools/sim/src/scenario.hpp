#pragma once
/// Who takes part in the simulated drill and what each of them will do, all
/// drawn from the seed before anything runs.
///
/// Member 0 is the coordinator (at the root unit), member 1 the evaluator
/// (root unit), the rest are field members in teams of up to ten, each team a
/// unit under the root. The coordinator prepares one drill whose injects are
/// tasks assigned to the field members (1–3 each), released over the first
/// third of the drill. Each person follows a script: a list of actions in a
/// fixed order, each due a seeded delay after the previous one (or after its
/// task reached the person's device). Because the order and content of every
/// action are fixed by the seed, the ops a member produces are the same in
/// every run of a seed; only their timing depends on the network.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "muster/op.hpp"
#include "muster/schema.hpp"

namespace muster::sim {

struct MemberSpec {
    int index = 0;
    std::string login;
    std::string name;
    std::string password;
    Role role = Role::member;
    std::size_t unit = 0;            ///< index into Scenario::unit_codes (0: the root)
    std::uint64_t seed = 0;          ///< replica id, store and backoff jitter
    std::int64_t clock_skew_ms = 0;  ///< the device's clock error
    /// Changes per pull page: small for every fourth field member, so paging,
    /// and the next page asked for while one is stored, meet the faults too.
    int pull_limit = kDefaultPullLimit;
};

struct TaskSpec {
    std::string key;
    int owner = 0;  ///< the field member it is assigned to
    std::string title;
    std::string instructions;
    std::string priority;
    std::int64_t inject = 0;
    std::int64_t release_offset_ms = 0;
    std::int64_t deadline_ms = 0;
    bool contested = false;  ///< the coordinator also sets its status
};

enum class ActionKind : std::uint8_t { start_drill, end_drill, set_status, log };

struct Action {
    ActionKind kind = ActionKind::set_status;
    int task = -1;                   ///< index into Scenario::tasks
    std::int64_t not_before_ms = 0;  ///< drill offset before which it is not due
    std::int64_t delay_ms = 0;       ///< after the previous action, or after the task reached the device
    bool needs_task = false;         ///< only once the task is on the person's device
    std::string status;              ///< set_status
    std::string log_key;             ///< log
    std::string log_kind;            ///< opened, action, note, observation
    std::string text;                ///< empty: no `text` (an `opened` log)
    std::string rating;              ///< observation
    std::optional<std::pair<double, double>> location;  ///< lat, lon
};

struct Scenario {
    std::string prefix;                   ///< of every unit code and login: runs never collide
    std::vector<std::string> unit_codes;  ///< [0] the root, then the teams
    std::vector<MemberSpec> members;
    std::string drill_key;
    std::string drill_title;
    std::vector<TaskSpec> tasks;
    std::vector<std::vector<Action>> scripts;  ///< per member
};

/// `members` ≥ 3; times in ms of drill (real) time.
[[nodiscard]] Scenario make_scenario(int members, std::uint64_t seed, std::int64_t duration_ms, double contested);

}  // namespace muster::sim
