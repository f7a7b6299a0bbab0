#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "muster/server/handlers.hpp"
#include "muster/hlc.hpp"
#include "muster/server/log.hpp"

namespace muster::server {
namespace {

Error bad_field(const std::string& name, const char* expected) {
    return {ErrorCode::bad_request, "\"" + name + "\" must be " + expected + "."};
}

/// `bad_request` naming the first key of `object` that is not in `known`.
std::optional<Error> unknown_key(const nlohmann::json& object, const char* where,
                                 std::initializer_list<std::string_view> known) {
    for (const auto& [key, _] : object.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            return Error{ErrorCode::bad_request, std::string(where) + "\"" + key + "\" is not a field of a login."};
        }
    }
    return std::nullopt;
}

/// Validates the login body: `login`, `password` strings; `device` (optional)
/// an object with a string `name` and a replica id `replica_id`; nothing else.
Result<LoginRequest> parse_login(const nlohmann::json& body) {
    if (auto e = unknown_key(body, "", {"login", "password", "device"})) return *e;
    LoginRequest out;
    const auto login = body.find("login");
    if (login == body.end() || !login->is_string() || login->get_ref<const std::string&>().empty()) {
        return bad_field("login", "a non-empty string");
    }
    const auto password = body.find("password");
    if (password == body.end() || !password->is_string()) return bad_field("password", "a string");
    out.login = login->get<std::string>();
    out.password = password->get<std::string>();
    if (const auto device = body.find("device"); device != body.end() && !device->is_null()) {
        if (!device->is_object()) return bad_field("device", "an object");
        if (auto e = unknown_key(*device, "device.", {"name", "replica_id"})) return *e;
        if (const auto name = device->find("name"); name != device->end()) {
            if (!name->is_string()) return bad_field("device.name", "a string");
            out.device_name = name->get<std::string>();
        }
        if (const auto replica = device->find("replica_id"); replica != device->end()) {
            if (!replica->is_string() || !is_replica_id(replica->get_ref<const std::string&>())) {
                return bad_field("device.replica_id", "16 lowercase hex characters");
            }
            out.device_replica_id = replica->get<std::string>();
        }
    }
    return out;
}

void handle_login(Services& services, const HttpRequest& request, const RequestContext& context, Reply reply) {
    auto body = parse_json_body(request, services.config.json, services.config.max_body_bytes);
    if (!body) return reply(error_response(request, body.error()));
    auto login = parse_login(*body);
    if (!login) return reply(error_response(request, login.error()));
    login->remote = context.remote.to_string();

    const unsigned version = request.version();
    auto job = [&services, version, reply, login = std::move(*login), id = context.request_id]() {
        auto answer = services.auth.login(login);
        if (!answer) {
            if (answer.error().code == ErrorCode::unavailable) {  // the database was locked: retry
                log::warn("login refused for now", {{"req", id}, {"error", answer.error().message}});
                return reply(error_response(version, {ErrorCode::unavailable, "The server is busy; retry shortly."}));
            }
            if (answer.error().code == ErrorCode::storage || answer.error().code == ErrorCode::internal) {
                log::error("login failed", {{"req", id}, {"error", answer.error().message}});
                return reply(error_response(version, {ErrorCode::internal, "The server could not check the login."}));
            }
            return reply(error_response(version, answer.error()));
        }
        HttpRequest shape;
        shape.version(version);
        const auto& m = answer->member;
        reply(json_response(shape, http::status::ok,
                            {{"token", answer->token},
                             {"expires_at_ms", answer->expires_at_ms},
                             {"member", {{"id", m.key}, {"name", m.name}, {"role", m.role}, {"unit", m.unit_key}}},
                             {"server_time_ms", services.wall.now_ms()}}));
    };
    if (!services.workers.try_post(std::move(job))) {
        reply(error_response(request, {ErrorCode::unavailable, "The server is busy checking logins; retry shortly."}));
    }
}

void handle_logout(Services& services, const HttpRequest& request, const RequestContext&, Reply reply) {
    auto caller = authenticate(services.auth, request);
    if (!caller) return reply(error_response(request, caller.error()));
    if (auto st = services.auth.logout(*caller); !st) {
        return reply(error_response(request, {ErrorCode::internal, "The server could not revoke the token."}));
    }
    HttpResponse response{http::status::no_content, request.version()};
    response.set(http::field::cache_control, "no-store");
    reply(std::move(response));
    // The token's event sockets close now, not at their next ping.
    ChangeEvent revoked;
    revoked.revoked_token = caller->token_hash;
    services.changes.publish(revoked);
}

}  // namespace

void register_auth_routes(Router& router, Services& services) {
    router.add(http::verb::post, "/v1/auth/login", [&services](const HttpRequest& r, const RequestContext& c, Reply reply) {
        handle_login(services, r, c, std::move(reply));
    });
    router.add(http::verb::post, "/v1/auth/logout", [&services](const HttpRequest& r, const RequestContext& c, Reply reply) {
        handle_logout(services, r, c, std::move(reply));
    });
}

}  // namespace muster::server
