// The install's replica id: format, persistence, repair.
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "deviceidentity.h"

using namespace muster::app;

class DeviceIdentityTest : public QObject {
    Q_OBJECT

  private slots:
    void replicaIdsAre16LowercaseHex() {
        QRandomGenerator random(42);
        for (int i = 0; i < 200; ++i) {
            const QString id = makeReplicaId(random);
            QVERIFY2(isValidReplicaId(id), qPrintable(id));
        }
        QVERIFY(!isValidReplicaId(QStringLiteral("0123456789ABCDEF")));
        QVERIFY(!isValidReplicaId(QStringLiteral("0123456789abcde")));
        QVERIFY(!isValidReplicaId(QStringLiteral("0123456789abcdeg")));
    }

    void theSameSeedMakesTheSameId() {
        QRandomGenerator a(7);
        QRandomGenerator b(7);
        QCOMPARE(makeReplicaId(a), makeReplicaId(b));
    }

    void isCreatedOnceAndKept() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nested/data"));
        QRandomGenerator random(1);
        QString error;
        const QString first = loadOrCreateReplicaId(folder, random, error);
        QVERIFY2(isValidReplicaId(first), qPrintable(error));
        const QString second = loadOrCreateReplicaId(folder, random, error);
        QCOMPARE(second, first);
        QFile file(folder + QStringLiteral("/replica_id"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), first.toLatin1());
    }

    void aDamagedFileIsReplaced() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("replica_id")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not-an-id");
        file.close();
        QRandomGenerator random(3);
        QString error;
        const QString id = loadOrCreateReplicaId(dir.path(), random, error);
        QVERIFY(isValidReplicaId(id));
    }

    void anUnwritableFolderReportsAnError() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QRandomGenerator random(3);
        QString error;
        const QString id =
            loadOrCreateReplicaId(blocker.fileName() + QStringLiteral("/sub"), random, error);
        QVERIFY(id.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void hasADeviceName() { QVERIFY(!defaultDeviceName().isEmpty()); }
};

QTEST_GUILESS_MAIN(DeviceIdentityTest)
#include "deviceidentity_test.moc"
