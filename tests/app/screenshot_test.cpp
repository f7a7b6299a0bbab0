// Renders the real app module (qrc:/Muster/Main.qml) at phone and desktop sizes
// and writes PNGs to the build tree for review. The signed-in pages come from a
// real sign-in against the in-process fake server, not from a test-only switch.
#include <QDir>
#include <memory>

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "fakemusterserver.h"
#include "screenshot.h"
#include "sessioncontroller.h"

Q_IMPORT_QML_PLUGIN(MusterPlugin)

using muster::app::SessionController;
using muster::test::FakeMusterServer;

namespace {
const QSize kPhone(390, 844);
const QSize kDesktop(1280, 800);
constexpr int kMinDistinctColours = 24;
}  // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(QDir().mkpath(QStringLiteral(MUSTER_SCREENSHOT_DIR)));
        QVERIFY(m_server.isListening());
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_engine.setInitialProperties({
            {QStringLiteral("serverUrl"), QStringLiteral("https://muster.example.org")},
            {QStringLiteral("login"), QStringLiteral("a.okafor")},
            {QStringLiteral("dataDir"), m_dataDir.path()},
        });
        m_engine.load(QUrl(QStringLiteral("qrc:/Muster/Main.qml")));
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_controller = m_window->findChild<SessionController*>(QStringLiteral("sessionController"));
        QVERIFY(m_controller);
    }

    void loginPage() {
        shoot(QStringLiteral("login"), kPhone);
        shoot(QStringLiteral("login"), kDesktop);
    }

    void loginPageWithAnError() {
        // As a person would have it: login and password typed, then a failure.
        QObject* password = m_window->findChild<QObject*>(QStringLiteral("passwordField"));
        QVERIFY(password);
        QVERIFY(password->setProperty("text", QStringLiteral("secret")));
        m_controller->setServerUrl(
            QStringLiteral("http://127.0.0.1:%1").arg(muster::test::closedPort()));
        m_controller->signIn(QStringLiteral("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->busy(), 10000);
        QCOMPARE(m_controller->errorText(),
                 QStringLiteral("Can't reach the server. Check the address and your connection."));
        shoot(QStringLiteral("login-error"), kPhone);
        shoot(QStringLiteral("login-error"), kDesktop);
    }

    void homePage() {
        m_controller->setServerUrl(m_server.url());
        QSignalSpy signedIn(m_controller, &SessionController::signedInChanged);
        m_controller->signIn(QStringLiteral("secret"));
        QVERIFY(signedIn.wait(10000));
        QVERIFY(m_controller->signedIn());
        shoot(QStringLiteral("home"), kDesktop);
        shoot(QStringLiteral("home"), kPhone);
    }

    /// The reusable pieces side by side, for review.
    void components() {
        QQmlComponent component(&m_engine);
        component.setData(R"(
            import QtQuick
            import QtQuick.Layouts
            import Muster
            Window {
                color: Theme.background
                visible: true
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 16
                    ExerciseBanner { Layout.fillWidth: true; detail: "Flood drill 3" }
                    SyncStatusBar { Layout.fillWidth: true; online: true; pending: 3; lastSyncText: "Last sync 2 min ago" }
                    SyncStatusBar { Layout.fillWidth: true }
                    InlineError { Layout.fillWidth: true; text: "Wrong login or password." }
                    PrimaryButton { Layout.fillWidth: true; text: "Sign in" }
                    PrimaryButton { Layout.fillWidth: true; text: "Sign in"; enabled: false }
                    Item { Layout.fillHeight: true }
                }
            })",
                          QUrl(QStringLiteral("qrc:/screenshot/Components.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto* window = qobject_cast<QQuickWindow*>(object.get());
        QVERIFY(window);
        shoot(*window, QStringLiteral("components"), QSize(390, 480));
    }

  private:
    void shoot(const QString& name, QSize size) { shoot(*m_window, name, size); }

    void shoot(QQuickWindow& window, const QString& name, QSize size) {
        const QImage image = muster::app::renderWindow(window, size);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size * window.devicePixelRatio());
        const int colours = muster::app::countDistinctColours(image);
        QVERIFY2(colours >= kMinDistinctColours,
                 qPrintable(QStringLiteral("%1 has only %2 colours").arg(name).arg(colours)));
        const QString path = QStringLiteral(MUSTER_SCREENSHOT_DIR "/%1-%2x%3.png")
                                 .arg(name)
                                 .arg(size.width())
                                 .arg(size.height());
        QVERIFY2(image.save(path, "PNG"), qPrintable(path));
        qInfo("wrote %s (%d colours)", qPrintable(path), colours);
    }

    FakeMusterServer m_server;
    QTemporaryDir m_dataDir;
    QQmlApplicationEngine m_engine;
    QQuickWindow* m_window = nullptr;
    SessionController* m_controller = nullptr;
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
