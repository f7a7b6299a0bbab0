// End to end: the real muster-server binary on the demo data set, and the
// app's own C++ objects (the ones the QML binds to: SessionController,
// AccountSession, SyncStatus, TaskController, TaskLogModel) on a real event
// loop, each app install in its own data folder.
//
// A member signs in, the server goes down, the member logs 20 actions and
// changes 5 statuses offline (the sync bar shows 25 waiting); the server comes
// back on the same port and within 10 s nothing waits any more. The server
// then holds every change exactly once, under the replica id of the member's
// store, and a coordinator's app that kept running has them without a manual
// refresh (the WebSocket `changed` event).
#include <algorithm>
#include <map>
#include <set>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include "accountsession.h"
#include "conflictlistmodel.h"
#include "dashboardcontroller.h"
#include "devicelistmodel.h"
#include "drillcontroller.h"
#include "muster/clock.hpp"
#include "musterserverprocess.h"
#include "newtaskcontroller.h"
#include "sessioncontroller.h"
#include "taskcontroller.h"
#include "tasklistmodel.h"
#include "tasklogmodel.h"
#include "taskdata.h"

using namespace muster::app;
using muster::test::AppInstall;
using muster::test::MusterServerProcess;
using muster::test::ServerClient;

namespace {

constexpr int kWaitMs = 10'000;
constexpr int kTasks = 5;
constexpr int kLogs = 20;
const QString kPassword = QString::fromLatin1(MusterServerProcess::kDemoPassword);

/// What the app shows for one task: its detail page's controller and log.
struct TaskView {
    TaskController task;
    TaskLogModel log;

