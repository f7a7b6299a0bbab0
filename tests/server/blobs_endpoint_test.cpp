// PUT / HEAD / GET /v1/blobs/{sha256}, against an in-process demo server.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "muster/server/admin.hpp"
#include "muster/server/blobs.hpp"
#include "support/test_db.hpp"
#include "support/demo_server.hpp"
#include "support/http_client.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;
namespace beast = boost::beast;
using server::BlobStore;

struct HeadResult {
    int status = 0;
    std::string content_length;
    std::size_t extra_bytes = 0;  ///< bytes after the header (a HEAD answer has none)
};

/// HEAD with Beast (the raw test client would wait for the body a HEAD answer never has).
HeadResult head(std::uint16_t port, const std::string& target, const std::string& token) {
    HeadResult result;
    boost::asio::io_context ioc;
    beast::tcp_stream stream(ioc);
    beast::error_code ec;
    stream.connect({boost::asio::ip::make_address("127.0.0.1"), port}, ec);
    if (ec) return result;
    beast::http::request<beast::http::empty_body> request{beast::http::verb::head, target, 11};
    request.set(beast::http::field::host, "127.0.0.1");
    if (!token.empty()) request.set(beast::http::field::authorization, "Bearer " + token);
    beast::http::write(stream, request, ec);
    beast::flat_buffer buffer;
    beast::http::response_parser<beast::http::empty_body> parser;
    parser.skip(true);
    if (!ec) beast::http::read(stream, buffer, parser, ec);
    if (ec) return result;
    result.status = static_cast<int>(parser.get().result_int());
    result.content_length = std::string(parser.get()[beast::http::field::content_length]);
    std::this_thread::sleep_for(100ms);
    result.extra_bytes = buffer.size() + stream.socket().available(ec);
    return result;
}

class Blobs : public ::testing::Test {
protected:
    void SetUp() override {
        server_ = std::make_unique<DemoServer>();
        ASSERT_NE(server_->port(), 0);
        alice_ = login_token(port(), "alice");
        bob_ = login_token(port(), "bob");
        ASSERT_FALSE(alice_.empty());
        ASSERT_FALSE(bob_.empty());
    }
    std::uint16_t port() const { return server_->port(); }
    HttpResult call(const std::string& method, const std::string& hash, const std::string& token,
                    const std::string& body = {}) {
        std::map<std::string, std::string> headers;
        if (!token.empty()) headers["Authorization"] = "Bearer " + token;
        return http(port(), method, "/v1/blobs/" + hash, body, headers);
    }

    std::unique_ptr<DemoServer> server_;
    std::string alice_, bob_;
};

TEST_F(Blobs, UploadIsCreatedThenAlreadyThereAndReadableByTheUploader) {
    const std::string photo = "\x89PNG\r\n\x1a\n not really a photo \x00\x01\x02";
    const auto hash = BlobStore::hash_of(photo);
    const auto first = call("PUT", hash, alice_, photo);
    EXPECT_EQ(first.status, 201) << first.body;
    EXPECT_EQ(first.json()["hash"], hash);
    EXPECT_EQ(call("PUT", hash, alice_, photo).status, 200);

    const auto h = head(port(), "/v1/blobs/" + hash, alice_);
    EXPECT_EQ(h.status, 200);
    EXPECT_EQ(h.content_length, std::to_string(photo.size()));
    EXPECT_EQ(h.extra_bytes, 0u) << "a HEAD answer has no body";

    const auto got = call("GET", hash, alice_);
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.headers.at("content-type"), "application/octet-stream");
    EXPECT_EQ(got.body, photo);

    // Durable layout: blobs/ab/cdef…, nothing left in tmp/.
    const fs::path stored = fs::path(server_->data()) / "blobs" / hash.substr(0, 2) / hash.substr(2);
    EXPECT_TRUE(fs::is_regular_file(stored));
    EXPECT_TRUE(fs::is_empty(fs::path(server_->data()) / "blobs" / "tmp"));
}

TEST_F(Blobs, ABodyWithAnotherHashIsRejected) {
    const auto r = call("PUT", BlobStore::hash_of("expected bytes"), alice_, "other bytes");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.error_code(), "hash_mismatch");
    EXPECT_EQ(head(port(), "/v1/blobs/" + BlobStore::hash_of("expected bytes"), alice_).status, 404);
}

TEST_F(Blobs, MalformedAddressesAre400AndTouchNoFile) {
    const auto before = std::distance(fs::recursive_directory_iterator(server_->dir().path()), {});
    const std::string upper = BlobStore::hash_of("x").substr(0, 63) + "A";
    for (const std::string& target :
         {std::string("/v1/blobs/abc"), "/v1/blobs/" + upper, "/v1/blobs/" + BlobStore::hash_of("x") + "0",
          std::string("/v1/blobs/..%2F..%2F..%2Fetc%2Fpasswd"), std::string("/v1/blobs/../../etc/passwd"),
          std::string("/v1/blobs/ab/cdef"), std::string("/v1/blobs/"),
          "/v1/blobs/" + std::string(62, '.') + "ab"}) {
        for (const std::string method : {"PUT", "GET"}) {
            const auto r = http(port(), method, target, method == "PUT" ? "x" : "", {{"Authorization", "Bearer " + alice_}});
            EXPECT_EQ(r.status, 400) << method << " " << target << " " << r.body;
            EXPECT_EQ(r.error_code(), "bad_request") << method << " " << target;
        }
    }
    const auto after = std::distance(fs::recursive_directory_iterator(server_->dir().path()), {});
    EXPECT_EQ(before, after);
}

