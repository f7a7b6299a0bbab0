// Hostile clients and the limits that contain them (issue #8, server side):
// token lifetime and idle expiry renewed by syncs, the per-member request
// rate, the per-address connection limit, remote wipe, the audit log, and one
// server facing every kind of hostile request in turn while an honest client
// keeps syncing.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include "muster/clock.hpp"
#include "muster/server/blobs.hpp"
#include "support/demo_server.hpp"
#include "support/server_process.hpp"
#include "support/sync_fixture.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

constexpr std::int64_t kMinute = 60'000;

/// POST /v1/sync with no ops, a page of one change.
HttpResult pull(std::uint16_t port, const SyncClient& c) {
    const json body = {{"replica_id", c.replica}, {"ops", json::array()}, {"cursor", ""}, {"limit", 1}};
    return http(port, "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + c.token}});
}

HttpResult login_as_device(std::uint16_t port, const std::string& login, const std::string& replica) {
    const json body = {{"login", login}, {"password", "muster-demo"}, {"device", {{"name", "tablet"}, {"replica_id", replica}}}};
    return http(port, "POST", "/v1/auth/login", body.dump());
}

// --- token lifetime --------------------------------------------------------

TEST(TokenLifetime, UnusedTokenExpiresAfterTheIdleTimeAndEachSyncRenewsIt) {
    ManualClock clock;
    DemoServer server(
        [](server::ServerConfig& c) {
            c.token_idle_ms = 60 * kMinute;
            c.token_ttl_ms = 180 * kMinute;
        },
        clock);
    ASSERT_NE(server.port(), 0);
    auto in = log_in(server.port(), "alice");
    ASSERT_EQ(in.response.status, 200) << in.response.body;
    const auto& alice = in.client;

    ASSERT_EQ(pull(server.port(), alice).status, 200);
    clock.advance_ms(50 * kMinute);
    ASSERT_EQ(pull(server.port(), alice).status, 200);  // renews the idle timer
    clock.advance_ms(50 * kMinute);                      // 100 min after login, 50 after the renewal
    ASSERT_EQ(pull(server.port(), alice).status, 200);
    clock.advance_ms(61 * kMinute);                      // unused for 61 min
    const auto idle = pull(server.port(), alice);
    EXPECT_EQ(idle.status, 401);
    EXPECT_EQ(idle.error_code(), "unauthenticated");
    EXPECT_NE(idle.body.find("unused"), std::string::npos) << idle.body;

    // Renewal moves the idle timer, never the absolute lifetime.
    auto again = log_in(server.port(), "alice");
    ASSERT_EQ(again.response.status, 200);
    for (int i = 0; i < 3; ++i) {
        clock.advance_ms(50 * kMinute);
        ASSERT_EQ(pull(server.port(), again.client).status, 200) << "after " << (i + 1) * 50 << " min";
    }
    clock.advance_ms(30 * kMinute);  // 180 min: the lifetime is over although it was used 30 min ago
    const auto expired = pull(server.port(), again.client);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.error_code(), "unauthenticated");
    EXPECT_NE(expired.body.find("expired"), std::string::npos) << expired.body;
}

// --- per-member rate -------------------------------------------------------

TEST(MemberRateLimit, AMemberOverTheRateGets429WhileOthersAreServed) {
    ManualClock clock;  // frozen: nothing refills until the test moves it
    DemoServer server(
        [](server::ServerConfig& c) {
            c.member_rate_per_s = 1;
            c.member_rate_burst = 5;
        },
        clock);
    ASSERT_NE(server.port(), 0);
    auto alice = log_in(server.port(), "alice").client;
    auto bob = log_in(server.port(), "bob").client;
    for (int i = 0; i < 5; ++i) ASSERT_EQ(pull(server.port(), alice).status, 200) << "request " << i + 1;
    const auto limited = pull(server.port(), alice);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.error_code(), "rate_limited");
    EXPECT_EQ(pull(server.port(), bob).status, 200) << "another member has a bucket of their own";

    clock.advance_ms(1000);  // one more request's worth
    EXPECT_EQ(pull(server.port(), alice).status, 200);
    EXPECT_EQ(pull(server.port(), alice).status, 429);
}

