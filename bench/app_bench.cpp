// The app's UI-thread figures over a realistic local store (issue 5's benchmark):
// 10,000 tasks and 50,000 log entries, seeded through core's Store API from a
// fixed seed, then measured through the app's real classes (AccountSession,
// TaskListModel, TaskLogModel, TaskController, ActivityFeedModel,
// DashboardController, the SyncWorker against an in-process fake server).
//
//   app_bench [--json] [--quick]
//
// Figures:
//   cold start   a fresh process (this binary re-executed with --cold-start):
//                QGuiApplication, open the account store, first population of
//                the task list and the first screenful of rows, measured by the
//                parent from process start to the child's "ready" line.
//   row fetch    TaskListModel::data() for a role on random rows, p99.
//   write        TaskController::logAction / perform (one transaction through the
//                writer connection, entitiesChanged delivered to every model), p99.
//   stalls       the longest gap of a 1 ms timer on the UI thread's event loop
//                while the sync worker applies a batch of remote changes and the
//                models follow it, and while the feed / dashboard reload.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "accountsession.h"
#include "accountsettings.h"
#include "activityfeedmodel.h"
#include "coordinatortestsupport.h"
#include "dashboardcontroller.h"
#include "devicekeys.h"
#include "devicelistmodel.h"
#include "fakemusterserver.h"
#include "muster/clock.hpp"
#include "muster/codec.hpp"
#include "muster/store.hpp"
#include "sampledata.h"
#include "taskcontroller.h"
#include "tasklistmodel.h"
#include "tasklogmodel.h"

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTasks = 10'000;
constexpr int kLogs = 50'000;
constexpr int kDevices = 1'000;  ///< members of the coordinator's scope, each with a device
constexpr std::uint32_t kSeed = 20261129;
constexpr std::int64_t kMinute = 60'000;

struct Row {
    std::string figure, value, target;
    bool met = false;
};

struct Table {
    std::vector<std::string> notes;
    std::vector<Row> rows;
    void add(std::string figure, double value, const char* unit, double target) {
        char v[64];
        char t[64];
        std::snprintf(v, sizeof v, "%.3f %s", value, unit);
        std::snprintf(t, sizeof t, "<= %g %s", target, unit);
        rows.push_back({std::move(figure), v, target > 0 ? t : "", value <= target});
    }
    void info(std::string figure, const std::string& value) { rows.push_back({std::move(figure), value, "", true}); }
    void print(bool asJson) const {
        if (asJson) {
            json out = {{"notes", notes}, {"rows", json::array()}};
            for (const auto& r : rows) {
                json row = {{"figure", r.figure}, {"value", r.value}};
                if (!r.target.empty()) row.update({{"target", r.target}, {"met", r.met}});
                out["rows"].push_back(row);
            }
            std::printf("%s\n", out.dump(2).c_str());
            return;
        }
        int w[3] = {6, 5, 6};
        for (const auto& r : rows) {
            w[0] = std::max(w[0], static_cast<int>(r.figure.size()));
            w[1] = std::max(w[1], static_cast<int>(r.value.size()));
            w[2] = std::max(w[2], static_cast<int>(r.target.size()));
        }
        for (const auto& n : notes) std::printf("%s\n", n.c_str());
        const auto line = [&](const std::string& a, const std::string& b, const std::string& c, const char* d) {
            std::printf("%-*s  %*s  %-*s  %s\n", w[0], a.c_str(), w[1], b.c_str(), w[2], c.c_str(), d);
        };
        line("figure", "value", "target", "met");
        for (const auto& r : rows) {
            line(r.figure, r.value, r.target.empty() ? "-" : r.target, r.target.empty() ? "" : r.met ? "yes" : "NO");
        }
    }
};

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "app_bench: %s\n", what.c_str());
    std::exit(1);
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

std::string taskKey(int n) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "b0000000-0000-4000-8000-%012d", n);
    return buf;
}
std::string logKey(int n) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "e0000000-0000-4000-8000-%012d", n);
    return buf;
}
std::string memberKey(int n) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "f0000000-0000-4000-8000-%012d", n);
    return buf;
}

