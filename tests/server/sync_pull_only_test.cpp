// A pull with nothing to write is answered from a read snapshot while the
// writer is busy; a sync that must write waits for the writer. Through
// SyncService on a real database (SQLite; PostgreSQL as pg.*).
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <future>
#include <thread>

#include "muster/codec.hpp"
#include "muster/server/admin.hpp"
#include "muster/server/directory.hpp"
#include "muster/server/log.hpp"
#include "muster/server/sync.hpp"
#include "support/process.hpp"
#include "support/test_db.hpp"

namespace muster::server {
namespace {

using muster::test::TempDir;
using namespace std::chrono_literals;

constexpr const char* kReplica = "0a0a0a0a0a0a0a0a";

/// A sync of no ops from kReplica whose device report says `pending` changes wait.
DecodedSyncRequest pull(int pending, std::int64_t clock_ms) {
    const nlohmann::json body = {{"replica_id", kReplica},
                                 {"ops", nlohmann::json::array()},
                                 {"cursor", ""},
                                 {"device", {{"pending", pending}, {"app_version", "test"}, {"clock_ms", clock_ms}}}};
    auto decoded = decode_sync_request(body);
    EXPECT_TRUE(decoded.ok());
    return std::move(*decoded);
}

std::int64_t stored_pending(ServerStore& store) {
    auto device = store.get_entity("device", kReplica);
    if (!device.ok() || !device->has_value()) return -1;
    return (**device).fields["pending"]["v"].get<std::int64_t>();
}

TEST(PullOnly, APullWithNothingToWriteIsAnsweredWhileTheWriterIsBusyAndAChangedReportWaitsForIt) {
    log::set_enabled(false);
    TempDir dir;
    ASSERT_TRUE(admin::seed_demo(dir.sub("data"), HashCost::insecure_for_tests(), test::fresh_test_db()).ok());
    const SystemClock& wall = SystemClock::instance();
    auto directory = Directory::open(dir.sub("data"), wall);
    ASSERT_TRUE(directory.ok()) << directory.error().message;
    auto& store = (*directory)->store();
    auto alice = (*directory)->member_by_login("alice");
    ASSERT_TRUE(alice.ok() && alice->has_value());
    const Caller caller{(**alice).key, "member", (**alice).unit_key, {}, std::string(kReplica), wall.now_ms()};
    SyncService sync(**directory, wall);

    // The first sync writes the device record.
    auto first = sync.run(caller, pull(0, wall.now_ms()), 0, wall.now_ms());
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(stored_pending(store), 0);

    // The writer is held by a long transaction.
    std::promise<void> entered, release;
    auto released = release.get_future().share();
    std::thread writer([&] {
        (void)store.write([&](StoreWriter&) {
            entered.set_value();
            released.wait();
        });
    });
    // Let go of the writer however the test ends (a failed assertion returns early).
    bool let_go = false;
    const auto let_writer_go = [&] {
        if (let_go) return;
        let_go = true;
        release.set_value();
        writer.join();
    };
    struct Finally {
        std::function<void()> run;
        ~Finally() { run(); }
    } finally{let_writer_go};
    entered.get_future().wait();

    // The same report again: nothing to write, answered at once.
    auto same = std::async(std::launch::async, [&] { return sync.run(caller, pull(0, wall.now_ms()), 0, wall.now_ms()); });
    if (same.wait_for(10s) != std::future_status::ready) {
        let_writer_go();  // before `same` is destroyed: its destructor waits for the sync
        FAIL() << "a pull with nothing to write waited for the writer";
    }
    auto answer = same.get();
    ASSERT_TRUE(answer.ok()) << answer.error().message;
    const auto body = nlohmann::json::parse(answer->body);
    EXPECT_TRUE(body["acks"].empty());
    EXPECT_FALSE(body["changes"].empty()) << "the pull itself was answered";

    // A report that changed must be written: it waits for the writer, then is stored.
    auto changed = std::async(std::launch::async, [&] { return sync.run(caller, pull(3, wall.now_ms()), 0, wall.now_ms()); });
    EXPECT_EQ(changed.wait_for(300ms), std::future_status::timeout) << "a write did not wait for the writer";
    let_writer_go();
    ASSERT_EQ(changed.wait_for(10s), std::future_status::ready);
    ASSERT_TRUE(changed.get().ok());
    EXPECT_EQ(stored_pending(store), 3);
}

}  // namespace
}  // namespace muster::server
