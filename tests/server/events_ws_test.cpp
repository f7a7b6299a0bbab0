// GET /v1/events: the WebSocket, against an in-process server (so the test
// can publish on its ChangeFeed) and, end to end, through POST /v1/sync.
#include <gtest/gtest.h>

#include <thread>

#include "muster/server/change_feed.hpp"
#include "support/demo_server.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using SteadyClock = std::chrono::steady_clock;

long long ms_since(SteadyClock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - start).count();
}

class Events : public ::testing::Test {
protected:
    void start(const DemoServer::Tweak& tweak = {}) {
        server_ = std::make_unique<DemoServer>(tweak);
        ASSERT_NE(server_->port(), 0);
    }
    /// A socket for `login` that has received its hello.
    std::unique_ptr<WsClient> connect(const std::string& login) {
        auto token = login_token(server_->port(), login);
        EXPECT_FALSE(token.empty()) << login;
        auto client = std::make_unique<WsClient>(server_->port(), token);
        EXPECT_TRUE(client->ok()) << client->error();
        const auto hello = client->next(2s);
        EXPECT_TRUE(hello && (*hello)["type"] == "hello") << login;
        return client;
    }
    void publish(std::int64_t seq, const std::vector<std::string>& unit_codes) {
        server::ChangeEvent event{seq, {}};
        for (const auto& code : unit_codes) event.unit_keys.push_back(server_->unit(code));
        server_->server().changes().publish(event);
    }
    /// The next message, expected to be `changed`; returns its cursor ("" if not).
    static std::string next_cursor(WsClient& client, std::chrono::milliseconds timeout = 2s) {
        const auto message = client.next(timeout);
        if (!message || (*message)["type"] != "changed") return {};
        return (*message)["cursor"].get<std::string>();
    }

    std::unique_ptr<DemoServer> server_;
};