const char* const kStatuses[] = {"open", "acknowledged", "in_progress", "blocked", "done", "cancelled"};
const char* const kPriorities[] = {"critical", "high", "normal", "low"};

/// The account every phase opens (the sample data's coordinator, Ada Okafor).
muster::app::AccountInfo accountFor(const QString& url, const muster::test::SampleKeys& keys) {
    return {url, QStringLiteral("a.okafor"), QString::fromStdString(keys.me), QStringLiteral("Ada Okafor"),
            QStringLiteral("coordinator"), QString::fromStdString(keys.unit)};
}

/// The device's secrets as the app keeps them (the store is encrypted at
/// rest), shared by the bench and its cold-start children: the PIN store in
/// `dataDir`, at argon2id's minimum cost, chosen on first use, else unlocked.
std::unique_ptr<muster::app::DeviceKeys> benchKeys(const QString& dataDir) {
    static const QString kPin = QStringLiteral("246813");
    auto keys = std::make_unique<muster::app::DeviceKeys>();
    keys->setDataDir(dataDir);
    keys->useBackend(muster::app::DeviceKeys::Backend::Pin);
    keys->setPinCost(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
    const bool ready = keys->pinNeeded() ? keys->choosePin(kPin, kPin) : keys->unlock(kPin);
    if (!ready) die("the bench's PIN store: " + keys->errorText().toStdString());
    return keys;
}

/// Seeds the account's store: the sample data (units, members, a drill), then
/// `kTasks` tasks and `kLogs` logs as server answers of 1,000 changes.
void seed(muster::app::DeviceKeys& deviceKeys, const QString& dataDir, const QString& url,
          const muster::test::SampleKeys& keys, std::int64_t now) {
    const QString dbPath = muster::app::accountDatabasePath(dataDir, QUrl(url), QStringLiteral("a.okafor"));
    const auto path = dbPath.toStdString();
    muster::StoreOptions options;
    options.seed = kSeed;
    QString keyError;
    const auto key = deviceKeys.databaseKey(dbPath, /*create=*/true, &keyError);
    if (!key) die("no database key: " + keyError.toStdString());
    options.key_hex = *key;
    auto store = muster::Store::open(path, muster::SystemClock::instance(), options);
    if (!store) die("cannot open the store: " + store.error().message);
    if (!muster::test::seedSampleData(*store, now, keys)) die("the sample data was refused");
    std::mt19937_64 rng(kSeed);
    std::int64_t seq = 1000;
    muster::SyncResponse page;
    const auto flush = [&] {
        page.cursor = std::to_string(seq);
        page.server_time_ms = now;
        if (auto r = store->apply_sync_result(page, now); !r) die("seeding failed: " + r.error().message);
        page.changes.clear();
    };
    const std::string units[] = {keys.unit, keys.unit, keys.unit, keys.otherUnit};
    const std::string authors[] = {keys.me, keys.colleague, keys.thirdMember};
    for (int t = 0; t < kTasks; ++t) {
        json plain = {{"title", "Task " + std::to_string(t) + ": check sector " + std::to_string(rng() % 500)},
                      {"instructions", "Walk the sector, report anything unusual, photograph damage."},
                      {"status", kStatuses[rng() % 6]},
                      {"priority", kPriorities[rng() % 4]},
                      {"unit", units[rng() % 4]}};
        if (rng() % 3 == 0) plain["due_at"] = now + static_cast<std::int64_t>(rng() % 2000) * kMinute - 600 * kMinute;
        if (rng() % 4 == 0) plain["assignee"] = authors[rng() % 3];
        const std::int64_t at = now - 8 * 24 * 60 * kMinute + t;
        page.changes.push_back(muster::test::serverChange(muster::EntityType::task, taskKey(t), plain, at, ++seq));
        if (page.changes.size() == 1000) flush();
    }
    for (int l = 0; l < kLogs; ++l) {
        const std::int64_t at = now - static_cast<std::int64_t>(rng() % (7ULL * 24 * 60 * kMinute));
        json plain = {{"task", taskKey(static_cast<int>(rng() % kTasks))},
                      {"author", authors[rng() % 3]},
                      {"kind", rng() % 5 == 0 ? "note" : "action"},
                      {"text", "Entry " + std::to_string(l) + ": sandbags placed along the east wall."},
                      {"at", at}};
        page.changes.push_back(muster::test::serverChange(muster::EntityType::log, logKey(l), plain, at, ++seq));
        if (page.changes.size() == 1000) flush();
    }
    for (int d = 0; d < kDevices; ++d) {
        const std::string member = memberKey(d);
        const std::int64_t lastSync = now - static_cast<std::int64_t>(rng() % (60ULL * kMinute));
        page.changes.push_back(muster::test::serverChange(
            muster::EntityType::member, member,
            {{"name", "Member " + std::to_string(d)}, {"unit", units[rng() % 4]}, {"role", "member"}}, now, ++seq));
        char replica[20];
        std::snprintf(replica, sizeof replica, "%016x", d + 1);
        json device = {{"member", member}, {"replica_id", replica}, {"last_sync_at", lastSync},
                       {"pending", rng() % 5 == 0 ? 3 : 0}, {"clock_offset_ms", 0}, {"app_version", "0.1.0"}};
        page.changes.push_back(muster::test::serverChange(muster::EntityType::device, replica, device, lastSync, ++seq));
        if (page.changes.size() >= 1000) flush();
    }
    if (!page.changes.empty()) flush();
}

/// Runs the event loop until `done()` (checked every ms) or `limitMs`, with a
/// 1 ms timer recording the longest gap between its ticks. `start` runs once
/// inside the loop. Returns the longest gap, ms.
double maxGapWhile(const std::function<void()>& start, const std::function<bool()>& done, int limitMs,
                   const char* what = "") {
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    Clock::time_point last = Clock::now();
    double maxGap = 0;
    bool started = false;
    bool finished = false;
    QElapsedTimer total;
    total.start();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const auto now = Clock::now();
        maxGap = std::max(maxGap, std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
        finished = started && done();
        if (finished || total.elapsed() > limitMs) loop.quit();
    });
    tick.start();
    QTimer::singleShot(5, [&] {
        const auto now = Clock::now();
        maxGap = std::max(maxGap, std::chrono::duration<double, std::milli>(now - last).count());
        start();
        started = true;
        last = Clock::now();
        maxGap = std::max(maxGap, std::chrono::duration<double, std::milli>(last - now).count());
    });
    loop.exec();
    if (!finished) die(std::string("did not finish in time: ") + what);
    return maxGap;
}

