// POST /v1/sync with a gzipped body (`Content-Encoding: gzip`, the project's
// addition to the contract): applied like plain JSON; bombs, corrupt streams
// and unknown encodings are refused with the protocol's errors and change nothing.
#include <gtest/gtest.h>

#include "muster/server/blobs.hpp"
#include "support/gzip.hpp"
#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

class SyncRequestGzip : public SyncFixture {
protected:
    void SetUp() override {
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        admin_ = client("admin");
    }
    /// A request creating `n` tasks in north.
    json request(int n) {
        json ops = json::array();
        for (int i = 0; i < n; ++i) {
            ops.push_back(admin_.set("task", uuid(), {{"title", "Task " + std::to_string(i)}, {"unit", units_["north"]},
                                                      {"status", "open"}, {"priority", "normal"}}));
        }
        return {{"replica_id", admin_.replica}, {"ops", ops}, {"cursor", ""}, {"limit", 1}};
    }
    int task_count() {
        std::string cursor;
        int n = 0;
        for (const auto& c : pull_all(admin_, cursor)) n += c["entity"] == "task" ? 1 : 0;
        return n;
    }
    SyncClient admin_;
};

TEST_F(SyncRequestGzip, AGzippedRequestIsAppliedLikePlainJson) {
    const int before = task_count();
    const auto body = request(100).dump();
    const auto packed = gzip(body);
    ASSERT_FALSE(packed.empty());
    EXPECT_LT(packed.size() * 3, body.size()) << "100 similar ops compress well";
    const auto r = sync_raw(admin_.token, packed, {{"Content-Encoding", "gzip"}});
    ASSERT_EQ(r.status, 200) << r.body;
    const auto answer = r.json();
    ASSERT_EQ(answer["acks"].size(), 100u);
    for (const auto& ack : answer["acks"]) EXPECT_EQ(ack["status"], "applied");
    EXPECT_EQ(task_count(), before + 100);
}

TEST_F(SyncRequestGzip, ABombOverTheLimitIs413AndAppliesNothing) {
    const int before = task_count();
    // 9 MiB of spaces inside a valid request: about 9 KiB on the wire.
    auto body = request(1).dump();
    body.insert(1, std::string(9 * 1024 * 1024, ' '));
    const auto r = sync_raw(admin_.token, gzip(body), {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(r.status, 413) << r.body;
    EXPECT_EQ(r.error_code(), "payload_too_large");
    EXPECT_EQ(task_count(), before);
}

TEST_F(SyncRequestGzip, CorruptTruncatedOrUnknownEncodingsAre400) {
    const int before = task_count();
    const auto packed = gzip(request(3).dump());
    const auto truncated = sync_raw(admin_.token, packed.substr(0, packed.size() / 2), {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(truncated.status, 400) << truncated.body;
    EXPECT_EQ(truncated.error_code(), "bad_request");
    const auto plain_as_gzip = sync_raw(admin_.token, request(3).dump(), {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(plain_as_gzip.status, 400);
    EXPECT_EQ(plain_as_gzip.error_code(), "bad_request");
    const auto trailing = sync_raw(admin_.token, packed + "junk", {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(trailing.status, 400);
    const auto brotli = sync_raw(admin_.token, packed, {{"Content-Encoding", "br"}});
    EXPECT_EQ(brotli.status, 400);
    EXPECT_NE(brotli.json()["error"]["message"].get<std::string>().find("br"), std::string::npos);
    const auto gzipped_garbage = sync_raw(admin_.token, gzip("{\"ops\": [tru"), {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(gzipped_garbage.status, 400);
    EXPECT_EQ(gzipped_garbage.error_code(), "bad_json");
    EXPECT_EQ(task_count(), before);
}

// Coding names are case-insensitive (RFC 9110 §8.4.1) and `x-gzip` is gzip;
// and a body is decoded the same on every route: sign-in and blob uploads
// read a gzipped body as sync does, and refuse an unknown coding as it does.
TEST_F(SyncRequestGzip, EveryRouteDecodesTheSameCodingsInAnyCase) {
    const int before = task_count();
    for (const char* coding : {"GZIP", "x-gzip", " gzip "}) {
        const auto r = sync_raw(admin_.token, gzip(request(1).dump()), {{"Content-Encoding", coding}});
        EXPECT_EQ(r.status, 200) << coding << ": " << r.body;
    }
    EXPECT_EQ(task_count(), before + 3);

    const std::string login = R"({"login": "admin", "password": "muster-demo"})";
    const auto signed_in = http(port(), "POST", "/v1/auth/login", gzip(login), {{"Content-Encoding", "gzip"}});
    EXPECT_EQ(signed_in.status, 200) << signed_in.body;
    const auto unknown = http(port(), "POST", "/v1/auth/login", login, {{"Content-Encoding", "br"}});
    EXPECT_EQ(unknown.status, 400) << unknown.body;
    EXPECT_EQ(unknown.error_code(), "bad_request");

    const std::string photo(20'000, 'p');
    const auto hash = server::BlobStore::hash_of(photo);
    const std::map<std::string, std::string> auth{{"Authorization", "Bearer " + admin_.token}};
    auto packed_upload = auth;
    packed_upload["Content-Encoding"] = "gzip";
    const auto put = http(port(), "PUT", "/v1/blobs/" + hash, gzip(photo), packed_upload);
    EXPECT_EQ(put.status, 201) << put.body;
    const auto got = http(port(), "GET", "/v1/blobs/" + hash, "", auth);
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.body, photo) << "stored as the file, not as its gzip";
    auto odd_upload = auth;
    odd_upload["Content-Encoding"] = "compress";
    const auto refused = http(port(), "PUT", "/v1/blobs/" + server::BlobStore::hash_of("x"), "x", odd_upload);
    EXPECT_EQ(refused.status, 400) << refused.body;
    EXPECT_EQ(refused.error_code(), "bad_request");
}

}  // namespace
}  // namespace muster::test