TEST_F(Events, HelloCarriesTheServerTime) {
    start();
    auto token = login_token(server_->port(), "alice");
    WsClient client(server_->port(), token);
    ASSERT_TRUE(client.ok()) << client.error();
    const auto hello = client.next(2s);
    ASSERT_TRUE(hello);
    EXPECT_EQ((*hello)["type"], "hello");
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    EXPECT_NEAR(static_cast<double>((*hello)["server_time_ms"].get<std::int64_t>()), static_cast<double>(now), 10'000.0);
}

TEST_F(Events, UpgradeWithoutAValidTokenIs401Json) {
    start();
    for (const std::string token : {"", "not-a-real-token"}) {
        WsClient client(server_->port(), token);
        EXPECT_FALSE(client.ok());
        EXPECT_EQ(client.refused_status(), 401) << token;
        const auto body = json::parse(client.refused_body(), nullptr, false);
        EXPECT_EQ(body["error"]["code"], "unauthenticated") << client.refused_body();
    }
}

TEST_F(Events, PlainRequestsAreRefusedWithJsonErrors) {
    start();
    const auto plain = http(server_->port(), "GET", "/v1/events");
    EXPECT_EQ(plain.status, 400);
    EXPECT_EQ(plain.error_code(), "bad_request");
    const auto post = http(server_->port(), "POST", "/v1/events");
    EXPECT_EQ(post.status, 405);
    EXPECT_EQ(post.headers.at("allow"), "GET");
}

TEST_F(Events, AChangeReachesACoordinatorWithin200Ms) {
    start();
    auto coord = connect("coord");
    for (std::int64_t seq : {41, 57}) {  // the second one inside the first's coalescing window
        const auto published = SteadyClock::now();
        publish(seq, {"north"});
        EXPECT_EQ(next_cursor(*coord), std::to_string(seq));
        EXPECT_LT(ms_since(published), 200) << "seq " << seq;
    }
}

TEST_F(Events, OnlyChangesInTheCallersScopeAreAnnounced) {
    start();
    auto alice = connect("alice");  // member, north (under hq)
    auto bob = connect("bob");      // member, south (under hq)
    auto eva = connect("eva");      // evaluator, hq: the whole tree
    publish(10, {"south"});
    publish(11, {"north"});
    EXPECT_EQ(next_cursor(*bob), "10");
    auto seen_by_eva = next_cursor(*eva);  // "10" alone, then "11"; or both folded into "11"
    if (seen_by_eva == "10") seen_by_eva = next_cursor(*eva);
    EXPECT_EQ(seen_by_eva, "11");
    std::this_thread::sleep_for(150ms);
    EXPECT_EQ(next_cursor(*alice), "11") << "the south change is not alice's";
    std::this_thread::sleep_for(150ms);
    publish(12, {"hq"});  // ancestors' drills are visible to members
    EXPECT_EQ(next_cursor(*alice), "12");
    EXPECT_EQ(next_cursor(*bob), "12");
    std::this_thread::sleep_for(150ms);
    publish(13, {});  // empty: relevant to everyone
    EXPECT_EQ(next_cursor(*alice), "13");
}

// A sync that only refreshed a device record (members never see devices) does
// not send the unit's members to pull; coordinators, who see devices, are told.
// (A member's next message is the later, visible change: a timed-out read
// would end the socket, so absence is shown by what comes first.)
TEST_F(Events, MembersAreNotToldOfCommitsTheyCannotSee) {
    start();
    auto alice = connect("alice");  // member, north
    auto coord = connect("coord");  // coordinator, hq
    server::ChangeEvent devices{20, {server_->unit("north")}, false};
    server_->server().changes().publish(devices);
    EXPECT_EQ(next_cursor(*coord), "20");
    std::this_thread::sleep_for(150ms);  // past the 100 ms coalescing: 20 would have gone out alone
    publish(21, {"north"});
    EXPECT_EQ(next_cursor(*alice), "21") << "told of 20: a device record is not a member's business";

    // Through POST /v1/sync: a pull from another of alice's devices writes
    // only that device's record (in north).
    std::this_thread::sleep_for(150ms);
    auto coord2 = connect("coord");
    const auto token = login_token(server_->port(), "alice");
    json body = {{"replica_id", "a2a2a2a2a2a2a2a2"}, {"ops", json::array()}, {"cursor", ""}, {"limit", 1},
                 {"device", {{"pending", 3}, {"app_version", "test"}, {"clock_ms", 1}}}};
    const auto pulled = http(server_->port(), "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + token}});
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    EXPECT_FALSE(next_cursor(*coord2).empty()) << "the coordinator sees the device";
    std::this_thread::sleep_for(150ms);
    publish(1'000'000, {"north"});
    EXPECT_EQ(next_cursor(*alice), "1000000") << "the member was told of a commit of device records only";
}

TEST_F(Events, BurstsAreCoalescedToOneMessagePer100Ms) {
    start();
    auto coord = connect("coord");
    long long publishing_ms = 0;
    std::thread publisher([&] {
        const auto began = SteadyClock::now();
        for (int seq = 1; seq <= 60; ++seq) {
            publish(seq, {"north"});
            std::this_thread::sleep_for(5ms);
        }
        publishing_ms = ms_since(began);
    });
    std::vector<std::string> received;
    while (received.empty() || received.back() != "60") {
        const auto cursor = next_cursor(*coord, 1s);
        if (cursor.empty()) break;
        received.push_back(cursor);
    }
    publisher.join();
    ASSERT_FALSE(received.empty());
    EXPECT_EQ(received.back(), "60") << "the last change is always announced";
    // At most one message per 100 ms while publishing, plus the first and the
    // last (counted from the publisher's side: the reader may fall behind).
    EXPECT_LE(static_cast<long long>(received.size()), publishing_ms / 100 + 2)
        << "60 changes over " << publishing_ms << " ms";
    for (std::size_t i = 1; i < received.size(); ++i) {
        EXPECT_LT(std::stoll(received[i - 1]), std::stoll(received[i])) << "cursors only grow";
    }
}

TEST_F(Events, ShutdownClosesWithGoingAway) {
    start();
    auto alice = connect("alice");
    std::thread stopper([&] { server_->stop(); });
    EXPECT_FALSE(alice->next(5s));
    stopper.join();
    EXPECT_FALSE(alice->timed_out());
    EXPECT_EQ(alice->close_code(), 1001) << alice->error();
}

TEST_F(Events, ASilentClientIsDropped) {
    start([](server::ServerConfig& c) {
        c.ws_ping_interval = 100ms;
        c.ws_idle_timeout = 400ms;
    });
    auto alice = connect("alice");
    std::this_thread::sleep_for(900ms);  // no read pending: pings go unanswered
    EXPECT_FALSE(alice->next(2s));
    EXPECT_FALSE(alice->timed_out()) << "the server closed the socket";
    EXPECT_EQ(alice->close_code(), 1001) << "with a close frame, not a cut connection: " << alice->error();
}

TEST_F(Events, AClientAnsweringPingsStaysConnected) {
    start([](server::ServerConfig& c) {
        c.ws_ping_interval = 100ms;
        c.ws_idle_timeout = 400ms;
    });
    auto alice = connect("alice");
    std::thread later([&] {
        std::this_thread::sleep_for(1200ms);  // three idle timeouts
        publish(5, {"north"});
    });
    EXPECT_EQ(next_cursor(*alice, 3s), "5") << alice->error();  // the pending read answers pings
    later.join();
}

TEST_F(Events, ASocketWhoseTokenIsRevokedIsClosedAtTheNextPing) {
    start([](server::ServerConfig& c) { c.ws_ping_interval = 100ms; });
    const auto token = login_token(server_->port(), "alice");
    WsClient alice(server_->port(), token);
    ASSERT_TRUE(alice.ok()) << alice.error();
    ASSERT_TRUE(alice.next(2s));  // hello
    auto bob = connect("bob");
    const auto out = http(server_->port(), "POST", "/v1/auth/logout", "", {{"Authorization", "Bearer " + token}});
    ASSERT_EQ(out.status, 204) << out.body;
    const auto start = SteadyClock::now();
    EXPECT_FALSE(alice.next(3s));
    EXPECT_FALSE(alice.timed_out()) << "the server closed the socket";
    EXPECT_EQ(alice.close_code(), 1008) << "policy violation: the token is no longer valid";
    EXPECT_LT(ms_since(start), 1500);
    publish(7, {"south"});
    EXPECT_EQ(next_cursor(*bob, 2s), "7") << "other sockets stay open";
}

TEST_F(Events, ALogoutClosesTheTokensSocketsAtOnceNotAtTheNextPing) {
    start();  // pings every 20 s
    const auto token = login_token(server_->port(), "alice");
    WsClient alice(server_->port(), token), alice_again(server_->port(), token);
    ASSERT_TRUE(alice.ok() && alice_again.ok()) << alice.error() << alice_again.error();
    ASSERT_TRUE(alice.next(2s) && alice_again.next(2s));  // hellos
    auto other_device = connect("alice");  // the same member signed in on another device
    const auto start = SteadyClock::now();
    ASSERT_EQ(http(server_->port(), "POST", "/v1/auth/logout", "", {{"Authorization", "Bearer " + token}}).status, 204);
    for (auto* socket : {&alice, &alice_again}) {
        EXPECT_FALSE(socket->next(3s));
        EXPECT_FALSE(socket->timed_out()) << "the server closed the socket";
        EXPECT_EQ(socket->close_code(), 1008);
    }
    EXPECT_LT(ms_since(start), 2000) << "not the next ping's 20 s (margin for a loaded sanitizer run)";
    publish(9, {"north"});
    EXPECT_EQ(next_cursor(*other_device, 2s), "9") << "the member's other token keeps its socket";
}

TEST_F(Events, AnAdminsTokenRevokeBesideTheRunningServerClosesTheSocketsSoon) {
    start([](server::ServerConfig& config) { config.inject_tick = 100ms; });  // pings every 20 s
    auto alice = connect("alice");
    auto bob = connect("bob");
    const auto start = SteadyClock::now();
    const auto revoked = run_cli({"token", "revoke", "--data", server_->data(), "--login", "alice"});
    ASSERT_EQ(revoked.exit_code, 0) << revoked.err;
    for (int i = 0; i < 5 && alice->next(1s); ++i) {
    }  // the command is announced as a change first
    EXPECT_FALSE(alice->timed_out()) << "the server closed the socket";
    EXPECT_EQ(alice->close_code(), 1008);
    EXPECT_LT(ms_since(start), 5000) << "not the next ping's 20 s (the command itself takes part of it)";
    publish(1'000'000, {"south"});
    std::string seen;  // after the command's own announcement
    for (int i = 0; i < 5 && seen != "1000000"; ++i) seen = next_cursor(*bob, 2s);
    EXPECT_EQ(seen, "1000000") << "other members' sockets stay open";
}

TEST_F(Events, MetricsCountOpenWebSockets) {
    start();
    const auto gauge = [&] {
        const auto body = http(server_->port(), "GET", "/metrics").body;
        const auto at = body.find("\nmuster_open_websockets ");
        return at == std::string::npos ? std::string("missing") : body.substr(at + 24, body.find('\n', at + 1) - at - 24);
    };
    EXPECT_EQ(gauge(), "0");
    {
        auto alice = connect("alice");
        auto bob = connect("bob");
        EXPECT_EQ(gauge(), "2");
    }
    for (int i = 0; i < 50 && gauge() != "0"; ++i) std::this_thread::sleep_for(20ms);
    EXPECT_EQ(gauge(), "0");
}

// End to end through POST /v1/sync.
TEST_F(Events, SyncCommitsReachSocketsInScopeWithin200Ms) {
    start();
    const auto port = server_->port();
    const auto sync = [&](const std::string& token, const std::string& replica, int n, const json& op) {
        json body = {{"replica_id", replica}, {"ops", json::array({op})}, {"cursor", ""}, {"limit", 1}};
        body["ops"][0]["id"] = replica + "-" + std::to_string(n);
        body["ops"][0]["hlc"] = {{"ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                            std::chrono::system_clock::now().time_since_epoch()).count()},
                                 {"c", 0},
                                 {"r", replica}};
        return http(port, "POST", "/v1/sync", body.dump(), {{"Authorization", "Bearer " + token}});
    };
    auto coord = connect("coord");
    auto alice = connect("alice");
    const auto coord_token = login_token(port, "coord");
    const auto alice_token = login_token(port, "alice");
    const std::string task = "3b1f7a52-8c4e-4d7a-9e1b-2a6c5d8e9f01";

    // A coordinator creates a task in north: alice's socket hears of it.
    auto created = sync(coord_token, "c0c0c0c0c0c0c0c0", 1,
                        {{"kind", "set"}, {"entity", "task"}, {"key", task},
                         {"fields", {{"title", "Check the pumps"}, {"unit", server_->unit("north")}, {"status", "open"}}}});
    auto answered = SteadyClock::now();
    ASSERT_EQ(created.status, 200) << created.body;
    ASSERT_EQ(created.json()["acks"][0]["status"], "applied") << created.body;
    EXPECT_FALSE(next_cursor(*alice).empty());
    EXPECT_LT(ms_since(answered), 200);

    // A member's change reaches the coordinator's socket.
    coord = connect("coord");  // a fresh socket: nothing announced yet
    auto done = sync(alice_token, "a1a1a1a1a1a1a1a1", 1,
                     {{"kind", "set"}, {"entity", "task"}, {"key", task}, {"fields", {{"status", "done"}}}});
    answered = SteadyClock::now();
    ASSERT_EQ(done.status, 200) << done.body;
    ASSERT_EQ(done.json()["acks"][0]["status"], "applied") << done.body;
    const auto cursor = next_cursor(*coord);
    EXPECT_LT(ms_since(answered), 200);
    ASSERT_FALSE(cursor.empty());
    EXPECT_GT(std::stoll(cursor), 0);
}

/// The admin command line writes to the database beside the running server
/// (another process): the server tells every socket (SQLite: it notices on its
/// next pass; PostgreSQL: the command notifies the instances' relays), so a
/// coordinator's screen catches up without a change of its own.
TEST_F(Events, AnAdminCommandBesideTheRunningServerIsAnnounced) {
    start([](server::ServerConfig& config) { config.inject_tick = 100ms; });
    auto coord = connect("coord");
    auto alice = connect("alice");

    const auto added = run_cli({"member", "add", "--data", server_->data(), "--login", "nadia", "--name", "Nadia",
                                "--unit", "north", "--role", "member", "--password-stdin"},
                               "a long enough password\n");
    ASSERT_EQ(added.exit_code, 0) << added.err;
    const auto told = SteadyClock::now();
    const auto cursor = next_cursor(*coord, 3s);
    ASSERT_FALSE(cursor.empty()) << "the coordinator's socket was not told of the new member";
    EXPECT_LT(ms_since(told), 1000);
    EXPECT_FALSE(next_cursor(*alice, 2s).empty()) << "every socket is told: the command may have re-scoped anything";

    // What was told is there to pull: the new member of north, for its coordinator.
    const auto token = login_token(server_->port(), "coord");
    const auto pulled = http(server_->port(), "POST", "/v1/sync",
                             json{{"replica_id", "c0c0c0c0c0c0c0c1"}, {"ops", json::array()}, {"cursor", ""}, {"limit", 5000}}.dump(),
                             {{"Authorization", "Bearer " + token}});
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    const auto page = pulled.json();
    bool nadia = false;
    for (const auto& change : page["changes"]) {
        if (change["entity"] == "member" && change["fields"].dump().find("\"nadia\"") != std::string::npos) nadia = true;
    }
    EXPECT_TRUE(nadia) << pulled.body;
    EXPECT_GE(std::stoll(page["cursor"].get<std::string>()), std::stoll(cursor));

    // Told once: a socket opened afterwards hears nothing more of it.
    auto eva = connect("eva");
    EXPECT_TRUE(next_cursor(*eva, 800ms).empty()) << "one command, one announcement";
}

}  // namespace
}  // namespace muster::test
