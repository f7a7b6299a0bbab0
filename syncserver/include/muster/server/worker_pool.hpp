#pragma once
/// A small pool for CPU-heavy work (argon2id) that must not run on I/O
/// threads. Its thread count is the concurrency limit (the "semaphore"); the
/// queue is bounded so a login flood cannot grow memory without end.

#include <atomic>
#include <cstddef>
#include <functional>

#include <boost/asio/thread_pool.hpp>

namespace muster::server {

class WorkerPool {
public:
    WorkerPool(int threads, std::size_t max_pending);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /// Queues `job`; false (and `job` dropped unrun) when `max_pending` jobs are already waiting or running.
    [[nodiscard]] bool try_post(std::function<void()> job);
    /// Waits for queued jobs and stops the threads.
    void join();

private:
    boost::asio::thread_pool pool_;
    std::size_t max_pending_;
    std::atomic<std::size_t> pending_{0};
};

}  // namespace muster::server
