#include "muster/json.hpp"

#include <string>

#include <gtest/gtest.h>

namespace muster {
namespace {

TEST(ParseStrict, AcceptsOrdinaryDocuments) {
    const auto parsed = parse_strict(R"({"a": [1, 2.5, "x", null, true], "b": {"c": -3}})");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ((*parsed)["b"]["c"], -3);
    EXPECT_EQ((*parsed)["a"].size(), 5U);
}

TEST(ParseStrict, RefusesDuplicateKeys) {
    const auto parsed = parse_strict(R"({"a": 1, "b": {"x": 1, "x": 2}})");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::bad_json);
    EXPECT_NE(parsed.error().message.find("duplicate key \"x\""), std::string::npos) << parsed.error().message;
}

TEST(ParseStrict, AllowsDepth32AndRefuses33) {
    auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    EXPECT_TRUE(parse_strict(nested(32)).ok());
    const auto deep = parse_strict(nested(33));
    ASSERT_FALSE(deep.ok());
    EXPECT_NE(deep.error().message.find("deeper than 32"), std::string::npos);
    // A scalar inside the 32nd container is at depth 33.
    EXPECT_FALSE(parse_strict(std::string(32, '[') + "1" + std::string(32, ']')).ok());
}

TEST(ParseStrict, RefusesHugeNestingWithoutRecursing) {
    const std::string deep(100000, '[');
    const auto parsed = parse_strict(deep);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::bad_json);
}

TEST(ParseStrict, RefusesLongStringsAndKeys) {
    const std::string big(64 * 1024 + 1, 'x');
    EXPECT_FALSE(parse_strict("\"" + big + "\"").ok());
    EXPECT_FALSE(parse_strict("{\"" + big + "\": 1}").ok());
    EXPECT_TRUE(parse_strict("\"" + std::string(64 * 1024, 'x') + "\"").ok());
}

TEST(ParseStrict, RefusesARawNulByteEvenAfterAWholeDocument) {
    using namespace std::string_literals;
    const auto trailing = parse_strict("{\"a\": 1}\0junk"s);
    ASSERT_FALSE(trailing.ok());
    EXPECT_EQ(trailing.error().code, ErrorCode::bad_json);
    EXPECT_NE(trailing.error().message.find("byte 9"), std::string::npos) << trailing.error().message;
    EXPECT_FALSE(parse_strict("{\"a\": \"x\0y\"}"s).ok());
    const auto escaped = parse_strict(R"({"a": "x\u0000y"})");
    ASSERT_TRUE(escaped.ok()) << "an escaped NUL is a legal character";
    EXPECT_EQ((*escaped)["a"].get<std::string>().size(), 3u);
}

TEST(ParseStrict, RefusesMalformedTruncatedAndInvalidUtf8) {
    for (const std::string text : {"{", "{\"a\":}", "[1,]", "", "nul", "{\"a\":1} x", "\"\xff\""}) {
        const auto parsed = parse_strict(text);
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().code, ErrorCode::bad_json);
        EXPECT_FALSE(parsed.error().message.empty());
    }
}

}  // namespace
}  // namespace muster
