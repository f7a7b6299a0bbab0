#pragma once
// Helpers shared by the libFuzzer targets: a byte reader that never fails
// (missing bytes read as zero) and a check that aborts with a message, so a
// broken invariant is a finding like a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

/// libFuzzer's entry points (declared here for -Wmissing-declarations).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace muster::fuzz {

/// Consumes an input from the front; past the end every read is 0 / empty.
class Bytes {
public:
    Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    [[nodiscard]] bool empty() const noexcept { return pos_ >= size_; }
    [[nodiscard]] std::size_t left() const noexcept { return empty() ? 0 : size_ - pos_; }

    std::uint8_t byte() noexcept { return empty() ? 0 : data_[pos_++]; }
    /// A value in [0, n) (n ≥ 1).
    std::size_t pick(std::size_t n) noexcept { return n <= 1 ? 0 : byte() % n; }
    std::uint16_t u16() noexcept {
        const auto lo = byte();
        return static_cast<std::uint16_t>(lo | (byte() << 8));
    }
    /// Up to `max` bytes as a string (its length comes from the input).
    std::string text(std::size_t max) {
        const std::size_t n = std::min<std::size_t>(pick(max + 1), left());
        std::string out(reinterpret_cast<const char*>(data_ + pos_), n);
        pos_ += n;
        return out;
    }
    /// Everything not consumed yet.
    std::string_view rest() noexcept {
        if (empty()) return {};
        std::string_view out(reinterpret_cast<const char*>(data_ + pos_), size_ - pos_);
        pos_ = size_;
        return out;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

[[noreturn]] inline void fail(const char* file, int line, const char* what, const std::string& detail) {
    std::fprintf(stderr, "\n==FUZZ CHECK FAILED== %s:%d: %s\n%s\n", file, line, what, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

}  // namespace muster::fuzz

/// Aborts (a libFuzzer finding) when `cond` is false; `detail` is any std::string expression.
#define FUZZ_CHECK(cond, detail)                                                   \
    do {                                                                           \
        if (!(cond)) ::muster::fuzz::fail(__FILE__, __LINE__, #cond, (detail));    \
    } while (false)
