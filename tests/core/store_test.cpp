#include "muster/store.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <random>
#include <set>

#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "test_util.hpp"

namespace muster {
namespace {

using nlohmann::json;
using test::key;

constexpr std::int64_t kStart = 1'764'000'000'000;

Store open_memory(const Clock& clock, std::uint64_t seed = 1) {
    auto store = Store::open(":memory:", clock, StoreOptions{seed, false});
    EXPECT_TRUE(store.ok()) << store.error().message;
    return std::move(store).value();
}

SyncResponse answer(std::vector<Ack> acks, std::vector<Change> changes = {}, std::int64_t server_ms = kStart) {
    return SyncResponse{std::move(acks), std::move(changes), "c1", false, server_ms};
}

TEST(Store, LocalWriteUpdatesStateAndOutboxTogether) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    auto first = store.write_set(EntityType::task, key(1), {{"title", "Sandbags"}, {"status", "open"}});
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(first->id, store.replica_id() + "-1");
    EXPECT_EQ(first->base, (std::map<std::string, Hlc>{}));
    auto second = store.write_set(EntityType::task, key(1), {{"status", "done"}});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->base, (std::map<std::string, Hlc>{{"status", first->hlc}}));
    EXPECT_GT(second->hlc, first->hlc);

    auto state = store.get(EntityType::task, key(1));
    ASSERT_TRUE(state.ok() && state->has_value());
    EXPECT_EQ(plain_values(**state), (json{{"title", "Sandbags"}, {"status", "done"}}));
    EXPECT_EQ(store.pending_count().value_or(-1), 2);
    EXPECT_EQ(store.oldest_pending_ms().value_or(std::nullopt), kStart);
    auto outbox = store.outbox_batch(10);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(*outbox, (std::vector<Op>{*first, *second}));
}

TEST(Store, InvalidWriteChangesNothing) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    auto bad = store.write_set(EntityType::task, key(1), {{"priority", "urgent"}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::invalid_op);
    EXPECT_EQ(bad.error().message, "fields.priority: expected one of low, normal, high, critical");
    auto batch = store.write_batch({LocalWrite{OpKind::set, EntityType::task, key(2), {{"title", "ok"}}},
                                    LocalWrite{OpKind::set, EntityType::task, key(3), {{"colour", "red"}}}});
    EXPECT_FALSE(batch.ok());
    EXPECT_EQ(store.pending_count().value_or(-1), 0);
    EXPECT_FALSE(store.get(EntityType::task, key(2))->has_value());
    auto good = store.write_set(EntityType::task, key(1), {{"title", "x"}});
    EXPECT_EQ(good->id, store.replica_id() + "-1") << "failed writes use no op numbers";
}

TEST(Store, AppendIsImmutableAndDeleteHides) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    const json log = {{"task", key(1)}, {"author", key(9)}, {"kind", "note"}, {"at", kStart}};
    ASSERT_TRUE(store.write_append(EntityType::log, key(5), log).ok());
    json other = log;
    other["text"] = "changed";
    EXPECT_EQ(store.write_append(EntityType::log, key(5), other).error().code, ErrorCode::immutable);

    ASSERT_TRUE(store.write_set(EntityType::task, key(1), {{"title", "a"}, {"status", "open"}}).ok());
    ASSERT_TRUE(store.write_set(EntityType::task, key(2), {{"title", "b"}, {"status", "done"}}).ok());
    EXPECT_EQ(store.list(EntityType::task)->size(), 2U);
    EXPECT_EQ(store.list(EntityType::task, {{"status", "done"}})->size(), 1U);
    ASSERT_TRUE(store.write_delete(EntityType::task, key(2)).ok());
    EXPECT_FALSE(store.get(EntityType::task, key(2))->has_value());
    EXPECT_TRUE(store.get_raw(EntityType::task, key(2))->has_value());
    EXPECT_EQ(store.list(EntityType::task)->size(), 1U);
}

