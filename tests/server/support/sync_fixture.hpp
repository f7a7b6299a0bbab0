#pragma once
/// A demo server (units hq → north → north-a, hq → south) on a loopback port,
/// with logged-in clients that build ops and call POST /v1/sync.
///
/// Logins: coord (coordinator, hq), ncoord (coordinator, north), alice
/// (member, north), carol (member, north), bob (member, south), eva
/// (evaluator, hq), neva (evaluator, north), admin (admin, hq).

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/sync_client.hpp"

namespace muster::test {

class SyncFixture : public ::testing::Test {
protected:
    void SetUp() override;

    void start();
    [[nodiscard]] std::string data() const { return dir_.sub("data"); }
    [[nodiscard]] std::uint16_t port() const { return server_->port(); }

    /// Logs in (password muster-demo) with a fresh replica id.
    SyncClient client(const std::string& login);
    /// POST /v1/sync with `body` as is; `timeout` bounds the wait for the answer.
    HttpResult sync_raw(const std::string& token, const std::string& body,
                        const std::map<std::string, std::string>& extra = {},
                        std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// POST /v1/sync with these ops; expects 200 and returns the body.
    json sync(SyncClient& c, const std::vector<json>& ops, const std::string& cursor = "", int limit = 5000);
    /// Pulls from `cursor` until `has_more` is false; returns every change and updates `cursor`.
    json pull_all(SyncClient& c, std::string& cursor, int limit = 5000);
    /// Syncs one op and returns its ack.
    json push_one(SyncClient& c, const json& op);

    TempDir dir_;
    std::vector<std::string> serve_args_;  ///< extra `serve` options (e.g. shorter timeouts); set before SetUp
    std::unique_ptr<ServerProcess> server_;
    std::map<std::string, std::string> units_;  ///< code → key
    std::string demo_drill_;
    std::vector<std::string> demo_tasks_;
};

}  // namespace muster::test
