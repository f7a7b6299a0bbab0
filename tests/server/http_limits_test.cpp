// Transport behaviour of the real muster-server binary: routing errors,
// limits, timeouts, keep-alive and shutdown.
#include <gtest/gtest.h>

#include <csignal>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;

class HttpServer : public ::testing::Test {
protected:
    void start(const std::vector<std::string>& extra = {}) {
        ASSERT_EQ(run_cli({"init", "--data", dir_.sub("data")}).exit_code, 0);
        server_ = std::make_unique<ServerProcess>(dir_.sub("data"), extra);
        ASSERT_NE(server_->port(), 0) << "line: " << server_->listening_line() << "\nlog:\n" << server_->log();
    }
    std::uint16_t port() const { return server_->port(); }

    TempDir dir_;
    std::unique_ptr<ServerProcess> server_;
};

TEST_F(HttpServer, PrintsTheRealPortAndServesHealth) {
    start();
    EXPECT_EQ(server_->listening_line(), "listening on 127.0.0.1:" + std::to_string(port()));
    const auto before = std::chrono::system_clock::now();
    const auto r = http(port(), "GET", "/v1/health");
    ASSERT_EQ(r.status, 200) << r.error;
    EXPECT_EQ(r.headers.at("content-type"), "application/json");
    EXPECT_FALSE(r.headers.at("x-request-id").empty());
    const auto body = r.json();
    EXPECT_EQ(body["status"], "ok");
    EXPECT_TRUE(body["version"].is_string());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(before.time_since_epoch()).count();
    EXPECT_NEAR(static_cast<double>(body["server_time_ms"].get<std::int64_t>()), static_cast<double>(ms), 10'000.0);
}

TEST_F(HttpServer, UnknownPathAndWrongMethodAreJsonErrors) {
    start();
    const auto missing = http(port(), "GET", "/v1/nothing-here");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.error_code(), "not_found");
    const auto wrong = http(port(), "GET", "/v1/auth/login");
    EXPECT_EQ(wrong.status, 405);
    EXPECT_EQ(wrong.error_code(), "method_not_allowed");
    EXPECT_EQ(wrong.headers.at("allow"), "POST");
    const auto odd = http(port(), "DELETE", "/v1/health");
    EXPECT_EQ(odd.status, 405);
    EXPECT_EQ(odd.headers.at("allow"), "GET, HEAD");
    // HEAD wherever GET is (RFC 9110 §9.1): GET's status and headers, no body.
    const auto get = http(port(), "GET", "/v1/health");
    const auto head = http(port(), "HEAD", "/v1/health");
    EXPECT_EQ(head.status, 200);
    EXPECT_EQ(head.headers.at("content-type"), "application/json");
    EXPECT_EQ(head.headers.at("content-length"), std::to_string(get.body.size()));
    EXPECT_TRUE(head.body.empty());
}

TEST_F(HttpServer, AbsoluteFormTargetsAreServedAsTheirPath) {
    // RFC 9112 §3.2.2: a server accepts `http://host/path` (what a proxy sends).
    start();
    const std::string authority = "127.0.0.1:" + std::to_string(port());
    EXPECT_EQ(http(port(), "GET", "http://" + authority + "/v1/health").status, 200);
    EXPECT_EQ(http(port(), "GET", "HTTPS://" + authority + "/v1/health?x=1").status, 200);
    const auto bare = http(port(), "GET", "http://" + authority);  // the root: a path like any other
    EXPECT_EQ(bare.status, 404);
    EXPECT_EQ(bare.error_code(), "not_found");
    const auto wrong = http(port(), "GET", "http://" + authority + "/v1/auth/login");
    EXPECT_EQ(wrong.status, 405) << "routed by its path, not refused as an unknown target";
    EXPECT_EQ(http(port(), "GET", "ftp://" + authority + "/v1/health").status, 404);
}

TEST_F(HttpServer, KeepAliveServesSeveralRequestsOnOneConnection) {
    start();
    Connection c(port());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(c.send(make_request("GET", "/v1/health")));
        EXPECT_EQ(c.read_response().status, 200);
    }
}

TEST_F(HttpServer, IdleKeepAliveConnectionIsClosed) {
    start({"--idle-timeout-ms", "300"});
    Connection c(port());
    ASSERT_TRUE(c.send(make_request("GET", "/v1/health")));
    EXPECT_EQ(c.read_response().status, 200);
    EXPECT_TRUE(c.wait_closed(5s));
}