TEST(Store, AckedOpsLeaveTheOutboxAndRejectedOnesAreKeptAndReverted) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    auto a = store.write_set(EntityType::task, key(1), {{"title", "a"}});
    auto b = store.write_set(EntityType::task, key(1), {{"title", "forbidden edit"}});
    ASSERT_TRUE(a.ok() && b.ok());
    auto report = store.apply_sync_result(
        answer({{a->id, AckStatus::applied, {}}, {b->id, AckStatus::rejected, Error{ErrorCode::forbidden, "no"}}}),
        kStart + 5);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->applied, 1U);
    EXPECT_EQ(report->rejected, 1U);
    EXPECT_EQ(store.pending_count().value_or(-1), 0);
    EXPECT_EQ(store.cursor(), "c1");
    EXPECT_EQ(store.last_sync_ms(), kStart + 5);
    EXPECT_EQ((*store.get(EntityType::task, key(1)))->fields.at("title").v, "a") << "the refused value is undone";
    auto rejected = store.rejected();
    ASSERT_EQ(rejected->size(), 1U);
    EXPECT_EQ((*rejected)[0].op, *b);
    EXPECT_EQ((*rejected)[0].error, (Error{ErrorCode::forbidden, "no"}));
    ASSERT_TRUE(store.dismiss_rejected(b->id).ok());
    EXPECT_TRUE(store.rejected()->empty());
}

TEST(Store, PulledChangesMergeByLwwUnderPendingOps) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    auto mine = store.write_set(EntityType::task, key(1), {{"status", "done"}});
    const Hlc older{kStart - 10, 0, "00000000000000bb"};
    const Hlc newer{kStart + 10, 0, "00000000000000bb"};
    Change change{7, EntityType::task, key(1),
                  json{{"status", {{"v", "blocked"}, {"hlc", to_json(older)}}},
                       {"title", {{"v", "Pumps"}, {"hlc", to_json(older)}}}},
                  false};
    ASSERT_TRUE(store.apply_sync_result(answer({}, {change}), kStart).ok());
    auto state = *store.get(EntityType::task, key(1));
    EXPECT_EQ(state->fields.at("status").v, "done") << "my newer pending write stays on top";
    EXPECT_EQ(state->fields.at("title").v, "Pumps");
    change.fields["status"] = {{"v", "open"}, {"hlc", to_json(newer)}};
    ASSERT_TRUE(store.apply_sync_result(answer({}, {change}), kStart).ok());
    EXPECT_EQ((*store.get(EntityType::task, key(1)))->fields.at("status").v, "open");
    EXPECT_GT(store.clock().now(), newer) << "received stamps are observed";
    EXPECT_EQ(store.pending_count().value_or(-1), 1);
    (void)mine;
    Change gone{0, EntityType::task, key(1), json::object(), true};
    ASSERT_TRUE(store.apply_sync_result(answer({}, {gone}), kStart).ok());
    EXPECT_EQ((*store.get(EntityType::task, key(1)))->fields.size(), 1U) << "only my pending write remains";
}

TEST(Store, ClockSkewRestampsFromTheServerClockUnderTheSameId) {
    ManualClock clock(kStart + 24 * 3600 * 1000);  // a day ahead of the server
    Store store = open_memory(clock);
    auto a = store.write_set(EntityType::task, key(1), {{"title", "a"}});
    auto b = store.write_set(EntityType::task, key(1), {{"title", "b"}});
    ASSERT_TRUE(a.ok() && b.ok());
    const Error skew{ErrorCode::clock_skew, "ahead"};
    auto report = store.apply_sync_result(
        answer({{a->id, AckStatus::rejected, skew}, {b->id, AckStatus::rejected, skew}}, {}, kStart),
        clock.now_ms());
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->restamped, 2U);
    auto outbox = *store.outbox_batch(10);
    ASSERT_EQ(outbox.size(), 2U);
    EXPECT_EQ(outbox[0].id, a->id);
    EXPECT_LT(outbox[0].hlc.ms, kStart + 1000);
    EXPECT_GE(outbox[0].hlc.ms, kStart);
    EXPECT_LT(outbox[0].hlc, outbox[1].hlc);
    EXPECT_EQ(outbox[1].base->at("title"), outbox[0].hlc) << "base follows the re-stamped op";
    EXPECT_EQ((*store.get(EntityType::task, key(1)))->fields.at("title").hlc, outbox[1].hlc);
    EXPECT_EQ(store.clock_offset_ms(), -24 * 3600 * 1000);
    auto next = store.write_set(EntityType::task, key(2), {{"title", "c"}});
    EXPECT_LT(next->hlc.ms, kStart + 1000) << "new writes use the corrected clock";
    EXPECT_TRUE(store.rejected()->empty());
}

