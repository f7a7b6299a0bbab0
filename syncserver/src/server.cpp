#include "muster/server/server.hpp"

#include <atomic>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "inject_scheduler.hpp"
#include "listener.hpp"
#include "muster/server/blobs.hpp"
#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"
#include "muster/server/report.hpp"
#include "muster/server/store.hpp"
#include "muster/version.hpp"
#include "pg.hpp"
#include "pg_change_relay.hpp"
#include "shared_state.hpp"
#include "tls.hpp"
#include "unit_hierarchy.hpp"

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

/// How long the live unit tree may lag units moved by the CLI (it is reloaded on the next change after this).
constexpr std::chrono::milliseconds kUnitTreeMaxAge{5'000};

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

/// Members are declared in dependency order: everything a session or a queued
/// handler may touch is declared before the io_context, so it outlives the
/// handlers the io_context destroys.
struct Server::Impl {
    explicit Impl(const ServerConfig& c)
        : config(c),
          workers(config.hash_workers, config.max_pending_hashes),
          sync_workers(config.sync_workers, config.max_pending_syncs),
          blob_workers(config.blob_workers, config.max_pending_blobs),
          ioc(config.io_threads),
          control(net::make_strand(ioc)),
          drain_timer(control) {}

    ~Impl() {
        relay.reset();  // its thread publishes to sessions on `ioc`, destroyed before it otherwise
        changes.set_poster(nullptr);  // `ioc` goes first: nothing may post to it afterwards
        if (tree_subscription != 0) changes.unsubscribe(tree_subscription);
        if (units) units->set_poster(nullptr);
    }

    ServerConfig config;
    std::unique_ptr<Directory> directory;
    std::unique_ptr<BlobStore> blob_store;
    std::unique_ptr<net::ssl::context> tls;
    Metrics metrics;
    WorkerPool workers;
    WorkerPool sync_workers;
    WorkerPool blob_workers;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AuthService> auth;
    Router router;
    ChangeFeed changes;
    std::string database;  ///< for logs (no password)
    std::unique_ptr<PgChangeRelay> relay;  ///< with PostgreSQL: events to and from the other instances
    std::unique_ptr<BlobAccess> blob_access;
    std::unique_ptr<Services> services;
    std::unique_ptr<InjectScheduler> injects;
    std::shared_ptr<UnitHierarchyCache> units;
    std::uint64_t tree_subscription = 0;

    net::io_context ioc;
    net::strand<net::io_context::executor_type> control;  ///< signals, the drain timer, unit tree reloads
    net::steady_timer drain_timer;
    std::optional<net::signal_set> signals;
    std::shared_ptr<SharedState> state;
    std::shared_ptr<Listener> listener;
    std::vector<std::thread> threads;
    bool stopping = false;  ///< on `control`
    std::once_flag joined;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { stop(); }

Result<std::unique_ptr<Server>> Server::start(const ServerConfig& config, const Clock& wall) {
    auto impl = std::make_unique<Impl>(config);
    Impl& s = *impl;

    auto database = resolve_database(s.config.data_dir);
    if (!database) return database.error();
    auto directory = Directory::open(s.config.data_dir, wall);
    if (!directory) return directory.error();
    s.database = database->kind == DatabaseUrl::Kind::postgresql ? pg::redact(database->url) : database->url;
    if (database->kind == DatabaseUrl::Kind::postgresql) {
        auto relay = PgChangeRelay::start(database->url, s.changes);
        if (!relay) return relay.error();
        s.relay = std::move(*relay);
    }
    s.directory = std::move(*directory);
    auto blobs = BlobStore::open(s.config.data_dir, s.directory->store());
    if (!blobs) return blobs.error();
    s.blob_store = std::move(*blobs);
    s.blob_access = std::make_unique<ScopedBlobAccess>(s.directory->store(), *s.blob_store, wall);
    if (!s.config.tls_cert_file.empty() || !s.config.tls_key_file.empty()) {
        auto tls = make_tls_context(s.config.tls_cert_file, s.config.tls_key_file);
        if (!tls) return tls.error();
        s.tls = std::move(*tls);
    }

    auto audit = AuditLog::open(s.config.audit_log_file.empty() ? AuditLog::default_path(s.config.data_dir)
                                                                : s.config.audit_log_file);
    if (!audit) return audit.error();
    s.audit = std::move(*audit);
    s.auth = std::make_unique<AuthService>(*s.directory, wall, s.config, s.audit.get());
    s.services = std::make_unique<Services>(Services{s.config, wall, *s.directory, *s.auth, s.workers, s.sync_workers,
                                                     s.metrics, s.changes, *s.audit});
    register_all_routes(s.router, *s.services);
    register_blob_routes(s.router, *s.services, BlobServices{*s.blob_store, *s.blob_access, s.blob_workers});
    register_report_routes(s.router, *s.services);
    s.injects = std::make_unique<InjectScheduler>(s.directory->store(), wall, s.changes, s.config.inject_tick);

    Directory* dir = s.directory.get();
    s.units = std::make_shared<UnitHierarchyCache>([dir] { return dir->units(); }, kUnitTreeMaxAge);
    if (auto st = s.units->load(); !st) return st.error();
    s.units->set_poster([executor = s.control](std::function<void()> job) { net::post(executor, std::move(job)); });
    // Subscribed first, so it sees every change before the sessions do. A
    // logout's revoked token changed no unit (its empty list is not "every unit").
    s.tree_subscription = s.changes.subscribe([units = s.units](const ChangeEvent& e) {
        if (e.revoked_token.empty()) units->note_change(e.unit_keys);
    });
    // A commit's fan-out to hundreds of sockets runs on the I/O threads in
    // chunks, taking turns with the requests that arrive meanwhile.
    s.changes.set_poster([executor = s.ioc.get_executor()](std::function<void()> job) {
        net::post(executor, std::move(job));
    });

    auto endpoint = resolve(s.ioc, s.config.host, s.config.port);
    if (!endpoint) return endpoint.error();
    s.state = std::make_shared<SharedState>(s.config, s.router, s.metrics,
                                            TransportServices{wall, *s.auth, s.changes, s.units, s.tls.get()});
    s.listener = std::make_shared<Listener>(s.ioc, s.state);
    if (auto st = s.listener->open(*endpoint); !st) return st.error();
    s.listener->run();
    for (int i = 0; i < s.config.io_threads; ++i) s.threads.emplace_back([&s] { run_io(s.ioc); });
    s.injects->start();
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

std::uint16_t Server::port() const { return impl_->listener->local_endpoint().port(); }

std::string Server::database() const { return impl_->database; }

ChangeFeed& Server::changes() { return impl_->changes; }

void Server::begin_stop() {
    Impl& s = *impl_;
    net::post(s.control, [&s] {
        if (s.stopping) return;
        s.stopping = true;
        if (s.signals) s.signals->cancel();
        s.listener->stop();
        s.drain_timer.expires_after(s.config.drain_timeout);
        s.drain_timer.async_wait([&s](const boost::system::error_code& ec) {
            if (ec) return;
            log::warn("drain timeout: closing the connections still open");
            s.ioc.stop();
        });
        s.state->begin_shutdown([&s] { net::post(s.control, [&s] { s.drain_timer.cancel(); }); });
    });
}

void Server::stop_on_signals() {
    Impl& s = *impl_;
    s.signals.emplace(s.control, SIGINT, SIGTERM);
    s.signals->async_wait([this](const boost::system::error_code& ec, int signal) {
        if (ec) return;
        log::info("shutting down", {{"signal", signal == SIGTERM ? "SIGTERM" : "SIGINT"}});
        begin_stop();
    });
}

void Server::wait() {
    Impl& s = *impl_;
    std::call_once(s.joined, [&s] {
        for (auto& thread : s.threads) thread.join();
        s.relay.reset();  // no more events from other instances once the sessions are gone
        s.injects->stop();
        s.workers.join();
        s.sync_workers.join();
        s.blob_workers.join();
    });
}

void Server::stop() {
    begin_stop();
    wait();
}

namespace {

/// MUSTER_TEST_CLOCK_OFFSET_MS (end-to-end tests only, like MUSTER_TEST_FAST_HASH):
/// the served wall clock runs that many ms ahead of the system's (negative:
/// behind), so a test can let an hour pass for the server across a restart.
Result<std::int64_t> test_clock_offset() {
    const char* text = std::getenv("MUSTER_TEST_CLOCK_OFFSET_MS");
    if (text == nullptr || *text == '\0') return std::int64_t{0};
    std::int64_t offset = 0;
    const char* end = text + std::strlen(text);
    const auto [ptr, ec] = std::from_chars(text, end, offset);
    if (ec != std::errc{} || ptr != end) {
        return Error{ErrorCode::bad_request,
                     "MUSTER_TEST_CLOCK_OFFSET_MS: '" + std::string(text) + "' is not a whole number of ms"};
    }
    return offset;
}

}  // namespace

int run_server(const ServerConfig& config, std::ostream& out, std::ostream& err) {
    const auto offset = test_clock_offset();
    if (!offset) {
        err << "muster-server: " << offset.error().message << std::endl;
        return 2;
    }
    const OffsetClock wall(SystemClock::instance(), *offset);
    // Held while serving, so that `restore` refuses to replace the database
    // under this server. A missing folder is for Server::start to name.
    std::optional<DataFolderLock> serving;
    if (std::error_code ec; std::filesystem::is_directory(config.data_dir, ec)) {
        auto lock = DataFolderLock::take(config.data_dir, DataFolderLock::Mode::serve);
        if (!lock) {
            err << "muster-server: " << lock.error().message << std::endl;
            return lock.error().code == ErrorCode::bad_request ? 2 : 1;
        }
        serving.emplace(std::move(lock).value());
    }
    auto server = Server::start(config, wall);
    if (!server) {
        err << "muster-server: " << server.error().message << std::endl;
        const auto code = server.error().code;
        return code == ErrorCode::bad_request || code == ErrorCode::not_found ? 2 : 1;
    }
    (*server)->stop_on_signals();
    const auto port = (*server)->port();
    const bool v6 = config.host.find(':') != std::string::npos;
    out << "listening on " << (v6 ? "[" + config.host + "]" : config.host) << ':' << port << std::endl;
    if (!config.tls_cert_file.empty()) {
        // What members compare when the app meets a certificate no authority signed.
        if (auto fingerprint = certificate_fingerprint(config.tls_cert_file)) {
            out << "TLS certificate SHA-256 fingerprint: " << *fingerprint << std::endl;
            log::info("tls certificate", {{"sha256", *fingerprint}});
        }
    }
    log::info("server started", {{"version", std::string(version())},
                                 {"port", std::to_string(port)},
                                 {"threads", std::to_string(config.io_threads)},
                                 {"tls", config.tls_cert_file.empty() ? "off" : "on"},
                                 {"database", (*server)->database()}});
    if (*offset != 0) log::warn("test clock in effect", {{"offset_ms", std::to_string(*offset)}});
    (*server)->wait();
    log::info("server stopped");
    return 0;
}

}  // namespace muster::server
