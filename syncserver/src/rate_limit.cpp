#include "muster/server/rate_limit.hpp"

#include <algorithm>
#include <iterator>

namespace muster::server {

RateLimiter::RateLimiter(const Clock& clock, double per_second, double burst)
    : clock_(clock), per_ms_(per_second / 1000.0), burst_(std::max(burst, 1.0)) {}

void RateLimiter::refill(Bucket& bucket, std::int64_t now) const {
    if (now > bucket.at_ms) {
        bucket.tokens = std::min(burst_, bucket.tokens + static_cast<double>(now - bucket.at_ms) * per_ms_);
        bucket.at_ms = now;
    }
}

bool RateLimiter::allow(const std::string& key) {
    if (per_ms_ <= 0) return true;
    const std::int64_t now = clock_.now_ms();
    std::lock_guard lock(mutex_);
    if (buckets_.size() > kPruneAbove) {
        for (auto it = buckets_.begin(); it != buckets_.end();) {
            refill(it->second, now);
            it = it->second.tokens >= burst_ ? buckets_.erase(it) : std::next(it);
        }
    }
    auto [it, fresh] = buckets_.try_emplace(key, Bucket{burst_, now});
    Bucket& bucket = it->second;
    if (!fresh) refill(bucket, now);
    if (bucket.tokens < 1.0) return false;
    bucket.tokens -= 1.0;
    return true;
}

}  // namespace muster::server
