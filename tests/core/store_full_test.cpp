// A full disk (a phone whose storage ran out): a local write and a sync answer
// both fail with `storage_full` and change nothing; once space is freed the
// same store writes again, keeps every queued change, and is intact.
#include <gtest/gtest.h>

#include "full_disk_vfs.hpp"
#include "muster/store.hpp"
#include "test_util.hpp"

namespace muster {
namespace {

using nlohmann::json;
using test::key;

constexpr std::int64_t kStart = 1'764'000'000'000;

TEST(StoreFull, ALocalWriteOnAFullDiskSaysSoAndChangesNothing) {
    test::TempDir dir;
    test::FullDiskVfs disk;
    ManualClock clock(kStart);
    auto opened = Store::open(dir.file("device.db"), clock, StoreOptions{5, false});
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    Store& store = *opened;
    auto first = store.write_set(EntityType::task, key(1), {{"title", "Sandbags"}, {"status", "open"}});
    ASSERT_TRUE(first.ok()) << first.error().message;
    const std::string before = store.canonical_hash().value();

    disk.fill();
    auto refused = store.write_batch({LocalWrite{OpKind::set, EntityType::task, key(1), {{"status", "done"}}},
                                      LocalWrite{OpKind::append, EntityType::log, key(2),
                                                 {{"task", key(1)}, {"author", key(9)}, {"kind", "action"},
                                                  {"text", "Filled 40 bags"}, {"at", kStart}}}});
    ASSERT_FALSE(refused.ok());
    EXPECT_GT(disk.refused(), 0) << "the write reached the disk";
    EXPECT_EQ(refused.error().code, ErrorCode::storage_full) << refused.error().message;
    EXPECT_EQ(to_string(refused.error().code), "storage_full");
    // Nothing of the refused batch is visible, and what was queued before still is.
    EXPECT_EQ(store.pending_count().value_or(-1), 1);
    EXPECT_EQ((*store.get(EntityType::task, key(1)))->fields.at("status").v, "open");
    EXPECT_FALSE(store.get(EntityType::log, key(2))->has_value());
    EXPECT_EQ(store.canonical_hash().value(), before);

    disk.free_space();
    auto again = store.write_set(EntityType::task, key(1), {{"status", "done"}});
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->id, store.replica_id() + "-2") << "the refused batch used no op numbers";
    EXPECT_EQ(store.pending_count().value_or(-1), 2);
    auto outbox = store.outbox_batch(10);
    ASSERT_TRUE(outbox.ok());
    EXPECT_EQ(*outbox, (std::vector<Op>{*first, *again}));
}

TEST(StoreFull, ASyncAnswerOnAFullDiskIsNotAppliedAndTheNextOneIs) {
    test::TempDir dir;
    test::FullDiskVfs disk;
    ManualClock clock(kStart);
    const std::string path = dir.file("device.db");
    {
        auto opened = Store::open(path, clock, StoreOptions{6, false});
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        Store& store = *opened;
        auto op = store.write_set(EntityType::task, key(1), {{"title", "Pumps"}, {"status", "open"}});
        ASSERT_TRUE(op.ok());
        const Op& queued = *op;
        const Hlc server_hlc{kStart + 10, 0, "00000000000000bb"};
        const SyncResponse answer{{{queued.id, AckStatus::applied, {}}},
                                  {Change{8, EntityType::task, key(3),
                                          json{{"title", {{"v", "Generator"}, {"hlc", to_json(server_hlc)}}}},
                                          false}},
                                  "c8",
                                  false,
                                  kStart};

        disk.fill();
        auto applied = store.apply_sync_result(answer, kStart + 20);
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(applied.error().code, ErrorCode::storage_full) << applied.error().message;
        // The ack is not recorded (the op is sent again, and the server calls it
        // a duplicate), the change is not stored, the cursor stays where it was.
        EXPECT_EQ(store.pending_count().value_or(-1), 1);
        EXPECT_FALSE(store.get(EntityType::task, key(3))->has_value());
        EXPECT_EQ(store.cursor(), "");

        disk.free_space();
        auto retried = store.apply_sync_result(answer, kStart + 30);
        ASSERT_TRUE(retried.ok()) << retried.error().message;
        EXPECT_EQ(store.pending_count().value_or(-1), 0);
        EXPECT_EQ((*store.get(EntityType::task, key(3)))->fields.at("title").v, "Generator");
        EXPECT_EQ(store.cursor(), "c8");
    }
    // Reopened (as after the app was killed while the disk was full): intact.
    auto reopened = Store::open(path, clock, StoreOptions{6, false});
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ(reopened->cursor(), "c8");
    EXPECT_EQ((*reopened->get(EntityType::task, key(1)))->fields.at("title").v, "Pumps");
}

}  // namespace
}  // namespace muster
