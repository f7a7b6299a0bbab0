#pragma once
/// What the "Log action" sheet holds before Save: picked files and a location fix.

#include <functional>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include "taskcontroller.h"

class QGeoPositionInfoSource;

namespace muster::app {

/// The draft of one log entry's extras. Picking a file only checks it (size,
/// readable); `save` copies each file into the BlobStore of the task's account under its
/// SHA-256 and writes the log entry naming those hashes and the location, in
/// one user step, so the entry and its files survive a crash or a day offline
/// (the sync worker uploads the files before it pushes the entry).
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

  public:
    static constexpr int kLocationTimeoutMs = 10'000;
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

    /// Adds a picked file (file:// or content://); false with `errorText`
    /// when it can't be read or is over 25 MiB.
    Q_INVOKABLE bool addFile(const QUrl& url);
    Q_INVOKABLE void removeAttachment(int index);
    Q_INVOKABLE void requestLocation();
    Q_INVOKABLE void clearLocation();
    /// Forgets files, location and error (the sheet opens empty).
    Q_INVOKABLE void clear();
    /// Stores the files and writes the entry through `task` (see the class
    /// comment). False when nothing was logged (`errorText` or the task's).
    Q_INVOKABLE bool save(muster::app::TaskController* task, const QString& text,
                          const QString& kind);

  signals:
    void attachmentsChanged();
    void locationChanged();
    void errorTextChanged();

  private:
    void setLocationState(const QString& state, const QVariantMap& location, const QString& text);
    void stopLocating();
    void setErrorText(const QString& text);

    QVariantList m_attachments;
    QString m_locationState;
    QVariantMap m_location;
    QString m_locationText;
    QString m_errorText;
    QPointer<QGeoPositionInfoSource> m_source;
    QTimer m_locationGuard;
};

}  // namespace muster::app
