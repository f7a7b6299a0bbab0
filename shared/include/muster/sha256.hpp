#pragma once
/// SHA-256 (FIPS 180-4) in plain C++, so core needs no crypto library.
/// Used for state hashes; fine for blob hashes too.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace muster {

/// Incremental SHA-256. Not thread-safe; one instance per thread.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    /// The digest; the object must not be updated afterwards.
    [[nodiscard]] std::array<std::uint8_t, 32> finish();
    /// The digest as 64 lowercase hex characters.
    [[nodiscard]] std::string finish_hex();

private:
    void block(const std::uint8_t* data);

    std::array<std::uint32_t, 8> h_{};
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

/// SHA-256 of `bytes` as lowercase hex.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace muster
