#pragma once
/// State shared by the listener and every session: settings, the router, the
/// metrics, what `/v1/events` needs (auth, the change feed, the unit tree),
/// the TLS context, and the set of live sessions (for a draining shutdown).

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include <boost/asio/ip/address.hpp>

#include "muster/clock.hpp"
#include "muster/server/auth.hpp"
#include "muster/server/change_feed.hpp"
#include "muster/server/config.hpp"
#include "muster/server/metrics.hpp"
#include "muster/server/router.hpp"

namespace boost::asio::ssl {
class context;
}

namespace muster::server {

class UnitHierarchyCache;

/// A live connection as the shared state sees it: something that can be asked to close.
class Session {
public:
    virtual ~Session() = default;
    /// Thread-safe: HTTP finishes the current request, then closes; a
    /// WebSocket sends a going-away (1001) close frame.
    virtual void shutdown() = 0;
};

/// What the transport needs besides the router. All references outlive the state.
struct TransportServices {
    const Clock& wall;
    AuthService& auth;
    ChangeFeed& changes;
    std::shared_ptr<UnitHierarchyCache> units;
    boost::asio::ssl::context* tls = nullptr;  ///< null: plain HTTP
};

class SharedState {
public:
    SharedState(const ServerConfig& config, const Router& router, Metrics& metrics, TransportServices services);

    [[nodiscard]] const ServerConfig& config() const noexcept { return config_; }
    [[nodiscard]] const Router& router() const noexcept { return router_; }
    [[nodiscard]] Metrics& metrics() noexcept { return metrics_; }
    [[nodiscard]] const Clock& wall() const noexcept { return services_.wall; }
    [[nodiscard]] AuthService& auth() noexcept { return services_.auth; }
    [[nodiscard]] ChangeFeed& changes() noexcept { return services_.changes; }
    [[nodiscard]] const std::shared_ptr<UnitHierarchyCache>& units() const noexcept { return services_.units; }
    /// The TLS context, or null when serving plain HTTP.
    [[nodiscard]] boost::asio::ssl::context* tls() const noexcept { return services_.tls; }
    [[nodiscard]] bool shutting_down() const noexcept { return shutting_down_.load(); }

    /// Whether one more connection from `remote` is allowed: fewer than
    /// `max_connections_per_ip` open from it (loopback exempt unless `limit_loopback`).
    [[nodiscard]] bool admits(const boost::asio::ip::address& remote);

    /// Registers a live session from `remote`. False if shutdown has already
    /// begun: the session missed the broadcast and must close itself.
    bool join(Session* session, std::weak_ptr<Session> handle, const boost::asio::ip::address& remote);
    void leave(Session* session);

    /// Asks every session to finish and close; `on_drained` runs (on a
    /// session's thread, or at once) when the last one has gone.
    void begin_shutdown(std::function<void()> on_drained);

private:
    const ServerConfig& config_;
    const Router& router_;
    Metrics& metrics_;
    TransportServices services_;
    std::atomic<bool> shutting_down_{false};
    std::mutex mutex_;
    struct Entry {
        std::weak_ptr<Session> handle;
        std::string remote;  ///< key of `per_address_`
    };
    std::unordered_map<Session*, Entry> sessions_;
    std::unordered_map<std::string, std::size_t> per_address_;  ///< open sessions per remote address
    std::function<void()> on_drained_;
};

}  // namespace muster::server
