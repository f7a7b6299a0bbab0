#include "muster/permissions.hpp"

#include <gtest/gtest.h>

namespace muster {
namespace {

using nlohmann::json;

constexpr const char* kMe = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

Op task_set(json fields) {
    return Op{"00000000000000aa-1", Hlc{1000, 0, "00000000000000aa"}, OpKind::set, EntityType::task,
              "8d0c5f2e-1234-4abc-8def-0123456789ab", std::move(fields), std::nullopt};
}

Op log_append(const char* kind, const char* author = kMe) {
    return Op{"00000000000000aa-2", Hlc{1000, 0, "00000000000000aa"}, OpKind::append, EntityType::log,
              "11111111-2222-4333-8444-555555555555",
              json{{"task", "8d0c5f2e-1234-4abc-8def-0123456789ab"}, {"author", author}, {"kind", kind}, {"at", 1}},
              std::nullopt};
}

TEST(Permissions, MemberMayWriteOnlyTaskStatus) {
    EXPECT_TRUE(check_role(Role::member, task_set({{"status", "done"}}), kMe).ok());
    auto refused = check_role(Role::member, task_set({{"status", "done"}, {"title", "x"}}), kMe);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
    EXPECT_EQ(refused.error().message, "a member may not write task.title");
    Op del = task_set(json::object());
    del.kind = OpKind::del;
    EXPECT_FALSE(check_role(Role::member, del, kMe).ok());
    EXPECT_TRUE(check_role(Role::coordinator, del, kMe).ok());
}

TEST(Permissions, LogAuthorMustBeTheCallerAndObservationsBelongToEvaluators) {
    EXPECT_TRUE(check_role(Role::member, log_append("action"), kMe).ok());
    EXPECT_FALSE(check_role(Role::member, log_append("action", "ffffffff-bbbb-4ccc-8ddd-eeeeeeeeeeee"), kMe).ok());
    EXPECT_FALSE(check_role(Role::member, log_append("observation"), kMe).ok());
    EXPECT_TRUE(check_role(Role::evaluator, log_append("observation"), kMe).ok());
    EXPECT_FALSE(check_role(Role::evaluator, log_append("note"), kMe).ok());
    EXPECT_FALSE(check_role(Role::evaluator, task_set({{"status", "done"}}), kMe).ok());
}

TEST(Permissions, ServerManagedEntitiesAndConflictFieldsAreForbiddenToEveryone) {
    Op unit = task_set({{"name", "x"}});
    unit.entity = EntityType::unit;
    EXPECT_EQ(check_role(Role::admin, unit, kMe).error().code, ErrorCode::forbidden);
    Op conflict = task_set({{"resolved", true}});
    conflict.entity = EntityType::conflict;
    EXPECT_TRUE(check_role(Role::coordinator, conflict, kMe).ok());
    EXPECT_FALSE(check_role(Role::member, conflict, kMe).ok());
    conflict.fields = {{"field", "title"}};
    EXPECT_FALSE(check_role(Role::admin, conflict, kMe).ok());
}

TEST(Permissions, ScopeAndClockSkew) {
    EXPECT_FALSE(check_scope(Role::coordinator, task_set({{"status", "done"}}), ScopeFacts{}).ok());
    EXPECT_TRUE(check_scope(Role::admin, task_set({{"status", "done"}}), ScopeFacts{}).ok());
    EXPECT_FALSE(check_scope(Role::member, task_set({{"status", "done"}}), ScopeFacts{true, true, false}).ok());
    EXPECT_TRUE(check_clock_skew(task_set({}), 1000 - kMaxClockAheadMs).ok());
    EXPECT_EQ(check_clock_skew(task_set({}), 999 - kMaxClockAheadMs).error().code, ErrorCode::clock_skew);
    EXPECT_FALSE(may_read_field(Role::member, EntityType::task, "controller_note"));
    EXPECT_TRUE(may_read_field(Role::evaluator, EntityType::task, "controller_note"));
}

}  // namespace
}  // namespace muster
