#pragma once
/// The device's camera for a photo on a log entry (Qt Multimedia).

#include <memory>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;
class QMediaDevices;

namespace muster::app {

class LogDraft;

/// Runs the default camera while `active`, draws its picture into
/// `videoOutput` (a QML VideoOutput) and, on `capture`, hands the photo to
/// `draft` (LogDraft::addPhoto, which encodes it off the UI thread).
///
/// `available` follows the platform's list of cameras, so the "Take a photo"
/// button shows only where there is one (a tablet without a camera, a desktop,
/// this project's test machines). Every start ends: "ready", or "failed" with
/// a message (no camera, no permission, a camera that never answers within
/// kStartTimeoutMs) — never a wait without end. On Android and iOS the system
/// asks for the camera permission (declared in the manifest and Info.plist) at
/// the first start; a refusal ends in "failed". UI thread only.
class PhotoCapture : public QObject {
    Q_OBJECT
    QML_ELEMENT
    /// The device has a camera (follows cameras being plugged in or removed).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    /// Runs the camera while true (the camera sheet is open).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY stateChanged)
    /// "off", "starting", "ready", "capturing" or "failed".
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    /// Why the camera failed or the last photo was not taken; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    /// The VideoOutput item the viewfinder is drawn in.
    Q_PROPERTY(QObject* videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
    /// Where a photo goes.
    Q_PROPERTY(muster::app::LogDraft* draft READ draft WRITE setDraft NOTIFY draftChanged)

  public:
    static constexpr int kStartTimeoutMs = 10'000;

    explicit PhotoCapture(QObject* parent = nullptr);
    ~PhotoCapture() override;

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QObject* videoOutput() const { return m_videoOutput; }
    void setVideoOutput(QObject* output);
    [[nodiscard]] LogDraft* draft() const;
    void setDraft(LogDraft* draft);

    /// Takes a photo when "ready"; false otherwise. `captured` follows once
    /// the draft has it.
    Q_INVOKABLE bool capture();

  signals:
    void availableChanged();
    void stateChanged();
    void videoOutputChanged();
    void draftChanged();
    void captured();

  private:
    void start();
    void stop();
    void setState(const QString& state, const QString& error = {});

    QMediaDevices* m_devices;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_imageCapture;
    std::unique_ptr<QMediaCaptureSession> m_session;
    QPointer<QObject> m_videoOutput;
    QPointer<LogDraft> m_draft;
    QTimer m_startGuard;
    bool m_active = false;
    QString m_state = QStringLiteral("off");
    QString m_errorText;
};

}  // namespace muster::app
