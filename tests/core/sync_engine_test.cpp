#include "muster/sync_engine.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <stdexcept>

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
        requests.push_back(request);
        if (fail_with) return *fail_with;
        return server_.handle(request);
    }
    std::optional<Error> fail_with;
    std::optional<SyncRequest> last;
    std::vector<SyncRequest> requests;
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
    EXPECT_EQ(f.store.pending_count().value_or(-1), 0);
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back().ops_sent, 5U);
    EXPECT_EQ(seen.back().ops_total, 5U);
    EXPECT_EQ(seen.back().changes_received, 5U);
    ASSERT_TRUE(f.transport.last && f.transport.last->device);
    EXPECT_EQ(f.transport.last->device->app_version, "1.0");
    EXPECT_EQ(f.engine.state(), SyncState::idle);
}

TEST(SyncEngine, TheDeviceReportCountsWhatStaysUnsentOnceTheRequestIsCommitted) {
    Fixture f;  // two ops per request
    for (int i = 1; i <= 3; ++i) {
        ASSERT_TRUE(f.store.write_set(EntityType::task, key(i), {{"title", "t"}}).ok());
        f.clock.advance_ms(1000);
    }
    ASSERT_TRUE(f.engine.run_round().ok);
    ASSERT_TRUE(f.transport.last && f.transport.last->device);
    EXPECT_EQ(f.transport.last->ops.size(), 2U);
    EXPECT_EQ(f.transport.last->device->pending, 1) << "the third op waits for the next round";
    EXPECT_EQ(f.transport.last->device->oldest_pending_ms, kStart + 2000) << "written when the third op was";
    ASSERT_TRUE(f.engine.run_round().ok);
    EXPECT_EQ(f.transport.last->device->pending, 0) << "its last op is in this request";
    EXPECT_EQ(f.transport.last->device->oldest_pending_ms, std::nullopt);
}

/// Answers 413 for a request with more than `max_ops` ops (as the server does
/// past its byte limit), and forwards the rest.
class SizeLimitedTransport final : public Transport {
public:
    SizeLimitedTransport(ReferenceServer& server, std::size_t max_ops) : server_(server), max_ops_(max_ops) {}
    Result<SyncResponse> sync(const SyncRequest& request) override {
        sizes.push_back(request.ops.size());
        if (request.ops.size() > max_ops_) return Error{ErrorCode::payload_too_large, "body over 8 MiB"};
        return server_.handle(request);
    }
    std::vector<std::size_t> sizes;

private:
    ReferenceServer& server_;
    std::size_t max_ops_;
};

TEST(SyncEngine, ARequestRefusedAsTooLargeIsSentAgainInHalvesAndTheQueueDrains) {
    ManualClock server_clock{kStart};
    ReferenceServer server{server_clock, 1};
    ManualClock clock{kStart};
    SizeLimitedTransport transport{server, 3};
    Store store = std::move(Store::open(":memory:", clock, StoreOptions{3, false})).value();
    SyncEngine engine{store, transport, clock, 99, SyncOptions{16, 500, "1.0", 1000}};
    for (int i = 1; i <= 20; ++i) ASSERT_TRUE(store.write_set(EntityType::task, key(i), {{"title", "t"}}).ok());

    const auto report = engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(store.pending_count().value_or(-1), 0) << "no op is stuck behind the limit";
    EXPECT_EQ(*store.canonical_hash(), server.canonical_hash());
    EXPECT_EQ(engine.state(), SyncState::idle) << "no backoff: a smaller request was sent at once";
    ASSERT_GE(transport.sizes.size(), 3U);
    EXPECT_EQ(transport.sizes[0], 16U);
    EXPECT_EQ(transport.sizes[1], 8U);
    EXPECT_EQ(transport.sizes[2], 4U);
    EXPECT_EQ(transport.sizes[3], 2U);
    for (const auto size : transport.sizes) EXPECT_GE(size, 1U);
}

/// Forwards to one server or another (a server restored from a backup);
/// answers `stale_cursor` to a cursor while `refuse_cursors` is set, as the
/// restored server does to one its history never gave out.
class SwitchableTransport final : public Transport {
public:
    explicit SwitchableTransport(ReferenceServer& first) : server(&first) {}
    Result<SyncResponse> sync(const SyncRequest& request) override {
        requests.push_back(request);
        if (refuse_cursors && !request.cursor.empty()) {
            return Error{ErrorCode::stale_cursor, "cursor: not in this server's history"};
        }
        if (down) return Error{ErrorCode::unavailable, "no network"};
        return server->handle(request);
    }
    ReferenceServer* server;
    bool refuse_cursors = false;
    bool down = false;  ///< every request that gets this far fails (after the cursor check)
    std::vector<SyncRequest> requests;
};

