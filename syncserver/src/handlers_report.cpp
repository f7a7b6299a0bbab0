// GET /v1/drills/{key}/report?format=json|csv|html: the after-action report.
// The HTML's words follow Accept-Language (en, es, vi; English otherwise).
//
// Coordinators and admins only (others: 403, before any lookup, so the answer
// discloses nothing); a drill outside the caller's subtree is 404 like an
// unknown one. The store read and rendering run on the sync workers.
#include <string>
#include <string_view>

#include "muster/schema.hpp"
#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"
#include "muster/server/report.hpp"
#include "muster/server/scope.hpp"

namespace muster::server {
namespace {

const Error kNotFound{ErrorCode::not_found, "There is no drill with this key that you may read."};

/// The `format` query parameter ("" when absent).
std::string format_param(std::string_view query) {
    std::string found;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const auto pair = query.substr(0, amp);
        if (const auto eq = pair.find('=');
            eq != std::string_view::npos && pair.substr(0, eq) == "format") {
            found = std::string(pair.substr(eq + 1));
        } else if (pair == "format") {
            found = "";
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return found;
}

HttpResponse report_response(unsigned version, ReportFormat format, ReportLanguage language,
                             const std::string& drill, std::string body) {
    HttpResponse response{http::status::ok, version};
    response.set(http::field::server, "muster");
    response.set(http::field::content_type, std::string(content_type(format)));
    if (format == ReportFormat::html) response.set(http::field::content_language, std::string(to_string(language)));
    response.set(http::field::vary, "Accept-Language");
    response.set(http::field::cache_control, "no-store");
    response.set("X-Content-Type-Options", "nosniff");
    if (format == ReportFormat::csv) {
        response.set(http::field::content_disposition,
                     "attachment; filename=\"drill-" + drill + "-report.csv\"");
    }
    response.body() = std::move(body);
    response.prepare_payload();
    return response;
}

void run_report(Services& services, const Caller& caller, Role role, const std::string& drill,
                ReportFormat format, ReportLanguage language, unsigned version, const Reply& reply) {
    Result<ReportInput> input = Error{ErrorCode::not_found, kNotFound.message};
    bool exists = false;
    bool visible = false;
    const auto now = services.wall.now_ms();
    auto read = services.directory.store().read([&](StoreReader& reader) {
        const auto record = reader.get("drill", drill);
        if (!record) return;
        exists = true;
        const auto scope = CallerScope::make(role, caller.member_key, caller.unit_key,
                                             UnitTree(reader.unit_parents()));
        visible = scope.in_down(stored_string(record->fields, "unit"));
        if (visible) input = gather_report_input(reader, drill, now);
    });
    if (!read) {
        log::error("report read failed", {{"drill", drill}, {"error", read.error().message}});
        return reply(error_response(
            version, {ErrorCode::internal, "The server could not read the drill; retry shortly."}));
    }
    if (!visible || !input) {
        if (exists && !visible) {
            services.audit.record("scope_denied", {{"route", "/v1/drills/report"}, {"member", caller.member_key}, {"drill", drill}});
        }
        return reply(error_response(version, kNotFound));
    }
    reply(report_response(version, format, language, drill,
                          render_report(build_report(*input), format, language)));
}

}  // namespace

void register_report_routes(Router& router, Services& services) {
    router.add(
        http::verb::get, "/v1/drills/{key}/report",
        [&services](const HttpRequest& request, const RequestContext& context, Reply reply) {
            auto caller = authenticate(services.auth, request);
            if (!caller) return reply(error_response(request, caller.error()));
            const auto role = role_from_string(caller->role);
            if (!role || (*role != Role::coordinator && *role != Role::admin)) {
                services.audit.record("scope_denied", {{"route", "/v1/drills/report"},
                                                       {"member", caller->member_key},
                                                       {"role", caller->role}});
                return reply(error_response(
                    request, {ErrorCode::forbidden,
                              "After-action reports are for coordinators and admins."}));
            }
            const auto param = format_param(context.query);
            const auto format = param.empty() ? std::optional{ReportFormat::json}
                                              : report_format_from_string(param);
            if (!format) {
                return reply(error_response(
                    request, {ErrorCode::bad_request, "format: expected json, csv or html"}));
            }
            // The printable page speaks the caller's language (the app sends its own).
            const auto language = report_language_from_accept(request[http::field::accept_language]);
            auto work = [&services, caller = std::move(*caller), role = *role,
                         drill = context.params.at("key"), format = *format, language,
                         version = request.version(), reply] {
                run_report(services, caller, role, drill, format, language, version, reply);
            };
            if (!services.sync_workers.try_post(std::move(work))) {
                reply(error_response(
                    request, {ErrorCode::unavailable, "The server is busy; retry shortly."}));
            }
        });
}

}  // namespace muster::server
