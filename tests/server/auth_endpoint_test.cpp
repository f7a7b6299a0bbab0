// POST /v1/auth/login and /v1/auth/logout against the real binary.
#include <gtest/gtest.h>

#include <thread>

#include "muster/server/admin.hpp"
#include "support/test_db.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

std::string login_body(const std::string& login, const std::string& password) {
    return json{{"login", login}, {"password", password}, {"device", {{"name", "test phone"}, {"replica_id", "0123456789abcdef"}}}}
        .dump();
}

class AuthEndpoint : public ::testing::Test {
protected:
    void SetUp() override {
        auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests(), fresh_test_db());
        ASSERT_TRUE(demo.ok()) << demo.error().message;
        start();
    }
    void start() {
        server_ = std::make_unique<ServerProcess>(data());
        ASSERT_NE(server_->port(), 0) << server_->log();
    }
    std::string data() const { return dir_.sub("data"); }
    HttpResult login(const std::string& who, const std::string& password) {
        return http(server_->port(), "POST", "/v1/auth/login", login_body(who, password));
    }
    HttpResult logout(const std::string& token) {
        return http(server_->port(), "POST", "/v1/auth/logout", "", {{"Authorization", "Bearer " + token}});
    }

    TempDir dir_;
    std::unique_ptr<ServerProcess> server_;
};

TEST_F(AuthEndpoint, LoginAnswersTokenMemberAndTimes) {
    const auto r = login("alice", "muster-demo");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto body = r.json();
    EXPECT_TRUE(body["token"].is_string());
    EXPECT_GE(body["token"].get<std::string>().size(), 43u);
    const auto now = body["server_time_ms"].get<std::int64_t>();
    EXPECT_NEAR(static_cast<double>(body["expires_at_ms"].get<std::int64_t>() - now), 30.0 * 24 * 3600 * 1000, 60'000.0);
    auto units = server::admin::list_units(data());
    ASSERT_TRUE(units.ok());
    std::string north;
    for (const auto& u : *units) {
        if (u.unit.code == "north") north = u.unit.key;
    }
    EXPECT_EQ(body["member"]["unit"], north);
    EXPECT_EQ(body["member"]["role"], "member");
    EXPECT_EQ(body["member"]["name"], "Alice Field");
    EXPECT_EQ(body["member"]["id"].get<std::string>().size(), 36u);

    const auto log = server_->log();
    EXPECT_EQ(log.find("muster-demo"), std::string::npos) << "password in the log";
    EXPECT_EQ(log.find(body["token"].get<std::string>()), std::string::npos) << "token in the log";
}

TEST_F(AuthEndpoint, WrongPasswordAndUnknownLoginGetTheSameAnswer) {
    const auto wrong = login("alice", "not-it");
    const auto unknown = login("nobody", "muster-demo");
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.error_code(), "invalid_credentials");
    EXPECT_EQ(wrong.body, unknown.body);
}

TEST_F(AuthEndpoint, TenFailuresThenRateLimitedEvenWithTheRightPassword) {
    for (int i = 0; i < 10; ++i) EXPECT_EQ(login("bob", "wrong").status, 401) << i;
    const auto limited = login("bob", "muster-demo");
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.error_code(), "rate_limited");
    EXPECT_EQ(login("alice", "muster-demo").status, 200) << "other logins are not affected";
    for (int i = 0; i < 10; ++i) EXPECT_EQ(login("ghost", "x").status, 401);
    EXPECT_EQ(login("ghost", "x").status, 429) << "unknown logins are limited too";
}

TEST_F(AuthEndpoint, SuccessResetsTheFailureCount) {
    for (int i = 0; i < 9; ++i) EXPECT_EQ(login("eva", "wrong").status, 401);
    EXPECT_EQ(login("eva", "muster-demo").status, 200);
    for (int i = 0; i < 9; ++i) EXPECT_EQ(login("eva", "wrong").status, 401);
    EXPECT_EQ(login("eva", "muster-demo").status, 200);
}

TEST_F(AuthEndpoint, LogoutRevokesTheToken) {
    const auto r = login("coord", "muster-demo");
    ASSERT_EQ(r.status, 200);
    const auto token = r.json()["token"].get<std::string>();
    const auto out = logout(token);
    EXPECT_EQ(out.status, 204) << out.body;
    const auto again = logout(token);
    EXPECT_EQ(again.status, 401);
    EXPECT_EQ(again.error_code(), "unauthenticated");
    const auto none = http(server_->port(), "POST", "/v1/auth/logout");
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.error_code(), "unauthenticated");
    EXPECT_EQ(logout("made-up-token").error_code(), "unauthenticated");
}

TEST_F(AuthEndpoint, TokensSurviveARestart) {
    const auto r = login("admin", "muster-demo");
    ASSERT_EQ(r.status, 200);
    const auto token = r.json()["token"].get<std::string>();
    ASSERT_EQ(server_->stop(), 0);
    start();
    EXPECT_EQ(logout(token).status, 204);
}

