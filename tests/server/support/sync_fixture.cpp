#include "support/test_db.hpp"
#include "support/sync_fixture.hpp"

#include "muster/server/admin.hpp"

namespace muster::test {

void SyncFixture::SetUp() {
    auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests(), fresh_test_db());
    ASSERT_TRUE(demo.ok()) << demo.error().message;
    demo_drill_ = demo->drill_key;
    demo_tasks_ = demo->task_keys;
    const auto cost = server::HashCost::insecure_for_tests();
    ASSERT_TRUE(server::admin::add_unit(data(), "north-a", "North A", "north").ok());
    for (const auto& [login, unit, role] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"ncoord", "north", "coordinator"}, {"carol", "north", "member"}, {"neva", "north", "evaluator"}}) {
        auto m = server::admin::add_member(data(), login, login + " Test", unit, role, "muster-demo", cost);
        ASSERT_TRUE(m.ok()) << m.error().message;
    }
    auto units = server::admin::list_units(data());
    ASSERT_TRUE(units.ok());
    for (const auto& u : *units) units_[u.unit.code] = u.unit.key;
    start();
}

void SyncFixture::start() {
    server_ = std::make_unique<ServerProcess>(data(), serve_args_);
    ASSERT_NE(server_->port(), 0) << server_->log();
}

SyncClient SyncFixture::client(const std::string& login) {
    auto in = log_in(port(), login);
    EXPECT_EQ(in.response.status, 200) << in.response.body;
    return in.client;
}

HttpResult SyncFixture::sync_raw(const std::string& token, const std::string& body,
                                 const std::map<std::string, std::string>& extra, std::chrono::milliseconds timeout) {
    auto headers = extra;
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    return http(port(), "POST", "/v1/sync", body, headers, timeout);
}

json SyncFixture::sync(SyncClient& c, const std::vector<json>& ops, const std::string& cursor, int limit) {
    const json body = {{"replica_id", c.replica}, {"ops", ops}, {"cursor", cursor}, {"limit", limit}};
    const auto r = sync_raw(c.token, body.dump());
    EXPECT_EQ(r.status, 200) << r.body;
    auto answer = r.json();
    if (r.status == 200) {
        EXPECT_EQ(answer["acks"].size(), ops.size());
    }
    return answer;
}

json SyncFixture::pull_all(SyncClient& c, std::string& cursor, int limit) {
    json all = json::array();
    for (int round = 0; round < 1000; ++round) {
        const auto answer = sync(c, {}, cursor, limit);
        if (!answer.contains("changes")) break;
        for (const auto& change : answer["changes"]) all.push_back(change);
        cursor = answer["cursor"];
        if (!answer["has_more"].get<bool>()) break;
    }
    return all;
}

json SyncFixture::push_one(SyncClient& c, const json& op) {
    const auto answer = sync(c, {op}, "", 1);
    return answer.contains("acks") && !answer["acks"].empty() ? answer["acks"][0] : json{};
}

}  // namespace muster::test
