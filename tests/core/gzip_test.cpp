#include "muster/gzip.hpp"

#include <string>

#include <gtest/gtest.h>

namespace muster {
namespace {

std::string sample() {
    std::string body = "{\"ops\":[";
    for (int i = 0; i < 200; ++i) body += R"({"kind":"set","entity":"task","fields":{"status":"done"}},)";
    return body + "{}]}";
}

TEST(Gzip, RoundTripsAndShrinksRepetitiveJson) {
    const auto body = sample();
    const auto packed = gzip_compress(body);
    ASSERT_TRUE(packed);
    EXPECT_EQ(packed->substr(0, 2), "\x1f\x8b") << "a gzip member, not zlib";
    EXPECT_LT(packed->size() * 10, body.size());
    const auto back = gzip_decompress(*packed, body.size());
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, body);
    const auto empty = gzip_compress("");
    ASSERT_TRUE(empty);
    EXPECT_EQ(*gzip_decompress(*empty, 0), "");
}

TEST(Gzip, TheLimitIsOnTheDecodedSize) {
    const std::string bomb(9 * 1024 * 1024, ' ');
    const auto packed = gzip_compress(bomb);
    ASSERT_TRUE(packed);
    EXPECT_LT(packed->size(), 64u * 1024) << "small on the wire";
    const auto refused = gzip_decompress(*packed, 8 * 1024 * 1024);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::payload_too_large);
    EXPECT_TRUE(gzip_decompress(*packed, bomb.size()).ok()) << "exactly at the limit is fine";
}

TEST(Gzip, AnythingButOneWholeMemberIsBadRequest) {
    const auto packed = *gzip_compress(sample());
    for (const std::string& bad : {packed.substr(0, packed.size() / 2), packed.substr(0, packed.size() - 1),
                                   packed + "trailing", std::string("{\"plain\": true}"), std::string()}) {
        const auto r = gzip_decompress(bad, 1 << 20);
        ASSERT_FALSE(r.ok()) << bad.size();
        EXPECT_EQ(r.error().code, ErrorCode::bad_request);
    }
    std::string flipped = packed;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x55);
    EXPECT_FALSE(gzip_decompress(flipped, 1 << 20).ok()) << "the CRC catches a damaged body";
}

}  // namespace
}  // namespace muster
