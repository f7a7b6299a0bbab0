// Helper for crash_test: writes ops through the real Store until killed,
// reporting each committed write on stdout as "<op id> <key> <title>".
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "muster/store.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_writer DB SEED\n");
        return 2;
    }
    muster::ManualClock clock(1'764'000'000'000);
    auto store = muster::Store::open(argv[1], clock, muster::StoreOptions{std::strtoull(argv[2], nullptr, 10), false});
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    const auto tasks = store->list(muster::EntityType::task);
    const auto base = static_cast<std::int64_t>(tasks ? tasks->size() : 0);
    for (std::int64_t i = 1;; ++i) {
        char key[64];
        std::snprintf(key, sizeof key, "00000000-0000-4000-8000-%012lld", static_cast<long long>(base + i));
        const std::string title = "w" + std::to_string(base + i);
        clock.advance_ms(1);
        std::vector<muster::LocalWrite> writes{
            {muster::OpKind::set, muster::EntityType::task, key, {{"title", title}, {"status", "open"}}}};
        if (i % 3 == 0) writes.push_back({muster::OpKind::set, muster::EntityType::task, key, {{"priority", "high"}}});
        auto ops = store->write_batch(writes);
        if (!ops) {
            std::fprintf(stderr, "%s\n", ops.error().message.c_str());
            return 1;
        }
        const std::string line = ops->front().id + " " + key + " " + title + "\n";
        if (write(1, line.data(), line.size()) != static_cast<ssize_t>(line.size())) return 1;
    }
}
