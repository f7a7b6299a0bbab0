// Fuzz target: the server's request handling, fed raw bytes in memory.
//
// The input is what a client writes on a connection: one or more pipelined
// HTTP/1.1 requests. It is parsed with Beast's request parser under the
// limits the server's HttpSession applies (header limit, the largest body
// limit while reading the header, then the route's own; Transfer-Encoding
// without chunked refused), then handled as HttpSession::handle_request does
// (`/v1/events` and malformed blob addresses answered before routing) and
// dispatched through the real Router and handlers (register_all_routes +
// register_blob_routes) against a real SQLite data folder, seeded once with
// the demo units and members (argon2id at its test cost). Workers are real
// thread pools; each request waits for its reply.
//
// Placeholders in the input are replaced: `{{token}}`, `{{member}}` and
// `{{admin}}` by bearer tokens of a coordinator (hq), a member (north) and an
// admin (in headers); `{{unit___…}}`, `{{member_unit___…}}`, `{{task___…}}`
// and `{{drill___…}}` — padded with `_` to the 36 characters of a UUID, so a
// body's length does not change — by the coordinator's and the member's unit
// keys and keys of the demo drill. So authenticated sync, blob, logout and
// metrics paths are reachable. A token an input logged out is replaced
// by a fresh one before the next input. The data folder grows as requests
// write; it is reset from the seeded copy every kResetEvery requests (and
// at start).
//
// Checked: no crash, no sanitizer report, no hang (libFuzzer's -timeout);
// every answer has a protocol status; error answers carry the protocol's
// `{"error": {"code", "message"}}` with the status `http_status(code)`; a
// 200 from /v1/sync decodes as a sync response; no 500 (an unexpected server
// failure) unless MUSTER_FUZZ_ALLOW_500=1.
//
// Not reachable in memory: the socket layer itself (timeouts, 100-continue,
// lingering close, TLS, the WebSocket session of /v1/events beyond its
// upgrade checks) — HttpSession is private to the server library.

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include "fuzz_util.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"
#include "muster/server/admin.hpp"
#include "muster/server/auth.hpp"
#include "muster/server/blobs.hpp"
#include "muster/server/change_feed.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/directory.hpp"
#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"
#include "muster/server/metrics.hpp"
#include "muster/server/router.hpp"
#include "muster/server/worker_pool.hpp"

namespace {

namespace fs = std::filesystem;
namespace http = boost::beast::http;
namespace server = muster::server;
using muster::Error;
using muster::ErrorCode;

constexpr int kResetEvery = 2000;   ///< requests between resets of the data folder
constexpr int kMaxPipelined = 8;    ///< requests handled per input
constexpr std::string_view kEventsPath = "/v1/events";
constexpr std::string_view kBlobsPrefix = "/v1/blobs/";

/// Everything the router needs, in the order Server::Impl declares it.
struct World {
    explicit World(const std::string& data_dir) {
        config.data_dir = data_dir;
        config.hash_workers = 1;
        config.sync_workers = 1;
        config.blob_workers = 1;
        config.login_failure_limit = 1000;  // a rate-limited login is still reachable, but not after a few inputs
        config.member_rate_per_s = 0;  // thousands of inputs a second share one token
        auto dir = server::Directory::open(data_dir, wall);
        FUZZ_CHECK(dir.ok(), "Directory::open: " + dir.error().message);
        directory = std::move(*dir);
        auto store = server::BlobStore::open(data_dir, directory->store());
        FUZZ_CHECK(store.ok(), "BlobStore::open: " + store.error().message);
        blob_store = std::move(*store);
        blob_access = std::make_unique<server::ScopedBlobAccess>(directory->store(), *blob_store, wall);
        workers = std::make_unique<server::WorkerPool>(config.hash_workers, config.max_pending_hashes);
        sync_workers = std::make_unique<server::WorkerPool>(config.sync_workers, config.max_pending_syncs);
        blob_workers = std::make_unique<server::WorkerPool>(config.blob_workers, config.max_pending_blobs);
        auth = std::make_unique<server::AuthService>(*directory, wall, config);
        services = std::make_unique<server::Services>(server::Services{
            config, wall, *directory, *auth, *workers, *sync_workers, metrics, changes, audit});
        server::register_all_routes(router, *services);
        server::register_blob_routes(router, *services,
                                     server::BlobServices{*blob_store, *blob_access, *blob_workers});
    }
    ~World() {
        // Finish queued jobs before what they use goes away.
        if (blob_workers) blob_workers->join();
        if (sync_workers) sync_workers->join();
        if (workers) workers->join();
    }
    World(const World&) = delete;
    World& operator=(const World&) = delete;

