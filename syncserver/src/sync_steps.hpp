#pragma once
// The steps of one sync (internal to muster_server): push inside the write
// transaction, the device entity, and pull inside a read snapshot.

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "muster/codec.hpp"
#include "muster/hlc.hpp"
#include "muster/server/scope.hpp"
#include "muster/server/store.hpp"

namespace muster::server {

/// What the write transaction changed, for the ChangeFeed.
struct WriteEffects {
    std::int64_t max_seq = 0;
    std::set<std::string> units;  ///< scope units touched, before and after moves
    bool members_see = false;     ///< some change is of an entity members may see (ChangeEvent::members_see)

    void note(std::int64_t seq, const std::string& unit, std::string_view entity) {
        if (seq > max_seq) max_seq = seq;
        if (!unit.empty()) units.insert(unit);
        const auto type = entity_type_from_string(entity);
        if (!type || members_may_see(*type)) members_see = true;  // an unknown type: told, to be safe
    }
};

/// The fields a sync's `device` entity records: who syncs it, and what its
/// report says (`received_ms`: when the request arrived, for the clock offset).
[[nodiscard]] nlohmann::json device_values(const std::string& member_key, const std::string& device_key,
                                           const std::optional<DeviceReport>& report, std::int64_t received_ms);
/// True when the stored record already says `values` (a clock offset within
/// the slack), in `unit_key`, and was refreshed less than kDeviceRefreshMs ago:
/// the sync need not write it.
[[nodiscard]] bool device_up_to_date(const EntityRecord& current, const nlohmann::json& values,
                                     const std::string& unit_key, std::int64_t now_ms);

/// Applies ops one by one inside `writer`'s transaction, in the protocol's
/// rejection precedence. Stamps server-made entities with `clock` and makes it
/// observe every accepted op.
class PushBatch {
public:
    PushBatch(StoreWriter& writer, const CallerScope& scope, const UnitTree& tree, HlcClock& clock,
              std::int64_t now_ms, std::string replica_id);

    /// The ack of one valid op (`index`: its position in the request, for
    /// messages; `op_text`: its encoding, for the op log, made before the
    /// transaction by `encode_ops`).
    Ack apply(const Op& op, const std::string& op_text, std::size_t index);
    /// The member the stored `device` record names ("" when there is none).
    [[nodiscard]] std::string device_member(const std::string& device_key);
    /// Writes the caller's `device` entity when something it reports changed.
    /// A `comms` answer naming a drill the caller can read, other than the
    /// stored (`comms_drill`, `comms_check_at`), is recorded with
    /// `comms_answered_at` = now; one naming an unknown or unreadable drill is
    /// not recorded (see `comms_denied`).
    void write_device(const std::string& device_key, const std::optional<DeviceReport>& report,
                      std::int64_t received_ms);

    [[nodiscard]] const WriteEffects& effects() const noexcept { return effects_; }
    /// The drill of a `device.comms` answer that `write_device` refused (unknown
    /// or out of scope), for the audit log; "" when none was.
    [[nodiscard]] const std::string& comms_denied() const noexcept { return comms_denied_; }

private:
    /// A stored entity as this batch last saw or wrote it (null: none). Reads
    /// go to the store once per entity; later ops of the request on the same
    /// entity (a status, then a log on that task) reuse it.
    using Row = std::shared_ptr<const EntityRecord>;
    Row get(const std::string& entity, const std::string& key);
    /// Writes `record` with the next seq, notes it in the effects and remembers it.
    Row put(EntityRecord record);

    Ack check_and_apply(const Op& op, const std::string& path);
    Ack apply_task(const Op& op, const std::string& path);
    Ack apply_drill(const Op& op, const std::string& path);
    Ack apply_log(const Op& op, const std::string& path);
    Ack apply_conflict(const Op& op, const std::string& path);
    /// The rule for a task's `assignee` (a member of the task's `unit`, after
    /// the op): the rejection, or nullopt when the op keeps it.
    /// The same rule on the merged task: an op whose older unit or assignee
    /// last-writer-wins would combine with a newer one into a task assigned
    /// outside its unit is refused (a task that was already so is left alone).
    std::optional<Ack> check_merged_assignee(const Op& op, const std::string& path, const EntityRecord* current,
                                             const nlohmann::json& merged);
    std::optional<Ack> check_assignee(const Op& op, const std::string& path, const EntityRecord* current,
                                      const EntityRecord* assignee, const std::string& unit);
    /// Merges `op` into `current`, writes it (scope unit `unit`) and any conflicts; `applied` or `immutable`.
    Ack merge_and_write(const Op& op, const std::string& path, const EntityRecord* current, const std::string& unit);
    /// Moves a task's logs and conflicts to `to_unit` (departures from `from_unit` when it differs).
    void move_children(const std::string& task_key, const std::string& from_unit, const std::string& to_unit);
    /// After a change of a drill's fields (`before` → `after`): every inject of
    /// it that members now see differently (released, pre-staged or hidden)
    /// gets a new seq with its logs, so members' next pull sends it whole or
    /// `gone`. A release that only comes due later is the scheduler's.
    void reseq_injects(const std::string& drill_key, const nlohmann::json& before, const nlohmann::json& after);
    /// A new entity whose plain `values` all carry one fresh server stamp.
    void put_server_entity(const std::string& entity, const std::string& key, const nlohmann::json& values,
                           const std::string& unit);
    /// Stored `drill` fields (nullopt: no such drill).
    std::optional<nlohmann::json> drill_fields(const std::string& drill_key);
    /// Members' view of a stored task: released, prestaged or hidden.
    InjectState task_inject_state(const EntityRecord& task);

    StoreWriter& w_;
    const CallerScope& scope_;
    const UnitTree& tree_;
    HlcClock& clock_;
    std::int64_t now_ms_;
    std::string replica_id_;
    WriteEffects effects_;
    std::string comms_denied_;
    std::unordered_map<std::string, Row> rows_;  ///< by entity + '\0' + key
    const std::string* op_text_ = nullptr;        ///< the encoding of the op being applied
};

/// Each op's JSON text for the op log, encoded before (outside) the write transaction.
[[nodiscard]] std::vector<std::string> encode_ops(const std::vector<Op>& ops);

/// One entry of `changes`, with its fields already as JSON text.
struct WireChange {
    std::int64_t seq = 0;
    std::string entity;
    std::string key;
    bool gone = false;
    std::string fields;  ///< JSON text (empty when gone)
    std::string unit;    ///< the scope unit of what was sent ("" when gone)
};

/// One page of the caller's scope after `after`; `cursor`, `has_more` and `changes` of the response.
struct PullPage {
    std::vector<WireChange> changes;
    std::int64_t last_seq = 0;
    bool has_more = false;
};
/// The response body: core's encoding of everything but `changes`, which are
/// spliced in as text. `wipe_reason` (optional): the device was wiped by an
/// admin (adds `"wipe": {"reason": …}`).
[[nodiscard]] std::string encode_sync_body(const std::vector<Ack>& acks, const PullPage& page,
                                           std::int64_t server_time_ms, const std::string* wipe_reason = nullptr);

[[nodiscard]] PullPage pull_page(StoreReader& reader, const CallerScope& scope, std::int64_t after, int limit,
                                 std::int64_t now_ms);

}  // namespace muster::server
