#pragma once
/// Times and durations for people: stored instants are UTC milliseconds since
/// the epoch; what is shown follows the user's locale and time zone.

#include <QtQml/qqmlregistration.h>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>

#include "muster/clock.hpp"

class QJSEngine;
#include <QPointer>

class QQmlEngine;

namespace muster::app {

/// Formats UTC instants ("2 min ago", "hace 2 min", "2 phút trước", or a short
/// date and time) and durations ("1 h 05 min") in a locale and time zone.
///
/// In QML it is the singleton `TimeFormatter`, which follows the
/// LanguageController's locale and the system time zone. `now` ticks every
/// 30 s (and on a language change), so a binding such as
/// `TimeFormatter.relativeTime(lastSyncAt, TimeFormatter.now)` stays current.
///
/// Two clocks: `now` is this device's, for instants this device stamped (its
/// own last sync, a refusal it received); `serverNow` is the server's as the
/// open account last measured it, for instants shared with others (due
/// times, another device's last sync, log times), so "due in 5 min" agrees
/// with the overdue flag on a device whose clock is wrong. GUI thread only.
class TimeFormatter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The clock's time (UTC ms) at the last tick.
    Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)
    /// `now` corrected by the open account's measured clock offset.
    Q_PROPERTY(qint64 serverNow READ serverNow NOTIFY nowChanged)

  public:
    /// `clock` must outlive the formatter. (No default: Qt 6.4 would then
    /// build QML's singleton with it instead of calling create().)
    explicit TimeFormatter(const muster::Clock& clock, QObject* parent = nullptr);

    /// QML singleton factory: system clock, following LanguageController::instance().
    static TimeFormatter* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    void setLocale(const QLocale& locale);
    [[nodiscard]] QLocale locale() const { return m_locale; }
    void setTimeZone(const QTimeZone& zone);
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }

    [[nodiscard]] qint64 now() const { return m_now; }
    [[nodiscard]] qint64 serverNow() const { return m_now + s_serverOffsetMs; }
    /// The server's clock minus this device's (AccountSession sets it after
    /// each sync; 0 when no account is open). Notifies the QML singleton.
    static void setServerOffsetMs(qint64 offsetMs);
    /// Reads the clock again (and notifies `now` when it moved).
    void tick();

    /// `utcMs` relative to `nowMs`: "just now" within 45 s, then minutes, hours
    /// and days (past: "… ago", future: "in …"); from 7 days on, the short date.
    Q_INVOKABLE QString relativeTime(qint64 utcMs, qint64 nowMs) const;
    /// `utcMs` relative to the clock's current time.
    [[nodiscard]] QString relativeTime(qint64 utcMs) const;
    /// Short date and time in the locale and time zone, e.g. "3/14/26 9:05 AM".
    Q_INVOKABLE QString dateTime(qint64 utcMs) const;
    /// Short time of day in the locale and time zone, e.g. "09:05".
    Q_INVOKABLE QString time(qint64 utcMs) const;
    /// A length of time, rounded down: "45 s", "12 min", "1 h 05 min", "2 d 3 h".
    /// Negative lengths count as 0.
    Q_INVOKABLE QString duration(qint64 ms) const;

  signals:
    void nowChanged();

  private:
    [[nodiscard]] QDateTime local(qint64 utcMs) const;

    const muster::Clock& m_clock;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_now = 0;
    QTimer m_ticker;
    static inline qint64 s_serverOffsetMs = 0;
    static inline QPointer<TimeFormatter> s_qmlInstance;
};

}  // namespace muster::app