TEST(Store, ReopenKeepsIdentityCursorAndClock) {
    test::TempDir dir;
    ManualClock clock(kStart);
    std::string replica;
    Hlc last;
    {
        auto store = Store::open(dir.file("a.db"), clock, StoreOptions{77, false});
        ASSERT_TRUE(store.ok()) << store.error().message;
        replica = store->replica_id();
        ASSERT_TRUE(store->write_set(EntityType::task, key(1), {{"title", "a"}}).ok());
        ASSERT_TRUE(store->apply_sync_result(answer({}, {}, kStart + 50'000), kStart).ok());
        last = store->clock().last();
    }
    clock.set_ms(kStart - 100'000);  // the wall clock went back
    auto store = Store::open(dir.file("a.db"), clock, StoreOptions{78, false});
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(store->replica_id(), replica);
    EXPECT_EQ(replica, make_replica_id(77));
    EXPECT_EQ(store->cursor(), "c1");
    EXPECT_GE(store->clock().last(), last);
    EXPECT_GT(store->clock().now(), last);
    EXPECT_EQ(store->pending_count().value_or(-1), 1);
    auto next = store->write_set(EntityType::task, key(1), {{"title", "b"}});
    EXPECT_EQ(next->id, replica + "-2");
}

TEST(Store, CanonicalHashIgnoresAuthorsAndOrder) {
    ManualClock clock(kStart);
    Store a = open_memory(clock, 1);
    Store b = open_memory(clock, 2);
    const Hlc h{kStart, 0, "00000000000000bb"};
    const Change c1{1, EntityType::task, key(1), json{{"title", {{"v", "x"}, {"hlc", to_json(h)}}}}, false};
    const Change c2{2, EntityType::drill, key(2), json{{"title", {{"v", "y"}, {"hlc", to_json(h)}}}}, false};
    ASSERT_TRUE(a.apply_sync_result(answer({}, {c1, c2}), kStart).ok());
    ASSERT_TRUE(b.apply_sync_result(answer({}, {c2}), kStart).ok());
    EXPECT_NE(*a.canonical_hash(), *b.canonical_hash());
    ASSERT_TRUE(b.apply_sync_result(answer({}, {c1}), kStart).ok());
    EXPECT_EQ(*a.canonical_hash(), *b.canonical_hash());
    EXPECT_EQ(*a.canonical_hash(), canonical_hash(*a.all_states()));
}

TEST(Ids, ReplicaIdsAndUuidsHaveTheirShapes) {
    EXPECT_TRUE(is_replica_id(make_replica_id(1)));
    EXPECT_NE(make_replica_id(1), make_replica_id(2));
    EXPECT_TRUE(is_uuid(make_uuid(0xFFFFFFFFFFFFFFFF, 0)));
    EXPECT_TRUE(is_uuid(make_uuid(1, 2)));
}

TEST(Ids, TimeOrderedUuidsCarryTheirTimeVersionAndVariantAndSortByTime) {
    // 2026-12-01T00:00:00.123Z = 1796083200123 ms = 0x01a22ee6b07b.
    const std::string key = make_uuid_v7(1'796'083'200'123, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF);
    EXPECT_EQ(key, "01a22ee6-b07b-7fff-bfff-ffffffffffff");
    EXPECT_EQ(make_uuid_v7(1'796'083'200'123, 0, 0), "01a22ee6-b07b-7000-8000-000000000000");
    EXPECT_TRUE(is_uuid(key));
    // Random bits never reach the time or the version; time outside 48 bits is clamped.
    EXPECT_EQ(make_uuid_v7(-5, 0, 0), "00000000-0000-7000-8000-000000000000");
    EXPECT_EQ(make_uuid_v7(std::int64_t{1} << 50, 0, 0), "ffffffff-ffff-7000-8000-000000000000");
    // Text order is time order, whatever the random bits.
    std::mt19937_64 rng(11);
    std::string previous;
    for (std::int64_t ms = 1'796'083'200'000; ms < 1'796'083'200'000 + 200; ++ms) {
        const std::string k = make_uuid_v7(ms, rng(), rng());
        EXPECT_LT(previous, k);
        previous = k;
    }
    EXPECT_NE(make_uuid_v7(1, rng(), rng()), make_uuid_v7(1, rng(), rng()));
}

}  // namespace
}  // namespace muster

namespace muster {
namespace {

using nlohmann::json;
using test::key;

constexpr std::int64_t kT0 = 1'764'000'000'000;

/// visible = confirmed ⊔ outbox ops, computed with the pure merge functions.
std::vector<EntityState> expected_visible(const std::map<std::pair<EntityType, std::string>, EntityState>& confirmed,
                                          const std::vector<Op>& outbox, const std::string& replica) {
    auto states = confirmed;
    for (const auto& op : outbox) {
        auto& state = states.try_emplace({op.entity, op.key}, EntityState{op.entity, op.key, {}}).first->second;
        (void)apply_op(state, op, replica);
    }
    std::vector<EntityState> out;
    for (auto& [_, s] : states) {
        for (auto& [name, field] : s.fields) field.author = field.hlc.r;  // authors read back as the stamp's replica
        if (!s.fields.empty()) out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const EntityState& a, const EntityState& b) {
        return std::pair(to_string(a.entity), a.key) < std::pair(to_string(b.entity), b.key);
    });
    return out;
}

TEST(StoreRows, BatchesAndPagesMatchThePureMergeAndSurviveReopening) {
    test::TempDir dir;
    ManualClock clock(kT0);
    std::mt19937_64 rng(11);
    const char* names[] = {"title", "status", "priority", "instructions", "due_at"};
    const char* statuses[] = {"open", "in_progress", "done", "blocked"};
    auto value = [&](int f) -> json {
        switch (f) {
            case 0: return "title " + std::to_string(rng() % 1000);
            case 1: return statuses[rng() % 4];
            case 2: return rng() % 2 ? "high" : "low";
            case 3: return std::string(20 + rng() % 40, 'x');
            default: return static_cast<std::int64_t>(kT0 + static_cast<std::int64_t>(rng() % 100000));
        }
    };
    std::map<std::pair<EntityType, std::string>, EntityState> confirmed;
    std::string replica;
    {
        auto store = Store::open(dir.file("rows.db"), clock, StoreOptions{21, false});
        ASSERT_TRUE(store.ok()) << store.error().message;
        replica = store->replica_id();
        // A page first: 60 changes over 7 tasks (new rows, then fields pulled twice with older and newer stamps).
        SyncResponse page{{}, {}, "p1", false, kT0};
        for (int i = 0; i < 60; ++i) {
            const int t = static_cast<int>(rng() % 7);
            const int f = static_cast<int>(rng() % 5);
            const Hlc hlc{kT0 - 50'000 + static_cast<std::int64_t>(rng() % 100'000), 0, "00000000000000bb"};
            Change change{i + 1, EntityType::task, key(t), json{{names[f], {{"v", value(f)}, {"hlc", to_json(hlc)}}}},
                          false};
            auto& state = confirmed.try_emplace({EntityType::task, key(t)}, EntityState{EntityType::task, key(t), {}})
                              .first->second;
            merge_state(state, state_from_change(change));
            page.changes.push_back(std::move(change));
        }
        ASSERT_TRUE(store->apply_sync_result(page, kT0).ok());
        // Then 100 local writes in one batch (several multi-row inserts), some on new tasks.
        std::vector<LocalWrite> writes;
        for (int i = 0; i < 100; ++i) {
            const int t = static_cast<int>(rng() % 12);
            const int f = static_cast<int>(rng() % 5);
            if (i % 17 == 16) writes.push_back({OpKind::del, EntityType::task, key(t), json::object()});
            else writes.push_back({OpKind::set, EntityType::task, key(t), json{{names[f], value(f)}}});
        }
        auto ops = store->write_batch(writes);
        ASSERT_TRUE(ops.ok()) << ops.error().message;
        auto outbox = store->outbox_batch(1000);
        ASSERT_TRUE(outbox.ok());
        EXPECT_EQ(*outbox, *ops) << "the outbox holds exactly the ops returned";
        EXPECT_EQ(*store->all_states(), expected_visible(confirmed, *outbox, replica));
        // Half the ops are acked: they join the confirmed state, the visible one stays.
        SyncResponse acks{{}, {}, "p2", false, kT0 + 10};
        for (std::size_t i = 0; i < ops->size(); i += 2) acks.acks.push_back({(*ops)[i].id, AckStatus::applied, {}});
        ASSERT_TRUE(store->apply_sync_result(acks, kT0 + 10).ok());
        for (std::size_t i = 0; i < ops->size(); i += 2) {
            const Op& op = (*ops)[i];
            auto& state = confirmed.try_emplace({op.entity, op.key}, EntityState{op.entity, op.key, {}}).first->second;
            (void)apply_op(state, op, replica);
        }
    }
    auto store = Store::open(dir.file("rows.db"), clock, StoreOptions{22, false});
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto outbox = store->outbox_batch(1000);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(outbox->size(), 50U);
    const auto expected = expected_visible(confirmed, *outbox, replica);
    EXPECT_EQ(*store->all_states(), expected);
    EXPECT_EQ(*store->canonical_hash(), canonical_hash(expected));
    // Rejecting every pending op leaves exactly the confirmed state (confirmed values were stored apart).
    SyncResponse rejects{{}, {}, "p3", false, kT0 + 20};
    for (const auto& op : *outbox) rejects.acks.push_back({op.id, AckStatus::rejected, Error{ErrorCode::forbidden, "no"}});
    ASSERT_TRUE(store->apply_sync_result(rejects, kT0 + 20).ok());
    EXPECT_EQ(*store->all_states(), expected_visible(confirmed, {}, replica));
    EXPECT_EQ(store->pending_count().value_or(-1), 0);
}

TEST(StoreRows, WholeEntitiesPulledOverStoredAndPendingFieldsMatchThePureMerge) {
    // Pages of whole entities (several fields per change, as a pull sends them),
    // some new to the store, some with fields stored already (pulled before, or
    // pending here): the stored state is the pure merge's.
    test::TempDir dir;
    ManualClock clock(kT0);
    std::mt19937_64 rng(5);
    const char* names[] = {"title", "status", "priority", "instructions", "due_at"};
    auto store = Store::open(dir.file("whole.db"), clock, StoreOptions{31, false});
    ASSERT_TRUE(store.ok()) << store.error().message;
    const std::string replica = store->replica_id();
    std::map<std::pair<EntityType, std::string>, EntityState> confirmed;
    for (int page_no = 0; page_no < 6; ++page_no) {
        std::vector<LocalWrite> writes;  // pending edits on some tasks, old and new
        for (int i = 0; i < 5; ++i) {
            const int t = static_cast<int>(rng() % 40);
            writes.push_back({OpKind::set, EntityType::task, key(t),
                              json{{rng() % 2 ? "title" : "instructions", "local " + std::to_string(i)}}});
        }
        const auto written = store->write_batch(writes);
        ASSERT_TRUE(written.ok()) << written.error().message;
        SyncResponse page{{}, {}, "p" + std::to_string(page_no), false, kT0};
        for (int i = 0; i < 25; ++i) {
            const int t = static_cast<int>(rng() % 40);
            json fields = json::object();
            const int count = 1 + static_cast<int>(rng() % 5);
            for (int f = 0; f < count; ++f) {
                const Hlc hlc{kT0 - 50'000 + static_cast<std::int64_t>(rng() % 100'000), 0, "00000000000000bb"};
                const int n = static_cast<int>(rng() % 5);
                const char* statuses[] = {"open", "in_progress", "done", "blocked"};
                const json v = n == 4   ? json(static_cast<std::int64_t>(rng() % 1000))
                               : n == 1 ? json(statuses[rng() % 4])
                               : n == 2 ? json(rng() % 2 ? "high" : "low")
                                        : json("v" + std::to_string(rng() % 50));
                fields[names[n]] = {{"v", v}, {"hlc", to_json(hlc)}};
            }
            Change change{page_no * 100 + i + 1, EntityType::task, key(t), std::move(fields), false};
            auto& state = confirmed.try_emplace({EntityType::task, key(t)}, EntityState{EntityType::task, key(t), {}})
                              .first->second;
            merge_state(state, state_from_change(change));
            page.changes.push_back(std::move(change));
        }
        ASSERT_TRUE(store->apply_sync_result(page, kT0).ok());
        auto outbox = store->outbox_batch(1000);
        ASSERT_TRUE(outbox.ok());
        ASSERT_EQ(*store->all_states(), expected_visible(confirmed, *outbox, replica)) << "after page " << page_no;
    }
    auto outbox = store->outbox_batch(1000);
    ASSERT_TRUE(outbox.ok());
    SyncResponse rejects{{}, {}, "r", false, kT0 + 20};
    for (const auto& op : *outbox) rejects.acks.push_back({op.id, AckStatus::rejected, Error{ErrorCode::forbidden, "no"}});
    ASSERT_TRUE(store->apply_sync_result(rejects, kT0 + 20).ok());
    EXPECT_EQ(*store->all_states(), expected_visible(confirmed, {}, replica)) << "the confirmed side was stored apart";
}

TEST(StoreRows, PulledValuesKeepTheirJsonKinds) {
    ManualClock clock(kT0);
    auto store = Store::open(":memory:", clock, StoreOptions{5, false});
    ASSERT_TRUE(store.ok());
    const std::vector<json> values = {nullptr,
                                      true,
                                      false,
                                      1.5,
                                      -3,
                                      0,
                                      json(std::uint64_t{18'446'744'073'709'551'000ULL}),
                                      json::array({1, "a", nullptr}),
                                      json{{"lat", 1.25}, {"lon", -2.5}},
                                      "quote \" backslash \\ tab \t ü",
                                      ""};
    const Hlc hlc{kT0, 0, "00000000000000bb"};
    json fields = json::object();
    for (std::size_t i = 0; i < values.size(); ++i) {
        fields["f" + std::to_string(i)] = {{"v", values[i]}, {"hlc", to_json(hlc)}};
    }
    ASSERT_TRUE(store->apply_sync_result(SyncResponse{{}, {Change{1, EntityType::task, key(1), fields, false}}, "c", false, kT0}, kT0)
                    .ok());
    auto state = store->get(EntityType::task, key(1));
    ASSERT_TRUE(state.ok() && state->has_value());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto& v = (*state)->fields.at("f" + std::to_string(i)).v;
        EXPECT_EQ(v.dump(), values[i].dump()) << i;
        EXPECT_EQ(v.type(), json::parse(values[i].dump()).type()) << i << ": the kind the JSON parser would give";
    }
}

}  // namespace
}  // namespace muster

