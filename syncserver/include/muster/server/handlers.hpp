#pragma once
/// The API endpoints, registered on a Router. Each `register_*` adds one
/// group of routes; later endpoints (sync, blobs, reports) add their own.

#include "muster/clock.hpp"
#include "muster/server/auth.hpp"
#include "muster/server/change_feed.hpp"
#include "muster/server/config.hpp"
#include "muster/server/directory.hpp"
#include "muster/server/metrics.hpp"
#include "muster/server/router.hpp"
#include "muster/server/worker_pool.hpp"

namespace muster::server {

/// What handlers may use. All members outlive the router.
struct Services {
    const ServerConfig& config;
    const Clock& wall;
    Directory& directory;
    AuthService& auth;
    WorkerPool& workers;       ///< password hashing (logins)
    WorkerPool& sync_workers;  ///< /v1/sync transactions: a login flood does not delay syncs
    Metrics& metrics;
    ChangeFeed& changes;  ///< publish after every commit that changes entities
    AuditLog& audit;      ///< sign-ins, admin actions, scope denials
};

/// The caller behind the request's `Authorization` header (401 `unauthenticated` otherwise).
[[nodiscard]] Result<Caller> authenticate(AuthService& auth, const HttpRequest& request);

/// The body as the client meant it, the same on every route: as sent without
/// `Content-Encoding` (or with `identity`); inflated for `gzip` (any case, or
/// `x-gzip`), at most `max_bytes` (413 beyond); any other coding, or more
/// than one, is 400 `bad_request`. A decoded body is kept in `inflated`.
[[nodiscard]] Result<std::string_view> request_body(const HttpRequest& request, std::size_t max_bytes,
                                                    std::string& inflated);
/// Decodes the body (`request_body`), parses it with `parse_strict` and
/// requires a JSON object (`bad_json` / `bad_request`).
[[nodiscard]] Result<nlohmann::json> parse_json_body(const HttpRequest& request, const JsonLimits& limits,
                                                     std::size_t max_body_bytes);
/// The same for an already decoded body.
[[nodiscard]] Result<nlohmann::json> parse_json_body(std::string_view body, const JsonLimits& limits);

/// GET /v1/health, GET /metrics.
void register_basic_routes(Router& router, Services& services);
/// POST /v1/auth/login, POST /v1/auth/logout.
void register_auth_routes(Router& router, Services& services);
/// Every route this build serves.
void register_all_routes(Router& router, Services& services);

}  // namespace muster::server