    server::ServerConfig config;
    const muster::Clock& wall = muster::SystemClock::instance();
    std::unique_ptr<server::Directory> directory;
    std::unique_ptr<server::BlobStore> blob_store;
    server::Metrics metrics;
    std::unique_ptr<server::WorkerPool> workers;
    std::unique_ptr<server::WorkerPool> sync_workers;
    std::unique_ptr<server::WorkerPool> blob_workers;
    std::unique_ptr<server::AuthService> auth;
    server::Router router;
    server::ChangeFeed changes;
    server::AuditLog audit;  // records nothing: the fuzzer must not grow a file
    std::unique_ptr<server::BlobAccess> blob_access;
    std::unique_ptr<server::Services> services;
};

struct Fixture {
    fs::path root;       ///< temp folder holding `seed/` and `data/`
    /// Placeholder (`{{token}}`) → what replaces it; tokens are kept valid (see fresh_tokens).
    std::vector<std::pair<std::string, std::string>> values;
    std::vector<std::pair<std::string, std::string>> logins;  ///< token placeholder → login
    std::unique_ptr<World> world;
    int requests = 0;

    [[nodiscard]] std::string seed_dir() const { return (root / "seed").string(); }
    [[nodiscard]] std::string data_dir() const { return (root / "data").string(); }

