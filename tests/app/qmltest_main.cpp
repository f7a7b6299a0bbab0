// Qt Quick Test runner for tests/qml/tst_*.qml: Material style and the static
// "Muster" QML module, as in the app.
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

class Setup : public QObject {
    Q_OBJECT

  public slots:
    void applicationAvailable() {
        // A SessionController without a data dir writes under AppDataLocation:
        // keep that out of the real user profile.
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(muster_qml, Setup)
#include "qmltest_main.moc"
