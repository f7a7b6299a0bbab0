#include "fault_plan.hpp"

#include <algorithm>
#include <numeric>
#include <random>

namespace muster::sim {

std::string_view to_string(FaultLevel level) noexcept {
    switch (level) {
        case FaultLevel::none: return "none";
        case FaultLevel::patchy: return "patchy";
        case FaultLevel::severe: return "severe";
    }
    return "none";
}

std::optional<FaultLevel> fault_level_from_string(std::string_view text) noexcept {
    for (auto level : {FaultLevel::none, FaultLevel::patchy, FaultLevel::severe}) {
        if (to_string(level) == text) return level;
    }
    return std::nullopt;
}

std::string_view to_string(Tamper tamper) noexcept {
    switch (tamper) {
        case Tamper::none: return "none";
        case Tamper::store: return "store";
        case Tamper::lost_write: return "lost-write";
        case Tamper::lost_conflict: return "lost-conflict";
    }
    return "none";
}

std::optional<Tamper> tamper_from_string(std::string_view text) noexcept {
    for (auto t : {Tamper::none, Tamper::store, Tamper::lost_write, Tamper::lost_conflict}) {
        if (to_string(t) == text) return t;
    }
    return std::nullopt;
}

FaultProfile fault_profile(FaultLevel level) {
    FaultProfile p;
    p.level = level;
    switch (level) {
        case FaultLevel::none: break;
        case FaultLevel::patchy:
            // A mobile network on a busy day: some lag, the odd dropped or stuck request.
            p.latency_ms = 20;
            p.jitter_ms = 60;
            p.bandwidth_bytes_per_s = 256 * 1024;
            p.reset = 0.04;
            p.hang = 0.02;
            p.cut = 0.04;
            p.small_partitions = 2;
            break;
        case FaultLevel::severe:
            // The field: slow, lossy, and half the team out of coverage for most of the drill.
            p.latency_ms = 120;
            p.jitter_ms = 250;
            p.bandwidth_bytes_per_s = 48 * 1024;
            p.reset = 0.08;
            p.hang = 0.05;
            p.cut = 0.08;
            p.small_partitions = 2;
            p.big_partition = 0.5;
            break;
    }
    return p;
}

std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t a, std::uint64_t b) noexcept {
    std::uint64_t z = seed ^ (a * 0x9e3779b97f4a7c15ULL) ^ (b * 0xc2b2ae3d27d4eb4fULL);
    for (int i = 0; i < 2; ++i) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
    }
    return z;
}

namespace {

/// `count` distinct members drawn from 1..members-1 (the coordinator, 0, keeps its link: HQ).
std::vector<int> draw_members(std::mt19937_64& rng, int members, int count) {
    std::vector<int> pool(static_cast<std::size_t>(std::max(0, members - 1)));
    std::iota(pool.begin(), pool.end(), 1);
    std::shuffle(pool.begin(), pool.end(), rng);
    pool.resize(static_cast<std::size_t>(std::clamp(count, 0, static_cast<int>(pool.size()))));
    std::sort(pool.begin(), pool.end());
    return pool;
}

}  // namespace

FaultPlan::FaultPlan(const FaultProfile& profile, std::uint64_t seed, int members, std::int64_t duration_ms,
                     int kills)
    : profile_(profile), seed_(seed) {
    std::mt19937_64 rng(mix_seed(seed, 0xfa017));
    const auto fraction = [&](double lo, double hi) {
        return static_cast<std::int64_t>(std::uniform_real_distribution<double>(lo, hi)(rng) *
                                         static_cast<double>(duration_ms));
    };
    if (profile.big_partition > 0) {
        const int count = static_cast<int>(profile.big_partition * members + 0.5);
        partitions_.push_back({draw_members(rng, members, count), duration_ms / 10, duration_ms * 85 / 100});
    }
    for (int i = 0; i < profile.small_partitions; ++i) {
        const int count = std::max(1, members / 10);
        const std::int64_t from = fraction(0.05, 0.7);
        partitions_.push_back({draw_members(rng, members, count), from, from + duration_ms * 15 / 100});
    }
    // Kills spread over the middle of the drill, each in its own slot so restarts do not pile up.
    const std::int64_t lo = duration_ms * 15 / 100;
    const std::int64_t span = duration_ms * 70 / 100;
    for (int k = 0; k < kills; ++k) {
        const std::int64_t slot = span / kills;
        const double within = std::uniform_real_distribution<double>(0.1, 0.9)(rng);
        kills_ms_.push_back(lo + slot * k + static_cast<std::int64_t>(within * static_cast<double>(slot)));
    }
}

bool FaultPlan::partitioned(int member, std::int64_t t_ms) const {
    for (const auto& p : partitions_) {
        if (t_ms >= p.from_ms && t_ms < p.to_ms && std::binary_search(p.members.begin(), p.members.end(), member)) {
            return true;
        }
    }
    return false;
}

FaultDecision FaultPlan::decide(int member, std::uint64_t request_no) const {
    FaultDecision d;
    if (profile_.level == FaultLevel::none) return d;
    std::mt19937_64 rng(mix_seed(seed_, static_cast<std::uint64_t>(member) + 1, request_no));
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> jitter(0, std::max(0, profile_.jitter_ms));
    d.request_latency_ms = profile_.latency_ms + jitter(rng);
    d.response_latency_ms = profile_.latency_ms + jitter(rng);
    const double roll = unit(rng);
    if (roll < profile_.reset) {
        d.action = FaultAction::reset;
    } else if (roll < profile_.reset + profile_.hang) {
        d.action = FaultAction::hang;
    } else if (roll < profile_.reset + profile_.hang + profile_.cut) {
        d.action = FaultAction::cut;
    }
    return d;
}

}  // namespace muster::sim
