#include "muster/server/worker_pool.hpp"

#include <boost/asio/post.hpp>

#include "muster/server/log.hpp"

namespace muster::server {

WorkerPool::WorkerPool(int threads, std::size_t max_pending)
    : pool_(static_cast<std::size_t>(threads > 0 ? threads : 1)), max_pending_(max_pending) {}

WorkerPool::~WorkerPool() { join(); }

bool WorkerPool::try_post(std::function<void()> job) {
    if (pending_.fetch_add(1) >= max_pending_) {
        --pending_;
        return false;
    }
    boost::asio::post(pool_, [this, job = std::move(job)] {
        try {
            job();
        } catch (const std::exception& e) {
            log::error("worker job failed", {{"error", e.what()}});
        }
        --pending_;
    });
    return true;
}

void WorkerPool::join() { pool_.join(); }

}  // namespace muster::server
