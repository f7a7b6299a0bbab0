// Crash safety: a child writing through the real Store on a real file is
// killed with SIGKILL at random points; every reopen must pass integrity_check
// and hold every write the child reported as committed.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <sstream>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "muster/store.hpp"
#include "test_util.hpp"

namespace muster {
namespace {

struct Reported {
    std::string id, key, title;
};

std::string integrity(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    std::string result = sqlite3_step(stmt) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)) : "no answer";
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

/// Runs the writer until it has reported `lines` writes (then waits `extra_us`) and kills it.
std::vector<Reported> run_and_kill(const std::string& db, int seed, int lines, int extra_us) {
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        const std::string seed_text = std::to_string(seed);
        execl(MUSTER_CRASH_WRITER, MUSTER_CRASH_WRITER, db.c_str(), seed_text.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string buffer;
    std::vector<Reported> done;
    // Moves every complete "id key title" line out of the buffer.
    auto take_lines = [&] {
        std::size_t nl;
        while ((nl = buffer.find('\n')) != std::string::npos) {
            std::istringstream line(buffer.substr(0, nl));
            Reported r;
            line >> r.id >> r.key >> r.title;
            done.push_back(r);
            buffer.erase(0, nl + 1);
        }
    };
    char chunk[4096];
    while (static_cast<int>(done.size()) < lines) {
        const ssize_t n = read(fds[0], chunk, sizeof chunk);
        if (n <= 0) break;
        buffer.append(chunk, static_cast<std::size_t>(n));
        take_lines();
    }
    if (extra_us > 0) usleep(static_cast<useconds_t>(extra_us));
    kill(pid, SIGKILL);
    // Whatever the child reported before dying counts too.
    while (true) {
        const ssize_t n = read(fds[0], chunk, sizeof chunk);
        if (n <= 0) break;
        buffer.append(chunk, static_cast<std::size_t>(n));
    }
    take_lines();
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return done;
}

TEST(CrashSafety, KilledWriterLosesNoReportedWriteAndNeverCorrupts) {
    test::TempDir dir;
    const std::string db = dir.file("device.db");
    std::mt19937 rng(2024);
    std::vector<Reported> all;
    for (int round = 0; round < 60; ++round) {
        const int lines = static_cast<int>(rng() % 40);
        const int extra_us = static_cast<int>(rng() % 3000);
        auto done = run_and_kill(db, 7, lines, extra_us);
        all.insert(all.end(), done.begin(), done.end());

        ASSERT_EQ(integrity(db), "ok") << "round " << round;
        ManualClock clock;
        auto store = Store::open(db, clock, StoreOptions{7, false});
        ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.error().message;
        auto outbox = store->outbox_batch(1'000'000);
        ASSERT_TRUE(outbox.ok());
        std::set<std::string> ids;
        for (const auto& op : *outbox) ids.insert(op.id);
        for (const auto& r : all) {
            ASSERT_TRUE(ids.count(r.id)) << "round " << round << ": reported op " << r.id << " is not in the outbox";
            auto state = store->get(EntityType::task, r.key);
            ASSERT_TRUE(state.ok() && state->has_value()) << r.key;
            ASSERT_EQ((*state)->fields.at("title").v, r.title);
        }
        // Outbox and state agree: every state row came with its ops.
        EXPECT_EQ(store->list(EntityType::task)->size(), static_cast<std::size_t>(store->pending_count().value_or(-1)) -
                                                              std::count_if(outbox->begin(), outbox->end(), [](const Op& op) {
                                                                  return op.fields.contains("priority");
                                                              }));
    }
    EXPECT_GT(all.size(), 100U);
}

}  // namespace
}  // namespace muster
