#include "muster/schema.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace muster {
namespace {

const std::string kDocsPath = std::string(MUSTER_SOURCE_DIR) + "/docs/protocol.md";
constexpr std::string_view kBegin = "<!-- schema:begin -->\n";
constexpr std::string_view kEnd = "<!-- schema:end -->";

TEST(Schema, EntityNamesRoundTrip) {
    for (const auto type : all_entity_types()) {
        EXPECT_EQ(entity_type_from_string(to_string(type)), type);
        EXPECT_EQ(entity_spec(type).type, type);
    }
    EXPECT_FALSE(entity_type_from_string("incident"));
}

TEST(Schema, HasTheProtocolsFieldsForEveryEntity) {
    // The field lists of the wire contract; the schema may add, never rename.
    const std::map<EntityType, std::vector<std::string>> contract = {
        {EntityType::unit, {"code", "name", "parent"}},
        {EntityType::member, {"login", "name", "unit", "role"}},
        {EntityType::drill,
         {"unit", "title", "scenario", "state", "started_at", "paused_ms", "paused_at", "ended_at", "prestage"}},
        {EntityType::task,
         {"title", "instructions", "unit", "assignee", "priority", "due_at", "status", "drill", "inject",
          "release_offset_ms", "deadline_ms", "expected_action", "controller_note"}},
        {EntityType::log, {"task", "author", "kind", "text", "at", "drill_ms", "location", "attachments", "rating"}},
        {EntityType::conflict, {"entity", "key", "field", "winner", "loser", "resolved"}},
        {EntityType::device,
         {"member", "replica_id", "last_sync_at", "pending", "oldest_pending_ms", "clock_offset_ms", "app_version"}},
    };
    for (const auto& [type, fields] : contract) {
        for (const auto& f : fields) EXPECT_NE(find_field(type, f), nullptr) << to_string(type) << "." << f;
    }
}

TEST(Schema, OnlyTaskLogDrillAndConflictAreClientWritable) {
    EXPECT_EQ(entity_spec(EntityType::task).client_ops, op_bit(OpKind::set) | op_bit(OpKind::del));
    EXPECT_EQ(entity_spec(EntityType::log).client_ops, op_bit(OpKind::append));
    EXPECT_EQ(entity_spec(EntityType::drill).client_ops, op_bit(OpKind::set));
    EXPECT_EQ(entity_spec(EntityType::conflict).client_ops, op_bit(OpKind::set));
    for (const auto type : {EntityType::unit, EntityType::member, EntityType::device}) {
        EXPECT_EQ(entity_spec(type).client_ops, 0) << to_string(type);
    }
    for (const auto& f : entity_spec(EntityType::conflict).fields) {
        EXPECT_EQ(f.writers != kServerOnly, f.name == "resolved") << f.name;
    }
}

TEST(Schema, ChecksValuesByType) {
    const auto* priority = find_field(EntityType::task, "priority");
    EXPECT_FALSE(check_value(*priority, "critical"));
    EXPECT_EQ(check_value(*priority, "urgent"), ": expected one of low, normal, high, critical");
    const auto* assignee = find_field(EntityType::task, "assignee");
    EXPECT_FALSE(check_value(*assignee, nullptr));
    // Durations, offsets and counts are 0 or more; times and the drill clock
    // at writing (a device whose clock is behind the start) may be anything.
    const auto* paused = find_field(EntityType::drill, "paused_ms");
    EXPECT_FALSE(check_value(*paused, 0));
    EXPECT_EQ(check_value(*paused, -1), ": expected 0 or more");
    EXPECT_EQ(check_value(*find_field(EntityType::task, "release_offset_ms"), -5), ": expected 0 or more");
    EXPECT_FALSE(check_value(*find_field(EntityType::task, "due_at"), -5));
    EXPECT_FALSE(check_value(*find_field(EntityType::log, "drill_ms"), -5));
    const auto* winner = find_field(EntityType::conflict, "winner");
    EXPECT_FALSE(check_value(*winner, nlohmann::json::parse(
                                          R"({"v": 1, "hlc": {"ms": 1, "c": 0, "r": "00000000000000aa"}, "author": "x"})")));
    EXPECT_EQ(check_value(*winner, nlohmann::json::parse(R"({"v": 1, "author": "x"})")), ".hlc: required");
}

TEST(Schema, DocsMatchSchema) {
    std::ifstream in(kDocsPath);
    ASSERT_TRUE(in.good()) << kDocsPath;
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string doc = buffer.str();
    const auto begin = doc.find(kBegin);
    const auto end = doc.find(kEnd);
    ASSERT_NE(begin, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    const std::string current = doc.substr(begin + kBegin.size(), end - begin - kBegin.size());
    const std::string expected = render_schema_markdown();
    if (current != expected && std::getenv("MUSTER_UPDATE_DOCS") != nullptr) {
        doc.replace(begin + kBegin.size(), end - begin - kBegin.size(), expected);
        std::ofstream(kDocsPath) << doc;
        GTEST_SKIP() << "rewrote the schema section of " << kDocsPath;
    }
    EXPECT_EQ(current, expected) << "docs/protocol.md is out of date: run with MUSTER_UPDATE_DOCS=1 to regenerate";
}

}  // namespace
}  // namespace muster
