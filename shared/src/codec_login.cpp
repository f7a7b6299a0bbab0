// Login request/response encoding and validation.
#include "codec_detail.hpp"
#include "muster/codec.hpp"

namespace muster {

using detail::is_int64;
using detail::path_error;
using nlohmann::json;

namespace {

/// A string member no longer than `max`; an error naming `path` otherwise.
Result<std::string> string_at(const json& object, const char* name, const std::string& path, ErrorCode code,
                              std::size_t max = 256) {
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().size() > max) {
        return path_error(code, path, "expected a string of at most " + std::to_string(max) + " bytes");
    }
    return it->get<std::string>();
}

}  // namespace

json encode_login_request(const LoginRequest& r) {
    return {{"login", r.login},
            {"password", r.password},
            {"device", {{"name", r.device_name}, {"replica_id", r.replica_id}}}};
}

Result<LoginRequest> decode_login_request(const json& v) {
    constexpr auto kBad = ErrorCode::bad_request;
    if (!v.is_object()) return path_error(kBad, "request", "expected an object");
    if (auto e = detail::unknown_key(kBad, v, "", {"login", "password", "device"})) return *e;
    LoginRequest out;
    auto login = string_at(v, "login", "login", kBad, 64);
    if (!login) return login.error();
    out.login = std::move(*login);
    auto password = string_at(v, "password", "password", kBad, 1024);
    if (!password) return password.error();
    out.password = std::move(*password);
    const auto device = v.find("device");
    if (device == v.end() || !device->is_object()) return path_error(kBad, "device", "expected an object");
    if (auto e = detail::unknown_key(kBad, *device, "device", {"name", "replica_id"})) return *e;
    auto name = string_at(*device, "name", "device.name", kBad, 200);
    if (!name) return name.error();
    out.device_name = std::move(*name);
    const auto replica = device->find("replica_id");
    if (replica == device->end() || !replica->is_string() || !is_replica_id(replica->get_ref<const std::string&>())) {
        return path_error(kBad, "device.replica_id", "expected a replica id (16 lowercase hex characters)");
    }
    out.replica_id = replica->get<std::string>();
    return out;
}

json encode_login_response(const LoginResponse& r) {
    return {{"token", r.token},
            {"expires_at_ms", r.expires_at_ms},
            {"member", {{"id", r.member_id}, {"name", r.member_name}, {"role", std::string(to_string(r.role))},
                        {"unit", r.unit}}},
            {"server_time_ms", r.server_time_ms}};
}

Result<LoginResponse> decode_login_response(const json& v) {
    constexpr auto kBad = ErrorCode::bad_json;
    if (!v.is_object()) return path_error(kBad, "response", "expected an object");
    if (auto e = detail::unknown_key(kBad, v, "", {"token", "expires_at_ms", "member", "server_time_ms"})) return *e;
    LoginResponse out;
    auto token = string_at(v, "token", "token", kBad, 1024);
    if (!token) return token.error();
    out.token = std::move(*token);
    for (const auto* name : {"expires_at_ms", "server_time_ms"}) {
        const auto it = v.find(name);
        if (it == v.end() || !is_int64(*it)) return path_error(kBad, name, "expected an integer");
    }
    out.expires_at_ms = v.at("expires_at_ms").get<std::int64_t>();
    out.server_time_ms = v.at("server_time_ms").get<std::int64_t>();
    const auto member = v.find("member");
    if (member == v.end() || !member->is_object()) return path_error(kBad, "member", "expected an object");
    if (auto e = detail::unknown_key(kBad, *member, "member", {"id", "name", "role", "unit"})) return *e;
    auto id = string_at(*member, "id", "member.id", kBad);
    auto name = string_at(*member, "name", "member.name", kBad);
    auto role = string_at(*member, "role", "member.role", kBad);
    auto unit = string_at(*member, "unit", "member.unit", kBad);
    if (!id) return id.error();
    if (!name) return name.error();
    if (!role) return role.error();
    if (!unit) return unit.error();
    const auto parsed_role = role_from_string(*role);
    if (!parsed_role) return path_error(kBad, "member.role", "expected one of member, coordinator, evaluator, admin");
    out.member_id = std::move(*id);
    out.member_name = std::move(*name);
    out.role = *parsed_role;
    out.unit = std::move(*unit);
    return out;
}

}  // namespace muster
