// Translations: every string in today's sources has a finished translation in
// app/i18n/muster_{en,vi,es}.ts, and the compiled .qm files embedded in the app
// translate.
//
// everySourceStringIsTranslated runs lupdate over the sources into a temporary
// copy of each .ts file (the checked-in files stay untouched) and lists every
// string that is new, unfinished, empty or has lost a placeholder.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "languagecontroller.h"

using muster::app::LanguageController;

namespace {

struct Message {
    QString context;
    QString source;
    QString type;       // "", "unfinished", "vanished", "obsolete"
    QStringList forms;  // one translation, or the numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString& error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("can't read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement()) {
            if (name == QLatin1String("message")) messages.append(current);
            continue;
        }
        if (!xml.isStartElement()) continue;
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                Message{context,
                        {},
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) current.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(L?n|\\d)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) found.insert(it.next().captured(0));
    return found;
}

}  // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

  private slots:
    void everySourceStringIsTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const QString& code : LanguageController::supportedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }
    void everySourceStringIsTranslated() {
        QFETCH(QString, language);
        const QDir root(QStringLiteral(MUSTER_SOURCE_DIR));
        const QString checkedIn =
            root.filePath(QStringLiteral("app/i18n/muster_%1.ts").arg(language));
        QVERIFY2(QFile::exists(checkedIn), qPrintable(checkedIn));
        QTemporaryDir temp;
        const QString copy = temp.filePath(QFileInfo(checkedIn).fileName());
        QVERIFY(QFile::copy(checkedIn, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same sources and options as the build's update_translations target.
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MUSTER_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-tr-function-alias"),
                       QStringLiteral("QT_TRANSLATE_NOOP+=MUSTER_TRANSLATE_NOOP"),
                       root.filePath(QStringLiteral("app/src")),
                       root.filePath(QStringLiteral("app/main.cpp")),
                       root.filePath(QStringLiteral("shared/src/msel_messages.cpp")),
                       root.filePath(QStringLiteral("qml")), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));

        QString error;
        const QList<Message> messages = readTs(copy, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList problems;
        QStringList stale;
        int live = 0;
        bool sawSignIn = false;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                stale << where;
                continue;
            }
            ++live;
            sawSignIn |=
                m.context == QLatin1String("LoginPage") && m.source == QLatin1String("Sign in");
            if (m.type == QLatin1String("unfinished")) {
                problems << where + QStringLiteral(": not translated (new or unfinished)");
                continue;
            }
            if (m.forms.isEmpty()) problems << where + QStringLiteral(": no translation");
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(": empty translation");
                } else if (placeholders(form) != placeholders(m.source)) {
                    problems << where + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
                }
            }
        }
        if (!stale.isEmpty()) {
            qWarning(
                "%s has strings the sources no longer use (run `ninja update_translations`):\n%s",
                qPrintable(QFileInfo(checkedIn).fileName()), qPrintable(stale.join('\n')));
        }
        // Guard against a vacuous pass (lupdate found nothing).
        QVERIFY2(
            sawSignIn && live >= 50,
            qPrintable(QStringLiteral("lupdate found only %1 strings:\n%2").arg(live).arg(output)));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) need a translation in app/i18n/%2 (run "
                                           "`ninja update_translations`, then translate with "
                                           "Qt Linguist):\n%3")
                                .arg(problems.size())
                                .arg(QFileInfo(checkedIn).fileName(), problems.join('\n'))));
    }

    void compiledTranslationsTranslate_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("signIn");
        QTest::addColumn<QString>("pendingOne");
        QTest::addColumn<QString>("pendingMany");
        QTest::newRow("en") << "en"
                            << "Sign in"
                            << "1 change waiting to send"
                            << "3 changes waiting to send";
        QTest::newRow("vi") << "vi"
                            << "Đăng nhập"
                            << "1 thay đổi chờ gửi"
                            << "3 thay đổi chờ gửi";
        QTest::newRow("es") << "es"
                            << "Iniciar sesión"
                            << "1 cambio pendiente de enviar"
                            << "3 cambios pendientes de enviar";
    }
    void compiledTranslationsTranslate() {
        QFETCH(QString, language);
        QFETCH(QString, signIn);
        QFETCH(QString, pendingOne);
        QFETCH(QString, pendingMany);
        QTranslator translator;
        QVERIFY2(translator.load(LanguageController::translationFile(language)),
                 qPrintable(LanguageController::translationFile(language)));
        QCOMPARE(translator.language(), language);
        QCOMPARE(translator.translate("LoginPage", "Sign in"), signIn);
        QCOMPARE(translator.translate("SyncStatusBar", "%n change(s) waiting to send", nullptr, 1)
                     .replace(QStringLiteral("%n"), QStringLiteral("1")),
                 pendingOne);
        QCOMPARE(translator.translate("SyncStatusBar", "%n change(s) waiting to send", nullptr, 3)
                     .replace(QStringLiteral("%n"), QStringLiteral("3")),
                 pendingMany);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
