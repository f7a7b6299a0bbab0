// server_bench --table, rows 2 and 3: push and cold pull of the same N task documents (100,000 by
// default), Muster against its peer pouchdb-server + PouchDB, all on 127.0.0.1.
//
// Muster: one client (the hq coordinator) pushes N task creates through POST /v1/sync in syncs of
// 2000 ops (the protocol's most) into a fresh server; then a fresh core device store (Store +
// SyncEngine, the app's default pull limit of 500, answers gzipped as the app asks) cold-pulls its
// whole scope. Peer: the bench installs pouchdb-server and pouchdb at pinned versions with the
// machine's npm under <build>/bench-peer (once), starts pouchdb-server on a temp-dir (LevelDB) backend,
// and bench/pouch_peer.js loads the same N documents into a local on-disk PouchDB (untimed),
// times replicate.to(remote) and then replicate.from(remote) into a fresh local PouchDB, both with
// batch_size 500. Bytes on the wire: every side goes through the same counting TCP proxy
// (pouch_peer.js), which counts both directions per connection; times are taken through it too.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "muster/codec.hpp"
#include "muster/json.hpp"
#include "muster/server/admin.hpp"
#include "muster/store.hpp"
#include "muster/sync_engine.hpp"
#include "server_bench_table.hpp"
#include "support/gzip.hpp"

namespace muster::bench {
namespace {

const std::string kPeerDir = BENCH_PEER_DIR;
const std::string kScript = BENCH_POUCH_SCRIPT;
constexpr const char* kPouchServerPackage = "pouchdb-server@4.2.0";
constexpr const char* kPouchPackage = "pouchdb@9.0.0";
constexpr std::size_t kOpsPerSync = 2000;

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

std::string program(const std::string& name) {
    for (const char* dir : {"/usr/bin/", "/usr/local/bin/", "/bin/"})
        if (exists(dir + name)) return dir + name;
    return {};
}

std::string tail(const std::string& text, std::size_t n = 300) {
    return text.size() <= n ? text : text.substr(text.size() - n);
}

/// A port free on 127.0.0.1 a moment ago (pouchdb-server takes a fixed --port).
std::uint16_t free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(fd);
        return 0;
    }
    ::close(fd);
    return ntohs(a.sin_port);
}

/// Installs the peer once; "" when it is there, else why not.
std::string install_peer(const std::string& npm) {
    const auto have = [] {
        return exists(kPeerDir + "/node_modules/pouchdb-server/bin/pouchdb-server") &&
               exists(kPeerDir + "/node_modules/pouchdb/package.json");
    };
    if (have()) return {};
    std::fprintf(stderr, "server_bench --table: npm install %s %s into %s ...\n", kPouchServerPackage, kPouchPackage,
                 kPeerDir.c_str());
    const auto r = test::run_process({npm, "install", "--prefix", kPeerDir, "--no-audit", "--no-fund", "--loglevel=error",
                                      kPouchServerPackage, kPouchPackage},
                                     "", std::chrono::seconds(900), {});
    if (r.exit_code != 0 || !have()) return "npm install failed (exit " + std::to_string(r.exit_code) + "): " + tail(r.err);
    return {};
}

/// SyncEngine's transport over the bench's keep-alive client (asks for gzip, as the app does), in
/// one step or two (`send` / `receive`: the engine asks for the next page while it stores one, as the
/// app's transport lets it).
class KeepAliveTransport final : public Transport {
  public:
    KeepAliveTransport(KeepAliveClient& http, std::string token) : http_(http), token_(std::move(token)) {}
    Result<SyncResponse> sync(const SyncRequest& request) override {
        write(request);
        return receive();
    }
    bool send(const SyncRequest& request) override {  // a failed write fails `receive`
        write(request);
        return true;
    }
    Result<SyncResponse> receive() override {
        if (!sent_) return Error{ErrorCode::unavailable, send_error_};
        auto r = http_.read_reply();
        if (r.status != 200) return Error{ErrorCode::unavailable, "HTTP " + std::to_string(r.status) + " " + r.error};
        const std::string text = r.gzipped ? test::gunzip(r.body) : std::move(r.body);
        auto parsed = parse_strict(text);
        if (!parsed) return parsed.error();
        return decode_sync_response(*parsed);
    }

  private:
    void write(const SyncRequest& request) {
        send_error_.clear();
        sent_ = http_.send_post("/v1/sync", encode_sync_request(request).dump(), token_, true, send_error_);
    }

    KeepAliveClient& http_;
    std::string token_;
    std::string send_error_;
    bool sent_ = false;
};

struct Traffic {
    double up = 0, down = 0;
};

/// The counting proxy's line for the connection that just closed.
Traffic proxy_counts(test::ChildProcess& proxy) {
    const auto line = proxy.read_line(std::chrono::seconds(10));
    const auto j = line ? json::parse(*line, nullptr, false) : json();
    if (!j.is_object()) die("counting proxy: no count line");
    return {j.value("up", 0.0), j.value("down", 0.0)};
}