/// One device: its clock, store and engine, syncing through a SwitchableTransport.
struct Device {
    Device(ReferenceServer& server, std::uint64_t store_seed, std::uint64_t engine_seed)
        : transport(server),
          store(std::move(Store::open(":memory:", clock, StoreOptions{store_seed, false})).value()),
          engine(store, transport, clock, engine_seed, SyncOptions{50, 500, "1.0", 1000}) {}
    ManualClock clock{kStart};
    SwitchableTransport transport;
    Store store;
    SyncEngine engine;
};

TEST(SyncEngine, AServerThatDoesNotKnowTheCursorIsPulledFromTheStartAndNothingQueuedIsLost) {
    ManualClock server_clock{kStart};
    ReferenceServer before{server_clock, 1};
    Device device{before, 3, 99};
    auto& [clock, transport, store, engine] = device;
    ASSERT_TRUE(store.write_set(EntityType::task, key(1), {{"title", "lost by the restore"}}).ok());
    ASSERT_TRUE(engine.sync_until_idle().ok);
    ASSERT_FALSE(store.cursor().empty());

    // The restored server: what another device wrote there, not key(1).
    ReferenceServer restored{server_clock, 2};
    {
        Device other{restored, 4, 7};
        ASSERT_TRUE(other.store.write_set(EntityType::task, key(2), {{"title", "on the restored server"}}).ok());
        ASSERT_TRUE(other.engine.sync_until_idle().ok);
    }
    ASSERT_TRUE(store.write_set(EntityType::task, key(3), {{"title", "queued here"}}).ok());
    ASSERT_TRUE(store.write_set(EntityType::task, key(1), {{"status", "done"}}).ok());  // queued on the lost one
    transport.server = &restored;
    transport.refuse_cursors = true;
    transport.requests.clear();

    const auto report = engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_TRUE(report.restarted);
    ASSERT_GE(transport.requests.size(), 2U);
    EXPECT_FALSE(transport.requests[0].cursor.empty());
    EXPECT_EQ(transport.requests[1].cursor, "") << "asked again from the start";
    EXPECT_EQ(transport.requests[1].ops.size(), 2U) << "the refused request's ops, sent again";
    EXPECT_EQ(store.pending_count().value_or(-1), 0);
    EXPECT_EQ(*store.canonical_hash(), restored.canonical_hash())
        << "what only the old server had is gone; the queued ops reached the restored one";
    EXPECT_TRUE(store.get(EntityType::task, key(2))->has_value());
    EXPECT_TRUE(store.get(EntityType::task, key(3))->has_value());
    const auto lost = store.get(EntityType::task, key(1));
    ASSERT_TRUE(lost.ok());
    ASSERT_TRUE(lost->has_value()) << "the queued status change made it again on the restored server";
    EXPECT_FALSE((*lost)->fields.contains("title")) << "only what this device still had queued";
    const auto touched = std::find(report.touched.begin(), report.touched.end(),
                                   std::pair<EntityType, std::string>{EntityType::task, key(1)});
    EXPECT_NE(touched, report.touched.end()) << "the app is told to read it again";
    EXPECT_EQ(engine.state(), SyncState::idle);
}

TEST(SyncEngine, StartingOverForgetsTheServersStateAndKeepsTheQueueAndWhatItShows) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"title", "synced"}}).ok());
    ASSERT_TRUE(f.engine.sync_until_idle().ok);
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(1), {{"status", "done"}}).ok());
    ASSERT_TRUE(f.store.write_set(EntityType::task, key(2), {{"title", "queued"}}).ok());
    SyncResponse empty;  // a restored server that has nothing of it
    empty.cursor = "1";
    empty.server_time_ms = kStart;
    const auto replaced = f.store.replace_with_sync_result(empty, kStart);
    ASSERT_TRUE(replaced.ok()) << replaced.error().message;
    EXPECT_EQ(replaced->touched.size(), 2U) << "both stored entities may look different now";
    EXPECT_EQ(f.store.cursor(), "1");
    EXPECT_EQ(f.store.pending_count().value_or(-1), 2);
    const auto one = f.store.get(EntityType::task, key(1));
    ASSERT_TRUE(one.ok() && one->has_value());
    EXPECT_EQ((*one)->fields.at("status").v, "done") << "the queued change still shows";
    EXPECT_FALSE((*one)->fields.contains("title")) << "the old server's value is forgotten";
    EXPECT_TRUE(f.store.get(EntityType::task, key(2))->has_value());
}

