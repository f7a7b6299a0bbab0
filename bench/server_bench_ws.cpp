// server_bench, part 3: 2,000 idle authenticated WebSockets on /v1/events and the server's memory.
#include "muster/server/admin.hpp"
#include "server_bench.hpp"
#include "support/ws_client.hpp"

namespace muster::bench {

void idle_websockets(const Options& o, Table& table) {
    const int sockets = o.quick ? 200 : 2000;
    test::TempDir dir;
    const auto data = dir.sub("data");
    if (auto demo = server::admin::seed_demo(data, kFastHash); !demo)
        die("demo: " + demo.error().message);
    const auto server = start_server(data);
    const Watchdog watchdog(server->pid(), std::chrono::seconds(180), "idle WebSockets");
    std::vector<std::string> tokens;  // a token may serve many sockets
    for (int round = 0; round < 4; ++round) {
        for (const char* login : {"coord", "alice", "bob", "eva", "admin"}) {
            tokens.push_back(test::login_token(server->port(), login, kPassword));
            if (tokens.back().empty()) die(std::string("login ") + login);
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const auto before = test::memory_use(server->pid());

    std::vector<std::unique_ptr<test::WsClient>> open;
    const auto start = Clock::now();
    for (int i = 0; i < sockets; ++i) {
        auto ws = std::make_unique<test::WsClient>(
            server->port(), tokens[static_cast<std::size_t>(i) % tokens.size()]);
        const auto hello = ws->ok() ? ws->next(std::chrono::seconds(10)) : std::nullopt;
        if (!hello || hello->value("type", "") != "hello")
            die("WebSocket " + std::to_string(i) + ": no hello " + ws->error());
        open.push_back(std::move(ws));
    }
    const double connect_seconds = since(start);
    std::this_thread::sleep_for(std::chrono::seconds(1));
    const auto after = test::memory_use(server->pid());
    const long growth = after.rss_kib - before.rss_kib;

    const std::string what = number(sockets) + " idle WebSockets: ";
    table.add(
        what + "open (upgraded, hello read) after",
        number(static_cast<double>(open.size())) + " in " + number(connect_seconds, 2) + " s");
    table.add(what + "server RSS before -> after",
              mib(before.rss_kib) + " -> " + mib(after.rss_kib));
    table.add(what + "server RSS growth (per socket)",
              mib(growth) + " (" + number(static_cast<double>(growth) / sockets, 1) + " KiB)",
              "<= 40 MiB", growth <= 40 * 1024);
}

}  // namespace muster::bench
