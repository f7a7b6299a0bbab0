#pragma once
/// The demo data set (units hq → north, hq → south; logins coord, alice,
/// bob, eva, admin; password muster-demo) served in-process by
/// `server::Server` on 127.0.0.1:0, so a test can also publish on its
/// ChangeFeed and stop it from another thread.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "muster/server/config.hpp"
#include "muster/server/server.hpp"
#include "support/process.hpp"

namespace muster::test {

class DemoServer {
public:
    using Tweak = std::function<void(server::ServerConfig&)>;
    /// Seeds a fresh folder and starts; `port()` is 0 (with a test failure) if that fails.
    /// `wall` (default: the system clock) must outlive the server.
    explicit DemoServer(const Tweak& tweak = {}, const Clock& wall = SystemClock::instance());
    ~DemoServer();

    [[nodiscard]] std::uint16_t port() const;
    [[nodiscard]] server::Server& server() { return *server_; }
    [[nodiscard]] std::string data() const { return dir_.sub("data"); }
    [[nodiscard]] const TempDir& dir() const { return dir_; }
    /// The key of a demo unit by code.
    [[nodiscard]] std::string unit(const std::string& code) const { return units_.at(code); }
    /// Stops (drains) the server; idempotent.
    void stop();

private:
    TempDir dir_;
    std::map<std::string, std::string> units_;
    std::unique_ptr<server::Server> server_;
};

}  // namespace muster::test
