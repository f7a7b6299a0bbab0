// GET /v1/blobs/{sha256} for callers who did not upload the blob: allowed only
// through a log they can read whose author uploaded it (real server process).
#include <gtest/gtest.h>

#include "muster/sha256.hpp"
#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

class BlobScope : public SyncFixture {
protected:
    void SetUp() override {
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        for (const auto* login : {"admin", "alice", "carol", "bob", "ncoord", "coord", "neva"}) clients_[login] = client(login);
        auto& admin = clients_["admin"];
        const auto answer = sync(admin, {
            admin.set("task", north_task_, {{"title", "Sandbags"}, {"unit", units_["north"]}, {"status", "open"}}),
            admin.set("task", south_task_, {{"title", "Pumps"}, {"unit", units_["south"]}, {"status", "open"}}),
            admin.set("drill", drill_, {{"unit", units_["north"]}, {"title", "Flood"}, {"state", "running"},
                                        {"started_at", now_ms() - 1000}, {"paused_ms", 0}}),
            admin.set("task", hidden_inject_, {{"title", "Later"}, {"unit", units_["north"]}, {"drill", drill_},
                                               {"release_offset_ms", 3'600'000}}),
        });
        for (const auto& ack : answer["acks"]) ASSERT_EQ(ack["status"], "applied") << answer.dump();
    }

    /// PUT (as `login`) and return the hash.
    std::string upload(const std::string& login, const std::string& bytes) {
        const auto hash = sha256_hex(bytes);
        const auto r = blob("PUT", login, hash, bytes);
        EXPECT_TRUE(r.status == 201 || r.status == 200) << r.body;
        return hash;
    }
    HttpResult blob(const std::string& method, const std::string& login, const std::string& hash,
                    const std::string& body = {}) {
        return http(port(), method, "/v1/blobs/" + hash, body, {{"Authorization", "Bearer " + clients_[login].token}});
    }
    /// `login` appends a log on `task` listing `hash`; expects it applied.
    void attach(const std::string& login, const std::string& task, const std::string& hash) {
        auto& c = clients_[login];
        auto op = c.log(uuid(), task, "action", "photo attached");
        op["fields"]["attachments"] = json::array({hash});
        EXPECT_EQ(push_one(c, op)["status"], "applied") << login;
    }
    int get(const std::string& login, const std::string& hash) { return blob("GET", login, hash).status; }

    std::map<std::string, SyncClient> clients_;
    std::string north_task_ = uuid(), south_task_ = uuid(), drill_ = uuid(), hidden_inject_ = uuid();
};

TEST_F(BlobScope, ALogInScopeByTheUploaderGrantsReadingAndOtherUnitsGet404) {
    const auto photo = upload("alice", "levee photo");
    EXPECT_EQ(get("carol", photo), 404) << "no log refers to it yet";
    attach("alice", north_task_, photo);
    EXPECT_EQ(get("carol", photo), 200) << "member of the same unit";
    EXPECT_EQ(get("ncoord", photo), 200) << "coordinator of the unit";
    EXPECT_EQ(get("coord", photo), 200) << "coordinator above it";
    EXPECT_EQ(get("neva", photo), 200) << "evaluator of the unit";
    EXPECT_EQ(get("admin", photo), 200);
    const auto bob = blob("GET", "bob", photo);
    EXPECT_EQ(bob.status, 404) << "another unit";
    EXPECT_EQ(bob.error_code(), "not_found");
}

TEST_F(BlobScope, HeadAnswersLikeGetSoAMemberWhoDidNotUploadAFileUploadsItAndItsLogOpensIt) {
    const std::string bytes = "the briefing everyone forwards";
    const auto briefing = upload("alice", bytes);
    attach("alice", north_task_, briefing);
    EXPECT_EQ(blob("HEAD", "alice", briefing).status, 200) << "her upload";
    EXPECT_EQ(blob("HEAD", "carol", briefing).status, 200) << "through alice's log in her unit";
    const auto bob = blob("HEAD", "bob", briefing);
    EXPECT_EQ(bob.status, 404) << "it exists, but not for him: HEAD does not say so either";
    EXPECT_TRUE(bob.body.empty());

    // Bob has the same file and attaches it in his own unit. The app asks HEAD
    // first and uploads on 404; his upload makes his log open it for his unit.
    attach("bob", south_task_, briefing);
    const auto seen = http(port(), "HEAD", "/v1/blobs/" + briefing, {},
                           {{"Authorization", "Bearer " + clients_["ncoord"].token}});
    EXPECT_EQ(seen.status, 200);
    EXPECT_EQ(seen.headers.at("content-length"), std::to_string(bytes.size()));
    EXPECT_EQ(blob("HEAD", "bob", briefing).status, 404) << "his log alone does not open it";
    EXPECT_EQ(upload("bob", bytes), briefing);
    EXPECT_EQ(blob("HEAD", "bob", briefing).status, 200);
    EXPECT_EQ(get("bob", briefing), 200);
}

TEST_F(BlobScope, AHashCopiedIntoALogOfAnotherUnitDoesNotOpenIt) {
    const auto photo = upload("alice", "north's private photo");
    attach("alice", north_task_, photo);
    // bob learnt the hash and lists it in a log of his own unit.
    attach("bob", south_task_, photo);
    EXPECT_EQ(get("bob", photo), 404) << "his log's author (bob) never uploaded it";
}

TEST_F(BlobScope, TheLogMayArriveBeforeTheUpload) {
    const std::string bytes = "offline photo, uploaded after its log";
    const auto hash = sha256_hex(bytes);
    attach("alice", north_task_, hash);
    EXPECT_EQ(get("carol", hash), 404) << "not uploaded yet";
    upload("alice", bytes);
    EXPECT_EQ(get("carol", hash), 200);
}

TEST_F(BlobScope, AHiddenInjectsAttachmentsStayHiddenFromMembers) {
    const auto briefing = upload("ncoord", "controller's briefing");
    attach("ncoord", hidden_inject_, briefing);
    EXPECT_EQ(get("carol", briefing), 404) << "the inject is not released";
    EXPECT_EQ(get("coord", briefing), 200) << "coordinators see injects";
}

}  // namespace
}  // namespace muster::test
