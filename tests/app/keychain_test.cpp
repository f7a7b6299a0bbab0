// DeviceKeys on the platform keystore: a real Secret Service (gnome-keyring
// in a private D-Bus session, started by tests/app/with-secret-service.sh).
// MUSTER_EXPECT_KEYCHAIN=1 (set by that script) makes a missing keystore a
// failure, not a skip.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "accountsession.h"
#include "accountsettings.h"
#include "devicekeys.h"
#include "keychainsecretstore.h"
#include "muster/clock.hpp"

using muster::app::AccountInfo;
using muster::app::AccountSession;
using muster::app::DeviceKeys;
using muster::app::KeychainSecretStore;
using muster::app::SecretStore;

namespace {

QStringList filesContaining(const QString& dir, const QByteArray& needle) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) found << path;
    }
    return found;
}

}  // namespace

class KeychainTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        KeychainSecretStore probe;
        QString why;
        if (!probe.available(&why)) {
            if (qEnvironmentVariableIsSet("MUSTER_EXPECT_KEYCHAIN")) QFAIL(qPrintable(QStringLiteral("no keystore: ") + why));
            QSKIP("no Secret Service here (run through tests/app/with-secret-service.sh)");
        }
    }

    /// The keystore is chosen when it answers; the database key and token go
    /// into it and come back in a new process-like set of objects; the data
    /// folder holds neither; erasing the account removes both entries.
    void keysAndTokenLiveInTheKeystore() {
        QTemporaryDir dir;
        const QByteArray token = "tok-keychain-5a1e9c";
        const AccountInfo info{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("ada"), QStringLiteral("m-ada"),
                               QStringLiteral("Ada"), QStringLiteral("member"), QStringLiteral("u")};
        QString path;
        {
            DeviceKeys keys;
            keys.setDataDir(dir.path());
            QCOMPARE(keys.backend(), QStringLiteral("keychain"));
            QVERIFY(!keys.pinNeeded());
            QVERIFY(!keys.locked());
            AccountSession session;
            session.setKeys(&keys);
            session.setDataDir(dir.path());
            session.setSyncTiming(std::chrono::milliseconds(50), std::chrono::milliseconds(300), false);
            QVERIFY2(session.openAccount(info, QString::fromLatin1(token)), qPrintable(session.errorText()));
            path = session.databasePath();
            session.updateToken(QString::fromLatin1(token));
            QVERIFY(session.write({muster::LocalWrite{muster::OpKind::set, muster::EntityType::task,
                                                      "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b",
                                                      {{"title", "Keychain task"}, {"unit", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
                                                       {"priority", "low"}, {"status", "open"}}}}));
            muster::app::saveLastAccount(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), info);
        }
        KeychainSecretStore raw;
        const auto stored = raw.read(QFileInfo(path).absoluteFilePath() + QStringLiteral("#database-key"));
        QVERIFY(stored.status == SecretStore::Status::Ok);
        QCOMPARE(stored.value.size(), 32);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("secrets.pin"))));
        QCOMPARE(filesContaining(dir.path(), token), QStringList());
        QCOMPARE(filesContaining(dir.path(), stored.value.toHex()), QStringList());
        // No QSettings plain-text fallback either (QtKeychain's is off).
        QCOMPARE(filesContaining(QDir::homePath(), token), QStringList());
        if (qEnvironmentVariableIsSet("XDG_CONFIG_HOME")) {
            QCOMPARE(filesContaining(qEnvironmentVariable("XDG_CONFIG_HOME"), token), QStringList());
        }

        DeviceKeys keys;  // a restart: the same entries
        keys.setDataDir(dir.path());
        AccountSession session;
        session.setKeys(&keys);
        session.setDataDir(dir.path());
        session.setSyncTiming(std::chrono::milliseconds(50), std::chrono::milliseconds(300), false);
        QVERIFY2(session.openLastAccount(), qPrintable(session.errorText()));
        QCOMPARE(keys.loadToken(path), QString::fromLatin1(token));
        QVERIFY(session.readStore()->get(muster::EntityType::task, "5b1f4a4e-3c2d-4e8f-9a0b-1c2d3e4f5a6b"));
        session.close();

        keys.eraseAccount(path);
        QVERIFY(raw.read(QFileInfo(path).absoluteFilePath() + QStringLiteral("#database-key")).status ==
                SecretStore::Status::NotFound);
        QCOMPARE(keys.loadToken(path), QString());
    }
};

QTEST_MAIN(KeychainTest)
#include "keychain_test.moc"
