#pragma once
/// Group commit, shared by the SQLite and PostgreSQL stores: every write is a
/// job; whoever finds no commit running becomes the leader, takes the queued
/// jobs (up to `max_group`) and runs them through the store's `run_group` in
/// ONE transaction (each in a savepoint of its own), then wakes their callers.
/// Nobody learns their job succeeded before that commit is durable.

#include <algorithm>
#include <condition_variable>
#include <cstdint>
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

    /// The leader's loop over a batch inside its transaction: `run_one(job)`
    /// runs one job in a savepoint of its own and returns its Status; a job
    /// that fails gives back the seqs it took (`seq` is restored), and when
    /// `still_open()` then says the failure ended the whole transaction,
    /// `lost(message)` is thrown (every job of the group fails).
    template <class RunOne, class StillOpen, class Lost>
    static void run_each(const std::vector<Job*>& batch, std::int64_t& seq, RunOne&& run_one, StillOpen&& still_open,
                         Lost&& lost) {
        for (auto* job : batch) {
            const std::int64_t seq_before = seq;
            job->result = run_one(*job);
            if (job->result) continue;
            seq = seq_before;
            if (!still_open()) throw lost(job->result.error().message);
        }
    }

private:
    std::size_t max_group_;
    std::mutex mutex_;
    std::condition_variable cv_;
    std::vector<Job*> queue_;
    bool committing_ = false;
};

}  // namespace muster::server
