#pragma once
/// Logged-in replicas that build ops for POST /v1/sync (no GoogleTest here:
/// the benchmarks use it too).

#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "support/http_client.hpp"

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
    json op(const std::string& kind, const std::string& entity, const std::string& key,
            const json& fields, const std::optional<json>& base = std::nullopt);
    json set(const std::string& entity, const std::string& key, const json& fields,
             const std::optional<json>& base = std::nullopt) {
        return op("set", entity, key, fields, base);
    }
    /// A log append authored by this client.
    json log(const std::string& key, const std::string& task, const std::string& kind = "note",
             const std::string& text = "did it",
             const std::optional<std::string>& rating = std::nullopt);
};

/// A login's outcome: `client` is filled (token, member, unit) only when `response.status` is 200.
struct Login {
    SyncClient client;
    HttpResult response;
};

/// POST /v1/auth/login on 127.0.0.1:`port` with `replica` as the device (empty: a fresh random one).
Login log_in(std::uint16_t port, const std::string& login, const std::string& password = "muster-demo",
             const std::string& replica = "");

/// `count` random lowercase hex characters.
std::string random_hex(std::size_t count);
/// A random lowercase UUID.
std::string uuid();
/// A key for a new entity as the app and the server make them: a time-ordered
/// UUID (version 7) of now. The benchmarks create their entities with it.
std::string entity_key();
/// Unix milliseconds now.
std::int64_t now_ms();
/// Keys of `changes` entries, as "entity/key" (gone ones prefixed "gone:").
std::set<std::string> change_ids(const json& changes);
/// The change for an entity in `changes` (null if absent).
json find_change(const json& changes, const std::string& entity, const std::string& key);

}  // namespace muster::test