TEST(SyncEngine, StartingOverWhileTheNetworkDropsKeepsWhatTheDeviceHad) {
    ManualClock server_clock{kStart};
    ReferenceServer server{server_clock, 1};
    Device device{server, 3, 99};
    ASSERT_TRUE(device.store.write_set(EntityType::task, key(1), {{"title", "kept while offline"}}).ok());
    ASSERT_TRUE(device.engine.sync_until_idle().ok);
    const auto before = *device.store.canonical_hash();
    device.transport.refuse_cursors = true;  // the restored server...
    device.transport.down = true;            // ...which the device then cannot reach for its pull from ""
    const auto report = device.engine.sync_until_idle();
    EXPECT_FALSE(report.ok);
    EXPECT_FALSE(report.restarted);
    EXPECT_EQ(*device.store.canonical_hash(), before) << "nothing forgotten before the new answer is in";
    EXPECT_FALSE(device.store.cursor().empty());
    device.transport.down = false;
    const auto again = device.engine.sync_until_idle();
    EXPECT_TRUE(again.ok);
    EXPECT_TRUE(again.restarted);
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
    EXPECT_EQ(f.store.pending_count().value_or(-1), 1);
    EXPECT_EQ(f.store.cursor(), "");
    EXPECT_EQ(*f.store.canonical_hash(), hash);
    (void)f.engine.run_round();
    EXPECT_GE(f.engine.next_attempt_ms(), kStart + 1000) << "second failure: 1-2 s";
    f.engine.on_push_event();
    EXPECT_TRUE(f.engine.attempt_due());
    EXPECT_EQ(f.engine.state(), SyncState::idle);
    f.transport.fail_with.reset();
    EXPECT_TRUE(f.engine.sync_until_idle().ok);
    EXPECT_EQ(f.store.pending_count().value_or(-1), 0);
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
    EXPECT_EQ(f.store.pending_count().value_or(-1), 1);
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
    EXPECT_EQ(f.store.pending_count().value_or(-1), 0);
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

// ---- comms check --------------------------------------------------------------

nlohmann::json drill_fields(std::optional<std::int64_t> comms_check_at) {
    nlohmann::json fields = {{"unit", key(90)}, {"title", "Flood drill"}, {"state", "planned"}};
    fields["comms_check_at"] = comms_check_at ? nlohmann::json(*comms_check_at) : nlohmann::json(nullptr);
    return fields;
}

std::optional<CommsCheck> comms_of(const SyncRequest& request) {
    return request.device ? request.device->comms : std::nullopt;
}

TEST(SyncEngine, EveryRequestCarriesTheLatestCommsCheckInTheStore) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::drill, key(1), drill_fields(kStart + 100)).ok());
    ASSERT_TRUE(f.store.write_set(EntityType::drill, key(2), drill_fields(kStart + 300)).ok());
    ASSERT_TRUE(f.store.write_set(EntityType::drill, key(3), drill_fields(std::nullopt)).ok());
    ASSERT_TRUE(f.store.write_set(EntityType::drill, key(4), drill_fields(kStart + 200)).ok());
    // Withdrawn checks (null) sort above every number in the store: more than a page of them.
    for (int i = 10; i < 30; ++i) {
        ASSERT_TRUE(f.store.write_set(EntityType::drill, key(i), drill_fields(std::nullopt)).ok());
    }
    auto report = f.engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(report.rounds, 12U) << "24 ops, 2 per round, and no extra round: nothing newer was pulled";
    ASSERT_EQ(f.transport.requests.size(), 12U);
    for (const auto& request : f.transport.requests) {
        EXPECT_EQ(comms_of(request), (CommsCheck{key(2), kStart + 300}));
    }
}

TEST(SyncEngine, AStoreWithoutACommsCheckSendsNone) {
    Fixture f;
    ASSERT_TRUE(f.store.write_set(EntityType::drill, key(1), drill_fields(std::nullopt)).ok());
    ASSERT_TRUE(f.engine.sync_until_idle().ok);
    ASSERT_TRUE(f.transport.last && f.transport.last->device);
    EXPECT_FALSE(f.transport.last->device->comms);
}

