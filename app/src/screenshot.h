#pragma once
/// Rendering a window to an image, for `muster --screenshot` and the
/// screenshot test. Works with the offscreen platform when the software scene
/// graph is selected (QQuickWindow::setGraphicsApi(Software) before the window
/// exists, or QT_QUICK_BACKEND=software).

#include <chrono>

#include <QImage>
#include <QSize>

class QQuickWindow;

namespace muster::app {

/// Resizes `window` to `size` (logical pixels), lets layouts, transitions and
/// animations settle for `settle`, and returns what the window shows.
[[nodiscard]] QImage renderWindow(
    QQuickWindow& window, QSize size,
    std::chrono::milliseconds settle = std::chrono::milliseconds(600));

/// How many distinct RGB colours `image` has, counting no further than `cap`
/// (a cheap "is this a real picture" check).
[[nodiscard]] int countDistinctColours(const QImage& image, int cap = 1000);

}  // namespace muster::app
