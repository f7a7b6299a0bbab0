// Fuzz target: the decoders and validator of everything a client or server
// receives as JSON — ops, sync requests and responses, login requests and
// responses — behind `parse_strict`, as the server and the app use them.
//
// Besides "no crash, no sanitizer report, no exception", it checks what
// codec.hpp promises: whatever decodes validates; encoders produce what the
// decoders accept, and a decode → encode → decode round trip is the identity.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"

namespace {

using muster::Op;
using nlohmann::json;

void check_op(const Op& op, const char* where) {
    const auto valid = muster::validate_op(op);
    FUZZ_CHECK(valid.ok(), std::string(where) + ": a decoded op fails validate_op: " + valid.error().message);
    const json encoded = muster::encode_op(op);
    (void)encoded.dump();  // must not throw (invalid UTF-8 cannot have got through)
    const auto again = muster::decode_op(encoded);
    FUZZ_CHECK(again.ok(), std::string(where) + ": encode_op output does not decode: " + again.error().message +
                               "\n" + encoded.dump());
    FUZZ_CHECK(*again == op, std::string(where) + ": decode(encode(op)) != op: " + encoded.dump());
}

void fuzz_sync_request(const json& doc) {
    auto decoded = muster::decode_sync_request(doc);
    if (!decoded) {
        const auto code = decoded.error().code;
        FUZZ_CHECK(code == muster::ErrorCode::bad_request || code == muster::ErrorCode::payload_too_large,
                   "decode_sync_request: unexpected error code " + std::string(to_string(code)));
        return;
    }
    const auto& d = *decoded;
    FUZZ_CHECK(d.order.size() == d.request.ops.size() + d.invalid.size(), "order does not cover every op");
    std::vector<bool> seen_valid(d.request.ops.size()), seen_invalid(d.invalid.size());
    for (const long i : d.order) {
        if (i >= 0) {
            const auto u = static_cast<std::size_t>(i);
            FUZZ_CHECK(u < seen_valid.size() && !seen_valid[u], "order: bad or repeated valid index");
            seen_valid[u] = true;
        } else {
            const auto u = static_cast<std::size_t>(-(i + 1));
            FUZZ_CHECK(u < seen_invalid.size() && !seen_invalid[u], "order: bad or repeated invalid index");
            seen_invalid[u] = true;
        }
    }
    FUZZ_CHECK(d.request.ops.size() + d.invalid.size() <= muster::kMaxOpsPerSync, "more ops than the limit");
    FUZZ_CHECK(d.request.limit >= 1 && d.request.limit <= muster::kMaxPullLimit, "limit out of range");
    for (const auto& bad : d.invalid) {
        FUZZ_CHECK(bad.error.code == muster::ErrorCode::invalid_op, "an invalid op not coded invalid_op");
        FUZZ_CHECK(muster::parse_op_id(bad.id).has_value(), "an invalid op without a valid id: " + bad.id);
    }
    for (const auto& op : d.request.ops) check_op(op, "sync request");
    const json encoded = muster::encode_sync_request(d.request);
    (void)encoded.dump();
    const auto again = muster::decode_sync_request(encoded);
    FUZZ_CHECK(again.ok(), "encode_sync_request output does not decode: " + again.error().message);
    FUZZ_CHECK(again->invalid.empty(), "re-encoded request has invalid ops");
    FUZZ_CHECK(again->request == d.request, "sync request round trip differs: " + encoded.dump());
}

void fuzz_sync_response(const json& doc) {
    auto decoded = muster::decode_sync_response(doc);
    if (!decoded) return;
    const json encoded = muster::encode_sync_response(*decoded);
    (void)encoded.dump();
    const auto again = muster::decode_sync_response(encoded);
    FUZZ_CHECK(again.ok(), "encode_sync_response output does not decode: " + again.error().message);
    FUZZ_CHECK(*again == *decoded, "sync response round trip differs: " + encoded.dump());
}

void fuzz_login(const json& doc) {
    if (auto request = muster::decode_login_request(doc)) {
        const json encoded = muster::encode_login_request(*request);
        (void)encoded.dump();
        const auto again = muster::decode_login_request(encoded);
        FUZZ_CHECK(again.ok(), "encode_login_request output does not decode: " + again.error().message);
        FUZZ_CHECK(again->login == request->login && again->password == request->password &&
                       again->device_name == request->device_name && again->replica_id == request->replica_id,
                   "login request round trip differs");
    } else {
        FUZZ_CHECK(request.error().code == muster::ErrorCode::bad_request, "login request: unexpected error code");
    }
    if (auto response = muster::decode_login_response(doc)) {
        const json encoded = muster::encode_login_response(*response);
        (void)encoded.dump();
        const auto again = muster::decode_login_response(encoded);
        FUZZ_CHECK(again.ok(), "encode_login_response output does not decode: " + again.error().message);
        FUZZ_CHECK(again->token == response->token && again->member_id == response->member_id &&
                       again->role == response->role && again->unit == response->unit &&
                       again->expires_at_ms == response->expires_at_ms &&
                       again->server_time_ms == response->server_time_ms,
                   "login response round trip differs");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto doc = muster::parse_strict(text);  // the server's limits (JsonLimits{})
    if (!doc) {
        FUZZ_CHECK(doc.error().code == muster::ErrorCode::bad_json, "parse_strict: error not bad_json");
        return 0;
    }
    (void)doc->dump();
    fuzz_sync_request(*doc);
    fuzz_sync_response(*doc);
    fuzz_login(*doc);
    // A single op as the top-level value, and every element of `ops` on its own.
    if (auto op = muster::decode_op(*doc, "op")) check_op(*op, "op");
    if (doc->is_object()) {
        if (const auto ops = doc->find("ops"); ops != doc->end() && ops->is_array()) {
            for (std::size_t i = 0; i < ops->size() && i < 64; ++i) {
                if (auto op = muster::decode_op((*ops)[i], "ops[" + std::to_string(i) + "]")) check_op(*op, "ops[i]");
            }
        }
    }
    return 0;
}
