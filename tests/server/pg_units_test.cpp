// The PostgreSQL backend's pieces that need no database: database URLs and
// the data folder's record of them, password redaction, and the change
// relay's NOTIFY payload.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "muster/server/store.hpp"
#include "pg.hpp"
#include "pg_change_relay.hpp"
#include "support/process.hpp"

namespace muster::server {
namespace {

namespace fs = std::filesystem;

TEST(DatabaseUrl, ParsesBothBackendsAndNamesTheOptionOtherwise) {
    auto pg = parse_database_url("postgresql://muster@db:5432/muster?sslmode=verify-full");
    ASSERT_TRUE(pg.ok());
    EXPECT_EQ(pg->kind, DatabaseUrl::Kind::postgresql);
    EXPECT_EQ(pg->url, "postgresql://muster@db:5432/muster?sslmode=verify-full") << "passed to libpq as given";
    EXPECT_TRUE(parse_database_url("postgres://h/d").ok());
    auto sqlite = parse_database_url("sqlite:/srv/muster");
    ASSERT_TRUE(sqlite.ok());
    EXPECT_EQ(sqlite->kind, DatabaseUrl::Kind::sqlite);
    EXPECT_EQ(sqlite->sqlite_dir, "/srv/muster");
    for (const std::string bad : {"", "sqlite:", "mysql://h/d", "/srv/muster", "postgresql:/h"}) {
        auto parsed = parse_database_url(bad);
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_EQ(parsed.error().code, ErrorCode::bad_request);
        EXPECT_EQ(parsed.error().message.rfind("--db:", 0), 0u) << parsed.error().message;
    }
    auto secret = parse_database_url("mysql://root:hunter2@h/d");
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().message.find("hunter2"), std::string::npos) << "no password in messages";
}

TEST(DatabaseUrl, AFolderKeepsItsDatabaseAndAFolderWithoutOneTakesTheNamedOne) {
    test::TempDir dir;
    const auto own = dir.sub("own");
    fs::create_directories(own);
    std::ofstream(database_path(own)) << "";  // a folder with its own SQLite file
    auto same = resolve_database(own, "sqlite:" + own);
    ASSERT_TRUE(same.ok()) << same.error().message;
    auto other = resolve_database(own, "postgresql://h/d");
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().message.rfind("--db:", 0), 0u) << other.error().message;
    EXPECT_FALSE(fs::exists(database_url_path(own))) << "nothing recorded on a refusal";

    const auto shared = dir.sub("shared");  // a new instance's folder
    auto taken = resolve_database(shared, "postgresql://muster:pw@h/d");
    ASSERT_TRUE(taken.ok()) << taken.error().message;
    EXPECT_EQ(taken->kind, DatabaseUrl::Kind::postgresql);
    ASSERT_TRUE(fs::exists(database_url_path(shared)));
    EXPECT_EQ(fs::status(database_url_path(shared)).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write)
        << "it may hold a password";
    auto remembered = resolve_database(shared);
    ASSERT_TRUE(remembered.ok());
    EXPECT_EQ(remembered->url, "postgresql://muster:pw@h/d");
    auto conflicting = resolve_database(shared, "postgresql://h/other");
    ASSERT_FALSE(conflicting.ok());
    EXPECT_EQ(conflicting.error().message.find(":pw@"), std::string::npos) << conflicting.error().message;
}

TEST(PgRedact, HidesPasswordsInEveryForm) {
    EXPECT_EQ(pg::redact("postgresql://muster:s3cret@db:5432/m"), "postgresql://muster:***@db:5432/m");
    EXPECT_EQ(pg::redact("postgresql://db/m?user=u&password=s3cret&sslmode=require"),
              "postgresql://db/m?user=u&password=***&sslmode=require");
    EXPECT_EQ(pg::redact("postgresql://muster@db/m"), "postgresql://muster@db/m");
    EXPECT_EQ(pg::redact("postgresql://db:5432/m"), "postgresql://db:5432/m") << "a port is not a password";
}

TEST(PgChangeRelayPayload, RoundTripsAndFallsBackToEveryUnitWhenTooLong) {
    ChangeEvent event{42, {"unit-a", "unit-b"}};
    const auto payload = PgChangeRelay::encode("abcd", event);
    std::string instance;
    ChangeEvent decoded;
    ASSERT_TRUE(PgChangeRelay::decode(payload, instance, decoded));
    EXPECT_EQ(instance, "abcd");
    EXPECT_EQ(decoded.seq, 42);
    EXPECT_EQ(decoded.unit_keys, event.unit_keys);
    EXPECT_TRUE(decoded.members_see);

    // A commit members see nothing of (device records only) stays so on the other instances.
    ASSERT_TRUE(PgChangeRelay::decode(PgChangeRelay::encode("abcd", ChangeEvent{43, {"unit-a"}, false}), instance, decoded));
    EXPECT_EQ(decoded.seq, 43);
    EXPECT_FALSE(decoded.members_see);
    EXPECT_EQ(decoded.unit_keys, std::vector<std::string>{"unit-a"});

    ASSERT_TRUE(PgChangeRelay::decode(PgChangeRelay::encode("abcd", ChangeEvent{7, {}}), instance, decoded));
    EXPECT_TRUE(decoded.unit_keys.empty()) << "everyone";

    ChangeEvent wide{9, {}};
    for (int i = 0; i < 400; ++i) wide.unit_keys.push_back("0c1f9e00-1859-414b-b149-3fccbc5c" + std::to_string(1000 + i));
    const auto long_payload = PgChangeRelay::encode("abcd", wide);
    EXPECT_LT(long_payload.size(), 8000u) << "PostgreSQL's payload limit";
    ASSERT_TRUE(PgChangeRelay::decode(long_payload, instance, decoded));
    EXPECT_EQ(decoded.seq, 9);
    EXPECT_TRUE(decoded.unit_keys.empty()) << "too many units: told to everyone rather than cut";

    // A logout: the revoked token's hash (32 raw bytes) travels as hex.
    ChangeEvent logout;
    logout.revoked_token = std::string("\0\x01 ,*\xff", 6) + std::string(26, 'x');
    const auto revoke_payload = PgChangeRelay::encode("abcd", logout);
    std::string expected = "abcd revoke 0001202c2aff";
    for (int i = 0; i < 26; ++i) expected += "78";
    EXPECT_EQ(revoke_payload, expected);
    ASSERT_TRUE(PgChangeRelay::decode(revoke_payload, instance, decoded));
    EXPECT_EQ(decoded.revoked_token, logout.revoked_token);
    EXPECT_TRUE(decoded.unit_keys.empty());
    EXPECT_EQ(decoded.seq, 0);
    // A change decoded after it carries no token.
    ASSERT_TRUE(PgChangeRelay::decode(PgChangeRelay::encode("abcd", ChangeEvent{44, {"unit-a"}}), instance, decoded));
    EXPECT_TRUE(decoded.revoked_token.empty());

    for (const std::string bad : {"", "abcd", "abcd x *", "abcd 5", "abcd 5 ", "abcd m *", "abcd 5x *", "abcd 5mm *",
                                  "abcd revoke ", "abcd revoke 0g", "abcd revoke 00ff", "abcd revoke 000"}) {
        EXPECT_FALSE(PgChangeRelay::decode(bad, instance, decoded)) << "'" << bad << "'";
    }
}

}  // namespace
}  // namespace muster::server
