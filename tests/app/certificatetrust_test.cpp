// A server with a self-signed certificate (`muster-server tls self-signed`),
// the real binary on 127.0.0.1 over HTTPS/WSS: the app refuses it until the
// member trusts the fingerprint it shows (the one the server printed); then
// sign-in, sync and the event socket work; a different certificate on that
// address later is refused, named as changed, and nothing is sent or lost
// until the member signs in again and trusts the new one.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

#include "certificatetrust.h"
#include "diagnosticscontroller.h"
#include "loginprotocol.h"
#include "muster/op.hpp"
#include "musterserverprocess.h"

using namespace muster;
using namespace muster::app;
using muster::test::AppInstall;
using muster::test::makeSelfSignedCertificate;
using muster::test::MusterServerProcess;

namespace {
constexpr int kWaitMs = 15'000;

QString httpsUrl(const MusterServerProcess& server) {
    return QStringLiteral("https://127.0.0.1:%1/").arg(server.port());
}

/// Signs in once and waits for the answer: true when signed in.
bool attempt(SessionController& controller, const std::function<void()>& start) {
    start();
    return QTest::qWaitFor([&] { return !controller.busy(); }, kWaitMs) && controller.signedIn();
}
}  // namespace

class CertificateTrustTest : public QObject {
    Q_OBJECT

