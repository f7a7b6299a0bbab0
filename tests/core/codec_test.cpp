#include "muster/codec.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "muster/json.hpp"

namespace muster {
namespace {

using nlohmann::json;

constexpr const char* kReplica = "3fa2c9e01b7d4e55";
constexpr const char* kKey = "8d0c5f2e-1234-4abc-8def-0123456789ab";

json valid_op() {
    return json::parse(R"({"id": "3fa2c9e01b7d4e55-17",
        "hlc": {"ms": 1764390000123, "c": 0, "r": "3fa2c9e01b7d4e55"},
        "kind": "set", "entity": "task", "key": "8d0c5f2e-1234-4abc-8def-0123456789ab",
        "fields": {"status": "done", "priority": "high"},
        "base": {"status": {"ms": 1764389990000, "c": 0, "r": "0a1b2c3d4e5f6071"}}})");
}

json valid_log() {
    return json::parse(R"({"id": "3fa2c9e01b7d4e55-18",
        "hlc": {"ms": 1764390000200, "c": 0, "r": "3fa2c9e01b7d4e55"},
        "kind": "append", "entity": "log", "key": "11111111-2222-4333-8444-555555555555",
        "fields": {"task": "8d0c5f2e-1234-4abc-8def-0123456789ab", "author": "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
                   "kind": "action", "text": "sandbags placed", "at": 1764390000000,
                   "location": {"lat": 52.1, "lon": 4.3}}})");
}

TEST(OpCodec, RoundTripsEveryKind) {
    for (json raw : {valid_op(), valid_log()}) {
        auto op = decode_op(raw);
        ASSERT_TRUE(op.ok()) << op.error().message;
        EXPECT_EQ(encode_op(*op), raw);
    }
    json del = valid_op();
    del["kind"] = "delete";
    del.erase("fields");
    del.erase("base");
    auto op = decode_op(del);
    ASSERT_TRUE(op.ok()) << op.error().message;
    EXPECT_EQ(op->kind, OpKind::del);
    EXPECT_EQ(encode_op(*op), del);
}

TEST(OpCodec, TextEncodingIsExactlyTheDumpOfTheTree) {
    json escapes = valid_log();
    escapes["fields"]["text"] = "quote \" backslash \\ tab \t newline \n \u00e9\u1ec7 \U0001F6A8 ctrl \u0001";
    json del = valid_op();
    del["kind"] = "delete";
    del.erase("fields");
    del.erase("base");
    json many_bases = valid_op();
    many_bases["fields"] = {{"status", "done"}, {"priority", "low"}, {"title", "T"}};
    many_bases["base"]["title"] = {{"ms", 1}, {"c", 7}, {"r", "0a1b2c3d4e5f6071"}};
    many_bases["base"]["priority"] = {{"ms", 2}, {"c", 0}, {"r", "0a1b2c3d4e5f6071"}};
    for (const json& raw : {valid_op(), valid_log(), escapes, del, many_bases}) {
        auto op = decode_op(raw);
        ASSERT_TRUE(op.ok()) << op.error().message;
        EXPECT_EQ(encode_op_text(*op), encode_op(*op).dump()) << raw.dump();
        EXPECT_EQ(json::parse(encode_op_text(*op)), raw);
    }
}

