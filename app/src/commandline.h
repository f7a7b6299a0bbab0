#pragma once
/// The app's command line: what `main.cpp` reads before it loads the UI.

#include <QSize>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace muster::app {

/// Options parsed from the command line. Empty strings mean "not given".
struct CommandLineOptions {
    QString serverUrl;       ///< --server: prefills the server field.
    QString login;           ///< --login: prefills the login field.
    QString dataDir;         ///< --data-dir: where the app keeps its data.
    QString screenshotPath;  ///< --screenshot: render the first page to this PNG and exit.
    QSize screenshotSize;    ///< --size WxH (valid only together with --screenshot).
    QString language;        ///< --lang en|vi|es: the UI language for this run (not stored).
    double fontScale = 0;    ///< --font-scale 0.8..3: text size multiplier; 0 = the platform's.
};

/// Adds Muster's options (and --help / --version) to `parser`.
void addCommandLineOptions(QCommandLineParser& parser);

/// Reads the options from an already-parsed `parser`. On a bad value returns
/// false and sets `error` to one line naming the option.
[[nodiscard]] bool readCommandLineOptions(const QCommandLineParser& parser,
                                          CommandLineOptions& options, QString& error);

/// Parses "WxH" (e.g. "390x844"); an invalid QSize for anything else.
[[nodiscard]] QSize parseWindowSize(const QString& text);

}  // namespace muster::app
