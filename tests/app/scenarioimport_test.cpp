// ScenarioImportController over a real SQLite file with a real sync worker:
// a coordinator imports a MSEL file on the device while the server is down —
// the planned drill and its injects are in the outbox at once and reach the
// server when it is back; a broken file reports every problem with its line
// and column and writes nothing; targets outside the coordinator's subtree
// are refused before anything is sent.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "coordinatortestsupport.h"
#include "languagecontroller.h"
#include "muster/msel.hpp"
#include "muster/state.hpp"
#include "scenarioimportcontroller.h"
#include "scenarioproblemtext.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;
using muster::test::RecordingSync;

namespace {

constexpr std::int64_t kMinute = 60'000;

QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%\\d"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) found << it.next().captured(0);
    found.sort();
    return found;
}

const QByteArray kBrokenCsv =
    "# title: Broken drill\n"
    "inject,offset,unit,title,instructions,expected action,priority,deadline,delivery note,controller note\n"
    "1,+00:00,north,Check the pumps,,,high,10m,,\n"
    "2,1h9x,north,Open the rest centre,,,normal,,,\n"
    "3,40m,north,,,,urgent,,,\n";

// The sample's units are two roots, north and south; the coordinator runs north.
const QByteArray kStormCsv =
    "# title: Storm drill\n"
    "# prestage: yes\n"
    "inject,offset,unit,title,instructions,expected action,priority,deadline,delivery note,controller note\n"
    "1,+00:00,north,Check the pumps,Both pumps at Mill Street.,Pumps checked in 10 minutes.,high,10m,Radio,"
    "Pump 2 is simulated as broken.\n"
    "2,1h30m,north,Open the rest centre,Open the school hall.,Hall open and staffed.,critical,20m,Phone,\n";

}  // namespace

class ScenarioImportTest : public QObject {
    Q_OBJECT

  private slots:
    void importsThePlannedDrillOfflineAndSendsItWhenTheServerIsBack() {
        FakeMusterServer server;
        server.setResponse("/v1/sync", FakeMusterServer::error(503, "unavailable", "Shutting down."));
        CoordinatorAccount account;
        QVERIFY(account.open(&server));
        const auto pendingBefore = account.session->syncStatus()->pending();
        ScenarioImportController controller;
        controller.setSession(account.session.get());

        QVERIFY2(controller.loadText(QStringLiteral("storm.csv"), kStormCsv),
                 qPrintable(controller.problems().join(QLatin1Char('\n')) + controller.errorText()));
        QVERIFY(controller.ready());
        QCOMPARE(controller.title(), QStringLiteral("Storm drill"));
        QCOMPARE(controller.unitName(), QStringLiteral("North team"));  // the file names none: the own unit
        QCOMPARE(controller.injectCount(), 2);
        QCOMPARE(controller.lastOffsetMs(), 90 * kMinute);
        QVERIFY(controller.prestage());
        controller.setPrestage(false);  // the coordinator's choice wins over the file's

        QSignalSpy imported(&controller, &ScenarioImportController::imported);
        const QString drillKey = controller.importDrill();
        QVERIFY2(!drillKey.isEmpty(), qPrintable(controller.errorText()));
        QCOMPARE(imported.count(), 1);
        QVERIFY(!controller.ready());
        QCOMPARE(account.session->syncStatus()->pending(), pendingBefore + 3);

        // On the device at once.
        muster::Store& store = *account.session->readStore();
        auto drill = store.get(muster::EntityType::drill, drillKey.toStdString());
        QVERIFY(drill && *drill);
        const auto values = muster::plain_values(**drill);
        QVERIFY(values.at("title") == "Storm drill");
        QVERIFY(values.at("state") == "planned");
        QVERIFY(values.at("prestage") == false);
        QVERIFY(values.at("unit") == account.keys.unit);

        // The server is back: the drill and both injects arrive once, with every field.
        RecordingSync sync;
        sync.install(server);
        account.session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(account.session->syncStatus()->pending(), 0, 10000);
        QCOMPARE(sync.opsOn(muster::EntityType::drill).size(), std::size_t{1});
        auto tasks = sync.opsOn(muster::EntityType::task);
        QCOMPARE(tasks.size(), std::size_t{2});
        std::sort(tasks.begin(), tasks.end(), [](const muster::Op& a, const muster::Op& b) {
            return a.fields.at("inject").get<int>() < b.fields.at("inject").get<int>();
        });
        const nlohmann::json& first = tasks[0].fields;
        QVERIFY(first.at("drill") == drillKey.toStdString());
        QVERIFY(first.at("unit") == account.keys.unit);
        QVERIFY(first.at("title") == "Check the pumps");
        QVERIFY(first.at("expected_action") == "Pumps checked in 10 minutes.");
        QVERIFY(first.at("controller_note") == "Pump 2 is simulated as broken.");
        QVERIFY(first.at("instructions") == "Both pumps at Mill Street.\n\nDelivery: Radio");
        QCOMPARE(first.at("release_offset_ms").get<std::int64_t>(), 0);
        QCOMPARE(first.at("deadline_ms").get<std::int64_t>(), 10 * kMinute);
        QVERIFY(first.at("status") == "open");
        QCOMPARE(tasks[1].fields.at("release_offset_ms").get<std::int64_t>(), 90 * kMinute);
        QVERIFY(tasks[1].fields.at("priority") == "critical");
    }

