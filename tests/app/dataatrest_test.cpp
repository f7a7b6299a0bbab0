// The device's data at rest (docs/security-app.md): the account database is
// encrypted (SQLCipher), its key and the token live in DeviceKeys (PIN vault
// here: no Secret Service on a test machine; keychain_test covers that), no
// secret reaches settings, files or logs, and a remote wipe erases it all.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include "accountsession.h"
#include "accountsettings.h"
#include "devicekeys.h"
#include "fakemusterserver.h"
#include "languagecontroller.h"
#include "muster/clock.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"
#include "muster/store.hpp"
#include "muster/store_encrypt.hpp"
#include "pinsecretstore.h"
#include "sessioncontroller.h"

using muster::app::AccountInfo;
using muster::app::AccountSession;
using muster::app::DeviceKeys;
using muster::app::SessionController;
using muster::test::FakeMusterServer;

namespace {

constexpr int kWaitMs = 10000;
const QString kPin = QStringLiteral("482916");
/// Text that must never be readable in a file or a log.
const QString kTaskText = QStringLiteral("Sandbag the culvert behind Hollins farm ZEBRA-7731");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kToken = QStringLiteral("tok-123");  // what FakeMusterServer's login answers

/// Keys in `dir` on the PIN store at libsodium's cheapest argon2id cost (the
/// app's cost is measured in pinUnlockCost).
void usePinStore(DeviceKeys& keys, const QString& dir, const muster::Clock& clock) {
    keys.setClock(clock);
    keys.setDataDir(dir);
    keys.useBackend(DeviceKeys::Backend::Pin);
    keys.setPinCost(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

/// `session` on `dir`, its data key from `keys`; syncs `debounce` after a
/// write, `timeout` per transfer, without the event socket.
void useKeys(AccountSession& session, DeviceKeys& keys, const QString& dir, std::chrono::milliseconds debounce,
             std::chrono::milliseconds timeout) {
    session.setKeys(&keys);
    session.setDataDir(dir);
    session.setSyncTiming(debounce, timeout, false);
}

AccountInfo account(const QString& serverUrl) {
    return AccountInfo{serverUrl, QStringLiteral("ada"), QStringLiteral("m-ada"), QStringLiteral("Ada Okafor"),
                       QStringLiteral("coordinator"), QStringLiteral("u-north")};
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Files under `dir` whose bytes contain `needle` (UTF-8).
QStringList filesContaining(const QString& dir, const QString& needle) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8())) found << path;
    }
    return found;
}

/// QVERIFY for a muster::Result, with its error message.
#define VERIFY_OK(expr)                                                                               \
    do {                                                                                              \
        const auto& verifyResult = (expr);                                                           \
        QVERIFY2(verifyResult, verifyResult ? "" : verifyResult.error().message.c_str());             \
    } while (false)

muster::LocalWrite newTask(const QString& title) {
    return muster::LocalWrite{muster::OpKind::set, muster::EntityType::task,
                              "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b",
                              {{"title", title.toStdString()}, {"unit", "7c9e6679-7425-40de-944b-e07fc1f90ae7"}, {"priority", "high"},
                               {"status", "open"}}};
}

/// Every message Qt logs while alive.
struct LogCapture {
    static inline QStringList messages;
    QtMessageHandler previous;
    LogCapture() : previous(qInstallMessageHandler(&LogCapture::handle)) { messages.clear(); }
    ~LogCapture() { qInstallMessageHandler(previous); }
    static void handle(QtMsgType, const QMessageLogContext&, const QString& message) { messages << message; }
};

}  // namespace

class DataAtRestTest : public QObject {
    Q_OBJECT

  private slots:
    /// English as the app shows it (plural forms come from muster_en.ts).
    void initTestCase() { QVERIFY(m_language.setSessionLanguage(QStringLiteral("en"))); }

