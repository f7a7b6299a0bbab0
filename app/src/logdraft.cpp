#include "logdraft.h"

#include <QGeoPositionInfoSource>

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
}  // namespace

LogDraft::LogDraft(QObject* parent) : QObject(parent) {
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

LogDraft::~LogDraft() = default;

void LogDraft::setPositionSourceFactory(PositionSourceFactory factory) {
    positionSourceFactory() = std::move(factory);
}

bool LogDraft::addFile(const QUrl& url) {
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
    m_attachments.append(QVariantMap{{QStringLiteral("url"), url},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("size"), static_cast<double>(file->size())},
                                     {QStringLiteral("sizeText"), fileSizeText(file->size())}});
    setErrorText({});
    emit attachmentsChanged();
    return true;
}

void LogDraft::removeAttachment(int index) {
    if (index < 0 || index >= m_attachments.size()) return;
    m_attachments.removeAt(index);
    emit attachmentsChanged();
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
    clearLocation();
    if (!m_attachments.isEmpty()) {
        m_attachments.clear();
        emit attachmentsChanged();
    }
    setErrorText({});
}

bool LogDraft::save(TaskController* task, const QString& text, const QString& kind) {
    if (!task) return false;
    if (m_locationState == QLatin1String("locating")) {
        setErrorText(tr("Still finding your location. Wait a moment, or turn the location off."));
        return false;
    }
    setErrorText({});
    // A refused entry (empty text, no right to log) must not leave files behind.
    AccountSession* session = task->session();
    if (!task->canLog() || text.trimmed().isEmpty() || !session || !session->isOpen()) {
        return task->logAction(text, kind);
    }
    QStringList hashes;
    BlobStore blobs(session->blobDir());
    for (const QVariant& item : std::as_const(m_attachments)) {
        const QVariantMap attachment = item.toMap();
        const QString name = attachment.value(QStringLiteral("name")).toString();
        const std::unique_ptr<QFile> file =
            openPickedFile(attachment.value(QStringLiteral("url")).toUrl());
        if (!file || !file->isOpen()) {
            setErrorText(tr("Can't read %1: %2").arg(name, file ? file->errorString() : QString()));
            return false;
        }
        QString error;
        const auto hash = blobs.add(*file, name, &error);
        if (!hash) {
            setErrorText(tr("Can't keep %1 on this device: %2").arg(name, error));
            return false;
        }
        hashes << *hash;
    }
    const QVariantMap where =
        m_locationState == QLatin1String("fixed") ? m_location : QVariantMap();
    if (!task->logAction(text, kind, where, hashes)) return false;
    clear();
    return true;
}

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
