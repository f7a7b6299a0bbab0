#include "blobstore.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "muster/sha256.hpp"

namespace muster::app {

namespace {
const QString kPending = QStringLiteral("pending");
const QString kNames = QStringLiteral("names");

bool writeSmallFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}
}  // namespace

bool BlobStore::isHash(const QString& text) {
    if (text.size() != 64) return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString BlobStore::path(const QString& hash) const {
    return QDir(m_dir).filePath(hash);
}

bool BlobStore::contains(const QString& hash) const {
    return isHash(hash) && QFileInfo::exists(path(hash));
}

qint64 BlobStore::size(const QString& hash) const {
    const QFileInfo info(path(hash));
    return isHash(hash) && info.exists() ? info.size() : -1;
}

QString BlobStore::name(const QString& hash) const {
    if (!isHash(hash)) return {};
    QFile file(QDir(m_dir).filePath(kNames + QLatin1Char('/') + hash));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.read(1024)).trimmed()
                                          : QString();
}

bool BlobStore::writeWhole(const QString& target, QIODevice& source, QString* hash,
                           QString* error) const {
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    Sha256 digest;
    qint64 total = 0;
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        total += chunk.size();
        if (total > kMaxBlobBytes) {
            *error = QStringLiteral("file larger than 25 MiB");
            return false;  // QSaveFile discards what it wrote
        }
        digest.update(std::string_view(chunk.constData(), static_cast<std::size_t>(chunk.size())));
        if (out.write(chunk) != chunk.size()) {
            *error = out.errorString();
            return false;
        }
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    *hash = QString::fromStdString(digest.finish_hex());
    return true;
}

std::optional<QString> BlobStore::add(QIODevice& source, const QString& name, QString* error) {
    if (!QDir().mkpath(QDir(m_dir).filePath(kPending)) ||
        !QDir().mkpath(QDir(m_dir).filePath(kNames))) {
        *error = QStringLiteral("can't create %1").arg(m_dir);
        return std::nullopt;
    }
    // Written under a temporary name first: the hash is known only at the end.
    const QString incoming = QDir(m_dir).filePath(QStringLiteral("incoming.part"));
    QString hash;
    if (!writeWhole(incoming, source, &hash, error)) return std::nullopt;
    if (QFileInfo::exists(path(hash))) {
        QFile::remove(incoming);
    } else if (!QFile::rename(incoming, path(hash))) {
        *error = QStringLiteral("can't store the file in %1").arg(m_dir);
        QFile::remove(incoming);
        return std::nullopt;
    }
    if (!writeSmallFile(QDir(m_dir).filePath(kPending + QLatin1Char('/') + hash), {})) {
        *error = QStringLiteral("can't mark the file for upload in %1").arg(m_dir);
        return std::nullopt;
    }
    if (!name.isEmpty())
        (void)writeSmallFile(QDir(m_dir).filePath(kNames + QLatin1Char('/') + hash), name.toUtf8());
    return hash;
}

bool BlobStore::addFetched(const QString& hash, const QByteArray& bytes, QString* error) {
    if (!isHash(hash) ||
        sha256_hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()))) !=
            hash.toStdString()) {
        *error = QStringLiteral("the file does not match its hash");
        return false;
    }
    if (contains(hash)) return true;
    if (!QDir().mkpath(m_dir) || !writeSmallFile(path(hash), bytes)) {
        *error = QStringLiteral("can't store the file in %1").arg(m_dir);
        return false;
    }
    return true;
}

QStringList BlobStore::pending() const {
    QStringList out;
    const QStringList names =
        QDir(QDir(m_dir).filePath(kPending)).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (isHash(name)) out << name;
    }
    return out;
}

bool BlobStore::markUploaded(const QString& hash) {
    return isHash(hash) && QFile::remove(QDir(m_dir).filePath(kPending + QLatin1Char('/') + hash));
}

QString accountBlobDir(const QString& databasePath) {
    const QFileInfo db(databasePath);
    return db.dir().filePath(db.completeBaseName() + QStringLiteral(".blobs"));
}

}  // namespace muster::app
