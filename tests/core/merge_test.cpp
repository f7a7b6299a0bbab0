#include "muster/merge.hpp"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace muster {
namespace {

using nlohmann::json;

constexpr const char* kKey = "8d0c5f2e-1234-4abc-8def-0123456789ab";
const std::vector<std::string> kReplicas = {"00000000000000aa", "00000000000000bb", "00000000000000cc"};

Op set_op(const std::string& replica, std::int64_t ms, json fields, std::optional<std::map<std::string, Hlc>> base = {}) {
    return Op{replica + "-" + std::to_string(ms), Hlc{ms, 0, replica}, OpKind::set, EntityType::task, kKey,
              std::move(fields), std::move(base)};
}

Op delete_op(const std::string& replica, std::int64_t ms) {
    return Op{replica + "-" + std::to_string(ms), Hlc{ms, 0, replica}, OpKind::del, EntityType::task, kKey,
              json::object(), std::nullopt};
}

Op log_op(json fields) {
    return Op{"00000000000000aa-1", Hlc{10, 0, "00000000000000aa"}, OpKind::append, EntityType::log,
              "11111111-2222-4333-8444-555555555555", std::move(fields), std::nullopt};
}

EntityState apply_all(const std::vector<Op>& ops) {
    EntityState state;
    for (const auto& op : ops) (void)apply_op(state, op, op.hlc.r);
    return state;
}

std::vector<Op> random_ops(std::mt19937_64& rng, int n) {
    const std::vector<std::string> statuses = {"open", "acknowledged", "done", "blocked"};
    const std::vector<std::string> fields = {"status", "title", "priority"};
    std::vector<Op> ops;
    for (int i = 0; i < n; ++i) {
        const auto& replica = kReplicas[rng() % kReplicas.size()];
        const auto ms = static_cast<std::int64_t>(rng() % 20);
        if (rng() % 6 == 0) {
            ops.push_back(delete_op(replica, ms));
            continue;
        }
        const auto& field = fields[rng() % fields.size()];
        json value = field == "status" ? json(statuses[rng() % statuses.size()])
                     : field == "priority" ? json("high")
                                           : json("t" + std::to_string(rng() % 3));
        Op op = set_op(replica, ms, json{{field, value}});
        op.hlc.c = static_cast<std::uint16_t>(i);  // distinct stamps per replica
        ops.push_back(op);
    }
    return ops;
}

TEST(Merge, ConcurrentSetsConvergeInAnyOrder) {
    std::mt19937_64 rng(42);
    for (int round = 0; round < 200; ++round) {
        auto ops = random_ops(rng, 12);
        const EntityState reference = apply_all(ops);
        for (int perm = 0; perm < 5; ++perm) {
            std::shuffle(ops.begin(), ops.end(), rng);
            EXPECT_EQ(canonical_fields(apply_all(ops)), canonical_fields(reference)) << "round " << round;
        }
    }
}

TEST(Merge, ApplyingAnOpTwiceChangesNothing) {
    std::mt19937_64 rng(7);
    for (int round = 0; round < 100; ++round) {
        auto ops = random_ops(rng, 8);
        EntityState state = apply_all(ops);
        const EntityState before = state;
        for (const auto& op : ops) EXPECT_FALSE(apply_op(state, op, op.hlc.r).changed);
        EXPECT_EQ(state, before);
    }
}

TEST(Merge, StateMergeIsAssociativeAndCommutative) {
    std::mt19937_64 rng(9);
    for (int round = 0; round < 100; ++round) {
        const EntityState a = apply_all(random_ops(rng, 5));
        const EntityState b = apply_all(random_ops(rng, 5));
        const EntityState c = apply_all(random_ops(rng, 5));
        EntityState left = a;  // (a ⊔ b) ⊔ c
        merge_state(left, b);
        merge_state(left, c);
        EntityState bc = b;  // a ⊔ (c ⊔ b)
        merge_state(bc, c);
        EntityState right = a;
        merge_state(right, bc);
        EntityState reversed = c;  // c ⊔ b ⊔ a
        merge_state(reversed, b);
        merge_state(reversed, a);
        EXPECT_EQ(canonical_fields(left), canonical_fields(right));
        EXPECT_EQ(canonical_fields(left), canonical_fields(reversed));
    }
}

TEST(Merge, LaterWriterWinsPerField) {
    EntityState state;
    (void)apply_op(state, set_op(kReplicas[0], 5, {{"status", "done"}, {"title", "a"}}), "x");
    EXPECT_TRUE(apply_op(state, set_op(kReplicas[1], 6, {{"status", "blocked"}}), "y").changed);
    EXPECT_FALSE(apply_op(state, set_op(kReplicas[2], 4, {{"title", "old"}}), "z").changed);
    EXPECT_EQ(state.fields.at("status").v, "blocked");
    EXPECT_EQ(state.fields.at("status").author, "y");
    EXPECT_EQ(state.fields.at("title").v, "a");
}

TEST(Merge, DeleteIsATombstoneThatALaterSetRevives) {
    EntityState state;
    (void)apply_op(state, set_op(kReplicas[0], 5, {{"status", "open"}}), "");
    (void)apply_op(state, delete_op(kReplicas[1], 6), "");
    EXPECT_TRUE(is_deleted(state));
    (void)apply_op(state, set_op(kReplicas[2], 4, {{"title", "older"}}), "");
    EXPECT_TRUE(is_deleted(state)) << "an older set does not revive";
    (void)apply_op(state, set_op(kReplicas[2], 7, {{"title", "newer"}}), "");
    EXPECT_FALSE(is_deleted(state));
    EXPECT_EQ(plain_values(state), (json{{"status", "open"}, {"title", "newer"}}));
}

TEST(Merge, AppendIsImmutable) {
    const json fields = {{"task", kKey}, {"author", "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"}, {"kind", "note"}, {"at", 1}};
    auto first = merge(std::nullopt, log_op(fields), "a");
    ASSERT_FALSE(first.rejection);
    EXPECT_TRUE(first.changed);
    auto again = merge(first.state, log_op(fields), "a");
    EXPECT_FALSE(again.rejection);
    EXPECT_FALSE(again.changed);
    json other = fields;
    other["text"] = "edited";
    auto refused = merge(first.state, log_op(other), "a");
    ASSERT_TRUE(refused.rejection);
    EXPECT_EQ(refused.rejection->code, ErrorCode::immutable);
    EXPECT_EQ(refused.state, first.state);
}

TEST(Merge, ConflictWhenTheWriterDidNotSeeTheCurrentValue) {
    const auto a = merge(std::nullopt, set_op(kReplicas[0], 5, {{"status", "done"}}), "alice");
    // Bob saw no value (empty base) and writes later: conflict, Bob wins.
    auto b = merge(a.state, set_op(kReplicas[1], 6, {{"status", "blocked"}}, std::map<std::string, Hlc>{}), "bob");
    ASSERT_EQ(b.conflicts.size(), 1U);
    EXPECT_EQ(b.conflicts[0].field, "status");
    EXPECT_EQ(b.conflicts[0].winner.author, "bob");
    EXPECT_EQ(b.conflicts[0].loser.author, "alice");
    EXPECT_EQ(b.conflicts[0].loser.v, "done");
    // Carol saw a stale value and writes *earlier*: conflict, current value wins.
    auto c = merge(b.state,
                   set_op(kReplicas[2], 4, {{"status", "open"}}, std::map<std::string, Hlc>{{"status", Hlc{1, 0, kReplicas[0]}}}),
                   "carol");
    ASSERT_EQ(c.conflicts.size(), 1U);
    EXPECT_EQ(c.conflicts[0].winner.author, "bob");
    EXPECT_EQ(c.conflicts[0].loser.author, "carol");
    EXPECT_FALSE(c.changed);
    const json conflict = conflict_entity_fields(EntityType::task, kKey, c.conflicts[0]);
    EXPECT_EQ(conflict["loser"]["v"], "open");
    EXPECT_EQ(conflict["resolved"], false);
}

TEST(Merge, NoConflictWhenSeenWithoutBaseForEqualValuesOrOnReplay) {
    const auto a = merge(std::nullopt, set_op(kReplicas[0], 5, {{"status", "done"}}), "alice");
    const std::map<std::string, Hlc> saw_a{{"status", Hlc{5, 0, kReplicas[0]}}};
    EXPECT_TRUE(merge(a.state, set_op(kReplicas[1], 6, {{"status", "open"}}, saw_a), "bob").conflicts.empty());
    EXPECT_TRUE(merge(a.state, set_op(kReplicas[1], 6, {{"status", "open"}}), "bob").conflicts.empty());
    EXPECT_TRUE(merge(a.state, set_op(kReplicas[1], 6, {{"status", "done"}}, std::map<std::string, Hlc>{}), "bob")
                    .conflicts.empty());
    const Op op = set_op(kReplicas[1], 6, {{"status", "open"}}, std::map<std::string, Hlc>{});
    const auto once = merge(a.state, op, "bob");
    EXPECT_EQ(once.conflicts.size(), 1U);
    EXPECT_TRUE(merge(once.state, op, "bob").conflicts.empty()) << "a duplicate delivery records nothing new";
}

}  // namespace
}  // namespace muster
