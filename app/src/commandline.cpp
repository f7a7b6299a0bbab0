#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace muster::app {

namespace {
constexpr int kMaxScreenshotEdge = 8192;
}  // namespace

void addCommandLineOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Muster — offline-first field tasking and drills."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("server"),
                      QCoreApplication::translate("CommandLine", "Prefill the server address."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("login"),
                      QCoreApplication::translate("CommandLine", "Prefill the login."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("CommandLine", "Where Muster keeps its data."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("CommandLine",
                                                  "Render the first page to a PNG file and exit."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("size"),
         QCoreApplication::translate("CommandLine", "Window size for --screenshot, e.g. 390x844."),
         QStringLiteral("WxH")});
}

QSize parseWindowSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) return {};
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 1 || height < 1 || width > kMaxScreenshotEdge || height > kMaxScreenshotEdge)
        return {};
    return {width, height};
}

bool readCommandLineOptions(const QCommandLineParser& parser, CommandLineOptions& options,
                            QString& error) {
    options.serverUrl = parser.value(QStringLiteral("server")).trimmed();
    options.login = parser.value(QStringLiteral("login")).trimmed();
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("data-dir")) && options.dataDir.isEmpty()) {
        error = QCoreApplication::translate("CommandLine", "--data-dir needs a folder.");
        return false;
    }
    if (parser.isSet(QStringLiteral("screenshot")) && options.screenshotPath.isEmpty()) {
        error = QCoreApplication::translate("CommandLine", "--screenshot needs a file name.");
        return false;
    }
    if (parser.isSet(QStringLiteral("size"))) {
        if (options.screenshotPath.isEmpty()) {
            error =
                QCoreApplication::translate("CommandLine", "--size only works with --screenshot.");
            return false;
        }
        options.screenshotSize = parseWindowSize(parser.value(QStringLiteral("size")));
        if (!options.screenshotSize.isValid()) {
            error = QCoreApplication::translate(
                "CommandLine", "--size must look like 390x844 (width x height, 1 to 8192).");
            return false;
        }
    } else if (!options.screenshotPath.isEmpty()) {
        options.screenshotSize = QSize(390, 844);
    }
    return true;
}

}  // namespace muster::app
