#pragma once
/// Passwords, tokens and random identifiers (libsodium + OpenSSL).

#include <string>
#include <string_view>

#include "muster/result.hpp"

namespace muster::server {

/// Initialises libsodium once; safe to call from any thread, any number of times.
[[nodiscard]] bool crypto_init();

/// argon2id cost. `standard()` is libsodium's INTERACTIVE (t=2, 64 MiB), above
/// OWASP's minimum (t=2, 19 MiB).
struct HashCost {
    unsigned long long ops = 0;
    std::size_t mem_bytes = 0;
    static HashCost standard();
    /// TESTS ONLY: the minimum argon2id cost, so test suites can log in many
    /// times quickly. Never use for real data.
    static HashCost insecure_for_tests();
    /// `insecure_for_tests()` when the environment has MUSTER_TEST_FAST_HASH=1, else `standard()`.
    static HashCost from_environment();
};

/// A crypto_pwhash_str (argon2id) string. CPU- and memory-heavy: never call on an I/O thread.
[[nodiscard]] Result<std::string> hash_password(std::string_view password, const HashCost& cost);
/// Constant-time check of `password` against a stored hash string. Heavy, as above.
[[nodiscard]] bool verify_password(const std::string& hash, std::string_view password);

/// A new bearer token: 32 random bytes, base64url without padding (43 chars).
[[nodiscard]] std::string new_token();
/// SHA-256 of `data` (32 raw bytes), via OpenSSL EVP.
[[nodiscard]] std::string sha256(std::string_view data);
/// A key for an entity the server creates: a time-ordered lowercase UUID
/// (version 7, `make_uuid_v7`: the wall clock's ms and 74 random bits), 36 chars.
[[nodiscard]] std::string new_uuid();
/// A random password of `length` characters from an unambiguous alphabet.
[[nodiscard]] std::string new_password(std::size_t length = 20);
/// `count` random bytes as lowercase hex.
[[nodiscard]] std::string random_hex(std::size_t count);
/// `bytes` as lowercase hex (two characters a byte).
[[nodiscard]] std::string to_hex(std::string_view bytes);
/// Sets `bytes` to the bytes `hex` spells (either case); false, and `bytes`
/// unspecified, unless it is an even number of hex digits.
[[nodiscard]] bool from_hex(std::string_view hex, std::string& bytes);

}  // namespace muster::server
