// PUT, HEAD and GET /v1/blobs/{hash}.
//
// Hashing, file I/O and fsync run on the blob workers. A job reads the
// request body in place: the HttpSession keeps the request until the
// response is written, and the Reply the job holds keeps the session alive,
// so the body is valid until the job calls `reply` (and never used after).
#include "muster/server/blobs.hpp"
#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"

namespace muster::server {
namespace {

const Error kNotFound{ErrorCode::not_found, "There is no file with this hash that you may read."};
const Error kBadHash{ErrorCode::bad_request, "A blob address is /v1/blobs/<SHA-256 of the bytes as 64 lowercase hex characters>."};
const Error kBusy{ErrorCode::unavailable, "The server is busy with other files; retry shortly."};
const Error kStorage{ErrorCode::internal, "The server could not store or read the file; retry shortly."};

HttpRequest shape_of(unsigned version) {
    HttpRequest shape;
    shape.version(version);
    return shape;
}

HttpResponse bytes_response(unsigned version, std::string bytes) {
    HttpResponse response{http::status::ok, version};
    response.set(http::field::server, "muster");
    response.set(http::field::content_type, "application/octet-stream");
    response.set(http::field::cache_control, "private, max-age=31536000, immutable");
    response.set("X-Content-Type-Options", "nosniff");
    response.body() = std::move(bytes);
    response.prepare_payload();
    return response;
}

/// Logs a storage failure and answers 500 without its details.
void storage_failed(const Reply& reply, unsigned version, const std::string& hash, const Error& error) {
    log::error("blob storage failed", {{"hash", hash}, {"error", error.message}});
    reply(error_response(version, kStorage));
}

void put_blob(Services& services, BlobServices blobs, const Caller& caller, const std::string& hash,
              std::string_view body, unsigned version, const Reply& reply) {
    if (BlobStore::hash_of(body) != hash) {
        return reply(error_response(version, {ErrorCode::hash_mismatch,
                                              "The SHA-256 of the body is not the hash in the address; "
                                              "upload the file again."}));
    }
    const auto size = body.size();
    auto created = blobs.store.put(hash, body);
    if (!created.ok()) return storage_failed(reply, version, hash, created.error());
    if (auto st = blobs.store.record_uploader(hash, caller.member_key, services.wall.now_ms()); !st) {
        return storage_failed(reply, version, hash, st.error());
    }
    reply(json_response(shape_of(version), *created ? http::status::created : http::status::ok,
                        {{"hash", hash}, {"size", size}}));
}

/// The size of the blob `hash` if `caller` may read it: they uploaded it, or a
/// log in their scope, written by one of its uploaders, refers to it. GET and
/// HEAD both answer 404 otherwise, so neither tells a file that is absent
/// from one that is someone else's; and an app that sees 404 on HEAD uploads
/// the file itself, which makes it readable through its own logs.
Result<std::optional<std::uint64_t>> readable_size(AuditLog& audit, BlobServices& blobs, const Caller& caller,
                                                   const std::string& hash) {
    auto size = blobs.store.size_of(hash);
    if (!size.ok() || !*size) return size;
    auto uploader = blobs.store.is_uploader(hash, caller.member_key);
    if (!uploader.ok()) return uploader.error();
    if (*uploader) return size;
    auto referenced = blobs.access.referenced_in_scope(caller, hash);
    if (!referenced.ok()) return referenced.error();
    if (*referenced) return size;
    audit.record("scope_denied", {{"route", "/v1/blobs"}, {"member", caller.member_key}, {"hash", hash}});
    return std::optional<std::uint64_t>{};
}

void head_blob(AuditLog& audit, BlobServices blobs, const Caller& caller, const std::string& hash, unsigned version,
               const Reply& reply) {
    auto size = readable_size(audit, blobs, caller, hash);
    if (!size.ok()) return storage_failed(reply, version, hash, size.error());
    if (!*size) return reply(error_response(version, kNotFound));
    HttpResponse response{http::status::ok, version};
    response.set(http::field::server, "muster");
    response.set(http::field::content_type, "application/octet-stream");
    response.content_length(**size);
    reply(std::move(response));
}

void get_blob(AuditLog& audit, BlobServices blobs, const Caller& caller, const std::string& hash, unsigned version,
              const Reply& reply) {
    auto size = readable_size(audit, blobs, caller, hash);
    if (!size.ok()) return storage_failed(reply, version, hash, size.error());
    if (!*size) return reply(error_response(version, kNotFound));
    auto bytes = blobs.store.read(hash);
    if (!bytes.ok()) return storage_failed(reply, version, hash, bytes.error());
    if (!*bytes) return reply(error_response(version, kNotFound));
    reply(bytes_response(version, std::move(**bytes)));
}

/// The caller and the checked hash, or the error answer already sent.
std::optional<Caller> admit(Services& services, const HttpRequest& request, const RequestContext& context,
                            const Reply& reply) {
    auto caller = authenticate(services.auth, request);
    if (!caller) {
        reply(error_response(request, caller.error()));
        return std::nullopt;
    }
    if (!BlobStore::is_hash(context.params.at("hash"))) {
        reply(error_response(request, kBadHash));
        return std::nullopt;
    }
    return std::move(*caller);
}

}  // namespace

void register_blob_routes(Router& router, Services& services, BlobServices blobs) {
    router.add(http::verb::put, "/v1/blobs/{hash}",
               [&services, blobs](const HttpRequest& request, const RequestContext& context, Reply reply) {
                   auto caller = admit(services, request, context, reply);
                   if (!caller) return;
                   const bool queued = blobs.workers.try_post(
                       [&services, blobs, caller = std::move(*caller), hash = context.params.at("hash"),
                        request = &request, reply] {
                           // Inflated here, off the I/O thread, when sent with gzip.
                           std::string inflated;
                           auto body = request_body(*request, services.config.max_blob_bytes, inflated);
                           if (!body) return reply(error_response(*request, body.error()));
                           put_blob(services, blobs, caller, hash, *body, request->version(), reply);
                       });
                   if (!queued) reply(error_response(request, kBusy));
               });

    // HEAD and GET: the same check (it reads the database), on the blob workers.
    for (const auto& route : {std::pair{http::verb::head, &head_blob}, std::pair{http::verb::get, &get_blob}}) {
        const auto answer = route.second;  // a plain variable: lambdas may not capture structured bindings (clang)
        router.add(route.first, "/v1/blobs/{hash}",
                   [blobs, &services, answer](const HttpRequest& request, const RequestContext& context, Reply reply) {
                       auto caller = admit(services, request, context, reply);
                       if (!caller) return;
                       const bool queued = blobs.workers.try_post(
                           [&services, blobs, answer, caller = std::move(*caller), hash = context.params.at("hash"),
                            version = request.version(), reply] {
                               answer(services.audit, blobs, caller, hash, version, reply);
                           });
                       if (!queued) reply(error_response(request, kBusy));
                   });
    }
}

}  // namespace muster::server