TEST(SyncEngine, APulledCommsCheckIsAnsweredByOneMoreRoundAtOnce) {
    Fixture f;
    Replica coordinator(f.server, kStart, 7, SyncOptions{});
    ASSERT_TRUE(coordinator.store.write_set(EntityType::drill, key(1), drill_fields(kStart)).ok());
    ASSERT_TRUE(coordinator.engine.sync_until_idle().ok);

    auto report = f.engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(report.rounds, 2U);
    ASSERT_EQ(f.transport.requests.size(), 2U);
    EXPECT_FALSE(comms_of(f.transport.requests[0])) << "the store held no check yet";
    EXPECT_EQ(comms_of(f.transport.requests[1]), (CommsCheck{key(1), kStart})) << "the extra round answers it";

    // Nothing new: one round, still carrying the check.
    report = f.engine.sync_until_idle();
    EXPECT_EQ(report.rounds, 1U);
    EXPECT_EQ(comms_of(f.transport.requests.back()), (CommsCheck{key(1), kStart}));

    // A new check on the same drill: answered by one extra round again.
    ASSERT_TRUE(coordinator.store.write_set(EntityType::drill, key(1), {{"comms_check_at", kStart + 5000}}).ok());
    ASSERT_TRUE(coordinator.engine.sync_until_idle().ok);
    const auto before = f.transport.requests.size();
    report = f.engine.sync_until_idle();
    EXPECT_EQ(report.rounds, 2U);
    ASSERT_EQ(f.transport.requests.size(), before + 2);
    EXPECT_EQ(comms_of(f.transport.requests[before]), (CommsCheck{key(1), kStart}));
    EXPECT_EQ(comms_of(f.transport.requests[before + 1]), (CommsCheck{key(1), kStart + 5000}));
}

/// Answers every request with a drill whose comms check is newer than the last one.
class EverNewerChecks final : public Transport {
public:
    Result<SyncResponse> sync(const SyncRequest& request) override {
        requests.push_back(request);
        const auto n = static_cast<std::int64_t>(requests.size());
        const nlohmann::json hlc = {{"ms", kStart + n}, {"c", 0}, {"r", "0a1b2c3d4e5f6071"}};
        nlohmann::json fields = nlohmann::json::object();
        const auto values = drill_fields(kStart + 1000 * n);
        for (const auto& [name, value] : values.items()) {
            fields[name] = {{"v", value}, {"hlc", hlc}};
        }
        SyncResponse response;
        response.changes.push_back(Change{n, EntityType::drill, key(1), std::move(fields), false});
        response.cursor = std::to_string(n);
        response.server_time_ms = kStart;
        return response;
    }
    std::vector<SyncRequest> requests;
};

TEST(SyncEngine, TheExtraCommsRoundIsBoundedToOnePerSync) {
    ManualClock clock{kStart};
    EverNewerChecks transport;
    Store store = std::move(Store::open(":memory:", clock, StoreOptions{3, false})).value();
    SyncEngine engine{store, transport, clock, 99};
    auto report = engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(report.rounds, 2U) << "one extra round, though it too pulled a newer check";
    ASSERT_EQ(transport.requests.size(), 2U);
    EXPECT_EQ(comms_of(transport.requests[1]), (CommsCheck{key(1), kStart + 1000}));
    // The newer check is carried by the next sync (the server's `changed` event triggers it).
    report = engine.sync_until_idle();
    EXPECT_EQ(report.rounds, 2U);
    EXPECT_EQ(comms_of(transport.requests[2]), (CommsCheck{key(1), kStart + 2000}));
}

// ---- pages asked for ahead (Transport::send / receive) ---------------------------

