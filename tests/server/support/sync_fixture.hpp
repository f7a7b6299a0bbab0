#pragma once
/// A demo server (units hq → north → north-a, hq → south) on a loopback port,
/// with logged-in clients that build ops and call POST /v1/sync.
///
/// Logins: coord (coordinator, hq), ncoord (coordinator, north), alice
/// (member, north), carol (member, north), bob (member, south), eva
/// (evaluator, hq), neva (evaluator, north), admin (admin, hq).

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace muster::test {

using nlohmann::json;

/// One logged-in replica. Builds ops with increasing ids and hlcs.
struct SyncClient {
    std::string login;
    std::string token;
    std::string replica;
    std::string member_id;
    std::string unit;
    std::uint64_t next = 1;
    std::int64_t last_ms = 0;

    /// A fresh stamp: now (or later than the last one).
    json hlc();
    /// `{"id","hlc","kind","entity","key",("fields"),("base")}` with the next id.
    json op(const std::string& kind, const std::string& entity, const std::string& key, const json& fields,
            const std::optional<json>& base = std::nullopt);
    json set(const std::string& entity, const std::string& key, const json& fields,
             const std::optional<json>& base = std::nullopt) {
        return op("set", entity, key, fields, base);
    }
    /// A log append authored by this client.
    json log(const std::string& key, const std::string& task, const std::string& kind = "note",
             const std::string& text = "did it", const std::optional<std::string>& rating = std::nullopt);
};

/// A random lowercase UUID.
std::string uuid();
/// Keys of `changes` entries, as "entity/key" (gone ones prefixed "gone:").
std::set<std::string> change_ids(const json& changes);
/// The change for an entity in `changes` (null if absent).
json find_change(const json& changes, const std::string& entity, const std::string& key);

class SyncFixture : public ::testing::Test {
protected:
    void SetUp() override;

    void start();
    [[nodiscard]] std::string data() const { return dir_.sub("data"); }
    [[nodiscard]] std::uint16_t port() const { return server_->port(); }

    /// Logs in (password muster-demo) with a fresh replica id.
    SyncClient client(const std::string& login);
    /// POST /v1/sync with `body` as is.
    HttpResult sync_raw(const std::string& token, const std::string& body,
                        const std::map<std::string, std::string>& extra = {});
    /// POST /v1/sync with these ops; expects 200 and returns the body.
    json sync(SyncClient& c, const std::vector<json>& ops, const std::string& cursor = "", int limit = 5000);
    /// Pulls from `cursor` until `has_more` is false; returns every change and updates `cursor`.
    json pull_all(SyncClient& c, std::string& cursor, int limit = 5000);
    /// Syncs one op and returns its ack.
    json push_one(SyncClient& c, const json& op);

    TempDir dir_;
    std::unique_ptr<ServerProcess> server_;
    std::map<std::string, std::string> units_;  ///< code → key
    std::string demo_drill_;
    std::vector<std::string> demo_tasks_;
};

}  // namespace muster::test
