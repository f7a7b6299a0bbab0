// Qt Quick Test runner for tests/qml/tst_*.qml: Material style and the static
// "Muster" QML module, as in the app; a fixed position source.
#include <QCameraDevice>
#include <QMediaDevices>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

#include "fixedpositionsource.h"
#include "logdraft.h"

Q_IMPORT_QML_PLUGIN(MusterPlugin)

class Setup : public QObject {
    Q_OBJECT

  public slots:
    void applicationAvailable() {
        // A SessionController without a data dir writes under AppDataLocation:
        // keep that out of the real user profile.
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // "Attach my location" answers with a fixed position (no GPS here).
        muster::app::LogDraft::setPositionSourceFactory(
            [](QObject* parent) { return new muster::test::FixedPositionSource(52.52, 13.405, 12, parent); });
        // Qt Multimedia warns once per process where no sound server runs
        // (test machines); let it do so here, not inside a test that fails
        // on warnings.
        const QMediaDevices devices;
        (void)QMediaDevices::videoInputs();
    }
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(muster_qml, Setup)
#include "qmltest_main.moc"
