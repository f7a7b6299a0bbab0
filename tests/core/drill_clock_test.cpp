#include "muster/drill_clock.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace muster {
namespace {

using nlohmann::json;

constexpr std::int64_t kStart = 1'764'000'000'000;
constexpr std::int64_t kMin = 60'000;

TEST(DrillClock, NoneBeforeTheStartNotEvenForOffsetZero) {
    EXPECT_FALSE(drill_clock_ms(drill_times_from_plain(json{{"state", "planned"}}), kStart));
    EXPECT_FALSE(drill_clock_ms(drill_times_from_plain(json{{"state", "running"}}), kStart));  // no started_at
    EXPECT_FALSE(inject_released(drill_times_from_plain(json{{"state", "planned"}}), 0, kStart));
}

TEST(DrillClock, RunningExcludesFinishedPauses) {
    const auto drill = drill_times_from_plain(
        json{{"state", "running"}, {"started_at", kStart}, {"paused_ms", 10 * kMin}});
    EXPECT_EQ(drill_clock_ms(drill, kStart + 30 * kMin), 20 * kMin);
    EXPECT_TRUE(inject_released(drill, 20 * kMin, kStart + 30 * kMin));
    EXPECT_FALSE(inject_released(drill, 20 * kMin + 1, kStart + 30 * kMin));
}

TEST(DrillClock, PausedAndEndedAreFrozen) {
    const auto paused = drill_times_from_plain(
        json{{"state", "paused"}, {"started_at", kStart}, {"paused_ms", kMin}, {"paused_at", kStart + 16 * kMin}});
    EXPECT_EQ(drill_clock_ms(paused, kStart + 90 * kMin), 15 * kMin);
    const auto ended = drill_times_from_plain(
        json{{"state", "ended"}, {"started_at", kStart}, {"paused_ms", kMin}, {"ended_at", kStart + 61 * kMin}});
    EXPECT_EQ(drill_clock_ms(ended, kStart + 600 * kMin), 60 * kMin);
}

TEST(DrillClock, AStartSetAheadHasNoClockUntilItComes) {
    const auto drill = drill_times_from_plain(json{{"state", "running"}, {"started_at", kStart}});
    EXPECT_EQ(drill_clock_ms(drill, kStart - 5000), std::nullopt);
    EXPECT_FALSE(inject_released(drill, 0, kStart - 1));
    EXPECT_EQ(drill_clock_ms(drill, kStart), 0);
    EXPECT_TRUE(inject_released(drill, 0, kStart));
    EXPECT_EQ(drill_clock_ms(drill, kStart + 1500), 1500);
}

TEST(DrillClock, CanonicalAndPlainFieldsReadAlike) {
    const json hlc = {{"ms", 1}, {"c", 0}, {"r", "00000000000000aa"}};
    const json canonical = {{"state", {{"v", "paused"}, {"hlc", hlc}}},
                            {"started_at", {{"v", kStart}, {"hlc", hlc}}},
                            {"paused_ms", {{"v", 2 * kMin}, {"hlc", hlc}}},
                            {"paused_at", {{"v", kStart + 12 * kMin}, {"hlc", hlc}}}};
    const auto times = drill_times_from_canonical(canonical);
    EXPECT_EQ(times.state, "paused");
    EXPECT_EQ(drill_clock_ms(times, kStart + 50 * kMin), 10 * kMin);
    // Wrong types count as absent.
    EXPECT_FALSE(drill_clock_ms(drill_times_from_plain(json{{"state", "running"}, {"started_at", "soon"}}), kStart));
}

}  // namespace
}  // namespace muster
