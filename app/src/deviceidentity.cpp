#include "deviceidentity.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSysInfo>

namespace muster::app {

namespace {
constexpr qsizetype kReplicaIdLength = 16;
constexpr qsizetype kMaxDeviceNameLength = 64;
const QString kReplicaIdFile = QStringLiteral("replica_id");
}  // namespace

bool isValidReplicaId(const QString& text) {
    if (text.size() != kReplicaIdLength) return false;
    for (const QChar c : text) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool hex = c >= QLatin1Char('a') && c <= QLatin1Char('f');
        if (!digit && !hex) return false;
    }
    return true;
}

QString makeReplicaId(QRandomGenerator& random) {
    const quint64 value = random.generate64();
    return QStringLiteral("%1").arg(value, kReplicaIdLength, 16, QLatin1Char('0'));
}

QString loadOrCreateReplicaId(const QString& dataDir, QRandomGenerator& random, QString& error) {
    const QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        error = QStringLiteral("Can't create the data folder %1.")
                    .arg(QDir::toNativeSeparators(dataDir));
        return {};
    }
    const QString path = dir.filePath(kReplicaIdFile);
    if (QFile existing(path); existing.open(QIODevice::ReadOnly)) {
        const QString stored = QString::fromLatin1(existing.read(64)).trimmed();
        if (isValidReplicaId(stored)) return stored;
    }
    const QString id = makeReplicaId(random);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(id.toLatin1() + '\n') < 0 ||
        !file.commit()) {
        error = QStringLiteral("Can't write %1.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    return id;
}

QString defaultDeviceName() {
    QString name = QSysInfo::machineHostName().trimmed();
    if (name.isEmpty() || name == QLatin1String("localhost")) name = QSysInfo::prettyProductName();
    return name.left(kMaxDeviceNameLength);
}

}  // namespace muster::app