struct MusterSide {
    double push_s = 0, pull_s = 0;
    Traffic push, pull;
    std::size_t pulled_tasks = 0, rounds = 0;
};

MusterSide muster_side(const test::TempDir& dir, int n, const std::string& node, const std::string& docs_file) {
    MusterSide m;
    const auto data = dir.sub("data");
    if (auto demo = server::admin::seed_demo(data, kFastHash); !demo) die("demo: " + demo.error().message);
    const auto server = start_server(data);
    const Watchdog watchdog(server->pid(), std::chrono::seconds(900), "Muster push and cold pull");
    auto coord = log_in(server->port(), "coord");

    // The documents, for both sides: the same fields, the same keys.
    std::vector<std::string> batches;
    {
        std::ofstream docs(docs_file, std::ios::binary | std::ios::trunc);
        std::string batch = "[";
        std::size_t in_batch = 0;
        for (int i = 0; i < n; ++i) {
            const auto key = test::entity_key();
            const json fields = {{"title", "Task " + std::to_string(i)},
                                 {"unit", coord.unit},
                                 {"status", "open"},
                                 {"priority", "normal"},
                                 {"instructions", "Do the thing, then report back."}};
            json doc = fields;
            doc["_id"] = key;
            doc["type"] = "task";
            docs << doc.dump() << '\n';
            batch += (in_batch > 0 ? "," : "") + coord.set("task", key, fields).dump();
            if (++in_batch == kOpsPerSync || i + 1 == n) {
                batches.push_back(batch + "]");
                batch = "[";
                in_batch = 0;
            }
        }
        if (!docs) die("cannot write " + docs_file);
    }

    test::ChildProcess proxy({node, kScript, "proxy", std::to_string(server->port())}, dir.sub("proxy.log"),
                             {{"NODE_PATH", kPeerDir + "/node_modules"}});
    const auto listening = proxy.read_line(std::chrono::seconds(20));
    if (!listening || listening->rfind("listening ", 0) != 0)
        die("counting proxy did not start: " + test::read_file(dir.sub("proxy.log")));
    const auto proxy_port = static_cast<std::uint16_t>(std::stoi(listening->substr(10)));

    {
        KeepAliveClient http(proxy_port);
        const auto start = Clock::now();
        for (std::size_t b = 0; b < batches.size(); ++b) {
            const std::size_t count = b + 1 < batches.size() ? kOpsPerSync : static_cast<std::size_t>(n) - b * kOpsPerSync;
            push_all(http, coord, batches[b], count);
        }
        m.push_s = since(start);
    }
    m.push = proxy_counts(proxy);

    const SystemClock wall;
    auto store = Store::open(dir.sub("device.db"), wall);
    if (!store) die("device store: " + store.error().message);
    std::string token;
    {
        KeepAliveClient http(server->port());
        const auto r = http.post("/v1/auth/login",
                                 encode_login_request({"coord", kPassword, "bench device", store->replica_id()}).dump(), "");
        const auto j = json::parse(r.body, nullptr, false);
        if (r.status != 200 || !j.contains("token")) die("device login: " + std::to_string(r.status) + " " + r.body);
        token = j["token"];
    }
    {
        KeepAliveClient http(proxy_port);
        KeepAliveTransport transport(http, token);
        SyncOptions options;
        options.max_rounds = 100'000;
        SyncEngine engine(*store, transport, wall, 1, options);
        const auto start = Clock::now();
        const auto report = engine.sync_until_idle();
        m.pull_s = since(start);
        if (!report.ok) die("cold pull: " + (report.error ? report.error->message : std::string("not idle")));
        m.rounds = report.rounds;
    }
    m.pull = proxy_counts(proxy);
    auto tasks = store->list(EntityType::task);
    if (!tasks) die("device store: " + tasks.error().message);
    m.pulled_tasks = tasks->size();
    if (m.pulled_tasks < static_cast<std::size_t>(n)) die("cold pull: only " + std::to_string(m.pulled_tasks) + " tasks");
    return m;
}

std::string mb(double bytes) { return number(bytes / 1048576.0, 1) + " MiB"; }

}  // namespace

