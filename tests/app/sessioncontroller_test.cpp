// SessionController against an in-process fake server on a real event loop.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "accountsettings.h"
#include "coordinatortestsupport.h"
#include "deviceidentity.h"
#include "fakemusterserver.h"
#include "muster/clock.hpp"
#include "muster/store.hpp"
#include "sessioncontroller.h"

using muster::app::SessionController;
using muster::test::FakeMusterServer;

namespace {

constexpr int kWaitMs = 5000;

const QString kUnreachable =
    QStringLiteral("Can't reach the server. Check the address and your connection.");
const QString kWrongCredentials = QStringLiteral("Wrong login or password.");
const QString kRateLimited = QStringLiteral("Too many attempts. Wait a few minutes and try again.");
const QByteArray kMemberLogin =
    R"({"token":"t2","expires_at_ms":2,"server_time_ms":1,)"
    R"("member":{"id":"m","name":"Bo Lind","role":"member","unit":"u"}})";

const QString kNotMuster =
    QStringLiteral("This server doesn't speak Muster's protocol (or is a different version).");

/// A controller wired to a temp data dir, a manual clock and `server`.
struct Fixture {
    QTemporaryDir dir;
    muster::ManualClock clock{1'764'000'000'000};
    SessionController controller;

    explicit Fixture(const QString& serverUrl) {
        controller.setDataDir(dir.path());
        controller.setClock(clock);
        controller.setServerUrl(serverUrl);
        controller.setLogin(QStringLiteral("ada"));
    }

    /// Signs in and waits until the controller is no longer busy. Returns the
    /// busy values seen, in order.
    QList<bool> signInAndWait(const QString& password = QStringLiteral("secret")) {
        QSignalSpy busySpy(&controller, &SessionController::busyChanged);
        QList<bool> seen;
        QObject::connect(&controller, &SessionController::busyChanged, &controller,
                         [this, &seen] { seen.append(controller.busy()); });
        controller.signIn(password);
        if (controller.busy()) {
            // wait for the transition back to idle
            while (controller.busy() && busySpy.wait(kWaitMs)) {
            }
        }
        QObject::disconnect(&controller, &SessionController::busyChanged, &controller, nullptr);
        return seen;
    }
};

}  // namespace

class SessionControllerTest : public QObject {
    Q_OBJECT

  private slots:
    void signsInAndExposesTheMember() {
        FakeMusterServer server;
        QVERIFY(server.isListening());
        Fixture f(server.url());
        QSignalSpy signedInSpy(&f.controller, &SessionController::signedInChanged);

        const QList<bool> busy = f.signInAndWait();

        QCOMPARE(busy, (QList<bool>{true, false}));
        QVERIFY(f.controller.signedIn());
        QCOMPARE(signedInSpy.count(), 1);
        QCOMPARE(f.controller.memberName(), QStringLiteral("Ada Okafor"));
        QCOMPARE(f.controller.role(), QStringLiteral("coordinator"));
        QCOMPARE(f.controller.token(), QStringLiteral("tok-123"));
        QCOMPARE(f.controller.unitKey(), QStringLiteral("9d1f0c2a-0000-4000-8000-000000000002"));
        QVERIFY(f.controller.errorText().isEmpty());
        QCOMPARE(f.controller.serverClockOffsetMs(), 2500);
    }

    void sendsHealthThenTheProtocolsLoginRequest() {
        FakeMusterServer server;
        Fixture f(server.url() + QStringLiteral("/"));
        f.controller.setLogin(QStringLiteral("  ada  "));
        f.signInAndWait(QStringLiteral("pa ss"));

        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[0].method, QByteArray("GET"));
        QCOMPARE(server.requests()[0].path, QByteArray("/v1/health"));
        const auto& login = server.requests()[1];
        QCOMPARE(login.method, QByteArray("POST"));
        QCOMPARE(login.path, QByteArray("/v1/auth/login"));
        QVERIFY(login.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(login.body).object();
        QCOMPARE(body.value("login").toString(), QStringLiteral("ada"));
        QCOMPARE(body.value("password").toString(), QStringLiteral("pa ss"));
        const QJsonObject device = body.value("device").toObject();
        QCOMPARE(device.value("name").toString(), f.controller.deviceName());
        QVERIFY(!device.value("name").toString().isEmpty());
        QVERIFY(muster::app::isValidReplicaId(device.value("replica_id").toString()));
        QCOMPARE(device.value("replica_id").toString(), f.controller.replicaId());
    }