/// Forwards to the server. `send` has the server answer at once and keeps the
/// answer for `receive`, noting the store's cursor at that moment; `fail_answer`
/// = n loses the n-th answer (1-based) as a reset connection would.
class PipeliningTransport final : public Transport {
public:
    PipeliningTransport(ReferenceServer& server, Store& store) : server_(server), store_(store) {}
    Result<SyncResponse> sync(const SyncRequest& request) override {
        requests.push_back(request);
        return answer(request);
    }
    bool send(const SyncRequest& request) override {
        if (ahead_) throw std::logic_error("a second request sent before the first was received");
        requests.push_back(request);
        sent.push_back(Sent{requests.size() - 1, store_.cursor()});
        ahead_ = answer(request);
        if (on_send) on_send();
        return true;
    }
    Result<SyncResponse> receive() override {
        if (!ahead_) throw std::logic_error("receive() without a request sent");
        auto out = std::move(*ahead_);
        ahead_.reset();
        return out;
    }
    [[nodiscard]] bool waiting() const { return ahead_.has_value(); }

    struct Sent {
        std::size_t request;       ///< index into `requests`
        std::string store_cursor;  ///< the store's cursor when it was sent
    };
    std::vector<SyncRequest> requests;
    std::vector<std::string> answer_cursors;  ///< per request; "" for a lost answer
    std::vector<Sent> sent;
    int fail_answer = 0;
    std::function<void()> on_send;  ///< runs after each `send`, before the engine stores the page before

private:
    Result<SyncResponse> answer(const SyncRequest& request) {
        auto response = server_.handle(request);
        const bool lost = static_cast<int>(requests.size()) == fail_answer;
        answer_cursors.push_back(response && !lost ? response->cursor : "");
        if (lost) return Error{ErrorCode::unavailable, "connection reset"};
        return response;
    }
    ReferenceServer& server_;
    Store& store_;
    std::optional<Result<SyncResponse>> ahead_;
};

struct PipelineFixture {
    /// `tasks` tasks on the server (pushed by another device); this one pulls 2 a page.
    explicit PipelineFixture(int tasks, std::size_t max_rounds = 1000) {
        Replica other(server, kStart, 5, SyncOptions{});
        for (int i = 1; i <= tasks; ++i) {
            EXPECT_TRUE(other.store.write_set(EntityType::task, key(i), {{"title", "t" + std::to_string(i)}}).ok());
        }
        EXPECT_TRUE(other.engine.sync_until_idle().ok);
        engine.emplace(store, transport, clock, 99, SyncOptions{2, 2, "1.0", max_rounds});
    }
    ManualClock server_clock{kStart};
    ReferenceServer server{server_clock, 1};
    ManualClock clock{kStart};
    Store store = std::move(Store::open(":memory:", clock, StoreOptions{3, false})).value();
    PipeliningTransport transport{server, store};
    std::optional<SyncEngine> engine;
};

TEST(SyncEngine, ThePageAfterIsAskedForWhileThisOneIsStored) {
    PipelineFixture f(7);  // pages of 2, 2, 2, 1
    const auto report = f.engine->sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
    ASSERT_EQ(report.rounds, 4U);
    ASSERT_EQ(f.transport.requests.size(), 4U);
    // The first request goes the usual way; each later one is sent before the
    // page before it is stored: from that page's cursor, while the store is
    // still at the cursor of the page before that.
    ASSERT_EQ(f.transport.sent.size(), 3U);
    for (std::size_t i = 0; i < f.transport.sent.size(); ++i) {
        const auto& sent = f.transport.sent[i];
        ASSERT_EQ(sent.request, i + 1);
        const SyncRequest& request = f.transport.requests[sent.request];
        EXPECT_EQ(request.cursor, f.transport.answer_cursors[sent.request - 1]);
        EXPECT_EQ(sent.store_cursor, f.transport.requests[sent.request - 1].cursor) << "page " << i + 1 << " not stored yet";
        EXPECT_TRUE(request.ops.empty());
        ASSERT_TRUE(request.device.has_value());
        EXPECT_EQ(request.device->app_version, "1.0");
    }
    EXPECT_EQ(f.store.cursor(), f.transport.answer_cursors.back());
    EXPECT_FALSE(f.transport.waiting()) << "the last page said no more: nothing sent after it";
}

TEST(SyncEngine, NothingIsSentAheadWhileOpsWaitToBePushed) {
    PipelineFixture f(6);
    for (int i = 20; i < 25; ++i) ASSERT_TRUE(f.store.write_set(EntityType::task, key(i), {{"title", "mine"}}).ok());
    const auto report = f.engine->sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(f.store.pending_count().value_or(-1), 0);
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
    ASSERT_FALSE(f.transport.sent.empty()) << "the pages after the pushes were asked for ahead";
    for (const auto& sent : f.transport.sent) {
        const auto& before = f.transport.requests[sent.request - 1];
        EXPECT_TRUE(before.ops.empty()) << "request " << sent.request << " was sent ahead of a push's acks";
        EXPECT_TRUE(f.transport.requests[sent.request].ops.empty());
    }
    // 5 ops at 2 a round: requests 0-2 push, 3 pulls as usual, 4 is the first sent ahead.
    EXPECT_EQ(f.transport.sent.front().request, 4U);
}