TEST_F(HttpServer, HeaderFloodIs431) {
    start();
    Connection c(port());
    std::string request = "GET /v1/health HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 400; ++i) request += "X-Flood-" + std::to_string(i) + ": " + std::string(50, 'a') + "\r\n";
    request += "\r\n";
    ASSERT_GT(request.size(), 16u * 1024);
    c.send(request);
    const auto r = c.read_response();
    EXPECT_EQ(r.status, 431) << r.error;
    EXPECT_EQ(r.error_code(), "headers_too_large");
    EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
}

TEST_F(HttpServer, BodyOverLimitIs413) {
    start();
    Connection c(port(), 20s);
    const std::string body(9 * 1024 * 1024, 'a');
    c.send(make_request("POST", "/v1/auth/login", body));
    const auto r = c.read_response(20s);
    EXPECT_EQ(r.status, 413) << r.error;
    EXPECT_EQ(r.error_code(), "payload_too_large");
    EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
}

TEST_F(HttpServer, ExpectContinueGetsAnInterimAnswer) {
    start();
    Connection c(port());
    const std::string body = R"({"login": 1})";
    ASSERT_TRUE(c.send("POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " +
                       std::to_string(body.size()) + "\r\n\r\n"));
    EXPECT_EQ(c.read_response(2s).status, 100);
    ASSERT_TRUE(c.send(body));
    const auto r = c.read_response();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.error_code(), "bad_request");
}

TEST_F(HttpServer, MalformedRequestIs400) {
    start();
    Connection c(port());
    c.send("THIS IS NOT HTTP\r\n\r\n");
    const auto r = c.read_response();
    EXPECT_EQ(r.status, 400) << r.error;
    EXPECT_EQ(r.error_code(), "bad_request");
}

TEST_F(HttpServer, SlowHeadersGet408WhileOtherClientsAreServed) {
    start({"--header-timeout-ms", "1500"});
    Dribbled slow;
    const int served = probe_while(
        [&] {
            Connection c(port(), 10s);
            // One byte per second: the deadline must not reset per byte.
            slow = dribble(c, make_request("GET", "/v1/health"), 1000ms);
        },
        [&] {
            const auto t0 = std::chrono::steady_clock::now();
            EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
            EXPECT_LT(std::chrono::steady_clock::now() - t0, 2s);
        });
    EXPECT_GE(served, 5);
    EXPECT_EQ(slow.response.status, 408) << slow.response.error;
    EXPECT_EQ(slow.response.error_code(), "timeout");
    EXPECT_LT(slow.elapsed, 4s);
}

TEST_F(HttpServer, SilentConnectionGets408) {
    start({"--header-timeout-ms", "500"});
    Connection c(port());
    const auto r = c.read_response(5s);
    EXPECT_EQ(r.status, 408) << r.error;
}

TEST_F(HttpServer, MetricsCountRequestsFromLoopback) {
    start();
    EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
    EXPECT_EQ(http(port(), "GET", "/nope").status, 404);
    const auto r = http(port(), "GET", "/metrics");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("muster_http_requests_total{route=\"/v1/health\",status=\"200\"} 1"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("route=\"unmatched\",status=\"404\""), std::string::npos);
    // The earlier connections may still be closing on the server's side: the
    // gauge counts at least this one.
    const std::string gauge = "\nmuster_open_connections ";
    const auto at = r.body.find(gauge);
    ASSERT_NE(at, std::string::npos) << r.body;
    EXPECT_GE(std::stoi(r.body.substr(at + gauge.size())), 1);
}

TEST_F(HttpServer, SigtermWithAnIdleConnectionExitsZeroPromptly) {
    start();
    Connection idle(port());
    ASSERT_TRUE(idle.send(make_request("GET", "/v1/health")));
    EXPECT_EQ(idle.read_response().status, 200);
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(server_->stop(SIGTERM), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 5s);
    EXPECT_TRUE(idle.wait_closed(1s));
    const auto log = server_->log();
    EXPECT_NE(log.find("shutting down"), std::string::npos);
    EXPECT_NE(log.find("server stopped"), std::string::npos);
}

TEST_F(HttpServer, SigintExitsZero) {
    start();
    EXPECT_EQ(server_->stop(SIGINT), 0);
}

TEST_F(HttpServer, LogsAreStructuredLines) {
    start();
    EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
    EXPECT_EQ(server_->stop(SIGTERM), 0);
    const auto log = server_->log();
    EXPECT_NE(log.find("level=info msg=request req="), std::string::npos) << log;
    EXPECT_NE(log.find("method=GET route=/v1/health status=200 ms="), std::string::npos) << log;
}

}  // namespace
}  // namespace muster::test
