// TaskListModel over a real SQLite file (core Store) with an injected clock:
// sorting, filters, overdue, hidden injects and row-by-row updates.
#include <chrono>
#include <future>
#include <utility>
#include <vector>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include "accountsession.h"
#include "backgroundreader.h"
#include "muster/clock.hpp"
#include "sampledata.h"
#include "taskcontroller.h"
#include "tasklistmodel.h"
#include "tasklogmodel.h"

using namespace muster::app;
using muster::test::SampleKeys;

namespace {
constexpr qint64 kNow = 1'764'000'000'000;
constexpr qint64 kMinute = 60'000;
}  // namespace

class TaskListModelTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.set_ms(kNow);
        m_session = std::make_unique<AccountSession>();
        m_session->setClock(m_clock);
        m_session->setDataDir(m_dir->path());
        m_session->setSyncTiming(std::chrono::milliseconds(50), std::chrono::milliseconds(2000), false);
        AccountInfo info{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("a.okafor"),
                         QString::fromStdString(m_keys.me), QStringLiteral("Ada Okafor"), QStringLiteral("coordinator"),
                         QString::fromStdString(m_keys.unit)};
        QVERIFY(m_session->openAccount(info, {}));
        QVERIFY(m_session->withWriter([](muster::Store& s) { return muster::test::seedSampleData(s, kNow); }));
        m_model = std::make_unique<TaskListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_session.get());
    }
    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        m_dir.reset();
    }

    void sortsByPriorityThenDueAndHidesUnreleasedInjects() {
        // "mine": my unit's tasks; the rest centre inject (90 min) is not released at 40 min.
        QCOMPARE(keys(), QStringList({key(m_keys.sandbags), key(m_keys.gauges), key(m_keys.shelter),
                                      key(m_keys.generator), key(m_keys.batteries)}));
        QCOMPARE(m_model->totalCount(), 6);
        QCOMPARE(m_model->indexOfKey(key(m_keys.restCentre)), -1);
    }

    void releasesAnInjectWhenTheDrillClockReachesIt() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_clock.advance_ms(51 * kMinute);  // drill clock 91 min
        m_model->refreshTime();
        QVERIFY(m_model->refreshing());  // read in the background
        QCOMPARE(m_model->indexOfKey(key(m_keys.restCentre)), -1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->refreshing(), 10000);
        QVERIFY(m_model->indexOfKey(key(m_keys.restCentre)) >= 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void revealsAnInjectAtItsReleaseTimeOnTheRealClock() {
        // A cut-off device and nothing but its own clock (no manual refresh):
        // the rest centre inject (drill time 90 min) of a running drill whose
        // clock reaches it 2 s from now shows within about a second of that,
        // not at the next 30 s tick.
        QTemporaryDir dir;
        AccountSession session;  // the system clock
        session.setDataDir(dir.path());
        session.setSyncTiming(std::chrono::milliseconds(50), std::chrono::milliseconds(2000), false);
        AccountInfo info{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("a.okafor"),
                         QString::fromStdString(m_keys.me), QStringLiteral("Ada Okafor"), QStringLiteral("coordinator"),
                         QString::fromStdString(m_keys.unit)};
        QVERIFY(session.openAccount(info, {}));
        const qint64 now = muster::SystemClock::instance().now_ms();
        const qint64 releaseAt = now + 2000;
        QVERIFY(session.withWriter([&](muster::Store& s) {
            if (!muster::test::seedSampleData(s, now, m_keys)) return false;
            muster::SyncResponse response;
            response.changes.push_back(muster::test::serverChange(
                muster::EntityType::drill, m_keys.drill,
                {{"state", "running"}, {"started_at", releaseAt - 90 * kMinute}, {"paused_ms", 0}, {"prestage", true}},
                now, 1000));
            response.cursor = "1000";
            response.server_time_ms = now;
            return static_cast<bool>(s.apply_sync_result(response, now));
        }));
        TaskListModel list;
        list.setSession(&session);
        const QString restCentre = key(m_keys.restCentre);
        QCOMPARE(list.indexOfKey(restCentre), -1);
        QTRY_VERIFY_WITH_TIMEOUT(list.indexOfKey(restCentre) >= 0, 5000);
        const qint64 shownAt = muster::SystemClock::instance().now_ms();
        QVERIFY2(shownAt >= releaseAt, qPrintable(QStringLiteral("shown %1 ms early").arg(releaseAt - shownAt)));
        // About a second at most (a background read; slack for a loaded test
        // machine), where the 30 s tick alone takes up to 30 s.
        QVERIFY2(shownAt - releaseAt < 2500, qPrintable(QStringLiteral("shown %1 ms late").arg(shownAt - releaseAt)));
    }

    void flagsOverdueAndExercise() {
        const QModelIndex gauges = m_model->index(m_model->indexOfKey(key(m_keys.gauges)));
        QCOMPARE(gauges.data(TaskListModel::IsOverdueRole).toBool(), true);  // released at 0, 15 min deadline
        QCOMPARE(gauges.data(TaskListModel::IsExerciseRole).toBool(), true);
        QCOMPARE(gauges.data(TaskListModel::DrillTitleRole).toString(), QStringLiteral("Flood response drill"));
        QCOMPARE(gauges.data(TaskListModel::UnitNameRole).toString(), QStringLiteral("North team"));
        const QModelIndex batteries = m_model->index(m_model->indexOfKey(key(m_keys.batteries)));
        QCOMPARE(batteries.data(TaskListModel::IsOverdueRole).toBool(), false);  // done is never overdue
        const QModelIndex generator = m_model->index(m_model->indexOfKey(key(m_keys.generator)));
        QCOMPARE(generator.data(TaskListModel::IsExerciseRole).toBool(), false);
        QCOMPARE(generator.data(TaskListModel::AssignedToMeRole).toBool(), true);
    }

    void marksTasksNewSinceLastLook() {
        // First open of the account: everything that arrived counts as new until marked seen.
        const QModelIndex sandbags = m_model->index(m_model->indexOfKey(key(m_keys.sandbags)));
        QVERIFY(sandbags.data(TaskListModel::IsNewRole).toBool());
        m_session->markAllSeen();
        QVERIFY(!m_model->index(0).data(TaskListModel::IsNewRole).toBool());
    }

    /// Opening a task takes its "new" away, in this session and the next; the
    /// task beside it, not opened, stays new until the next session's look.
    void anOpenedTaskIsNotNewInThisSessionOrTheNext() {
        const auto isNew = [this](const std::string& k) {
            const int row = m_model->indexOfKey(key(k));
            return row >= 0 && m_model->index(row).data(TaskListModel::IsNewRole).toBool();
        };
        QVERIFY(isNew(m_keys.sandbags));
        QVERIFY(isNew(m_keys.gauges));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        {
            TaskController page;
            page.setSession(m_session.get());
            page.setTaskKey(key(m_keys.sandbags));
            QVERIFY(isNew(m_keys.sandbags));  // chosen but not shown yet
            page.setViewing(true);
        }
        QVERIFY(!isNew(m_keys.sandbags));
        QVERIFY(isNew(m_keys.gauges));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).toModelIndex().row(), m_model->indexOfKey(key(m_keys.sandbags)));

        // Two tasks arrive during the second session; the user opens one.
        const AccountInfo info = m_session->account();
        m_session->close();
        m_clock.set_ms(kNow + 10 * kMinute);
        QVERIFY(m_session->openAccount(info, {}));
        QVERIFY(!isNew(m_keys.gauges));  // arrived before this session's look
        const std::string opened = "a0000000-0000-4000-8000-00000000c001";
        const std::string other = "a0000000-0000-4000-8000-00000000c002";
        QVERIFY(m_session->withWriter([&](muster::Store& s) {
            muster::SyncResponse response;
            for (const auto& [k, seq] : {std::pair{opened, 2001}, std::pair{other, 2002}}) {
                response.changes.push_back(muster::test::serverChange(
                    muster::EntityType::task, k,
                    {{"title", "Arrived at 11 min"}, {"unit", m_keys.unit}, {"status", "open"}, {"priority", "normal"}},
                    kNow + 11 * kMinute, seq));
            }
            response.cursor = "2002";
            response.server_time_ms = kNow + 11 * kMinute;
            return static_cast<bool>(s.apply_sync_result(response, kNow + 11 * kMinute));
        }));
        m_model->reload();  // as a sync's published changes would
        QVERIFY(m_model->indexOfKey(key(other)) >= 0);
        QVERIFY(isNew(opened) && isNew(other));
        m_clock.set_ms(kNow + 12 * kMinute);
        {
            TaskController page;
            page.setSession(m_session.get());
            page.setViewing(true);
            page.setTaskKey(key(opened));
        }
        QVERIFY(!isNew(opened));
        QVERIFY(isNew(other));

        // The third session looks back to the second's start: the opened one stays seen.
        m_session->close();
        m_clock.set_ms(kNow + 20 * kMinute);
        QVERIFY(m_session->openAccount(info, {}));
        QTRY_VERIFY(m_model->indexOfKey(key(other)) >= 0);
        QVERIFY(!isNew(opened));
        QVERIFY(isNew(other));
        QVERIFY(!isNew(m_keys.sandbags));
    }

    void filtersByStatusDrillSearchAndScope() {
        m_model->setStatusFilter({QStringLiteral("blocked")});
        QCOMPARE(keys(), QStringList({key(m_keys.shelter)}));
        m_model->setStatusFilter({});
        m_model->setDrillFilter(QStringLiteral("*"));
        QCOMPARE(keys(), QStringList({key(m_keys.sandbags), key(m_keys.gauges)}));
        m_model->setDrillFilter(QStringLiteral("-"));
        QCOMPARE(m_model->count(), 3);
        m_model->setDrillFilter({});
        m_model->setSearchText(QStringLiteral("GENERATOR"));
        QCOMPARE(keys(), QStringList({key(m_keys.generator)}));
        m_model->setSearchText({});
        QCOMPARE(m_model->indexOfKey(key(m_keys.drains)), -1);
        m_model->setScope(QStringLiteral("unit"));
        QVERIFY(m_model->indexOfKey(key(m_keys.drains)) >= 0);
    }

    void updatesOneRowForALocalStatusChange() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        TaskController controller;
        controller.setSession(m_session.get());
        controller.setTaskKey(key(m_keys.sandbags));
        QVERIFY(controller.availableActions().contains(QStringLiteral("acknowledge")));
        QVERIFY(controller.perform(QStringLiteral("acknowledge")));
        QCOMPARE(controller.status(), QStringLiteral("acknowledged"));
        const QModelIndex row = m_model->index(m_model->indexOfKey(key(m_keys.sandbags)));
        QCOMPARE(row.data(TaskListModel::StatusRole).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_session->syncStatus()->pending(), 1);
    }

    void aFilterChangeListsFromTheRowsHeldWithTheirLatestChanges() {
        TaskController controller;
        controller.setSession(m_session.get());
        controller.setTaskKey(key(m_keys.sandbags));
        QVERIFY(controller.perform(QStringLiteral("acknowledge")));
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setStatusFilter({QStringLiteral("acknowledged")});
        QCOMPARE(resets.count(), 1);
        QVERIFY(m_model->indexOfKey(key(m_keys.sandbags)) >= 0);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            QCOMPARE(m_model->index(r).data(TaskListModel::StatusRole).toString(), QStringLiteral("acknowledged"));
        }
        // The unreleased inject stays out under any filter; clearing it lists the rest again.
        m_model->setStatusFilter({});
        m_model->setScope(QStringLiteral("unit"));
        QCOMPARE(m_model->indexOfKey(key(m_keys.restCentre)), -1);
        QVERIFY(m_model->indexOfKey(key(m_keys.drains)) >= 0);
    }

    /// A reader whose own connection cannot open runs its jobs on the UI
    /// thread against the store it is given (the page still fills).
    void aReaderWithoutItsOwnConnectionRunsJobsOnTheUiThread() {
        BackgroundReader reader(QStringLiteral("/nonexistent-muster-dir/none.db"), std::string(64, 'a'),
                                muster::SystemClock::instance(), [this] { return m_session->readStore(); });
        QThread* ranOn = nullptr;
        std::size_t tasks = 0;
        bool landed = false;
        reader.run(this, [&](muster::Store& store) -> std::function<void()> {
            ranOn = QThread::currentThread();
            if (auto list = store.list(muster::EntityType::task)) tasks = list->size();
            return [&landed] { landed = true; };
        });
        QTRY_VERIFY(landed);
        QCOMPARE(ranOn, QThread::currentThread());
        QVERIFY(tasks > 0);
        // Without any store the job is dropped, not run on nothing.
        BackgroundReader none(QStringLiteral("/nonexistent-muster-dir/none.db"), std::string(64, 'a'),
                              muster::SystemClock::instance(), [] { return nullptr; });
        bool ran = false;
        none.run(this, [&ran](muster::Store&) -> std::function<void()> {
            ran = true;
            return {};
        });
        QTest::qWait(200);
        QVERIFY(!ran);
    }

    void aTimeRefreshReadBeforeALocalChangeDoesNotUndoIt() {
        m_model->refreshTime();
        // Let the background read finish (a job queued after it has run) but
        // not land: its answer waits for this thread's event loop.
        std::promise<void> readDone;
        m_session->backgroundReader()->run(this, [&readDone](muster::Store&) -> std::function<void()> {
            readDone.set_value();
            return {};
        });
        QCOMPARE(readDone.get_future().wait_for(std::chrono::seconds(10)), std::future_status::ready);
        QVERIFY(m_model->refreshing());
        TaskController controller;  // the change lands between the read and its answer
        controller.setSession(m_session.get());
        controller.setTaskKey(key(m_keys.sandbags));
        QVERIFY(controller.perform(QStringLiteral("acknowledge")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->refreshing(), 10000);
        const QModelIndex row = m_model->index(m_model->indexOfKey(key(m_keys.sandbags)));
        QCOMPARE(row.data(TaskListModel::StatusRole).toString(), QStringLiteral("acknowledged"));
    }

    void movesARowWhenAServerChangeReordersIt() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        // The server raises the generator task to critical: it moves up, right
        // after the other critical task (due sooner).
        QCOMPARE(m_model->keyAt(3), key(m_keys.generator));
        QVERIFY(m_session->withWriter([&](muster::Store& s) {
            return static_cast<bool>(s.apply_sync_result(
                muster::test::serverTaskChange(m_keys.generator, {{"priority", "critical"}}, kNow + 1000, 100), kNow));
        }));
        TouchedEntities touched;
        touched.tasks << key(m_keys.generator);
        m_session->publishTouched(touched);
        QCOMPARE(m_model->keyAt(1), key(m_keys.generator));
        QCOMPARE(resets.count(), 0);
    }

    void staysOrderedAndCountedThroughIncrementalBatches() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        // One batch: a reorder (priority), a task entering "mine" (the other
        // unit's task moved to mine), a task leaving it (moved away), a new
        // task, a brand-new task of the other unit (counted, not listed) and
        // a status change that keeps the row in place.
        const std::string fresh = "a0000000-0000-4000-8000-0000000000f1";
        const std::string elsewhere = "a0000000-0000-4000-8000-0000000000f2";
        const std::vector<std::pair<std::string, nlohmann::json>> changes = {
            {m_keys.batteries, {{"priority", "critical"}}},
            {m_keys.drains, {{"unit", m_keys.unit}}},
            {m_keys.shelter, {{"unit", m_keys.otherUnit}}},
            {fresh, {{"title", "Clear the culvert"}, {"status", "open"}, {"priority", "high"}, {"unit", m_keys.unit}}},
            {elsewhere, {{"title", "Elsewhere"}, {"status", "open"}, {"priority", "low"}, {"unit", m_keys.otherUnit}}},
            {m_keys.generator, {{"status", "in_progress"}}},
        };
        std::int64_t seq = 200;
        TouchedEntities touched;
        for (const auto& [k, plain] : changes) {
            QVERIFY(m_session->withWriter([&](muster::Store& s) {
                return static_cast<bool>(
                    s.apply_sync_result(muster::test::serverTaskChange(k, plain, kNow + 1000, ++seq), kNow));
            }));
            touched.tasks << key(k);
        }
        m_session->publishTouched(touched);
        QCOMPARE(resets.count(), 0);

        // The same as a model that reads everything afresh.
        TaskListModel reread;
        reread.setSession(m_session.get());
        QStringList expected;
        for (int i = 0; i < reread.count(); ++i) expected << reread.keyAt(i);
        QCOMPARE(keys(), expected);
        QCOMPARE(m_model->totalCount(), reread.totalCount());
        QCOMPARE(m_model->totalCount(), 8);
        QVERIFY(keys().contains(key(m_keys.drains)));
        QVERIFY(keys().contains(key(fresh)));
        QVERIFY(!keys().contains(key(m_keys.shelter)));
        QVERIFY(!keys().contains(key(elsewhere)));
        // Raised to critical: above every high task now.
        QVERIFY(m_model->indexOfKey(key(m_keys.batteries)) < m_model->indexOfKey(key(m_keys.gauges)));
        for (int i = 0; i < m_model->count(); ++i) QCOMPARE(m_model->indexOfKey(m_model->keyAt(i)), i);
        QCOMPARE(m_model->indexOfKey(key(m_keys.shelter)), -1);
        QCOMPARE(m_model->index(m_model->indexOfKey(key(m_keys.generator))).data(TaskListModel::StatusRole).toString(),
                 QStringLiteral("in_progress"));

        // A filter change (a reset) after incremental batches agrees too.
        m_model->setScope(QStringLiteral("unit"));
        reread.setScope(QStringLiteral("unit"));
        expected.clear();
        for (int i = 0; i < reread.count(); ++i) expected << reread.keyAt(i);
        QCOMPARE(keys(), expected);
        QVERIFY(keys().contains(key(elsewhere)));
    }

    void blockingLogsTheReasonInTheTimeline() {
        TaskLogModel logs;
        QAbstractItemModelTester tester(&logs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        logs.setSession(m_session.get());
        logs.setTaskKey(key(m_keys.gauges));
        QCOMPARE(logs.count(), 3);
        TaskController controller;
        controller.setSession(m_session.get());
        controller.setTaskKey(key(m_keys.gauges));
        QVERIFY(!controller.block(QStringLiteral("  ")));
        QVERIFY(controller.block(QStringLiteral("Weir Lane road closed")));
        QCOMPARE(controller.status(), QStringLiteral("blocked"));
        QCOMPARE(logs.count(), 4);
        const QModelIndex last = logs.index(3);
        QCOMPARE(last.data(TaskLogModel::KindRole).toString(), QStringLiteral("status"));
        QCOMPARE(last.data(TaskLogModel::TextRole).toString(), QStringLiteral("Weir Lane road closed"));
        QCOMPARE(last.data(TaskLogModel::AuthorNameRole).toString(), QStringLiteral("Ada Okafor"));
        QVERIFY(controller.logAction(QStringLiteral("Called the council roads team"), QStringLiteral("action")));
        QCOMPARE(logs.count(), 5);
        QCOMPARE(m_session->syncStatus()->pending(), 3);  // status + 2 logs
        QVERIFY(controller.availableActions().contains(QStringLiteral("reopen")));  // coordinator
    }

  private:
    static QString key(const std::string& k) { return QString::fromStdString(k); }
    QStringList keys() const {
        QStringList out;
        for (int i = 0; i < m_model->count(); ++i) out << m_model->keyAt(i);
        return out;
    }

    SampleKeys m_keys;
    muster::ManualClock m_clock{kNow};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<TaskListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TaskListModelTest)
#include "tasklistmodel_test.moc"