TEST(OpCodec, RejectsBadOpsWithCodeAndPath) {
    struct Case {
        const char* what;
        std::function<void(json&)> mutate;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"enum", [](json& o) { o["fields"]["priority"] = "urgent"; },
         "fields.priority: expected one of low, normal, high, critical"},
        {"unknown field", [](json& o) { o["fields"]["colour"] = "red"; }, "fields.colour: unknown field of task"},
        {"hidden field", [](json& o) { o["fields"]["_deleted"] = true; }, "fields._deleted: unknown field of task"},
        {"wrong type", [](json& o) { o["fields"]["due_at"] = "tomorrow"; }, "fields.due_at: expected an integer"},
        {"float for int", [](json& o) { o["fields"]["due_at"] = 1.5; }, "fields.due_at: expected an integer"},
        {"null not allowed", [](json& o) { o["fields"]["status"] = nullptr; },
         "fields.status: expected one of open, acknowledged, in_progress, done, blocked, cancelled"},
        {"bad reference", [](json& o) { o["fields"]["unit"] = "UNIT-1"; }, "fields.unit: expected a key (lowercase UUID)"},
        {"long title", [](json& o) { o["fields"]["title"] = std::string(201, 'x'); },
         "fields.title: expected at most 200 bytes"},
        {"no fields", [](json& o) { o["fields"] = json::object(); }, "fields: expected at least one field"},
        {"fields not object", [](json& o) { o["fields"] = json::array(); }, "fields: expected an object"},
        {"unknown op key", [](json& o) { o["extra"] = 1; }, "extra: unknown field"},
        {"bad id", [](json& o) { o["id"] = "3fa2c9e01b7d4e55-0"; }, "id: expected \"<replica_id>-<n>\" with n >= 1"},
        {"id without n", [](json& o) { o["id"] = "3fa2c9e01b7d4e55"; }, "id: expected \"<replica_id>-<n>\" with n >= 1"},
        {"hlc of other replica", [](json& o) { o["hlc"]["r"] = "0a1b2c3d4e5f6071"; }, "hlc.r: must be the replica of the op id"},
        {"hlc counter", [](json& o) { o["hlc"]["c"] = 70000; }, "hlc.c: expected an integer from 0 to 65535"},
        {"kind", [](json& o) { o["kind"] = "upsert"; }, "kind: expected one of set, append, delete"},
        {"entity", [](json& o) { o["entity"] = "incident"; },
         "entity: expected one of unit, member, drill, task, log, conflict, device"},
        {"append on task", [](json& o) { o["kind"] = "append"; o.erase("base"); }, "kind: append is not allowed for task"},
        {"key", [](json& o) { o["key"] = "8D0C5F2E-1234-4ABC-8DEF-0123456789AB"; }, "key: expected a key (lowercase UUID)"},
        {"base unknown field", [](json& o) { o["base"]["colour"] = o["hlc"]; }, "base.colour: unknown field of task"},
        {"base bad hlc", [](json& o) { o["base"]["status"]["ms"] = "x"; }, "base.status.ms: expected an integer"},
        {"delete with fields", [](json& o) { o["kind"] = "delete"; o.erase("base"); }, "fields: must be empty for delete"},
    };
    for (const auto& c : cases) {
        json raw = valid_op();
        c.mutate(raw);
        auto op = decode_op(raw);
        ASSERT_FALSE(op.ok()) << c.what;
        EXPECT_EQ(op.error().code, ErrorCode::invalid_op) << c.what;
        EXPECT_EQ(op.error().message, c.message) << c.what;
    }
}

TEST(OpCodec, RejectsBadLogsWithCodeAndPath) {
    struct Case {
        std::function<void(json&)> mutate;
        const char* message;
    };
    const std::vector<Case> cases = {
        {[](json& o) { o["fields"].erase("author"); }, "fields.author: required"},
        {[](json& o) { o["fields"]["location"]["lat"] = 91; }, "fields.location.lat: expected a number from -90 to 90"},
        {[](json& o) { o["fields"]["location"] = json::object({{"lon", 1}}); }, "fields.location.lat: required"},
        {[](json& o) { o["fields"]["attachments"] = json::array({std::string(64, 'a'), "abc"}); },
         "fields.attachments[1]: expected a sha256 hex string (64 lowercase hex characters)"},
        {[](json& o) { o["fields"]["rating"] = "P"; }, "fields.rating: only allowed on logs of kind observation"},
        {[](json& o) { o["fields"]["rating"] = "X"; }, "fields.rating: expected one of P, S, M, U"},
        {[](json& o) { o["kind"] = "set"; }, "kind: set is not allowed for log"},
    };
    for (const auto& c : cases) {
        json raw = valid_log();
        c.mutate(raw);
        auto op = decode_op(raw);
        ASSERT_FALSE(op.ok()) << c.message;
        EXPECT_EQ(op.error().code, ErrorCode::invalid_op);
        EXPECT_EQ(op.error().message, c.message);
    }
}

TEST(SyncRequestCodec, InvalidOpIsRejectedAloneWithItsIndexInThePath) {
    json ops = json::array();
    for (int i = 0; i < 5; ++i) {
        json op = valid_op();
        op["id"] = std::string(kReplica) + "-" + std::to_string(i + 1);
        if (i == 3) op["fields"]["priority"] = "urgent";
        ops.push_back(op);
    }
    json req = {{"replica_id", kReplica}, {"ops", ops}, {"cursor", ""}, {"limit", 500}};
    auto decoded = decode_sync_request(req);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(decoded->request.ops.size(), 4U);
    ASSERT_EQ(decoded->invalid.size(), 1U);
    EXPECT_EQ(decoded->invalid[0].index, 3U);
    EXPECT_EQ(decoded->invalid[0].id, std::string(kReplica) + "-4");
    EXPECT_EQ(decoded->invalid[0].error.message, "ops[3].fields.priority: expected one of low, normal, high, critical");
    EXPECT_EQ(decoded->order, (std::vector<long>{0, 1, 2, -1, 3}));
}

