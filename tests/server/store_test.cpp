#include <gtest/gtest.h>

#include <atomic>
#include <barrier>
#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "muster/schema.hpp"
#include "muster/server/admin.hpp"
#include "muster/server/auth.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/directory.hpp"
#include "muster/server/log.hpp"
#include "support/test_db.hpp"
#include "support/process.hpp"

namespace muster::server {
namespace {

using muster::test::TempDir;

std::unique_ptr<Directory> fresh(const TempDir& dir, const Clock& clock) {
    return test::fresh_directory(dir.sub("data"), clock);
}

/// The demo data (logins alice, bob, …, password "muster-demo", cheap hashes)
/// seeded into dir/data, opened on `clock`, after `more` has run on the folder.
std::unique_ptr<Directory> demo(const TempDir& dir, const Clock& clock,
                                const std::function<void(const std::string&)>& more = {}) {
    const auto data = dir.sub("data");
    const auto seeded = admin::seed_demo(data, HashCost::insecure_for_tests(), test::fresh_test_db());
    EXPECT_TRUE(seeded.ok()) << (seeded ? "" : seeded.error().message);
    if (more) more(data);
    auto opened = Directory::open(data, clock);
    EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message);
    return opened ? std::move(*opened) : nullptr;
}

TEST(ServerStore, CreateRefusesAnExistingDatabase) {
    TempDir dir;
    ManualClock clock;
    ASSERT_TRUE(fresh(dir, clock));
    auto again = Directory::create(dir.sub("data"), clock, test::fresh_test_db());
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().message.find("--data"), std::string::npos);
}

TEST(ServerStore, OpenRefusesAFolderWithoutDatabase) {
    TempDir dir;
    ManualClock clock;
    auto opened = Directory::open(dir.path(), clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.error().message.find("--data"), std::string::npos);
}

TEST(ServerStore, OpenRefusesANewerSchema) {
    TempDir dir;
    ManualClock clock;
    fresh(dir, clock).reset();
    test::set_schema_version(dir.sub("data"), 99);
    auto opened = Directory::open(dir.sub("data"), clock);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::version_too_new);
    EXPECT_NE(opened.error().message.find("newer"), std::string::npos);
}

TEST(ServerStore, ReplicaIdIsSixteenHexAndStable) {
    TempDir dir;
    ManualClock clock;
    std::string id;
    {
        auto d = fresh(dir, clock);
        id = d->store().replica_id();
    }
    EXPECT_TRUE(is_replica_id(id));
    auto reopened = Directory::open(dir.sub("data"), clock);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->store().replica_id(), id);
}

TEST(ServerStore, UnitsAreEntitiesWithServerStampedFieldsAndRisingSeq) {
    TempDir dir;
    ManualClock clock(1'764'000'000'000);
    auto d = fresh(dir, clock);
    auto hq = d->add_unit("hq", "Regional HQ", "");
    ASSERT_TRUE(hq.ok());
    auto north = d->add_unit("north", "North Sector", "hq");
    ASSERT_TRUE(north.ok());
    EXPECT_EQ(north->parent_key, hq->key);
    EXPECT_EQ(hq->key.size(), 36u);

    auto rows = d->store().list_entities("unit");
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_LT((*rows)[0].changed_seq, (*rows)[1].changed_seq);
    const auto& fields = (*rows)[1].fields;
    EXPECT_EQ(fields["code"]["v"], "north");
    EXPECT_EQ(fields["parent"]["v"], hq->key);
    EXPECT_EQ(fields["name"]["hlc"]["r"], d->store().replica_id());
    EXPECT_EQ(fields["name"]["hlc"]["ms"], 1'764'000'000'000);
    EXPECT_EQ((*rows)[0].fields["parent"]["v"], nullptr);
    EXPECT_EQ((*rows)[1].unit, north->key);
}

TEST(ServerStore, KeysOfEntitiesTheServerCreatesAreTimeOrderedUuids) {
    const auto before = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch()).count();
    const std::string first = new_uuid();
    const std::string second = new_uuid();
    EXPECT_TRUE(is_uuid(first));
    EXPECT_EQ(first[14], '7') << first;  // version 7
    EXPECT_NE(first, second);
    // The first 48 bits are the creation time in ms.
    const auto ms = std::stoll(first.substr(0, 8) + first.substr(9, 4), nullptr, 16);
    EXPECT_GE(ms, before);
    EXPECT_LE(ms, before + 60'000);
}

TEST(ServerStore, ClockIsRestoredAfterReopen) {
    TempDir dir;
    ManualClock clock(1'764'000'000'000);
    Hlc before;
    {
        auto d = fresh(dir, clock);
        ASSERT_TRUE(d->add_unit("hq", "HQ", "").ok());
        ASSERT_TRUE(d->add_unit("a", "A", "hq").ok());
        before = d->clock().last();
    }
    auto reopened = Directory::open(dir.sub("data"), clock);  // wall clock did not move
    ASSERT_TRUE(reopened.ok());
    EXPECT_GT((*reopened)->clock().now(), before);
}

