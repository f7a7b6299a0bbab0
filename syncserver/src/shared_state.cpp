#include "shared_state.hpp"

#include <vector>

namespace muster::server {

SharedState::SharedState(const ServerConfig& config, const Router& router, Metrics& metrics,
                         TransportServices services)
    : config_(config), router_(router), metrics_(metrics), services_(std::move(services)) {}

bool SharedState::join(Session* session, std::weak_ptr<Session> handle) {
    std::lock_guard lock(mutex_);
    sessions_.emplace(session, std::move(handle));
    metrics_.connection_opened();
    return !shutting_down_;
}

void SharedState::leave(Session* session) {
    std::function<void()> drained;
    {
        std::lock_guard lock(mutex_);
        if (sessions_.erase(session) == 0) return;
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
        for (auto& [_, weak] : sessions_) {
            if (auto session = weak.lock()) live.push_back(std::move(session));
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
