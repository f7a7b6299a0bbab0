// Sync request/response and login encoding and validation.
#include "codec_detail.hpp"
#include "muster/codec.hpp"

namespace muster {

using detail::is_int64;
using detail::join_path;
using detail::path_error;
using nlohmann::json;

namespace {

std::string index_path(std::string_view array, std::size_t i) {
    return std::string(array) + "[" + std::to_string(i) + "]";
}

json encode_device(const DeviceReport& d) {
    json out = {{"pending", d.pending}, {"app_version", d.app_version}, {"clock_ms", d.clock_ms}};
    if (d.oldest_pending_ms) out["oldest_pending_ms"] = *d.oldest_pending_ms;
    if (d.comms) out["comms"] = {{"drill", d.comms->drill}, {"check_at", d.comms->check_at}};
    return out;
}

/// `device.comms`: `{"drill": <drill key>, "check_at": <int64>}`, both required.
Result<CommsCheck> decode_comms(const json& v) {
    constexpr auto kBad = ErrorCode::bad_request;
    if (!v.is_object()) return path_error(kBad, "device.comms", "expected an object {drill, check_at}");
    if (auto e = detail::unknown_key(kBad, v, "device.comms", {"drill", "check_at"})) return *e;
    CommsCheck c;
    const auto drill = v.find("drill");
    if (drill == v.end() || !drill->is_string() ||
        !is_valid_key(EntityType::drill, drill->get_ref<const std::string&>())) {
        return path_error(kBad, "device.comms.drill", "expected a drill key (a lowercase UUID)");
    }
    c.drill = drill->get<std::string>();
    const auto at = v.find("check_at");
    if (at == v.end() || !is_int64(*at)) return path_error(kBad, "device.comms.check_at", "expected an integer");
    c.check_at = at->get<std::int64_t>();
    return c;
}

Result<DeviceReport> decode_device(const json& v) {
    constexpr auto kBad = ErrorCode::bad_request;
    if (!v.is_object()) return path_error(kBad, "device", "expected an object");
    if (auto e = detail::unknown_key(kBad, v, "device",
                                     {"pending", "oldest_pending_ms", "app_version", "clock_ms", "comms"})) {
        return *e;
    }
    DeviceReport d;
    if (auto it = v.find("pending"); it != v.end()) {
        if (!is_int64(*it) || it->get<std::int64_t>() < 0) return path_error(kBad, "device.pending", "expected an integer >= 0");
        d.pending = it->get<std::int64_t>();
    }
    if (auto it = v.find("oldest_pending_ms"); it != v.end() && !it->is_null()) {
        if (!is_int64(*it)) return path_error(kBad, "device.oldest_pending_ms", "expected an integer or null");
        d.oldest_pending_ms = it->get<std::int64_t>();
    }
    if (auto it = v.find("app_version"); it != v.end()) {
        if (!it->is_string() || it->get_ref<const std::string&>().size() > 64) {
            return path_error(kBad, "device.app_version", "expected a string of at most 64 bytes");
        }
        d.app_version = it->get<std::string>();
    }
    if (auto it = v.find("clock_ms"); it != v.end()) {
        if (!is_int64(*it)) return path_error(kBad, "device.clock_ms", "expected an integer");
        d.clock_ms = it->get<std::int64_t>();
    }
    if (auto it = v.find("comms"); it != v.end() && !it->is_null()) {
        auto comms = decode_comms(*it);
        if (!comms) return comms.error();
        d.comms = std::move(*comms);
    }
    return d;
}

Result<Ack> decode_ack(const json& v, const std::string& path) {
    constexpr auto kBad = ErrorCode::bad_json;
    if (!v.is_object()) return path_error(kBad, path, "expected an object");
    if (auto e = detail::unknown_key(kBad, v, path, {"id", "status", "error"})) return *e;
    Ack ack;
    const auto id = v.find("id");
    if (id == v.end() || !id->is_string() || !parse_op_id(id->get_ref<const std::string&>())) {
        return path_error(kBad, join_path(path, "id"), "expected an op id");
    }
    ack.id = id->get<std::string>();
    const auto status = v.find("status");
    const std::string s = status != v.end() && status->is_string() ? status->get<std::string>() : "";
    if (s == "applied") ack.status = AckStatus::applied;
    else if (s == "duplicate") ack.status = AckStatus::duplicate;
    else if (s == "rejected") ack.status = AckStatus::rejected;
    else return path_error(kBad, join_path(path, "status"), "expected one of applied, duplicate, rejected");
    const auto error = v.find("error");
    if ((error != v.end()) != (ack.status == AckStatus::rejected)) {
        return path_error(kBad, join_path(path, "error"), "required exactly when status is rejected");
    }
    if (error != v.end()) {
        const std::string epath = join_path(path, "error");
        if (!error->is_object()) return path_error(kBad, epath, "expected an object");
        if (auto e = detail::unknown_key(kBad, *error, epath, {"code", "message"})) return *e;
        const auto code = error->find("code");
        const auto message = error->find("message");
        if (code == error->end() || !code->is_string()) return path_error(kBad, epath + ".code", "expected a string");
        if (message == error->end() || !message->is_string()) {
            return path_error(kBad, epath + ".message", "expected a string");
        }
        // A code this build does not know still rejects the op; keep the message.
        ack.error = Error{error_code_from_string(code->get<std::string>()).value_or(ErrorCode::internal),
                          message->get<std::string>()};
    }
    return ack;
}

Result<Change> decode_change(const json& v, const std::string& path) {
    constexpr auto kBad = ErrorCode::bad_json;
    if (!v.is_object()) return path_error(kBad, path, "expected an object");
    if (auto e = detail::unknown_key(kBad, v, path, {"seq", "entity", "key", "fields", "gone"})) return *e;
    Change change;
    const auto entity = v.find("entity");
    std::optional<EntityType> type;
    if (entity != v.end() && entity->is_string()) type = entity_type_from_string(entity->get_ref<const std::string&>());
    if (!type) return path_error(kBad, join_path(path, "entity"), "expected an entity type");
    change.entity = *type;
    const auto key = v.find("key");
    if (key == v.end() || !key->is_string() || !is_valid_key(change.entity, key->get_ref<const std::string&>())) {
        return path_error(kBad, join_path(path, "key"), "expected a key of " + std::string(to_string(change.entity)));
    }
    change.key = key->get<std::string>();
    if (auto gone = v.find("gone"); gone != v.end()) {
        if (!gone->is_boolean()) return path_error(kBad, join_path(path, "gone"), "expected true or false");
        change.gone = gone->get<bool>();
    }
    const auto seq = v.find("seq");
    if (seq != v.end()) {
        if (!is_int64(*seq) || seq->get<std::int64_t>() < 0) {
            return path_error(kBad, join_path(path, "seq"), "expected an integer >= 0");
        }
        change.seq = seq->get<std::int64_t>();
    } else if (!change.gone) {
        return path_error(kBad, join_path(path, "seq"), "required");
    }
    const auto fields = v.find("fields");
    if (change.gone) {
        if (fields != v.end() && !(fields->is_object() && fields->empty())) {
            return path_error(kBad, join_path(path, "fields"), "must be empty when gone");
        }
        return change;
    }
    const std::string fpath = join_path(path, "fields");
    if (fields == v.end() || !fields->is_object()) return path_error(kBad, fpath, "expected an object");
    const bool versioned = entity_spec(change.entity).shape == EntityShape::versioned;
    static const FieldSpec kDeletedSpec{kDeletedField, FieldType::boolean, {}, false, false, 0, kServerOnly, ""};
    for (const auto& [name, entry] : fields->items()) {
        const std::string npath = fpath + "." + name;
        const FieldSpec* spec = find_field(change.entity, name);
        if (versioned && name == kDeletedField) spec = &kDeletedSpec;
        if (spec == nullptr) return path_error(kBad, npath, "unknown field of " + std::string(to_string(change.entity)));
        const json* value = &entry;
        if (versioned) {
            if (!entry.is_object()) return path_error(kBad, npath, "expected an object {v, hlc}");
            if (auto e = detail::unknown_key(kBad, entry, npath, {"v", "hlc"})) return *e;
            if (!entry.contains("v")) return path_error(kBad, npath + ".v", "required");
            if (!entry.contains("hlc")) return path_error(kBad, npath + ".hlc", "required");
            if (auto hlc = hlc_from_json(entry.at("hlc")); !hlc) {
                return Error{kBad, npath + "." + hlc.error().message};
            }
            value = &entry.at("v");
        }
        if (auto problem = check_value(*spec, *value)) {
            return Error{kBad, npath + (versioned ? ".v" : "") + *problem};
        }
    }
    change.fields = *fields;
    return change;
}

}  // namespace

json encode_sync_request(const SyncRequest& request) {
    json ops = json::array();
    for (const auto& op : request.ops) ops.push_back(encode_op(op));
    json out = {{"replica_id", request.replica_id}, {"ops", std::move(ops)}, {"cursor", request.cursor},
                {"limit", request.limit}};
    if (request.device) out["device"] = encode_device(*request.device);
    return out;
}

Result<DecodedSyncRequest> decode_sync_request(const json& value) {
    constexpr auto kBad = ErrorCode::bad_request;
    if (!value.is_object()) return path_error(kBad, "request", "expected an object");
    if (auto e = detail::unknown_key(kBad, value, "", {"replica_id", "ops", "cursor", "limit", "device"})) return *e;
    DecodedSyncRequest out;
    auto& req = out.request;
    const auto replica = value.find("replica_id");
    if (replica == value.end() || !replica->is_string() || !is_replica_id(replica->get_ref<const std::string&>())) {
        return path_error(kBad, "replica_id", "expected a replica id (16 lowercase hex characters)");
    }
    req.replica_id = replica->get<std::string>();
    if (auto it = value.find("cursor"); it != value.end()) {
        if (!it->is_string() || it->get_ref<const std::string&>().size() > 256) {
            return path_error(kBad, "cursor", "expected a string");
        }
        req.cursor = it->get<std::string>();
    }
    if (auto it = value.find("limit"); it != value.end()) {
        if (!is_int64(*it) || it->get<std::int64_t>() < 1 || it->get<std::int64_t>() > kMaxPullLimit) {
            return path_error(kBad, "limit", "expected an integer from 1 to 5000");
        }
        req.limit = static_cast<int>(it->get<std::int64_t>());
    }
    if (auto it = value.find("device"); it != value.end()) {
        auto device = decode_device(*it);
        if (!device) return device.error();
        req.device = std::move(*device);
    }
    const auto ops = value.find("ops");
    if (ops == value.end()) return out;
    if (!ops->is_array()) return path_error(kBad, "ops", "expected an array");
    if (ops->size() > kMaxOpsPerSync) {
        return Error{ErrorCode::payload_too_large,
                     "ops: " + std::to_string(ops->size()) + " ops in one request; send at most 2000"};
    }
    for (std::size_t i = 0; i < ops->size(); ++i) {
        const std::string path = index_path("ops", i);
        const json& raw = (*ops)[i];
        const json* id = raw.is_object() && raw.contains("id") ? &raw.at("id") : nullptr;
        if (id == nullptr || !id->is_string() || !parse_op_id(id->get_ref<const std::string&>())) {
            return path_error(kBad, path + ".id", "expected \"<replica_id>-<n>\" with n >= 1");
        }
        auto op = decode_op(raw, path);
        if (op && parse_op_id(op->id)->replica_id != req.replica_id) {
            op = path_error(ErrorCode::invalid_op, path + ".id", "replica does not match replica_id");
        }
        if (op) {
            out.order.push_back(static_cast<long>(req.ops.size()));
            req.ops.push_back(std::move(*op));
        } else {
            out.order.push_back(-1 - static_cast<long>(out.invalid.size()));
            out.invalid.push_back(InvalidOp{i, id->get<std::string>(), op.error()});
        }
    }
    return out;
}

json encode_change(const Change& change) {
    json out = {{"entity", std::string(to_string(change.entity))}, {"key", change.key}};
    if (change.gone) {
        out["gone"] = true;
        if (change.seq != 0) out["seq"] = change.seq;
    } else {
        out["seq"] = change.seq;
        out["fields"] = change.fields;
    }
    return out;
}

json encode_sync_response(const SyncResponse& response) {
    json acks = json::array();
    for (const auto& ack : response.acks) {
        json a = {{"id", ack.id}, {"status", std::string(to_string(ack.status))}};
        if (ack.error) a["error"] = error_body(*ack.error).at("error");
        acks.push_back(std::move(a));
    }
    json changes = json::array();
    for (const auto& change : response.changes) changes.push_back(encode_change(change));
    json out = {{"acks", std::move(acks)},     {"changes", std::move(changes)},
                {"cursor", response.cursor},   {"has_more", response.has_more},
                {"server_time_ms", response.server_time_ms}};
    if (response.wipe) out["wipe"] = {{"reason", response.wipe->reason}};
    return out;
}

Result<SyncResponse> decode_sync_response(const json& value) {
    constexpr auto kBad = ErrorCode::bad_json;
    if (!value.is_object()) return path_error(kBad, "response", "expected an object");
    if (auto e = detail::unknown_key(kBad, value, "", {"acks", "changes", "cursor", "has_more", "server_time_ms", "wipe"})) {
        return *e;
    }
    SyncResponse out;
    const auto acks = value.find("acks");
    if (acks == value.end() || !acks->is_array()) return path_error(kBad, "acks", "expected an array");
    for (std::size_t i = 0; i < acks->size(); ++i) {
        auto ack = decode_ack((*acks)[i], index_path("acks", i));
        if (!ack) return ack.error();
        out.acks.push_back(std::move(*ack));
    }
    const auto changes = value.find("changes");
    if (changes == value.end() || !changes->is_array()) return path_error(kBad, "changes", "expected an array");
    for (std::size_t i = 0; i < changes->size(); ++i) {
        auto change = decode_change((*changes)[i], index_path("changes", i));
        if (!change) return change.error();
        out.changes.push_back(std::move(*change));
    }
    const auto cursor = value.find("cursor");
    if (cursor == value.end() || !cursor->is_string()) return path_error(kBad, "cursor", "expected a string");
    out.cursor = cursor->get<std::string>();
    const auto more = value.find("has_more");
    if (more == value.end() || !more->is_boolean()) return path_error(kBad, "has_more", "expected true or false");
    out.has_more = more->get<bool>();
    const auto time = value.find("server_time_ms");
    if (time == value.end() || !is_int64(*time)) return path_error(kBad, "server_time_ms", "expected an integer");
    out.server_time_ms = time->get<std::int64_t>();
    if (const auto wipe = value.find("wipe"); wipe != value.end()) {
        if (!wipe->is_object()) return path_error(kBad, "wipe", "expected an object");
        if (auto e = detail::unknown_key(kBad, *wipe, "wipe", {"reason"})) return *e;
        const auto reason = wipe->find("reason");
        if (reason == wipe->end() || !reason->is_string()) return path_error(kBad, "wipe.reason", "expected a string");
        out.wipe = WipeNotice{reason->get<std::string>()};
    }
    return out;
}

}  // namespace muster
