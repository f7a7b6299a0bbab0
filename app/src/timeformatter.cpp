#include "timeformatter.h"

#include <algorithm>

#include <QDateTime>
#include <QQmlEngine>
#include <QRegularExpression>

#include "languagecontroller.h"

namespace muster::app {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kJustNow = 45 * kSecond;
constexpr int kTickMs = 30 * 1000;

int rounded(qint64 ms, qint64 unit) {
    return static_cast<int>((ms + unit / 2) / unit);
}

}  // namespace

TimeFormatter::TimeFormatter(const muster::Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_now(clock.now_ms()) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TimeFormatter::tick);
    m_ticker.start();
}

TimeFormatter* TimeFormatter::create(QQmlEngine* /*qmlEngine*/, QJSEngine* /*jsEngine*/) {
    auto* formatter = new TimeFormatter(muster::SystemClock::instance());  // owned by the engine
    s_qmlInstance = formatter;
    if (LanguageController* language = LanguageController::instance()) {
        formatter->setLocale(language->locale());
        connect(language, &LanguageController::effectiveLanguageChanged, formatter,
                [formatter, language] { formatter->setLocale(language->locale()); });
    }
    return formatter;
}

void TimeFormatter::setLocale(const QLocale& locale) {
    m_locale = locale;
    emit nowChanged();  // re-evaluates every binding that passes `now`
}

void TimeFormatter::setTimeZone(const QTimeZone& zone) {
    m_zone = zone;
    emit nowChanged();
}

void TimeFormatter::setServerOffsetMs(qint64 offsetMs) {
    if (offsetMs == s_serverOffsetMs) return;
    s_serverOffsetMs = offsetMs;
    if (s_qmlInstance) emit s_qmlInstance->nowChanged();
}

void TimeFormatter::tick() {
    const qint64 now = m_clock.now_ms();
    if (now == m_now) return;
    m_now = now;
    emit nowChanged();
}

QString TimeFormatter::relativeTime(qint64 utcMs) const {
    return relativeTime(utcMs, m_clock.now_ms());
}

QString TimeFormatter::relativeTime(qint64 utcMs, qint64 nowMs) const {
    const qint64 delta = nowMs - utcMs;
    const qint64 distance = delta < 0 ? -delta : delta;
    if (distance < kJustNow) return tr("just now");
    if (distance >= 7 * kDay) return dateTime(utcMs);
    const bool past = delta > 0;
    if (distance < kHour - kMinute / 2) {
        const int minutes = std::max(1, rounded(distance, kMinute));
        //: Relative time, abbreviated; keep it short (status bars).
        return past ? tr("%n min ago", nullptr, minutes) : tr("in %n min", nullptr, minutes);
    }
    if (distance < kDay - kHour / 2) {
        const int hours = rounded(distance, kHour);
        //: Relative time, abbreviated ("h" = hours); keep it short.
        return past ? tr("%n h ago", nullptr, hours) : tr("in %n h", nullptr, hours);
    }
    const int days = rounded(distance, kDay);
    return past ? tr("%n day(s) ago", nullptr, days) : tr("in %n day(s)", nullptr, days);
}

QDateTime TimeFormatter::local(qint64 utcMs) const {
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
}

QString TimeFormatter::dateTime(qint64 utcMs) const {
    // The month by name, the year whole: "12/1/26" is 1 December in one
    // country and 12 January in another. The locale's long date without
    // its weekday, the month abbreviated: "Dec 1, 2026", "1 de dic de 2026".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,\\s]*"));
    QString format = m_locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    const QDateTime at = local(utcMs);
    return m_locale.toString(at.date(), format.trimmed()) + QStringLiteral(", ") +
           m_locale.toString(at.time(), QLocale::ShortFormat);
}

QString TimeFormatter::time(qint64 utcMs) const {
    return m_locale.toString(local(utcMs).time(), QLocale::ShortFormat);
}

QString TimeFormatter::duration(qint64 ms) const {
    ms = std::max<qint64>(ms, 0);
    const auto number = [this](qint64 value) { return m_locale.toString(value); };
    const auto twoDigits = [this](qint64 value) {
        return m_locale.toString(value).rightJustified(2, m_locale.zeroDigit().at(0));
    };
    //: Durations use unit symbols, not words; %1 is a number.
    if (ms < kMinute) return tr("%1 s").arg(number(ms / kSecond));
    if (ms < kHour) return tr("%1 min").arg(number(ms / kMinute));
    if (ms < kDay) {
        //: Hours and minutes, e.g. "1 h 05 min".
        return tr("%1 h %2 min").arg(number(ms / kHour), twoDigits((ms % kHour) / kMinute));
    }
    //: Days and hours, e.g. "2 d 3 h".
    return tr("%1 d %2 h").arg(number(ms / kDay), number((ms % kDay) / kHour));
}

}  // namespace muster::app
