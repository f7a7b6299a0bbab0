#include "support/sync_fixture.hpp"

#include <chrono>
#include <random>

#include "muster/server/admin.hpp"

namespace muster::test {
namespace {

std::string random_hex(std::size_t chars) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < chars; ++i) out.push_back(kHex[rng() % 16]);
    return out;
}

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

std::string uuid() {
    auto h = random_hex(32);
    h[12] = '4';
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

json SyncClient::hlc() {
    last_ms = std::max(last_ms + 1, now_ms());
    return {{"ms", last_ms}, {"c", 0}, {"r", replica}};
}

json SyncClient::op(const std::string& kind, const std::string& entity, const std::string& key, const json& fields,
                    const std::optional<json>& base) {
    json out = {{"id", replica + "-" + std::to_string(next++)}, {"hlc", hlc()}, {"kind", kind}, {"entity", entity},
                {"key", key}};
    if (kind != "delete") out["fields"] = fields;
    if (base) out["base"] = *base;
    return out;
}

json SyncClient::log(const std::string& key, const std::string& task, const std::string& kind, const std::string& text,
                     const std::optional<std::string>& rating) {
    json fields = {{"task", task}, {"author", member_id}, {"kind", kind}, {"text", text}, {"at", now_ms()}};
    if (rating) fields["rating"] = *rating;
    return op("append", "log", key, fields);
}

std::set<std::string> change_ids(const json& changes) {
    std::set<std::string> out;
    for (const auto& c : changes) {
        out.insert((c.value("gone", false) ? "gone:" : "") + c["entity"].get<std::string>() + "/" +
                   c["key"].get<std::string>());
    }
    return out;
}

json find_change(const json& changes, const std::string& entity, const std::string& key) {
    json found;
    for (const auto& c : changes) {
        if (c["entity"] == entity && c["key"] == key) found = c;  // the latest wins
    }
    return found;
}

void SyncFixture::SetUp() {
    auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests());
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
    server_ = std::make_unique<ServerProcess>(data());
    ASSERT_NE(server_->port(), 0) << server_->log();
}

SyncClient SyncFixture::client(const std::string& login) {
    SyncClient c;
    c.login = login;
    c.replica = random_hex(16);
    const json body = {{"login", login}, {"password", "muster-demo"}, {"device", {{"name", "t"}, {"replica_id", c.replica}}}};
    const auto r = http(port(), "POST", "/v1/auth/login", body.dump());
    EXPECT_EQ(r.status, 200) << r.body;
    const auto answer = r.json();
    if (r.status == 200) {
        c.token = answer["token"];
        c.member_id = answer["member"]["id"];
        c.unit = answer["member"]["unit"];
    }
    return c;
}

HttpResult SyncFixture::sync_raw(const std::string& token, const std::string& body,
                                 const std::map<std::string, std::string>& extra) {
    auto headers = extra;
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    return http(port(), "POST", "/v1/sync", body, headers);
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
