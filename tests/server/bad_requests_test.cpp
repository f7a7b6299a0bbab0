// The bad-input corpus (tests/data/bad_requests/, each case described in its
// README.md) against the real muster-server: every malformed, oversized or
// ill-framed request gets its status and JSON error code, the server keeps
// answering, and nothing is stored.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <set>

#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;

const std::string kCorpus = std::string(MUSTER_TEST_DATA_DIR) + "/bad_requests/";
constexpr std::size_t kMiB = 1024 * 1024;
/// The corpus server's body deadline: short, so the cases that wait for it stay quick.
constexpr auto kBodyTimeout = 2000ms;

/// How a case reaches the server.
enum class Send {
    sync,            ///< the bytes are the body of POST /v1/sync, with a coordinator's token
    sync_anonymous,  ///< the same without a token
    login,           ///< the body of POST /v1/auth/login
    raw,             ///< a whole HTTP request, sent as is ("{{token}}" becomes the coordinator's token)
    raw_half_close,  ///< raw, then the client closes its sending side and waits for the answer
};

struct Case {
    std::string name;  ///< a file of the corpus, or (with `make`) a generated case
    Send send;
    int status;
    /// `error.code`; with status 200, the `error.code` of the request's single op's ack.
    std::string code;
    /// When set, the error message must contain it (a path, or what was wrong).
    std::string says = {};
    /// The server must close the connection after answering.
    bool closes = false;
    /// For the cases too big for a file: makes the bytes.
    std::string (*make)() = nullptr;
};

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

std::string sync_body_with(const std::string& ops) {
    return R"({"replica_id": "badc0ffee0ddf00d", "cursor": "", "ops": [)" + ops + "]}";
}

