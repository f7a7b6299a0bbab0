#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include "languagecontroller.h"
#include "textscale.h"

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
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("CommandLine",
                                     "Show the app in this language (en, vi or es) for this run."),
         QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("font-scale"),
                      QCoreApplication::translate(
                          "CommandLine", "Text size multiplier, 0.8 to 3 (default: the system's)."),
                      QStringLiteral("FACTOR")});
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
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = parser.value(QStringLiteral("lang")).trimmed().toLower();
        if (!LanguageController::supportedLanguages().contains(options.language)) {
            error = QCoreApplication::translate("CommandLine", "--lang must be one of: %1.")
                        .arg(LanguageController::supportedLanguages().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("font-scale"))) {
        bool ok = false;
        options.fontScale = parser.value(QStringLiteral("font-scale")).toDouble(&ok);
        if (!ok || options.fontScale < TextScale::kMinimum ||
            options.fontScale > TextScale::kMaximum) {
            error = QCoreApplication::translate("CommandLine",
                                                "--font-scale must be a number from 0.8 to 3.");
            return false;
        }
    }
    return true;
}

}  // namespace muster::app
