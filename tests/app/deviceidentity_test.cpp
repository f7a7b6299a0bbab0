// Replica ids (format, randomness) and the device name.
#include <QRandomGenerator>
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

    void hasADeviceName() { QVERIFY(!defaultDeviceName().isEmpty()); }
};

QTEST_GUILESS_MAIN(DeviceIdentityTest)
#include "deviceidentity_test.moc"
