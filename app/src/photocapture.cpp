#include "photocapture.h"

#include <QCamera>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>

#include "logdraft.h"

namespace muster::app {

PhotoCapture::PhotoCapture(QObject* parent) : QObject(parent), m_devices(new QMediaDevices(this)) {
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &PhotoCapture::availableChanged);
    m_startGuard.setSingleShot(true);
    m_startGuard.setInterval(kStartTimeoutMs);
    connect(&m_startGuard, &QTimer::timeout, this, [this] {
        stop();
        setState(QStringLiteral("failed"), tr("The camera did not start. Close other apps that use it and try again."));
    });
}

PhotoCapture::~PhotoCapture() {
    stop();
}

bool PhotoCapture::available() const {
    return !QMediaDevices::videoInputs().isEmpty();
}

LogDraft* PhotoCapture::draft() const {
    return m_draft;
}

void PhotoCapture::setDraft(LogDraft* draft) {
    if (draft == m_draft) return;
    m_draft = draft;
    emit draftChanged();
}

void PhotoCapture::setVideoOutput(QObject* output) {
    if (output == m_videoOutput) return;
    m_videoOutput = output;
    if (m_session) m_session->setVideoOutput(output);
    emit videoOutputChanged();
}

void PhotoCapture::setActive(bool active) {
    if (active == m_active) return;
    m_active = active;
    if (active) {
        start();
    } else {
        stop();
        setState(QStringLiteral("off"));
    }
}

void PhotoCapture::start() {
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        setState(QStringLiteral("failed"), tr("This device has no camera. Attach a photo from its files instead."));
        return;
    }
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(device);
    m_imageCapture = std::make_unique<QImageCapture>();
    // "ready" once the camera runs and the capture can take a picture (the
    // two arrive in either order).
    const auto becomeReady = [this] {
        if (m_state == QLatin1String("starting") && m_camera->isActive() && m_imageCapture->isReadyForCapture()) {
            m_startGuard.stop();
            setState(QStringLiteral("ready"));
        }
    };
    connect(m_camera.get(), &QCamera::activeChanged, this, becomeReady);
    connect(m_imageCapture.get(), &QImageCapture::readyForCaptureChanged, this, becomeReady);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString& text) {
        if (error == QCamera::NoError) return;
        stop();
        setState(QStringLiteral("failed"),
                 tr("The camera could not be started (%1). If Muster may not use it, allow it in the system settings.")
                     .arg(text));
    });
    connect(m_imageCapture.get(), &QImageCapture::imageCaptured, this, [this](int, const QImage& image) {
        if (m_state != QLatin1String("capturing")) return;
        setState(QStringLiteral("ready"));
        if (m_draft && m_draft->addPhoto(image)) emit captured();
    });
    connect(m_imageCapture.get(), &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error error, const QString& text) {
                if (error == QImageCapture::NoError || m_state != QLatin1String("capturing")) return;
                setState(QStringLiteral("ready"), tr("The photo could not be taken (%1). Try again.").arg(text));
            });
    m_session->setCamera(m_camera.get());
    m_session->setImageCapture(m_imageCapture.get());
    if (m_videoOutput) m_session->setVideoOutput(m_videoOutput);
    setState(QStringLiteral("starting"));
    m_startGuard.start();
    m_camera->start();
}

void PhotoCapture::stop() {
    m_startGuard.stop();
    if (m_camera) {
        m_camera->disconnect(this);
        m_camera->stop();
    }
    if (m_imageCapture) m_imageCapture->disconnect(this);
    // The session goes first: it refers to the camera and the capture.
    m_session.reset();
    m_imageCapture.reset();
    m_camera.reset();
}

bool PhotoCapture::capture() {
    if (m_state != QLatin1String("ready") || !m_imageCapture || !m_imageCapture->isReadyForCapture()) return false;
    setState(QStringLiteral("capturing"));
    m_imageCapture->capture();
    return true;
}

void PhotoCapture::setState(const QString& state, const QString& error) {
    if (state == m_state && error == m_errorText) return;
    m_state = state;
    m_errorText = error;
    emit stateChanged();
}

}  // namespace muster::app