    TaskView(AccountSession& session, const QString& key) {
        task.setSession(&session);
        task.setTaskKey(key);
        log.setSession(&session);
        log.setTaskKey(key);
    }
};

std::vector<std::unique_ptr<TaskView>> viewsOf(AccountSession& session, const QStringList& keys) {
    std::vector<std::unique_ptr<TaskView>> views;
    for (const QString& key : keys) views.push_back(std::make_unique<TaskView>(session, key));
    return views;
}

int totalLogRows(const std::vector<std::unique_ptr<TaskView>>& views) {
    int rows = 0;
    for (const auto& view : views) rows += view->log.count();
    return rows;
}

bool allHaveStatus(const std::vector<std::unique_ptr<TaskView>>& views, const QString& status) {
    return std::all_of(views.begin(), views.end(),
                       [&](const auto& view) { return view->task.status() == status; });
}

QString text(const nlohmann::json& fields, const char* name) {
    const auto it = fields.find(name);
    return it != fields.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

/// A versioned field's value (`{"v": …, "hlc": …}`) as text.
QString value(const nlohmann::json& fields, const char* name) {
    const auto it = fields.find(name);
    return it != fields.end() && it->is_object() ? text(*it, "v") : QString();
}

}  // namespace

class EndToEndTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_root = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<MusterServerProcess>(m_root->path());
        QVERIFY2(m_server->startDemo(), qPrintable(m_server->errorText()));
    }

    void cleanup() {
        if (QTest::currentTestFailed()) qInfo().noquote() << "server log:\n" << m_server->log();
        m_server.reset();
        m_root.reset();
    }

    void offlineWorkReachesTheServerOnceAndTheCoordinatorLive() {
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(m_server->url(), QStringLiteral("coord")));
        AppInstall alice;
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));
        // The sign-in named the replica the store's ops carry.
        QCOMPARE(alice.controller.replicaId(), alice.replicaId());
        QVERIFY(alice.replicaId() != coordinator.replicaId());

        // The coordinator gives alice's unit five tasks; they reach her app by themselves.
        QStringList keys;
        std::vector<muster::LocalWrite> newTasks;
        for (int i = 0; i < kTasks; ++i) {
            keys << QUuid::createUuid().toString(QUuid::WithoutBraces);
            newTasks.push_back({muster::OpKind::set,
                                muster::EntityType::task,
                                keys.last().toStdString(),
                                {{"title", "Sandbag line " + std::to_string(i + 1)},
                                 {"instructions", "Place sandbags along the marked line."},
                                 {"unit", alice.controller.unitKey().toStdString()},
                                 {"priority", "high"},
                                 {"status", "open"}}});
        }
        QVERIFY(coordinator.session.write(newTasks));
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.status()->pending(), 0, kWaitMs);
        const auto mine = viewsOf(alice.session, keys);
        const auto theirs = viewsOf(coordinator.session, keys);
        QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(mine, QStringLiteral("open")), kWaitMs);

        // The server goes down; alice keeps working.
        QVERIFY2(m_server->stop(), qPrintable(m_server->errorText()));
        for (int i = 0; i < kLogs; ++i) {
            TaskView& view = *mine[static_cast<std::size_t>(i % kTasks)];
            QVERIFY2(view.task.logAction(QStringLiteral("Offline action %1").arg(i + 1)),
                     qPrintable(view.task.errorText()));
        }
        for (const auto& view : mine) {
            QVERIFY2(view->task.perform(QStringLiteral("acknowledge")),
                     qPrintable(view->task.errorText()));
        }
        QCOMPARE(alice.status()->pending(), kLogs + kTasks);
        QCOMPARE(totalLogRows(mine), kLogs);
        QVERIFY(allHaveStatus(mine, QStringLiteral("acknowledged")));
        // Its sync attempt fails: the bar says offline, and the changes still wait.
        QTRY_COMPARE_WITH_TIMEOUT(alice.status()->state(), QStringLiteral("offline"), kWaitMs);
        QVERIFY(!alice.status()->online());
        QCOMPARE(alice.status()->pending(), kLogs + kTasks);
        QCOMPARE(totalLogRows(theirs), 0);

        // Back on the same port: everything goes out within 10 s, nothing refused.
        const quint16 port = m_server->port();
        QVERIFY2(m_server->start(port), qPrintable(m_server->errorText()));
        QCOMPARE(m_server->port(), port);
        QElapsedTimer sinceRestart;
        sinceRestart.start();
        QTRY_COMPARE_WITH_TIMEOUT(alice.status()->pending(), 0, 10'000);
        qInfo("25 changes sent %lld ms after the restart",
              static_cast<long long>(sinceRestart.elapsed()));
        QCOMPARE(alice.status()->rejectedCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(alice.status()->online(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(alice.status()->state(), QStringLiteral("idle"), kWaitMs);

        // The coordinator's running app shows them without anyone asking it to sync.
        QTRY_COMPARE_WITH_TIMEOUT(totalLogRows(theirs), kLogs, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(theirs, QStringLiteral("acknowledged")), 5000);
        qInfo("coordinator up to date %lld ms after the restart",
              static_cast<long long>(sinceRestart.elapsed()));

        verifyServerHoldsEachChangeOnce(alice, keys);
    }

    /// An idle app whose server goes away says so by itself: no local change,
    /// no tap on "Sync now" (its event socket drops, and one sync finds out).
    void anIdleAppStopsSayingOnlineWhenTheServerGoesAway() {
        AppInstall alice;
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(alice.status()->online(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(alice.status()->state(), QStringLiteral("idle"), kWaitMs);
        QVERIFY2(m_server->stop(), qPrintable(m_server->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(!alice.status()->online(), 5000);
        QCOMPARE(alice.status()->pending(), 0);

        const quint16 port = m_server->port();
        QVERIFY2(m_server->start(port), qPrintable(m_server->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(alice.status()->online(), 70'000);  // the socket's next retry (backoff ≤ 60 s)
    }

    /// A round ends on the worker just before a change is written here: its
    /// counts (a queued signal) arrive after the change and must not show
    /// "nothing waiting to send" while the change waits.
    void aChangeWrittenAsASyncEndsIsShownAsWaiting() {
        AppInstall alice;
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));
        QVERIFY(alice.synced());
        const auto syncsAnswered = [&] { return m_server->log().count(QStringLiteral("route=/v1/sync status=200")); };
        const auto before = syncsAnswered();
        // From here this thread handles no event until the change is written:
        // the worker's round ends meanwhile and its counts (0 waiting) queue up.
        alice.session.syncNow();
        QElapsedTimer waited;
        waited.start();
        while (syncsAnswered() == before && waited.elapsed() < kWaitMs) QThread::msleep(10);
        QVERIFY(syncsAnswered() > before);
        QThread::msleep(300);  // the worker reads the answer, stores it, counts and tells
        QVERIFY(alice.session.write({{muster::OpKind::set, muster::EntityType::task,
                                      QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(),
                                      {{"title", "Refill the generator"},
                                       {"unit", alice.controller.unitKey().toStdString()},
                                       {"priority", "normal"},
                                       {"status", "open"}}}}));
        QCOMPARE(alice.status()->pending(), 1);
        QCoreApplication::processEvents();  // the round's counts arrive
        QCOMPARE(alice.status()->pending(), 1);
        QVERIFY(alice.synced());  // and then it goes
    }

    /// A server (or the path to it) that dies without a word leaves the event
    /// socket open and silent: no FIN, no RST, no `changed` ever again. The
    /// app's own pings find it out: the socket is replaced and one sync tells
    /// the bar. Once the server answers again the app is back online by itself.
    void aSilentEventSocketIsFoundOutByTheAppsPings() {
        AppInstall alice;
        alice.session.setSyncTiming(std::chrono::milliseconds(100), std::chrono::milliseconds(2000), true);
        alice.session.setSocketLiveness(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(alice.status()->online(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(alice.status()->state(), QStringLiteral("idle"), kWaitMs);
        QTest::qWait(1500);  // pings answered: a live socket is kept
        QVERIFY(alice.status()->online());

        QVERIFY2(m_server->pause(), qPrintable(m_server->errorText()));
        QElapsedTimer paused;
        paused.start();
        // silence (1 s) + the sync's timeout (2 s) + slack
        QTRY_VERIFY_WITH_TIMEOUT(!alice.status()->online(), 8000);
        qInfo("offline %lld ms after the server stopped answering", static_cast<long long>(paused.elapsed()));
        QCOMPARE(alice.status()->pending(), 0);

        QVERIFY2(m_server->resume(), qPrintable(m_server->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(alice.status()->online(), 20'000);  // the socket's next retry (backoff ≤ 15 s)
    }

    /// The coordinator's screens against the real server: a task created and
    /// assigned while the server is down is listed at once, reaches the
    /// assignee's app after the restart, and her "done" moves the coordinator's
    /// dashboard with no manual refresh; her device shows in the freshness list.
    void coordinatorCreatesAndAssignsOfflineAndTheDashboardFollows() {
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(m_server->url(), QStringLiteral("coord")));
        AppInstall alice;
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));
        const QString aliceUnit = alice.controller.unitKey();

        NewTaskController form;
        form.setSession(&coordinator.session);
        QVERIFY(form.canCreate());
        form.setUnitKey(aliceUnit);
        QCOMPARE(form.unitKey(), aliceUnit);
        bool aliceListed = false;
        for (const QVariant& member : form.members())
            aliceListed |= member.toMap().value(QStringLiteral("key")).toString() == alice.controller.memberId();
        QVERIFY2(aliceListed, "alice is not offered as an assignee of her unit");

        DashboardController dashboard;
        dashboard.setSession(&coordinator.session);
        dashboard.setUnitKey(aliceUnit);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), kWaitMs);
        const int doneBefore = dashboard.countOf(QStringLiteral("done"));
        const int openBefore = dashboard.countOf(QStringLiteral("open"));
        TaskListModel list;
        list.setSession(&coordinator.session);
        list.setScope(QStringLiteral("unit"));

        QVERIFY2(m_server->stop(), qPrintable(m_server->errorText()));
        const QString key = form.create(QStringLiteral("Check the pumps at Mill Street"),
                                        QStringLiteral("Both pumps; report the flow."), QStringLiteral("high"),
                                        form.dueAtIn(60), alice.controller.memberId());
        QVERIFY2(!key.isEmpty(), qPrintable(form.errorText()));
        QVERIFY(list.indexOfKey(key) >= 0);
        QCOMPARE(coordinator.status()->pending(), 1);
        QTRY_COMPARE(dashboard.countOf(QStringLiteral("open")), openBefore + 1);  // offline, at once

        QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.status()->pending(), 0, kWaitMs);
        QCOMPARE(coordinator.status()->rejectedCount(), 0);
        TaskView hers(alice.session, key);
        QTRY_VERIFY_WITH_TIMEOUT(hers.task.exists(), kWaitMs);
        QCOMPARE(hers.task.title(), QStringLiteral("Check the pumps at Mill Street"));
        QVERIFY2(hers.task.perform(QStringLiteral("done")), qPrintable(hers.task.errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.countOf(QStringLiteral("done")), doneBefore + 1, kWaitMs);

        DeviceListModel devices;
        devices.setSession(&coordinator.session);
        QTRY_VERIFY_WITH_TIMEOUT(!devices.loading(), kWaitMs);
        QStringList replicas;
        for (int row = 0; row < devices.rowCount(); ++row)
            replicas << devices.index(row).data(DeviceListModel::ReplicaIdRole).toString();
        QVERIFY2(replicas.contains(alice.replicaId()), qPrintable(replicas.join(QLatin1Char(','))));
    }

    /// The coordinator starts the demo drill from the drill page while the
    /// server is down; once it is back the drill runs on the server and its
    /// first inject (offset 0, north) is released on alice's device, the
    /// later ones not yet.
    void aDrillStartedOfflineInTheAppRunsOnTheServer() {
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(m_server->url(), QStringLiteral("coord")));
        AppInstall alice;
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));

        DrillController drill;
        drill.setSession(&coordinator.session);
        QCOMPARE(drill.drills().size(), 1);
        const QString drillKey = drill.drills().constFirst().toMap().value(QStringLiteral("key")).toString();
        drill.setDrillKey(drillKey);
        QCOMPARE(drill.state(), QStringLiteral("planned"));
        QString first;
        QString later;
        for (int row = 0; row < drill.injects()->rowCount(); ++row) {
            const QModelIndex at = drill.injects()->index(row);
            QCOMPARE(at.data(InjectListModel::InjectStateRole).toString(), QStringLiteral("hidden"));
            if (at.data(InjectListModel::InjectRole).toInt() == 1) first = at.data(InjectListModel::KeyRole).toString();
            if (at.data(InjectListModel::InjectRole).toInt() == 3) later = at.data(InjectListModel::KeyRole).toString();
        }
        QVERIFY(!first.isEmpty() && !later.isEmpty());

        QVERIFY2(m_server->stop(), qPrintable(m_server->errorText()));
        QVERIFY2(drill.control(QStringLiteral("start")), qPrintable(drill.errorText()));
        QCOMPARE(drill.state(), QStringLiteral("running"));
        QCOMPARE(coordinator.status()->pending(), 1);
        QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.status()->pending(), 0, kWaitMs);
        QCOMPARE(coordinator.status()->rejectedCount(), 0);

        ServerClient client{QUrl(m_server->url())};
        const QString token = client.login(QStringLiteral("coord"), kPassword);
        QVERIFY2(!token.isEmpty(), qPrintable(client.errorText()));
        const auto changes = client.pullAll(token);
        QVERIFY2(changes, qPrintable(client.errorText()));
        QString serverState;
        for (const muster::Change& change : *changes) {
            if (change.entity == muster::EntityType::drill && QString::fromStdString(change.key) == drillKey)
                serverState = value(change.fields, "state");
        }
        QCOMPARE(serverState, QStringLiteral("running"));

        const auto released = [&](const QString& key) {
            muster::Store* store = alice.session.readStore();
            muster::app::TaskContext context(*store, muster::SystemClock::instance().now_ms());
            const auto row = context.load(key.toStdString());
            return row.has_value() && !row->hidden;
        };
        QTRY_VERIFY_WITH_TIMEOUT(released(first), kWaitMs);
        QVERIFY(!released(later));
    }

    /// Two offline status changes of the same task make a server conflict;
    /// the coordinator's conflicts page lists it by itself, and picking the
    /// overwritten value sends the value and `resolved`, which the server keeps.
    void aConflictReachesTheCoordinatorAndItsResolutionTheServer() {
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(m_server->url(), QStringLiteral("coord")));
        AppInstall alice;
        QVERIFY(alice.signIn(m_server->url(), QStringLiteral("alice")));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(coordinator.session.write({{muster::OpKind::set,
                                            muster::EntityType::task,
                                            key.toStdString(),
                                            {{"title", "Check the pumps"},
                                             {"unit", alice.controller.unitKey().toStdString()},
                                             {"priority", "normal"},
                                             {"status", "open"}}}}));
        TaskView hers(alice.session, key);
        TaskView theirs(coordinator.session, key);
        QTRY_VERIFY_WITH_TIMEOUT(hers.task.exists(), kWaitMs);

        // Neither sees the other's change.
        QVERIFY2(m_server->stop(), qPrintable(m_server->errorText()));
        QVERIFY2(hers.task.perform(QStringLiteral("acknowledge")), qPrintable(hers.task.errorText()));
        QVERIFY2(theirs.task.perform(QStringLiteral("done")), qPrintable(theirs.task.errorText()));
        QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->errorText()));

        ConflictListModel conflicts;
        conflicts.setSession(&coordinator.session);
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, kWaitMs);
        const QModelIndex row = conflicts.index(0);
        QCOMPARE(row.data(ConflictListModel::TargetKeyRole).toString(), key);
        QCOMPARE(row.data(ConflictListModel::FieldRole).toString(), QStringLiteral("status"));
        const QStringList sides{row.data(ConflictListModel::WinnerValueRole).toString(),
                                row.data(ConflictListModel::LoserValueRole).toString()};
        QVERIFY2(sides.contains(QStringLiteral("acknowledged")) && sides.contains(QStringLiteral("done")),
                 qPrintable(sides.join(QLatin1Char(','))));
        const QString chosen = row.data(ConflictListModel::LoserValueRole).toString();
        const QString conflictKey = row.data(ConflictListModel::KeyRole).toString();
        QVERIFY2(conflicts.resolveWith(conflictKey, QStringLiteral("loser")), qPrintable(conflicts.errorText()));
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(theirs.task.status(), chosen);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.status()->pending(), 0, kWaitMs);
        QCOMPARE(coordinator.status()->rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(hers.task.status(), chosen, kWaitMs);

        ServerClient client{QUrl(m_server->url())};
        const QString token = client.login(QStringLiteral("coord"), kPassword);
        QVERIFY2(!token.isEmpty(), qPrintable(client.errorText()));
        const auto changes = client.pullAll(token);
        QVERIFY2(changes, qPrintable(client.errorText()));
        const muster::Change* stored = nullptr;
        for (const muster::Change& change : *changes) {
            if (change.entity == muster::EntityType::conflict && QString::fromStdString(change.key) == conflictKey)
                stored = &change;
        }
        QVERIFY2(stored, "the server does not hold the conflict");
        QVERIFY(stored->fields.contains("resolved"));
        QVERIFY(stored->fields.at("resolved").at("v") == nlohmann::json(true));
    }

    /// Remote wipe against the real server: an admin wipes the coordinator's
    /// device; its next sync delivers the task just written (acked), then the
    /// app erases the account's data and says why; the old token is refused after.
    void anAdminWipesADeviceAndTheAppErasesItsData() {
        AppInstall device;
        QVERIFY(device.signIn(m_server->url(), QStringLiteral("coord")));
        const QString replica = device.replicaId();
        const QString path = device.session.databasePath();
        const QString token = device.controller.token();
        QString out;
        QVERIFY2(m_server->admin({QStringLiteral("device"), QStringLiteral("wipe"), QStringLiteral("--replica"),
                                  replica, QStringLiteral("--reason"), QStringLiteral("Phone left at the river")},
                                 &out),
                 qPrintable(m_server->errorText()));

        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSignalSpy wiped(&device.session, &AccountSession::wiped);
        QVERIFY(device.session.write({muster::LocalWrite{
            muster::OpKind::set, muster::EntityType::task, key.toStdString(),
            {{"title", "Last words before the wipe"}, {"unit", device.session.unitKey().toStdString()},
             {"priority", "normal"}, {"status", "open"}}}}));
        QVERIFY(wiped.wait(kWaitMs));
        QVERIFY(!device.session.isOpen());
        for (const char* suffix : {"", "-wal", "-shm"}) QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
        QVERIFY(!device.session.hasLastAccount());
        QVERIFY2(device.session.wipeNotice().contains(QStringLiteral("(reason: Phone left at the river)")),
                 qPrintable(device.session.wipeNotice()));
        QVERIFY2(device.session.wipeNotice().contains(QStringLiteral("Every change made on this device had reached")),
                 qPrintable(device.session.wipeNotice()));

        // What it sent before the wipe is on the server (seen from another device).
        ServerClient coordinator(QUrl(m_server->url()));
        const QString coordToken = coordinator.login(QStringLiteral("coord"), kPassword);
        QVERIFY2(!coordToken.isEmpty(), qPrintable(coordinator.errorText()));
        const auto changes = coordinator.pullAll(coordToken);
        QVERIFY2(changes, qPrintable(coordinator.errorText()));
        QVERIFY(std::any_of(changes->begin(), changes->end(),
                            [&](const muster::Change& c) { return QString::fromStdString(c.key) == key; }));
        // The wiped device's token is revoked.
        ServerClient old(QUrl(m_server->url()));
        QVERIFY(!old.pullAll(token));
    }

  private:
    /// Pulls everything as the coordinator over HTTP: each offline log once,
    /// each status set by alice's replica, and her device under that replica id.
    void verifyServerHoldsEachChangeOnce(AppInstall& alice, const QStringList& keys) {
        ServerClient client{QUrl(m_server->url())};
        const QString token = client.login(QStringLiteral("coord"), kPassword);
        QVERIFY2(!token.isEmpty(), qPrintable(client.errorText()));
        const auto changes = client.pullAll(token);
        QVERIFY2(changes, qPrintable(client.errorText()));

        std::map<QString, int> logTexts;
        std::set<QString> logKeys;
        std::map<QString, const muster::Change*> tasks;
        const muster::Change* device = nullptr;
        for (const muster::Change& change : *changes) {
            const QString key = QString::fromStdString(change.key);
            if (change.entity == muster::EntityType::log &&
                text(change.fields, "author") == alice.controller.memberId()) {
                QVERIFY2(logKeys.insert(key).second, "a log entry came twice");
                ++logTexts[text(change.fields, "text")];
            } else if (change.entity == muster::EntityType::task && keys.contains(key)) {
                tasks[key] = &change;  // the last change is the current state
            } else if (change.entity == muster::EntityType::device && key == alice.replicaId()) {
                device = &change;
            }
        }
        QCOMPARE(static_cast<int>(logKeys.size()), kLogs);
        for (int i = 1; i <= kLogs; ++i)
            QCOMPARE(logTexts[QStringLiteral("Offline action %1").arg(i)], 1);
        QCOMPARE(static_cast<int>(tasks.size()), kTasks);
        for (const auto& [key, change] : tasks) {
            QCOMPARE(value(change->fields, "status"), QStringLiteral("acknowledged"));
            const auto& hlc = change->fields.at("status").at("hlc");
            QCOMPARE(QString::fromStdString(hlc.at("r").get<std::string>()), alice.replicaId());
        }
        QVERIFY2(device, "no device entity under the replica id of alice's store");
        QCOMPARE(value(device->fields, "member"), alice.controller.memberId());
    }

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<MusterServerProcess> m_server;
};

QTEST_GUILESS_MAIN(EndToEndTest)
#include "endtoend_test.moc"
