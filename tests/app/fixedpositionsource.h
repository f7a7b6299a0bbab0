#pragma once
/// A position source for tests: answers every request with one fixed fix, or
/// with an error, after the event loop turns (as a real source would).

#include <QGeoPositionInfoSource>
#include <QTimer>

namespace muster::test {

class FixedPositionSource final : public QGeoPositionInfoSource {
    Q_OBJECT

  public:
    /// Answers with (lat, lon) and `accuracyM` (negative: no accuracy).
    FixedPositionSource(double lat, double lon, double accuracyM, QObject* parent)
        : QGeoPositionInfoSource(parent), m_lat(lat), m_lon(lon), m_accuracy(accuracyM) {}
    /// Answers every request with `error`.
    FixedPositionSource(Error error, QObject* parent)
        : QGeoPositionInfoSource(parent), m_answer(error) {}

    void setUpdateInterval(int msec) override { QGeoPositionInfoSource::setUpdateInterval(msec); }
    [[nodiscard]] QGeoPositionInfo lastKnownPosition(bool = false) const override { return fix(); }
    [[nodiscard]] PositioningMethods supportedPositioningMethods() const override {
        return SatellitePositioningMethods;
    }
    [[nodiscard]] int minimumUpdateInterval() const override { return 0; }
    [[nodiscard]] Error error() const override { return m_error; }

  public slots:
    void startUpdates() override { requestUpdate(0); }
    void stopUpdates() override {}
    void requestUpdate(int = 0) override {
        QTimer::singleShot(0, this, [this] {
            if (m_answer != NoError) {
                m_error = m_answer;
                emit errorOccurred(m_answer);
            } else {
                emit positionUpdated(fix());
            }
        });
    }

  private:
    [[nodiscard]] QGeoPositionInfo fix() const {
        QGeoPositionInfo info(QGeoCoordinate(m_lat, m_lon), QDateTime::currentDateTimeUtc());
        if (m_accuracy >= 0) info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, m_accuracy);
        return info;
    }

    double m_lat = 0;
    double m_lon = 0;
    double m_accuracy = -1;
    Error m_answer = NoError;
    Error m_error = NoError;
};

}  // namespace muster::test
