#include "shared_state.hpp"

#include <vector>

namespace muster::server {

SharedState::SharedState(const ServerConfig& config, const Router& router, Metrics& metrics,
                         TransportServices services)
    : config_(config), router_(router), metrics_(metrics), services_(std::move(services)) {}

bool SharedState::admits(const boost::asio::ip::address& remote) {
    const std::size_t limit = config_.max_connections_per_ip;
    if (limit == 0 || (remote.is_loopback() && !config_.limit_loopback)) return true;
    std::lock_guard lock(mutex_);
    const auto it = per_address_.find(remote.to_string());
    return it == per_address_.end() || it->second < limit;
}

bool SharedState::join(Session* session, std::weak_ptr<Session> handle, const boost::asio::ip::address& remote) {
    std::string address = remote.to_string();
    std::lock_guard lock(mutex_);
    ++per_address_[address];
    sessions_.emplace(session, Entry{std::move(handle), std::move(address)});
    metrics_.connection_opened();
    return !shutting_down_;
}

void SharedState::leave(Session* session) {
    std::function<void()> drained;
    {
        std::lock_guard lock(mutex_);
        const auto it = sessions_.find(session);
        if (it == sessions_.end()) return;
        if (const auto count = per_address_.find(it->second.remote); count != per_address_.end() && --count->second == 0) {
            per_address_.erase(count);
        }
        sessions_.erase(it);
        metrics_.connection_closed();
        if (shutting_down_ && sessions_.empty() && on_drained_) drained = std::exchange(on_drained_, nullptr);
    }
    if (drained) drained();
}

void SharedState::begin_shutdown(std::function<void()> on_drained) {
    std::vector<std::shared_ptr<Session>> live;
    {
        std::lock_guard lock(mutex_);
        shutting_down_ = true;
        for (auto& [_, entry] : sessions_) {
            if (auto session = entry.handle.lock()) live.push_back(std::move(session));
        }
        if (sessions_.empty()) {
            on_drained();
            return;
        }
        on_drained_ = std::move(on_drained);
    }
    for (auto& session : live) session->shutdown();
}

}  // namespace muster::server
