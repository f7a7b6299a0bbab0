// The SQLite store's group commit and read connections, through ServerStore's
// public interface on a real database file.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "muster/server/directory.hpp"
#include "support/test_db.hpp"
#include "support/process.hpp"

namespace muster::server {
namespace {

using muster::test::TempDir;
using namespace std::chrono_literals;

EntityRecord note(int i) {
    return EntityRecord{"drill", "key-" + std::to_string(i), {{"title", {{"v", "note " + std::to_string(i)}}}}, "", 0};
}

Status put_note(ServerStore& store, int i) {
    return store.write([i](StoreWriter& w) { w.put(note(i)); });
}

std::vector<std::int64_t> seqs_of(ServerStore& store) {
    auto rows = store.list_entities("drill");
    EXPECT_TRUE(rows.ok());
    std::vector<std::int64_t> out;
    if (rows) {
        for (const auto& row : *rows) out.push_back(row.changed_seq);
    }
    return out;
}

/// Blocks the write connection inside a write until `release` is set.
class HeldWrite {
public:
    explicit HeldWrite(ServerStore& store) {
        done_ = std::async(std::launch::async, [this, &store] {
            return store.write([this](StoreWriter& w) {
                w.put(note(-1));
                entered_.set_value();
                release_.get_future().wait();
            });
        });
        entered_.get_future().wait();
    }
    ~HeldWrite() {
        if (!released_) static_cast<void>(release());
    }
    HeldWrite(const HeldWrite&) = delete;
    HeldWrite& operator=(const HeldWrite&) = delete;

    Status release() {
        released_ = true;
        release_.set_value();
        return done_.get();
    }

private:
    std::promise<void> entered_;
    std::promise<void> release_;
    std::future<Status> done_;
    bool released_ = false;
};

TEST(StoreGroupCommit, ConcurrentWritersAllCommitWithDistinctSeqsThatSurviveAReopen) {
    TempDir dir;
    ManualClock clock(1'764'000'000'000);
    constexpr int kThreads = 16;
    constexpr int kEach = 40;
    {
        auto d = Directory::create(dir.sub("data"), clock, test::fresh_test_db());
        ASSERT_TRUE(d.ok());
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kEach; ++i) {
                    if (!put_note((*d)->store(), t * kEach + i)) ++failures;
                }
            });
        }
        for (auto& thread : threads) thread.join();
        EXPECT_EQ(failures.load(), 0);
        const auto seqs = seqs_of((*d)->store());
        ASSERT_EQ(seqs.size(), static_cast<std::size_t>(kThreads * kEach));
        EXPECT_EQ(std::set<std::int64_t>(seqs.begin(), seqs.end()).size(), seqs.size());
    }
    auto reopened = Directory::open(dir.sub("data"), clock);
    ASSERT_TRUE(reopened.ok());
    auto before = seqs_of((*reopened)->store());
    ASSERT_EQ(before.size(), static_cast<std::size_t>(kThreads * kEach));
    ASSERT_TRUE(put_note((*reopened)->store(), 100'000).ok());
    const auto after = seqs_of((*reopened)->store());
    EXPECT_GT(after.back(), *std::max_element(before.begin(), before.end()))
        << "the seq counter must continue after a reopen, never reuse a committed seq";
}

TEST(StoreGroupCommit, AFailingWriteIsRolledBackAloneWhileItsGroupCommits) {
    TempDir dir;
    ManualClock clock(1'764'000'000'000);
    auto d = Directory::create(dir.sub("data"), clock, test::fresh_test_db());
    ASSERT_TRUE(d.ok());
    auto& store = (*d)->store();

    std::vector<std::future<Status>> writes;
    {
        // While one write holds the connection, the others queue up and are
        // committed together by the next leader: two good, one that throws
        // after writing, and a constraint failure.
        HeldWrite held(store);
        writes.push_back(std::async(std::launch::async, [&] { return put_note(store, 1); }));
        writes.push_back(std::async(std::launch::async, [&] {
            return store.write([](StoreWriter& w) {
                w.put(note(2));
                throw std::runtime_error("the job failed half-way");
            });
        }));
        writes.push_back(std::async(std::launch::async, [&] { return put_note(store, 3); }));
        std::this_thread::sleep_for(100ms);  // let them queue (the outcome is the same if they do not)
        ASSERT_TRUE(held.release().ok());
    }
    ASSERT_TRUE(writes[0].get().ok());
    const auto failed = writes[1].get();
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().message.find("half-way"), std::string::npos) << failed.error().message;
    ASSERT_TRUE(writes[2].get().ok());

    auto rows = store.list_entities("drill");
    ASSERT_TRUE(rows.ok());
    std::set<std::string> keys;
    for (const auto& row : *rows) keys.insert(row.key);
    EXPECT_EQ(keys, (std::set<std::string>{"key--1", "key-1", "key-3"}));
    // The failed write's seqs were handed back: the committed ones have no gap.
    auto seqs = seqs_of(store);
    std::sort(seqs.begin(), seqs.end());
    EXPECT_EQ(seqs.back() - seqs.front(), static_cast<std::int64_t>(seqs.size()) - 1);
}

TEST(StoreGroupCommit, ReadsSeeTheLastCommitWithoutWaitingForAWriteInProgress) {
    TempDir dir;
    ManualClock clock(1'764'000'000'000);
    auto d = Directory::create(dir.sub("data"), clock, test::fresh_test_db());
    ASSERT_TRUE(d.ok());
    auto& store = (*d)->store();
    ASSERT_TRUE(put_note(store, 1).ok());

    HeldWrite held(store);  // uncommitted: note -1
    auto read = std::async(std::launch::async, [&] {
        std::vector<std::string> keys;
        auto st = store.read([&](StoreReader& r) {
            for (const auto& row : r.list("drill")) keys.push_back(row.key);
        });
        return st.ok() ? keys : std::vector<std::string>{"read failed"};
    });
    ASSERT_EQ(read.wait_for(5s), std::future_status::ready) << "a read waited for the writer";
    EXPECT_EQ(read.get(), std::vector<std::string>{"key-1"});
    auto token = store.find_token(std::string(32, 'x'));
    EXPECT_TRUE(token.ok());
    ASSERT_TRUE(held.release().ok());
    EXPECT_EQ(seqs_of(store).size(), 2u);
}

TEST(StoreGroupCommit, AWriteByAnotherProcessMeanwhileIsSeenByTheNextGroup) {
    TempDir dir;
    ManualClock clock(1'764'000'000'000);
    auto server = Directory::create(dir.sub("data"), clock, test::fresh_test_db());
    ASSERT_TRUE(server.ok());
    ASSERT_TRUE(put_note((*server)->store(), 1).ok());
    {
        // What `muster-server unit add` does beside a running server: its own store on the file.
        auto cli = Directory::open(dir.sub("data"), clock);
        ASSERT_TRUE(cli.ok());
        ASSERT_TRUE((*cli)->add_unit("north", "North", "").ok());
        ASSERT_TRUE(put_note((*cli)->store(), 2).ok());
    }
    ASSERT_TRUE(put_note((*server)->store(), 3).ok()) << "the server must not reuse the CLI's seqs";
    auto seqs = seqs_of((*server)->store());
    EXPECT_EQ(std::set<std::int64_t>(seqs.begin(), seqs.end()).size(), 3u);
}

}  // namespace
}  // namespace muster::server
