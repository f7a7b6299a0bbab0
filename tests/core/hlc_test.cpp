#include "muster/hlc.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace muster {
namespace {

constexpr const char* kReplicaA = "00000000000000aa";
constexpr const char* kReplicaB = "00000000000000bb";

TEST(Hlc, OrdersByMsThenCounterThenReplica) {
    EXPECT_LT((Hlc{1, 9, kReplicaB}), (Hlc{2, 0, kReplicaA}));
    EXPECT_LT((Hlc{2, 0, kReplicaB}), (Hlc{2, 1, kReplicaA}));
    EXPECT_LT((Hlc{2, 1, kReplicaA}), (Hlc{2, 1, kReplicaB}));
    EXPECT_EQ((Hlc{2, 1, kReplicaA}), (Hlc{2, 1, kReplicaA}));
}

TEST(HlcClock, FollowsWallClockWhenItMovesForward) {
    ManualClock wall(1000);
    HlcClock clock(kReplicaA, wall);
    EXPECT_EQ(clock.now(), (Hlc{1000, 0, kReplicaA}));
    wall.advance_ms(5);
    EXPECT_EQ(clock.now(), (Hlc{1005, 0, kReplicaA}));
}

TEST(HlcClock, CountsWhenWallClockStandsStillOrGoesBack) {
    ManualClock wall(1000);
    HlcClock clock(kReplicaA, wall);
    const Hlc first = clock.now();
    const Hlc second = clock.now();
    wall.set_ms(900);
    const Hlc third = clock.now();
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_EQ(third, (Hlc{1000, 2, kReplicaA}));
}

TEST(HlcClock, StaysAboveObservedStamps) {
    ManualClock wall(1000);
    HlcClock clock(kReplicaA, wall);
    clock.observe(Hlc{5000, 7, kReplicaB});
    const Hlc next = clock.now();
    EXPECT_GT(next, (Hlc{5000, 7, kReplicaB}));
    EXPECT_EQ(next, (Hlc{5000, 8, kReplicaA}));
    clock.observe_ms(6000);
    EXPECT_EQ(clock.now(), (Hlc{6000, 1, kReplicaA}));
}

TEST(HlcClock, ObservingAnOlderStampChangesNothing) {
    ManualClock wall(1000);
    HlcClock clock(kReplicaA, wall);
    (void)clock.now();
    clock.observe(Hlc{10, 0, kReplicaB});
    EXPECT_EQ(clock.now(), (Hlc{1000, 1, kReplicaA}));
}

TEST(HlcClock, CounterOverflowCarriesIntoMilliseconds) {
    ManualClock wall(1000);
    HlcClock clock(kReplicaA, wall);
    clock.observe(Hlc{1000, 65535, kReplicaB});
    EXPECT_EQ(clock.now(), (Hlc{1001, 0, kReplicaA}));
}

TEST(HlcClock, RestoreNeverMovesBackwards) {
    ManualClock wall(1000);
    HlcClock clock(kReplicaA, wall);
    clock.restore(Hlc{2000, 3, kReplicaA});
    clock.restore(Hlc{1500, 0, kReplicaA});
    EXPECT_EQ(clock.last(), (Hlc{2000, 3, kReplicaA}));
}

TEST(HlcJson, RoundTrips) {
    const Hlc stamp{1764390000123, 4, kReplicaA};
    const auto decoded = hlc_from_json(to_json(stamp));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, stamp);
}

TEST(HlcJson, RejectsBadShapesNamingTheField) {
    struct Case {
        const char* json;
        const char* message;
    };
    const Case cases[] = {
        {R"([1,2])", "hlc: expected an object"},
        {R"({"ms":"1","c":0,"r":"00000000000000aa"})", "hlc.ms: expected an integer"},
        {R"({"ms":-1,"c":0,"r":"00000000000000aa"})", "hlc.ms: expected unix ms, 0 or more"},
        {R"({"ms":1,"c":70000,"r":"00000000000000aa"})", "hlc.c: expected an integer from 0 to 65535"},
        {R"({"ms":1,"c":-1,"r":"00000000000000aa"})", "hlc.c: expected an integer from 0 to 65535"},
        {R"({"ms":1,"c":0,"r":"00000000000000AA"})", "hlc.r: expected a replica id (16 lowercase hex characters)"},
        {R"({"ms":1,"c":0,"r":"00000000000000aa","x":1})", "hlc.x: unknown field"},
    };
    for (const auto& item : cases) {
        const auto decoded = hlc_from_json(nlohmann::json::parse(item.json));
        ASSERT_FALSE(decoded.ok()) << item.json;
        EXPECT_EQ(decoded.error().code, ErrorCode::invalid_op);
        EXPECT_EQ(decoded.error().message, item.message) << item.json;
    }
}

}  // namespace
}  // namespace muster
