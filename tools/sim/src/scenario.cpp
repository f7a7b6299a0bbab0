#include "scenario.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

#include "fault_plan.hpp"
#include "muster/store.hpp"

namespace muster::sim {
namespace {

constexpr int kTeamSize = 10;
/// A team's scope is a few dozen changes: pages of 8 make several pages a pull.
constexpr int kSmallPullLimit = 8;

std::string padded(int n, int width) {
    std::string s = std::to_string(n);
    return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

Action make_action(ActionKind kind, int task, std::int64_t not_before_ms, std::int64_t delay_ms, bool needs_task,
                   std::string status = {}) {
    Action a;
    a.kind = kind;
    a.task = task;
    a.not_before_ms = not_before_ms;
    a.delay_ms = delay_ms;
    a.needs_task = needs_task;
    a.status = std::move(status);
    return a;
}

class Draw {
public:
    explicit Draw(std::uint64_t seed) : rng_(seed) {}
    std::int64_t between(double lo, double hi, std::int64_t scale) {
        return static_cast<std::int64_t>(std::uniform_real_distribution<double>(lo, hi)(rng_) *
                                         static_cast<double>(scale));
    }
    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    std::string uuid() { return make_uuid(rng_(), rng_()); }
    double coordinate(double centre, double spread) {
        // Five decimals (about a metre): the JSON text of the value is the same on every run.
        const double v = centre + std::uniform_real_distribution<double>(-spread, spread)(rng_);
        return static_cast<double>(static_cast<std::int64_t>(v * 100000)) / 100000;
    }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(integer(0, static_cast<int>(N) - 1))];
    }

private:
    std::mt19937_64 rng_;
};

constexpr std::array kPriorities{"low", "normal", "normal", "high", "critical"};
constexpr std::array kVerbs{"Check", "Report", "Secure", "Clear", "Inspect", "Staff", "Survey", "Supply"};
constexpr std::array kPlaces{"the north bridge", "pump station 3", "the school gym", "route B", "the river gauge",
                             "shelter 2",        "the depot",      "Mill Street",     "the field hospital"};
constexpr std::array kSteps{"on site",        "team briefed",       "first reading taken", "area cordoned",
                            "supplies moved", "residents informed", "photo taken",         "second check done"};
constexpr std::array kRatings{"P", "S", "M", "U"};

void script_field_member(Scenario& s, int member, Draw& draw, std::int64_t d) {
    std::vector<int> mine;
    for (std::size_t t = 0; t < s.tasks.size(); ++t) {
        if (s.tasks[t].owner == member) mine.push_back(static_cast<int>(t));
    }
    std::stable_sort(mine.begin(), mine.end(), [&](int a, int b) {
        return s.tasks[static_cast<std::size_t>(a)].release_offset_ms < s.tasks[static_cast<std::size_t>(b)].release_offset_ms;
    });
    auto& script = s.scripts[static_cast<std::size_t>(member)];
    for (const int t : mine) {
        // The member opens the task's detail as soon as it reaches the device (the report's "opened").
        Action opened = make_action(ActionKind::log, t, 0, 0, true);
        opened.log_key = draw.uuid();
        opened.log_kind = "opened";
        script.push_back(opened);
        Action ack = make_action(ActionKind::set_status, t, 0, draw.between(0.01, 0.05, d), true, "acknowledged");
        script.push_back(ack);
        const int logs = draw.integer(1, 5);
        for (int i = 0; i < logs; ++i) {
            Action log = make_action(ActionKind::log, t, 0, draw.between(0.005, 0.03, d), true);
            log.log_key = draw.uuid();
            log.log_kind = "action";
            log.text = std::string(draw.pick(kSteps)) + " (" + std::to_string(i + 1) + "/" + std::to_string(logs) + ")";
            log.location = std::pair{draw.coordinate(52.37, 0.05), draw.coordinate(4.89, 0.08)};
            script.push_back(log);
        }
        const bool blocked = draw.chance(0.2);
        script.push_back(make_action(ActionKind::set_status, t, 0, draw.between(0.01, 0.04, d), true,
                                     blocked ? "blocked" : "done"));
        if (blocked) {
            Action note = make_action(ActionKind::log, t, 0, draw.between(0.002, 0.01, d), true);
            note.log_key = draw.uuid();
            note.log_kind = "note";
            note.text = "blocked: need support at " + std::string(draw.pick(kPlaces));
            script.push_back(note);
        }
    }
}

}  // namespace