// --- connections per address -----------------------------------------------

TEST(ConnectionLimit, ConnectionsOverThePerAddressLimitAreClosedAndSlotsComeBack) {
    DemoServer server([](server::ServerConfig& c) {
        c.max_connections_per_ip = 3;
        c.limit_loopback = true;
    });
    ASSERT_NE(server.port(), 0);
    std::vector<std::unique_ptr<Connection>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<Connection>(server.port()));
        ASSERT_TRUE(held.back()->ok());
    }
    // The server counts a connection once it has accepted it: give it the moment.
    std::this_thread::sleep_for(200ms);
    Connection extra(server.port());
    ASSERT_TRUE(extra.ok());  // the kernel accepts; the server closes it unanswered
    extra.send(make_request("GET", "/v1/health"));
    EXPECT_TRUE(extra.wait_closed(3s));

    held.pop_back();  // frees one slot
    int status = 0;
    for (int attempt = 0; attempt < 30 && status != 200; ++attempt) {
        std::this_thread::sleep_for(100ms);
        status = http(server.port(), "GET", "/v1/health").status;
    }
    EXPECT_EQ(status, 200);
    held.clear();
    std::this_thread::sleep_for(200ms);
    const auto metrics = http(server.port(), "GET", "/metrics");
    EXPECT_NE(metrics.body.find("muster_connections_refused_total 1"), std::string::npos) << metrics.body;
}

TEST(ConnectionLimit, LoopbackIsExemptByDefaultForALocalReverseProxy) {
    DemoServer server([](server::ServerConfig& c) { c.max_connections_per_ip = 3; });
    ASSERT_NE(server.port(), 0);
    std::vector<std::unique_ptr<Connection>> held;
    for (int i = 0; i < 6; ++i) held.push_back(std::make_unique<Connection>(server.port()));
    std::this_thread::sleep_for(200ms);
    EXPECT_EQ(http(server.port(), "GET", "/v1/health").status, 200);
}

// --- remote wipe -------------------------------------------------------------

class DeviceWipe : public SyncFixture {};

TEST_F(DeviceWipe, TheDeviceIsToldAfterItsPushIsSavedThenLosesItsTokensAndCannotSignInAgain) {
    auto tablet = client("ncoord");
    sync(tablet, {});  // the server now knows the device
    const auto listed = run_cli({"device", "list", "--data", data()});
    ASSERT_EQ(listed.exit_code, 0) << listed.err;
    EXPECT_NE(listed.out.find(tablet.replica), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find("ncoord"), std::string::npos) << listed.out;

    const auto wiped = run_cli({"device", "wipe", "--data", data(), "--replica", tablet.replica, "--reason", "reported lost"});
    ASSERT_EQ(wiped.exit_code, 0) << wiped.err;

    // Its next sync: what it sends is saved, then it is told to wipe, with no changes.
    const std::string task = uuid();
    const json body = {{"replica_id", tablet.replica},
                       {"ops", {tablet.set("task", task, {{"title", "Sent before the wipe"}, {"unit", units_["north"]}, {"status", "open"}})}},
                       {"cursor", ""},
                       {"limit", 500}};
    const auto told = sync_raw(tablet.token, body.dump());
    ASSERT_EQ(told.status, 200) << told.body;
    const auto answer = told.json();
    EXPECT_EQ(answer["acks"][0]["status"], "applied");
    EXPECT_EQ(answer["wipe"]["reason"], "reported lost");
    EXPECT_TRUE(answer["changes"].empty());
    auto coord = client("coord");
    std::string cursor;
    EXPECT_FALSE(find_change(pull_all(coord, cursor), "task", task).is_null()) << "the last push was kept";

    // Had that answer been lost on the way, the device would still learn it:
    // its revoked token is answered 403 `device_wiped`, with the reason.
    const auto after = sync_raw(tablet.token, body.dump());
    EXPECT_EQ(after.status, 403);
    EXPECT_EQ(after.error_code(), "device_wiped");
    EXPECT_NE(after.body.find("reported lost"), std::string::npos) << after.body;
    const auto relogin = login_as_device(port(), "ncoord", tablet.replica);
    EXPECT_EQ(relogin.status, 403);
    EXPECT_EQ(relogin.error_code(), "device_wiped");
    EXPECT_NE(relogin.body.find("reported lost"), std::string::npos) << relogin.body;
    EXPECT_EQ(login_as_device(port(), "ncoord", random_hex(16)).status, 200) << "a fresh install signs in";

    const auto done = run_cli({"device", "list", "--data", data()});
    EXPECT_NE(done.out.find("done"), std::string::npos) << done.out;
}

