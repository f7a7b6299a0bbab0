// Store::latest: the newest entities of a type by one field's visible value,
// page by page, without reading the whole type.
#include "muster/store.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace muster {
namespace {

using nlohmann::json;
using test::key;

constexpr std::int64_t kStart = 1'764'000'000'000;

Store open_memory(const Clock& clock) {
    auto store = Store::open(":memory:", clock, StoreOptions{1, false});
    EXPECT_TRUE(store.ok()) << store.error().message;
    return std::move(store).value();
}

std::vector<std::string> keys_of(const Result<std::vector<EntityState>>& states) {
    EXPECT_TRUE(states.ok()) << states.error().message;
    std::vector<std::string> out;
    if (states.ok()) {
        for (const auto& s : *states) out.push_back(s.key);
    }
    return out;
}

/// A server change setting `plain` on a task, stamped by the server.
Change server_task(int n, const json& plain, std::int64_t seq) {
    json fields = json::object();
    for (const auto& [name, value] : plain.items()) {
        fields[name] = {{"v", value}, {"hlc", to_json(Hlc{kStart, 0, "00000000000000bb"})}};
    }
    return Change{seq, EntityType::task, key(n), fields, false};
}

TEST(StoreLatest, OrdersByTheFieldNewestFirstWithTiesByKey) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    const std::vector<std::pair<int, int>> due{{1, 50}, {2, 10}, {3, 30}, {4, 30}, {5, 70}, {7, 20}};
    for (const auto& [n, at] : due) {
        ASSERT_TRUE(store.write_set(EntityType::task, key(n), {{"title", "t"}, {"due_at", at}}).ok());
    }
    ASSERT_TRUE(store.write_set(EntityType::task, key(6), {{"title", "no due time"}}).ok());
    ASSERT_TRUE(store.write_delete(EntityType::task, key(5)).ok());

    // The deleted task (the largest value) and the task without the field are left out.
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 3)), (std::vector{key(1), key(4), key(3)}));
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 100)),
              (std::vector{key(1), key(4), key(3), key(7), key(2)}));
    // The next page continues after the last entity of the previous one.
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 10, LatestAfter{30, key(3)})),
              (std::vector{key(7), key(2)}));
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 1, LatestAfter{30, key(4)})), (std::vector{key(3)}));
    EXPECT_TRUE(keys_of(store.latest(EntityType::task, "due_at", 0)).empty());
    EXPECT_TRUE(keys_of(store.latest(EntityType::task, "due_at", 5, LatestAfter{10, key(2)})).empty());
    EXPECT_TRUE(keys_of(store.latest(EntityType::log, "at", 5)).empty()) << "other types are not mixed in";

    // Whole visible states are returned.
    auto first = store.latest(EntityType::task, "due_at", 1);
    ASSERT_TRUE(first.ok() && first->size() == 1);
    EXPECT_EQ(plain_values(first->front()), (json{{"title", "t"}, {"due_at", 50}}));
}

TEST(StoreLatest, UsesTheVisibleValueOverTheConfirmedOne) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    ASSERT_TRUE(store
                    .apply_sync_result(SyncResponse{{},
                                                    {server_task(1, {{"title", "a"}, {"due_at", 5}}, 1),
                                                     server_task(2, {{"title", "b"}, {"due_at", 40}}, 2),
                                                     server_task(3, {{"title", "c"}, {"due_at", 20}}, 3)},
                                                    "c3",
                                                    false,
                                                    kStart},
                                       kStart)
                    .ok());
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 3)), (std::vector{key(2), key(3), key(1)}));
    clock.advance_ms(1000);
    // A pending local change moves task 1 to the top; the confirmed value no longer counts.
    ASSERT_TRUE(store.write_set(EntityType::task, key(1), {{"due_at", 100}}).ok());
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 3)), (std::vector{key(1), key(2), key(3)}));
}

TEST(StoreLatest, PagesSkipTombstonesAndStillFillTheLimit) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    for (int n = 1; n <= 20; ++n) {
        ASSERT_TRUE(store.write_set(EntityType::task, key(n), {{"title", "t"}, {"due_at", n}}).ok());
    }
    // The 8 newest are deleted: a page of 5 must look past them.
    for (int n = 13; n <= 20; ++n) ASSERT_TRUE(store.write_delete(EntityType::task, key(n)).ok());
    EXPECT_EQ(keys_of(store.latest(EntityType::task, "due_at", 5)),
              (std::vector{key(12), key(11), key(10), key(9), key(8)}));
}

TEST(StoreLatest, NewestLogsByTime) {
    ManualClock clock(kStart);
    Store store = open_memory(clock);
    for (int n = 1; n <= 50; ++n) {
        // Entry times out of key order.
        const std::int64_t at = kStart - (n * 37 % 50) * 1000;
        ASSERT_TRUE(store.write_append(EntityType::log, key(n),
                                       {{"task", key(1000)}, {"author", key(999)}, {"kind", "note"}, {"at", at}})
                        .ok());
    }
    auto newest = store.latest(EntityType::log, "at", 50);
    ASSERT_TRUE(newest.ok());
    ASSERT_EQ(newest->size(), 50U);
    for (std::size_t i = 1; i < newest->size(); ++i) {
        EXPECT_GT(plain_values((*newest)[i - 1])["at"].get<std::int64_t>(),
                  plain_values((*newest)[i])["at"].get<std::int64_t>());
    }
    EXPECT_EQ(plain_values(newest->front())["at"].get<std::int64_t>(), kStart);
}

}  // namespace
}  // namespace muster
