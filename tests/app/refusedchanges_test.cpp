// Changes the server refuses, over a real SQLite file and a real sync worker
// against a fake /v1/sync that refuses every op (`forbidden`): the refused
// list says what each change was about — the drill's title for a drill
// control, the task of a conflict resolution, a refused new task's own title
// (the task itself is gone) — and a refused log entry leaves the task's
// action log and the coordinator's activity feed (it stays only in the
// refused list).
#include <QAbstractItemModelTester>
#include <QTest>

#include "activityfeedmodel.h"
#include "conflictlistmodel.h"
#include "coordinatortestsupport.h"
#include "drillcontroller.h"
#include "newtaskcontroller.h"
#include "rejectedchangesmodel.h"
#include "taskcontroller.h"
#include "tasklogmodel.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;

namespace {
/// Row `row`'s role named `name` (as QML reads it).
QString roleData(const RejectedChangesModel& model, int row, const QByteArray& name) {
    return model.index(row).data(model.roleNames().key(name, -1)).toString();
}

/// The refused-list row whose role `role` is `value`; -1 when none.
int rowWhere(const RejectedChangesModel& model, int role, const QString& value) {
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i).data(role).toString() == value) return i;
    }
    return -1;
}
}  // namespace

class RefusedChangesTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_server = std::make_unique<FakeMusterServer>();
        // A /v1/sync that refuses every op it receives and sends nothing.
        m_sync.refuse = muster::Error{muster::ErrorCode::forbidden, "ops[0]: not allowed"};
        m_sync.install(*m_server);
        m_account = std::make_unique<CoordinatorAccount>();
        QVERIFY(m_account->open(m_server.get()));
        QTRY_COMPARE_WITH_TIMEOUT(session()->syncStatus()->state(), QStringLiteral("idle"), 10000);
    }
    void cleanup() {
        m_account.reset();
        m_server.reset();
    }

    void aRefusedChangeSaysWhatItWasAbout() {
        RejectedChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session());

        DrillController drill;
        drill.setSession(session());
        drill.setDrillKey(QString::fromStdString(keys().drill));
        QVERIFY2(drill.control(QStringLiteral("pause")), qPrintable(drill.errorText()));

        ConflictListModel conflicts;
        conflicts.setSession(session());
        QVERIFY(conflicts.resolveWith(QString::fromStdString(keys().statusConflict), QStringLiteral("winner")));

        NewTaskController newTask;
        newTask.setSession(session());
        const QString created = newTask.create(QStringLiteral("Refuel the pump at the depot"), {},
                                               QStringLiteral("high"), 0, {});
        QVERIFY2(!created.isEmpty(), qPrintable(newTask.errorText()));

        QTRY_VERIFY_WITH_TIMEOUT(session()->syncStatus()->rejectedCount() >= 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session()->syncStatus()->pending(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model.count(), session()->syncStatus()->rejectedCount(), 10000);

        // The drill control: the drill's title, not an empty task title.
        const int drillRow = rowWhere(model, RejectedChangesModel::EntityRole, QStringLiteral("drill"));
        QVERIFY(drillRow >= 0);
        QCOMPARE(model.index(drillRow).data(RejectedChangesModel::TaskTitleRole).toString(),
                 QStringLiteral("Flood response drill"));
        QCOMPARE(roleData(model, drillRow, "subject"), QStringLiteral("drill"));
        QCOMPARE(roleData(model, drillRow, "taskKey"), QString());  // no task to open

        // The conflict resolution: the task the conflict is on.
        const int conflictRow = rowWhere(model, RejectedChangesModel::EntityRole, QStringLiteral("conflict"));
        QVERIFY(conflictRow >= 0);
        QCOMPARE(model.index(conflictRow).data(RejectedChangesModel::TaskTitleRole).toString(),
                 QStringLiteral("Confirm shelter capacity with the school"));
        QCOMPARE(roleData(model, conflictRow, "subject"), QStringLiteral("conflict"));
        QCOMPARE(roleData(model, conflictRow, "taskKey"), QString::fromStdString(keys().shelter));  // opens the task

        // The new task: gone from the device, named by its own title.
        TaskController task;
        task.setSession(session());
        task.setTaskKey(created);
        QVERIFY(!task.exists());
        const int newRow = rowWhere(model, RejectedChangesModel::TaskTitleRole, QStringLiteral("Refuel the pump at the depot"));
        QVERIFY(newRow >= 0);
        QCOMPARE(model.index(newRow).data(RejectedChangesModel::EntityRole).toString(), QStringLiteral("task"));
        QCOMPARE(roleData(model, newRow, "subject"), QStringLiteral("newTask"));
        QCOMPARE(roleData(model, newRow, "taskKey"), QString());  // gone from the device: nothing to open
        // Its fields in words: the unit it was for is named, not given as a key.
        QString unitLabel;
        for (const QVariant& change : model.index(newRow).data(RejectedChangesModel::ChangesRole).toList()) {
            const QVariantMap c = change.toMap();
            if (c.value(QStringLiteral("field")).toString() == QLatin1String("unit"))
                unitLabel = c.value(QStringLiteral("label")).toString();
        }
        QCOMPARE(unitLabel, QStringLiteral("North team"));

        // No row without a title.
        for (int i = 0; i < model.rowCount(); ++i) {
            QVERIFY2(!model.index(i).data(RejectedChangesModel::TaskTitleRole).toString().isEmpty(),
                     qPrintable(model.index(i).data(RejectedChangesModel::EntityRole).toString()));
        }
    }

    void aRefusedLogEntryLeavesTheActionLogAndTheActivityFeed() {
        const QString gauges = QString::fromStdString(keys().gauges);
        TaskLogModel log;
        QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setSession(session());
        log.setTaskKey(gauges);
        ActivityFeedModel feed;
        QAbstractItemModelTester feedTester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setSession(session());
        QTRY_VERIFY_WITH_TIMEOUT(!feed.loading(), 10000);
        const int logsBefore = log.count();
        QVERIFY(logsBefore > 0);

        TaskController task;
        task.setSession(session());
        task.setTaskKey(gauges);
        QVERIFY2(task.logAction(QStringLiteral("Weir Lane gauge reads 3.1 m")), qPrintable(task.errorText()));
        // Logged on the device at once.
        QCOMPARE(log.count(), logsBefore + 1);
        const auto inFeed = [&] {
            for (int i = 0; i < feed.rowCount(); ++i) {
                if (feed.index(i).data(ActivityFeedModel::TextRole).toString() == QStringLiteral("Weir Lane gauge reads 3.1 m"))
                    return true;
            }
            return false;
        };
        QVERIFY(inFeed());

        // Refused: it leaves both, and is listed with the refused changes.
        QTRY_VERIFY_WITH_TIMEOUT(session()->syncStatus()->rejectedCount() >= 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(log.count(), logsBefore, 10000);
        QVERIFY(!inFeed());
        RejectedChangesModel refused;
        refused.setSession(session());
        const int row = rowWhere(refused, RejectedChangesModel::TextRole, QStringLiteral("Weir Lane gauge reads 3.1 m"));
        QVERIFY(row >= 0);
        QCOMPARE(refused.index(row).data(RejectedChangesModel::TaskTitleRole).toString(),
                 QStringLiteral("Report river gauge readings"));
        // And it stays gone when the models read everything again.
        log.reload();
        QCOMPARE(log.count(), logsBefore);
    }

  private:
    AccountSession* session() { return m_account->session.get(); }
    const muster::test::SampleKeys& keys() { return m_account->keys; }

    muster::test::RecordingSync m_sync;
    std::unique_ptr<FakeMusterServer> m_server;
    std::unique_ptr<CoordinatorAccount> m_account;
};

QTEST_MAIN(RefusedChangesTest)
#include "refusedchanges_test.moc"
