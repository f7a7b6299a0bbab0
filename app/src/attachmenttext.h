#pragma once
/// How attachments and locations read on screen, the same in the log sheet and the timeline.

#include <optional>

#include <QString>

namespace muster::app {

/// "2.4 MB" in the user's locale (units of 1024 bytes, so the 25 MiB limit reads "25.0 MB").
[[nodiscard]] QString fileSizeText(qint64 bytes);
/// "52.52000, 13.40500 ±12 m" (five decimals: about a metre; always a decimal point); no "±" part
/// without an accuracy.
[[nodiscard]] QString locationText(double lat, double lon, std::optional<double> accuracyM);

}  // namespace muster::app
