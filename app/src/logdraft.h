#pragma once
/// What the "Log action" sheet holds before Save: picked files, photos taken
/// in the app and a location fix.

#include <functional>
#include <memory>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include "taskcontroller.h"

class QGeoPositionInfoSource;
class QTemporaryDir;

namespace muster::app {

/// The draft of one log entry's extras. Picking a file only checks it (size,
/// readable); `save` copies each file into the BlobStore of the task's account under its
/// SHA-256 and writes the log entry naming those hashes and the location, in
/// one user step, so the entry and its files survive a crash or a day offline
/// (the sync worker uploads the files before it pushes the entry).
///
/// Nothing heavy runs on the UI thread: copying and hashing the files at Save
/// (up to 25 MiB each) and encoding a photo from the camera run on Qt's thread
/// pool while `busy` is true; the entry is written when the files are stored,
/// and `saved` says so. The sheet stays open and modal meanwhile.
///
/// Location: `requestLocation` asks the position source for one fix, at most
/// `kLocationTimeoutMs`; no source, no permission or no fix in time ends in
/// `failed` with a message, never a wait without end. The source comes from
/// `setPositionSourceFactory` (tests feed a fixed position) or the platform's
/// default. UI thread only.
class LogDraft : public QObject {
    Q_OBJECT
    QML_ELEMENT
    /// The picked files, in order: {url, name, size (bytes), sizeText}.
    Q_PROPERTY(QVariantList attachments READ attachments NOTIFY attachmentsChanged)
    /// "" (not asked), "locating", "fixed" or "failed".
    Q_PROPERTY(QString locationState READ locationState NOTIFY locationChanged)
    /// The fix when `fixed`: {lat, lon, accuracy_m?}; empty otherwise.
    Q_PROPERTY(QVariantMap location READ location NOTIFY locationChanged)
    /// The fix as "lat, lon ±acc m", or why there is none.
    Q_PROPERTY(QString locationText READ locationText NOTIFY locationChanged)
    /// Why the last pick or save failed; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// A photo is being encoded or the files are being stored: Save waits.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The name of the attachment just removed while `undoRemove` can put it
    /// back (until the next removal, Save or `clear`); empty otherwise.
    Q_PROPERTY(QString removedName READ removedName NOTIFY removedChanged)

  public:
    static constexpr int kLocationTimeoutMs = 10'000;
    /// A camera photo is scaled to at most this many pixels on its long side
    /// (about 5 MP: enough to read a gauge or a sign, about 1 MB to send).
    static constexpr int kMaxPhotoSide = 2560;
    static constexpr int kPhotoQuality = 85;
    /// Makes the position source for a request (parented to the draft); nullptr: none on this
    /// device.
    using PositionSourceFactory = std::function<QGeoPositionInfoSource*(QObject* parent)>;

    explicit LogDraft(QObject* parent = nullptr);
    ~LogDraft() override;

    /// Process-wide; an empty factory restores the platform's default source.
    static void setPositionSourceFactory(PositionSourceFactory factory);

    [[nodiscard]] QVariantList attachments() const { return m_attachments; }
    [[nodiscard]] QString locationState() const { return m_locationState; }
    [[nodiscard]] QVariantMap location() const { return m_location; }
    [[nodiscard]] QString locationText() const { return m_locationText; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] bool busy() const { return m_preparing > 0 || m_storing; }
    [[nodiscard]] QString removedName() const;

    /// Adds a picked file (file:// or content://); false with `errorText`
    /// when it can't be read or is over 25 MiB.
    Q_INVOKABLE bool addFile(const QUrl& url);
    /// Adds a photo taken in the app (PhotoCapture): encoded as a JPEG on a
    /// worker thread into a folder of the draft's own, then listed like a
    /// picked file, named `photo-<date>-<time>.jpg`. False at once for an
    /// empty image.
    Q_INVOKABLE bool addPhoto(const QImage& image);
    /// Takes an attachment off the list; `undoRemove` puts it back. A photo
    /// taken here exists nowhere else: its file is kept until the next removal
    /// replaces this one, or the entry is saved or abandoned.
    Q_INVOKABLE void removeAttachment(int index);
    /// Puts the last removed attachment back where it was; false when there
    /// is none (or while Save stores the files).
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE void requestLocation();
    Q_INVOKABLE void clearLocation();
    /// Forgets files, location and error (the sheet opens empty).
    Q_INVOKABLE void clear();
    /// Stores the files and writes the entry through `task` (see the class
    /// comment). False when it refused at once (`errorText` or the task's);
    /// true when the entry is written (no files) or on its way (`busy`).
    /// `saved` follows either way once the entry is in the store; a later
    /// failure sets `errorText` and keeps the draft for another try.
    Q_INVOKABLE bool save(muster::app::TaskController* task, const QString& text,
                          const QString& kind);

  signals:
    void attachmentsChanged();
    void locationChanged();
    void errorTextChanged();
    void busyChanged();
    void removedChanged();
    /// The entry is in the local store; the draft is empty again.
    void saved();

  public:
    /// What Save's worker hands back: the files' hashes in order, or why not.
    struct StoredFiles {
        QStringList hashes;
        QString error;
    };

  private:
    struct PendingEntry {
        QPointer<TaskController> task;
        QString text;
        QString kind;
        QVariantMap location;
    };

    void appendAttachment(const QUrl& url, const QString& name, qint64 size);
    void finishSave();
    bool writeEntry(TaskController* task, const PendingEntry& entry, const QStringList& hashes);
    void setPreparing(int delta);
    /// True (with `errorText`) while Save stores the files: the list is fixed then.
    bool refuseWhileStoring();
    void setLocationState(const QString& state, const QVariantMap& location, const QString& text);
    void stopLocating();
    void setErrorText(const QString& text);
    /// Forgets the removed attachment, deleting its file when it is a photo taken here.
    void dropRemoved();
    [[nodiscard]] bool isOwnPhoto(const QUrl& url) const;

    QVariantList m_attachments;
    /// The attachment `undoRemove` puts back, and where it was; index -1: none.
    QVariant m_removed;
    int m_removedIndex = -1;
    QString m_locationState;
    QVariantMap m_location;
    QString m_locationText;
    QString m_errorText;
    QPointer<QGeoPositionInfoSource> m_source;
    QTimer m_locationGuard;
    /// Camera photos waiting for Save; removed with the draft, or when
    /// `clear` starts a new entry.
    std::unique_ptr<QTemporaryDir> m_photoDir;
    QSet<QString> m_photoNames;
    int m_preparing = 0;
    /// One photo at a time, so they are listed in the order they were taken.
    QThreadPool m_photoPool;
    /// Bumped by `clear`: a photo encoded for an earlier entry is dropped.
    int m_generation = 0;
    QFutureWatcher<StoredFiles> m_saving;
    bool m_storing = false;  ///< from `save` until its files are stored and the entry written
    PendingEntry m_pending;
};

}  // namespace muster::app