  private slots:
    void aSelfSignedServerIsTrustedOnlyAfterItsFingerprintIsConfirmed() {
        QTemporaryDir root;
        const QString cert = root.filePath(QStringLiteral("cert.pem"));
        const QString key = root.filePath(QStringLiteral("key.pem"));
        const QString fingerprint = makeSelfSignedCertificate(cert, key);
        QVERIFY2(!fingerprint.isEmpty(), "muster-server tls self-signed failed");
        MusterServerProcess server(root.path());
        QVERIFY2(server.seedDemo(), qPrintable(server.errorText()));
        server.setServeArgs({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(fingerprint), kWaitMs);  // what the admin gives members

        AppInstall coordinator;
        SessionController& controller = coordinator.controller;
        controller.setServerUrl(httpsUrl(server));
        controller.setLogin(QStringLiteral("coord"));
        const QString password = QString::fromLatin1(MusterServerProcess::kDemoPassword);

        // Not trusted: refused, with the fingerprint to compare.
        QVERIFY(!attempt(controller, [&] { controller.signIn(password); }));
        QCOMPARE(controller.offeredFingerprint(), fingerprint);
        QVERIFY(!controller.offeredCertificateChanged());
        QCOMPARE(controller.errorText(), failureMessage(LoginFailure::UnknownCertificate));
        QVERIFY(!coordinator.session.isOpen());

        // Trusted: signed in, the first sync and the event socket over TLS.
        QSignalSpy offers(&controller, &SessionController::certificateOfferChanged);
        QVERIFY(attempt(controller, [&] { controller.trustOfferedCertificate(password); }));
        QVERIFY(controller.offeredFingerprint().isEmpty());
        QVERIFY(offers.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.session.isOpen(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.status()->online(), kWaitMs);
        QVERIFY(coordinator.synced());
        QVERIFY2(coordinator.status()->lastError().isEmpty(), qPrintable(coordinator.status()->lastError()));
        // Kept in the data folder's settings, as the certificate itself, for
        // this address only: what the app reads when it starts again.
        const auto kept = CertificateTrust::read(QDir(coordinator.dir.path()).filePath(QStringLiteral("settings.ini")));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.keys().front(), QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QCOMPARE(CertificateTrust::fingerprint(kept.values().front()), fingerprint);
        QCOMPARE(CertificateTrust::fingerprint(CertificateTrust::trusted(QUrl(httpsUrl(server)))), fingerprint);
        // Settings shows it (four lines of eight pairs), and so does the support report.
        DiagnosticsController diagnostics;
        diagnostics.setSession(&coordinator.session);
        const QStringList lines = diagnostics.serverCertificate().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.join(QLatin1Char(':')), fingerprint);
        QVERIFY2(diagnostics.report().contains(QStringLiteral("Trusted certificate (SHA-256): ") + fingerprint),
                 qPrintable(diagnostics.report()));

        // A task written now goes out over the trusted connection.
        const auto write = [&](const QString& title) {
            return static_cast<bool>(coordinator.session.write({LocalWrite{
                OpKind::set, EntityType::task, QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(),
                nlohmann::json{{"title", title.toStdString()},
                               {"unit", coordinator.session.unitKey().toStdString()},
                               {"status", "open"},
                               {"priority", "normal"}}}}));
        };
        // Sent: a sync after the write ended with nothing left (the status
        // follows the worker, so a sync before the write does not count).
        const auto sentAfter = [&](double before) {
            return QTest::qWaitFor(
                [&] {
                    return coordinator.status()->lastSyncAt() > before && coordinator.status()->pending() == 0 &&
                           coordinator.status()->state() == QLatin1String("idle");
                },
                kWaitMs);
        };
        double before = coordinator.status()->lastSyncAt();
        QTest::qWait(2);  // lastSyncAt is in ms
        QVERIFY(write(QStringLiteral("Sandbags to Mill Street")));
        QVERIFY(sentAfter(before));

        // Another certificate at the same address: nothing goes out, the change
        // is kept, and the sync says why.
        QVERIFY(server.stop());
        const QString otherCert = root.filePath(QStringLiteral("other.pem"));
        const QString otherFingerprint = makeSelfSignedCertificate(otherCert, root.filePath(QStringLiteral("other-key.pem")));
        QVERIFY(!otherFingerprint.isEmpty() && otherFingerprint != fingerprint);
        server.setServeArgs({QStringLiteral("--tls-cert"), otherCert, QStringLiteral("--tls-key"),
                             root.filePath(QStringLiteral("other-key.pem"))});
        QVERIFY2(server.start(server.port()), qPrintable(server.errorText()));
        QVERIFY(write(QStringLiteral("Check the pumps")));
        coordinator.session.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.status()->lastError().contains(QStringLiteral("certificate")), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.status()->pending(), 1, kWaitMs);

        // Signing in there shows the new fingerprint as a change.
        SessionController again;
        again.setDataDir(coordinator.dir.path());
        again.setServerUrl(httpsUrl(server));
        again.setLogin(QStringLiteral("coord"));
        QVERIFY(!attempt(again, [&] { again.signIn(password); }));
        QCOMPARE(again.offeredFingerprint(), otherFingerprint);
        QVERIFY(again.offeredCertificateChanged());
        QCOMPARE(again.errorText(), failureMessage(LoginFailure::CertificateChanged));
        // Another address typed: that offer was not its.
        again.setServerUrl(QStringLiteral("https://127.0.0.2:1/"));
        QVERIFY(again.offeredFingerprint().isEmpty());

        // The coordinator says it changed: as the sync's message says, sign
        // out (the change stays on the device), sign in, trust the new one.
        coordinator.session.forget();  // what Main.qml's signOut does
        controller.signOut();
        QVERIFY(!attempt(controller, [&] { controller.signIn(password); }));
        QCOMPARE(controller.offeredFingerprint(), otherFingerprint);
        QVERIFY(controller.offeredCertificateChanged());
        QVERIFY(attempt(controller, [&] { controller.trustOfferedCertificate(password); }));
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.session.isOpen(), kWaitMs);
        QCOMPARE(CertificateTrust::fingerprint(CertificateTrust::trusted(QUrl(httpsUrl(server)))), otherFingerprint);
        QVERIFY2(coordinator.synced(), qPrintable(coordinator.status()->lastError()));
        QCOMPARE(coordinator.status()->pending(), 0);  // the kept change went out
        const auto keptNow = CertificateTrust::read(QDir(coordinator.dir.path()).filePath(QStringLiteral("settings.ini")));
        QCOMPARE(keptNow.size(), 1);
        QCOMPARE(CertificateTrust::fingerprint(keptNow.values().front()), otherFingerprint);
        QCOMPARE(diagnostics.serverCertificate().split(QLatin1Char('\n')).join(QLatin1Char(':')), otherFingerprint);
    }

    void onlyErrorsOfTrustMayBeSetAside() {
        const QSslCertificate none;
        QVERIFY(CertificateTrust::onlyUntrusted({QSslError(QSslError::SelfSignedCertificate, none),
                                                 QSslError(QSslError::HostNameMismatch, none)}));
        QVERIFY(!CertificateTrust::onlyUntrusted({}));
        QVERIFY(!CertificateTrust::onlyUntrusted({QSslError(QSslError::SelfSignedCertificate, none),
                                                  QSslError(QSslError::CertificateExpired, none)}));
        QVERIFY(!CertificateTrust::onlyUntrusted({QSslError(QSslError::CertificateSignatureFailed, none)}));
        QVERIFY(!CertificateTrust::accepts(QUrl(QStringLiteral("https://nowhere.example:8443/")), none,
                                           {QSslError(QSslError::SelfSignedCertificate, none)}));
    }
};

QTEST_MAIN(CertificateTrustTest)
#include "certificatetrust_test.moc"