TEST(ServerStore, UnitErrorsNameTheOption) {
    TempDir dir;
    ManualClock clock;
    auto d = fresh(dir, clock);
    EXPECT_NE(d->add_unit("Bad Code", "x", "").error().message.find("--code"), std::string::npos);
    EXPECT_NE(d->add_unit(std::string(33, 'a'), "x", "").error().message.find("--code"), std::string::npos);
    EXPECT_NE(d->add_unit("ok", "x", "missing").error().message.find("--parent"), std::string::npos);
    ASSERT_TRUE(d->add_unit("ok", "x", "").ok());
    EXPECT_NE(d->add_unit("ok", "y", "").error().message.find("--code"), std::string::npos);
    EXPECT_TRUE(d->add_unit("a-1", "x", "ok").ok());
}

TEST(ServerStore, MembersAndCredentialsAreWrittenTogether) {
    TempDir dir;
    ManualClock clock;
    auto d = fresh(dir, clock);
    ASSERT_TRUE(d->add_unit("hq", "HQ", "").ok());
    auto m = d->add_member("alice", "Alice", "hq", "member", "hash");
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(d->add_member("alice", "Other", "hq", "member", "hash").error().message.find("--login"), 0u);
    EXPECT_EQ(d->add_member("bob", "Bob", "nowhere", "member", "hash").error().message.find("--unit"), 0u);
    EXPECT_EQ(d->add_member("bob", "Bob", "hq", "boss", "hash").error().message.find("--role"), 0u);
    auto members = d->members();
    ASSERT_TRUE(members.ok());
    ASSERT_EQ(members->size(), 1u);
    EXPECT_EQ((*members)[0].login, "alice");
    auto creds = d->store().find_credentials("alice");
    ASSERT_TRUE(creds.ok() && creds->has_value());
    EXPECT_EQ((*creds)->member_key, m->key);
}

TEST(ServerStore, TokensAndFailures) {
    TempDir dir;
    ManualClock clock;
    auto d = fresh(dir, clock);
    auto& store = d->store();
    const auto hash = sha256("token");
    ASSERT_EQ(hash.size(), 32u);
    ASSERT_TRUE(store.insert_token(hash, {"m1", 1, 100, false, std::string("0123456789abcdef")}).ok());
    auto found = store.find_token(hash);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->expires_ms, 100);
    EXPECT_EQ((*found)->device_replica_id, "0123456789abcdef");
    ASSERT_TRUE(store.revoke_token(hash).ok());
    EXPECT_TRUE((*store.find_token(hash))->revoked);
    EXPECT_FALSE(store.find_token(sha256("other"))->has_value());

    ASSERT_TRUE(store.record_login_failure("x", 1000).ok());
    ASSERT_TRUE(store.record_login_failure("x", 2000).ok());
    EXPECT_EQ(*store.count_login_failures("x", 1500), 1);
    EXPECT_EQ(*store.count_login_failures("x", 0), 2);
    ASSERT_TRUE(store.clear_login_failures("x").ok());
    EXPECT_EQ(*store.count_login_failures("x", 0), 0);
}

TEST(ServerStore, ASessionIsTheTokenWithItsMemberAndWhetherItsLoginIsDisabledInOneRead) {
    TempDir dir;
    ManualClock clock;
    auto d = fresh(dir, clock);
    ASSERT_TRUE(d->add_unit("hq", "HQ", "").ok());
    auto alice = d->add_member("alice", "Alice", "hq", "coordinator", "hash");
    ASSERT_TRUE(alice.ok());
    auto& store = d->store();
    const auto hash = sha256("alice's token");
    ASSERT_TRUE(store.insert_token(hash, {alice->key, 1, 100, false, std::nullopt}).ok());

    auto session = store.find_session(hash);
    ASSERT_TRUE(session.ok() && session->has_value());
    EXPECT_EQ((*session)->token.member_key, alice->key);
    EXPECT_FALSE((*session)->token.device_replica_id.has_value());
    ASSERT_TRUE((*session)->member.has_value());
    const auto member = to_member(*(*session)->member);
    EXPECT_EQ(member.login, "alice");
    EXPECT_EQ(member.role, "coordinator");
    EXPECT_EQ(member.unit_key, (*d->units())[0].key);
    EXPECT_EQ((*session)->disabled, std::optional<bool>(false));

    ASSERT_TRUE(store.set_disabled("alice", true).ok());
    EXPECT_EQ((*store.find_session(hash))->disabled, std::optional<bool>(true));

    // A token whose member is gone: the token, and nothing else.
    const auto orphan = sha256("orphan");
    ASSERT_TRUE(store.insert_token(orphan, {"no-such-member", 1, 100, false, std::nullopt}).ok());
    auto lone = store.find_session(orphan);
    ASSERT_TRUE(lone.ok() && lone->has_value());
    EXPECT_FALSE((*lone)->member.has_value());
    EXPECT_FALSE((*lone)->disabled.has_value());
    EXPECT_FALSE(store.find_session(sha256("unknown"))->has_value());
}