std::vector<TableRow> pouch_rows(const Options& o) {
    const int n = o.quick ? 10'000 : o.pouch_docs;
    const std::string pull_metric = "cold pull of " + number(n) + " tasks into a fresh device store";
    const std::string push_metric = "push of " + number(n) + " offline changes";
    const std::string pull_target = ">= 2x faster, <= 0.5x bytes", push_target = ">= 2x faster";
    const auto node = program("node"), npm = program("npm");
    if (node.empty() || npm.empty()) {
        return {unmeasured(pull_metric, pull_target, "not measured: no node/npm on this machine (the counting proxy needs node)"),
                unmeasured(push_metric, push_target, "not measured: no node/npm on this machine")};
    }
    const auto installed = install_peer(npm);
    test::TempDir dir;
    const auto docs_file = dir.sub("docs.ndjson");
    const auto m = muster_side(dir, n, node, docs_file);

    TableRow pull, push;
    pull.metric = pull_metric;
    pull.target = pull_target;
    pull.muster = number(m.pull_s, 2) + " s, " + mb(m.pull.down) + " down";
    push.metric = push_metric;
    push.target = push_target;
    push.muster = number(m.push_s, 2) + " s, " + mb(m.push.up) + " up";
    pull.data = {{"docs", n}, {"muster", {{"seconds", m.pull_s}, {"up", m.pull.up}, {"down", m.pull.down}, {"rounds", m.rounds},
                                          {"tasks_in_store", m.pulled_tasks}}}};
    push.data = {{"docs", n}, {"muster", {{"seconds", m.push_s}, {"up", m.push.up}, {"down", m.push.down}}}};
    pull.notes.push_back("pull/push: Muster pushes " + number(n) + " task creates as the hq coordinator in syncs of 2000 ops "
                         "(request bodies not gzipped), then a fresh core Store + SyncEngine (pull limit 500, gzip answers) "
                         "cold-pulls its scope in " + std::to_string(m.rounds) + " rounds; PouchDB replicates the same " +
                         number(n) + " documents with batch_size 500 to and from pouchdb-server (LevelDB in a temp dir), "
                         "local PouchDBs on disk; both sides through the same node counting proxy (bytes both ways, "
                         "headers included)");
    const auto unavailable = [&](const std::string& why) {
        pull.baseline = push.baseline = pull.ratio = push.ratio = "-";
        pull.status = push.status = "peer unavailable: " + why;
        return std::vector<TableRow>{pull, push};
    };
    if (!installed.empty()) return unavailable(installed);

    const auto port = free_port();
    // Its config file (and the log file it names) in the temp folder, not in the current directory;
    // its request log goes to a file through the shell, so a full stdout pipe cannot stall it.
    ::mkdir(dir.sub("pouch-server").c_str(), 0755);
    {
        std::ofstream config(dir.sub("pouch-config.json"));
        config << json{{"log", {{"file", dir.sub("pouch-log.txt")}}}}.dump();
    }
    test::ChildProcess pouch({"/bin/sh", "-c",
                              "exec '" + node + "' '" + kPeerDir + "/node_modules/pouchdb-server/bin/pouchdb-server' --host 127.0.0.1 --port " +
                                  std::to_string(port) + " --dir '" + dir.sub("pouch-server") + "' --config '" +
                                  dir.sub("pouch-config.json") + "' --no-stdout-logs --no-color >'" +
                                  dir.sub("pouchdb-server.log") + "' 2>&1"},
                             dir.sub("pouchdb-server.err"), {});
    ::mkdir(dir.sub("pouch-device").c_str(), 0755);
    const auto r = test::run_process({node, kScript, "run", std::to_string(port), docs_file, dir.sub("pouch-device"), "500"}, "",
                                     std::chrono::seconds(900), {{"NODE_PATH", kPeerDir + "/node_modules"}});
    pouch.signal(15);
    pouch.wait(std::chrono::seconds(5));
    const auto p = json::parse(r.out, nullptr, false);
    if (r.exit_code != 0 || !p.is_object())
        return unavailable("pouch_peer.js exited " + std::to_string(r.exit_code) + ": " + tail(r.err, 200) + " " +
                           tail(test::read_file(dir.sub("pouchdb-server.log")), 200));
    const double pp_s = p["pull"]["seconds"], pp_down = p["pull"]["down"], pu_s = p["push"]["seconds"], pu_up = p["push"]["up"];
    const double pull_speed = pp_s / m.pull_s, pull_bytes = m.pull.down / pp_down, push_speed = pu_s / m.push_s;
    pull.baseline = number(pp_s, 2) + " s, " + mb(pp_down) + " down (PouchDB " + p.value("pouchdb", "?") + ")";
    pull.ratio = number(pull_speed, 2) + "x faster, " + number(pull_bytes, 2) + "x bytes";
    pull.status = pull_speed >= 2.0 && pull_bytes <= 0.5 ? "met" : "not met";
    push.baseline = number(pu_s, 2) + " s, " + mb(pu_up) + " up (PouchDB " + p.value("pouchdb", "?") + ")";
    push.ratio = number(push_speed, 2) + "x faster";
    push.status = push_speed >= 2.0 ? "met" : "not met";
    pull.data["pouchdb"] = p;
    push.data["pouchdb"] = p;
    return {pull, push};
}

}  // namespace muster::bench
