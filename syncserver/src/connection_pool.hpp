#pragma once
/// Read connections shared by both store backends: at most `max` open, idle
/// ones kept for the next reader, callers waiting when all are busy. A
/// connection its reader found broken is closed instead of kept.

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace muster::server {

template <class Connection>
class ConnectionPool {
public:
    using Open = std::function<std::unique_ptr<Connection>()>;
    /// `usable` says whether a returned connection may be kept (default: always).
    ConnectionPool(std::size_t max, Open open, std::function<bool(const Connection&)> usable = {})
        : max_(max), open_(std::move(open)), usable_(std::move(usable)) {}

    /// An idle connection, a new one (`open` may throw), or the next one returned.
    std::unique_ptr<Connection> acquire() {
        std::unique_lock lock(mutex_);
        for (;;) {
            if (!idle_.empty()) {
                auto connection = std::move(idle_.back());
                idle_.pop_back();
                return connection;
            }
            if (open_count_ < max_) break;
            cv_.wait(lock);
        }
        ++open_count_;
        lock.unlock();
        try {
            return open_();
        } catch (...) {
            lock.lock();
            --open_count_;
            cv_.notify_one();
            throw;
        }
    }

    void release(std::unique_ptr<Connection> connection) {
        std::lock_guard lock(mutex_);
        if (connection && (!usable_ || usable_(*connection))) {
            idle_.push_back(std::move(connection));
        } else {
            --open_count_;  // closed; the next reader opens a new one
        }
        cv_.notify_one();
    }

    /// `body(connection)` on a borrowed connection, returned afterwards even if it throws.
    template <class F>
    decltype(auto) with(F&& body) {
        auto connection = acquire();
        struct Return {
            ConnectionPool& pool;
            std::unique_ptr<Connection>& connection;
            ~Return() { pool.release(std::move(connection)); }
        } give_back{*this, connection};
        return body(*connection);
    }

private:
    std::size_t max_;
    Open open_;
    std::function<bool(const Connection&)> usable_;
    std::mutex mutex_;
    std::condition_variable cv_;
    std::vector<std::unique_ptr<Connection>> idle_;
    std::size_t open_count_ = 0;
};

}  // namespace muster::server