/// A lost phone that is online hears of its wipe at once, not at whatever
/// sync it would next make: the order moves no seq, yet the running server
/// (SQLite: it sees another process's commit; PostgreSQL: the command's
/// notice) tells the sockets, and the device's sync that follows is told.
TEST_F(DeviceWipe, AnOnlineDeviceIsToldToSyncAsSoonAsTheOrderIsGiven) {
    using namespace std::chrono_literals;
    auto phone = client("alice");
    sync(phone, {});
    WsClient socket(port(), phone.token);
    ASSERT_TRUE(socket.ok()) << socket.error();
    const auto hello = socket.next(2s);
    ASSERT_TRUE(hello && (*hello)["type"] == "hello");

    const auto wiped = run_cli({"device", "wipe", "--data", data(), "--replica", phone.replica, "--reason", "stolen"});
    ASSERT_EQ(wiped.exit_code, 0) << wiped.err;
    const auto ordered = std::chrono::steady_clock::now();
    const auto told = socket.next(3s);
    ASSERT_TRUE(told) << "the device's socket was not told of its wipe";
    EXPECT_EQ((*told)["type"], "changed");
    EXPECT_LT(std::chrono::steady_clock::now() - ordered, 1500ms);

    const auto answer = sync_raw(phone.token, json{{"replica_id", phone.replica}, {"ops", json::array()}, {"cursor", ""}}.dump());
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.json()["wipe"]["reason"], "stolen") << answer.body;
}

TEST_F(DeviceWipe, BadOrUnknownDevicesAreRefusedByName) {
    const auto unknown = run_cli({"device", "wipe", "--data", data(), "--replica", "0123456789abcdef", "--reason", "lost"});
    EXPECT_NE(unknown.exit_code, 0);
    EXPECT_NE(unknown.err.find("--replica"), std::string::npos) << unknown.err;
    const auto malformed = run_cli({"device", "wipe", "--data", data(), "--replica", "../../etc", "--reason", "lost"});
    EXPECT_NE(malformed.exit_code, 0);
    EXPECT_NE(malformed.err.find("--replica"), std::string::npos) << malformed.err;
    auto phone = client("alice");
    sync(phone, {});
    const auto no_reason = run_cli({"device", "wipe", "--data", data(), "--replica", phone.replica, "--reason", ""});
    EXPECT_NE(no_reason.exit_code, 0);
    EXPECT_NE(no_reason.err.find("--reason"), std::string::npos) << no_reason.err;
    EXPECT_EQ(pull(port(), phone).status, 200) << "nothing was ordered";
}

// --- who a device belongs to --------------------------------------------------

class DeviceIdentity : public SyncFixture {};

