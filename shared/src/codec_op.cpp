// Op encoding and validation.
#include <charconv>

#include "codec_detail.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"

namespace muster {

using detail::join_path;
using detail::path_error;
using nlohmann::json;

std::string make_op_id(std::string_view replica_id, std::uint64_t n) {
    return std::string(replica_id) + "-" + std::to_string(n);
}

std::optional<OpIdParts> parse_op_id(std::string_view id) {
    const auto dash = id.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const auto replica = id.substr(0, dash);
    const auto digits = id.substr(dash + 1);
    if (!is_replica_id(replica) || digits.empty() || digits.size() > 19 || digits.front() == '0') return std::nullopt;
    std::uint64_t n = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc{} || end != digits.data() + digits.size() || n == 0) return std::nullopt;
    return OpIdParts{std::string(replica), n};
}

std::string_view to_string(AckStatus status) noexcept {
    switch (status) {
        case AckStatus::applied: return "applied";
        case AckStatus::duplicate: return "duplicate";
        case AckStatus::rejected: return "rejected";
    }
    return "rejected";
}

json encode_op(const Op& op) {
    json out = {{"id", op.id},
                {"hlc", to_json(op.hlc)},
                {"kind", std::string(to_string(op.kind))},
                {"entity", std::string(to_string(op.entity))},
                {"key", op.key}};
    if (op.kind != OpKind::del) out["fields"] = op.fields;
    if (op.base) {
        json base = json::object();
        for (const auto& [field, hlc] : *op.base) base[field] = to_json(hlc);
        out["base"] = std::move(base);
    }
    return out;
}

namespace {

/// `"name":` then the JSON string of `text`.
void append_member(std::string& out, std::string_view name, const std::string& text) {
    out += '"';
    out += name;
    out += "\":";
    append_json_string(out, text);
}

void append_hlc(std::string& out, const Hlc& hlc) {
    out += "{\"c\":";
    out += std::to_string(hlc.c);
    out += ",\"ms\":";
    out += std::to_string(hlc.ms);
    out += ',';
    append_member(out, "r", hlc.r);
    out += '}';
}

}  // namespace

std::string encode_op_text(const Op& op) {
    // Keys in nlohmann's (sorted) order: base, entity, fields, hlc, id, key, kind.
    std::string out = "{";
    if (op.base) {
        out += "\"base\":{";
        bool first = true;
        for (const auto& [field, hlc] : *op.base) {  // std::map: sorted like nlohmann's object
            if (!first) out += ',';
            first = false;
            append_json_string(out, field);
            out += ':';
            append_hlc(out, hlc);
        }
        out += "},";
    }
    append_member(out, "entity", std::string(to_string(op.entity)));
    if (op.kind != OpKind::del) {
        out += ",\"fields\":";
        append_json(out, op.fields);
    }
    out += ",\"hlc\":";
    append_hlc(out, op.hlc);
    out += ',';
    append_member(out, "id", op.id);
    out += ',';
    append_member(out, "key", op.key);
    out += ',';
    append_member(out, "kind", std::string(to_string(op.kind)));
    out += '}';
    return out;
}

namespace {

constexpr ErrorCode kInvalid = ErrorCode::invalid_op;

std::optional<Error> check_fields(const Op& op, const json& fields, const std::string& path) {
    const std::string fpath = join_path(path, "fields");
    if (!fields.is_object()) return path_error(kInvalid, fpath, "expected an object");
    if (op.kind == OpKind::del) {
        if (!fields.empty()) return path_error(kInvalid, fpath, "must be empty for delete");
        return std::nullopt;
    }
    if (fields.empty()) return path_error(kInvalid, fpath, "expected at least one field");
    for (const auto& [name, value] : fields.items()) {
        const FieldSpec* spec = find_field(op.entity, name);
        if (spec == nullptr) {
            return path_error(kInvalid, fpath + "." + name, "unknown field of " + std::string(to_string(op.entity)));
        }
        if (auto problem = check_value(*spec, value)) {
            return Error{kInvalid, fpath + "." + name + *problem};
        }
    }
    if (op.kind == OpKind::append) {
        for (const auto& spec : entity_spec(op.entity).fields) {
            if (spec.required && !fields.contains(spec.name)) {
                return path_error(kInvalid, fpath + "." + std::string(spec.name), "required");
            }
        }
        if (op.entity == EntityType::log) {
            const auto rating = fields.find("rating");
            if (rating != fields.end() && !rating->is_null() && fields.at("kind") != "observation") {
                return path_error(kInvalid, fpath + ".rating", "only allowed on logs of kind observation");
            }
        }
    }
    return std::nullopt;
}

Result<std::map<std::string, Hlc>> decode_base(const Op& op, const json& value, const std::string& path) {
    const std::string bpath = join_path(path, "base");
    if (op.kind != OpKind::set) return path_error(kInvalid, bpath, "only allowed on set");
    if (!value.is_object()) return path_error(kInvalid, bpath, "expected an object");
    std::map<std::string, Hlc> base;
    for (const auto& [name, stamp] : value.items()) {
        if (find_field(op.entity, name) == nullptr) {
            return path_error(kInvalid, bpath + "." + name, "unknown field of " + std::string(to_string(op.entity)));
        }
        auto hlc = hlc_from_json(stamp);
        if (!hlc) {
            // hlc messages read "hlc.ms: ..."; re-root them at this base entry.
            return Error{kInvalid, bpath + "." + name + hlc.error().message.substr(3)};
        }
        base.emplace(name, std::move(*hlc));
    }
    return base;
}

}  // namespace

