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

TEST(AppendJson, WritesExactlyWhatDumpWrites) {
    const char* corpus[] = {
        R"({"a": 1, "b": [true, false, null, -7, 18446744073709551615, 1.5, 1e300, -0.0, 0.1],
            "c": {"": "", "nested": {"deep": [[], {}, [1, [2, [3]]]]}}})",
        R"({"text": "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u0007 del \u007f"})",
        R"({"unicode": "\u00e9t\u00e9 \u1ea1 \u4e2d\u6587 \ud83d\udea8", "ascii": "plain text 123"})",
        R"(["\u0000", "\u001f", " ", "~", "\u0080"])",
        R"({"hlc": {"ms": 1764390000123, "c": 0, "r": "3fa2c9e01b7d4e55"}, "v": -9223372036854775808})",
        R"("just a string")", R"(42)", R"(null)", R"([])", R"({})",
    };
    for (const char* text : corpus) {
        const auto value = nlohmann::json::parse(text);
        std::string out = "prefix:";
        append_json(out, value);
        EXPECT_EQ(out, "prefix:" + value.dump()) << text;
    }
    for (const std::string text : {"", "a\"b", "tab\t", "\xc3\xa9", "key-123_ABC"}) {
        std::string out;
        append_json_string(out, text);
        EXPECT_EQ(out, nlohmann::json(text).dump()) << text;
    }
}

}  // namespace
}  // namespace muster
