#pragma once
/// A file the user picked with the platform's file dialog.

#include <memory>

#include <QFile>
#include <QString>
#include <QUrl>

namespace muster::app {

/// Opens a picked file for reading: a local file (a file:// URL) or, from
/// Android's document picker, a content:// document, which QFile opens
/// through Qt's Android content file engine. Returns nullptr when `url` is
/// neither; otherwise a QFile after `open(ReadOnly)` — check `isOpen()` and
/// `errorString()`.
[[nodiscard]] std::unique_ptr<QFile> openPickedFile(const QUrl& url);

/// The name to show for a picked file: the last path segment, decoded (a
/// content:// document id such as `primary:DCIM/IMG_1.jpg` gives `IMG_1.jpg`).
[[nodiscard]] QString pickedFileName(const QFile& file);

}  // namespace muster::app
