#include "muster/sync_engine.hpp"

#include <gtest/gtest.h>

#include "harness/peer.hpp"
#include "test_util.hpp"

namespace muster::test {
namespace {

constexpr std::int64_t kStart = 1'764'000'000'000;

/// A transport that fails with a fixed error, or forwards to the server.
class ScriptedTransport final : public Transport {
public:
    explicit ScriptedTransport(ReferenceServer& server) : server_(server) {}
    Result<SyncResponse> sync(const SyncRequest& request) override {
        ++calls;
        last = request;
        if (fail_with) return *fail_with;
        return server_.handle(request);
    }
    std::optional<Error> fail_with;
    std::optional<SyncRequest> last;
    int calls = 0;

private:
    ReferenceServer& server_;
};

struct Fixture {
    ManualClock server_clock{kStart};
    ReferenceServer server{server_clock, 1};
    ManualClock clock{kStart};
    ScriptedTransport transport{server};
    Store store = std::move(Store::open(":memory:", clock, StoreOptions{3, false})).value();
    SyncEngine engine{store, transport, clock, 99, SyncOptions{2, 500, "1.0", 1000}};
};

TEST(Backoff, DoublesFromOneSecondToAMinuteWithJitter) {
    Backoff backoff(5);
    const std::int64_t nominal[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (const auto n : nominal) {
        const auto delay = backoff.next_delay_ms();
        EXPECT_GE(delay, n / 2);
        EXPECT_LE(delay, n);
    }
    backoff.reset();
    EXPECT_LE(backoff.next_delay_ms(), 1000);
}

TEST(SyncEngine, PushesInBatchesAndPullsUntilIdle) {
    Fixture f;
    for (int i = 1; i <= 5; ++i) ASSERT_TRUE(f.store.write_set(EntityType::task, key(i), {{"title", "t"}}).ok());
    std::vector<SyncProgress> seen;
    f.engine.set_progress_callback([&](const SyncProgress& p) { seen.push_back(p); });
    auto report = f.engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(report.rounds, 3U) << "5 ops, 2 per round";
    EXPECT_EQ(f.store.pending_count(), 0);
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().ops_sent, 5U);
    EXPECT_EQ(seen.back().ops_total, 5U);
    EXPECT_EQ(seen.back().changes_received, 5U);
    ASSERT_TRUE(f.transport.last && f.transport.last->device);
    EXPECT_EQ(f.transport.last->device->app_version, "1.0");
    EXPECT_EQ(f.engine.state(), SyncState::idle);
}

TEST(SyncEngine, AFailedRoundChangesNothingAndBacksOff) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"title", "t"}}).ok());
    const auto hash = *f.store.canonical_hash();
    f.transport.fail_with = Error{ErrorCode::unavailable, "down"};
    auto round = f.engine.run_round();
    EXPECT_FALSE(round.ok);
    EXPECT_EQ(f.engine.state(), SyncState::backing_off);
    EXPECT_GE(f.engine.next_attempt_ms(), kStart + 500);
    EXPECT_LE(f.engine.next_attempt_ms(), kStart + 1000);
    EXPECT_FALSE(f.engine.attempt_due());
    EXPECT_EQ(f.store.pending_count(), 1);
    EXPECT_EQ(f.store.cursor(), "");
    EXPECT_EQ(*f.store.canonical_hash(), hash);
    (void)f.engine.run_round();
    EXPECT_GE(f.engine.next_attempt_ms(), kStart + 1000) << "second failure: 1-2 s";
    f.engine.on_push_event();
    EXPECT_TRUE(f.engine.attempt_due());
    EXPECT_EQ(f.engine.state(), SyncState::idle);
    f.transport.fail_with.reset();
    EXPECT_TRUE(f.engine.sync_until_idle().ok);
    EXPECT_EQ(f.store.pending_count(), 0);
}

TEST(SyncEngine, UnauthenticatedKeepsTheOutboxAndAsksForLogin) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"title", "t"}}).ok());
    f.transport.fail_with = Error{ErrorCode::unauthenticated, "token expired"};
    auto report = f.engine.sync_until_idle();
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.error->code, ErrorCode::unauthenticated);
    EXPECT_EQ(f.engine.state(), SyncState::login_needed);
    EXPECT_FALSE(f.engine.attempt_due());
    EXPECT_EQ(f.store.pending_count(), 1);
    const int calls = f.transport.calls;
    EXPECT_FALSE(f.engine.sync_until_idle().ok);
    EXPECT_EQ(f.transport.calls, calls) << "no attempts until a new login";
    f.transport.fail_with.reset();
    f.engine.on_login();
    EXPECT_TRUE(f.engine.sync_until_idle().ok);
}

// The wipe answer (200 with `wipe`) was lost on the way: the server then
// answers 403 `device_wiped`, and the device still learns its reason.
TEST(SyncEngine, A403DeviceWipedIsAWipeWithItsReason) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"title", "t"}}).ok());
    f.transport.fail_with = Error{ErrorCode::device_wiped, device_wiped_message("reported lost")};
    auto report = f.engine.sync_until_idle();
    EXPECT_FALSE(report.ok);
    ASSERT_TRUE(report.wipe.has_value());
    EXPECT_EQ(report.wipe->reason, "reported lost");
    EXPECT_EQ(f.engine.state(), SyncState::wiped);
    EXPECT_FALSE(f.engine.attempt_due());
    const int calls = f.transport.calls;
    f.engine.on_push_event();
    EXPECT_FALSE(f.engine.sync_until_idle().ok);
    EXPECT_EQ(f.transport.calls, calls) << "a wiped engine makes no further attempt";
}

TEST(ErrorText, DeviceWipedMessageCarriesTheReasonBothWays) {
    EXPECT_EQ(device_wiped_message("reported lost"), "An administrator wiped this device: reported lost.");
    EXPECT_EQ(device_wiped_reason(device_wiped_message("left on a bus")), "left on a bus");
    EXPECT_EQ(device_wiped_reason("something else"), "something else");
}

TEST(SyncEngine, RejectedOpsMoveAsideAndStopBlockingTheQueue) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"title", "forbidden"}}).ok());
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(2), {{"title", "fine"}}).ok());
    auto report = f.engine.sync_until_idle();
    ASSERT_TRUE(report.ok);
    EXPECT_EQ(f.store.pending_count(), 0);
    auto rejected = *f.store.rejected();
    ASSERT_EQ(rejected.size(), 1U);
    EXPECT_EQ(rejected[0].error.code, ErrorCode::forbidden);
    EXPECT_FALSE(f.store.get(EntityType::task, key(1))->has_value());
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
}

TEST(SyncEngine, ClockSkewIsRecoveredByRestampingAndResending) {
    Fixture f;
    f.clock.set_ms(kStart + 24 * 3600 * 1000);
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"title", "ahead"}}).ok());
    auto report = f.engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(f.server.applied_ops(), 1U);
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
    EXPECT_LT(f.server.states().front().fields.at("title").hlc.ms, kStart + 60'000);
}

}  // namespace
}  // namespace muster::test
