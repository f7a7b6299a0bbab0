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

class StoreGroupCommit : public ::testing::Test {
protected:
    /// The store of a new data folder, open on `clock_`.
    ServerStore& fresh_store() {
        directory_ = test::fresh_directory(dir_.sub("data"), clock_);
        return directory_->store();
    }

    TempDir dir_;
    ManualClock clock_{1'764'000'000'000};
    std::unique_ptr<Directory> directory_;
};

TEST_F(StoreGroupCommit, ConcurrentWritersAllCommitWithDistinctSeqsThatSurviveAReopen) {
    constexpr int kThreads = 16;
    constexpr int kEach = 40;
    {
        auto d = Directory::create(dir_.sub("data"), clock_, test::fresh_test_db());
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
    auto reopened = Directory::open(dir_.sub("data"), clock_);
    ASSERT_TRUE(reopened.ok());
    auto before = seqs_of((*reopened)->store());
    ASSERT_EQ(before.size(), static_cast<std::size_t>(kThreads * kEach));
    ASSERT_TRUE(put_note((*reopened)->store(), 100'000).ok());
    const auto after = seqs_of((*reopened)->store());
    EXPECT_GT(after.back(), *std::max_element(before.begin(), before.end()))
        << "the seq counter must continue after a reopen, never reuse a committed seq";
}

TEST_F(StoreGroupCommit, AFailingWriteIsRolledBackAloneWhileItsGroupCommits) {
    auto& store = fresh_store();

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

/// A write's puts, departures and new seqs take effect in the order made,
/// whatever a backend buffers until its next statement (PostgreSQL writes them
/// in a few statements per transaction): a put after a reseq of the same row
/// wins, `bump_seq` gives a task and then its logs new seqs, and every seq is
/// handed out once.
TEST_F(StoreGroupCommit, PutsReseqsAndDeparturesInOneWriteTakeEffectInTheOrderMade) {
    auto& store = fresh_store();
    auto unit = directory_->add_unit("hq", "HQ", "");
    ASSERT_TRUE(unit.ok());

    const auto task = [&](const char* title) {
        return EntityRecord{"task", "t1", {{"title", {{"v", title}}}, {"unit", {{"v", unit->key}}}}, unit->key, 0};
    };
    const EntityRecord log{"log", "l1", {{"task", {{"v", "t1"}}}, {"kind", {{"v", "action"}}}, {"text", {{"v", "done"}}}}, unit->key, 0};
    std::int64_t put_again = 0;
    ASSERT_TRUE(store
                    .write([&](StoreWriter& w) {
                        w.put(task("first"));
                        const auto reseq = w.reseq("task", "t1");
                        put_again = w.put(task("second"));
                        EXPECT_GT(put_again, reseq);
                    })
                    .ok());
    auto stored = store.get_entity("task", "t1");
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->fields["title"]["v"], "second");
    EXPECT_EQ((*stored)->changed_seq, put_again) << "the put after the reseq wins";

    std::int64_t log_seq = 0, gone = 0, bumped = 0, seen_in_write = 0;
    ASSERT_TRUE(store
                    .write([&](StoreWriter& w) {
                        log_seq = w.put(log);
                        gone = w.depart("task", "t0", unit->key);
                        bumped = w.bump_seq("task", "t1");
                        seen_in_write = w.get("task", "t1")->changed_seq;
                        EXPECT_EQ(w.bump_seq("task", "no-such-task"), 0);
                    })
                    .ok());
    EXPECT_LT(log_seq, gone);
    EXPECT_EQ(seen_in_write, bumped - 1) << "the task first, then its log";

    std::int64_t last = 0;
    ASSERT_TRUE(store
                    .write([&](StoreWriter& w) {
                        w.reseq("task", "t1");
                        last = w.reseq("task", "t1");
                    })
                    .ok());
    stored = store.get_entity("task", "t1");
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->changed_seq, last) << "the last of two reseqs of a row in one write";

    ScopePage page;
    ASSERT_TRUE(store.read([&](StoreReader& r) { page = r.scope_page(ScopeQuery{false, {ScopeSlice{unit->key, {"task", "log"}, true}}, 0, 100}); }).ok());
    std::vector<std::string> order;
    std::vector<std::int64_t> seqs;
    for (const auto& item : page.items) {
        order.push_back((item.gone ? "gone " : "") + item.record.entity + " " + item.record.key);
        seqs.push_back(item.seq);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"gone task t0", "log l1", "task t1"}));
    EXPECT_EQ(seqs, (std::vector<std::int64_t>{gone, bumped, last}));
}

TEST_F(StoreGroupCommit, ReadsSeeTheLastCommitWithoutWaitingForAWriteInProgress) {
    auto& store = fresh_store();
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

TEST_F(StoreGroupCommit, AWriteByAnotherProcessMeanwhileIsSeenByTheNextGroup) {
    auto server = Directory::create(dir_.sub("data"), clock_, test::fresh_test_db());
    ASSERT_TRUE(server.ok());
    ASSERT_TRUE(put_note((*server)->store(), 1).ok());
    {
        // What `muster-server unit add` does beside a running server: its own store on the file.
        auto cli = Directory::open(dir_.sub("data"), clock_);
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
