#include "muster/server/change_feed.hpp"

#include <algorithm>

namespace muster::server {

std::uint64_t ChangeFeed::subscribe(Listener listener) {
    std::lock_guard lock(mutex_);
    const auto id = next_id_++;
    listeners_.emplace(id, std::make_shared<const Listener>(std::move(listener)));
    return id;
}

void ChangeFeed::unsubscribe(std::uint64_t id) {
    std::lock_guard lock(mutex_);
    listeners_.erase(id);
}

void ChangeFeed::set_poster(Poster poster) {
    std::lock_guard lock(mutex_);
    poster_ = std::move(poster);
}

void ChangeFeed::publish(const ChangeEvent& event) {
    auto listeners = std::make_shared<Snapshot>();
    {
        std::lock_guard lock(mutex_);
        if (!poster_) {
            for (const auto& [id, listener] : listeners_) (*listener)(event);
            return;
        }
        listeners->reserve(listeners_.size());
        for (const auto& [id, listener] : listeners_) listeners->push_back(listener);
    }
    fan_out(std::move(listeners), std::make_shared<const ChangeEvent>(event), 0);
}

void ChangeFeed::fan_out(std::shared_ptr<const Snapshot> listeners, std::shared_ptr<const ChangeEvent> event,
                         std::size_t from) {
    if (from >= listeners->size()) return;
    Poster poster;
    {
        std::lock_guard lock(mutex_);
        poster = poster_;
    }
    if (!poster) {  // switched back to synchronous while this fan-out was under way
        for (std::size_t i = from; i < listeners->size(); ++i) (*(*listeners)[i])(*event);
        return;
    }
    poster([this, listeners = std::move(listeners), event = std::move(event), from]() mutable {
        const std::size_t end = std::min(listeners->size(), from + kChunk);
        for (std::size_t i = from; i < end; ++i) (*(*listeners)[i])(*event);
        fan_out(std::move(listeners), std::move(event), end);
    });
}

std::size_t ChangeFeed::listener_count() const {
    std::lock_guard lock(mutex_);
    return listeners_.size();
}

}  // namespace muster::server
