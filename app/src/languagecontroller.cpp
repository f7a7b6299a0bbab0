#include "languagecontroller.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

namespace muster::app {

namespace {

LanguageController* g_instance = nullptr;

const QString kSettingsKey = QStringLiteral("ui/language");

bool isChoice(const QString& code) {
    return code == QLatin1String(LanguageController::kSystem) ||
           LanguageController::supportedLanguages().contains(code);
}

}  // namespace

LanguageController::LanguageController(QObject* parent) : QObject(parent) {
    if (!g_instance) g_instance = this;
    apply();
}

LanguageController::~LanguageController() {
    if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
    if (g_instance == this) g_instance = nullptr;
}

LanguageController* LanguageController::instance() {
    return g_instance;
}

LanguageController* LanguageController::create(QQmlEngine* qmlEngine, QJSEngine* /*jsEngine*/) {
    LanguageController* controller = g_instance;
    if (controller) {
        QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    } else {
        controller = new LanguageController(nullptr);  // owned by the engine (JavaScriptOwnership)
    }
    controller->addEngine(qmlEngine);
    return controller;
}

QStringList LanguageController::supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("es")};
}

QString LanguageController::languageForLocale(const QLocale& locale) {
    const QStringList supported = supportedLanguages();
    // uiLanguages() is the user's ordered preference ("vi-VN", "en-US", ...).
    QStringList wanted = locale.uiLanguages();
    wanted.append(locale.name());
    for (const QString& tag : std::as_const(wanted)) {
        const QString code = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (supported.contains(code)) return code;
    }
    return QStringLiteral("en");
}

QString LanguageController::translationFile(const QString& code) {
    return QStringLiteral(":/i18n/muster_%1.qm").arg(code);
}

void LanguageController::setSettingsFile(const QString& path) {
    m_settingsFile = path;
    if (!path.isEmpty()) {
        const QSettings settings(path, QSettings::IniFormat);
        const QString stored = settings.value(kSettingsKey).toString();
        const QString choice = isChoice(stored) ? stored : QString::fromLatin1(kSystem);
        if (choice != m_choice) {
            m_choice = choice;
            emit languageChanged();
        }
    }
    apply();
}

bool LanguageController::setSessionLanguage(const QString& code) {
    if (!code.isEmpty() && !supportedLanguages().contains(code)) return false;
    m_session = code;
    apply();
    return true;
}

void LanguageController::setSystemLocale(const QLocale& locale) {
    m_systemLocale = locale;
    apply();
}

void LanguageController::addEngine(QQmlEngine* engine) {
    if (engine && !m_engines.contains(engine)) m_engines.append(engine);
}

void LanguageController::setLanguage(const QString& code) {
    if (!isChoice(code)) return;
    const bool changed = code != m_choice;
    m_choice = code;
    m_session.clear();  // a choice made in the app beats --lang
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.setValue(kSettingsKey, m_choice);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            qWarning("muster: can't store the language in %s", qPrintable(m_settingsFile));
    }
    if (changed) emit languageChanged();
    apply();
}

QLocale LanguageController::locale() const {
    const QLocale shown(m_effective);
    if (m_systemLocale.language() == shown.language()) return m_systemLocale;
    return shown;
}

QVariantList LanguageController::languages() const {
    // The languages' own names: a person who can't read the current language
    // still finds theirs.
    return {
        QVariantMap{{QStringLiteral("code"), QString::fromLatin1(kSystem)},
                    {QStringLiteral("name"), tr("System language")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                    {QStringLiteral("name"), QStringLiteral("English")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("vi")},
                    {QStringLiteral("name"), QStringLiteral("Tiếng Việt")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("es")},
                    {QStringLiteral("name"), QStringLiteral("Español")}},
    };
}

void LanguageController::apply() {
    QString effective = m_session;
    if (effective.isEmpty())
        effective =
            m_choice == QLatin1String(kSystem) ? languageForLocale(m_systemLocale) : m_choice;
    if (effective == m_effective && m_translator) return;
    m_effective = effective;

    if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // English has a .qm too: it carries the plural forms ("1 day ago" / "2 days ago").
    if (m_translator->load(translationFile(m_effective))) {
        QCoreApplication::installTranslator(m_translator.get());
    } else {
        qWarning("muster: no translation for \"%s\"", qPrintable(m_effective));
    }
    QLocale::setDefault(locale());

    m_engines.removeAll(nullptr);
    for (const auto& engine : std::as_const(m_engines)) engine->retranslate();
    emit effectiveLanguageChanged();
}

}  // namespace muster::app