TEST_F(DeviceIdentity, AMemberCannotSyncAsAnotherMembersDeviceSoItsOpIdsStayItsOwn) {
    auto coord = client("coord");
    const std::string task = uuid();
    ASSERT_EQ(push_one(coord, coord.set("task", task, {{"title", "Shared"}, {"unit", units_["north"]}, {"status", "open"}}))
                  ["status"],
              "applied");
    auto alice = client("alice");
    sync(alice, {});  // her device is known (its replica id shows in every hlc she stamps)
    auto carol = client("carol");
    std::string cursor;
    pull_all(coord, cursor);

    // Carol, with her own token, sends an op under alice's replica id and an
    // op id alice has not used yet.
    SyncClient forged = alice;
    forged.token = carol.token;
    forged.next = 1000;
    const json body = {{"replica_id", alice.replica},
                       {"ops", {forged.set("task", task, {{"status", "done"}})}},
                       {"cursor", ""},
                       {"limit", 50}};
    const auto refused = sync_raw(carol.token, body.dump());
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.error_code(), "forbidden");
    EXPECT_NE(refused.body.find("issued to the device " + carol.replica), std::string::npos) << refused.body;

    // The same, after signing in with alice's replica id as her device.
    const auto as_alice = log_in(port(), "carol", "muster-demo", alice.replica);
    ASSERT_EQ(as_alice.response.status, 200) << as_alice.response.body;
    const auto taken = sync_raw(as_alice.client.token, body.dump());
    EXPECT_EQ(taken.status, 403) << taken.body;
    EXPECT_EQ(taken.error_code(), "forbidden");
    EXPECT_NE(taken.body.find("another member's device"), std::string::npos) << taken.body;
    EXPECT_TRUE(pull_all(coord, cursor).empty()) << "nothing was stored";

    // Alice's own op with that id is hers to apply, not a "duplicate".
    alice.next = 1000;
    const auto ack = push_one(alice, alice.set("task", task, {{"status", "in_progress"}}));
    EXPECT_EQ(ack["id"], alice.replica + "-1000");
    EXPECT_EQ(ack["status"], "applied") << ack.dump();
    const auto now = find_change(pull_all(coord, cursor), "task", task);
    ASSERT_FALSE(now.is_null());
    EXPECT_EQ(now["fields"]["status"]["v"], "in_progress");
}

// --- the audit log -----------------------------------------------------------

class AuditTrail : public SyncFixture {};

TEST_F(AuditTrail, SignInsFailuresAdminActionsAndScopeDenialsAreRecordedWithoutSecrets) {
    auto alice = client("alice");
    EXPECT_EQ(http(port(), "POST", "/v1/auth/login", json{{"login", "alice"}, {"password", "wrong-password"}}.dump()).status, 401);
    EXPECT_EQ(http(port(), "POST", "/v1/auth/login", json{{"login", "nobody"}, {"password", "x"}}.dump()).status, 401);
    const auto denied = push_one(alice, alice.set("task", uuid(), {{"title", "Not mine"}, {"unit", units_["south"]}, {"status", "open"}}));
    EXPECT_EQ(denied["error"]["code"], "forbidden");
    {  // a file bob uploaded, read by alice: 404, and audited
        auto bob = client("bob");
        const std::string bytes = "photo of the south pump";
        const std::string hash = server::BlobStore::hash_of(bytes);
        ASSERT_EQ(http(port(), "PUT", "/v1/blobs/" + hash, bytes, {{"Authorization", "Bearer " + bob.token}}).status, 201);
        EXPECT_EQ(http(port(), "GET", "/v1/blobs/" + hash, {}, {{"Authorization", "Bearer " + alice.token}}).status, 404);
    }
    EXPECT_EQ(http(port(), "GET", "/v1/drills/" + demo_drill_ + "/report", {}, {{"Authorization", "Bearer " + alice.token}}).status,
              403);
    ASSERT_EQ(run_cli({"member", "disable", "--data", data(), "--login", "bob"}).exit_code, 0);

    const std::string audit = read_file(data() + "/audit.log");
    std::vector<std::string> lines;
    std::istringstream in(audit);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    const auto has = [&](std::initializer_list<std::string> parts) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
            return std::all_of(parts.begin(), parts.end(), [&](const std::string& p) { return line.find(p) != std::string::npos; });
        });
    };
    EXPECT_TRUE(has({"level=audit", "msg=login ", "login=alice", "remote=127.0.0.1"})) << audit;
    EXPECT_TRUE(has({"msg=login_failed", "login=alice", "reason=\"wrong password\""})) << audit;
    EXPECT_TRUE(has({"msg=login_failed", "login=nobody", "reason=\"unknown login\""})) << audit;
    EXPECT_TRUE(has({"msg=scope_denied", "route=/v1/sync", "member=" + alice.member_id, "ops=1"})) << audit;
    EXPECT_TRUE(has({"msg=scope_denied", "route=/v1/blobs", "member=" + alice.member_id, "hash="})) << audit;
    EXPECT_TRUE(has({"msg=scope_denied", "route=/v1/drills/report", "member=" + alice.member_id, "role=member"})) << audit;
    EXPECT_TRUE(has({"msg=admin.member_disable", "by=", "login=bob"})) << audit;
    EXPECT_EQ(audit.find("muster-demo"), std::string::npos) << "a password in the audit log";
    EXPECT_EQ(audit.find("wrong-password"), std::string::npos) << "a password in the audit log";
    EXPECT_EQ(audit.find(alice.token), std::string::npos) << "a token in the audit log";
    EXPECT_EQ(audit.find("Not mine"), std::string::npos) << "task text in the audit log";
}

