#include "attachmenttext.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace muster::app {

QString fileSizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString locationText(double lat, double lon, std::optional<double> accuracyM) {
    // Coordinates keep the decimal point in every language: a comma would
    // run into the separator, and maps and radios read them this way.
    const QString where =
        QString::number(lat, 'f', 5) + QStringLiteral(", ") + QString::number(lon, 'f', 5);
    if (!accuracyM) return where;
    //: A location and its accuracy in metres: "52.52000, 13.40500 ±12 m".
    return QCoreApplication::translate("LogLocation", "%1 ±%2 m")
        .arg(where, QLocale().toString(static_cast<qlonglong>(std::llround(*accuracyM))));
}

}  // namespace muster::app
