// The app's command line.
#include <QCommandLineParser>
#include <QTest>

#include "commandline.h"

using namespace muster::app;

namespace {

bool parse(const QStringList& args, CommandLineOptions& options, QString& error) {
    QCommandLineParser parser;
    addCommandLineOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("muster")} + args)) {
        error = parser.errorText();
        return false;
    }
    return readCommandLineOptions(parser, options, error);
}

}  // namespace

class CommandLineTest : public QObject {
    Q_OBJECT

  private slots:
    void readsEveryOption() {
        CommandLineOptions options;
        QString error;
        QVERIFY2(parse({"--server", " https://muster.example.org ", "--login", "ada", "--data-dir",
                        "/tmp/m", "--screenshot", "out.png", "--size", "1280x800", "--lang", "VI",
                        "--font-scale", "2"},
                       options, error),
                 qPrintable(error));
        QCOMPARE(options.serverUrl, QStringLiteral("https://muster.example.org"));
        QCOMPARE(options.login, QStringLiteral("ada"));
        QCOMPARE(options.dataDir, QStringLiteral("/tmp/m"));
        QCOMPARE(options.screenshotPath, QStringLiteral("out.png"));
        QCOMPARE(options.screenshotSize, QSize(1280, 800));
        QCOMPARE(options.language, QStringLiteral("vi"));
        QCOMPARE(options.fontScale, 2.0);
    }

    void nothingGivenMeansDefaults() {
        CommandLineOptions options;
        QString error;
        QVERIFY(parse({}, options, error));
        QVERIFY(options.serverUrl.isEmpty());
        QVERIFY(options.dataDir.isEmpty());
        QVERIFY(options.screenshotPath.isEmpty());
        QVERIFY(options.language.isEmpty());
        QCOMPARE(options.fontScale, 0.0);
    }

    void screenshotDefaultsToAPhoneSize() {
        CommandLineOptions options;
        QString error;
        QVERIFY(parse({"--screenshot", "a.png"}, options, error));
        QCOMPARE(options.screenshotSize, QSize(390, 844));
    }

    void refusesBadValues_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("size without screenshot") << QStringList{"--size", "390x844"};
        QTest::newRow("bad size") << QStringList{"--screenshot", "a.png", "--size", "big"};
        QTest::newRow("zero size") << QStringList{"--screenshot", "a.png", "--size", "0x844"};
        QTest::newRow("huge size") << QStringList{"--screenshot", "a.png", "--size", "99999x10"};
        QTest::newRow("empty data dir") << QStringList{"--data-dir", ""};
        QTest::newRow("unknown option") << QStringList{"--frobnicate"};
        QTest::newRow("unknown language") << QStringList{"--lang", "fr"};
        QTest::newRow("empty language") << QStringList{"--lang", ""};
        QTest::newRow("font scale not a number") << QStringList{"--font-scale", "big"};
        QTest::newRow("font scale too small") << QStringList{"--font-scale", "0.5"};
        QTest::newRow("font scale too large") << QStringList{"--font-scale", "4"};
    }
    void refusesBadValues() {
        QFETCH(QStringList, args);
        CommandLineOptions options;
        QString error;
        QVERIFY(!parse(args, options, error));
        QVERIFY(!error.isEmpty());
    }

    void parsesSizes() {
        QCOMPARE(parseWindowSize(QStringLiteral("390x844")), QSize(390, 844));
        QVERIFY(!parseWindowSize(QStringLiteral("390*844")).isValid());
        QVERIFY(!parseWindowSize(QStringLiteral("x844")).isValid());
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