std::string chunked(const std::string& head, const std::string& body, std::size_t chunk) {
    std::string out = head + "Transfer-Encoding: chunked\r\n\r\n";
    char size[32];
    for (std::size_t at = 0; at < body.size(); at += chunk) {
        const auto piece = body.substr(at, chunk);
        std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
        out += size + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

const std::string kSyncHead =
    "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {{token}}\r\nContent-Type: application/json\r\n";

// clang-format off
const std::vector<Case> kCases = {
    // Malformed, truncated and empty JSON: 400 bad_json.
    {"sync_malformed_missing_comma.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_trailing_comma.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_single_quotes.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_comment.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_nan.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_leading_zero.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_raw_control_char.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_two_values.json", Send::sync, 400, "bad_json"},
    {"sync_malformed_nul_byte.json", Send::sync, 400, "bad_json", "NUL byte"},
    {"sync_truncated_mid_string.json", Send::sync, 400, "bad_json"},
    {"sync_truncated_mid_op.json", Send::sync, 400, "bad_json"},
    {"sync_truncated_after_key.json", Send::sync, 400, "bad_json"},
    {"sync_empty_body.json", Send::sync, 400, "bad_json"},
    {"sync_whitespace_only.json", Send::sync, 400, "bad_json"},
    // Duplicate keys: never "last one wins".
    {"sync_duplicate_key_top_level.json", Send::sync, 400, "bad_json", "duplicate key \"ops\""},
    {"sync_duplicate_key_in_op.json", Send::sync, 400, "bad_json", "duplicate key \"kind\""},
    {"sync_duplicate_key_in_fields.json", Send::sync, 400, "bad_json", "duplicate key \"title\""},
    {"sync_duplicate_key_in_hlc.json", Send::sync, 400, "bad_json", "duplicate key \"c\""},
    {"sync_duplicate_key_in_device.json", Send::sync, 400, "bad_json", "duplicate key \"pending\""},
    // Nesting: 32 levels parse (then fail the shape), 33 do not.
    {"sync_depth_32.json", Send::sync, 400, "bad_request", "limit:"},
    {"sync_depth_33.json", Send::sync, 400, "bad_json", "deeper than 32"},
    {"generated: 100,000 nested arrays", Send::sync, 400, "bad_json", "deeper than 32", false,
     [] { return repeat("[", 100'000) + repeat("]", 100'000); }},
    {"generated: 100,000 nested objects", Send::sync, 400, "bad_json", "deeper than 32", false,
     [] { return repeat(R"({"a":)", 100'000) + "1" + repeat("}", 100'000); }},
    {"generated: 100,000 nested arrays in a login", Send::login, 400, "bad_json", "deeper than 32", false,
     [] { return R"({"login": )" + repeat("[", 100'000) + repeat("]", 100'000) + "}"; }},
    {"generated: a string of 64 KiB + 1", Send::sync, 400, "bad_json", "longer than 65536", false,
     [] { return R"({"replica_id": "badc0ffee0ddf00d", "cursor": ")" + std::string(64 * 1024 + 1, 'x') + "\"}"; }},
    // Request shape and top-level types: 400 bad_request.
    {"sync_not_an_object_array.json", Send::sync, 400, "bad_request"},
    {"sync_not_an_object_null.json", Send::sync, 400, "bad_request"},
    {"sync_not_an_object_string.json", Send::sync, 400, "bad_request"},
    {"sync_unknown_top_level_field.json", Send::sync, 400, "bad_request", "colour"},
    {"sync_missing_replica_id.json", Send::sync, 400, "bad_request", "replica_id:"},
    {"sync_wrong_type_replica_id.json", Send::sync, 400, "bad_request", "replica_id:"},
    {"sync_wrong_format_replica_id.json", Send::sync, 400, "bad_request", "replica_id:"},
    {"sync_wrong_type_ops.json", Send::sync, 400, "bad_request", "ops:"},
    {"sync_wrong_type_cursor.json", Send::sync, 400, "bad_request", "cursor:"},
    {"sync_bad_cursor.json", Send::sync, 400, "bad_request", "cursor:"},
    {"sync_wrong_type_limit_string.json", Send::sync, 400, "bad_request", "limit:"},
    {"sync_wrong_type_limit_float.json", Send::sync, 400, "bad_request", "limit:"},
    {"sync_limit_zero.json", Send::sync, 400, "bad_request", "limit:"},
    {"sync_limit_beyond_uint64.json", Send::sync, 400, "bad_request", "limit:"},
    {"sync_wrong_type_device.json", Send::sync, 400, "bad_request", "device:"},
    {"sync_wrong_type_device_pending.json", Send::sync, 400, "bad_request", "device.pending:"},
    {"sync_wrong_type_device_oldest_pending_ms.json", Send::sync, 400, "bad_request", "device.oldest_pending_ms:"},
    {"sync_wrong_type_device_app_version.json", Send::sync, 400, "bad_request", "device.app_version:"},
    {"sync_wrong_type_device_clock_ms.json", Send::sync, 400, "bad_request", "device.clock_ms:"},
    {"sync_unknown_device_field.json", Send::sync, 400, "bad_request", "device.battery:"},
    {"sync_op_not_an_object.json", Send::sync, 400, "bad_request", "ops[0].id:"},
    {"sync_op_missing_id.json", Send::sync, 400, "bad_request", "ops[0].id:"},
    {"sync_wrong_type_op_id.json", Send::sync, 400, "bad_request", "ops[0].id:"},
    {"generated: 2001 ops", Send::sync, 413, "payload_too_large", "2001 ops", false,
     [] { return sync_body_with("{}" + repeat(",{}", 2000)); }},
    // Invalid UTF-8 and bad \u escapes: 400 bad_json.
    {"sync_invalid_utf8_in_string.json", Send::sync, 400, "bad_json"},
    {"sync_invalid_utf8_in_key.json", Send::sync, 400, "bad_json"},
    {"sync_overlong_utf8.json", Send::sync, 400, "bad_json"},
    {"sync_overlong_utf8_nul.json", Send::sync, 400, "bad_json"},
    {"sync_utf8_encoded_surrogate.json", Send::sync, 400, "bad_json"},
    {"sync_utf8_beyond_u10ffff.json", Send::sync, 400, "bad_json"},
    {"sync_truncated_utf8_sequence.json", Send::sync, 400, "bad_json"},
    {"sync_lone_high_surrogate_escape.json", Send::sync, 400, "bad_json"},
    {"sync_lone_low_surrogate_escape.json", Send::sync, 400, "bad_json"},
    {"sync_high_surrogate_then_non_low_escape.json", Send::sync, 400, "bad_json"},
    // Wrong types inside an op: the request is answered, the op rejected by name.
    {"sync_op_wrong_type_hlc.json", Send::sync, 200, "invalid_op", "ops[0].hlc:"},
    {"sync_op_wrong_type_hlc_ms.json", Send::sync, 200, "invalid_op", "ops[0].hlc.ms:"},
    {"sync_op_wrong_type_hlc_c.json", Send::sync, 200, "invalid_op", "ops[0].hlc.c:"},
    {"sync_op_wrong_type_hlc_r.json", Send::sync, 200, "invalid_op", "ops[0].hlc.r:"},
    {"sync_op_wrong_type_kind.json", Send::sync, 200, "invalid_op", "ops[0].kind:"},
    {"sync_op_wrong_type_entity.json", Send::sync, 200, "invalid_op", "ops[0].entity:"},
    {"sync_op_wrong_type_key.json", Send::sync, 200, "invalid_op", "ops[0].key:"},
    {"sync_op_wrong_type_fields.json", Send::sync, 200, "invalid_op", "ops[0].fields:"},
    {"sync_op_wrong_type_base.json", Send::sync, 200, "invalid_op", "ops[0].base:"},
    {"sync_op_wrong_type_base_entry.json", Send::sync, 200, "invalid_op", "ops[0].base.title"},
    {"sync_op_wrong_type_field_string.json", Send::sync, 200, "invalid_op", "ops[0].fields.title:"},
    {"sync_op_wrong_type_field_enum.json", Send::sync, 200, "invalid_op", "ops[0].fields.status:"},
    {"sync_op_wrong_type_field_int.json", Send::sync, 200, "invalid_op", "ops[0].fields.due_at:"},
    {"sync_op_wrong_type_field_int_float.json", Send::sync, 200, "invalid_op", "ops[0].fields.due_at:"},
    {"sync_op_wrong_type_field_key.json", Send::sync, 200, "invalid_op", "ops[0].fields.assignee:"},
    {"sync_op_unknown_field.json", Send::sync, 200, "invalid_op", "ops[0].colour:"},
    {"sync_op_unknown_entity_field.json", Send::sync, 200, "invalid_op", "ops[0].fields.colour:"},
    // Without a token the body is not even read.
    {"anon_sync_malformed.json", Send::sync_anonymous, 401, "unauthenticated"},
    // POST /v1/auth/login.
    {"login_malformed.json", Send::login, 400, "bad_json"},
    {"login_truncated.json", Send::login, 400, "bad_json"},
    {"login_empty_body.json", Send::login, 400, "bad_json"},
    {"login_duplicate_key.json", Send::login, 400, "bad_json", "duplicate key \"login\""},
    {"login_not_an_object.json", Send::login, 400, "bad_request"},
    {"login_wrong_type_login.json", Send::login, 400, "bad_request", "\"login\""},
    {"login_wrong_type_password.json", Send::login, 400, "bad_request", "\"password\""},
    {"login_wrong_type_device.json", Send::login, 400, "bad_request", "\"device\""},
    {"login_wrong_type_device_replica_id.json", Send::login, 400, "bad_request", "\"device.replica_id\""},
    {"login_invalid_utf8.json", Send::login, 400, "bad_json"},
    {"login_lone_surrogate_escape.json", Send::login, 400, "bad_json"},
    // Framing and headers.
    {"http_content_length_shorter_than_body.http", Send::raw, 400, "bad_json"},
    {"http_content_length_longer_than_body.http", Send::raw, 408, "timeout", "", true},
    {"http_body_cut_short_then_half_close.http", Send::raw_half_close, 400, "bad_request", "ended before", true},
    {"http_content_length_not_a_number.http", Send::raw, 400, "bad_request", "", true},
    {"http_content_length_negative.http", Send::raw, 400, "bad_request", "", true},
    {"http_content_length_conflicting.http", Send::raw, 400, "bad_request", "", true},
    {"http_content_length_and_chunked.http", Send::raw, 400, "bad_request", "", true},
    {"http_transfer_encoding_not_chunked.http", Send::raw, 400, "bad_request", "Transfer-Encoding", true},
    {"http_transfer_encoding_unknown_before_chunked.http", Send::raw, 400, "bad_request", "Transfer-Encoding", true},
    {"http_no_host.http", Send::raw, 400, "bad_request", "Host", true},
    {"http_two_hosts.http", Send::raw, 400, "bad_request", "Host", true},
    {"http_two_authorizations.http", Send::raw, 400, "bad_request", "Authorization"},
    {"http_chunked_bad_size.http", Send::raw, 400, "bad_request", "", true},
    {"http_chunked_malformed_json.http", Send::raw, 400, "bad_json"},
    {"http_chunked_declares_9mib.http", Send::raw, 413, "payload_too_large", "", true},
    {"http_form_urlencoded_login.http", Send::raw, 400, "bad_json"},
    {"http_header_without_colon.http", Send::raw, 400, "bad_request", "", true},
    {"http_nul_in_header.http", Send::raw, 400, "bad_request", "", true},
    {"http_version_2.http", Send::raw, 400, "bad_request", "bad version", true},
    {"http_bare_lf_line_ends.http", Send::raw, 400, "bad_request", "", true},
    // Content-Encoding of a /v1/sync request body.
    {"http_content_encoding_gzip_not_gzip.http", Send::raw, 400, "bad_request", "not valid gzip"},
    {"http_content_encoding_unknown.http", Send::raw, 400, "bad_request", "Content-Encoding"},
    {"http_content_encoding_unknown_on_login.http", Send::raw, 400, "bad_request", "Content-Encoding"},
    // A WebSocket handshake Beast would refuse in plain text.
    {"http_websocket_no_key.http", Send::raw, 400, "bad_request", "Sec-WebSocket-Key"},
    {"http_websocket_version_8.http", Send::raw, 426, "bad_request", "Sec-WebSocket-Version"},
    {"http_content_encoding_gzip_bomb.http", Send::raw, 413, "payload_too_large", "decompressed"},
    // Too big.
    {"generated: a 9 MiB body", Send::sync, 413, "payload_too_large", "", true,
     [] { return sync_body_with("") + std::string(9 * kMiB, ' '); }},
    {"generated: a 9 MiB chunked body", Send::raw, 413, "payload_too_large", "", true,
     [] { return chunked(kSyncHead, sync_body_with("") + std::string(9 * kMiB, ' '), 64 * 1024); }},
    {"generated: header flood (400 headers, 24 KiB)", Send::raw, 431, "headers_too_large", "", true,
     [] {
         std::string flood;
         for (int i = 0; i < 400; ++i) flood += "X-Flood-" + std::to_string(i) + ": " + std::string(50, 'a') + "\r\n";
         return kSyncHead + flood + "Content-Length: 2\r\n\r\n{}";
     }},
    {"generated: a 20 KiB request target", Send::raw, 431, "headers_too_large", "", true,
     [] { return "GET /v1/health?" + std::string(20 * 1024, 'q') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"; }},
    {"generated: one 20 KiB header", Send::raw, 431, "headers_too_large", "", true,
     [] { return kSyncHead + "Cookie: " + std::string(20 * 1024, 'c') + "\r\nContent-Length: 2\r\n\r\n{}"; }},
};
// clang-format on

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

class BadRequests : public SyncFixture {
protected:
    void SetUp() override {
        serve_args_ = {"--body-timeout-ms", std::to_string(kBodyTimeout.count())};
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        // The corpus's requests name this replica: the token must be that device's.
        coord_ = log_in(port(), "coord", "muster-demo", "badc0ffee0ddf00d").client;
        admin_ = client("admin");
        sync(coord_, {});  // the coordinator's device entity exists before the baseline
        baseline_ = stored();
    }

    /// Everything the admin can pull. A device entity is kept as its values
    /// without `last_sync_at` (a sync refreshes that after a minute): bad requests must not change the rest.
    json stored() {
        std::string cursor;
        json out = json::object();
        for (const auto& change : pull_all(admin_, cursor)) {
            const std::string id = change["entity"].get<std::string>() + "/" + change["key"].get<std::string>();
            if (change["entity"] != "device") {
                out[id] = change;
                continue;
            }
            json values = json::object();
            for (const auto& [name, field] : change["fields"].items()) {
                if (name != "last_sync_at") values[name] = field["v"];
            }
            out[id] = values;
        }
        return out;
    }

    HttpResult send(const Case& c, const std::string& bytes) {
        std::string request;
        switch (c.send) {
            case Send::sync:
                request = make_request("POST", "/v1/sync", bytes, {{"Authorization", "Bearer " + coord_.token}});
                break;
            case Send::sync_anonymous: request = make_request("POST", "/v1/sync", bytes); break;
            case Send::login: request = make_request("POST", "/v1/auth/login", bytes); break;
            case Send::raw:
            case Send::raw_half_close: request = replace_all(bytes, "{{token}}", coord_.token); break;
        }
        Connection connection(port(), 30s);
        EXPECT_TRUE(connection.ok());
        // A send may fail part-way once the server has answered early (413, 431) and closed: the answer is still there.
        connection.send(request);
        if (c.send == Send::raw_half_close) connection.shutdown_send();
        auto response = connection.read_response(kBodyTimeout + 10s);
        if (c.closes) {
            EXPECT_TRUE(connection.wait_closed(5s)) << "the connection stayed open";
        }
        return response;
    }

    void check(const Case& c) {
        ASSERT_TRUE(c.make != nullptr || std::filesystem::exists(kCorpus + c.name)) << "missing from the corpus";
        const auto bytes = c.make != nullptr ? c.make() : read_file(kCorpus + c.name);
        const auto response = send(c, bytes);
        ASSERT_EQ(response.status, c.status) << response.error << "\n" << response.body.substr(0, 500);
        EXPECT_EQ(response.headers.count("content-type") ? response.headers.at("content-type") : "", "application/json");
        const auto body = response.json();
        const json* error = nullptr;
        if (c.status == 200) {
            ASSERT_TRUE(body.contains("acks") && body["acks"].size() == 1) << body.dump();
            EXPECT_EQ(body["acks"][0]["status"], "rejected") << body.dump();
            error = &body["acks"][0]["error"];
        } else {
            ASSERT_TRUE(body.is_object() && body.size() == 1 && body.contains("error")) << response.body;
            error = &body["error"];
        }
        ASSERT_TRUE(error->is_object() && (*error)["code"].is_string() && (*error)["message"].is_string())
            << response.body;
        EXPECT_EQ((*error)["code"], c.code) << response.body;
        const auto message = (*error)["message"].get<std::string>();
        EXPECT_FALSE(message.empty());
        EXPECT_NE(message.find(c.says), std::string::npos) << "message: " << message;
    }

    SyncClient coord_, admin_;
    json baseline_;
};

TEST_F(BadRequests, EveryCorpusFileHasACase) {
    std::set<std::string> listed;
    for (const auto& c : kCases) {
        if (c.make == nullptr) listed.insert(c.name);
    }
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
        const auto name = entry.path().filename().string();
        if (name != "README.md" && name != ".gitattributes") files.insert(name);
    }
    EXPECT_EQ(files, listed);
    const auto readme = read_file(kCorpus + "README.md");
    for (const auto& c : kCases) {
        const auto name = c.make != nullptr ? c.name.substr(c.name.find(": ") + 2) : c.name;
        EXPECT_NE(readme.find(name), std::string::npos) << c.name << " is not described in README.md";
    }
}

TEST_F(BadRequests, EachGetsItsStatusAndCodeAndNothingIsStored) {
    for (const auto& c : kCases) {
        SCOPED_TRACE(c.name);
        check(c);
        const auto health = http(port(), "GET", "/v1/health");
        ASSERT_EQ(health.status, 200) << "the server stopped answering: " << health.error << "\n" << server_->log();
        ASSERT_EQ(stored(), baseline_) << "something was stored";
    }
}

TEST_F(BadRequests, BodyDribbledOneBytePerSecondIsClosedByTheBodyTimeoutWhileOthersAreServed) {
    const json body = {{"replica_id", coord_.replica},
                       {"ops", {coord_.set("task", uuid(), {{"title", "Dribbled"}, {"unit", units_["north"]}})}}};
    const auto text = body.dump();
    Dribbled slow;
    const int served = probe_while(
        [&] {
            Connection c(port(), 10s);
            const auto request = make_request("POST", "/v1/sync", text, {{"Authorization", "Bearer " + coord_.token}});
            const auto head = request.substr(0, request.size() - text.size());
            if (!c.send(head)) return;
            slow = dribble(c, text, 1000ms);
            EXPECT_TRUE(c.wait_closed(2s)) << "the connection stayed open after the 408";
        },
        [&] {
            const auto t0 = std::chrono::steady_clock::now();
            EXPECT_EQ(http(port(), "GET", "/v1/health").status, 200);
            EXPECT_EQ(sync(coord_, {})["has_more"], false);
            EXPECT_LT(std::chrono::steady_clock::now() - t0, 2s);
        });
    EXPECT_GE(served, 5);
    EXPECT_EQ(slow.response.status, 408) << slow.response.error;
    EXPECT_EQ(slow.response.error_code(), "timeout");
    EXPECT_LT(slow.elapsed, kBodyTimeout + 1500ms);
    EXPECT_LT(slow.sent, text.size());
    EXPECT_EQ(stored(), baseline_);
}

}  // namespace
}  // namespace muster::test
