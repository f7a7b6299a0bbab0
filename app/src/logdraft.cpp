#include "logdraft.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include "accountsession.h"
#include "attachmenttext.h"
#include "blobstore.h"
#include "pickedfile.h"

namespace muster::app {

namespace {
LogDraft::PositionSourceFactory& positionSourceFactory() {
    static LogDraft::PositionSourceFactory factory;
    return factory;
}

struct PreparedPhoto {
    QString path;
    qint64 size = 0;
    QString error;
};

/// On a pool thread: the photo as a JPEG at `path`, scaled down to
/// kMaxPhotoSide, written whole (QSaveFile) or not at all.
PreparedPhoto writePhoto(QImage image, const QString& path) {
    if (std::max(image.width(), image.height()) > LogDraft::kMaxPhotoSide) {
        image = image.scaled(LogDraft::kMaxPhotoSide, LogDraft::kMaxPhotoSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "JPEG", LogDraft::kPhotoQuality) ||
        !file.commit()) {
        return {{}, 0, file.errorString()};
    }
    return {path, QFileInfo(path).size(), {}};
}
}  // namespace

LogDraft::LogDraft(QObject* parent) : QObject(parent) {
    m_photoPool.setMaxThreadCount(1);
    // Some sources never answer a request they can't serve: the guard turns
    // that into the same "no fix in time" as the source's own timeout.
    m_locationGuard.setSingleShot(true);
    m_locationGuard.setInterval(kLocationTimeoutMs + 1000);
    connect(&m_locationGuard, &QTimer::timeout, this, [this] {
        stopLocating();
        setLocationState(QStringLiteral("failed"), {},
                         tr("No location fix within 10 seconds. Try again outdoors."));
    });
}

LogDraft::~LogDraft() {
    // The sheet is modal while busy, so this is the app quitting: let the copy
    // finish (the files are whole in the account's folder; without the entry
    // they only cost an upload) rather than leave a thread writing.
    m_saving.waitForFinished();
    m_photoPool.waitForDone();  // (a photo's watcher dies with the draft: its result is dropped)
}

void LogDraft::setPositionSourceFactory(PositionSourceFactory factory) {
    positionSourceFactory() = std::move(factory);
}

bool LogDraft::addFile(const QUrl& url) {
    if (refuseWhileStoring()) return false;
    const std::unique_ptr<QFile> file = openPickedFile(url);
    if (!file) {
        setErrorText(tr("Pick a file on this device."));
        return false;
    }
    const QString name = pickedFileName(*file);
    if (!file->isOpen()) {
        setErrorText(tr("Can't read %1: %2").arg(name, file->errorString()));
        return false;
    }
    if (file->size() > BlobStore::kMaxBlobBytes) {
        setErrorText(
            tr("%1 is too large to attach (%2; at most %3).")
                .arg(name, fileSizeText(file->size()), fileSizeText(BlobStore::kMaxBlobBytes)));
        return false;
    }
    appendAttachment(url, name, file->size());
    setErrorText({});
    return true;
}

bool LogDraft::addPhoto(const QImage& image) {
    if (refuseWhileStoring()) return false;
    if (image.isNull()) {
        setErrorText(tr("The camera gave no picture. Try again."));
        return false;
    }
    if (!m_photoDir) {
        m_photoDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("muster-photos-XXXXXX")));
        m_photoNames.clear();
    }
    if (!m_photoDir->isValid()) {
        setErrorText(tr("Can't keep the photo on this device: %1").arg(m_photoDir->errorString()));
        m_photoDir.reset();
        return false;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("photo-%1.jpg").arg(stamp);
    for (int n = 2; m_photoNames.contains(name); ++n) name = QStringLiteral("photo-%1-%2.jpg").arg(stamp).arg(n);
    m_photoNames.insert(name);
    setErrorText({});
    const QString path = m_photoDir->filePath(name);
    auto* watcher = new QFutureWatcher<PreparedPhoto>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name, generation = m_generation] {
        watcher->deleteLater();
        const PreparedPhoto photo = watcher->result();
        if (generation == m_generation) {
            if (photo.error.isEmpty()) {
                appendAttachment(QUrl::fromLocalFile(photo.path), name, photo.size);
                setErrorText({});
            } else {
                setErrorText(tr("Can't keep the photo on this device: %1").arg(photo.error));
            }
        }
        setPreparing(-1);
    });
    setPreparing(+1);
    watcher->setFuture(QtConcurrent::run(&m_photoPool, writePhoto, image, path));
    return true;
}