    void reset() {
        world.reset();
        std::error_code ec;
        fs::remove_all(data_dir(), ec);
        fs::copy(seed_dir(), data_dir(), fs::copy_options::recursive, ec);
        FUZZ_CHECK(!ec, "copying the seeded data folder: " + ec.message());
        world = std::make_unique<World>(data_dir());
        requests = 0;
    }
};

Fixture* fixture = nullptr;

std::string make_root() {
    // tmpfs when there is one: the blob store fsyncs every upload.
    std::error_code ec;
    fs::path base = fs::exists("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    if (const char* t = std::getenv("MUSTER_FUZZ_TMP")) base = t;
    std::string pattern = (base / "muster-fuzz-http-XXXXXX").string();
    FUZZ_CHECK(mkdtemp(pattern.data()) != nullptr, "mkdtemp under " + base.string());
    return pattern;
}

std::optional<server::LoginAnswer> log_in(World& w, const std::string& login) {
    server::LoginRequest request{login, "muster-demo", "fuzz", std::nullopt, "fuzz"};
    auto answer = w.auth->login(request);
    if (!answer) return std::nullopt;
    return std::move(*answer);
}

/// A placeholder as long as the UUID it stands for (`{{unit____…}}`, 36 chars), so a
/// body's Content-Length stays right after the substitution.
std::string key_placeholder(const std::string& name) { return "{{" + name + std::string(32 - name.size(), '_') + "}}"; }

std::string& value_of(const std::string& placeholder) {
    for (auto& [p, v] : fixture->values) {
        if (p == placeholder) return v;
    }
    fixture->values.emplace_back(placeholder, "");
    return fixture->values.back().second;
}

/// An input may have logged a token out (or a login been rate-limited): sign in again, or start over from the seed.
void fresh_tokens() {
    for (const auto& [placeholder, login] : fixture->logins) {
        std::string& token = value_of(placeholder);
        if (fixture->world->auth->authenticate("Bearer " + token)) continue;
        auto answer = log_in(*fixture->world, login);
        if (!answer) {
            fixture->reset();  // the seed's tokens are valid again
            return;
        }
        token = answer->token;
    }
}

void remove_root() {
    if (fixture == nullptr) return;
    fixture->world.reset();
    std::error_code ec;
    fs::remove_all(fixture->root, ec);
}

void set_up() {
    setenv("MUSTER_TEST_FAST_HASH", "1", 1);  // the dummy hash for unknown logins: test cost too
    server::log::set_enabled(false);
    FUZZ_CHECK(server::crypto_init(), "crypto_init");
    fixture = new Fixture;
    fixture->root = make_root();
    std::atexit(remove_root);
    auto demo = server::admin::seed_demo(fixture->seed_dir(), server::HashCost::insecure_for_tests());
    FUZZ_CHECK(demo.ok(), "seed_demo: " + demo.error().message);
    {
        // Tokens are issued into the seed itself, so every reset makes them valid again.
        World w(fixture->seed_dir());
        fixture->logins = {{"{{token}}", "coord"}, {"{{member}}", "alice"}, {"{{admin}}", "admin"}};
        for (const auto& [placeholder, login] : fixture->logins) {
            auto answer = log_in(w, login);
            FUZZ_CHECK(answer.has_value(), "seed login of " + login);
            value_of(placeholder) = answer->token;
            if (login == "coord") value_of(key_placeholder("unit")) = answer->member.unit_key;
            if (login == "alice") value_of(key_placeholder("member_unit")) = answer->member.unit_key;
        }
        FUZZ_CHECK(!demo->task_keys.empty(), "the demo has no tasks");
        value_of(key_placeholder("task")) = demo->task_keys.front();
        value_of(key_placeholder("drill")) = demo->drill_key;
    }
    fixture->reset();
}

std::string substitute(std::string_view input) {
    std::string out(input);
    if (out.find("{{") == std::string::npos) return out;
    for (const auto& [placeholder, value] : fixture->values) {
        for (std::size_t at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size())) {
            out.replace(at, placeholder.size(), value);
        }
    }
    return out;
}

std::string_view path_of(std::string_view target) { return target.substr(0, target.find('?')); }

/// The error answer HttpSession::on_read_error gives for a parse failure.
server::HttpResponse transport_error(boost::system::error_code ec, const server::ServerConfig& config, std::size_t body_limit) {
    Error error;
    if (ec == http::error::header_limit) {
        error = {ErrorCode::headers_too_large, "headers"};
    } else if (ec == http::error::body_limit) {
        error = {ErrorCode::payload_too_large, "The request body is larger than " + std::to_string(body_limit) + " bytes."};
    } else if (ec == http::error::partial_message) {
        error = {ErrorCode::bad_request, "The request ended before it was complete; send all of it."};
    } else {
        error = {ErrorCode::bad_request, "The request is not valid HTTP/1.1 (" + ec.message() + ")."};
    }
    (void)config;
    return server::error_response(11, error);
}

void check_response(const server::HttpRequest& request, const server::HttpResponse& response, std::string_view path) {
    const unsigned status = response.result_int();
    static const bool verbose = std::getenv("MUSTER_FUZZ_VERBOSE") != nullptr;
    if (verbose) {
        std::fprintf(stderr, "fuzz_http: %s %s -> %u %.160s\n", std::string(request.method_string()).c_str(),
                     std::string(request.target()).c_str(), status, response.body().c_str());
    }
    FUZZ_CHECK(status >= 200 && status <= 599, "status " + std::to_string(status));
    if (status == 500 && std::getenv("MUSTER_FUZZ_ALLOW_500") == nullptr) {
        FUZZ_CHECK(false, "500 for " + std::string(request.method_string()) + " " + std::string(request.target()) +
                              ": " + response.body());
    }
    if (status >= 400 && request.method() != http::verb::head) {  // a HEAD answer has no body
        auto body = muster::parse_strict(response.body());
        FUZZ_CHECK(body.ok() && body->is_object() && body->contains("error"), "an error answer without an error body: " + response.body());
        const auto& e = (*body)["error"];
        FUZZ_CHECK(e.is_object() && e.contains("code") && e["code"].is_string() && e.contains("message") &&
                       e["message"].is_string(),
                   "malformed error body: " + response.body());
        const auto code = muster::error_code_from_string(e["code"].get<std::string>());
        FUZZ_CHECK(code.has_value(), "unknown error code: " + response.body());
        FUZZ_CHECK(static_cast<unsigned>(muster::http_status(*code)) == status,
                   "status " + std::to_string(status) + " does not match code " + e["code"].get<std::string>());
    }
    if (status == 200 && path == "/v1/sync" && request.method() == http::verb::post &&
        response.find(http::field::content_encoding) == response.end()) {
        auto body = muster::parse_strict(response.body());
        FUZZ_CHECK(body.ok(), "a sync answer is not JSON: " + body.error().message);
        auto decoded = muster::decode_sync_response(*body);
        FUZZ_CHECK(decoded.ok(), "a sync answer does not decode on the client: " + decoded.error().message);
    }
    // What the session writes: serialise it (Beast's serializer, as async_write does).
    std::ostringstream wire;
    wire << response;
}

/// Dispatches and waits for the reply (handlers may answer from a worker thread).
server::HttpResponse dispatch(World& world, const server::HttpRequest& request, server::RequestContext& context) {
    struct Slot {
        std::mutex mutex;
        std::condition_variable cv;
        std::optional<server::HttpResponse> response;
    };
    auto slot = std::make_shared<Slot>();
    server::Reply reply(
        [slot](server::HttpResponse response) {
            std::lock_guard lock(slot->mutex);
            slot->response = std::move(response);
            slot->cv.notify_all();
        },
        server::error_response(request.version(), {ErrorCode::internal, "The server failed to answer this request."}));
    world.router.dispatch(request, context, std::move(reply));
    std::unique_lock lock(slot->mutex);
    slot->cv.wait(lock, [&] { return slot->response.has_value(); });  // a lost reply is a hang: -timeout reports it
    return std::move(*slot->response);
}

/// HttpSession::handle_request without the socket.
server::HttpResponse handle(World& world, server::HttpRequest& request) {
    server::RequestContext context;
    context.request_id = "fuzz";
    context.remote = boost::asio::ip::make_address("203.0.113.7");  // not loopback: /metrics needs a token
    const auto path = path_of(request.target());
    if (path == kEventsPath) {
        // The WebSocket session is private to the server; these are its checks before the upgrade.
        if (request.method() != http::verb::get) {
            return server::error_response(request, {ErrorCode::method_not_allowed, "use GET"});
        }
        if (!boost::beast::websocket::is_upgrade(request)) {
            return server::error_response(request, {ErrorCode::bad_request, "not a WebSocket upgrade"});
        }
        auto caller = server::authenticate(*world.auth, request);
        if (!caller) return server::error_response(request, caller.error());
        return server::error_response(request, {ErrorCode::bad_request, "(fuzz: upgrade not performed)"});
    }
    if (path.starts_with(kBlobsPrefix)) {
        const auto rest = path.substr(kBlobsPrefix.size());
        if (rest.empty() || rest.find('/') != std::string_view::npos) {
            return server::error_response(request, {ErrorCode::bad_request, "A blob address is /v1/blobs/<64 hex characters>."});
        }
    }
    auto response = dispatch(world, request, context);
    if (request.method() == http::verb::head) response.body().clear();
    return response;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    set_up();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (fixture->requests >= kResetEvery) fixture->reset();
    fresh_tokens();
    World& world = *fixture->world;
    const auto& config = world.config;
    const std::string input = substitute(std::string_view(reinterpret_cast<const char*>(data), size));
    std::string_view pending = input;

    for (int n = 0; n < kMaxPipelined && !pending.empty(); ++n) {
        ++fixture->requests;
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(config.max_header_bytes));
        std::size_t body_limit = std::max(config.max_body_bytes, config.max_blob_bytes);
        parser.body_limit(body_limit);
        boost::system::error_code ec;
        bool header_checked = false;
        // The session's checks once the header is in (HttpSession::on_header).
        const auto check_header = [&] {
            header_checked = true;
            const auto& header = parser.get();
            const bool blob_upload = header.method() == http::verb::put && path_of(header.target()).starts_with(kBlobsPrefix);
            body_limit = blob_upload ? config.max_blob_bytes : config.max_body_bytes;
            if (header.count(http::field::transfer_encoding) != 0 && !parser.chunked()) {
                ec = http::error::bad_transfer_encoding;
            } else if (const auto length = parser.content_length(); length && *length > body_limit) {
                ec = http::error::body_limit;
            } else {
                parser.body_limit(body_limit);
            }
        };
        // Feed the bytes as socket reads would: all there is, then the end of the stream.
        while (!parser.is_done()) {
            std::size_t used = 0;
            if (!pending.empty()) {
                used = parser.put(boost::asio::buffer(pending.data(), pending.size()), ec);
                pending.remove_prefix(used);
                if (ec == http::error::need_more) ec = {};
            }
            if (ec) break;
            if (parser.is_header_done() && !header_checked) {
                check_header();
                if (ec) break;
                continue;
            }
            if (used == 0) {  // all the input is in and the parser wants more
                parser.put_eof(ec);
                if (!ec && !parser.is_done()) ec = http::error::partial_message;
                break;
            }
        }
        if (!ec && parser.is_header_done() && !header_checked) check_header();
        bool rejected = false;
        if (ec) {
            // The session answers and closes the connection: the rest of the input is never read.
            const auto response = transport_error(ec, config, body_limit);
            std::ostringstream wire;
            wire << response;
            rejected = true;
        }
        if (rejected) break;
        server::HttpRequest request = parser.release();
        const bool keep_alive = request.keep_alive();
        const auto response = handle(world, request);
        check_response(request, response, path_of(request.target()));
        if (!keep_alive) break;
    }
    return 0;
}
