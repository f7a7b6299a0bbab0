#include "muster/server/change_feed.hpp"

namespace muster::server {

std::uint64_t ChangeFeed::subscribe(Listener listener) {
    std::lock_guard lock(mutex_);
    const auto id = next_id_++;
    listeners_.emplace(id, std::move(listener));
    return id;
}

void ChangeFeed::unsubscribe(std::uint64_t id) {
    std::lock_guard lock(mutex_);
    listeners_.erase(id);
}

void ChangeFeed::publish(const ChangeEvent& event) {
    std::lock_guard lock(mutex_);
    for (const auto& [id, listener] : listeners_) listener(event);
}

std::size_t ChangeFeed::listener_count() const {
    std::lock_guard lock(mutex_);
    return listeners_.size();
}

}  // namespace muster::server
