#include "muster/server/handlers.hpp"

#include <boost/beast/core/string.hpp>

#include "muster/gzip.hpp"
#include "muster/json.hpp"
#include "muster/server/sync.hpp"
#include "muster/version.hpp"
#include "sync_gzip.hpp"

namespace muster::server {
namespace {

bool is_loopback(const boost::asio::ip::address& address) {
    if (address.is_loopback()) return true;
    if (address.is_v6() && address.to_v6().is_v4_mapped()) {
        return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6()).is_loopback();
    }
    return false;
}

}  // namespace

Result<Caller> authenticate(AuthService& auth, const HttpRequest& request) {
    if (request.count(http::field::authorization) > 1) {
        // Which one counts would depend on who reads it (a proxy may take the last).
        return Error{ErrorCode::bad_request, "Authorization: send one."};
    }
    const auto it = request.find(http::field::authorization);
    auto caller = auth.authenticate(it == request.end() ? std::string_view{} : std::string_view(it->value()));
    if (!caller && caller.error().code != ErrorCode::unauthenticated && caller.error().code != ErrorCode::rate_limited &&
        caller.error().code != ErrorCode::device_wiped) {
        return Error{ErrorCode::internal, "The server could not check the token; retry shortly."};
    }
    return caller;
}

Result<std::string_view> request_body(const HttpRequest& request, std::size_t max_bytes, std::string& inflated) {
    const std::string_view body(request.body());
    const auto it = request.find(http::field::content_encoding);
    if (it == request.end()) return body;
    const auto coding = trim_header_value(std::string_view(it->value().data(), it->value().size()));
    if (coding.empty() || boost::beast::iequals(coding, "identity")) return body;
    if (boost::beast::iequals(coding, "gzip") || boost::beast::iequals(coding, "x-gzip")) {
        auto decoded = gzip_decompress(body, max_bytes);
        if (!decoded) return decoded.error();
        inflated = std::move(*decoded);
        return std::string_view(inflated);
    }
    return Error{ErrorCode::bad_request,
                 "Content-Encoding: only gzip is accepted, not '" + std::string(coding.substr(0, 40)) + "'"};
}

Result<nlohmann::json> parse_json_body(const HttpRequest& request, const JsonLimits& limits,
                                       std::size_t max_body_bytes) {
    std::string inflated;
    auto body = request_body(request, max_body_bytes, inflated);
    if (!body) return body.error();
    return parse_json_body(*body, limits);
}

Result<nlohmann::json> parse_json_body(std::string_view body, const JsonLimits& limits) {
    auto parsed = parse_strict(body, limits);
    if (!parsed) return parsed.error();
    if (!parsed->is_object()) return Error{ErrorCode::bad_request, "The body must be a JSON object."};
    return parsed;
}

void register_basic_routes(Router& router, Services& services) {
    router.add(http::verb::get, "/v1/health", [&services](const HttpRequest& request, const RequestContext&, Reply reply) {
        reply(json_response(request, http::status::ok,
                            {{"status", "ok"},
                             {"version", std::string(version())},
                             {"server_time_ms", services.wall.now_ms()}}));
    });

    router.add(http::verb::get, "/metrics", [&services](const HttpRequest& request, const RequestContext& context, Reply reply) {
        if (!is_loopback(context.remote)) {
            auto caller = authenticate(services.auth, request);
            if (!caller) return reply(error_response(request, caller.error()));
            if (caller->role != "admin") {
                return reply(error_response(request, {ErrorCode::forbidden, "Metrics are for admins only."}));
            }
        }
        HttpResponse response{http::status::ok, request.version()};
        response.set(http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
        response.set(http::field::cache_control, "no-store");
        response.body() = services.metrics.render();
        response.prepare_payload();
        reply(std::move(response));
    });
}

void register_all_routes(Router& router, Services& services) {
    register_basic_routes(router, services);
    register_auth_routes(router, services);
    register_sync_routes(router, services);
}

}  // namespace muster::server
