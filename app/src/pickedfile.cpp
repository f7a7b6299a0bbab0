#include "pickedfile.h"

#include <algorithm>

#include <QFileInfo>

namespace muster::app {

std::unique_ptr<QFile> openPickedFile(const QUrl& url) {
    const bool content = url.scheme() == QLatin1String("content");
    if (!url.isLocalFile() && !content) return nullptr;
    auto file = std::make_unique<QFile>(content ? url.toString() : url.toLocalFile());
    (void)file->open(QIODevice::ReadOnly);  // the caller reads isOpen() and errorString()
    return file;
}

QString pickedFileName(const QFile& file) {
    const QString decoded =
        QUrl::fromPercentEncoding(QFileInfo(file.fileName()).fileName().toUtf8());
    const qsizetype cut =
        std::max(decoded.lastIndexOf(QLatin1Char('/')), decoded.lastIndexOf(QLatin1Char(':')));
    return decoded.mid(cut + 1);
}

}  // namespace muster::app
