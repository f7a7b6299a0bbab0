#pragma once
/// JSON encode/decode of ops and sync messages.
///
/// Decoders take a document already parsed by `parse_strict` (so duplicate keys,
/// depth and string limits are handled there) and check everything else: unknown
/// keys, types, the schema of every field, id and key formats and the limits. Each
/// error message starts with the path of the offending value, e.g.
/// `ops[3].fields.priority: expected one of low, normal, high, critical`.
/// Encoders always produce what the decoders accept. All functions are pure.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/op.hpp"
#include "muster/result.hpp"

namespace muster {

// ---- ops ----
[[nodiscard]] nlohmann::json encode_op(const Op& op);
/// Exactly `encode_op(op).dump()`, written straight to text (no JSON tree):
/// the server keeps every op's text in its op log, and building the tree cost
/// more than the rest of a sync's push.
[[nodiscard]] std::string encode_op_text(const Op& op);
/// Errors are `invalid_op`; `path` prefixes every message (e.g. "ops[3]").
[[nodiscard]] Result<Op> decode_op(const nlohmann::json& value, const std::string& path = "");

/// The checks of `decode_op` on an op built in memory (local writes); same messages, no path prefix.
[[nodiscard]] Status validate_op(const Op& op);

// ---- sync request (server side decodes) ----
[[nodiscard]] nlohmann::json encode_sync_request(const SyncRequest& request);

/// An op of a request that failed validation: the server acks it `rejected`
/// with `error` (code `invalid_op`) and still applies the others.
struct InvalidOp {
    std::size_t index = 0;  ///< position in the request's `ops`
    std::string id;         ///< the op's id (always valid: an op without one fails the whole request)
    Error error;
};

/// A decoded request. `request.ops` holds the valid ops in order; `invalid` the others.
struct DecodedSyncRequest {
    SyncRequest request;
    std::vector<InvalidOp> invalid;
    /// Ops in wire order: index into request.ops (≥ 0) or -(1 + index into invalid).
    std::vector<long> order;
};

/// Request-level failures: `bad_request` (shape, unknown keys, `limit` outside
/// 1..5000, an op without a valid id), `payload_too_large` (> 2000 ops).
[[nodiscard]] Result<DecodedSyncRequest> decode_sync_request(const nlohmann::json& value);

// ---- sync response (client side decodes) ----
[[nodiscard]] nlohmann::json encode_change(const Change& change);
[[nodiscard]] nlohmann::json encode_sync_response(const SyncResponse& response);
/// Errors are `bad_json` naming the path (the client treats them as a failed round).
[[nodiscard]] Result<SyncResponse> decode_sync_response(const nlohmann::json& value);

// ---- login ----
[[nodiscard]] nlohmann::json encode_login_request(const LoginRequest& request);
[[nodiscard]] Result<LoginRequest> decode_login_request(const nlohmann::json& value);  ///< bad_request
[[nodiscard]] nlohmann::json encode_login_response(const LoginResponse& response);
[[nodiscard]] Result<LoginResponse> decode_login_response(const nlohmann::json& value);  ///< bad_json

}  // namespace muster
