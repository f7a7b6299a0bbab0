// NewTaskController over a real SQLite file with a real sync worker and event
// loop: a coordinator creates and assigns a task while the server is down —
// it is in the outbox and in the task list at once — and the fake server
// receives it once the server is back.
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include "coordinatortestsupport.h"
#include "muster/schema.hpp"
#include "muster/state.hpp"
#include "newtaskcontroller.h"
#include "taskcontroller.h"
#include "tasklistmodel.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;
using muster::test::RecordingSync;

namespace {
QStringList values(const QVariantList& list, const char* name) {
    QStringList out;
    for (const QVariant& entry : list) out << entry.toMap().value(QString::fromLatin1(name)).toString();
    return out;
}
}  // namespace

class NewTaskControllerTest : public QObject {
    Q_OBJECT

  private slots:
    void offersTheOwnUnitAndItsMembers() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        NewTaskController controller;
        controller.setSession(account.session.get());
        QVERIFY(controller.canCreate());
        // The sample's units are two roots: a coordinator of North writes only for North.
        QCOMPARE(values(controller.units(), "name"), QStringList({QStringLiteral("North team")}));
        QCOMPARE(controller.unitKey(), QString::fromStdString(account.keys.unit));
        QCOMPARE(values(controller.members(), "name"),
                 QStringList({QStringLiteral("Ada Okafor"), QStringLiteral("Sam Reyes"), QStringLiteral("Tran Nguyen")}));
        controller.setUnitKey(QString::fromStdString(account.keys.otherUnit));
        QVERIFY(controller.create(QStringLiteral("Out of scope"), {}, QStringLiteral("normal"), 0, {}).isEmpty());
        QCOMPARE(controller.errorText(), QStringLiteral("Choose a unit for the task."));
    }

    void aMemberCannotCreate() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member")));
        NewTaskController controller;
        controller.setSession(account.session.get());
        QVERIFY(!controller.canCreate());
        QVERIFY(controller.units().isEmpty());
        QVERIFY(controller.create(QStringLiteral("Sneaky"), {}, QStringLiteral("normal"), 0, {}).isEmpty());
        QCOMPARE(account.session->syncStatus()->pending(), 0);
    }

    void refusesAnEmptyTitleAndAStrangerAsAssignee() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        NewTaskController controller;
        controller.setSession(account.session.get());
        QVERIFY(controller.create(QStringLiteral("   "), {}, QStringLiteral("normal"), 0, {}).isEmpty());
        QCOMPARE(controller.errorText(), QStringLiteral("Give the task a title."));
        QVERIFY(controller.create(QStringLiteral("Pumps"), {}, QStringLiteral("normal"), 0,
                                  QString::fromStdString(account.keys.otherMember))
                    .isEmpty());
        QCOMPARE(controller.errorText(), QStringLiteral("The assignee must be a member of the chosen unit."));
        QVERIFY(controller.create(QStringLiteral("Pumps"), {}, QStringLiteral("urgent"), 0, {}).isEmpty());
        QCOMPARE(account.session->syncStatus()->pending(), 0);
    }

    void aCoordinatorChangesReassignsAndCancelsATaskAndOnlyWhatChangedIsWritten() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        NewTaskController form;
        form.setSession(account.session.get());
        const QString key = form.create(QStringLiteral("Pumps at Mill Street"), QStringLiteral("Check both"),
                                        QStringLiteral("normal"), form.dueAtIn(60), {});
        QVERIFY(!key.isEmpty());
        const auto stored = [&](const char* field) {
            auto task = account.session->readStore()->get(muster::EntityType::task, key.toStdString());
            return task && *task ? muster::plain_values(**task).value(field, nlohmann::json()) : nlohmann::json();
        };
        const auto lastOpFields = [&] {
            auto ops = account.session->readStore()->outbox_batch(100);
            QStringList names;
            if (ops && !ops->empty()) {
                for (const auto& [name, value] : ops->back().fields.items()) names << QString::fromStdString(name);
            }
            names.sort();
            return names;
        };

        TaskController task;
        task.setSession(account.session.get());
        task.setTaskKey(key);
        QVERIFY(task.canEdit());
        form.setTaskKey(key);
        QCOMPARE(form.current().value(QStringLiteral("title")).toString(), QStringLiteral("Pumps at Mill Street"));
        QCOMPARE(form.current().value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
        QVERIFY(form.current().value(QStringLiteral("dueAt")).toDouble() > 0);
        QCOMPARE(form.unitKey(), QString::fromStdString(account.keys.unit));
        QVERIFY(!form.current().contains(QStringLiteral("drill")));  // real tasking: no EXERCISE banner

        // Re-prioritised and assigned: one op of exactly those fields.
        QSignalSpy updated(&form, &NewTaskController::updated);
        const QString tran = QString::fromStdString(account.keys.colleague);
        QVERIFY2(form.update(QStringLiteral("Pumps at Mill Street"), QStringLiteral("Check both"),
                             QStringLiteral("critical"), -1, tran),
                 qPrintable(form.errorText()));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(account.session->syncStatus()->pending(), 2);
        QCOMPARE(lastOpFields(), QStringList({QStringLiteral("assignee"), QStringLiteral("priority")}));
        QVERIFY(stored("priority") == "critical");
        QVERIFY(stored("assignee") == tran.toStdString());
        QTRY_COMPARE(task.priority(), QStringLiteral("critical"));

        // Nothing changed: nothing written. A stranger as assignee: refused.
        QVERIFY(form.update(QStringLiteral("Pumps at Mill Street"), QStringLiteral("Check both"),
                            QStringLiteral("critical"), -1, tran));
        QCOMPARE(account.session->syncStatus()->pending(), 2);
        QVERIFY(!form.update(QStringLiteral("Pumps"), {}, QStringLiteral("critical"), -1,
                             QString::fromStdString(account.keys.otherMember)));
        QCOMPARE(form.errorText(), QStringLiteral("The assignee must be a member of the chosen unit."));
        QCOMPARE(account.session->syncStatus()->pending(), 2);

        // Back to the whole unit, no due time, no instructions: those fields become null.
        QVERIFY(form.update(QStringLiteral("Pumps at Mill Street"), {}, QStringLiteral("critical"), 0, {}));
        QCOMPARE(lastOpFields(),
                 QStringList({QStringLiteral("assignee"), QStringLiteral("due_at"), QStringLiteral("instructions")}));
        QVERIFY(stored("assignee").is_null());
        QVERIFY(stored("due_at").is_null());

        // Called off, and back.
        QVERIFY(task.availableActions().contains(QStringLiteral("cancel")));
        QVERIFY(task.perform(QStringLiteral("cancel")));
        QCOMPARE(task.status(), QStringLiteral("cancelled"));
        QVERIFY(!task.availableActions().contains(QStringLiteral("cancel")));
        QVERIFY(task.availableActions().contains(QStringLiteral("reopen")));
    }

    /// Changing an inject shows the EXERCISE banner with its drill and number.
    void changingAnInjectNamesItsDrill() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        NewTaskController form;
        form.setSession(account.session.get());
        form.setTaskKey(QString::fromStdString(account.keys.sandbags));
        QCOMPARE(form.current().value(QStringLiteral("drill")).toString(), QString::fromStdString(account.keys.drill));
        QCOMPARE(form.current().value(QStringLiteral("drillTitle")).toString(), QStringLiteral("Flood response drill"));
        QCOMPARE(form.current().value(QStringLiteral("inject")).toInt(), 3);
    }

    void aMemberCanNeitherChangeNorCancelATask() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member")));
        const QString key = QString::fromStdString(account.keys.sandbags);
        TaskController task;
        task.setSession(account.session.get());
        task.setTaskKey(key);
        QVERIFY(task.exists());
        QVERIFY(!task.canEdit());
        QVERIFY(!task.availableActions().contains(QStringLiteral("cancel")));
        QVERIFY(!task.perform(QStringLiteral("cancel")));
        NewTaskController form;
        form.setSession(account.session.get());
        form.setTaskKey(key);
        QVERIFY(!form.update(QStringLiteral("Mine now"), {}, QStringLiteral("low"), -1, {}));
        QCOMPARE(account.session->syncStatus()->pending(), 0);
    }

    void createsOfflineVisibleAtOnceAndSendsItWhenTheServerIsBack() {
        FakeMusterServer server;
        server.setResponse("/v1/sync", FakeMusterServer::error(503, "unavailable", "Shutting down."));
        CoordinatorAccount account;
        QVERIFY(account.open(&server));
        TaskListModel list;
        list.setSession(account.session.get());
        list.setScope(QStringLiteral("unit"));
        const int before = list.count();
        NewTaskController controller;
        controller.setSession(account.session.get());
        QSignalSpy created(&controller, &NewTaskController::created);

        const double due = controller.dueAtIn(60);
        const QString assignee = QString::fromStdString(account.keys.colleague);
        const QString key = controller.create(QStringLiteral("  Check the pumps at Mill Street "),
                                              QStringLiteral("Both pumps; report the flow."), QStringLiteral("high"),
                                              due, assignee);
        QVERIFY2(!key.isEmpty(), qPrintable(controller.errorText()));
        QCOMPARE(created.count(), 1);
        // A time-ordered key (UUID version 7) whose first 48 bits are now, in ms.
        QVERIFY2(muster::is_uuid(key.toStdString()) && key.at(14) == QLatin1Char('7'), qPrintable(key));
        const qint64 keyMs = key.left(8).append(key.mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY2(qAbs(keyMs - QDateTime::currentMSecsSinceEpoch()) < 60'000, qPrintable(key));
        // In the outbox and in the list before any sync.
        QCOMPARE(account.session->syncStatus()->pending(), 1);
        QCOMPARE(list.count(), before + 1);
        const QModelIndex row = list.index(list.indexOfKey(key));
        QCOMPARE(row.data(TaskListModel::TitleRole).toString(), QStringLiteral("Check the pumps at Mill Street"));
        QCOMPARE(row.data(TaskListModel::StatusRole).toString(), QStringLiteral("open"));
        QCOMPARE(row.data(TaskListModel::PriorityRole).toString(), QStringLiteral("high"));
        QCOMPARE(row.data(TaskListModel::DueAtRole).toDouble(), due);

        // The server is back: the op arrives once, with every field.
        RecordingSync sync;
        sync.install(server);
        account.session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(account.session->syncStatus()->pending(), 0, 10000);
        const auto ops = sync.opsOn(muster::EntityType::task);
        QCOMPARE(ops.size(), std::size_t{1});
        const muster::Op& op = ops.front();
        QVERIFY(op.kind == muster::OpKind::set);
        QCOMPARE(QString::fromStdString(op.key), key);
        QVERIFY(op.fields.at("title") == nlohmann::json("Check the pumps at Mill Street"));
        QVERIFY(op.fields.at("instructions") == nlohmann::json("Both pumps; report the flow."));
        QVERIFY(op.fields.at("unit") == nlohmann::json(account.keys.unit));
        QVERIFY(op.fields.at("assignee") == nlohmann::json(account.keys.colleague));
        QVERIFY(op.fields.at("priority") == nlohmann::json("high"));
        QVERIFY(op.fields.at("status") == nlohmann::json("open"));
        QCOMPARE(op.fields.at("due_at").get<std::int64_t>(), static_cast<std::int64_t>(due));
    }
};

QTEST_MAIN(NewTaskControllerTest)
#include "newtaskcontroller_test.moc"