TEST(SyncRequestCodec, RejectsBadRequestsWithCodeAndPath) {
    struct Case {
        std::string text;
        ErrorCode code;
        const char* message;
    };
    const std::string good_op = valid_op().dump();
    const std::vector<Case> cases = {
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": [], "limit": 0})", ErrorCode::bad_request,
         "limit: expected an integer from 1 to 5000"},
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": [], "limit": 5001})", ErrorCode::bad_request,
         "limit: expected an integer from 1 to 5000"},
        {R"({"replica_id": "XYZ", "ops": []})", ErrorCode::bad_request,
         "replica_id: expected a replica id (16 lowercase hex characters)"},
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": {}})", ErrorCode::bad_request, "ops: expected an array"},
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": [], "verbose": true})", ErrorCode::bad_request,
         "verbose: unknown field"},
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": [{"kind": "set"}]})", ErrorCode::bad_request,
         "ops[0].id: expected \"<replica_id>-<n>\" with n >= 1"},
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": [], "device": {"pending": "many"}})", ErrorCode::bad_request,
         "device.pending: expected an integer >= 0"},
        {R"({"replica_id": "3fa2c9e01b7d4e55", "ops": [], "ops": []})", ErrorCode::bad_json, nullptr},
        {R"([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])", ErrorCode::bad_json, nullptr},
        {"{\"replica_id\": \"" + std::string(64 * 1024 + 1, 'a') + "\"}", ErrorCode::bad_json, nullptr},
    };
    for (const auto& c : cases) {
        auto parsed = parse_strict(c.text);
        Error error;
        if (!parsed) {
            error = parsed.error();
        } else {
            auto decoded = decode_sync_request(*parsed);
            ASSERT_FALSE(decoded.ok()) << c.text;
            error = decoded.error();
        }
        EXPECT_EQ(error.code, c.code) << c.text.substr(0, 80);
        if (c.message != nullptr) {
            EXPECT_EQ(error.message, c.message);
        }
    }
}

TEST(SyncRequestCodec, MoreThan2000OpsIsPayloadTooLarge) {
    json ops = json::array();
    for (int i = 0; i < 2001; ++i) ops.push_back(json::object());
    auto decoded = decode_sync_request(json{{"replica_id", kReplica}, {"ops", ops}});
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, ErrorCode::payload_too_large);
}

TEST(SyncRequestCodec, OpOfAnotherReplicaIsInvalid) {
    json req = {{"replica_id", "0a1b2c3d4e5f6071"}, {"ops", json::array({valid_op()})}};
    auto decoded = decode_sync_request(req);
    ASSERT_TRUE(decoded.ok());
    ASSERT_EQ(decoded->invalid.size(), 1U);
    EXPECT_EQ(decoded->invalid[0].error.message, "ops[0].id: replica does not match replica_id");
}

TEST(SyncRequestCodec, RoundTrips) {
    SyncRequest req;
    req.replica_id = kReplica;
    req.ops.push_back(*decode_op(valid_op()));
    req.cursor = "1043";
    req.limit = 200;
    req.device = DeviceReport{3, 1764389000000, "0.1.0", 1764390000100};
    auto decoded = decode_sync_request(encode_sync_request(req));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(decoded->request, req);
}

TEST(SyncRequestCodec, DeviceCommsRoundTripsAndStaysStrict) {
    SyncRequest req;
    req.replica_id = kReplica;
    req.device = DeviceReport{0, std::nullopt, "0.1.0", 1764390000100, CommsCheck{kKey, 1764389000000}};
    const json wire = encode_sync_request(req);
    EXPECT_EQ(wire.at("device").at("comms"), (json{{"drill", kKey}, {"check_at", 1764389000000}}));
    auto decoded = decode_sync_request(wire);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(decoded->request, req);

    req.device->comms.reset();
    EXPECT_FALSE(encode_sync_request(req).at("device").contains("comms"));  // absent when the device holds no check
    json null_comms = encode_sync_request(req);
    null_comms["device"]["comms"] = nullptr;
    auto none = decode_sync_request(null_comms);
    ASSERT_TRUE(none.ok()) << none.error().message;
    EXPECT_FALSE(none->request.device->comms);

    const auto refused = [&](const std::function<void(json&)>& edit) {
        json bad = wire;
        edit(bad["device"]["comms"]);
        auto r = decode_sync_request(bad);
        if (r.ok()) return std::string("accepted");
        EXPECT_EQ(r.error().code, ErrorCode::bad_request);
        return r.error().message;
    };
    EXPECT_EQ(refused([](json& c) { c = "yes"; }), "device.comms: expected an object {drill, check_at}");
    EXPECT_EQ(refused([](json& c) { c["answered_at"] = 1; }), "device.comms.answered_at: unknown field");
    EXPECT_EQ(refused([](json& c) { c.erase("check_at"); }), "device.comms.check_at: expected an integer");
    EXPECT_EQ(refused([](json& c) { c["check_at"] = "1764389000000"; }), "device.comms.check_at: expected an integer");
    EXPECT_EQ(refused([](json& c) { c["check_at"] = 1.5; }), "device.comms.check_at: expected an integer");
    EXPECT_EQ(refused([](json& c) { c["check_at"] = 18446744073709551615ULL; }),
              "device.comms.check_at: expected an integer");
    EXPECT_EQ(refused([](json& c) { c.erase("drill"); }),
              "device.comms.drill: expected a drill key (a lowercase UUID)");
    EXPECT_EQ(refused([](json& c) { c["drill"] = "Flood drill"; }),
              "device.comms.drill: expected a drill key (a lowercase UUID)");
    EXPECT_EQ(refused([](json& c) { c["drill"] = 7; }), "device.comms.drill: expected a drill key (a lowercase UUID)");
}

