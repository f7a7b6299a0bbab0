// The coordinator dashboard's models over a real SQLite file with a real sync
// worker and event loop: DashboardController (counts by status, overdue,
// unreleased injects, scope), ActivityFeedModel (latest logs, live inserts)
// and DeviceListModel (freshness) — and how each follows a pull.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "activityfeedmodel.h"
#include "coordinatortestsupport.h"
#include "dashboardcontroller.h"
#include "devicelistmodel.h"
#include "muster/clock.hpp"
#include "taskcontroller.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;
using muster::test::RecordingSync;
using muster::test::serverChange;

namespace {
qint64 now() {
    return muster::SystemClock::instance().now_ms();
}

QStringList column(const QAbstractItemModel& model, int role) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) out << model.index(row, 0).data(role).toString();
    return out;
}
}  // namespace

class DashboardTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_server = std::make_unique<FakeMusterServer>();
        m_sync = std::make_unique<RecordingSync>();
        m_sync->install(*m_server);
        m_account = std::make_unique<CoordinatorAccount>();
        QVERIFY(m_account->open(m_server.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->session->syncStatus()->state(), QStringLiteral("idle"), 10000);
    }
    void cleanup() {
        m_account.reset();
        m_sync.reset();
        m_server.reset();
    }

    void countsReleasedTasksOfTheCoordinatorsScopeByStatus() {
        DashboardController dashboard;
        dashboard.setSession(session());
        QVERIFY(dashboard.available());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        // North only (the other unit's task is out of scope); the rest centre inject is not released.
        QCOMPARE(dashboard.total(), 5);
        QCOMPARE(dashboard.countOf(QStringLiteral("open")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("acknowledged")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("in_progress")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("blocked")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("done")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("cancelled")), 0);
        QCOMPARE(dashboard.maxCount(), 1);
        QCOMPARE(dashboard.unreleasedCount(), 1);
        QCOMPARE(dashboard.overdueCount(), 1);
        QCOMPARE(dashboard.overdueTasks().size(), 1);
        QCOMPARE(dashboard.overdueTasks().constFirst().toMap().value(QStringLiteral("key")).toString(),
                 key(m_account->keys.gauges));
        QCOMPARE(dashboard.drills().size(), 1);

        dashboard.setDrillKey(key(m_account->keys.drill));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.total(), 2);
        QCOMPARE(dashboard.countOf(QStringLiteral("open")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("in_progress")), 1);
        QCOMPARE(dashboard.countOf(QStringLiteral("done")), 0);

        dashboard.setDrillKey({});
        dashboard.setUnitKey(key(m_account->keys.otherUnit));  // not in a North coordinator's subtree
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.total(), 0);
    }

    void aMemberSeesNoFigures() {
        CoordinatorAccount member;
        QVERIFY(member.open(nullptr, QStringLiteral("member")));
        DashboardController dashboard;
        dashboard.setSession(member.session.get());
        QVERIFY(!dashboard.available());
        QCOMPARE(dashboard.total(), 0);
        ActivityFeedModel feed;
        feed.setSession(member.session.get());
        QCOMPARE(feed.count(), 0);
        DeviceListModel devices;
        devices.setSession(member.session.get());
        QCOMPARE(devices.count(), 0);
    }

    void countsFollowAPullThatBringsStatuses() {
        DashboardController dashboard;
        dashboard.setSession(session());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QSignalSpy changed(&dashboard, &DashboardController::changed);
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.sandbags,
                                               {{"status", "done"}}, now()));
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.gauges,
                                               {{"status", "done"}}, now()));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.countOf(QStringLiteral("done")), 3, 10000);
        QCOMPARE(dashboard.countOf(QStringLiteral("open")), 0);
        QCOMPARE(dashboard.countOf(QStringLiteral("in_progress")), 0);
        QCOMPARE(dashboard.overdueCount(), 0);  // done is never overdue
        QCOMPARE(dashboard.maxCount(), 3);
        QVERIFY(changed.count() >= 1);

        // Hidden, it waits; shown again, it catches up at once.
        dashboard.setActive(false);
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.shelter,
                                               {{"status", "done"}}, now()));
        TaskController shelter;
        shelter.setSession(session());
        shelter.setTaskKey(key(m_account->keys.shelter));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(shelter.status(), QStringLiteral("done"), 10000);
        QTest::qWait(400);  // longer than the coalescing delay
        QCOMPARE(dashboard.countOf(QStringLiteral("done")), 3);
        dashboard.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.countOf(QStringLiteral("done")), 4);
        QCOMPARE(dashboard.countOf(QStringLiteral("blocked")), 0);
    }

    void incrementalCountsAfterATaskBatchMatchAFullRecompute() {
        DashboardController dashboard;
        dashboard.setSession(session());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.total(), 5);
        // One pulled batch of tasks only: a status change, the overdue task
        // done, the other unit's task moved into scope, a task moved out, and
        // a new overdue task in scope.
        const std::string fresh = "a0000000-0000-4000-8000-0000000000f1";
        const qint64 t = now();
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.sandbags,
                                               {{"status", "acknowledged"}}, t));
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.gauges,
                                               {{"status", "done"}}, t));
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.drains,
                                               {{"unit", m_account->keys.unit}}, t));
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.shelter,
                                               {{"unit", m_account->keys.otherUnit}}, t));
        m_sync->changes.push_back(serverChange(muster::EntityType::task, fresh,
                                               {{"title", "Clear the culvert"}, {"status", "open"},
                                                {"priority", "high"}, {"unit", m_account->keys.unit},
                                                {"due_at", t - 60'000}},
                                               t));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.countOf(QStringLiteral("done")), 2, 10000);
        QCOMPARE(dashboard.overdueTasks().size(), 1);
        QCOMPARE(dashboard.overdueTasks().constFirst().toMap().value(QStringLiteral("key")).toString(), key(fresh));

        DashboardController full;
        full.setSession(session());
        QTRY_VERIFY_WITH_TIMEOUT(!full.loading(), 10000);
        QCOMPARE(dashboard.total(), full.total());
        QCOMPARE(dashboard.total(), 6);
        QCOMPARE(dashboard.statusCounts(), full.statusCounts());
        QCOMPARE(dashboard.maxCount(), full.maxCount());
        QCOMPARE(dashboard.overdueCount(), full.overdueCount());
        QCOMPARE(dashboard.unreleasedCount(), full.unreleasedCount());
        QCOMPARE(dashboard.overdueTasks(), full.overdueTasks());
        QCOMPARE(dashboard.countOf(QStringLiteral("blocked")), 0);
        QCOMPARE(dashboard.countOf(QStringLiteral("done")), 2);
    }

    void aFullRecomputeRunsInTheBackgroundAndKeepsTheFiguresShownMeanwhile() {
        DashboardController dashboard;
        QSignalSpy loading(&dashboard, &DashboardController::loadingChanged);
        dashboard.setSession(session());
        // Asked, not done: the figures come when the background read lands.
        QVERIFY(dashboard.loading());
        QCOMPARE(dashboard.total(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.total(), 5);
        QCOMPARE(loading.count(), 2);

        // A recompute shows the previous figures until it lands; of two asked
        // in a row only the later one is installed (the drill's two tasks).
        dashboard.reload();
        QVERIFY(dashboard.loading());
        QCOMPARE(dashboard.total(), 5);
        dashboard.setDrillKey(key(m_account->keys.drill));
        QCOMPARE(dashboard.total(), 5);
        QSignalSpy changed(&dashboard, &DashboardController::changed);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.total(), 2);
        QCOMPARE(changed.count(), 1);

        // A task a sync touches just as a recompute starts is counted when it lands.
        dashboard.setDrillKey({});
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        bool reloadedMidway = false;
        connect(session(), &AccountSession::entitiesChanged, &dashboard, [&] {
            dashboard.reload();  // after the dashboard noted the touched task
            reloadedMidway = dashboard.loading();
        });
        m_sync->changes.push_back(serverChange(muster::EntityType::task, m_account->keys.sandbags,
                                               {{"status", "done"}}, now()));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.countOf(QStringLiteral("done")), 2, 10000);
        QVERIFY(reloadedMidway);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(dashboard.total(), 5);
    }

    void activityFeedListsTheNewestLogsAndInsertsPulledOnesLive() {
        ActivityFeedModel feed;
        QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setSession(session());
        QVERIFY(feed.loading());  // read in the background
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        QCOMPARE(feed.count(), 4);
        // Newest first: Ada's note on the gauges (22 min ago), then Tran's on the shelter (25 min ago).
        QCOMPARE(feed.index(0).data(ActivityFeedModel::TaskKeyRole).toString(), key(m_account->keys.gauges));
        QCOMPARE(feed.index(0).data(ActivityFeedModel::AuthorNameRole).toString(), QStringLiteral("Ada Okafor"));
        QVERIFY(feed.index(0).data(ActivityFeedModel::IsExerciseRole).toBool());
        QCOMPARE(feed.index(1).data(ActivityFeedModel::TaskKeyRole).toString(), key(m_account->keys.shelter));
        QCOMPARE(feed.index(1).data(ActivityFeedModel::AuthorNameRole).toString(), QStringLiteral("Tran Nguyen"));
        QVERIFY(!feed.index(1).data(ActivityFeedModel::IsExerciseRole).toBool());

        QSignalSpy resets(&feed, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&feed, &QAbstractItemModel::rowsInserted);
        const std::string logKey = "c0000000-0000-4000-8000-0000000000a1";
        const std::string hiddenLogKey = "c0000000-0000-4000-8000-0000000000a2";
        auto log = [&](const std::string& k, const std::string& task, const char* text) {
            return muster::Change{0, muster::EntityType::log, k,
                                  {{"task", task}, {"author", m_account->keys.colleague}, {"kind", "action"},
                                   {"text", text}, {"at", now()}},
                                  false};
        };
        m_sync->changes.push_back(log(logKey, m_account->keys.sandbags, "First 40 bags placed."));
        m_sync->changes.push_back(log(hiddenLogKey, m_account->keys.restCentre, "Hall keys collected."));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(feed.count(), 5, 10000);
        QCOMPARE(feed.index(0).data(ActivityFeedModel::TextRole).toString(), QStringLiteral("First 40 bags placed."));
        QCOMPARE(feed.index(0).data(ActivityFeedModel::TaskTitleRole).toString(),
                 QStringLiteral("Build a sandbag line at Mill Street"));
        QCOMPARE(inserts.count(), 1);  // the unreleased inject's entry stays out
        QCOMPARE(resets.count(), 0);

        feed.setLimit(2);
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        QCOMPARE(feed.count(), 2);
        feed.setDrillKey(key(m_account->keys.drill));
        QCOMPARE(feed.count(), 2);  // the previous scope's rows until the read lands
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        QCOMPARE(column(feed, ActivityFeedModel::TaskKeyRole),
                 QStringList({key(m_account->keys.sandbags), key(m_account->keys.gauges)}));
        feed.setDrillKey({});
        feed.setUnitKey(key(m_account->keys.otherUnit));  // outside a North coordinator's scope
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        QCOMPARE(feed.count(), 0);

        // A log that arrives while a full read runs is shown once, when the read lands.
        feed.setUnitKey({});
        feed.setLimit(50);
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        const int shown = feed.count();
        bool pendingWhileLoading = false;
        disconnect(session(), &AccountSession::entitiesChanged, &feed, nullptr);
        connect(session(), &AccountSession::entitiesChanged, &feed, [&](const TouchedEntities& touched) {
            feed.reload();
            pendingWhileLoading = feed.loading() && !touched.logs.isEmpty();
            feed.applyTouched(touched);
        });
        const std::string lateKey = "c0000000-0000-4000-8000-0000000000a3";
        m_sync->changes.push_back(log(lateKey, m_account->keys.sandbags, "Second 40 bags placed."));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(feed.count(), shown + 1, 10000);
        QVERIFY(pendingWhileLoading);
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        QCOMPARE(feed.count(), shown + 1);
        QCOMPARE(column(feed, ActivityFeedModel::KeyRole).count(QString::fromStdString(lateKey)), 1);
    }

    void deviceListTellsUnsentFromStaleAndFollowsAPull() {
        DeviceListModel devices;
        QAbstractItemModelTester tester(&devices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        devices.setSession(session());
        QVERIFY(devices.loading());  // read on the session's background reader, not on this thread
        QTRY_VERIFY_WITH_TIMEOUT(!devices.loading(), 10000);
        // Worst first; the other unit's device is out of scope.
        QCOMPARE(column(devices, DeviceListModel::MemberNameRole),
                 QStringList({QStringLiteral("Tran Nguyen"), QStringLiteral("Sam Reyes"), QStringLiteral("Ada Okafor")}));
        QCOMPARE(column(devices, DeviceListModel::FreshnessRole),
                 QStringList({QStringLiteral("unsent"), QStringLiteral("stale"), QStringLiteral("current")}));
        QCOMPARE(devices.index(0).data(DeviceListModel::PendingRole).toInt(), 3);
        QVERIFY(devices.index(0).data(DeviceListModel::OldestPendingAtRole).toDouble() > 0);
        QVERIFY(devices.index(2).data(DeviceListModel::IsThisDeviceRole).toBool());
        QCOMPARE(devices.attentionCount(), 2);

        // Tran's phone reports in: nothing unsent any more.
        m_sync->changes.push_back(serverChange(muster::EntityType::device, m_account->keys.colleagueDevice,
                                               {{"pending", 0}, {"last_sync_at", now()}}, now()));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(devices.attentionCount(), 1, 10000);
        QCOMPARE(column(devices, DeviceListModel::FreshnessRole),
                 QStringList({QStringLiteral("stale"), QStringLiteral("current"), QStringLiteral("current")}));

        // A new member of the unit whose app has never synced is listed (first:
        // the worst); an admin of the unit, who works from the server shell, is not.
        const std::string kim = "5b0c1e2a-0000-4000-8000-0000000000a1";
        const std::string root = "5b0c1e2a-0000-4000-8000-0000000000a2";
        m_sync->changes.push_back(serverChange(muster::EntityType::member, kim,
                                               {{"login", "k.lee"}, {"name", "Kim Lee"}, {"unit", m_account->keys.unit},
                                                {"role", "member"}},
                                               now()));
        m_sync->changes.push_back(serverChange(muster::EntityType::member, root,
                                               {{"login", "root"}, {"name", "Server Admin"}, {"unit", m_account->keys.unit},
                                                {"role", "admin"}},
                                               now()));
        session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(devices.count(), 4, 10000);
        QCOMPARE(devices.index(0).data(DeviceListModel::MemberNameRole).toString(), QStringLiteral("Kim Lee"));
        QCOMPARE(devices.index(0).data(DeviceListModel::FreshnessRole).toString(), QStringLiteral("never"));
        QCOMPARE(devices.index(0).data(DeviceListModel::ReplicaIdRole).toString(), QString());
        QCOMPARE(devices.attentionCount(), 2);
        QVERIFY(!column(devices, DeviceListModel::MemberNameRole).contains(QStringLiteral("Server Admin")));

        devices.setUnitKey(key(m_account->keys.otherUnit));
        QCOMPARE(devices.count(), 4);  // the previous read's rows until the new one lands
        QTRY_COMPARE_WITH_TIMEOUT(devices.count(), 0, 10000);
        QVERIFY(!devices.loading());
    }

  private:
    AccountSession* session() { return m_account->session.get(); }
    static QString key(const std::string& k) { return QString::fromStdString(k); }

    std::unique_ptr<FakeMusterServer> m_server;
    std::unique_ptr<RecordingSync> m_sync;
    std::unique_ptr<CoordinatorAccount> m_account;
};

QTEST_MAIN(DashboardTest)
#include "dashboard_test.moc"