namespace muster {
namespace {

TEST(StoreSharing, TwoWritersOnOneFileNeverReuseAnOpIdOrLoseTheCursor) {
    test::TempDir dir;
    ManualClock clock(kStart);
    const std::string path = dir.file("shared.db");
    auto ui = Store::open(path, clock, StoreOptions{7, false});
    ASSERT_TRUE(ui.ok()) << ui.error().message;
    auto worker = Store::open(path, clock, StoreOptions{7, false});
    ASSERT_TRUE(worker.ok()) << worker.error().message;

    std::set<std::string> ids;
    for (int i = 0; i < 5; ++i) {
        auto a = ui->write_set(EntityType::task, key(i), {{"status", "open"}});
        ASSERT_TRUE(a.ok()) << a.error().message;
        auto b = worker->write_set(EntityType::task, key(100 + i), {{"status", "done"}});
        ASSERT_TRUE(b.ok()) << b.error().message;
        EXPECT_TRUE(ids.insert(a->id).second) << a->id;
        EXPECT_TRUE(ids.insert(b->id).second) << b->id;
    }
    EXPECT_EQ(ui->pending_count().value_or(-1), 10);

    // The worker syncs (cursor "c1"); a later write through the UI connection keeps it.
    auto batch = worker->outbox_batch(100);
    ASSERT_TRUE(batch.ok());
    std::vector<Ack> acks;
    for (const auto& op : *batch) acks.push_back(Ack{op.id, AckStatus::applied, std::nullopt});
    ASSERT_TRUE(worker->apply_sync_result(answer(acks), kStart).ok());
    auto later = ui->write_set(EntityType::task, key(1), {{"status", "done"}});
    ASSERT_TRUE(later.ok());
    EXPECT_TRUE(ids.insert(later->id).second) << later->id;

    auto reopened = Store::open(path, clock, StoreOptions{7, false});
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened->cursor(), "c1");
    EXPECT_EQ(reopened->pending_count().value_or(-1), 1);
}

TEST(Store, AnOutboxThatCannotBeCountedIsAnErrorNotZero) {
    // "Nothing waiting to send" and the device report's "pending: 0" tell a
    // coordinator this device has reported everything: a count that failed
    // must never say so.
    test::TempDir dir;
    const std::string path = dir.file("device.db");
    ManualClock clock(kStart);
    auto store = Store::open(path, clock, StoreOptions{3, false});
    ASSERT_TRUE(store.ok()) << store.error().message;
    ASSERT_TRUE(store->write_set(EntityType::task, key(1), {{"title", "Sandbags"}}).ok());
    ASSERT_TRUE(store->write_set(EntityType::task, key(2), {{"title", "Radios"}}).ok());
    ASSERT_EQ(store->pending_count().value_or(-1), 2);

    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "ALTER TABLE outbox RENAME TO outbox_aside", nullptr, nullptr, nullptr), SQLITE_OK);
    auto count = store->pending_count();
    ASSERT_FALSE(count.ok()) << "counted " << *count;
    EXPECT_NE(count.error().message.find("outbox"), std::string::npos) << count.error().message;
    EXPECT_FALSE(store->oldest_pending_ms().ok());

    ASSERT_EQ(sqlite3_exec(other, "ALTER TABLE outbox_aside RENAME TO outbox", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    EXPECT_EQ(store->pending_count().value_or(-1), 2) << "counted again once the table is back";
    EXPECT_EQ(store->oldest_pending_ms().value_or(std::nullopt), kStart);
}

TEST(StoreSharing, ANewDatabaseTakesTheGivenReplicaIdAndAnExistingOneKeepsItsOwn) {
    test::TempDir dir;
    ManualClock clock(kStart);
    StoreOptions options;
    options.replica_id = "0123456789abcdef";
    auto store = Store::open(dir.file("a.db"), clock, options);
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(store->replica_id(), "0123456789abcdef");
    auto op = store->write_set(EntityType::task, key(1), {{"status", "open"}});
    ASSERT_TRUE(op.ok());
    EXPECT_EQ(op->id, "0123456789abcdef-1");

    options.replica_id = "fedcba9876543210";
    auto again = Store::open(dir.file("a.db"), clock, options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->replica_id(), "0123456789abcdef");

    options.replica_id = "NOT-A-REPLICA-ID";
    auto bad = Store::open(dir.file("b.db"), clock, options);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("not 16 lowercase hex"), std::string::npos);
}

}  // namespace
}  // namespace muster