Status validate_op(const Op& op) {
    const auto parts = parse_op_id(op.id);
    if (!parts) return path_error(kInvalid, "id", "expected \"<replica_id>-<n>\" with n >= 1");
    if (op.hlc.r != parts->replica_id) return path_error(kInvalid, "hlc.r", "must be the replica of the op id");
    const bool append_only = entity_spec(op.entity).shape == EntityShape::append_only;
    if (append_only != (op.kind == OpKind::append)) {
        return path_error(kInvalid, "kind",
                          std::string(to_string(op.kind)) + " is not allowed for " + std::string(to_string(op.entity)));
    }
    if (!is_valid_key(op.entity, op.key)) return path_error(kInvalid, "key", "expected a valid key");
    if (auto e = check_fields(op, op.fields, "")) return *e;
    if (op.base) {
        if (op.kind != OpKind::set) return path_error(kInvalid, "base", "only allowed on set");
        for (const auto& [name, _] : *op.base) {
            if (find_field(op.entity, name) == nullptr) return path_error(kInvalid, "base." + name, "unknown field");
        }
    }
    return {};
}

Result<Op> decode_op(const json& value, const std::string& path) {
    if (!value.is_object()) return path_error(kInvalid, path.empty() ? "op" : path, "expected an object");
    if (auto e = detail::unknown_key(kInvalid, value, path, {"id", "hlc", "kind", "entity", "key", "fields", "base"})) {
        return *e;
    }
    Op op;
    const auto id = value.find("id");
    std::optional<OpIdParts> parts;
    if (id != value.end() && id->is_string()) parts = parse_op_id(id->get_ref<const std::string&>());
    if (!parts) return path_error(kInvalid, join_path(path, "id"), "expected \"<replica_id>-<n>\" with n >= 1");
    op.id = id->get<std::string>();

    const auto hlc = value.find("hlc");
    if (hlc == value.end()) return path_error(kInvalid, join_path(path, "hlc"), "required");
    auto stamp = hlc_from_json(*hlc);
    if (!stamp) return Error{kInvalid, path.empty() ? stamp.error().message : path + "." + stamp.error().message};
    op.hlc = std::move(*stamp);
    if (op.hlc.r != parts->replica_id) {
        return path_error(kInvalid, join_path(path, "hlc.r"), "must be the replica of the op id");
    }

    const auto kind = value.find("kind");
    std::optional<OpKind> parsed_kind;
    if (kind != value.end() && kind->is_string()) parsed_kind = op_kind_from_string(kind->get_ref<const std::string&>());
    if (!parsed_kind) return path_error(kInvalid, join_path(path, "kind"), "expected one of set, append, delete");
    op.kind = *parsed_kind;

    const auto entity = value.find("entity");
    std::optional<EntityType> type;
    if (entity != value.end() && entity->is_string()) type = entity_type_from_string(entity->get_ref<const std::string&>());
    if (!type) {
        return path_error(kInvalid, join_path(path, "entity"),
                          "expected one of unit, member, drill, task, log, conflict, device");
    }
    op.entity = *type;
    const bool append_only = entity_spec(op.entity).shape == EntityShape::append_only;
    if (append_only != (op.kind == OpKind::append)) {
        return path_error(kInvalid, join_path(path, "kind"),
                          std::string(to_string(op.kind)) + " is not allowed for " + std::string(to_string(op.entity)));
    }

    const auto key = value.find("key");
    if (key == value.end() || !key->is_string() || !is_valid_key(op.entity, key->get_ref<const std::string&>())) {
        return path_error(kInvalid, join_path(path, "key"),
                          entity_spec(op.entity).key_is_replica_id
                              ? "expected a replica id (16 lowercase hex characters)"
                              : "expected a key (lowercase UUID)");
    }
    op.key = key->get<std::string>();

    const auto fields = value.find("fields");
    if (fields == value.end()) {
        if (op.kind != OpKind::del) return path_error(kInvalid, join_path(path, "fields"), "required");
    } else {
        if (auto e = check_fields(op, *fields, path)) return *e;
        op.fields = *fields;
    }

    if (const auto base = value.find("base"); base != value.end()) {
        auto decoded = decode_base(op, *base, path);
        if (!decoded) return decoded.error();
        op.base = std::move(*decoded);
    }
    return op;
}

}  // namespace muster
