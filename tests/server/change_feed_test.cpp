// ChangeFeed: listeners told in subscription order, synchronously without a
// poster; with one, in chunks that let other queued work run in between.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "muster/server/change_feed.hpp"

namespace muster::server {
namespace {

/// A poster whose jobs wait in a queue until the test runs them, like an
/// io_context's handler queue.
struct QueuedPoster {
    std::deque<std::function<void()>> jobs;
    void run_one() {
        auto job = std::move(jobs.front());
        jobs.pop_front();
        job();
    }
    void run_all() {
        while (!jobs.empty()) run_one();
    }
};

TEST(ChangeFeed, WithoutAPosterEveryListenerIsToldBeforePublishReturns) {
    ChangeFeed feed;
    std::vector<std::int64_t> told;
    for (int i = 0; i < 40; ++i) feed.subscribe([&](const ChangeEvent& e) { told.push_back(e.seq); });
    feed.publish(ChangeEvent{7, {}});
    EXPECT_EQ(told, std::vector<std::int64_t>(40, 7));
}

TEST(ChangeFeed, APostedFanOutTakesTurnsWithWorkQueuedMeanwhile) {
    ChangeFeed feed;
    QueuedPoster poster;
    feed.set_poster([&](std::function<void()> job) { poster.jobs.push_back(std::move(job)); });
    std::vector<std::string> order;
    constexpr int kListeners = 40;
    for (int i = 0; i < kListeners; ++i) {
        feed.subscribe([&order, i](const ChangeEvent&) { order.push_back("listener " + std::to_string(i)); });
    }

    feed.publish(ChangeEvent{1, {"unit"}});
    EXPECT_TRUE(order.empty()) << "publish must return before any listener runs";
    ASSERT_EQ(poster.jobs.size(), 1u);

    poster.run_one();  // the first chunk, in subscription order
    ASSERT_EQ(order.size(), ChangeFeed::kChunk);
    EXPECT_EQ(order.front(), "listener 0");
    EXPECT_EQ(order.back(), "listener " + std::to_string(ChangeFeed::kChunk - 1));
    // A request that arrived during the first chunk is queued behind the next
    // chunk only, not behind every remaining listener.
    poster.jobs.push_back([&] { order.push_back("request"); });
    poster.run_all();

    ASSERT_EQ(order.size(), kListeners + 1u);
    const auto request_at = std::find(order.begin(), order.end(), "request") - order.begin();
    EXPECT_EQ(request_at, static_cast<long>(2 * ChangeFeed::kChunk));
    std::vector<std::string> listeners;
    for (const auto& o : order) {
        if (o != "request") listeners.push_back(o);
    }
    for (int i = 0; i < kListeners; ++i) EXPECT_EQ(listeners[static_cast<std::size_t>(i)], "listener " + std::to_string(i));
}

TEST(ChangeFeed, AFanOutUnderWayStillReachesListenersThatUnsubscribeMidway) {
    // Documented: a listener must own what it uses, because its event may
    // already be on its way when it unsubscribes.
    ChangeFeed feed;
    QueuedPoster poster;
    feed.set_poster([&](std::function<void()> job) { poster.jobs.push_back(std::move(job)); });
    int last_told = 0;
    std::uint64_t last = 0;
    for (int i = 0; i < 20; ++i) last = feed.subscribe([&, i](const ChangeEvent&) { if (i == 19) ++last_told; });
    feed.publish(ChangeEvent{1, {}});
    poster.run_one();
    feed.unsubscribe(last);
    poster.run_all();
    EXPECT_EQ(last_told, 1);
    feed.publish(ChangeEvent{2, {}});  // a later event does not reach it
    poster.run_all();
    EXPECT_EQ(last_told, 1);
    EXPECT_EQ(feed.listener_count(), 19u);
}

TEST(ChangeFeed, TakingThePosterAwayFinishesAFanOutSynchronously) {
    ChangeFeed feed;
    QueuedPoster poster;
    feed.set_poster([&](std::function<void()> job) { poster.jobs.push_back(std::move(job)); });
    int told = 0;
    for (int i = 0; i < 40; ++i) feed.subscribe([&](const ChangeEvent&) { ++told; });
    feed.publish(ChangeEvent{1, {}});
    poster.run_one();
    EXPECT_EQ(told, static_cast<int>(ChangeFeed::kChunk));
    feed.set_poster(nullptr);
    poster.run_one();  // the job already queued runs its chunk, then the rest without posting
    EXPECT_EQ(told, 40);
    EXPECT_TRUE(poster.jobs.empty());
}

}  // namespace
}  // namespace muster::server
