// The after-action report in the app, against the real muster-server on the
// demo data: a coordinator reads the JSON report of the demo drill and saves
// the printable HTML; a member is told in words that reports are for
// coordinators; with the server gone the page says it can't reach it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "drillreportcontroller.h"
#include "musterserverprocess.h"

using namespace muster;
using namespace muster::app;
using muster::test::AppInstall;
using muster::test::MusterServerProcess;

namespace {
constexpr int kWaitMs = 15'000;

QString demoDrillKey(AccountSession& session) {
    auto drills = session.readStore()->list(EntityType::drill);
    return drills && drills->size() == 1 ? QString::fromStdString(drills->front().key) : QString();
}
}  // namespace

class DrillReportTest : public QObject {
    Q_OBJECT

  private slots:
    void coordinatorReadsTheReportAndSavesThePrintableOne() {
        QTemporaryDir root;
        MusterServerProcess server(root.path());
        QVERIFY2(server.startDemo(), qPrintable(server.errorText()));
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(server.url(), QStringLiteral("coord")));

        DrillReportController report;
        report.setSession(&coordinator.session);
        report.setDrillKey(demoDrillKey(coordinator.session));
        QVERIFY(!report.drillKey().isEmpty());
        report.load();
        QVERIFY(report.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!report.loading(), kWaitMs);
        QVERIFY2(report.errorText().isEmpty(), qPrintable(report.errorText()));
        const QVariantMap overview = report.report().value(QStringLiteral("overview")).toMap();
        QCOMPARE(overview.value(QStringLiteral("title")).toString(), QStringLiteral("Flood response drill"));
        QCOMPARE(overview.value(QStringLiteral("state")).toString(), QStringLiteral("planned"));
        QCOMPARE(report.report().value(QStringLiteral("injects")).toList().size(), 5);

        QTemporaryDir folder;
        QSignalSpy saved(&report, &DrillReportController::saved);
        report.saveHtml(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWaitMs);
        QVERIFY(report.savedFile().isLocalFile());
        QCOMPARE(QFileInfo(report.savedFile().toLocalFile()).dir().absolutePath(), QDir(folder.path()).absolutePath());
        QFile html(report.savedFile().toLocalFile());
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("Flood response drill"));
        QVERIFY(page.contains("<svg"));
        // The JSON report stays as it was.
        QCOMPARE(report.report().value(QStringLiteral("injects")).toList().size(), 5);

        // The same report for a spreadsheet and as data.
        report.save(QStringLiteral("csv"), folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, kWaitMs);
        QVERIFY(report.savedFile().toLocalFile().endsWith(QStringLiteral(".csv")));
        QFile csv(report.savedFile().toLocalFile());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray table = csv.readAll();
        QVERIFY2(table.startsWith("inject,title,unit,"), table.left(80).constData());
        QCOMPARE(table.count('\n'), 1 + 5);  // the header and one row per inject
        report.save(QStringLiteral("json"), folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, kWaitMs);
        QFile data(report.savedFile().toLocalFile());
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QJsonDocument document = QJsonDocument::fromJson(data.readAll());
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value(QStringLiteral("injects")).toArray().size(), 5);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 3);

        report.save(QStringLiteral("pdf"), folder.path());
        QVERIFY(report.errorText().contains(QStringLiteral("pdf")));
        QCOMPARE(saved.count(), 3);

        // In Spanish (the language chosen in the app sets the default locale),
        // the printable report's words are Spanish; the data stays as written.
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
        QTemporaryDir spanish;
        report.saveHtml(spanish.path());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 4, kWaitMs);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QFile informe(report.savedFile().toLocalFile());
        QVERIFY(informe.open(QIODevice::ReadOnly));
        const QByteArray pagina = informe.readAll();
        QVERIFY(pagina.contains("<html lang=\"es\">"));
        QVERIFY(pagina.contains("<h1>Informe tras el simulacro: Flood response drill</h1>"));
        QVERIFY(!pagina.contains("After-action report"));
        QVERIFY(page.contains("<html lang=\"en\">"));
    }

    void aMemberIsToldReportsAreForCoordinatorsAndNoServerIsSaidInWords() {
        QTemporaryDir root;
        MusterServerProcess server(root.path());
        QVERIFY2(server.startDemo(), qPrintable(server.errorText()));
        AppInstall member;
        QVERIFY(member.signIn(server.url(), QStringLiteral("alice")));

        DrillReportController report;
        report.setSession(&member.session);
        report.setDrillKey(demoDrillKey(member.session));
        report.load();
        QTRY_VERIFY_WITH_TIMEOUT(!report.loading(), kWaitMs);
        QCOMPARE(report.errorText(), QStringLiteral("Only coordinators of this drill's units can read its report."));
        QVERIFY(report.report().isEmpty());

        QVERIFY2(server.stop(), qPrintable(server.errorText()));
        report.load();
        QTRY_VERIFY_WITH_TIMEOUT(!report.loading(), kWaitMs);
        QCOMPARE(report.errorText(), QStringLiteral("Can't reach the server. Check the address and your connection."));

        report.setDrillKey({});
        report.load();
        QCOMPARE(report.errorText(), QStringLiteral("Open a drill first."));
    }
};

QTEST_MAIN(DrillReportTest)
#include "drillreport_test.moc"
