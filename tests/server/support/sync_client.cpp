#include "support/sync_client.hpp"

#include <algorithm>
#include <chrono>
#include <random>

#include "muster/store.hpp"

namespace muster::test {

std::string random_hex(std::size_t count) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(kHex[rng() % 16]);
    return out;
}

std::string entity_key() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    const std::uint64_t hi = rng();
    return make_uuid_v7(now_ms(), hi, rng());
}

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string uuid() {
    auto h = random_hex(32);
    h[12] = '4';
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
           "-" + h.substr(20);
}

json SyncClient::hlc() {
    last_ms = std::max(last_ms + 1, now_ms());
    return {{"ms", last_ms}, {"c", 0}, {"r", replica}};
}

json SyncClient::op(const std::string& kind, const std::string& entity, const std::string& key,
                    const json& fields, const std::optional<json>& base) {
    json out = {{"id", replica + "-" + std::to_string(next++)},
                {"hlc", hlc()},
                {"kind", kind},
                {"entity", entity},
                {"key", key}};
    if (kind != "delete") out["fields"] = fields;
    if (base) out["base"] = *base;
    return out;
}

json SyncClient::log(const std::string& key, const std::string& task, const std::string& kind,
                     const std::string& text, const std::optional<std::string>& rating) {
    json fields = {
        {"task", task}, {"author", member_id}, {"kind", kind}, {"text", text}, {"at", now_ms()}};
    if (rating) fields["rating"] = *rating;
    return op("append", "log", key, fields);
}

Login log_in(std::uint16_t port, const std::string& login, const std::string& password, const std::string& replica) {
    Login out;
    out.client.login = login;
    out.client.replica = replica.empty() ? random_hex(16) : replica;
    const json body = {{"login", login},
                       {"password", password},
                       {"device", {{"name", "t"}, {"replica_id", out.client.replica}}}};
    out.response = http(port, "POST", "/v1/auth/login", body.dump());
    if (out.response.status == 200) {
        const auto answer = out.response.json();
        out.client.token = answer["token"];
        out.client.member_id = answer["member"]["id"];
        out.client.unit = answer["member"]["unit"];
    }
    return out;
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

}  // namespace muster::test