TEST_F(Blobs, EveryCallNeedsAToken) {
    const auto hash = BlobStore::hash_of("secret");
    EXPECT_EQ(call("PUT", hash, "", "secret").status, 401);
    EXPECT_EQ(call("PUT", hash, "bogus", "secret").error_code(), "unauthenticated");
    EXPECT_EQ(call("GET", hash, "").status, 401);
    EXPECT_EQ(head(port(), "/v1/blobs/" + hash, "").status, 401);
}

TEST_F(Blobs, OthersGet404AsIfItDidNotExist) {
    const auto hash = BlobStore::hash_of("alice's photo");
    ASSERT_EQ(call("PUT", hash, alice_, "alice's photo").status, 201);
    const auto theirs = call("GET", hash, bob_);
    const auto missing = call("GET", BlobStore::hash_of("nobody's"), bob_);
    EXPECT_EQ(theirs.status, 404);
    EXPECT_EQ(theirs.error_code(), "not_found");
    EXPECT_EQ(theirs.json()["error"]["message"], missing.json()["error"]["message"])
        << "the answer must not disclose that it exists";
    // Uploading the same bytes proves possession: then bob may read it too.
    EXPECT_EQ(call("PUT", hash, bob_, "alice's photo").status, 200);
    EXPECT_EQ(call("GET", hash, bob_).status, 200);
}

TEST_F(Blobs, BodyLimitIsPerRoute) {
    const std::string big(20 * 1024 * 1024, 'b');  // over the 8 MiB JSON limit, under 25 MiB
    EXPECT_EQ(call("PUT", BlobStore::hash_of(big), alice_, big).status, 201);
    const std::string too_big(25 * 1024 * 1024 + 1, 'c');
    const auto over = call("PUT", BlobStore::hash_of(too_big), alice_, too_big);
    EXPECT_EQ(over.status, 413);
    EXPECT_EQ(over.error_code(), "payload_too_large");
    const auto json_route = http(port(), "POST", "/v1/auth/login", std::string(9 * 1024 * 1024, ' '));
    EXPECT_EQ(json_route.status, 413) << "other routes keep the 8 MiB limit";
}

TEST(BlobStoreUnit, OpeningRemovesOnlyStaleUploadsBecauseTheFolderMayBeShared) {
    TempDir dir;
    ASSERT_TRUE(server::admin::init(dir.sub("data"), fresh_test_db()).ok());
    auto directory = server::Directory::open(dir.sub("data"), SystemClock::instance());
    ASSERT_TRUE(directory.ok()) << directory.error().message;
    const auto tmp = fs::path(dir.sub("data")) / "blobs" / "tmp";
    fs::create_directories(tmp);
    std::ofstream(tmp / "old.part") << "cut short by a crash an hour ago";
    std::ofstream(tmp / "new.part") << "another instance is writing this one";
    fs::last_write_time(tmp / "old.part", fs::file_time_type::clock::now() - std::chrono::hours(1));
    auto store = BlobStore::open(dir.sub("data"), (*directory)->store());
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_FALSE(fs::exists(tmp / "old.part"));
    EXPECT_TRUE(fs::exists(tmp / "new.part"));
}

TEST(BlobStoreUnit, StoresOnceAndRecordsUploaders) {
    TempDir dir;
    ASSERT_TRUE(server::admin::init(dir.sub("data"), fresh_test_db()).ok());
    auto directory = server::Directory::open(dir.sub("data"), SystemClock::instance());
    ASSERT_TRUE(directory.ok()) << directory.error().message;
    auto store = BlobStore::open(dir.sub("data"), (*directory)->store());
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto& blobs = **store;
    EXPECT_TRUE(BlobStore::is_hash(BlobStore::hash_of("")));
    EXPECT_FALSE(BlobStore::is_hash("../" + BlobStore::hash_of("").substr(3)));
    const auto hash = BlobStore::hash_of("bytes");
    EXPECT_FALSE(blobs.size_of(hash)->has_value());
    EXPECT_TRUE(*blobs.put(hash, "bytes"));
    EXPECT_FALSE(*blobs.put(hash, "bytes")) << "already there";
    EXPECT_EQ(**blobs.size_of(hash), 5u);
    EXPECT_EQ(**blobs.read(hash), "bytes");
    EXPECT_FALSE(*blobs.is_uploader(hash, "m1"));
    EXPECT_TRUE(blobs.record_uploader(hash, "m1", 1).ok());
    EXPECT_TRUE(blobs.record_uploader(hash, "m1", 2).ok()) << "idempotent";
    EXPECT_TRUE(*blobs.is_uploader(hash, "m1"));
    EXPECT_FALSE(*blobs.is_uploader(hash, "m2"));
    server::UploaderOnlyAccess access;
    EXPECT_FALSE(*access.referenced_in_scope(server::Caller{}, hash));
}

}  // namespace
}  // namespace muster::test