TEST(AuthService, LoginAuthenticateLogoutInProcess) {
    log::set_enabled(false);
    TempDir dir;
    ManualClock clock;
    auto d = demo(dir, clock);
    ASSERT_TRUE(d);
    ServerConfig config;
    config.token_ttl_ms = 1000;
    AuthService auth(*d, clock, config);

    auto answer = auth.login({"alice", "muster-demo", "phone", std::nullopt, ""});
    ASSERT_TRUE(answer.ok()) << answer.error().message;
    EXPECT_EQ(answer->token.size(), 43u);
    auto caller = auth.authenticate("Bearer " + answer->token);
    ASSERT_TRUE(caller.ok());
    EXPECT_EQ(caller->role, "member");
    EXPECT_EQ(caller->member_key, answer->member.key);
    EXPECT_EQ(auth.authenticate("bearer " + answer->token).ok(), true);  // scheme is case-insensitive
    EXPECT_EQ(auth.authenticate("").error().code, ErrorCode::unauthenticated);
    EXPECT_EQ(auth.authenticate("Basic abc").error().code, ErrorCode::unauthenticated);

    clock.advance_ms(1000);  // expired exactly at expires_at_ms
    EXPECT_EQ(auth.authenticate("Bearer " + answer->token).error().code, ErrorCode::unauthenticated);

    auto second = auth.login({"alice", "muster-demo", "", std::nullopt, ""});
    ASSERT_TRUE(second.ok());
    auto who = auth.authenticate("Bearer " + second->token);
    ASSERT_TRUE(who.ok());
    ASSERT_TRUE(auth.logout(*who).ok());
    EXPECT_EQ(auth.authenticate("Bearer " + second->token).error().code, ErrorCode::unauthenticated);
}

TEST(AuthService, ConcurrentWrongPasswordsNeverGetPastTheFailureLimit) {
    log::set_enabled(false);
    TempDir dir;
    ManualClock clock;
    auto d = demo(dir, clock, [](const std::string& data) {
        // The real cost: each check takes long enough for all attempts to be checking at once.
        EXPECT_TRUE(
            admin::add_member(data, "target", "Target", "north", "member", "right password", HashCost::standard()).ok());
    });
    ASSERT_TRUE(d);
    const ServerConfig config;
    AuthService auth(*d, clock, config);
    constexpr int kAttempts = 16;
    std::barrier start(kAttempts);
    std::atomic<int> refused{0}, limited{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kAttempts; ++i) {
        threads.emplace_back([&] {
            start.arrive_and_wait();
            const auto answer = auth.login({"target", "wrong", "", std::nullopt, ""});
            const auto code = answer.ok() ? ErrorCode::internal : answer.error().code;
            (code == ErrorCode::invalid_credentials ? refused : code == ErrorCode::rate_limited ? limited : other)++;
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(refused.load(), config.login_failure_limit) << "each attempt past the limit is refused unchecked";
    EXPECT_EQ(limited.load(), kAttempts - config.login_failure_limit);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(*d->store().count_login_failures("target", 0), config.login_failure_limit);
    EXPECT_EQ(auth.login({"target", "right password", "", std::nullopt, ""}).error().code, ErrorCode::rate_limited);
}

TEST(AuthService, ALiveTokenOfADisabledLoginIsRefused) {
    // `member disable` also revokes the tokens; a login disabled by any other
    // path (or a token written since) is still refused at every request.
    log::set_enabled(false);
    TempDir dir;
    ManualClock clock;
    auto d = demo(dir, clock);
    ASSERT_TRUE(d);
    AuthService auth(*d, clock, ServerConfig{});
    auto answer = auth.login({"bob", "muster-demo", "", std::nullopt, ""});
    ASSERT_TRUE(answer.ok());
    auto caller = auth.authenticate("Bearer " + answer->token);
    ASSERT_TRUE(caller.ok());
    EXPECT_EQ(caller->role, "member");
    ASSERT_TRUE(d->store().set_disabled("bob", true).ok());
    auto refused = auth.authenticate("Bearer " + answer->token);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::unauthenticated);
    EXPECT_EQ(refused.error().message, "The account is disabled.");
}

TEST(AuthService, DisabledMemberCannotLoginAndLosesTokens) {
    log::set_enabled(false);
    TempDir dir;
    ManualClock clock;
    std::string token;
    {
        auto d = demo(dir, clock);
        ASSERT_TRUE(d);
        AuthService auth(*d, clock, ServerConfig{});
        auto answer = auth.login({"bob", "muster-demo", "", std::nullopt, ""});
        ASSERT_TRUE(answer.ok());
        token = answer->token;
    }
    auto revoked = admin::disable_member(dir.sub("data"), "bob");
    ASSERT_TRUE(revoked.ok());
    EXPECT_EQ(*revoked, 1);
    auto d = Directory::open(dir.sub("data"), clock);
    AuthService auth(**d, clock, ServerConfig{});
    EXPECT_EQ(auth.authenticate("Bearer " + token).error().code, ErrorCode::unauthenticated);
    EXPECT_EQ(auth.login({"bob", "muster-demo", "", std::nullopt, ""}).error().code, ErrorCode::invalid_credentials);
}

}  // namespace
}  // namespace muster::server