void LogDraft::appendAttachment(const QUrl& url, const QString& name, qint64 size) {
    m_attachments.append(QVariantMap{{QStringLiteral("url"), url},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("size"), static_cast<double>(size)},
                                     {QStringLiteral("sizeText"), fileSizeText(size)}});
    emit attachmentsChanged();
}

QString LogDraft::removedName() const {
    return m_removedIndex < 0 ? QString() : m_removed.toMap().value(QStringLiteral("name")).toString();
}

bool LogDraft::isOwnPhoto(const QUrl& url) const {
    return m_photoDir && url.isLocalFile() && QFileInfo(url.toLocalFile()).path() == m_photoDir->path();
}

void LogDraft::removeAttachment(int index) {
    if (busy() || index < 0 || index >= m_attachments.size()) return;
    dropRemoved();
    m_removed = m_attachments.takeAt(index);
    m_removedIndex = index;
    emit attachmentsChanged();
    emit removedChanged();
}

bool LogDraft::undoRemove() {
    if (m_removedIndex < 0 || refuseWhileStoring()) return false;
    m_attachments.insert(std::min<qsizetype>(m_removedIndex, m_attachments.size()), m_removed);
    m_removed.clear();
    m_removedIndex = -1;
    emit attachmentsChanged();
    emit removedChanged();
    return true;
}

void LogDraft::dropRemoved() {
    if (m_removedIndex < 0) return;
    const QUrl url = m_removed.toMap().value(QStringLiteral("url")).toUrl();
    if (isOwnPhoto(url)) QFile::remove(url.toLocalFile());  // exists nowhere else, and is gone now
    m_removed.clear();
    m_removedIndex = -1;
    emit removedChanged();
}

void LogDraft::requestLocation() {
    stopLocating();
    const PositionSourceFactory& factory = positionSourceFactory();
    QGeoPositionInfoSource* source =
        factory ? factory(this) : QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        setLocationState(QStringLiteral("failed"), {}, tr("This device has no location source."));
        return;
    }
    m_source = source;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
            [this](const QGeoPositionInfo& info) {
                if (!info.isValid()) return;
                stopLocating();
                const QGeoCoordinate at = info.coordinate();
                QVariantMap where{{QStringLiteral("lat"), at.latitude()},
                                  {QStringLiteral("lon"), at.longitude()}};
                std::optional<double> accuracy;
                if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
                    accuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
                    where.insert(QStringLiteral("accuracy_m"), *accuracy);
                }
                setLocationState(
                    QStringLiteral("fixed"), where,
                    muster::app::locationText(at.latitude(), at.longitude(), accuracy));
            });
    connect(
        source, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) {
            if (error == QGeoPositionInfoSource::NoError) return;
            stopLocating();
            QString text;
            switch (error) {
                case QGeoPositionInfoSource::AccessError:
                    text = tr("Muster may not use your location. Allow it in the system settings.");
                    break;
                case QGeoPositionInfoSource::ClosedError:
                    text = tr("Location is switched off on this device.");
                    break;
                case QGeoPositionInfoSource::UpdateTimeoutError:
                    text = tr("No location fix within 10 seconds. Try again outdoors.");
                    break;
                default:
                    text = tr("Your location could not be found.");
                    break;
            }
            setLocationState(QStringLiteral("failed"), {}, text);
        });
    setLocationState(QStringLiteral("locating"), {}, tr("Finding your location…"));
    m_locationGuard.start();
    source->requestUpdate(kLocationTimeoutMs);
}

void LogDraft::clearLocation() {
    stopLocating();
    setLocationState({}, {}, {});
}

