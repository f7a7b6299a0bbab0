// TaskController's drill-side behaviour over a real SQLite file (the sample
// data: a flood drill running for 40 minutes) with a manual clock and no
// server: the first view of a released task logs `opened` once per member
// and task; evaluators see the expected action and add rated observations
// with the drill clock, and still change no status. On a full disk an action
// is refused with words that say what to do, and nothing queued is lost.
#include <QTest>

#include "../core/full_disk_vfs.hpp"
#include "coordinatortestsupport.h"
#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "taskcontroller.h"
#include "tasklogmodel.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;

namespace {
constexpr std::int64_t kMinute = 60'000;

/// The plain values of every log entry of `task` of `kind`.
std::vector<nlohmann::json> logsOf(AccountSession& session, const std::string& task, const std::string& kind) {
    std::vector<nlohmann::json> out;
    if (auto logs = session.readStore()->list(muster::EntityType::log, {{"task", task}})) {
        for (const auto& log : *logs) {
            nlohmann::json values = muster::plain_values(log);
            if (values.value("kind", std::string()) == kind) out.push_back(std::move(values));
        }
    }
    return out;
}
}  // namespace

class TaskControllerTest : public QObject {
    Q_OBJECT

  private slots:
    void init() { m_clock.set_ms(1'764'000'000'000); }