/// Child: the cold start. Prints "ready <rows>" once the task list is populated.
int coldStartChild(int argc, char** argv, const QString& dataDir, const QString& url) {
    QGuiApplication app(argc, argv);
    const muster::test::SampleKeys keys;
    const auto deviceKeys = benchKeys(dataDir);
    muster::app::AccountSession session;
    session.setKeys(deviceKeys.get());
    session.setDataDir(dataDir);
    if (!session.openAccount(accountFor(url, keys), {})) {
        die("cold start: the account did not open: " + session.errorText().toStdString());
    }
    muster::app::TaskListModel tasks;
    tasks.setSession(&session);
    int filled = 0;
    for (int r = 0; r < std::min(tasks.rowCount(), 30); ++r) {
        const QModelIndex i = tasks.index(r, 0);
        filled += tasks.data(i, muster::app::TaskListModel::TitleRole).toString().isEmpty() ? 0 : 1;
        filled += tasks.data(i, muster::app::TaskListModel::StatusRole).toString().isEmpty() ? 0 : 1;
    }
    std::printf("ready %d %d\n", tasks.rowCount(), filled);
    std::fflush(stdout);
    session.close();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    bool asJson = false;
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--cold-start") == 0 && i + 2 < argc) {
            return coldStartChild(argc, argv, QString::fromLocal8Bit(argv[i + 1]), QString::fromLocal8Bit(argv[i + 2]));
        } else if (std::strcmp(argv[i], "--json") == 0) {
            asJson = true;
        } else if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else {
            std::fprintf(stderr, "usage: app_bench [--json] [--quick]\n");
            return 2;
        }
    }
    QGuiApplication app(argc, argv);
    Table table;
    const muster::test::SampleKeys keys;
    QTemporaryDir dir;
    if (!dir.isValid()) die("no temporary folder");
    muster::test::FakeMusterServer server;
    muster::test::RecordingSync sync;
    // A sync batch is encoded before the measurement (the fake server runs on
    // this thread; encoding a large answer here is not the app's work).
    QByteArray prepared;
    server.setHandler("/v1/sync", [&](const muster::test::FakeMusterServer::Request& request) {
        if (prepared.isEmpty()) return sync.answer(request);
        QByteArray body = std::move(prepared);
        prepared.clear();
        return muster::test::FakeMusterServer::json(200, body);
    });
    const QString url = server.url() + QLatin1Char('/');
    const std::int64_t now = muster::SystemClock::instance().now_ms();

    const auto deviceKeys = benchKeys(dir.path());
    const auto seedStart = Clock::now();
    seed(*deviceKeys, dir.path(), url, keys, now);
    const double seedMs = msSince(seedStart);
    table.notes.push_back("store: " + std::to_string(kTasks) + " tasks, " + std::to_string(kLogs) + " logs, " +
                          std::to_string(kDevices) + " members with a device each (seed " + std::to_string(kSeed) + "), seeded in " + std::to_string(seedMs / 1000.0).substr(0, 5) +
                          " s; QT_QPA_PLATFORM=" + qEnvironmentVariable("QT_QPA_PLATFORM").toStdString());

    // ---- cold start, in fresh processes (the first one also warms the page cache) ----
    std::vector<double> colds;
    for (int run = 0; run < (quick ? 2 : 4); ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--cold-start"), dir.path(), url});
        QByteArray out;
        while (!out.contains('\n') && child.waitForReadyRead(30'000)) out += child.readAllStandardOutput();
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        child.waitForFinished(30'000);
        if (!out.startsWith("ready ")) die("cold start child failed: " + out.toStdString());
        if (run == 0) table.notes.push_back("cold start child: " + out.trimmed().toStdString() + " (rows, filled cells)");
        if (run > 0) colds.push_back(ms);  // run 0 warms the OS page cache
    }
    table.add("cold start to populated task list (fresh process, median)", percentile(colds, 0.5), "ms", 1500);

    // ---- the live session ----
    muster::app::AccountSession session;
    session.setKeys(deviceKeys.get());
    session.setDataDir(dir.path());
    session.setSyncTiming(std::chrono::milliseconds(50), std::chrono::milliseconds(30'000), false);
    if (!session.openAccount(accountFor(url, keys), QStringLiteral("tok-bench"))) {
        die("the account did not open: " + session.errorText().toStdString());
    }
    muster::app::TaskListModel tasks;
    tasks.setSession(&session);
    muster::app::ActivityFeedModel feed;
    muster::app::DashboardController dashboard;
    const double feedOpenMs =
        maxGapWhile([&] { feed.setSession(&session); }, [&] { return !feed.loading(); }, 60'000, "feed first population");
    double dashFirstMs = 0;
    auto t0 = Clock::now();
    const double dashOpenMs = maxGapWhile([&] {
        t0 = Clock::now();
        dashboard.setSession(&session);
    }, [&] {
        if (dashboard.loading()) return false;
        dashFirstMs = msSince(t0);
        return true;
    }, 60'000, "dashboard first computation");
    if (tasks.rowCount() < kTasks / 2 || feed.count() == 0 || dashboard.total() == 0) die("models are empty");
    // Let the first sync (nothing to send, nothing to receive) finish.
    maxGapWhile([] {}, [&] { return !session.syncStatus()->syncing(); }, 30'000, "first sync");
    if (session.syncStatus()->state() != QStringLiteral("idle")) {
        die("first sync: " + session.syncStatus()->state().toStdString() + " " +
            session.syncStatus()->lastError().toStdString());
    }

    // ---- row fetch ----
    {
        std::mt19937 rng(kSeed);
        const int roles[] = {muster::app::TaskListModel::TitleRole, muster::app::TaskListModel::StatusRole,
                             muster::app::TaskListModel::PriorityRole, muster::app::TaskListModel::DueAtRole,
                             muster::app::TaskListModel::UnitNameRole, muster::app::TaskListModel::IsOverdueRole,
                             muster::app::TaskListModel::IsNewRole};
        std::vector<double> times;
        const int samples = quick ? 20'000 : 100'000;
        times.reserve(static_cast<std::size_t>(samples));
        std::size_t sink = 0;
        for (int s = 0; s < samples; ++s) {
            const QModelIndex i = tasks.index(static_cast<int>(rng() % static_cast<unsigned>(tasks.rowCount())), 0);
            const int role = roles[rng() % std::size(roles)];
            const auto a = Clock::now();
            const QVariant v = tasks.data(i, role);
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
            sink += v.isValid() ? 1 : 0;
        }
        if (sink == 0) die("no row data");
        table.add("task list row fetch p99 (data(), random row and role, " + std::to_string(samples) + ")",
                  percentile(times, 0.99), "ms", 1);
    }

    // ---- local writes through the controller, every model following ----
    {
        muster::app::TaskController task;
        task.setSession(&session);
        muster::app::TaskLogModel logModel;
        logModel.setSession(&session);
        std::mt19937 rng(kSeed + 1);
        std::vector<double> logs;
        std::vector<double> statuses;
        const int n = quick ? 60 : 200;
        for (int w = 0; w < n; ++w) {
            // A task of the coordinator's own unit that is open to actions.
            const QString key = tasks.keyAt(static_cast<int>(rng() % static_cast<unsigned>(tasks.rowCount())));
            task.setTaskKey(key);
            if (!task.canLog()) {
                --w;
                continue;
            }
            logModel.setTaskKey(key);
            auto a = Clock::now();
            if (!task.logAction(QStringLiteral("Bench entry %1").arg(w))) die("logAction failed: " + task.errorText().toStdString());
            logs.push_back(msSince(a));
            QStringList actions = task.availableActions();
            actions.removeAll(QStringLiteral("block"));
            if (!actions.isEmpty()) {
                a = Clock::now();
                if (!task.perform(actions.constFirst())) die("perform failed: " + task.errorText().toStdString());
                statuses.push_back(msSince(a));
            }
            // Let the UI loop (and the worker's debounced sync) run between writes, as a user would.
            maxGapWhile([] {}, [] { return true; }, 30'000, "between writes");
        }
        table.add("log action write p99 (TaskController::logAction + models, " + std::to_string(logs.size()) + ")",
                  percentile(logs, 0.99), "ms", 10);
        table.add("status change write p99 (TaskController::perform + models, " + std::to_string(statuses.size()) + ")",
                  percentile(statuses, 0.99), "ms", 10);
        // Let the worker send what was written.
        maxGapWhile([] {}, [&] { return session.syncStatus()->pending() == 0 && session.syncStatus()->state() == QStringLiteral("idle"); }, 60'000, "sending the writes");
    }

    // ---- stalls while a sync batch is applied ----
    int logSerial = kLogs;
    const auto stallDuringSync = [&](int changes) {
        std::mt19937 rng(kSeed + static_cast<unsigned>(changes));
        const std::int64_t at = muster::SystemClock::instance().now_ms();
        muster::SyncResponse answer;
        for (int c = 0; c < changes; ++c) {
            const std::int64_t seq = ++sync.cursor;
            if (c % 2 == 0) {
                answer.changes.push_back(muster::test::serverChange(
                    muster::EntityType::task, taskKey(static_cast<int>(rng() % kTasks)),
                    {{"status", kStatuses[rng() % 6]}}, at, seq));
            } else {
                const int l = logSerial++;
                answer.changes.push_back(muster::test::serverChange(
                    muster::EntityType::log, logKey(l),
                    {{"task", taskKey(static_cast<int>(rng() % kTasks))}, {"author", keys.colleague},
                     {"kind", "action"}, {"text", "Remote entry " + std::to_string(l)}, {"at", at + c}},
                    at, seq));
            }
        }
        answer.cursor = std::to_string(sync.cursor);
        answer.server_time_ms = at;
        prepared = QByteArray::fromStdString(muster::encode_sync_response(answer).dump());
        const double before = session.syncStatus()->lastSyncAt();
        QElapsedTimer settle;
        bool synced = false;
        const double gap = maxGapWhile([&] { session.syncNow(); },
                                       [&] {
                                           if (!synced && prepared.isEmpty() &&
                                               session.syncStatus()->lastSyncAt() > before &&
                                               session.syncStatus()->state() == QStringLiteral("idle")) {
                                               synced = true;
                                               settle.start();
                                           }
                                           // The dashboard's coalesced recompute (250 ms) has run by then.
                                           return synced && settle.elapsed() > 600;
                                       },
                                       120'000, "sync batch");
        table.add("UI-thread max stall, sync of " + std::to_string(changes) + " remote changes (tasks + logs)", gap,
                  "ms", 50);
    };
    stallDuringSync(500);
    if (!quick) stallDuringSync(10'000);

    // The task list's 30 s tick re-reads every task for its time flags (overdue, releases).
    {
        double tickGap = 0;
        for (int r = 0; r < 3; ++r) {
            tickGap = std::max(tickGap, maxGapWhile([&] { tasks.refreshTime(); }, [&] { return !tasks.refreshing(); },
                                                    60'000, "time refresh"));
        }
        table.add("UI-thread max stall, task list time refresh (its 30 s tick)", tickGap, "ms", 50);
        // A filter change (a letter typed in search) still re-reads every task on the UI thread.
        double filterGap = 0;
        for (const char* text : {"gauge", "", "north", ""}) {
            filterGap = std::max(filterGap, maxGapWhile([&] { tasks.setSearchText(QString::fromLatin1(text)); },
                                                        [] { return true; }, 60'000, "search"));
        }
        table.add("UI-thread max stall, task list search or filter change (a reset)", filterGap, "ms", 50);
    }

    // ---- stalls while the feed and the dashboard reload ----
    {
        const QString unit = QString::fromStdString(keys.unit);
        // Let what the sync batches queued (the dashboard's coalesced recompute) run first.
        QElapsedTimer quiet;
        quiet.start();
        maxGapWhile([] {}, [&] { return quiet.elapsed() > 1500; }, 60'000, "settling");
        double feedGap = 0;
        for (int r = 0; r < 3; ++r) {
            feedGap = std::max(feedGap, maxGapWhile([&] { feed.setUnitKey(feed.unitKey().isEmpty() ? unit : QString()); },
                                                    [&] { return !feed.loading(); }, 60'000, "reload"));
        }
        table.add("UI-thread max stall, activity feed scope change (reload)", feedGap, "ms", 50);
        double dashGap = 0;
        for (int r = 0; r < 3; ++r) {
            dashGap = std::max(dashGap, maxGapWhile([&] { dashboard.reload(); }, [&] { return !dashboard.loading(); },
                                                    60'000, "reload"));
        }
        table.add("UI-thread max stall, dashboard recompute", dashGap, "ms", 50);
        muster::app::DeviceListModel devices;
        const double devicesOpenMs = maxGapWhile([&] { devices.setSession(&session); },
                                                 [&] { return !devices.loading(); }, 60'000, "device list");
        double devicesGap = 0;
        for (int r = 0; r < 3; ++r) {
            devicesGap = std::max(devicesGap, maxGapWhile([&] { devices.setUnitKey(devices.unitKey().isEmpty() ? unit : QString()); },
                                                          [&] { return !devices.loading(); }, 60'000, "device list reload"));
        }
        if (devices.count() < kDevices / 2) die("the device list is short: " + std::to_string(devices.count()));
        table.add("UI-thread max stall, device list first population (setSession)", devicesOpenMs, "ms", 50);
        table.add("UI-thread max stall, device list scope change (reload)", devicesGap, "ms", 50);
        table.add("UI-thread max stall, activity feed first population (setSession)", feedOpenMs, "ms", 50);
        table.add("UI-thread max stall, dashboard first computation (setSession)", dashOpenMs, "ms", 50);
        table.info("dashboard first figures, read in the background", std::to_string(static_cast<int>(dashFirstMs)) + " ms");
        table.info("feed rows / dashboard total", std::to_string(feed.count()) + " / " + std::to_string(dashboard.total()));
    }
    session.close();
    table.print(asJson);
    return 0;
}