    /// The database file is SQLCipher: plain SQLite (the sqlite3 CLI, a
    /// separate process) can't read it and no task text is in its bytes; the
    /// app opens it with its key, data intact; a wrong key is refused with the
    /// clear error and the file is left as it was.
    void databaseIsUnreadableWithoutItsKey() {
        QVERIFY(muster::store_encryption_available());
        QTemporaryDir dir;
        muster::ManualClock clock;
        DeviceKeys keys;
        usePinStore(keys, dir.path(), clock);
        QVERIFY(keys.choosePin(kPin, kPin));
        QString path;
        {
            AccountSession session;
            useKeys(session, keys, dir.path(), std::chrono::milliseconds(50), std::chrono::milliseconds(500));
            QVERIFY2(session.openAccount(account(QStringLiteral("http://127.0.0.1:9/")), {}),
                     qPrintable(session.errorText()));
            VERIFY_OK(session.write({newTask(kTaskText)}));
            path = session.databasePath();
            session.close();
        }
        QVERIFY(QFile::exists(path));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        raw.close();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("ZEBRA-7731"));
        QVERIFY(!bytes.contains("CREATE TABLE"));

        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 CLI (Debian package sqlite3) is needed for this test");
        QProcess cli;
        cli.start(sqlite3, {path, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
        QVERIFY(cli.waitForFinished(kWaitMs));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY2(cli.readAllStandardError().contains("file is not a database"), "plain SQLite must refuse it");

        // The app's store with the key: the task is there.
        const auto key = keys.databaseKey(path, false);
        QVERIFY(key);
        {
            muster::StoreOptions options;
            options.key_hex = *key;
            auto store = muster::Store::open(path.toStdString(), clock, options);
            QVERIFY2(store, store ? "" : store.error().message.c_str());
            auto task = store->get(muster::EntityType::task, "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b");
            QVERIFY(task && *task);
            QCOMPARE(QString::fromStdString((*task)->fields.at("title").v.get<std::string>()), kTaskText);
        }

        // A wrong key: the clear error, the file untouched (not recreated).
        const QByteArray before = fileHash(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        muster::StoreOptions wrong;
        wrong.key_hex = std::string(64, 'a');
        auto refused = muster::Store::open(path.toStdString(), clock, wrong);
        QVERIFY(!refused);
        QCOMPARE(QString::fromStdString(refused.error().message), QString::fromLatin1(muster::kStoreLockedMessage));
        // No key at all (a plain open through the cipher build) is refused too.
        auto unkeyed = muster::Store::open(path.toStdString(), clock);
        QVERIFY(!unkeyed);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);

        // The app with a key that does not fit says so and changes nothing.
        DeviceKeys other;
        QTemporaryDir otherDir;
        usePinStore(other, otherDir.path(), clock);
        QVERIFY(other.choosePin(kPin, kPin));
        QVERIFY(other.store().write(QFileInfo(path).absoluteFilePath() + QStringLiteral("#database-key"),
                                    QByteArray(32, '\x42')) == muster::app::SecretStore::Status::Ok);
        AccountSession session;
        session.setKeys(&other);
        session.setDataDir(dir.path());
        QVERIFY(!session.openAccount(account(QStringLiteral("http://127.0.0.1:9/")), {}));
        QVERIFY2(session.errorText().contains(QStringLiteral("could not be unlocked")), qPrintable(session.errorText()));
        QCOMPARE(fileHash(path), before);
    }

    /// A database written before the app encrypted its data (plain SQLite) is
    /// encrypted in place on its next open, its data intact and no plain copy left.
    void aPlainDatabaseFromAnEarlierVersionIsEncryptedInPlace() {
        QTemporaryDir dir;
        muster::ManualClock clock;
        const AccountInfo info = account(QStringLiteral("http://127.0.0.1:9/"));
        const QString path = muster::app::accountDatabasePath(dir.path(), QUrl(info.serverUrl), info.login);
        {
            auto plain = muster::Store::open(path.toStdString(), clock);  // no key: as the old app wrote it
            VERIFY_OK(plain);
            VERIFY_OK(plain->write_set(muster::EntityType::task, "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b",
                                       newTask(kTaskText).fields));
        }
        QVERIFY(muster::is_plain_sqlite_file(path.toStdString()));
        QVERIFY(!filesContaining(dir.path(), QStringLiteral("ZEBRA-7731")).isEmpty());  // readable so far

        DeviceKeys keys;
        usePinStore(keys, dir.path(), clock);
        QVERIFY(keys.choosePin(kPin, kPin));
        AccountSession session;
        useKeys(session, keys, dir.path(), std::chrono::milliseconds(50), std::chrono::milliseconds(500));
        QVERIFY2(session.openAccount(info, {}), qPrintable(session.errorText()));
        auto task = session.readStore()->get(muster::EntityType::task, "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b");
        QVERIFY(task && *task);
        QCOMPARE(QString::fromStdString((*task)->fields.at("title").v.get<std::string>()), kTaskText);
        session.close();
        QVERIFY(!muster::is_plain_sqlite_file(path.toStdString()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".encrypting")));
        QCOMPARE(filesContaining(dir.path(), QStringLiteral("ZEBRA-7731")), QStringList());
    }

