// DrillController over a real SQLite file (the sample data: a flood drill
// running for 40 minutes), a manual clock and a real event loop, with no
// server reachable: every control is a local write, visible at once and
// queued in the outbox with the fields protocol.md gives the drill clock.
#include <QSignalSpy>
#include <QTest>

#include "coordinatortestsupport.h"
#include "dashboardcontroller.h"
#include "devicelistmodel.h"
#include "drillcontroller.h"
#include "drilldata.h"
#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "taskdata.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;

namespace {
constexpr std::int64_t kMinute = 60'000;

nlohmann::json plain(AccountSession& session, muster::EntityType type, const std::string& key) {
    auto state = session.readStore()->get(type, key);
    return state && *state ? muster::plain_values(**state) : nlohmann::json();
}

/// The rows of the inject list as {key → injectState}.
QMap<QString, QString> injectStates(DrillController& drill) {
    QMap<QString, QString> out;
    InjectListModel* model = drill.injects();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex at = model->index(i);
        out.insert(at.data(InjectListModel::KeyRole).toString(), at.data(InjectListModel::InjectStateRole).toString());
    }
    return out;
}

/// The inject list's canFollowUp of `key` (false when not listed).
bool canFollowUp(DrillController& drill, const QString& key) {
    InjectListModel* model = drill.injects();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex at = model->index(i);
        if (at.data(InjectListModel::KeyRole).toString() == key) return at.data(InjectListModel::CanFollowUpRole).toBool();
    }
    return false;
}

QString controls(const DrillController& drill) {
    QStringList out;
    if (drill.canStart()) out << QStringLiteral("start");
    if (drill.canPause()) out << QStringLiteral("pause");
    if (drill.canResume()) out << QStringLiteral("resume");
    if (drill.canEnd()) out << QStringLiteral("end");
    return out.join(QLatin1Char(','));
}

/// Adds `plain` to the store as the server would send it (confirmed, nothing pending).
bool serverSets(AccountSession& session, muster::EntityType type, const std::string& key, const nlohmann::json& plain,
                std::int64_t atMs) {
    muster::SyncResponse response;
    response.changes.push_back(muster::test::serverChange(type, key, plain, atMs, 1000));
    response.cursor = "1000";
    response.server_time_ms = atMs;
    const bool ok = session.withWriter([&](muster::Store& store) { return static_cast<bool>(store.apply_sync_result(response, atMs)); });
    TouchedEntities touched;
    touched.add(type, key);
    session.publishTouched(touched);
    return ok;
}
}  // namespace

class DrillControllerTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_clock.set_ms(1'764'000'000'000);
        m_account = std::make_unique<CoordinatorAccount>();
        QVERIFY(m_account->open(nullptr, QStringLiteral("coordinator"), &m_clock, m_clock.now_ms()));
        m_drill = std::make_unique<DrillController>();
        m_drill->setSession(session());
    }
    void cleanup() {
        m_drill.reset();
        m_account.reset();
    }

    void listsTheDrillsOfTheOwnUnitsAndShowsTheClock() {
        QCOMPARE(m_drill->drills().size(), 1);
        const QVariantMap entry = m_drill->drills().constFirst().toMap();
        QCOMPARE(entry.value(QStringLiteral("title")).toString(), QStringLiteral("Flood response drill"));
        QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(entry.value(QStringLiteral("unitName")).toString(), QStringLiteral("North team"));
        QVERIFY(!m_drill->exists());
        m_drill->setDrillKey(drillKey());
        QVERIFY(m_drill->exists());
        QCOMPARE(m_drill->state(), QStringLiteral("running"));
        QCOMPARE(m_drill->clockText(), QStringLiteral("40:00"));
        QCOMPARE(controls(*m_drill), QStringLiteral("pause,end"));
        // The clock ticks by itself every second while the page is shown.
        m_clock.advance_ms(65 * kMinute + 7'000);
        QTRY_COMPARE(m_drill->clockText(), QStringLiteral("1:45:07"));
        m_drill->setActive(false);
        m_clock.advance_ms(5'000);
        QTest::qWait(1200);
        QCOMPARE(m_drill->clockText(), QStringLiteral("1:45:07"));
    }

    void aDrillOfAnotherUnitIsNotListedNorControlled() {
        const std::string other = "d0000000-0000-4000-8000-0000000000ff";
        QVERIFY(serverSets(*session(), muster::EntityType::drill, other,
                           {{"unit", keys().otherUnit}, {"title", "South drill"}, {"state", "planned"}}, m_clock.now_ms()));
        m_drill->reload();
        QCOMPARE(m_drill->drills().size(), 1);
        m_drill->setDrillKey(QString::fromStdString(other));
        QVERIFY(!m_drill->canStart());
        QVERIFY(!m_drill->control(QStringLiteral("start")));
        QCOMPARE(session()->syncStatus()->pending(), 0);
    }

    void startFromPlannedReleasesTheFirstInjectAtOnce() {
        const std::string planned = "d0000000-0000-4000-8000-0000000000aa";
        const std::string first = "a0000000-0000-4000-8000-0000000000a1";
        const std::string later = "a0000000-0000-4000-8000-0000000000a2";
        QVERIFY(serverSets(*session(), muster::EntityType::drill, planned,
                           {{"unit", keys().unit}, {"title", "Power cut drill"}, {"state", "planned"}, {"paused_ms", 0}},
                           m_clock.now_ms()));
        for (const auto& [key, offset] : {std::pair{first, 0}, std::pair{later, 30}}) {
            QVERIFY(serverSets(*session(), muster::EntityType::task, key,
                               {{"title", "Inject"}, {"unit", keys().unit}, {"status", "open"}, {"drill", planned},
                                {"release_offset_ms", offset * kMinute}, {"deadline_ms", 10 * kMinute}},
                               m_clock.now_ms()));
        }
        m_drill->setDrillKey(QString::fromStdString(planned));
        QCOMPARE(m_drill->state(), QStringLiteral("planned"));
        QCOMPARE(m_drill->clockText(), QString());
        QCOMPARE(controls(*m_drill), QStringLiteral("start"));
        QVERIFY(!m_drill->control(QStringLiteral("pause")));
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(first)), QStringLiteral("hidden"));

        QVERIFY2(m_drill->control(QStringLiteral("start")), qPrintable(m_drill->errorText()));
        const nlohmann::json drill = plain(*session(), muster::EntityType::drill, planned);
        QCOMPARE(drill.value("state", ""), std::string("running"));
        QCOMPARE(drill.value("started_at", std::int64_t{0}), m_clock.now_ms());
        QCOMPARE(drill.value("paused_ms", std::int64_t{-1}), std::int64_t{0});
        QVERIFY(drill.contains("paused_at") ? drill["paused_at"].is_null() : true);
        QCOMPARE(m_drill->state(), QStringLiteral("running"));
        QCOMPARE(m_drill->clockText(), QStringLiteral("00:00"));
        QCOMPARE(controls(*m_drill), QStringLiteral("pause,end"));
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(first)), QStringLiteral("released"));
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(later)), QStringLiteral("hidden"));
        QCOMPARE(m_drill->injects()->index(1).data(InjectListModel::CountdownRole).toString(), QStringLiteral("30:00"));
        // Offline: the op waits in the outbox.
        QCOMPARE(session()->syncStatus()->pending(), 1);
        const auto outbox = session()->readStore()->outbox_batch(10);
        QVERIFY(outbox);
        QCOMPARE(outbox->size(), std::size_t{1});
        QCOMPARE(outbox->front().entity, muster::EntityType::drill);
        QCOMPARE(outbox->front().key, planned);
    }

    void aStartSetAheadRunsNoClockUntilItsTime() {
        const std::string planned = "d0000000-0000-4000-8000-0000000000ab";
        const std::string first = "a0000000-0000-4000-8000-0000000000b1";
        QVERIFY(serverSets(*session(), muster::EntityType::drill, planned,
                           {{"unit", keys().unit}, {"title", "Night drill"}, {"state", "planned"}, {"paused_ms", 0}},
                           m_clock.now_ms()));
        QVERIFY(serverSets(*session(), muster::EntityType::task, first,
                           {{"title", "Inject"}, {"unit", keys().unit}, {"status", "open"}, {"drill", planned},
                            {"release_offset_ms", 0}},
                           m_clock.now_ms()));
        m_drill->setDrillKey(QString::fromStdString(planned));
        QVERIFY(!m_drill->startIn(0));
        QVERIFY(!m_drill->startIn(7 * 24 * 60 + 1));
        QCOMPARE(session()->syncStatus()->pending(), 0);
        const std::int64_t startAt = m_clock.now_ms() + 15 * kMinute;
        QVERIFY2(m_drill->startIn(15), qPrintable(m_drill->errorText()));
        const nlohmann::json drill = plain(*session(), muster::EntityType::drill, planned);
        QCOMPARE(drill.value("state", ""), std::string("running"));
        QCOMPARE(drill.value("started_at", std::int64_t{0}), startAt);
        QCOMPARE(session()->syncStatus()->pending(), 1);
        // Until then: no clock, the start time shown, even offset 0 hidden.
        QCOMPARE(m_drill->clockText(), QString());
        QCOMPARE(static_cast<std::int64_t>(m_drill->startsAt()), startAt);
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(first)), QStringLiteral("hidden"));
        m_clock.advance_ms(15 * kMinute - 1'000);
        m_drill->reload();
        QCOMPARE(m_drill->clockText(), QString());
        m_clock.advance_ms(1'000);
        QTRY_COMPARE(m_drill->clockText(), QStringLiteral("00:00"));
        QCOMPARE(m_drill->startsAt(), 0.0);
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(first)), QStringLiteral("released"));
    }

    void pauseResumeAndEndWhilePausedKeepTheDrillClockExact() {
        m_drill->setDrillKey(drillKey());
        const std::int64_t t0 = m_clock.now_ms();
        QVERIFY(m_drill->control(QStringLiteral("pause")));
        nlohmann::json drill = plain(*session(), muster::EntityType::drill, keys().drill);
        QCOMPARE(drill.value("state", ""), std::string("paused"));
        QCOMPARE(drill.value("paused_at", std::int64_t{0}), t0);
        QCOMPARE(controls(*m_drill), QStringLiteral("resume,end"));

        m_clock.advance_ms(10 * kMinute);  // a 10 min pause: the clock stands still
        m_drill->reload();
        QCOMPARE(m_drill->clockText(), QStringLiteral("40:00"));
        QVERIFY(m_drill->control(QStringLiteral("resume")));
        drill = plain(*session(), muster::EntityType::drill, keys().drill);
        QCOMPARE(drill.value("state", ""), std::string("running"));
        QCOMPARE(drill.value("paused_ms", std::int64_t{0}), 10 * kMinute);
        QVERIFY(drill["paused_at"].is_null());
        QCOMPARE(m_drill->clockText(), QStringLiteral("40:00"));

        m_clock.advance_ms(5 * kMinute);
        m_drill->reload();
        QCOMPARE(m_drill->clockText(), QStringLiteral("45:00"));
        QVERIFY(m_drill->control(QStringLiteral("pause")));
        m_clock.advance_ms(3 * kMinute);
        // Ending while paused folds the open pause in: the ended clock is the paused one.
        QVERIFY(m_drill->control(QStringLiteral("end")));
        drill = plain(*session(), muster::EntityType::drill, keys().drill);
        QCOMPARE(drill.value("state", ""), std::string("ended"));
        QCOMPARE(drill.value("ended_at", std::int64_t{0}), m_clock.now_ms());
        QCOMPARE(drill.value("paused_ms", std::int64_t{0}), 13 * kMinute);
        QVERIFY(drill["paused_at"].is_null());
        QCOMPARE(m_drill->clockText(), QStringLiteral("45:00"));
        QCOMPARE(controls(*m_drill), QString());
        m_clock.advance_ms(60 * kMinute);
        m_drill->reload();
        QCOMPARE(m_drill->clockText(), QStringLiteral("45:00"));
        QVERIFY(!m_drill->control(QStringLiteral("resume")));
        QCOMPARE(m_drill->errorText(), QStringLiteral("This drill control is not available now."));
        // An ended drill releases nothing more.
        QVERIFY(!m_drill->injects()->index(2).data(InjectListModel::CanReleaseNowRole).toBool());
        QVERIFY(!m_drill->releaseNow(QString::fromStdString(keys().restCentre)));
        QCOMPARE(session()->syncStatus()->pending(), 4);
    }

    void releaseNowMovesTheReleaseToTheCurrentDrillClock() {
        m_drill->setDrillKey(drillKey());
        const QString rest = QString::fromStdString(keys().restCentre);
        QCOMPARE(injectStates(*m_drill).value(rest), QStringLiteral("hidden"));
        // Inject 5 releases at 90 min; the clock reads 40 min.
        QCOMPARE(m_drill->injects()->index(2).data(InjectListModel::CountdownRole).toString(), QStringLiteral("50:00"));
        QVERIFY(m_drill->injects()->index(2).data(InjectListModel::CanReleaseNowRole).toBool());
        QVERIFY(m_drill->releaseNow(rest));
        QCOMPARE(plain(*session(), muster::EntityType::task, keys().restCentre).value("release_offset_ms", std::int64_t{0}),
                 40 * kMinute);
        QCOMPARE(injectStates(*m_drill).value(rest), QStringLiteral("released"));
        TaskContext context(*session()->readStore(), m_clock.now_ms());
        QVERIFY(!context.load(keys().restCentre)->hidden);
        // A released inject cannot be released again.
        QVERIFY(!m_drill->releaseNow(QString::fromStdString(keys().gauges)));
        QCOMPARE(session()->syncStatus()->pending(), 1);
    }

    void aPassedDeadlineWithoutAcknowledgementIsMissedAndGetsAFollowUp() {
        const std::string sandbags = keys().sandbags;
        QVERIFY(serverSets(*session(), muster::EntityType::task, sandbags,
                           {{"expected_action", "Team dispatched and progress logged every 15 minutes."}},
                           m_clock.now_ms()));
        m_drill->setDrillKey(drillKey());
        DashboardController dashboard;
        dashboard.setSession(session());
        // Sandbags: released at 20 min with 45 min to act, still open. At 65 min it is not missed yet.
        m_clock.advance_ms(25 * kMinute);
        m_drill->reload();
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(sandbags)), QStringLiteral("released"));
        QCOMPARE(m_drill->missedCount(), 0);
        m_clock.advance_ms(1000);
        m_drill->reload();
        dashboard.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.loading(), 10000);
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(sandbags)), QStringLiteral("missed"));
        // Gauges passed its deadline too but is in progress: acknowledged, not missed.
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(keys().gauges)), QStringLiteral("acknowledged"));
        QCOMPARE(m_drill->missedCount(), 1);
        QCOMPARE(dashboard.missedCount(), 1);
        QCOMPARE(dashboard.missedTasks().constFirst().toMap().value(QStringLiteral("key")).toString(),
                 QString::fromStdString(sandbags));
        QVERIFY(m_drill->sendFollowUp(QString::fromStdString(keys().gauges)).isEmpty());
        QVERIFY(canFollowUp(*m_drill, QString::fromStdString(sandbags)));

        const QString followUp = m_drill->sendFollowUp(QString::fromStdString(sandbags));
        QVERIFY2(!followUp.isEmpty(), qPrintable(m_drill->errorText()));
        const nlohmann::json task = plain(*session(), muster::EntityType::task, followUp.toStdString());
        QCOMPARE(task.value("title", ""), std::string("Follow-up: Build a sandbag line at Mill Street"));
        QVERIFY(task.value("instructions", "").find("Team dispatched and progress logged every 15 minutes.") !=
                std::string::npos);
        QCOMPARE(task.value("unit", ""), keys().unit);
        QCOMPARE(task.value("drill", ""), keys().drill);
        QCOMPARE(task.value("inject", 0), 3);
        QCOMPARE(task.value("priority", ""), std::string("critical"));  // critical stays critical
        QCOMPARE(task.value("status", ""), std::string("open"));
        QCOMPARE(task.value("release_offset_ms", std::int64_t{0}), 65 * kMinute + 1000);
        QCOMPARE(task.value("deadline_ms", std::int64_t{0}), 45 * kMinute);
        // Released at once, in the list, not missed.
        QCOMPARE(injectStates(*m_drill).value(followUp), QStringLiteral("released"));
        QCOMPARE(session()->syncStatus()->pending(), 1);

        // One follow-up per missed inject: no second one (a double tap, or
        // the coordinator coming back later), and the button goes.
        QVERIFY(!canFollowUp(*m_drill, QString::fromStdString(sandbags)));
        QVERIFY(m_drill->sendFollowUp(QString::fromStdString(sandbags)).isEmpty());
        QVERIFY(!m_drill->errorText().isEmpty());
        m_clock.advance_ms(10 * kMinute);
        m_drill->reload();
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(sandbags)), QStringLiteral("missed"));
        QVERIFY(!canFollowUp(*m_drill, QString::fromStdString(sandbags)));
        QVERIFY(m_drill->sendFollowUp(QString::fromStdString(sandbags)).isEmpty());
        QCOMPARE(session()->syncStatus()->pending(), 1);

        // Known from the stored data, not from this controller's memory: the
        // app restarted (the account closed and opened again from its file).
        m_drill.reset();
        const muster::app::AccountInfo account = session()->account();
        session()->close();
        QVERIFY(!session()->isOpen());
        QVERIFY(session()->openAccount(account, QStringLiteral("tok-coord")));
        DrillController restarted;
        restarted.setSession(session());
        restarted.setDrillKey(drillKey());
        QCOMPARE(injectStates(restarted).value(QString::fromStdString(sandbags)), QStringLiteral("missed"));
        QCOMPARE(injectStates(restarted).value(followUp), QStringLiteral("released"));
        QVERIFY(!canFollowUp(restarted, QString::fromStdString(sandbags)));
        QVERIFY(restarted.sendFollowUp(QString::fromStdString(sandbags)).isEmpty());
        QCOMPARE(session()->syncStatus()->pending(), 1);
    }

    void aBlockedInjectShowsAsBlockedUntilItsDeadlinePasses() {
        const std::string sandbags = keys().sandbags;
        m_drill->setDrillKey(drillKey());
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(sandbags)), QStringLiteral("released"));
        // The unit blocks it (released at 20 min with 45 min to act; drill clock at 40 min).
        QVERIFY(serverSets(*session(), muster::EntityType::task, sandbags, {{"status", "blocked"}}, m_clock.now_ms()));
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(sandbags)), QStringLiteral("blocked"));
        // Past its deadline still blocked: missed.
        m_clock.advance_ms(26 * kMinute);
        m_drill->reload();
        QCOMPARE(injectStates(*m_drill).value(QString::fromStdString(sandbags)), QStringLiteral("missed"));
    }

    void aCommsCheckListsTheDrillUnitsDevicesAndWhoAnswered() {
        m_drill->setDrillKey(drillKey());
        DeviceListModel devices;
        devices.setSession(session());
        devices.setCommsDrillKey(drillKey());
        // The drill's unit (North): this device and two colleagues'; not the South member's.
        QTRY_VERIFY_WITH_TIMEOUT(!devices.loading(), 10000);
        QCOMPARE(devices.count(), 3);
        QCOMPARE(devices.answeredCount(), 0);
        QCOMPARE(m_drill->commsCheckAt(), 0.0);

        QVERIFY(m_drill->commsCheck());
        const std::int64_t asked = m_clock.now_ms();
        QCOMPARE(plain(*session(), muster::EntityType::drill, keys().drill).value("comms_check_at", std::int64_t{0}), asked);
        QCOMPARE(m_drill->commsCheckAt(), static_cast<double>(asked));
        QCOMPARE(session()->syncStatus()->pending(), 1);

        // The server recorded Tran's answer to this check, and Sam's to an older one.
        QVERIFY(serverSets(*session(), muster::EntityType::device, keys().colleagueDevice,
                           {{"comms_drill", keys().drill}, {"comms_check_at", asked}, {"comms_answered_at", asked + 4000}},
                           asked + 4000));
        QVERIFY(serverSets(*session(), muster::EntityType::device, keys().thirdDevice,
                           {{"comms_drill", keys().drill}, {"comms_check_at", asked - 3'600'000},
                            {"comms_answered_at", asked - 3'590'000}},
                           asked + 5000));
        QTRY_COMPARE_WITH_TIMEOUT(devices.answeredCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!devices.loading(), 10000);
        QCOMPARE(devices.count(), 3);
        QMap<QString, std::pair<bool, double>> byMember;
        for (int row = 0; row < devices.rowCount(); ++row) {
            const QModelIndex at = devices.index(row);
            byMember.insert(at.data(DeviceListModel::MemberNameRole).toString(),
                            {at.data(DeviceListModel::AnsweredRole).toBool(),
                             at.data(DeviceListModel::AnsweredAtRole).toDouble()});
        }
        QCOMPARE(byMember.value(QStringLiteral("Tran Nguyen")), std::make_pair(true, static_cast<double>(asked + 4000)));
        QCOMPARE(byMember.value(QStringLiteral("Sam Reyes")), std::make_pair(false, 0.0));
        QCOMPARE(byMember.value(QStringLiteral("Ada Okafor")), std::make_pair(false, 0.0));

        // Asking again: the earlier answer no longer counts.
        m_clock.advance_ms(kMinute);
        QVERIFY(m_drill->commsCheck());
        QTRY_COMPARE(devices.answeredCount(), 0);
    }

    void theFollowUpPriorityIsOneStepHigher() {
        QCOMPARE(raisedPriority(QStringLiteral("low")), QStringLiteral("normal"));
        QCOMPARE(raisedPriority(QStringLiteral("normal")), QStringLiteral("high"));
        QCOMPARE(raisedPriority(QStringLiteral("high")), QStringLiteral("critical"));
        QCOMPARE(raisedPriority(QStringLiteral("critical")), QStringLiteral("critical"));
    }

    void theDrillClockReadsMinutesThenHours() {
        QCOMPARE(formatDrillClock(0), QStringLiteral("00:00"));
        QCOMPARE(formatDrillClock(9 * kMinute + 5'999), QStringLiteral("09:05"));
        QCOMPARE(formatDrillClock(60 * kMinute - 1), QStringLiteral("59:59"));
        QCOMPARE(formatDrillClock(62 * kMinute + 9'000), QStringLiteral("1:02:09"));
        QCOMPARE(formatDrillClock(-5), QStringLiteral("00:00"));
    }

    void aMemberHasNoDrillControls() {
        QVERIFY(reopenAs(QStringLiteral("member")));
        DrillController drill;
        drill.setSession(session());
        QVERIFY(!drill.available());
        QVERIFY(drill.drills().isEmpty());
        drill.setDrillKey(drillKey());
        QVERIFY(!drill.control(QStringLiteral("pause")));
        QVERIFY(!drill.commsCheck());
        QCOMPARE(session()->syncStatus()->pending(), 0);
    }

    /// An evaluator reads the drills of their units (clock, injects), and
    /// controls none: no start, pause, release, follow-up or comms check.
    void anEvaluatorReadsTheDrillButControlsNothing() {
        QVERIFY(reopenAs(QStringLiteral("evaluator")));
        DrillController drill;
        drill.setSession(session());
        QVERIFY(drill.available());
        QVERIFY(!drill.canManage());
        QCOMPARE(drill.drills().size(), 1);
        drill.setDrillKey(drillKey());
        QVERIFY(drill.exists());
        QCOMPARE(drill.clockText(), QStringLiteral("40:00"));
        QVERIFY(drill.injects()->rowCount() > 0);
        QVERIFY(!drill.canControl());
        QCOMPARE(controls(drill), QString());
        for (int row = 0; row < drill.injects()->rowCount(); ++row) {
            const QModelIndex at = drill.injects()->index(row);
            QVERIFY(!at.data(InjectListModel::CanReleaseNowRole).toBool());
            QVERIFY(!at.data(InjectListModel::CanFollowUpRole).toBool());
        }
        QVERIFY(!drill.control(QStringLiteral("pause")));
        QVERIFY(!drill.commsCheck());
        QCOMPARE(session()->syncStatus()->pending(), 0);
        QCOMPARE(drill.state(), QStringLiteral("running"));
    }

  private:
    AccountSession* session() { return m_account->session.get(); }
    /// The same sample account, opened again with another role.
    bool reopenAs(const QString& role) {
        m_drill.reset();
        m_account = std::make_unique<CoordinatorAccount>();
        return m_account->open(nullptr, role, &m_clock, m_clock.now_ms());
    }
    const muster::test::SampleKeys& keys() { return m_account->keys; }
    QString drillKey() { return QString::fromStdString(keys().drill); }

    muster::ManualClock m_clock;
    std::unique_ptr<CoordinatorAccount> m_account;
    std::unique_ptr<DrillController> m_drill;
};

QTEST_MAIN(DrillControllerTest)
#include "drillcontroller_test.moc"