TEST_F(AuthEndpoint, RevokedByTheAdminCommand) {
    const auto r = login("alice", "muster-demo");
    ASSERT_EQ(r.status, 200);
    const auto revoke = run_cli({"token", "revoke", "--data", data(), "--login", "alice"});
    EXPECT_EQ(revoke.exit_code, 0) << revoke.err;
    EXPECT_EQ(logout(r.json()["token"].get<std::string>()).status, 401);
}

TEST_F(AuthEndpoint, BadJsonIsRefusedAndTheServerKeepsServing) {
    const std::vector<std::string> bodies{
        "{\"login\": \"alice\", ",                                                    // truncated
        "{\"login\": \"alice\", \"login\": \"bob\", \"password\": \"x\"}",            // duplicate key
        std::string(100'000, '[') + std::string(100'000, ']'),                        // deep nesting
        "{\"login\": \"al\xff\xfe\", \"password\": \"x\"}",                           // invalid UTF-8
        "",                                                                           // empty
    };
    for (const auto& body : bodies) {
        const auto r = http(server_->port(), "POST", "/v1/auth/login", body);
        EXPECT_EQ(r.status, 400) << body.substr(0, 40);
        EXPECT_EQ(r.error_code(), "bad_json") << body.substr(0, 40);
    }
    EXPECT_EQ(http(server_->port(), "GET", "/v1/health").status, 200);
}

TEST_F(AuthEndpoint, MissingOrMistypedFieldsAreBadRequestNamingTheField) {
    struct Case {
        json body;
        std::string field;
    };
    const std::vector<Case> cases{
        {json{{"password", "x"}}, "login"},
        {json{{"login", 5}, {"password", "x"}}, "login"},
        {json{{"login", "alice"}}, "password"},
        {json{{"login", "alice"}, {"password", true}}, "password"},
        {json{{"login", "alice"}, {"password", "x"}, {"device", "phone"}}, "device"},
        {json{{"login", "alice"}, {"password", "x"}, {"device", {{"replica_id", "XYZ"}}}}, "device.replica_id"},
        {json::array(), "object"},
        {json{{"login", "alice"}, {"password", "x"}, {"remember_me", true}}, "\"remember_me\" is not a field"},
        {json{{"login", "alice"}, {"password", "x"}, {"device", {{"name", "p"}, {"os", "android"}}}}, "device.\"os\""},
    };
    for (const auto& c : cases) {
        const auto r = http(server_->port(), "POST", "/v1/auth/login", c.body.dump());
        EXPECT_EQ(r.status, 400) << c.body.dump();
        EXPECT_EQ(r.error_code(), "bad_request") << c.body.dump();
        EXPECT_NE(r.json()["error"]["message"].get<std::string>().find(c.field), std::string::npos) << r.body;
    }
}

TEST(AuthEndpointRealCost, StandardArgon2LoginWorks) {
    TempDir dir;
    const std::map<std::string, std::string> no_fast_hash{{"MUSTER_TEST_FAST_HASH", "0"}};
    const std::string data = dir.sub("data");
    std::vector<std::string> init{kServerBinary, "init", "--data", data};
    if (const auto db = fresh_test_db(); !db.empty()) init.insert(init.end(), {"--db", db});  // PostgreSQL runs
    ASSERT_EQ(run_process(init, "", 30s, no_fast_hash).exit_code, 0);
    ASSERT_EQ(run_process({kServerBinary, "unit", "add", "--data", data, "--code", "hq", "--name", "HQ"}, "", 30s,
                          no_fast_hash).exit_code, 0);
    const auto add = run_process({kServerBinary, "member", "add", "--data", data, "--login", "real", "--name", "Real",
                                  "--unit", "hq", "--role", "admin", "--password-stdin"},
                                 "a long passphrase\n", 30s, no_fast_hash);
    ASSERT_EQ(add.exit_code, 0) << add.err;
    ServerProcess server(data, {}, no_fast_hash);
    ASSERT_NE(server.port(), 0);
    const auto r = http(server.port(), "POST", "/v1/auth/login", login_body("real", "a long passphrase"));
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(http(server.port(), "POST", "/v1/auth/login", login_body("real", "a long passphrasf")).status, 401);

    // A login still hashing when SIGTERM arrives is answered before the server exits 0.
    Connection in_flight(server.port());
    ASSERT_TRUE(in_flight.send(make_request("POST", "/v1/auth/login", login_body("real", "a long passphrase"))));
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(server.stop(), 0);
    const auto answer = in_flight.read_response();
    EXPECT_EQ(answer.status, 200) << answer.error;
    EXPECT_EQ(answer.headers.count("connection") ? answer.headers.at("connection") : "", "close");
}

}  // namespace
}  // namespace muster::test
