// muster: the app's entry point. Parses the command line, picks the style and
// loads qrc:/Muster/Main.qml; everything else lives in muster_app.
#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>

#include "commandline.h"
#include "languagecontroller.h"
#include "muster/version.hpp"
#include "screenshot.h"
#include "textscale.h"

// The QML module "Muster" is a static plugin linked into this executable.
Q_IMPORT_QML_PLUGIN(MusterPlugin)

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Muster"));
    QGuiApplication::setApplicationName(QStringLiteral("Muster"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Muster"));
    const std::string_view version = muster::version();
    QGuiApplication::setApplicationVersion(
        QString::fromUtf8(version.data(), static_cast<qsizetype>(version.size())));

    // The system language from the start, so --help and command-line errors are translated.
    muster::app::LanguageController language(nullptr);
    muster::app::TextScale textScale(nullptr);

    QCommandLineParser parser;
    muster::app::addCommandLineOptions(parser);
    parser.process(app);  // handles --help / --version and unknown options
    muster::app::CommandLineOptions options;
    if (QString error; !muster::app::readCommandLineOptions(parser, options, error)) {
        std::fprintf(stderr, "muster: %s\n", qPrintable(error));
        return 2;
    }
    if (options.dataDir.isEmpty()) {
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    // The user's stored choice lives with the app's data; --lang overrides it for this run.
    language.setSettingsFile(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")));
    if (!options.language.isEmpty()) language.setSessionLanguage(options.language);
    if (options.fontScale > 0) textScale.setFactor(options.fontScale);

    const bool screenshot = !options.screenshotPath.isEmpty();
    if (screenshot) QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    language.addEngine(&engine);
    engine.setInitialProperties({
        {QStringLiteral("serverUrl"), options.serverUrl},
        {QStringLiteral("login"), options.login},
        {QStringLiteral("dataDir"), QDir::cleanPath(options.dataDir)},
    });
    engine.load(QUrl(QStringLiteral("qrc:/Muster/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;

    if (screenshot) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (!window) return 1;
        const QImage image = muster::app::renderWindow(*window, options.screenshotSize);
        if (image.isNull() || !image.save(options.screenshotPath, "PNG")) {
            std::fprintf(stderr, "muster: can't write the screenshot to %s\n",
                         qPrintable(options.screenshotPath));
            return 1;
        }
        return 0;
    }
    return QGuiApplication::exec();
}
