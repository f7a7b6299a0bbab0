#pragma once
/// Group commit, shared by the SQLite and PostgreSQL stores: every write is a
/// job; whoever finds no commit running becomes the leader, takes the queued
/// jobs (up to `max_group`) and runs them through the store's `run_group` in
/// ONE transaction (each in a savepoint of its own), then wakes their callers.
/// Nobody learns their job succeeded before that commit is durable.

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

#include "muster/result.hpp"

namespace muster::server {

class GroupCommit {
public:
    /// One write waiting for (or in) a group commit.
    struct Job {
        const std::function<void()>* body;
        const char* conflict_message;  ///< the error for a uniqueness violation (nullptr: a storage error)
        Status result{};
        bool done = false;
    };
    /// Runs a batch in one transaction and sets each job's `result`.
    using Runner = std::function<void(const std::vector<Job*>&)>;

    explicit GroupCommit(std::size_t max_group) : max_group_(max_group) {}

    /// Queues `body` and returns once the commit that ran it is durable (or its error).
    Status submit(const std::function<void()>& body, const char* conflict_message, const Runner& run_group) {
        Job job{&body, conflict_message};
        std::unique_lock lock(mutex_);
        queue_.push_back(&job);
        while (!job.done) {
            if (committing_) {
                cv_.wait(lock);
                continue;
            }
            committing_ = true;
            const auto take = static_cast<std::ptrdiff_t>(std::min(queue_.size(), max_group_));
            std::vector<Job*> batch(queue_.begin(), queue_.begin() + take);
            queue_.erase(queue_.begin(), queue_.begin() + take);
            lock.unlock();
            run_group(batch);
            lock.lock();
            for (auto* done : batch) done->done = true;
            committing_ = false;
            cv_.notify_all();
        }
        return std::move(job.result);
    }

private:
    std::size_t max_group_;
    std::mutex mutex_;
    std::condition_variable cv_;
    std::vector<Job*> queue_;
    bool committing_ = false;
};

}  // namespace muster::server
