#pragma once
/// Ops and sync messages as plain values (see codec.hpp for JSON).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/error.hpp"
#include "muster/hlc.hpp"
#include "muster/schema.hpp"

namespace muster {

/// One change made by one replica.
///
/// Invariants once decoded: `id` is `"<hlc.r>-<n>"` with n ≥ 1; `key` is valid for
/// `entity`; every entry of `fields` is a schema field of `entity` with a valid
/// value; `delete` has no fields; `base` only on `set`.
struct Op {
    std::string id;
    Hlc hlc;
    OpKind kind = OpKind::set;
    EntityType entity = EntityType::task;
    std::string key;
    nlohmann::json fields = nlohmann::json::object();
    /// For `set`: field → hlc the writer saw. nullopt: no base sent (never conflicts).
    std::optional<std::map<std::string, Hlc>> base;

    friend bool operator==(const Op&, const Op&) = default;
};

/// Makes an op id from a replica id and a counter (n ≥ 1).
[[nodiscard]] std::string make_op_id(std::string_view replica_id, std::uint64_t n);
/// Splits `"<replica>-<n>"`; nullopt unless the replica is a replica id and n ≥ 1 in decimal.
struct OpIdParts {
    std::string replica_id;
    std::uint64_t n = 0;
};
[[nodiscard]] std::optional<OpIdParts> parse_op_id(std::string_view id);

enum class AckStatus : std::uint8_t { applied, duplicate, rejected };
[[nodiscard]] std::string_view to_string(AckStatus status) noexcept;

struct Ack {
    std::string id;
    AckStatus status = AckStatus::applied;
    std::optional<Error> error;  ///< set iff rejected

    friend bool operator==(const Ack&, const Ack&) = default;
};

/// One entity in a pull. For versioned entities `fields` is the canonical state
/// (`{"f": {"v": .., "hlc": {..}}}`); for append-only entities plain values.
/// `gone`: the entity left the caller's scope (fields empty).
struct Change {
    std::int64_t seq = 0;  ///< 0 when absent (allowed only with `gone`)
    EntityType entity = EntityType::task;
    std::string key;
    nlohmann::json fields = nlohmann::json::object();
    bool gone = false;

    friend bool operator==(const Change&, const Change&) = default;
};

/// A comms check a device holds: a drill and that drill's `comms_check_at`.
struct CommsCheck {
    std::string drill;          ///< drill key
    std::int64_t check_at = 0;  ///< the drill's `comms_check_at` the device saw, unix ms

    friend bool operator==(const CommsCheck&, const CommsCheck&) = default;
};

/// The `device` object of a sync request.
struct DeviceReport {
    std::int64_t pending = 0;
    std::optional<std::int64_t> oldest_pending_ms;  ///< unix ms; absent when nothing is pending
    std::string app_version;
    std::int64_t clock_ms = 0;  ///< the device's raw wall clock when sending
    /// `"comms"`: the latest comms check in the device's store (the drill with
    /// the greatest non-null `comms_check_at`); absent when it holds none.
    std::optional<CommsCheck> comms = std::nullopt;

    friend bool operator==(const DeviceReport&, const DeviceReport&) = default;
};

inline constexpr std::size_t kMaxOpsPerSync = 2000;
inline constexpr int kDefaultPullLimit = 500;
inline constexpr int kMaxPullLimit = 5000;

struct SyncRequest {
    std::string replica_id;
    std::vector<Op> ops;
    std::string cursor;
    int limit = kDefaultPullLimit;  ///< 1..5000
    std::optional<DeviceReport> device;

    friend bool operator==(const SyncRequest&, const SyncRequest&) = default;
};

/// An admin wiped this device (`muster-server device wipe`): the answer's
/// acks still count, then the device erases its local data.
struct WipeNotice {
    std::string reason;  ///< the admin's words, shown to the member

    friend bool operator==(const WipeNotice&, const WipeNotice&) = default;
};

struct SyncResponse {
    std::vector<Ack> acks;
    std::vector<Change> changes;
    std::string cursor;
    bool has_more = false;
    std::int64_t server_time_ms = 0;
    std::optional<WipeNotice> wipe = std::nullopt;  ///< `"wipe": {"reason": …}`; absent for a device not wiped

    friend bool operator==(const SyncResponse&, const SyncResponse&) = default;
};

struct LoginRequest {
    std::string login;
    std::string password;
    std::string device_name;
    std::string replica_id;
};

struct LoginResponse {
    std::string token;
    std::int64_t expires_at_ms = 0;
    std::string member_id;
    std::string member_name;
    Role role = Role::member;
    std::string unit;  ///< the unit's key
    std::int64_t server_time_ms = 0;
};

}  // namespace muster
