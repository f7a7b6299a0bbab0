#pragma once
/// Token buckets, one per key (a member), on an injected clock: `allow` takes
/// one token; a bucket refills at `per_second` up to `burst`.

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "muster/clock.hpp"

namespace muster::server {

class RateLimiter {
public:
    /// `per_second <= 0` turns the limit off (`allow` is always true).
    RateLimiter(const Clock& clock, double per_second, double burst);

    /// Takes a token from `key`'s bucket; false (and nothing taken) when it is empty. Thread-safe.
    [[nodiscard]] bool allow(const std::string& key);

    /// Buckets are forgotten once full again; at most this many are kept between prunes.
    static constexpr std::size_t kPruneAbove = 4096;

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t at_ms = 0;
    };
    void refill(Bucket& bucket, std::int64_t now) const;

    const Clock& clock_;
    double per_ms_;
    double burst_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace muster::server