void LogDraft::clear() {
    if (m_storing) return;  // the entry being saved still needs its files
    clearLocation();
    dropRemoved();
    if (!m_attachments.isEmpty()) {
        m_attachments.clear();
        emit attachmentsChanged();
    }
    ++m_generation;
    m_photoDir.reset();  // removes the photos taken for the last entry
    setErrorText({});
}

namespace {
/// On a pool thread: each picked file copied into `blobDir` under its hash.
LogDraft::StoredFiles storeFiles(const QString& blobDir, const QVariantList& attachments);
}  // namespace

bool LogDraft::save(TaskController* task, const QString& text, const QString& kind) {
    if (!task) return false;
    if (busy()) {
        setErrorText(tr("Still preparing your files. Wait a moment."));
        return false;
    }
    if (m_locationState == QLatin1String("locating")) {
        setErrorText(tr("Still finding your location. Wait a moment, or turn the location off."));
        return false;
    }
    setErrorText({});
    PendingEntry entry{task, text, kind,
                       m_locationState == QLatin1String("fixed") ? m_location : QVariantMap()};
    // A refused entry (empty text, no right to log) must not leave files behind.
    AccountSession* session = task->session();
    if (!task->canLog() || text.trimmed().isEmpty() || !session || !session->isOpen()) {
        return task->logAction(text, kind);  // refused: the task says why
    }
    if (m_attachments.isEmpty()) return writeEntry(task, entry, {});
    m_pending = std::move(entry);
    m_storing = true;
    emit busyChanged();
    connect(&m_saving, &QFutureWatcherBase::finished, this, &LogDraft::finishSave,
            Qt::SingleShotConnection);
    m_saving.setFuture(QtConcurrent::run(storeFiles, session->blobDir(), m_attachments));
    return true;
}

void LogDraft::finishSave() {
    const StoredFiles stored = m_saving.result();
    const PendingEntry entry = std::exchange(m_pending, {});
    m_storing = false;
    emit busyChanged();
    if (!stored.error.isEmpty()) {
        setErrorText(stored.error);
        return;
    }
    if (!entry.task) {
        setErrorText(tr("The task was closed before the entry was saved."));
        return;
    }
    (void)writeEntry(entry.task, entry, stored.hashes);
}

bool LogDraft::writeEntry(TaskController* task, const PendingEntry& entry,
                          const QStringList& hashes) {
    if (!task->logAction(entry.text, entry.kind, entry.location, hashes)) return false;  // the task says why
    clear();
    emit saved();
    return true;
}

bool LogDraft::refuseWhileStoring() {
    if (!m_storing) return false;
    setErrorText(tr("Still saving the last entry. Wait a moment."));
    return true;
}

void LogDraft::setPreparing(int delta) {
    const bool was = busy();
    m_preparing += delta;
    if (busy() != was) emit busyChanged();
}

namespace {
LogDraft::StoredFiles storeFiles(const QString& blobDir, const QVariantList& attachments) {
    LogDraft::StoredFiles out;
    BlobStore blobs(blobDir);
    for (const QVariant& item : attachments) {
        const QVariantMap attachment = item.toMap();
        const QString name = attachment.value(QStringLiteral("name")).toString();
        const std::unique_ptr<QFile> file =
            openPickedFile(attachment.value(QStringLiteral("url")).toUrl());
        if (!file || !file->isOpen()) {
            out.error = LogDraft::tr("Can't read %1: %2").arg(name, file ? file->errorString() : QString());
            return out;
        }
        QString error;
        const auto hash = blobs.add(*file, name, &error);
        if (!hash) {
            out.error = LogDraft::tr("Can't keep %1 on this device: %2").arg(name, error);
            return out;
        }
        out.hashes << *hash;
    }
    return out;
}
}  // namespace

void LogDraft::setLocationState(const QString& state, const QVariantMap& location,
                                const QString& text) {
    m_locationState = state;
    m_location = location;
    m_locationText = text;
    emit locationChanged();
}

void LogDraft::stopLocating() {
    m_locationGuard.stop();
    if (QGeoPositionInfoSource* source = m_source) {
        source->disconnect(this);
        source->stopUpdates();
        source->deleteLater();
    }
    m_source = nullptr;
}

void LogDraft::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
