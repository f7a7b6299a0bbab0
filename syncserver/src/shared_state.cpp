#include "shared_state.hpp"

#include <vector>

#include "http_session.hpp"

namespace muster::server {

SharedState::SharedState(const ServerConfig& config, const Router& router, Metrics& metrics)
    : config_(config), router_(router), metrics_(metrics) {}

void SharedState::join(HttpSession* session, std::weak_ptr<HttpSession> handle) {
    std::lock_guard lock(mutex_);
    sessions_.emplace(session, std::move(handle));
    metrics_.connection_opened();
}

void SharedState::leave(HttpSession* session) {
    std::function<void()> drained;
    {
        std::lock_guard lock(mutex_);
        sessions_.erase(session);
        metrics_.connection_closed();
        if (shutting_down_ && sessions_.empty() && on_drained_) drained = std::exchange(on_drained_, nullptr);
    }
    if (drained) drained();
}

void SharedState::begin_shutdown(std::function<void()> on_drained) {
    std::vector<std::shared_ptr<HttpSession>> live;
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