    void theFirstViewOfAReleasedTaskLogsOpenedOnce() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member"), &m_clock, m_clock.now_ms()));
        AccountSession& session = *account.session;
        const std::string sandbags = account.keys.sandbags;
        {
            TaskController page;
            page.setSession(&session);
            page.setTaskKey(QString::fromStdString(sandbags));
            QVERIFY(logsOf(session, sandbags, "opened").empty());  // loaded, not shown yet
            page.setViewing(true);
            const auto opened = logsOf(session, sandbags, "opened");
            QCOMPARE(opened.size(), std::size_t{1});
            QCOMPARE(opened[0].value("author", ""), account.keys.me);
            QCOMPARE(opened[0].value("at", std::int64_t{0}), m_clock.now_ms());
            QCOMPARE(opened[0].value("drill_ms", std::int64_t{0}), 40 * kMinute);
            QVERIFY(!opened[0].contains("text"));
            // Hidden and shown again, or re-read after a sync: still one.
            page.setViewing(false);
            page.setViewing(true);
            page.reload();
            QCOMPARE(logsOf(session, sandbags, "opened").size(), std::size_t{1});
        }
        // Reopening the page (a new controller) finds it in the store.
        TaskController again;
        again.setSession(&session);
        again.setViewing(true);
        again.setTaskKey(QString::fromStdString(sandbags));
        QCOMPARE(logsOf(session, sandbags, "opened").size(), std::size_t{1});
        QCOMPARE(session.syncStatus()->pending(), 1);
        // The timeline lists it.
        TaskLogModel log;
        log.setSession(&session);
        log.setTaskKey(QString::fromStdString(sandbags));
        QCOMPARE(log.count(), 1);
        QCOMPARE(log.index(0).data(TaskLogModel::KindRole).toString(), QStringLiteral("opened"));
        QCOMPARE(log.index(0).data(TaskLogModel::AuthorNameRole).toString(), QStringLiteral("Ada Okafor"));
    }

    void anUnreleasedInjectOrAnEvaluatorLogsNoOpened() {
        for (const QString& role : {QStringLiteral("coordinator"), QStringLiteral("evaluator")}) {
            CoordinatorAccount account;
            QVERIFY(account.open(nullptr, role, &m_clock, m_clock.now_ms()));
            TaskController page;
            page.setSession(account.session.get());
            page.setViewing(true);
            page.setTaskKey(QString::fromStdString(account.keys.restCentre));  // hidden until 90 min
            QVERIFY(logsOf(*account.session, account.keys.restCentre, "opened").empty());
            page.setTaskKey(QString::fromStdString(account.keys.gauges));
            QCOMPARE(logsOf(*account.session, account.keys.gauges, "opened").size(),
                     std::size_t{role == QLatin1String("evaluator") ? 0U : 1U});
        }
    }

    void anEvaluatorAddsARatedObservationAndChangesNoStatus() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("evaluator"), &m_clock, m_clock.now_ms()));
        AccountSession& session = *account.session;
        QVERIFY(session.withWriter([&](muster::Store& store) {
            return static_cast<bool>(store.write_set(muster::EntityType::task, account.keys.gauges,
                                                     {{"expected_action", "Both gauge readings logged within 15 minutes."}}));
        }));
        TaskController page;
        page.setSession(&session);
        page.setTaskKey(QString::fromStdString(account.keys.gauges));
        QCOMPARE(page.expectedAction(), QStringLiteral("Both gauge readings logged within 15 minutes."));
        QVERIFY(page.canObserve());
        QVERIFY(!page.canLog());
        QVERIFY(page.availableActions().isEmpty());
        QVERIFY(!page.perform(QStringLiteral("done")));
        QVERIFY(!page.logAction(QStringLiteral("Not an evaluator's kind")));

        QVERIFY(!page.addObservation(QStringLiteral("Calm, slow radio check"), QStringLiteral("X")));
        QCOMPARE(page.errorText(), QStringLiteral("Choose a rating."));
        QVERIFY(!page.addObservation(QStringLiteral("  "), QStringLiteral("S")));
        m_clock.advance_ms(2 * kMinute);
        QVERIFY2(page.addObservation(QStringLiteral("Calm, slow radio check"), QStringLiteral("S")),
                 qPrintable(page.errorText()));
        const auto observations = logsOf(session, account.keys.gauges, "observation");
        QCOMPARE(observations.size(), std::size_t{1});
        QCOMPARE(observations[0].value("rating", ""), std::string("S"));
        QCOMPARE(observations[0].value("text", ""), std::string("Calm, slow radio check"));
        QCOMPARE(observations[0].value("drill_ms", std::int64_t{0}), 42 * kMinute);
        QCOMPARE(observations[0].value("author", ""), account.keys.me);
        QCOMPARE(page.status(), QStringLiteral("in_progress"));

        TaskLogModel log;
        log.setSession(&session);
        log.setTaskKey(QString::fromStdString(account.keys.gauges));
        bool rated = false;
        for (int row = 0; row < log.rowCount(); ++row)
            rated |= log.index(row).data(TaskLogModel::RatingRole).toString() == QLatin1String("S");
        QVERIFY(rated);
    }

    void membersNeitherObserveNorSeeTheExpectedAction() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member"), &m_clock, m_clock.now_ms()));
        QVERIFY(account.session->withWriter([&](muster::Store& store) {
            return static_cast<bool>(store.write_set(muster::EntityType::task, account.keys.gauges,
                                                     {{"expected_action", "Both readings logged."}}));
        }));
        TaskController page;
        page.setSession(account.session.get());
        page.setTaskKey(QString::fromStdString(account.keys.gauges));
        QCOMPARE(page.expectedAction(), QString());
        QVERIFY(!page.canObserve());
        QVERIFY(!page.addObservation(QStringLiteral("Looks fine"), QStringLiteral("P")));
        QVERIFY(logsOf(*account.session, account.keys.gauges, "observation").empty());
        // An evaluator's view of a day-to-day task offers no observation either.
        CoordinatorAccount evaluator;
        QVERIFY(evaluator.open(nullptr, QStringLiteral("evaluator"), &m_clock, m_clock.now_ms()));
        TaskController other;
        other.setSession(evaluator.session.get());
        other.setTaskKey(QString::fromStdString(evaluator.keys.generator));
        QVERIFY(!other.canObserve());
    }

    void aFullDiskRefusesTheActionSaysWhatToDoAndLosesNothing() {
        muster::test::FullDiskVfs disk;  // before the store opens: its files go through it
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member"), &m_clock, m_clock.now_ms()));
        AccountSession& session = *account.session;
        TaskController page;
        page.setSession(&session);
        page.setTaskKey(QString::fromStdString(account.keys.sandbags));
        QVERIFY2(page.perform(QStringLiteral("acknowledge")), qPrintable(page.errorText()));
        const int pending = session.syncStatus()->pending();
        QVERIFY(pending > 0);

        disk.fill();
        QVERIFY(!page.perform(QStringLiteral("start")));
        QVERIFY(disk.refused() > 0);
        QCOMPARE(page.errorText(), QStringLiteral("Couldn't save on this device: its storage is full. Free some "
                                                  "space (photos, videos, other apps), then try again."));
        QCOMPARE(page.status(), QStringLiteral("acknowledged"));
        QCOMPARE(session.syncStatus()->pending(), pending);

        disk.free_space();
        QVERIFY2(page.perform(QStringLiteral("start")), qPrintable(page.errorText()));
        QCOMPARE(page.errorText(), QString());
        QCOMPARE(page.status(), QStringLiteral("in_progress"));
        QVERIFY(session.syncStatus()->pending() > pending);
    }

  private:
    muster::ManualClock m_clock;
};

QTEST_MAIN(TaskControllerTest)
#include "taskcontroller_test.moc"
