#include "support/test_db.hpp"
#include "support/demo_server.hpp"

#include <gtest/gtest.h>

#include "muster/server/admin.hpp"
#include "muster/server/log.hpp"

namespace muster::test {

DemoServer::DemoServer(const Tweak& tweak, const Clock& wall) {
    server::log::set_enabled(false);
    auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests(), fresh_test_db());
    if (!demo) {
        ADD_FAILURE() << "demo: " << demo.error().message;
        return;
    }
    auto units = server::admin::list_units(data());
    if (units) {
        for (const auto& row : *units) units_[row.unit.code] = row.unit.key;
    }
    server::ServerConfig config;
    config.data_dir = data();
    config.host = "127.0.0.1";
    config.port = 0;
    config.io_threads = 2;
    if (tweak) tweak(config);
    auto started = server::Server::start(config, wall);
    if (!started) {
        ADD_FAILURE() << "start: " << started.error().message;
        return;
    }
    server_ = std::move(*started);
}

DemoServer::~DemoServer() { stop(); }

std::uint16_t DemoServer::port() const { return server_ ? server_->port() : 0; }

void DemoServer::stop() {
    if (server_) server_->stop();
}

}  // namespace muster::test