Scenario make_scenario(int members, std::uint64_t seed, std::int64_t duration_ms, double contested) {
    Scenario s;
    Draw draw(mix_seed(seed, 0x5ce7a));
    s.prefix = "sim" + padded(static_cast<int>(seed % 1'000'000), 6);
    const int field = members - 2;
    const int teams = (field + kTeamSize - 1) / kTeamSize;
    s.unit_codes.push_back(s.prefix);
    for (int t = 0; t < teams; ++t) s.unit_codes.push_back(s.prefix + "-t" + padded(t, 3));

    for (int i = 0; i < members; ++i) {
        MemberSpec m;
        m.index = i;
        m.login = s.prefix + "-m" + padded(i, 4);
        m.role = i == 0 ? Role::coordinator : i == 1 ? Role::evaluator : Role::member;
        m.name = std::string(i == 0 ? "Coordinator" : i == 1 ? "Evaluator" : "Field member") + " " + padded(i, 4);
        m.password = "pw-" + draw.uuid().substr(0, 12);
        m.unit = i < 2 ? 0 : static_cast<std::size_t>(1 + (i - 2) / kTeamSize);
        m.seed = mix_seed(seed, 0x3e3, static_cast<std::uint64_t>(i));
        m.clock_skew_ms = draw.integer(-2000, 2000);
        if (i >= 2 && i % 4 == 3) m.pull_limit = kSmallPullLimit;
        s.members.push_back(std::move(m));
    }

    s.drill_key = draw.uuid();
    s.drill_title = "Simulated flood drill " + s.prefix;
    std::int64_t inject = 0;
    for (int i = 2; i < members; ++i) {
        const int count = draw.integer(1, 3);
        for (int k = 0; k < count; ++k) {
            TaskSpec t;
            t.key = draw.uuid();
            t.owner = i;
            t.title = std::string(draw.pick(kVerbs)) + " " + draw.pick(kPlaces);
            t.instructions = "Go to " + std::string(draw.pick(kPlaces)) + ", " + t.title + ", and log each step.";
            t.priority = draw.pick(kPriorities);
            t.inject = ++inject;
            t.release_offset_ms = draw.between(0.0, 0.35, duration_ms);
            t.deadline_ms = draw.between(0.2, 0.5, duration_ms);
            t.contested = draw.chance(contested);
            s.tasks.push_back(std::move(t));
        }
    }

    s.scripts.resize(static_cast<std::size_t>(members));
    // Coordinator: start, contest some statuses around the time members acknowledge, end.
    auto& coordinator = s.scripts[0];
    coordinator.push_back(make_action(ActionKind::start_drill, -1, 0, 0, false));
    for (std::size_t t = 0; t < s.tasks.size(); ++t) {
        if (!s.tasks[t].contested) continue;
        coordinator.push_back(make_action(ActionKind::set_status, static_cast<int>(t),
                                          s.tasks[t].release_offset_ms + draw.between(0.02, 0.1, duration_ms), 0,
                                          false, "in_progress"));
    }
    std::stable_sort(coordinator.begin() + 1, coordinator.end(),
                     [](const Action& a, const Action& b) { return a.not_before_ms < b.not_before_ms; });
    coordinator.push_back(make_action(ActionKind::end_drill, -1, duration_ms * 95 / 100, 0, false));

    // Evaluator: observations on about a third of the injects once released.
    auto& evaluator = s.scripts[1];
    for (std::size_t t = 0; t < s.tasks.size(); ++t) {
        if (!draw.chance(0.3)) continue;
        Action obs = make_action(ActionKind::log, static_cast<int>(t),
                                 s.tasks[t].release_offset_ms + draw.between(0.1, 0.3, duration_ms), 0, true);
        obs.log_key = draw.uuid();
        obs.log_kind = "observation";
        obs.rating = draw.pick(kRatings);
        obs.text = "observed: " + s.tasks[t].title;
        evaluator.push_back(obs);
    }
    std::stable_sort(evaluator.begin(), evaluator.end(),
                     [](const Action& a, const Action& b) { return a.not_before_ms < b.not_before_ms; });

    for (int i = 2; i < members; ++i) script_field_member(s, i, draw, duration_ms);
    return s;
}

}  // namespace muster::sim
