#pragma once
/// Runs fn(0..n-1) on `threads` threads (each index exactly once); returns when all are done.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace muster::sim {

template <class Fn>
void parallel_for(std::size_t n, int threads, Fn&& fn) {
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) fn(i);
    };
    std::vector<std::thread> pool;
    const auto count = static_cast<std::size_t>(std::max(1, threads));
    for (std::size_t t = 1; t < std::min(count, n); ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
}

}  // namespace muster::sim
