#include "muster/server/server.hpp"

#include <csignal>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "listener.hpp"
#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"
#include "muster/version.hpp"
#include "shared_state.hpp"

namespace muster::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

Result<ListenAddress> parse_listen(const std::string& text) {
    const auto bad = [&] {
        return Error{ErrorCode::bad_request, "--listen: '" + text + "' is not HOST:PORT (e.g. 127.0.0.1:8080)"};
    };
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return bad();
    std::string host = text.substr(0, colon);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') return bad();
        host = host.substr(1, host.size() - 2);
    }
    const std::string port_text = text.substr(colon + 1);
    if (port_text.size() > 5 || port_text.find_first_not_of("0123456789") != std::string::npos) return bad();
    const auto port = std::stoul(port_text);
    if (port > 65535) return bad();
    return ListenAddress{host, static_cast<std::uint16_t>(port)};
}

namespace {

Result<tcp::endpoint> resolve(net::io_context& ioc, const std::string& host, std::uint16_t port) {
    boost::system::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    if (!ec) return tcp::endpoint(address, port);
    tcp::resolver resolver(ioc);
    const auto results = resolver.resolve(host, std::to_string(port), ec);
    if (ec || results.empty()) return Error{ErrorCode::bad_request, "--listen: cannot resolve host '" + host + "'"};
    return results.begin()->endpoint();
}

void run_io(net::io_context& ioc) {
    for (;;) {
        try {
            ioc.run();
            return;
        } catch (const std::exception& e) {  // handlers should not throw; keep serving if one does
            log::error("unexpected exception in an I/O handler", {{"error", e.what()}});
        }
    }
}

}  // namespace

int run_server(const ServerConfig& config, std::ostream& out, std::ostream& err) {
    const Clock& wall = SystemClock::instance();
    auto directory = Directory::open(config.data_dir, wall);
    if (!directory) {
        err << "muster-server: " << directory.error().message << std::endl;
        return 1;
    }

    // Declared before the io_context: sessions still queued in it when it is
    // destroyed (after a drain timeout) use the metrics and the router.
    Metrics metrics;
    WorkerPool workers(config.hash_workers, config.max_pending_hashes);
    AuthService auth(**directory, wall, config);
    Router router;
    ChangeFeed changes;
    Services services{config, wall, **directory, auth, workers, metrics, changes};
    register_all_routes(router, services);

    net::io_context ioc(config.io_threads);
    auto endpoint = resolve(ioc, config.host, config.port);
    if (!endpoint) {
        err << "muster-server: " << endpoint.error().message << std::endl;
        return 2;
    }

    auto state = std::make_shared<SharedState>(config, router, metrics);
    auto listener = std::make_shared<Listener>(ioc, state);
    if (auto st = listener->open(*endpoint); !st) {
        err << "muster-server: " << st.error().message << std::endl;
        return 1;
    }
    listener->run();

    auto control = net::make_strand(ioc);  // signals and the drain timer
    net::signal_set signals(control, SIGINT, SIGTERM);
    net::steady_timer drain_timer(control);
    signals.async_wait([&](const boost::system::error_code& ec, int signal) {
        if (ec) return;
        log::info("shutting down", {{"signal", signal == SIGTERM ? "SIGTERM" : "SIGINT"}});
        listener->stop();
        drain_timer.expires_after(config.drain_timeout);
        drain_timer.async_wait([&](const boost::system::error_code& timer_ec) {
            if (timer_ec) return;
            log::warn("drain timeout: closing the connections still open");
            ioc.stop();
        });
        state->begin_shutdown([&] { net::post(control, [&] { drain_timer.cancel(); }); });
    });

    const auto bound = listener->local_endpoint();
    const bool v6 = config.host.find(':') != std::string::npos;
    out << "listening on " << (v6 ? "[" + config.host + "]" : config.host) << ':' << bound.port() << std::endl;
    log::info("server started", {{"version", std::string(version())},
                                 {"port", std::to_string(bound.port())},
                                 {"threads", std::to_string(config.io_threads)},
                                 {"replica", (*directory)->store().replica_id()}});

    std::vector<std::thread> threads;
    for (int i = 1; i < config.io_threads; ++i) threads.emplace_back([&ioc] { run_io(ioc); });
    run_io(ioc);
    for (auto& thread : threads) thread.join();
    workers.join();
    log::info("server stopped");
    return 0;
}

}  // namespace muster::server