    /// No keystore: a PIN is chosen at the first sign-in; after a restart the
    /// data stays closed until the PIN is given; wrong PINs are refused, and
    /// after the third one even the right PIN waits (5 s, by the injected clock).
    void pinPathEndToEnd() {
        QTemporaryDir dir;
        muster::ManualClock clock;
        FakeMusterServer server;
        QString path;
        {
            DeviceKeys keys;
            usePinStore(keys, dir.path(), clock);
            QVERIFY(keys.pinNeeded());
            QVERIFY(!keys.locked());
            QVERIFY(!keys.choosePin(QStringLiteral("123456"), QStringLiteral("123465")));
            QCOMPARE(keys.errorText(), QStringLiteral("The two PINs are not the same. Type the same PIN twice."));
            QVERIFY(!keys.choosePin(QStringLiteral("1234"), QStringLiteral("1234")));
            QCOMPARE(keys.errorText(), QStringLiteral("Choose a PIN of at least 6 digits."));
            QVERIFY(keys.pinNeeded());
            QVERIFY(keys.choosePin(kPin, kPin));
            QVERIFY(!keys.pinNeeded());
            QVERIFY(!keys.locked());

            SessionController controller;
            controller.setKeys(&keys);
            controller.setDataDir(dir.path());
            controller.setServerUrl(server.url());
            controller.setLogin(QStringLiteral("ada"));
            QSignalSpy signedIn(&controller, &SessionController::signedInChanged);
            controller.signIn(kPassword);
            QVERIFY(signedIn.wait(kWaitMs));
            QVERIFY(controller.signedIn());
            AccountSession session;
            useKeys(session, keys, dir.path(), std::chrono::milliseconds(50), std::chrono::milliseconds(500));
            QVERIFY2(session.openFromSession(&controller), qPrintable(session.errorText()));
            VERIFY_OK(session.write({newTask(kTaskText)}));
            path = session.databasePath();
        }

        // "Restart": new objects on the same folder, the store chosen as the app does.
        DeviceKeys keys;
        keys.setClock(clock);
        keys.setDataDir(dir.path());
        QCOMPARE(keys.backend(), QStringLiteral("pin"));  // the vault file decides
        QVERIFY(keys.locked());
        AccountSession session;
        useKeys(session, keys, dir.path(), std::chrono::milliseconds(50), std::chrono::milliseconds(500));
        QVERIFY(session.hasLastAccount());
        QVERIFY(!session.openLastAccount());  // locked: nothing opens
        QVERIFY(!session.isOpen());

        QVERIFY(!keys.unlock(QStringLiteral("000000")));
        QCOMPARE(keys.errorText(), QStringLiteral("Wrong PIN. Try again."));
        QVERIFY(!keys.unlock(QStringLiteral("111111")));
        QVERIFY(!keys.unlock(QStringLiteral("222222")));
        QCOMPARE(keys.errorText(), QStringLiteral("Wrong PIN. Wait 5 seconds before the next try."));
        QVERIFY(keys.locked());
        QVERIFY(!keys.unlock(kPin));  // too soon: refused without trying
        QCOMPARE(keys.errorText(), QStringLiteral("Too many wrong PINs. Wait 5 seconds, then try again."));
        {
            DeviceKeys restarted;  // the delay survives a restart
            restarted.setClock(clock);
            restarted.setDataDir(dir.path());
            QVERIFY(!restarted.unlock(kPin));
            QVERIFY(restarted.errorText().startsWith(QStringLiteral("Too many wrong PINs.")));
        }
        clock.advance_ms(5'000);
        QVERIFY2(keys.unlock(kPin), qPrintable(keys.errorText()));
        QVERIFY(!keys.locked());
        QVERIFY2(session.openLastAccount(), qPrintable(session.errorText()));
        QCOMPARE(session.databasePath(), path);
        auto task = session.readStore()->get(muster::EntityType::task, "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b");
        QVERIFY(task && *task);
        QCOMPARE(keys.loadToken(path), kToken);  // the token came back from the vault
        // Wrong PINs are counted again from zero after a good one.
        session.close();
        DeviceKeys again;
        again.setClock(clock);
        again.setDataDir(dir.path());
        QVERIFY(!again.unlock(QStringLiteral("999999")));
        QCOMPARE(again.errorText(), QStringLiteral("Wrong PIN. Try again."));
    }

    /// A forgotten PIN: "erase and sign in again" removes the account's data,
    /// keys, vault and remembered account; the next sign-in chooses a new PIN.
    void forgottenPinErasesTheDevicesData() {
        QTemporaryDir dir;
        muster::ManualClock clock;
        QString path;
        {
            DeviceKeys keys;
            usePinStore(keys, dir.path(), clock);
            QVERIFY(keys.choosePin(kPin, kPin));
            AccountSession session;
            useKeys(session, keys, dir.path(), std::chrono::milliseconds(50), std::chrono::milliseconds(500));
            const AccountInfo info = account(QStringLiteral("http://127.0.0.1:9/"));
            QVERIFY(session.openAccount(info, kToken));
            muster::app::saveLastAccount(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), info);
            VERIFY_OK(session.write({newTask(kTaskText)}));
            path = session.databasePath();
        }
        DeviceKeys keys;  // restarted, PIN forgotten
        keys.setClock(clock);
        keys.setDataDir(dir.path());
        QVERIFY(keys.locked());
        AccountSession session;
        session.setKeys(&keys);
        session.setDataDir(dir.path());
        session.eraseDeviceData();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(keys.pinVaultFile()));
        QVERIFY(!keys.locked());
        QVERIFY(keys.pinNeeded());
        QVERIFY(!session.hasLastAccount());
        QCOMPARE(filesContaining(dir.path(), QStringLiteral("ZEBRA-7731")), QStringList());
    }

    /// After a sign-in, neither the token nor the password is in any file of the
    /// data folder (settings.ini included), and neither they nor task text reach the log.
    void secretsNeverInPlainTextOrLogs() {
        LogCapture logs;
        QTemporaryDir dir;
        muster::ManualClock clock;
        FakeMusterServer server;
        DeviceKeys keys;
        usePinStore(keys, dir.path(), clock);
        QVERIFY(keys.choosePin(kPin, kPin));
        SessionController controller;
        controller.setKeys(&keys);
        controller.setDataDir(dir.path());
        controller.setServerUrl(server.url());
        controller.setLogin(QStringLiteral("ada"));
        QSignalSpy signedIn(&controller, &SessionController::signedInChanged);
        controller.signIn(kPassword);
        QVERIFY(signedIn.wait(kWaitMs));
        QCOMPARE(controller.token(), kToken);
        {
            AccountSession session;
            useKeys(session, keys, dir.path(), std::chrono::milliseconds(20), std::chrono::milliseconds(500));
            QVERIFY(session.openFromSession(&controller));
            VERIFY_OK(session.write({newTask(kTaskText)}));
            // A sync goes out (the fake answers /v1/sync with 404: a failed round, logged or not).
            QTRY_VERIFY_WITH_TIMEOUT(!server.requests().isEmpty() &&
                                         server.requests().constLast().path == "/v1/sync", kWaitMs);
        }
        DeviceKeys restarted;
        restarted.setDataDir(dir.path());
        QVERIFY(!restarted.unlock(QStringLiteral("000000")));  // a failed unlock logs nothing secret either

        const QString settings = QDir(dir.path()).filePath(QStringLiteral("settings.ini"));
        QVERIFY(QFile::exists(settings));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("secrets.pin"))));
        QCOMPARE(filesContaining(dir.path(), kToken), QStringList());
        QCOMPARE(filesContaining(dir.path(), kPassword), QStringList());
        QCOMPARE(filesContaining(dir.path(), kPin), QStringList());
        QCOMPARE(filesContaining(dir.path(), QStringLiteral("ZEBRA-7731")), QStringList());
        for (const QString& message : std::as_const(LogCapture::messages)) {
            QVERIFY2(!message.contains(kToken) && !message.contains(kPassword) && !message.contains(kPin) &&
                         !message.contains(QStringLiteral("ZEBRA")),
                     qPrintable(message));
        }
    }

    /// A sync answer with `wipe`: its acks are applied, then the database (and
    /// its -wal/-shm), the account's keys, the PIN vault and the remembered
    /// account are gone, and the notice names the reason and the lost change.
    void remoteWipeErasesTheDevicesData() {
        QTemporaryDir dir;
        muster::ManualClock clock;
        FakeMusterServer server;
        QList<int> pushed;
        server.setHandler("/v1/sync", [&pushed](const FakeMusterServer::Request& request) {
            auto json = muster::parse_strict(request.body.toStdString());
            pushed << static_cast<int>(json ? json->at("ops").size() : -1);
            return FakeMusterServer::wipeAnswer(request, QStringLiteral("Phone reported lost on exercise"), 1);
        });
        DeviceKeys keys;
        usePinStore(keys, dir.path(), clock);
        QVERIFY(keys.choosePin(kPin, kPin));
        AccountSession session;
        useKeys(session, keys, dir.path(), std::chrono::milliseconds(5000), std::chrono::milliseconds(2000));
        const AccountInfo info = account(server.url() + QLatin1Char('/'));
        muster::app::saveLastAccount(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), info);
        // No token yet ("login needed"): nothing syncs until both changes are written.
        QVERIFY2(session.openAccount(info, {}), qPrintable(session.errorText()));
        // Two changes: the fake server acks only the first before wiping.
        VERIFY_OK(session.write({newTask(QStringLiteral("First"))}));
        VERIFY_OK(session.write({muster::LocalWrite{muster::OpKind::set, muster::EntityType::task,
                                                  "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                                                  {{"title", "Second"}, {"unit", "7c9e6679-7425-40de-944b-e07fc1f90ae7"}, {"priority", "low"},
                                                   {"status", "open"}}}}));
        const QString path = session.databasePath();
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        // An attachment fetched earlier (no upload pending): it goes with the database.
        const QString blobDir = session.blobDir();
        const QByteArray photo("not really a photo");
        QString blobError;
        QVERIFY2(muster::app::BlobStore(blobDir).addFetched(
                     QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()), photo,
                     &blobError),
                 qPrintable(blobError));
        QSignalSpy wiped(&session, &AccountSession::wiped);
        session.updateToken(kToken);  // signed in again: the worker syncs
        QVERIFY(wiped.wait(kWaitMs));
        QCOMPARE(pushed, QList<int>{2});  // one round: both sent, no retry after the wipe
        QVERIFY(!session.isOpen());
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
        }
        QVERIFY(!QFile::exists(blobDir));
        QVERIFY(!QFile::exists(keys.pinVaultFile()));
        QVERIFY(keys.pinNeeded());  // the next sign-in chooses a new PIN
        QVERIFY(!muster::app::loadLastAccount(QDir(dir.path()).filePath(QStringLiteral("settings.ini"))));
        QVERIFY(!session.hasLastAccount());
        QVERIFY(!session.openLastAccount());
        QCOMPARE(session.wipeNotice(),
                 QStringLiteral("An administrator erased Muster's data on this device (reason: Phone reported "
                                "lost on exercise). 1 change made on this device had not reached the server and is "
                                "lost. Sign in again to keep working."));
        // Later rounds would get 401; nothing runs any more.
        QTest::qWait(300);
        QCOMPARE(pushed.size(), 1);
    }

    /// A wipe whose unsent changes could not be counted (the store failed to
    /// answer) says they may be lost: never "every change had reached the server".
    void aWipeWithAnUncountedOutboxSaysChangesMayBeLost() {
        QTemporaryDir dir;
        muster::ManualClock clock;
        DeviceKeys keys;
        usePinStore(keys, dir.path(), clock);
        QVERIFY(keys.choosePin(kPin, kPin));
        AccountSession session;
        useKeys(session, keys, dir.path(), std::chrono::milliseconds(5000), std::chrono::milliseconds(2000));
        QVERIFY2(session.openAccount(account(QStringLiteral("https://muster.example.org/")), {}),
                 qPrintable(session.errorText()));
        const QString path = session.databasePath();
        session.wipeLocalData(QStringLiteral("Phone reported lost"), -1);
        QVERIFY(!session.isOpen());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(session.wipeNotice(),
                 QStringLiteral("An administrator erased Muster's data on this device (reason: Phone reported lost). "
                                "Changes made on this device may not all have reached the server. Sign in again to "
                                "keep working."));
    }

    /// 403 device_wiped at sign-in: a clear message, and the account's local data goes.
    void signInRefusedForAWipedDevice() {
        QTemporaryDir dir;
        FakeMusterServer server;
        server.setResponse("/v1/auth/login",
                           FakeMusterServer::error(403, "device_wiped", "This device was wiped by an administrator."));
        SessionController controller;
        controller.setDataDir(dir.path());
        controller.setServerUrl(server.url());
        controller.setLogin(QStringLiteral("ada"));
        AccountSession session;
        session.setDataDir(dir.path());
        QObject::connect(&controller, &SessionController::deviceWiped, &session,
                         [&] { session.eraseWipedAccount(&controller); });
        QSignalSpy wipedSpy(&controller, &SessionController::deviceWiped);
        controller.signIn(kPassword);
        QVERIFY(wipedSpy.wait(kWaitMs));
        QVERIFY(!controller.signedIn());
        QVERIFY(controller.errorText().startsWith(QStringLiteral("An administrator erased Muster's data on this device")));
        const QString path = muster::app::accountDatabasePath(dir.path(), QUrl(server.url() + QLatin1Char('/')),
                                                              QStringLiteral("ada"));
        QVERIFY(!QFile::exists(path));  // made before the login (for its replica id), erased after
    }

    /// argon2id at the app's cost (INTERACTIVE): what an unlock costs on this machine.
    void pinUnlockCost() {
        QTemporaryDir dir;
        muster::ManualClock clock;
        for (const auto& [name, cost] :
             {std::pair{"interactive", muster::app::PinSecretStore::Cost{crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                                                        crypto_pwhash_MEMLIMIT_INTERACTIVE}},
              std::pair{"moderate", muster::app::PinSecretStore::Cost{crypto_pwhash_OPSLIMIT_MODERATE,
                                                                     crypto_pwhash_MEMLIMIT_MODERATE}}}) {
            const QString file = QDir(dir.path()).filePath(QString::fromLatin1(name) + QStringLiteral(".pin"));
            muster::app::PinSecretStore store(file, clock, cost);
            QVERIFY(store.choosePin(kPin) == muster::app::PinSecretStore::PinResult::Ok);
            store.lock();
            QElapsedTimer timer;
            timer.start();
            QVERIFY(store.unlock(kPin) == muster::app::PinSecretStore::PinResult::Ok);
            qInfo("PIN unlock at %s cost: %lld ms", name, static_cast<long long>(timer.elapsed()));
        }
        const auto app = muster::app::PinSecretStore::defaultCost();
        QCOMPARE(app.opsLimit, static_cast<std::uint64_t>(crypto_pwhash_OPSLIMIT_INTERACTIVE));
        QCOMPARE(app.memLimit, static_cast<std::size_t>(crypto_pwhash_MEMLIMIT_INTERACTIVE));
    }

  private:
    muster::app::LanguageController m_language{nullptr};
};

QTEST_MAIN(DataAtRestTest)
#include "dataatrest_test.moc"
