#pragma once
/// The UI language: English, Vietnamese or Spanish, chosen from the system
/// locale unless the user picked one (stored in the app's settings file) or the
/// command line forced one for this run (`--lang`).

#include <memory>

#include <QtQml/qqmlregistration.h>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QJSEngine;
class QQmlEngine;
class QTranslator;

namespace muster::app {

/// Installs the app's QTranslator (from the `.qm` files embedded under
/// `:/i18n/`) and retranslates every QML engine that uses it, live.
///
/// One controller serves the whole process: `main()` creates it before the
/// engine and QML gets that same object through `create()` (a QML singleton
/// `LanguageController`). GUI thread only.
class LanguageController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The user's choice: "system", "en", "vi" or "es". Setting it stores it and
    /// drops a `--lang` override.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language actually shown: "en", "vi" or "es".
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY effectiveLanguageChanged)
    /// BCP 47 name of the locale used for dates and numbers, e.g. "es-MX".
    Q_PROPERTY(QString localeName READ localeName NOTIFY effectiveLanguageChanged)
    /// The choices for a picker: [{code, name}], "system" first (its name is
    /// translated), then each language in its own name (never translated).
    Q_PROPERTY(QVariantList languages READ languages NOTIFY effectiveLanguageChanged)

  public:
    static constexpr const char* kSystem = "system";

    /// Deliberately not default-constructible: Qt 6.4 would then build a fresh
    /// QML singleton instead of calling create().
    explicit LanguageController(QObject* parent);
    ~LanguageController() override;

    /// The process-wide controller: the first one constructed and still alive.
    [[nodiscard]] static LanguageController* instance();
    /// QML singleton factory: returns `instance()` (C++ keeps ownership) or,
    /// when there is none (QML tests), a new one owned by the engine.
    static LanguageController* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    /// The language codes with a translation: "en", "vi", "es".
    [[nodiscard]] static QStringList supportedLanguages();
    /// The supported language a system locale asks for (first match in its UI
    /// languages), "en" when none matches.
    [[nodiscard]] static QString languageForLocale(const QLocale& locale);
    /// Where the compiled translation for `code` lives (a Qt resource).
    [[nodiscard]] static QString translationFile(const QString& code);

    /// Reads the stored choice from `path` (an INI file in the data dir) and
    /// stores later choices there. Empty: choices are kept in memory only.
    void setSettingsFile(const QString& path);
    /// Forces `code` ("en", "vi", "es") for this run without storing it; an
    /// empty code removes the override. Returns false for an unknown code.
    bool setSessionLanguage(const QString& code);
    /// The locale that "system" follows (tests inject one). Default: QLocale::system().
    void setSystemLocale(const QLocale& locale);
    /// Retranslates `engine` on every change (done for engines that reach
    /// the singleton through `create()`).
    void addEngine(QQmlEngine* engine);

    [[nodiscard]] QString language() const { return m_choice; }
    /// Accepts "system", "en", "vi", "es"; ignores anything else.
    void setLanguage(const QString& code);
    [[nodiscard]] QString effectiveLanguage() const { return m_effective; }
    /// The locale for dates, times and numbers: the system locale when it speaks
    /// the shown language (so es-MX keeps its formats), else that language's default.
    [[nodiscard]] QLocale locale() const;
    [[nodiscard]] QString localeName() const { return locale().bcp47Name(); }
    [[nodiscard]] QVariantList languages() const;

  signals:
    void languageChanged();
    void effectiveLanguageChanged();

  private:
    void apply();

    QString m_choice = QString::fromLatin1(kSystem);
    QString m_session;
    QString m_effective;
    QString m_settingsFile;
    QLocale m_systemLocale = QLocale::system();
    std::unique_ptr<QTranslator> m_translator;
    QList<QPointer<QQmlEngine>> m_engines;
};

}  // namespace muster::app
