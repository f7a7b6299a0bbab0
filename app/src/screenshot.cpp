#include "screenshot.h"

#include <QEventLoop>
#include <QQuickWindow>
#include <QSet>
#include <QTimer>

namespace muster::app {

QImage renderWindow(QQuickWindow& window, QSize size, std::chrono::milliseconds settle) {
    window.resize(size);
    if (!window.isVisible()) window.show();
    // Let polish, layouts and running transitions finish before grabbing.
    QEventLoop loop;
    QTimer::singleShot(settle, &loop, &QEventLoop::quit);
    loop.exec();
    return window.grabWindow();
}

int countDistinctColours(const QImage& image, int cap) {
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            colours.insert(line[x]);
            if (colours.size() >= cap) return cap;
        }
    }
    return static_cast<int>(colours.size());
}

}  // namespace muster::app