TEST(SyncResponseCodec, RoundTripsAndRejectsBadChanges) {
    SyncResponse resp;
    resp.acks = {{"3fa2c9e01b7d4e55-17", AckStatus::applied, {}},
                 {"3fa2c9e01b7d4e55-19", AckStatus::rejected, Error{ErrorCode::forbidden, "no"}}};
    resp.changes.push_back(Change{
        1042, EntityType::task, kKey,
        json{{"status", {{"v", "done"}, {"hlc", {{"ms", 5}, {"c", 0}, {"r", kReplica}}}}}}, false});
    resp.changes.push_back(Change{0, EntityType::task, kKey, json::object(), true});
    resp.cursor = "1043";
    resp.server_time_ms = 1764390000456;
    auto decoded = decode_sync_response(encode_sync_response(resp));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, resp);

    json bad = encode_sync_response(resp);
    bad["changes"][0]["fields"]["status"]["v"] = "finished";
    auto refused = decode_sync_response(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::bad_json);
    EXPECT_EQ(refused.error().message,
              "changes[0].fields.status.v: expected one of open, acknowledged, in_progress, done, blocked, cancelled");
    bad = encode_sync_response(resp);
    bad["acks"][1].erase("error");
    EXPECT_EQ(decode_sync_response(bad).error().message, "acks[1].error: required exactly when status is rejected");
}

TEST(SyncResponseCodec, WipeRoundTripsAndStaysStrict) {
    SyncResponse resp;
    resp.acks = {{"3fa2c9e01b7d4e55-17", AckStatus::applied, {}}};
    resp.cursor = "1043";
    resp.server_time_ms = 1764390000456;
    EXPECT_FALSE(encode_sync_response(resp).contains("wipe"));  // absent unless wiped
    auto plain = decode_sync_response(encode_sync_response(resp));
    ASSERT_TRUE(plain.ok()) << plain.error().message;
    EXPECT_FALSE(plain->wipe);

    resp.wipe = WipeNotice{"Phone reported lost"};
    const json wire = encode_sync_response(resp);
    EXPECT_EQ(wire.at("wipe"), (json{{"reason", "Phone reported lost"}}));
    auto decoded = decode_sync_response(wire);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, resp);
    EXPECT_EQ(decoded->acks.size(), 1u);  // the acks of a wiping answer still count

    // Unknown fields are still refused, at the top and inside `wipe`.
    json bad = wire;
    bad["wiped"] = true;
    EXPECT_EQ(decode_sync_response(bad).error().message, "wiped: unknown field");
    bad = wire;
    bad["wipe"]["when"] = 1;
    EXPECT_EQ(decode_sync_response(bad).error().message, "wipe.when: unknown field");
    bad = wire;
    bad["wipe"] = "lost";
    EXPECT_EQ(decode_sync_response(bad).error().message, "wipe: expected an object");
    bad = wire;
    bad["wipe"].erase("reason");
    EXPECT_EQ(decode_sync_response(bad).error().message, "wipe.reason: expected a string");
}

TEST(LoginCodec, RoundTrips) {
    LoginRequest req{"alice", "secret", "phone", kReplica};
    auto r = decode_login_request(encode_login_request(req));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->replica_id, kReplica);
    LoginResponse resp{"tok", 5, "m", "Alice", Role::coordinator, kKey, 7};
    auto d = decode_login_response(encode_login_response(resp));
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->role, Role::coordinator);
    EXPECT_EQ(d->unit, kKey);
}

}  // namespace
}  // namespace muster
