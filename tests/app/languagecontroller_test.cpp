// LanguageController: system language, stored choice, --lang, live retranslation.
#include <memory>

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "languagecontroller.h"

Q_IMPORT_QML_PLUGIN(MusterPlugin)

using muster::app::LanguageController;

namespace {

QString signIn() {
    return QCoreApplication::translate("LoginPage", "Sign in");
}

}  // namespace

class LanguageControllerTest : public QObject {
    Q_OBJECT

  private slots:
    void picksTheSystemLanguage_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Vietnam") << "vi_VN"
                                 << "vi";
        QTest::newRow("Mexico") << "es_MX"
                                << "es";
        QTest::newRow("Spain") << "es_ES"
                               << "es";
        QTest::newRow("US") << "en_US"
                            << "en";
        QTest::newRow("no translation: German") << "de_DE"
                                                << "en";
        QTest::newRow("C") << "C"
                           << "en";
    }
    void picksTheSystemLanguage() {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(LanguageController::languageForLocale(QLocale(locale)), expected);
    }

    void systemLocaleSetsTheTranslation() {
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("vi_VN")));
        QCOMPARE(controller.language(), QStringLiteral("system"));
        QCOMPARE(controller.effectiveLanguage(), QStringLiteral("vi"));
        QCOMPARE(signIn(), QStringLiteral("Đăng nhập"));
        QCOMPARE(QLocale().name(), QStringLiteral("vi_VN"));  // the default for number formats

        controller.setSystemLocale(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(signIn(), QStringLiteral("Sign in"));
    }

    void keepsTheSystemRegionWhenItSpeaksTheLanguage() {
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("es_MX")));
        QCOMPARE(controller.locale().name(), QStringLiteral("es_MX"));
        controller.setLanguage(QStringLiteral("vi"));
        QCOMPARE(controller.locale().language(), QLocale::Vietnamese);
        QCOMPARE(controller.locale().name(), QStringLiteral("vi_VN"));
    }

    void storesTheChoiceInTheSettingsFile() {
        QTemporaryDir dir;
        const QString file =
            dir.filePath(QStringLiteral("data/settings.ini"));  // folder not there yet
        {
            LanguageController controller(nullptr);
            controller.setSystemLocale(QLocale(QStringLiteral("en_US")));
            controller.setSettingsFile(file);
            QCOMPARE(controller.language(), QStringLiteral("system"));
            controller.setLanguage(QStringLiteral("es"));
            QCOMPARE(controller.effectiveLanguage(), QStringLiteral("es"));
            QCOMPARE(signIn(), QStringLiteral("Iniciar sesión"));
        }
        QCOMPARE(QSettings(file, QSettings::IniFormat).value("ui/language").toString(),
                 QStringLiteral("es"));
        LanguageController again(nullptr);
        again.setSystemLocale(QLocale(QStringLiteral("vi_VN")));
        again.setSettingsFile(file);
        QCOMPARE(again.language(), QStringLiteral("es"));
        QCOMPARE(again.effectiveLanguage(), QStringLiteral("es"));
    }

    void ignoresAGarbledSettingsFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        QSettings(file, QSettings::IniFormat).setValue("ui/language", "klingon");
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("vi_VN")));
        controller.setSettingsFile(file);
        QCOMPARE(controller.language(), QStringLiteral("system"));
        QCOMPARE(controller.effectiveLanguage(), QStringLiteral("vi"));
    }

    void sessionLanguageIsNotStoredAndAChoiceReplacesIt() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("en_US")));
        controller.setSettingsFile(file);
        QVERIFY(controller.setSessionLanguage(QStringLiteral("vi")));
        QCOMPARE(controller.effectiveLanguage(), QStringLiteral("vi"));
        QCOMPARE(controller.language(), QStringLiteral("system"));
        QVERIFY(!QSettings(file, QSettings::IniFormat).contains("ui/language"));

        controller.setLanguage(QStringLiteral("es"));
        QCOMPARE(controller.effectiveLanguage(), QStringLiteral("es"));
        controller.setLanguage(QStringLiteral("system"));
        QCOMPARE(controller.effectiveLanguage(), QStringLiteral("en"));
    }

    void refusesUnknownCodes() {
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("en_US")));
        QVERIFY(!controller.setSessionLanguage(QStringLiteral("fr")));
        controller.setLanguage(QStringLiteral("fr"));
        QCOMPARE(controller.language(), QStringLiteral("system"));
        QCOMPARE(controller.effectiveLanguage(), QStringLiteral("en"));
    }

    void languagesKeepTheirOwnNames() {
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("es_ES")));
        const QVariantList list = controller.languages();
        QCOMPARE(list.size(), 4);
        QStringList names;
        for (const QVariant& entry : list) names << entry.toMap().value("name").toString();
        QCOMPARE(names, (QStringList{"Idioma del sistema", "English", "Tiếng Việt", "Español"}));
    }

    void qmlSeesTheSameControllerAndRetranslatesLive() {
        LanguageController controller(nullptr);
        controller.setSystemLocale(QLocale(QStringLiteral("en_US")));
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        // The file name gives qsTr its context, as for the real LoginPage.qml.
        component.setData(R"(
            import QtQuick
            import Muster
            QtObject {
                property string title: qsTr("Sign in")
                property string shown: LanguageController.effectiveLanguage
                function choose(code) { LanguageController.language = code }
            })",
                          QUrl(QStringLiteral("qrc:/probe/LoginPage.qml")));
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QCOMPARE(probe->property("title").toString(), QStringLiteral("Sign in"));

        QVERIFY(QMetaObject::invokeMethod(probe.get(), "choose", Q_ARG(QVariant, "vi")));
        QCOMPARE(controller.language(), QStringLiteral("vi"));  // the same object
        QCOMPARE(probe->property("shown").toString(), QStringLiteral("vi"));
        QCOMPARE(probe->property("title").toString(), QStringLiteral("Đăng nhập"));

        controller.setSessionLanguage(QStringLiteral("es"));
        QCOMPARE(probe->property("title").toString(), QStringLiteral("Iniciar sesión"));
    }
};

QTEST_MAIN(LanguageControllerTest)
#include "languagecontroller_test.moc"
