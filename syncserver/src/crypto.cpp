#include "muster/server/crypto.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <openssl/evp.h>
#include <sodium.h>

#include "muster/store.hpp"

namespace muster::server {

bool crypto_init() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

HashCost HashCost::standard() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashCost HashCost::insecure_for_tests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

HashCost HashCost::from_environment() {
    const char* fast = std::getenv("MUSTER_TEST_FAST_HASH");
    return fast && std::strcmp(fast, "1") == 0 ? insecure_for_tests() : standard();
}

Result<std::string> hash_password(std::string_view password, const HashCost& cost) {
    if (!crypto_init()) return Error{ErrorCode::internal, "libsodium failed to initialise"};
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), password.data(), password.size(), cost.ops, cost.mem_bytes) != 0) {
        return Error{ErrorCode::internal, "password hashing ran out of memory"};
    }
    return std::string(out.data());
}

bool verify_password(const std::string& hash, std::string_view password) {
    if (!crypto_init()) return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string new_token() {
    (void)crypto_init();
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)> text{};
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(bytes.data(), bytes.size());
    return std::string(text.data());
}

std::string sha256(std::string_view data) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) return {};
    return std::string(reinterpret_cast<const char*>(digest.data()), length);
}

std::string random_hex(std::size_t count) {
    (void)crypto_init();
    std::string bytes(count, '\0');
    randombytes_buf(bytes.data(), count);
    return to_hex(bytes);
}

std::string to_hex(std::string_view bytes) {
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    hex.pop_back();
    return hex;
}

bool from_hex(std::string_view hex, std::string& bytes) {
    if (hex.size() % 2 != 0) return false;
    bytes.assign(hex.size() / 2, '\0');
    std::size_t written = 0;
    const char* end = nullptr;
    return sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(), hex.size(),
                          nullptr, &written, &end) == 0 &&
           written == bytes.size() && end == hex.data() + hex.size();
}

std::string new_uuid() {
    (void)crypto_init();
    std::array<std::uint64_t, 2> bits{};
    randombytes_buf(bits.data(), sizeof bits);
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return make_uuid_v7(std::chrono::duration_cast<std::chrono::milliseconds>(now).count(), bits[0], bits[1]);
}

std::string new_password(std::size_t length) {
    (void)crypto_init();
    static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr std::uint32_t kSize = sizeof kAlphabet - 1;
    std::string out;
    out.reserve(length);
    for (std::size_t i = 0; i < length; ++i) out.push_back(kAlphabet[randombytes_uniform(kSize)]);
    return out;
}

}  // namespace muster::server
