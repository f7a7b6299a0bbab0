// DiagnosticsController on a real account store: the device id is the
// store's replica id, the database size is the file's, and the report a user
// copies names the app version and the last error but never the token.
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include "coordinatortestsupport.h"
#include "diagnosticscontroller.h"
#include "muster/version.hpp"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;

class DiagnosticsControllerTest : public QObject {
    Q_OBJECT

  private slots:
    void withoutAnAccountItShowsOnlyTheVersion() {
        DiagnosticsController diagnostics;
        QCOMPARE(diagnostics.appVersion(), QString::fromUtf8(muster::version().data(),
                                                             static_cast<qsizetype>(muster::version().size())));
        QVERIFY(!diagnostics.appVersion().isEmpty());
        QVERIFY(diagnostics.deviceId().isEmpty());
        QCOMPARE(diagnostics.databaseBytes(), 0.0);
        QVERIFY(diagnostics.report().startsWith(QStringLiteral("Muster ")));
    }

    void namesTheStoreItsSizeAndTheLastErrorButNotTheToken() {
        FakeMusterServer server;
        server.setResponse("/v1/sync", FakeMusterServer::error(500, "internal", "The database is locked."));
        CoordinatorAccount account;
        QVERIFY(account.open(&server));
        DiagnosticsController diagnostics;
        diagnostics.setSession(account.session.get());
        QCOMPARE(diagnostics.deviceId(), QString::fromStdString(account.session->readStore()->replica_id()));
        QCOMPARE(diagnostics.deviceId().size(), 16);
        QVERIFY(diagnostics.databaseBytes() >= QFileInfo(account.session->databasePath()).size());
        QVERIFY(diagnostics.databaseBytes() > 0);
        QVERIFY(!diagnostics.databaseSize().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!diagnostics.lastError().isEmpty(), 10000);
        const QString report = diagnostics.report();
        QVERIFY2(report.contains(QStringLiteral("Device id: ") + diagnostics.deviceId()), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Account: a.okafor (coordinator)")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Last error: ")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("tok-coord")), qPrintable(report));
    }
};

QTEST_MAIN(DiagnosticsControllerTest)
#include "diagnosticscontroller_test.moc"