    void aBrokenFileReportsEveryProblemWhereItIsAndWritesNothing() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        const auto pendingBefore = account.session->syncStatus()->pending();
        ScenarioImportController controller;
        controller.setSession(account.session.get());
        QVERIFY(!controller.loadText(QStringLiteral("broken.csv"), kBrokenCsv));
        QVERIFY(!controller.ready());
        const QStringList problems = controller.problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].startsWith(QStringLiteral("line 4, column 2 (offset): \"1h9x\"")), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith(QStringLiteral("line 5, column 4 (title)")), qPrintable(problems[1]));
        QVERIFY2(problems[2].startsWith(QStringLiteral("line 5, column 7 (priority): \"urgent\"")), qPrintable(problems[2]));
        QVERIFY(controller.importDrill().isEmpty());
        QCOMPARE(controller.errorText(), QStringLiteral("Load a scenario without problems first."));
        QCOMPARE(account.session->syncStatus()->pending(), pendingBefore);
    }

    // A broken file's problems in Spanish and Vietnamese: the sentence, the
    // terms in it and "line, column" in the language, text from the file as
    // written. A good file's delivery note goes into the task after the word
    // in the importer's language.
    void problemsReadInTheUsersLanguage() {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QString, instructions);
        QTranslator translator;
        QVERIFY(translator.load(LanguageController::translationFile(language)));
        QCoreApplication::installTranslator(&translator);
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        ScenarioImportController controller;
        controller.setSession(account.session.get());
        QVERIFY(!controller.loadText(QStringLiteral("broken.csv"), kBrokenCsv));
        const QStringList problems = controller.problems();
        // A delivery note goes into the task's instructions after the word in
        // the importer's language.
        QVERIFY(controller.loadText(QStringLiteral("storm.csv"), kStormCsv));
        const QString drillKey = controller.importDrill();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(problems, expected);
        QVERIFY2(!drillKey.isEmpty(), qPrintable(controller.errorText()));
        QStringList written;
        auto tasks = account.session->readStore()->list(muster::EntityType::task);
        QVERIFY(tasks);
        for (const muster::EntityState& task : *tasks) {
            const auto values = muster::plain_values(task);
            if (values.value("drill", "") == drillKey.toStdString() && values.value("inject", 0) == 1)
                written << QString::fromStdString(values.value("instructions", ""));
        }
        QCOMPARE(written, QStringList{instructions});
        // A problem whose message is not its id's text (not made by the
        // parser) is shown as written, never as a half-filled translation.
        QCoreApplication::installTranslator(&translator);
        const QString custom = scenarioProblemText(muster::ScenarioProblem{0, 0, "", "custom text"});
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(custom, QStringLiteral("custom text"));
        // Every message the core can say and every term in it is translated,
        // keeping its placeholders (the texts come from the core, which
        // lupdate reads: translations_test checks the .ts files too).
        std::vector<std::string> sources;
        for (std::size_t i = 0; i < muster::kScenarioMessageCount; ++i)
            sources.emplace_back(muster::scenario_message_english(static_cast<muster::ScenarioMessage>(i)));
        for (const std::string_view term : muster::scenario_terms())
            sources.emplace_back(muster::scenario_term_english(term));
        for (const std::string& source : sources) {
            const QString translated = translator.translate("ScenarioProblem", source.c_str());
            QVERIFY2(!translated.isEmpty(), source.c_str());
            QCOMPARE(placeholders(translated), placeholders(QString::fromStdString(source)));
        }
    }
    void problemsReadInTheUsersLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("instructions");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList{
                                   QStringLiteral("línea 4, columna 2 (offset): \"1h9x\" no sirve como momento; usa "
                                                  "+HH:MM, 90m o 1h30m"),
                                   QStringLiteral("línea 5, columna 4 (title): falta el título"),
                                   QStringLiteral("línea 5, columna 7 (priority): \"urgent\" no es una prioridad; usa "
                                                  "uno de estos: low, normal, high, critical")}
                            << QStringLiteral("Both pumps at Mill Street.\n\nEntrega: Radio");
        QTest::newRow("vi") << QStringLiteral("vi")
                            << QStringList{
                                   QStringLiteral("dòng 4, cột 2 (offset): \"1h9x\" không phải là thời điểm hợp lệ; "
                                                  "hãy dùng +HH:MM, 90m hoặc 1h30m"),
                                   QStringLiteral("dòng 5, cột 4 (title): thiếu tiêu đề"),
                                   QStringLiteral("dòng 5, cột 7 (priority): \"urgent\" không phải là mức ưu tiên; "
                                                  "hãy dùng một trong: low, normal, high, critical")}
                            << QStringLiteral("Both pumps at Mill Street.\n\nChuyển giao: Radio");
    }

    void refusesUnitsOutsideTheCoordinatorsSubtreeAndUnknownOnes() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr));
        ScenarioImportController controller;
        controller.setSession(account.session.get());
        const QByteArray csv =
            "# title: Two teams\n"
            "inject,offset,unit,title\n"
            "1,0,north,Ours\n"
            "2,5m,south,Theirs\n"
            "3,10m,east,Nobody's\n";
        QVERIFY(!controller.loadText(QStringLiteral("two.csv"), csv));
        QCOMPARE(controller.problems(),
                 QStringList({QStringLiteral("line 4, column 3 (unit): unit \"south\" is outside the units you coordinate"),
                              QStringLiteral("line 5, column 3 (unit): unknown unit \"east\"; check its code or path")}));
        QCOMPARE(account.session->syncStatus()->pending(), 0);
    }

    void aMemberCannotImportAndFilesAreCheckedBeforeReading() {
        CoordinatorAccount member;
        QVERIFY(member.open(nullptr, QStringLiteral("member")));
        ScenarioImportController controller;
        controller.setSession(member.session.get());
        QVERIFY(!controller.loadText(QStringLiteral("storm.csv"), kStormCsv));
        QCOMPARE(controller.errorText(), QStringLiteral("Only coordinators can import a scenario."));

        CoordinatorAccount coordinator;
        QVERIFY(coordinator.open(nullptr));
        controller.setSession(coordinator.session.get());
        QVERIFY(!controller.load(QUrl(QStringLiteral("https://example.org/storm.csv"))));
        QCOMPARE(controller.errorText(), QStringLiteral("Pick a scenario file on this device."));
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("huge.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(ScenarioImportController::kMaxFileBytes + 1));
        big.close();
        QVERIFY(!controller.load(QUrl::fromLocalFile(big.fileName())));
        QCOMPARE(controller.errorText(), QStringLiteral("huge.csv is too large for a scenario (4.0 MB; at most 4 MB)."));
        // A real file from disk goes through the same checks as text.
        QFile file(dir.filePath(QStringLiteral("storm.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kStormCsv);
        file.close();
        QVERIFY2(controller.load(QUrl::fromLocalFile(file.fileName())), qPrintable(controller.errorText()));
        QCOMPARE(controller.fileName(), QStringLiteral("storm.csv"));
        QCOMPARE(controller.injectCount(), 2);
    }
};

QTEST_MAIN(ScenarioImportTest)
#include "scenarioimport_test.moc"
