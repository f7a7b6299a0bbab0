#include "deviceidentity.h"

#include <QRandomGenerator>
#include <QSysInfo>

namespace muster::app {

namespace {
constexpr qsizetype kReplicaIdLength = 16;
constexpr qsizetype kMaxDeviceNameLength = 64;
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

QString defaultDeviceName() {
    QString name = QSysInfo::machineHostName().trimmed();
    if (name.isEmpty() || name == QLatin1String("localhost")) name = QSysInfo::prettyProductName();
    return name.left(kMaxDeviceNameLength);
}

}  // namespace muster::app