    void sendsTheReplicaIdOfTheAccountsStore() {
        FakeMusterServer server;
        Fixture first(server.url());
        first.signInAndWait();
        const QString id = first.controller.replicaId();
        QVERIFY(muster::app::isValidReplicaId(id));
        // The account's store was created before the login and is that replica.
        {
            const QString path = muster::app::accountDatabasePath(first.dir.path(), QUrl(server.url()),
                                                                  QStringLiteral("ada"));
            auto store = muster::test::openAppStore(path, first.clock);
            QVERIFY(store);
            QCOMPARE(QString::fromStdString(store->replica_id()), id);
        }

        // The same account again: the same store, the same replica.
        SessionController again;
        again.setDataDir(first.dir.path());
        again.setServerUrl(server.url());
        again.setLogin(QStringLiteral("ada"));
        QSignalSpy spy(&again, &SessionController::signedInChanged);
        again.signIn(QStringLiteral("secret"));
        QVERIFY(spy.wait(kWaitMs));
        QCOMPARE(again.replicaId(), id);

        // Another account of this install has its own store, so its own replica
        // (one shared id would make the server drop one account's ops as duplicates).
        Fixture otherLogin(server.url());
        otherLogin.controller.setDataDir(first.dir.path());
        otherLogin.controller.setLogin(QStringLiteral("bo"));
        otherLogin.signInAndWait();
        QVERIFY(muster::app::isValidReplicaId(otherLogin.controller.replicaId()));
        QVERIFY(otherLogin.controller.replicaId() != id);

        Fixture otherInstall(server.url());
        otherInstall.signInAndWait();
        QVERIFY(otherInstall.controller.replicaId() != id);
    }

