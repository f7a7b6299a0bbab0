// TimeFormatter: relative times, dates and durations in a locale and time zone,
// against a manual clock.
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include "languagecontroller.h"
#include "muster/clock.hpp"
#include "timeformatter.h"

using muster::app::LanguageController;
using muster::app::TimeFormatter;

namespace {

// 2026-03-14 02:05:00 UTC.
const qint64 kNow = QDateTime(QDate(2026, 3, 14), QTime(2, 5), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

}  // namespace

class TimeFormatterTest : public QObject {
    Q_OBJECT

  private slots:
    void relativeTimes_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("ago");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en now") << "en" << 10 * kSecond << "just now";
        QTest::newRow("en 2 min") << "en" << 2 * kMinute << "2 min ago";
        QTest::newRow("en 50 s rounds to 1 min") << "en" << 50 * kSecond << "1 min ago";
        QTest::newRow("en 3 h") << "en" << 3 * kHour + 10 * kMinute << "3 h ago";
        QTest::newRow("en 1 day") << "en" << kDay << "1 day ago";
        QTest::newRow("en 2 days") << "en" << 2 * kDay << "2 days ago";
        QTest::newRow("en future") << "en" << -5 * kMinute << "in 5 min";
        QTest::newRow("en future days") << "en" << -3 * kDay << "in 3 days";
        QTest::newRow("vi now") << "vi" << 0LL << "vừa xong";
        QTest::newRow("vi 2 min") << "vi" << 2 * kMinute << "2 phút trước";
        QTest::newRow("vi 5 days") << "vi" << 5 * kDay << "5 ngày trước";
        QTest::newRow("vi future") << "vi" << -2 * kHour << "2 giờ nữa";
        QTest::newRow("es 2 min") << "es" << 2 * kMinute << "hace 2 min";
        QTest::newRow("es 1 day") << "es" << kDay << "hace 1 día";
        QTest::newRow("es 3 days") << "es" << 3 * kDay << "hace 3 días";
        QTest::newRow("es future") << "es" << -2 * kHour << "en 2 h";
    }
    void relativeTimes() {
        QFETCH(QString, language);
        QFETCH(qint64, ago);
        QFETCH(QString, expected);
        LanguageController translations(nullptr);  // installs the plural forms
        QVERIFY(translations.setSessionLanguage(language));
        muster::ManualClock clock(kNow);
        TimeFormatter formatter(clock);
        formatter.setLocale(QLocale(language));
        QCOMPARE(formatter.relativeTime(kNow - ago), expected);
        QCOMPARE(formatter.relativeTime(kNow - ago, kNow), expected);
    }

    void aWeekAndMoreShowsTheDate() {
        muster::ManualClock clock(kNow);
        TimeFormatter formatter(clock);
        formatter.setLocale(QLocale(QStringLiteral("en_US")));
        formatter.setTimeZone(QTimeZone::utc());
        const qint64 then = kNow - 8 * kDay;
        QCOMPARE(formatter.relativeTime(then), formatter.dateTime(then));
        // The month by name and the year whole: "3/6/26" is 3 June in much of the world.
        QVERIFY2(formatter.dateTime(then).startsWith(QStringLiteral("Mar 6, 2026, ")),
                 qPrintable(formatter.dateTime(then)));
    }

    void datesFollowTheTimeZoneAndLocale() {
        muster::ManualClock clock(kNow);
        TimeFormatter formatter(clock);
        formatter.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));  // UTC+7
        formatter.setLocale(QLocale(QStringLiteral("vi_VN")));
        QCOMPARE(formatter.time(kNow), QStringLiteral("09:05"));
        QVERIFY2(formatter.dateTime(kNow).startsWith(QStringLiteral("14 thg 3")) &&
                     formatter.dateTime(kNow).contains(QStringLiteral("2026")),
                 qPrintable(formatter.dateTime(kNow)));

        formatter.setTimeZone(QTimeZone(QByteArrayLiteral("America/Mexico_City")));  // UTC-6
        formatter.setLocale(QLocale(QStringLiteral("es_MX")));
        QCOMPARE(formatter.time(kNow),
                 QLocale(QStringLiteral("es_MX")).toString(QTime(20, 5), QLocale::ShortFormat));
        QVERIFY2(formatter.dateTime(kNow).startsWith(QStringLiteral("13 de mar")),
                 qPrintable(formatter.dateTime(kNow)));
    }

    void durations_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << "en" << 45 * kSecond + 900 << "45 s";
        QTest::newRow("minutes") << "en" << 12 * kMinute + 59 * kSecond << "12 min";
        QTest::newRow("hours pad minutes") << "en" << kHour + 5 * kMinute << "1 h 05 min";
        QTest::newRow("days") << "en" << 2 * kDay + 3 * kHour << "2 d 3 h";
        QTest::newRow("negative is zero") << "en" << -kMinute << "0 s";
        QTest::newRow("vi") << "vi" << kHour + 5 * kMinute << "1 giờ 05 phút";
        QTest::newRow("es") << "es" << 2 * kDay + 3 * kHour << "2 d 3 h";
    }
    void durations() {
        QFETCH(QString, language);
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        LanguageController translations(nullptr);
        QVERIFY(translations.setSessionLanguage(language));
        muster::ManualClock clock(kNow);
        TimeFormatter formatter(clock);
        formatter.setLocale(QLocale(language));
        QCOMPARE(formatter.duration(ms), expected);
    }

    void nowMovesOnlyWithTheClock() {
        muster::ManualClock clock(kNow);
        TimeFormatter formatter(clock);
        QCOMPARE(formatter.now(), kNow);
        QSignalSpy changed(&formatter, &TimeFormatter::nowChanged);
        formatter.tick();
        QCOMPARE(changed.size(), 0);
        clock.advance_ms(30 * kSecond);
        formatter.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(formatter.now(), kNow + 30 * kSecond);
    }

    void serverNowFollowsTheMeasuredOffset() {
        muster::ManualClock clock(kNow);
        TimeFormatter formatter(clock);
        QCOMPARE(formatter.serverNow(), kNow);
        // A device 7 minutes fast: "due in 5 min" counts from the server's time.
        TimeFormatter::setServerOffsetMs(-7 * 60 * kSecond);
        QCOMPARE(formatter.serverNow(), kNow - 7 * 60 * kSecond);
        QCOMPARE(formatter.relativeTime(kNow - 2 * 60 * kSecond, formatter.serverNow()), QStringLiteral("in 5 min"));
        QCOMPARE(formatter.now(), kNow);
        TimeFormatter::setServerOffsetMs(0);
        QCOMPARE(formatter.serverNow(), kNow);
    }
};

QTEST_GUILESS_MAIN(TimeFormatterTest)
#include "timeformatter_test.moc"