TEST(SyncEngine, ALostPageSentAheadLeavesTheStoreAtTheLastStoredPage) {
    PipelineFixture f(7);
    f.transport.fail_answer = 3;  // the answer to the second request sent ahead
    auto report = f.engine->sync_until_idle();
    EXPECT_FALSE(report.ok);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_EQ(report.error->code, ErrorCode::unavailable);
    EXPECT_EQ(report.rounds, 3U);
    EXPECT_EQ(f.engine->state(), SyncState::backing_off);
    EXPECT_EQ(f.store.cursor(), f.transport.answer_cursors[1]) << "two pages stored, the cursor of the second";
    EXPECT_EQ(f.store.list(EntityType::task)->size(), 4U);
    EXPECT_FALSE(f.transport.waiting());

    f.engine->on_push_event();
    report = f.engine->sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(f.transport.requests[3].cursor, f.transport.answer_cursors[1]) << "resumed from the store's cursor";
    EXPECT_EQ(*f.store.canonical_hash(), f.server.canonical_hash());
}

TEST(SyncEngine, APageThatFailsToStoreDropsThePageSentAheadAndTheNextSyncResumesBeforeIt) {
    // A file store, so that another connection can hold its write lock while
    // the engine stores the second page (it fails after the 5 s busy timeout).
    TempDir dir;
    const std::string path = dir.file("device.db");
    ManualClock server_clock{kStart};
    ReferenceServer server{server_clock, 1};
    {
        Replica other(server, kStart, 5, SyncOptions{});
        for (int i = 1; i <= 7; ++i) ASSERT_TRUE(other.store.write_set(EntityType::task, key(i), {{"title", "t"}}).ok());
        ASSERT_TRUE(other.engine.sync_until_idle().ok);
    }
    ManualClock clock{kStart};
    Store store = std::move(Store::open(path, clock, StoreOptions{3, false})).value();
    PipeliningTransport transport{server, store};
    SyncEngine engine{store, transport, clock, 99, SyncOptions{2, 2, "1.0", 1000}};
    sqlite3* blocker = nullptr;
    transport.on_send = [&] {
        if (transport.sent.size() != 2) return;  // the request for page 3, sent before page 2 is stored
        ASSERT_EQ(sqlite3_open(path.c_str(), &blocker), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(blocker, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    };
    auto report = engine.sync_until_idle();
    ASSERT_FALSE(report.ok);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_FALSE(transport.waiting()) << "the page sent ahead was received and dropped";
    EXPECT_EQ(store.cursor(), transport.answer_cursors[0]) << "page 1 stored, page 2 not";
    EXPECT_EQ(store.list(EntityType::task)->size(), 2U);
    ASSERT_EQ(sqlite3_exec(blocker, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(blocker);

    engine.on_push_event();
    const auto before = transport.requests.size();
    report = engine.sync_until_idle();
    ASSERT_TRUE(report.ok) << (report.error ? report.error->message : "");
    EXPECT_EQ(transport.requests[before].cursor, transport.answer_cursors[0]) << "asked again from the stored page";
    EXPECT_EQ(*store.canonical_hash(), server.canonical_hash());
}

TEST(SyncEngine, RunRoundAndTheLastAllowedRoundSendNothingAhead) {
    PipelineFixture f(9, 2);  // pages of 2, 2, 2, 2, 1
    ASSERT_TRUE(f.engine->run_round().ok);
    ASSERT_TRUE(f.engine->run_round().ok);
    EXPECT_TRUE(f.transport.sent.empty()) << "one round at a time: its caller decides on the next";

    const auto report = f.engine->sync_until_idle();  // 2 rounds at most, more pages left
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.rounds, 2U);
    EXPECT_EQ(f.transport.sent.size(), 1U) << "the second round's request only";
    EXPECT_FALSE(f.transport.waiting()) << "nothing left on the wire when the rounds stop";
    EXPECT_EQ(f.store.cursor(), f.transport.answer_cursors.back());
}

}  // namespace
}  // namespace muster::test
