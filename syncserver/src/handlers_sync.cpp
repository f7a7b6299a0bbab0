// POST /v1/sync: HTTP around SyncService (decode, auth, worker thread, gzip, metrics, change feed).
#include <chrono>
#include <memory>

#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"
#include "muster/server/sync.hpp"
#include "sync_gzip.hpp"

namespace muster::server {
namespace {

using SteadyClock = std::chrono::steady_clock;

/// Everything the worker job needs, owned by it.
struct SyncJob {
    Caller caller;
    DecodedSyncRequest request;
    std::int64_t after = 0;
    std::int64_t received_ms = 0;
    unsigned version = 11;
    bool gzip = false;
    std::string request_id;
    std::string remote;
    SteadyClock::time_point started;
};

HttpResponse sync_response(const SyncJob& job, std::string body) {
    HttpRequest shape;
    shape.version(job.version);
    auto out = json_response(shape, http::status::ok, nlohmann::json::object());
    out.body() = std::move(body);
    out.prepare_payload();
    out.set(http::field::vary, "Accept-Encoding");
    if (job.gzip && out.body().size() >= kGzipMinBytes) {
        if (auto packed = gzip_compress(out.body())) {
            out.body() = std::move(*packed);
            out.set(http::field::content_encoding, "gzip");
            out.prepare_payload();
        }
    }
    return out;
}

void run_job(Services& services, SyncService& sync, const SyncJob& job, const Reply& reply) {
    const auto finish = [&](HttpResponse response) {
        reply(std::move(response));
        services.metrics.observe_sync_seconds(std::chrono::duration<double>(SteadyClock::now() - job.started).count());
    };
    // One audit line per refusal: what was refused (`what`: its name and value).
    const auto denied = [&](const char* what, const std::string& value) {
        services.audit.record("scope_denied", {{"route", "/v1/sync"},
                                               {"member", job.caller.member_key},
                                               {"role", job.caller.role},
                                               {what, value},
                                               {"remote", job.remote},
                                               {"req", job.request_id}});
    };
    try {
        auto outcome = sync.run(job.caller, job.request, job.after, job.received_ms);
        if (!outcome && outcome.error().code == ErrorCode::forbidden) {
            denied("replica", job.request.request.replica_id);
            return finish(error_response(job.version, outcome.error()));
        }
        if (!outcome && outcome.error().code == ErrorCode::unavailable) {  // the database was locked: retry
            log::warn("sync refused for now", {{"req", job.request_id}, {"error", outcome.error().message}});
            return finish(error_response(job.version, {ErrorCode::unavailable,
                                                       "The database is busy with another writer; nothing was "
                                                       "applied. Retry shortly."}));
        }
        if (!outcome && outcome.error().code == ErrorCode::stale_cursor) {  // the device starts over from ""
            log::warn("sync from a cursor this database never gave out",
                      {{"req", job.request_id}, {"member", job.caller.member_key}, {"cursor", std::to_string(job.after)}});
            return finish(error_response(job.version, outcome.error()));
        }
        if (!outcome) {
            log::error("sync failed", {{"req", job.request_id}, {"error", outcome.error().message}});
            return finish(error_response(job.version, {ErrorCode::internal,
                                                       "The server could not store the changes; nothing was "
                                                       "applied. Retry shortly."}));
        }
        services.metrics.count_ops(outcome->applied, outcome->duplicate, outcome->rejected);
        if (outcome->forbidden > 0) denied("ops", std::to_string(outcome->forbidden));
        if (outcome->comms_denied_drill) denied("comms_drill", *outcome->comms_denied_drill);
        if (outcome->wipe_reason) {
            services.audit.record("device_wiped", {{"member", job.caller.member_key},
                                                   {"device", job.caller.device_replica_id.value_or(
                                                                  job.request.request.replica_id)},
                                                   {"remote", job.remote}});
        }
        // The caller's answer first: its ack must not wait while every
        // listening socket is told (hundreds of them in a large unit).
        const auto event = std::move(outcome->event);
        finish(sync_response(job, std::move(outcome->body)));
        if (event) services.changes.publish(*event);
    } catch (const std::exception& e) {
        log::error("sync failed", {{"req", job.request_id}, {"error", e.what()}});
        finish(error_response(job.version, {ErrorCode::internal, "The server failed while syncing; retry shortly."}));
    }
}

void handle_sync(Services& services, const std::shared_ptr<SyncService>& sync, const HttpRequest& request,
                 const RequestContext& context, Reply reply) {
    auto job = std::make_shared<SyncJob>();
    job->started = SteadyClock::now();
    job->received_ms = services.wall.now_ms();
    job->version = request.version();
    job->request_id = context.request_id;
    job->remote = context.remote.to_string();

    auto caller = authenticate(services.auth, request);
    if (!caller) return reply(error_response(request, caller.error()));
    std::string inflated;
    auto text = request_body(request, services.config.max_body_bytes, inflated);
    if (!text) return reply(error_response(request, text.error()));
    auto body = parse_json_body(*text, services.config.json);
    if (!body) return reply(error_response(request, body.error()));
    auto decoded = decode_sync_request(*body);
    if (!decoded) return reply(error_response(request, decoded.error()));
    const auto after = parse_cursor(decoded->request.cursor);
    if (!after) {
        return reply(error_response(request, {ErrorCode::bad_request,
                                              "cursor: not a cursor this server gave out; send \"\" to start over"}));
    }
    if (const auto it = request.find(http::field::accept_encoding); it != request.end()) {
        job->gzip = accepts_gzip(std::string_view(it->value().data(), it->value().size()));
    }
    job->caller = std::move(*caller);
    job->request = std::move(*decoded);
    job->after = *after;

    auto work = [&services, sync, job, reply]() { run_job(services, *sync, *job, reply); };
    if (!services.sync_workers.try_post(std::move(work))) {
        reply(error_response(request, {ErrorCode::unavailable, "The server is busy; retry shortly."}));
    }
}

}  // namespace

void register_sync_routes(Router& router, Services& services) {
    auto sync = std::make_shared<SyncService>(services.directory, services.wall);
    router.add(http::verb::post, "/v1/sync",
               [&services, sync](const HttpRequest& request, const RequestContext& context, Reply reply) {
                   handle_sync(services, sync, request, context, std::move(reply));
               });
}

}  // namespace muster::server
