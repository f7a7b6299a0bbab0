#pragma once
/// State shared by the listener and every session: settings, the router, the
/// metrics and the set of live sessions (for a draining shutdown).

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "muster/server/config.hpp"
#include "muster/server/metrics.hpp"
#include "muster/server/router.hpp"

namespace muster::server {

class HttpSession;

class SharedState {
public:
    SharedState(const ServerConfig& config, const Router& router, Metrics& metrics);

    [[nodiscard]] const ServerConfig& config() const noexcept { return config_; }
    [[nodiscard]] const Router& router() const noexcept { return router_; }
    [[nodiscard]] Metrics& metrics() noexcept { return metrics_; }
    [[nodiscard]] bool shutting_down() const noexcept { return shutting_down_.load(); }

    void join(HttpSession* session, std::weak_ptr<HttpSession> handle);
    void leave(HttpSession* session);

    /// Asks every session to finish its current request and close; `on_drained`
    /// runs (on a session's thread, or at once) when the last one has gone.
    void begin_shutdown(std::function<void()> on_drained);

private:
    const ServerConfig& config_;
    const Router& router_;
    Metrics& metrics_;
    std::atomic<bool> shutting_down_{false};
    std::mutex mutex_;
    std::unordered_map<HttpSession*, std::weak_ptr<HttpSession>> sessions_;
    std::function<void()> on_drained_;
};

}  // namespace muster::server