// --- every hostile request, one server, an honest client throughout ----------

/// Raises the open-file limit to at least `want` (the slowloris needs 1,000 sockets).
bool ensure_fd_limit(rlim_t want) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return false;
    if (limit.rlim_cur >= want) return true;
    limit.rlim_cur = std::min(want, limit.rlim_max);
    return setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur >= want;
}

/// What the slowloris sockets saw.
struct SlowlorisOutcome {
    int answered_408 = 0;  ///< got `408` (then the close)
    int closed = 0;        ///< closed without an answer
    int still_open = 0;    ///< neither, when the test gave up: a failure
    int failed_to_connect = 0;
};

/// Opens `count` connections that send a request line and then one header
/// byte per socket every `gap`, never finishing the headers, until each is
/// answered or closed (or `give_up` passes).
SlowlorisOutcome slowloris(std::uint16_t port, int count, std::chrono::milliseconds gap, std::chrono::milliseconds give_up) {
    SlowlorisOutcome out;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct Slow {
        int fd;
        std::string seen;
        bool done = false;
    };
    std::vector<Slow> sockets;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            if (fd >= 0) ::close(fd);
            ++out.failed_to_connect;
            continue;
        }
        const std::string start = "GET /v1/health HTTP/1.1\r\nHost: x\r\n";
        (void)::send(fd, start.data(), start.size(), MSG_NOSIGNAL);
        sockets.push_back({fd, {}});
    }
    const auto deadline = SteadyClock::now() + give_up;
    auto next_byte = SteadyClock::now();
    std::size_t open = sockets.size();
    while (open > 0 && SteadyClock::now() < deadline) {
        if (SteadyClock::now() >= next_byte) {
            for (auto& s : sockets) {
                if (!s.done) (void)::send(s.fd, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            }
            next_byte += gap;
        }
        std::vector<pollfd> fds;
        std::vector<Slow*> which;
        for (auto& s : sockets) {
            if (s.done) continue;
            fds.push_back({s.fd, POLLIN, 0});
            which.push_back(&s);
        }
        if (::poll(fds.data(), fds.size(), 50) <= 0) continue;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
            char buffer[1024];
            const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                which[i]->seen.append(buffer, static_cast<std::size_t>(n));
                continue;
            }
            which[i]->done = true;  // EOF or reset
            --open;
        }
    }
    for (auto& s : sockets) {
        if (!s.done) {
            ++out.still_open;
        } else if (s.seen.rfind("HTTP/1.1 408", 0) == 0) {
            ++out.answered_408;
        } else {
            ++out.closed;
        }
        ::close(s.fd);
    }
    return out;
}

class HostileClients : public SyncFixture {
protected:
    HostileClients() { serve_args_ = {"--header-timeout-ms", "2000"}; }
};

