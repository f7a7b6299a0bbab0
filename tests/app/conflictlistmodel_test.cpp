// ConflictListModel over a real SQLite file with a real sync worker: open
// conflicts with both sides and their authors; resolving writes the chosen
// value and `resolved` in one local transaction, and the fake server
// receives exactly those ops.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "conflictlistmodel.h"
#include "coordinatortestsupport.h"
#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "taskcontroller.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;
using muster::test::RecordingSync;

class ConflictListModelTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_server = std::make_unique<FakeMusterServer>();
        m_sync = std::make_unique<RecordingSync>();
        m_sync->install(*m_server);
        m_account = std::make_unique<CoordinatorAccount>();
        QVERIFY(m_account->open(m_server.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->session->syncStatus()->state(), QStringLiteral("idle"), 10000);
        m_model = std::make_unique<ConflictListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_account->session.get());
    }
    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_account.reset();
        m_sync.reset();
        m_server.reset();
    }

    void listsOpenConflictsWithBothSidesNewestFirst() {
        QCOMPARE(m_model->count(), 2);  // the resolved one is left out
        const QModelIndex status = m_model->index(0);
        QCOMPARE(status.data(ConflictListModel::KeyRole).toString(), key(m_account->keys.statusConflict));
        QCOMPARE(status.data(ConflictListModel::TargetTitleRole).toString(),
                 QStringLiteral("Confirm shelter capacity with the school"));
        QCOMPARE(status.data(ConflictListModel::FieldRole).toString(), QStringLiteral("status"));
        QCOMPARE(status.data(ConflictListModel::WinnerValueRole).toString(), QStringLiteral("blocked"));
        QCOMPARE(status.data(ConflictListModel::WinnerAuthorRole).toString(), QStringLiteral("Tran Nguyen"));
        QCOMPARE(status.data(ConflictListModel::LoserValueRole).toString(), QStringLiteral("in_progress"));
        QCOMPARE(status.data(ConflictListModel::LoserAuthorRole).toString(), QStringLiteral("Sam Reyes"));
        QVERIFY(!status.data(ConflictListModel::EditableRole).toBool());  // an enumeration: pick a side
        const QModelIndex text = m_model->index(1);
        QCOMPARE(text.data(ConflictListModel::FieldRole).toString(), QStringLiteral("instructions"));
        QVERIFY(text.data(ConflictListModel::EditableRole).toBool());
        // A replica id as author is named through its device's member.
        QCOMPARE(text.data(ConflictListModel::LoserAuthorRole).toString(), QStringLiteral("Tran Nguyen"));
    }

    /// A conflict on a field that holds another entity's key names it in
    /// words (a member's name, a unit's), not as a UUID.
    void keyValuedFieldsAreNamed() {
        const auto& k = m_account->keys;
        const std::int64_t now = muster::SystemClock::instance().now_ms();
        const auto side = [&](const std::string& value, const std::string& author) {
            return nlohmann::json{{"v", value}, {"hlc", {{"ms", now}, {"c", 0}, {"r", "00000000000000bb"}}}, {"author", author}};
        };
        const std::string assigneeConflict = "cf000000-0000-4000-8000-0000000000a1";
        const std::string unitConflict = "cf000000-0000-4000-8000-0000000000a2";
        m_sync->changes.push_back(muster::test::serverChange(
            muster::EntityType::conflict, assigneeConflict,
            {{"entity", "task"}, {"key", k.shelter}, {"field", "assignee"}, {"winner", side(k.colleague, k.me)},
             {"loser", side(k.thirdMember, k.colleague)}, {"resolved", false}},
            now));
        m_sync->changes.push_back(muster::test::serverChange(
            muster::EntityType::conflict, unitConflict,
            {{"entity", "task"}, {"key", k.shelter}, {"field", "unit"}, {"winner", side(k.otherUnit, k.me)},
             {"loser", side(k.unit, k.colleague)}, {"resolved", false}},
            now - 1));
        m_account->session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->count(), 4, 10000);
        const auto row = [&](const std::string& conflict) {
            for (int i = 0; i < m_model->count(); ++i) {
                if (m_model->index(i).data(ConflictListModel::KeyRole).toString() == key(conflict)) return m_model->index(i);
            }
            return QModelIndex();
        };
        const QModelIndex assignee = row(assigneeConflict);
        QVERIFY(assignee.isValid());
        QCOMPARE(assignee.data(ConflictListModel::WinnerValueRole).toString(), key(k.colleague));
        QCOMPARE(assignee.data(ConflictListModel::WinnerLabelRole).toString(), QStringLiteral("Tran Nguyen"));
        QCOMPARE(assignee.data(ConflictListModel::LoserLabelRole).toString(), QStringLiteral("Sam Reyes"));
        const QModelIndex unit = row(unitConflict);
        QVERIFY(unit.isValid());
        QCOMPARE(unit.data(ConflictListModel::WinnerLabelRole).toString(), QStringLiteral("South team"));
        QCOMPARE(unit.data(ConflictListModel::LoserLabelRole).toString(), QStringLiteral("North team"));
        // A plain field has no label: its value is shown as it is.
        QVERIFY(row(m_account->keys.statusConflict).data(ConflictListModel::WinnerLabelRole).toString().isEmpty());
    }

    /// A conflict on an inject carries the EXERCISE mark with its drill and
    /// number; one on real tasking does not.
    void conflictsOnDrillDataAreMarkedAsExercise() {
        const auto& k = m_account->keys;
        QModelIndex onInject, onTask;
        for (int i = 0; i < m_model->count(); ++i) {
            const QString conflict = m_model->index(i).data(ConflictListModel::KeyRole).toString();
            if (conflict == key(k.textConflict)) onInject = m_model->index(i);
            if (conflict == key(k.statusConflict)) onTask = m_model->index(i);
        }
        QVERIFY(onInject.isValid() && onTask.isValid());
        QVERIFY(onInject.data(ConflictListModel::IsExerciseRole).toBool());
        QCOMPARE(onInject.data(ConflictListModel::DrillTitleRole).toString(), QStringLiteral("Flood response drill"));
        QCOMPARE(onInject.data(ConflictListModel::InjectRole).toInt(), 3);
        QVERIFY(!onTask.data(ConflictListModel::IsExerciseRole).toBool());
        QVERIFY(onTask.data(ConflictListModel::DrillTitleRole).toString().isEmpty());
        QCOMPARE(onTask.data(ConflictListModel::InjectRole).toInt(), 0);
    }

    void pickingTheOverwrittenValueWritesItAndResolvesInOneStep() {
        TaskController task;
        task.setSession(m_account->session.get());
        task.setTaskKey(key(m_account->keys.shelter));
        QCOMPARE(task.status(), QStringLiteral("blocked"));
        QVERIFY(m_model->resolveWith(key(m_account->keys.statusConflict), QStringLiteral("loser")));
        // At once, before any sync: the value, the list and the outbox.
        QCOMPARE(task.status(), QStringLiteral("in_progress"));
        QCOMPARE(m_model->count(), 1);
        QCOMPARE(m_account->session->syncStatus()->pending(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_account->session->syncStatus()->pending(), 0, 10000);
        const auto taskOps = m_sync->opsOn(muster::EntityType::task);
        QCOMPARE(taskOps.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(taskOps[0].key), key(m_account->keys.shelter));
        QVERIFY(taskOps[0].fields == nlohmann::json({{"status", "in_progress"}}));
        const auto conflictOps = m_sync->opsOn(muster::EntityType::conflict);
        QCOMPARE(conflictOps.size(), std::size_t{1});
        QVERIFY(conflictOps[0].kind == muster::OpKind::set);
        QCOMPARE(QString::fromStdString(conflictOps[0].key), key(m_account->keys.statusConflict));
        QVERIFY(conflictOps[0].fields == nlohmann::json({{"resolved", true}}));
    }

    /// A sync that touches other things leaves the cards (and what is typed
    /// in them) alone: no reset; a resolved conflict leaves as one removed row.
    void otherChangesKeepTheRowsAndAResolvedOneLeavesAlone() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_sync->changes.push_back(muster::test::serverChange(muster::EntityType::task, m_account->keys.gauges,
                                                             {{"status", "done"}}, muster::SystemClock::instance().now_ms()));
        m_account->session->syncNow();
        TaskController gauges;
        gauges.setSession(m_account->session.get());
        gauges.setTaskKey(key(m_account->keys.gauges));
        QTRY_COMPARE_WITH_TIMEOUT(gauges.status(), QStringLiteral("done"), 10000);
        QCOMPARE(m_model->count(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 0);  // nothing in a card changed

        // The task of a conflict changes: its card is updated in place.
        m_sync->changes.push_back(muster::test::serverChange(muster::EntityType::task, m_account->keys.sandbags,
                                                             {{"instructions", "Use the bridge stock."}}, muster::SystemClock::instance().now_ms()));
        m_account->session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 10000);
        QCOMPARE(resets.count(), 0);

        QVERIFY(m_model->resolveWith(key(m_account->keys.statusConflict), QStringLiteral("winner")));
        QCOMPARE(m_model->count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void keepingTheValueInPlaceOnlyResolves() {
        QVERIFY(m_model->resolveWith(key(m_account->keys.statusConflict), QStringLiteral("winner")));
        QCOMPARE(m_account->session->syncStatus()->pending(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_account->session->syncStatus()->pending(), 0, 10000);
        QCOMPARE(m_sync->opsOn(muster::EntityType::task).size(), std::size_t{0});
        QCOMPARE(m_sync->opsOn(muster::EntityType::conflict).size(), std::size_t{1});
    }

    void anEditedValueIsWrittenAndABadOneRefused() {
        const QString conflict = key(m_account->keys.textConflict);
        QVERIFY(!m_model->resolveEdited(key(m_account->keys.statusConflict), QStringLiteral("finished")));
        QVERIFY(!m_model->errorText().isEmpty());
        QCOMPARE(m_account->session->syncStatus()->pending(), 0);
        QVERIFY(m_model->resolveEdited(conflict, QStringLiteral("  Sandbags from the bridge to number 40. ")));
        QVERIFY(m_model->errorText().isEmpty());
        QCOMPARE(m_model->count(), 1);
        auto state = m_account->session->readStore()->get(muster::EntityType::task, m_account->keys.sandbags);
        QVERIFY(state && *state);
        QVERIFY(muster::plain_values(**state).at("instructions") ==
                nlohmann::json("Sandbags from the bridge to number 40."));
    }

    void aMemberSeesNoConflicts() {
        CoordinatorAccount member;
        QVERIFY(member.open(nullptr, QStringLiteral("member")));
        ConflictListModel model;
        model.setSession(member.session.get());
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.resolveWith(key(member.keys.statusConflict), QStringLiteral("loser")));
    }

  private:
    static QString key(const std::string& k) { return QString::fromStdString(k); }

    std::unique_ptr<FakeMusterServer> m_server;
    std::unique_ptr<RecordingSync> m_sync;
    std::unique_ptr<CoordinatorAccount> m_account;
    std::unique_ptr<ConflictListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(ConflictListModelTest)
#include "conflictlistmodel_test.moc"
