// Pre-staged injects reach a unit that loses its network (the drills issue):
// the real muster-server on the demo data (a pre-staged drill with north's
// injects at drill time 0, 20 and 45 min), a coordinator's app that schedules
// the start two minutes ahead, and a member's app whose clock runs 7 minutes
// fast. The member's device syncs before the start, then the server goes
// away. On the device's own clock (corrected by the offset its last sync
// measured) each inject stays hidden until 1 s before its release and shows
// 1 s after it; the member acknowledges two of them offline. An hour later
// (for the server too: it restarts with its clock an hour on) the device
// reconnects, and the server holds both acknowledgements once, at the drill
// times they were made, as the after-action report shows.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "muster/state.hpp"
#include "musterserverprocess.h"
#include "taskcontroller.h"
#include "tasklistmodel.h"
#include "timeformatter.h"

using namespace muster;
using namespace muster::app;
using muster::test::AppInstall;
using muster::test::MusterServerProcess;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kSkewMs = 7 * kMinute;  ///< the member's clock runs fast

std::int64_t intField(const EntityState& state, const char* name) {
    const auto values = plain_values(state);
    const auto it = values.find(name);
    return it != values.end() && it->is_number_integer() ? it->get<std::int64_t>() : -1;
}

std::string stringField(const EntityState& state, const char* name) {
    const auto values = plain_values(state);
    const auto it = values.find(name);
    return it != values.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

class PrestageTest : public QObject {
    Q_OBJECT

  private slots:
    void cutOffUnitRevealsInjectsOnTimeAndItsAcksMergeAnHourLater() {
        QTemporaryDir root;
        MusterServerProcess server(root.path());
        QVERIFY2(server.startDemo(), qPrintable(server.errorText()));

        // The coordinator schedules the start two minutes ahead (a running
        // drill whose clock starts at started_at).
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(server.url(), QStringLiteral("coord")));
        auto drills = coordinator.session.readStore()->list(EntityType::drill);
        QVERIFY(drills && drills->size() == 1);
        const std::string drillKey = drills->front().key;
        const std::int64_t startedAt = coordinator.session.serverNowMs() + 2 * kMinute;
        QVERIFY(coordinator.session.write({LocalWrite{OpKind::set, EntityType::drill, drillKey,
                                                       {{"state", "running"}, {"started_at", startedAt},
                                                        {"paused_ms", 0}}}}));
        QVERIFY(coordinator.synced());
        // Its part is done. Closed, its syncs (woken by the member's changes)
        // cannot set the process-wide server offset that the member's
        // TimeFormatter reads below (one app holds one session; this test two).
        coordinator.session.close();

        // The member's device, 7 minutes fast, syncs before the start: it
        // holds north's three injects, all hidden.
        ManualClock deviceClock(SystemClock::instance().now_ms() + kSkewMs);
        AppInstall member(deviceClock);
        QVERIFY(member.signIn(server.url(), QStringLiteral("alice")));
        const std::int64_t offset = member.session.serverNowMs() - deviceClock.now_ms();
        QVERIFY2(std::abs(offset + kSkewMs) < 2'000, qPrintable(QString::number(offset)));
        // Relative times of shared instants ("due in …") count from the server's clock too.
        const TimeFormatter formatter(deviceClock);
        QVERIFY2(std::abs(formatter.serverNow() - formatter.now() - offset) < 2'000,
                 qPrintable(QString::number(formatter.serverNow() - formatter.now())));

        auto tasks = member.session.readStore()->list(EntityType::task);
        QVERIFY(tasks);
        std::map<std::int64_t, std::string> injectAt;  // release offset → task key
        for (const auto& task : *tasks) {
            if (stringField(task, "drill") == drillKey) injectAt[intField(task, "release_offset_ms")] = task.key;
        }
        QCOMPARE(injectAt.size(), std::size_t{3});
        QCOMPARE(injectAt.begin()->first, std::int64_t{0});
        QCOMPARE(std::next(injectAt.begin())->first, 20 * kMinute);
        QCOMPARE(injectAt.rbegin()->first, 45 * kMinute);

        TaskListModel list;
        list.setSession(&member.session);
        list.setScope(QStringLiteral("unit"));
        const auto shown = [&](const std::string& key) {
            list.refreshTime();  // read in the background
            if (!QTest::qWaitFor([&] { return !list.refreshing(); }, 10'000)) return false;
            return list.indexOfKey(QString::fromStdString(key)) >= 0;
        };
        for (const auto& [at, key] : injectAt) QVERIFY(!shown(key));

        // Cut off: the server goes away. The device's clock moves on alone;
        // `deviceAt(t)` is the device time at which its corrected clock reads
        // drill time t.
        QVERIFY2(server.stop(), qPrintable(server.errorText()));
        const auto deviceAt = [&](std::int64_t drillMs) { return startedAt + drillMs - offset; };
        TaskController task;
        task.setSession(&member.session);
        for (const auto& [at, key] : injectAt) {
            deviceClock.set_ms(deviceAt(at) - 1'000);
            QVERIFY2(!shown(key), qPrintable(QStringLiteral("inject at %1 min shown 1 s early").arg(at / kMinute)));
            deviceClock.set_ms(deviceAt(at) + 1'000);
            QVERIFY2(shown(key), qPrintable(QStringLiteral("inject at %1 min hidden 1 s late").arg(at / kMinute)));
        }
        // Acknowledged offline: the first 30 s after its release, the second
        // 2 min after; one action logged at drill time 1 min.
        const std::map<std::int64_t, std::int64_t> ackAt{{0, 30'000}, {20 * kMinute, 22 * kMinute}};
        for (const auto& [release, at] : ackAt) {
            deviceClock.set_ms(deviceAt(at));
            task.setTaskKey(QString::fromStdString(injectAt.at(release)));
            QVERIFY2(task.perform(QStringLiteral("acknowledge")), qPrintable(task.errorText()));
            if (release == 0) {
                deviceClock.set_ms(deviceAt(kMinute));
                QVERIFY2(task.logAction(QStringLiteral("Mill Bridge gauge 2.9 m")), qPrintable(task.errorText()));
            }
        }
        QVERIFY(member.session.syncStatus()->pending() > 0);

        // An hour after the cut, for both: the server restarts with its clock
        // moved on as far as the device's.
        deviceClock.set_ms(deviceAt(62 * kMinute));
        server.setClockOffsetMs(startedAt + 62 * kMinute - SystemClock::instance().now_ms());
        QVERIFY2(server.start(server.port()), qPrintable(server.errorText()));
        member.session.syncNow();
        QVERIFY2(member.synced(), qPrintable(member.status()->state()));

        QString json;
        QVERIFY2(server.admin({QStringLiteral("report"), QStringLiteral("--drill"), QString::fromStdString(drillKey),
                               QStringLiteral("--format"), QStringLiteral("json")},
                              &json),
                 qPrintable(server.errorText()));
        const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
        int acknowledged = 0;
        for (const auto& value : report.value(QStringLiteral("injects")).toArray()) {
            const QJsonObject row = value.toObject();
            const auto release = static_cast<std::int64_t>(row.value(QStringLiteral("offset_ms")).toDouble());
            const auto ack = ackAt.find(release);
            if (row.value(QStringLiteral("task")).toString().toStdString() != injectAt[release]) continue;
            if (ack == ackAt.end()) {
                QVERIFY(row.value(QStringLiteral("acknowledged_drill_ms")).isNull());
                continue;
            }
            ++acknowledged;
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
            QCOMPARE(static_cast<std::int64_t>(row.value(QStringLiteral("acknowledged_drill_ms")).toDouble()),
                     ack->second);
            QCOMPARE(static_cast<std::int64_t>(row.value(QStringLiteral("ack_delay_ms")).toDouble()),
                     ack->second - release);
        }
        QCOMPARE(acknowledged, 2);
        // The action once, at the drill time it was logged on the device.
        int actions = 0;
        for (const auto& entry : report.value(QStringLiteral("timeline")).toArray()) {
            const QJsonObject log = entry.toObject();
            if (log.value(QStringLiteral("kind")).toString() != QLatin1String("action")) continue;
            ++actions;
            QCOMPARE(log.value(QStringLiteral("text")).toString(), QStringLiteral("Mill Bridge gauge 2.9 m"));
            QCOMPARE(static_cast<std::int64_t>(log.value(QStringLiteral("drill_ms")).toDouble()), kMinute);
        }
        QCOMPARE(actions, 1);
    }
};

QTEST_GUILESS_MAIN(PrestageTest)
#include "prestage_test.moc"