TEST_F(HostileClients, EachGetsItsAnswerWhileAnHonestClientKeepsSyncing) {
    ASSERT_TRUE(ensure_fd_limit(4096)) << "cannot raise the open-file limit for 1,000 sockets";
    auto honest = client("ncoord");
    auto alice = client("alice");
    auto bob = client("bob");
    const std::string task = uuid();
    const json first_batch = {{"replica_id", honest.replica},
                              {"ops", {honest.set("task", task, {{"title", "Sandbags"}, {"unit", units_["north"]}, {"status", "open"}})}},
                              {"cursor", ""},
                              {"limit", 1}};
    ASSERT_EQ(sync_raw(honest.token, first_batch.dump()).json()["acks"][0]["status"], "applied");

    // The honest coordinator creates a task every 50 ms until the attacks are over.
    std::atomic<bool> stop{false};
    std::atomic<int> served{0}, failures{0};
    std::atomic<long long> worst_ms{0};
    std::string first_failure;
    std::thread honest_thread([&] {
        SyncClient me = honest;  // its own op counter
        me.next = 1000;
        while (!stop) {
            const json body = {{"replica_id", me.replica},
                               {"ops", {me.set("task", uuid(), {{"title", "Honest work"}, {"unit", units_["north"]}, {"status", "open"}})}},
                               {"cursor", ""},
                               {"limit", 1}};
            const auto t0 = SteadyClock::now();
            const auto r = http(port(), "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + me.token}});
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - t0).count();
            worst_ms = std::max<long long>(worst_ms, ms);
            if (r.status == 200 && r.json()["acks"][0]["status"] == "applied") {
                ++served;
            } else if (failures++ == 0) {
                first_failure = std::to_string(r.status) + " " + r.error + " " + r.body;
            }
            std::this_thread::sleep_for(50ms);
        }
    });

    {  // a forged author
        auto op = alice.log(uuid(), task);
        op["fields"]["author"] = bob.member_id;
        EXPECT_EQ(push_one(alice, op)["error"]["code"], "forbidden");
    }
    {  // a spoofed unit: a member writing into another unit
        const auto ack = push_one(alice, alice.set("task", uuid(), {{"title", "Spoof"}, {"unit", units_["south"]}, {"status", "open"}}));
        EXPECT_EQ(ack["error"]["code"], "forbidden");
    }
    {  // a replayed old batch: every op a duplicate, nothing applied twice
        const auto replay = sync_raw(honest.token, first_batch.dump());
        ASSERT_EQ(replay.status, 200);
        EXPECT_EQ(replay.json()["acks"][0]["status"], "duplicate");
    }
    {  // a revoked token, and a made-up one
        ASSERT_EQ(run_cli({"token", "revoke", "--data", data(), "--login", "bob"}).exit_code, 0);
        EXPECT_EQ(pull(port(), bob).error_code(), "unauthenticated");
        SyncClient forged = bob;
        forged.token = random_hex(43);
        EXPECT_EQ(pull(port(), forged).error_code(), "unauthenticated");
    }
    {  // duplicate keys
        const auto r = sync_raw(alice.token, R"({"replica_id":")" + alice.replica + R"(","ops":[],"ops":[],"cursor":""})");
        EXPECT_EQ(r.status, 400);
        EXPECT_EQ(r.error_code(), "bad_json");
    }
    {  // 100,000-deep nesting
        const auto r = sync_raw(alice.token, std::string(100'000, '[') + std::string(100'000, ']'));
        EXPECT_EQ(r.status, 400);
        EXPECT_EQ(r.error_code(), "bad_json");
    }
    {  // a path-traversal blob name
        for (const std::string target : {"/v1/blobs/..%2F..%2Fmuster.db", "/v1/blobs/../../muster.db"}) {
            const auto r = http(port(), "GET", target, {}, {{"Authorization", "Bearer " + alice.token}});
            EXPECT_EQ(r.status, 400) << target;
            EXPECT_EQ(r.error_code(), "bad_request") << target;
        }
    }
    {  // 1,000 slowloris sockets: one header byte each every 500 ms; the header deadline (2 s here) cuts them all
        const auto t0 = SteadyClock::now();
        const auto outcome = slowloris(port(), 1000, 500ms, 15s);
        EXPECT_EQ(outcome.failed_to_connect, 0);
        EXPECT_EQ(outcome.still_open, 0);
        EXPECT_EQ(outcome.answered_408 + outcome.closed, 1000);
        EXPECT_GE(outcome.answered_408, 900) << "most should be told 408 before the close";
        EXPECT_LT(SteadyClock::now() - t0, 10s);
    }
    std::this_thread::sleep_for(300ms);
    stop = true;
    honest_thread.join();
    EXPECT_EQ(failures.load(), 0) << first_failure;
    EXPECT_GE(served.load(), 20);
    EXPECT_LT(worst_ms.load(), 2000) << "the honest client waited too long";
    EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
}

}  // namespace
}  // namespace muster::test