    void anUnusableDataFolderStopsTheSignIn() {
        FakeMusterServer server;
        Fixture f(server.url());
        QFile blocker(f.dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        f.controller.setDataDir(blocker.fileName() + QStringLiteral("/sub"));
        f.signInAndWait();
        QVERIFY(!f.controller.signedIn());
        QCOMPARE(f.controller.errorText(),
                 QStringLiteral("Muster can't save its data on this device. Check the free space and try again."));
        QCOMPARE(server.requests().size(), 1);  // health only: no login without a store
    }

    /// The account's data from a newer app (a downgrade): sign-in says so,
    /// not "check the free space", sends no login, and the file stays.
    void dataFromANewerAppIsNamedAndKept() {
        FakeMusterServer server;
        Fixture f(server.url());
        const QString path = muster::app::accountDatabasePath(f.dir.path(), QUrl(server.url()), f.controller.login());
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(muster::Store::open(QDir::toNativeSeparators(path).toStdString(), f.clock, {}).ok());
        {
            // The schema version a later app would write: SQLite keeps it at offset 60 of the header.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(60));
            const char version999[4] = {0, 0, 0x03, static_cast<char>(0xE7)};
            QCOMPARE(file.write(version999, 4), 4);
        }
        f.signInAndWait();
        QVERIFY(!f.controller.signedIn());
        QVERIFY2(f.controller.errorText().contains(QStringLiteral("newer version of Muster")),
                 qPrintable(f.controller.errorText()));
        QCOMPARE(server.requests().size(), 1);  // health only
        QVERIFY(QFileInfo::exists(path));
    }

    void aServerThatIsNotMusterLeavesNoAccountFile() {
        FakeMusterServer server;
        server.setResponse("/v1/health", FakeMusterServer::Response{404, "<h1>Not Found</h1>", "text/html"});
        Fixture f(server.url());
        f.signInAndWait();
        QCOMPARE(f.controller.errorText(), kNotMuster);
        QVERIFY(QDir(f.dir.path()).entryList(QDir::Files).isEmpty());
    }

    void tokenExpiresByTheInjectedClock() {
        FakeMusterServer server;
        Fixture f(server.url());
        f.signInAndWait();
        QVERIFY(f.controller.hasValidToken());
        QCOMPARE(f.controller.tokenExpiresAtMs(), FakeMusterServer::kExpiresAtMs);
        f.clock.set_ms(FakeMusterServer::kExpiresAtMs);
        QVERIFY(!f.controller.hasValidToken());
        QVERIFY(f.controller.signedIn());  // expiry is the sync engine's business
    }

    void wrongPasswordSaysSo() {
        FakeMusterServer server;
        server.setResponse("/v1/auth/login", FakeMusterServer::error(401, "invalid_credentials",
                                                                     "Wrong login or password."));
        Fixture f(server.url());
        const QList<bool> busy = f.signInAndWait();
        QCOMPARE(busy, (QList<bool>{true, false}));
        QVERIFY(!f.controller.signedIn());
        QCOMPARE(f.controller.errorText(), kWrongCredentials);
        QVERIFY(f.controller.token().isEmpty());
    }

    void rateLimitAsksToWait() {
        FakeMusterServer server;
        server.setResponse("/v1/auth/login",
                           FakeMusterServer::error(429, "rate_limited", "Too many failed logins."));
        Fixture f(server.url());
        f.signInAndWait();
        QVERIFY(!f.controller.signedIn());
        QCOMPARE(f.controller.errorText(), kRateLimited);
    }

    void rateLimitWithoutABodyAsksToWait() {
        FakeMusterServer server;
        server.setResponse("/v1/auth/login",
                           FakeMusterServer::Response{429, "slow down", "text/plain"});
        Fixture f(server.url());
        f.signInAndWait();
        QCOMPARE(f.controller.errorText(), kRateLimited);
    }

    void aWebPageIsNotAMusterServer() {
        FakeMusterServer server;
        server.setResponse(
            "/v1/health",
            FakeMusterServer::Response{200, "<html><body>Welcome</body></html>", "text/html"});
        Fixture f(server.url());
        f.signInAndWait();
        QVERIFY(!f.controller.signedIn());
        QCOMPARE(f.controller.errorText(), kNotMuster);
        QCOMPARE(server.requests().size(), 1);  // never sends the password there
    }

    void aMissingHealthEndpointIsNotAMusterServer() {
        FakeMusterServer server;
        server.setResponse("/v1/health",
                           FakeMusterServer::Response{404, "<h1>Not Found</h1>", "text/html"});
        Fixture f(server.url());
        f.signInAndWait();
        QCOMPARE(f.controller.errorText(), kNotMuster);
    }

    void anotherMajorVersionIsRefused() {
        FakeMusterServer server;
        server.setResponse("/v1/health",
                           FakeMusterServer::json(200, R"({"status":"ok","version":"2.0.0"})"));
        Fixture f(server.url());
        f.signInAndWait();
        QCOMPARE(f.controller.errorText(), kNotMuster);
        QCOMPARE(server.requests().size(), 1);
    }

    void garbageLoginAnswerIsNotTheProtocol() {
        FakeMusterServer server;
        server.setResponse("/v1/auth/login", FakeMusterServer::json(200, R"({"ok":true})"));
        Fixture f(server.url());
        f.signInAndWait();
        QVERIFY(!f.controller.signedIn());
        QCOMPARE(f.controller.errorText(), kNotMuster);
    }

    void nonHttpBytesAreNotTheProtocol() {
        FakeMusterServer server;
        FakeMusterServer::Response garbage;
        garbage.raw = true;
        garbage.body = "SSH-2.0-OpenSSH_9.2\r\n";
        server.setResponse("/v1/health", garbage);
        Fixture f(server.url());
        f.signInAndWait();
        QVERIFY(!f.controller.signedIn());
        QVERIFY(!f.controller.errorText().isEmpty());
        QVERIFY2(f.controller.errorText() == kNotMuster || f.controller.errorText() == kUnreachable,
                 qPrintable(f.controller.errorText()));
    }

    void closedPortCannotBeReached() {
        Fixture f(QStringLiteral("http://127.0.0.1:%1").arg(muster::test::closedPort()));
        const QList<bool> busy = f.signInAndWait();
        QCOMPARE(busy, (QList<bool>{true, false}));
        QVERIFY(!f.controller.signedIn());
        QCOMPARE(f.controller.errorText(), kUnreachable);
    }

    void silentServerTimesOut() {
        FakeMusterServer server;
        FakeMusterServer::Response silent;
        silent.silent = true;
        server.setResponse("/v1/health", silent);
        Fixture f(server.url());
        f.controller.setRequestTimeout(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        f.signInAndWait();
        QVERIFY(timer.elapsed() < 4000);
        QVERIFY(!f.controller.busy());
        QCOMPARE(f.controller.errorText(), kUnreachable);
    }

    void serverTroubleShowsTheServersSentence() {
        FakeMusterServer server;
        server.setResponse("/v1/auth/login", FakeMusterServer::error(503, "unavailable",
                                                                     "The server is restarting."));
        Fixture f(server.url());
        f.signInAndWait();
        QCOMPARE(f.controller.errorText(), QStringLiteral("The server is restarting."));
    }

    void badServerAddressIsRefusedBeforeSending_data() {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("ftp") << QStringLiteral("ftp://muster.example.org");
        QTest::newRow("no host") << QStringLiteral("https://");
        QTest::newRow("spaces") << QStringLiteral("muster example org");
    }
    void badServerAddressIsRefusedBeforeSending() {
        QFETCH(QString, address);
        Fixture f(address);
        QSignalSpy busySpy(&f.controller, &SessionController::busyChanged);
        f.controller.signIn(QStringLiteral("secret"));
        QCOMPARE(busySpy.count(), 0);
        QVERIFY(f.controller.errorText().startsWith(
            QStringLiteral("Enter the server address, e.g. https://")));
    }

    void plainHttpToAnotherMachineIsRefusedBeforeSending() {
        Fixture f(QStringLiteral("http://10.1.2.3:8080"));
        QSignalSpy busySpy(&f.controller, &SessionController::busyChanged);
        f.controller.signIn(QStringLiteral("secret"));
        QCOMPARE(busySpy.count(), 0);
        QCOMPARE(f.controller.errorText(),
                 QStringLiteral("This address starts with http://, so your password and tasks would cross the "
                                "network unprotected. Use the server's https:// address."));
        QVERIFY(!f.controller.signedIn());
    }

    void emptyLoginOrPasswordIsRefused() {
        FakeMusterServer server;
        Fixture f(server.url());
        f.controller.signIn(QString());
        QCOMPARE(f.controller.errorText(), QStringLiteral("Enter your login and password."));
        f.controller.setLogin(QStringLiteral(" "));
        f.controller.signIn(QStringLiteral("secret"));
        QCOMPARE(f.controller.errorText(), QStringLiteral("Enter your login and password."));
        QVERIFY(server.requests().isEmpty());
    }

    void aServerUnderAPathPrefixWorks() {
        FakeMusterServer server;
        server.setResponse("/muster/v1/health",
                           FakeMusterServer::json(200, R"({"status":"ok","version":"0.3.1"})"));
        server.setResponse("/muster/v1/auth/login", FakeMusterServer::json(200, kMemberLogin));
        Fixture f(server.url() + QStringLiteral("/muster"));
        f.signInAndWait();
        QVERIFY2(f.controller.signedIn(), qPrintable(f.controller.errorText()));
        QCOMPARE(server.requests()[1].path, QByteArray("/muster/v1/auth/login"));
        QCOMPARE(f.controller.role(), QStringLiteral("member"));
    }

    void errorClearsOnTheNextAttempt() {
        FakeMusterServer server;
        server.setResponse("/v1/auth/login",
                           FakeMusterServer::error(401, "invalid_credentials", "x"));
        Fixture f(server.url());
        f.signInAndWait();
        QCOMPARE(f.controller.errorText(), kWrongCredentials);
        server.setResponse("/v1/auth/login", FakeMusterServer::json(200, kMemberLogin));
        QSignalSpy errorSpy(&f.controller, &SessionController::errorTextChanged);
        f.signInAndWait();
        QVERIFY(f.controller.signedIn());
        QVERIFY(f.controller.errorText().isEmpty());
        QCOMPARE(errorSpy.count(), 1);
    }

    void aSecondSignInWhileBusyIsIgnored() {
        FakeMusterServer server;
        Fixture f(server.url());
        QSignalSpy signedInSpy(&f.controller, &SessionController::signedInChanged);
        f.controller.signIn(QStringLiteral("secret"));
        QVERIFY(f.controller.busy());
        f.controller.signIn(QStringLiteral("secret"));
        QVERIFY(signedInSpy.wait(kWaitMs));
        QCOMPARE(server.requests().size(), 2);  // one health, one login
    }

    void signOutForgetsTheSessionAndRevokesTheToken() {
        FakeMusterServer server;
        Fixture f(server.url());
        f.signInAndWait();
        QVERIFY(f.controller.signedIn());
        QSignalSpy signedInSpy(&f.controller, &SessionController::signedInChanged);
        f.controller.signOut();
        QCOMPARE(signedInSpy.count(), 1);
        QVERIFY(!f.controller.signedIn());
        QVERIFY(f.controller.token().isEmpty());
        QVERIFY(f.controller.memberName().isEmpty());
        QVERIFY(f.controller.role().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, kWaitMs);
        QCOMPARE(server.requests()[2].path, QByteArray("/v1/auth/logout"));
        QCOMPARE(server.requests()[2].headers.value("authorization"), QByteArray("Bearer tok-123"));
    }

    void signOutDuringASignInCancelsIt() {
        FakeMusterServer server;
        FakeMusterServer::Response silent;
        silent.silent = true;
        server.setResponse("/v1/health", silent);
        Fixture f(server.url());
        f.controller.signIn(QStringLiteral("secret"));
        QVERIFY(f.controller.busy());
        f.controller.signOut();
        QVERIFY(!f.controller.busy());
        QVERIFY(f.controller.errorText().isEmpty());
        QTest::qWait(50);
        QVERIFY(!f.controller.signedIn());
        QVERIFY(f.controller.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SessionControllerTest)
#include "sessioncontroller_test.moc"
