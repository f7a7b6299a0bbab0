// Renders the real app module (qrc:/Muster/Main.qml) at phone and desktop sizes
// and writes PNGs to the build tree for review: English first, then Vietnamese
// and Spanish, then each language at 200 % text size. The signed-in pages come
// from a real sign-in against the in-process fake server, not from a test-only
// switch. Every shot also checks that each visible control is at least 48 px
// tall and has a screen-reader name.
#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QRegularExpression>
#include <QSslCertificate>
#include <algorithm>
#include <memory>

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include "accountsession.h"
#include "accountsettings.h"
#include "certificatetrust.h"
#include "devicekeys.h"
#include "drillcontroller.h"
#include "fakemusterserver.h"
#include "fixedpositionsource.h"
#include "logdraft.h"
#include "muster/clock.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"
#include "musterserverprocess.h"
#include "sampledata.h"
#include "languagecontroller.h"
#include "screenshot.h"
#include "sessioncontroller.h"
#include "syncstatus.h"
#include "textscale.h"

Q_IMPORT_QML_PLUGIN(MusterPlugin)

using muster::app::LanguageController;
using muster::app::SessionController;
using muster::app::TextScale;
using muster::test::FakeMusterServer;

namespace {
const QSize kPhone(390, 844);
const QSize kDesktop(1280, 800);
const QSize kPhoneFullLength(390, 1800);  // a whole scrolling page at 200 % text, for review
constexpr int kMinDistinctColours = 24;
constexpr int kMinTouchTarget = 48;
constexpr const char* kPin = "246810";

bool isControl(const QQuickItem* item) {
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField") ||
           item->inherits("QQuickComboBox");
}

/// The visible item named `name` in `window`'s item tree (delegates of views
/// included, which QObject::findChild does not reach); nullptr when none.
QQuickItem* visibleItem(QQuickWindow& window, const QString& name) {
    QList<QQuickItem*> pending{window.contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem* item = pending.takeLast();
        if (!item->isVisible()) continue;
        if (item->objectName() == name) return item;
        pending.append(item->childItems());
    }
    return nullptr;
}

/// Every visible item named `name` in `window`'s item tree, delegates included.
QList<QQuickItem*> visibleItems(QQuickWindow& window, const QString& name) {
    QList<QQuickItem*> found;
    QList<QQuickItem*> pending{window.contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem* item = pending.takeLast();
        if (!item->isVisible()) continue;
        if (item->objectName() == name) found << item;
        pending.append(item->childItems());
    }
    return found;
}

/// Controls shown in `window` that are under 48 px tall or have no accessible
/// name; `count` is how many controls it looked at.
QStringList controlProblems(QQuickWindow& window, int& count) {
    count = 0;
    QStringList problems;
    QList<QQuickItem*> pending{window.contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem* item = pending.takeLast();
        if (!item->isVisible() || item->opacity() <= 0) continue;
        if (!isControl(item)) {
            pending.append(item->childItems());
            continue;
        }
        // A control's own parts (a ComboBox's text field) are not separate targets.
        ++count;
        const QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(item);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString what = QStringLiteral("%1 \"%2\"")
                                 .arg(QString::fromLatin1(item->metaObject()->className()),
                                      name.isEmpty() ? item->objectName() : name);
        if (name.trimmed().isEmpty()) problems << what + QStringLiteral(": no Accessible.name");
        if (item->height() < kMinTouchTarget || item->width() < kMinTouchTarget)
            problems << what + QStringLiteral(": %1x%2, under %3 px")
                                   .arg(item->width())
                                   .arg(item->height())
                                   .arg(kMinTouchTarget);
    }
    return problems;
}

/// The header row of a scenario CSV with every column.
constexpr const char* kImportHeader =
    "inject,offset,unit,title,instructions,expected action,priority,deadline,delivery note,controller note\n";

QUrl writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) return QUrl();
    return QUrl::fromLocalFile(file.fileName());
}

/// A second window of the app on a fresh data folder (no keystore: the
/// sign-in page asks for a new PIN), signed in to `server` as `login`.
struct AppWindow {
    AppWindow(LanguageController& language, const QString& server, const QString& login) {
        engine.addImportPath(QStringLiteral("qrc:/"));
        language.addEngine(&engine);
        engine.setInitialProperties({{QStringLiteral("serverUrl"), server},
                                     {QStringLiteral("login"), login},
                                     {QStringLiteral("dataDir"), data.path()}});
        engine.load(QUrl(QStringLiteral("qrc:/Muster/Main.qml")));
        if (!engine.rootObjects().isEmpty()) window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    }
    ~AppWindow() {
        if (window) window->close();
    }
    AppWindow(const AppWindow&) = delete;
    AppWindow& operator=(const AppWindow&) = delete;

    /// Types the password and a new PIN, twice, and signs in; true once signed in.
    bool signIn(const QString& password) {
        if (!window) return false;
        auto* controller = window->findChild<SessionController*>(QStringLiteral("sessionController"));
        QObject* field = window->findChild<QObject*>(QStringLiteral("passwordField"));
        QObject* button = window->findChild<QObject*>(QStringLiteral("signInButton"));
        if (!controller || !field || !button) return false;
        field->setProperty("text", password);
        for (const char* name : {"newPinField", "repeatPinField"})
            if (QObject* pin = window->findChild<QObject*>(QLatin1String(name))) pin->setProperty("text", QStringLiteral("135790"));
        QMetaObject::invokeMethod(button, "clicked");
        return QTest::qWaitFor([controller] { return controller->signedIn(); }, 15000);
    }

    /// The account's SyncStatus (online, pending, state, …).
    QObject* status() const {
        QObject* session = window->findChild<QObject*>(QStringLiteral("accountSession"));
        return session ? session->property("syncStatus").value<QObject*>() : nullptr;
    }

    QTemporaryDir data;
    QQmlApplicationEngine engine;
    QQuickWindow* window = nullptr;
};

}  // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        failOnQmlErrors();  // loading Main.qml
        QVERIFY(m_language.setSessionLanguage(QStringLiteral("en")));
        m_textScale.setFactor(1.0);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(QDir().mkpath(QStringLiteral(MUSTER_SCREENSHOT_DIR)));
        QVERIFY(m_server.isListening());
        muster::app::LogDraft::setPositionSourceFactory(
            [](QObject* parent) { return new muster::test::FixedPositionSource(51.50735, -0.12776, 9, parent); });
        // No keystore on a test machine: the PIN store, set up by seedAccount, so
        // the app starts on the unlock page.
        qputenv("MUSTER_SECRET_STORE", "pin");
        seedAccount();
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_language.addEngine(&m_engine);
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

    /// QML errors reach the log only as warnings: each one fails the test it happens in.
    static void failOnQmlErrors() {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("Cyclic dependency|ReferenceError|TypeError|is not a type|Unable to assign|Binding loop")));
    }
    void init() { failOnQmlErrors(); }

    /// The PIN page first (the device's data is locked), a wrong PIN, then the right one.
    void unlockPage() {
        QObject* unlock = m_window->findChild<QObject*>(QStringLiteral("unlockPage"));
        QVERIFY(unlock);
        shoot(QStringLiteral("unlock"), kPhone);
        shoot(QStringLiteral("unlock"), kDesktop);
        QObject* pin = m_window->findChild<QObject*>(QStringLiteral("pinField"));
        QVERIFY(pin);
        QVERIFY(pin->setProperty("text", QStringLiteral("111111")));
        QVERIFY(QMetaObject::invokeMethod(unlock, "submit"));
        QObject* keys = m_window->findChild<QObject*>(QStringLiteral("deviceKeys"));
        QVERIFY(keys);
        QTRY_COMPARE(keys->property("errorText").toString(), QStringLiteral("Wrong PIN. Try again."));
        shoot(QStringLiteral("unlock-error"), kPhone);
        shoot(QStringLiteral("unlock-error"), kDesktop);
        // "Forgot your PIN?" asks before erasing anything; "Try the PIN again" goes back.
        QVERIFY(unlock->setProperty("confirmingErase", true));
        QTRY_VERIFY(m_window->findChild<QObject*>(QStringLiteral("eraseButton"))->property("visible").toBool());
        shoot(QStringLiteral("unlock-forgot"), kPhone);
        shoot(QStringLiteral("unlock-forgot"), kDesktop);
        QVERIFY(unlock->setProperty("confirmingErase", false));
        QVERIFY(pin->setProperty("text", QString::fromLatin1(kPin)));
        QVERIFY(QMetaObject::invokeMethod(unlock, "submit"));
        QTRY_VERIFY(!keys->property("locked").toBool());
        QObject* stack = m_window->findChild<QObject*>(QStringLiteral("stack"));
        QVERIFY(stack);
        QTRY_VERIFY(!m_window->findChild<QObject*>(QStringLiteral("unlockPage")));  // gone: the sign-in page
        QTRY_VERIFY(!stack->property("busy").toBool());
        QVERIFY(m_window->findChild<QObject*>(QStringLiteral("passwordField")));
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

    void loginPageWithAnUnknownCertificate() {
        // The real server with a self-signed certificate: the fingerprint to compare.
        QTemporaryDir root;
        const QString cert = root.filePath(QStringLiteral("cert.pem"));
        const QString key = root.filePath(QStringLiteral("key.pem"));
        QVERIFY(!muster::test::makeSelfSignedCertificate(cert, key).isEmpty());
        muster::test::MusterServerProcess server(root.path());
        QVERIFY2(server.seedDemo(), qPrintable(server.errorText()));
        server.setServeArgs({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        m_controller->setServerUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        m_controller->signIn(QStringLiteral("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->busy(), 10000);
        QCOMPARE(m_controller->offeredFingerprint().size(), 95);
        shoot(QStringLiteral("login-certificate"), kPhone);
        shoot(QStringLiteral("login-certificate"), kDesktop);
        shoot(QStringLiteral("login-certificate"), kPhoneFullLength);
        // The settings shots show a trusted certificate's row: this one, as if
        // trusted for the (plain, fake) server the pages below are read from.
        const auto certificate = QSslCertificate::fromPath(cert);
        QCOMPARE(certificate.size(), 1);
        muster::app::CertificateTrust::trust(QDir(m_dataDir.path()).filePath(QStringLiteral("settings.ini")),
                                             QUrl(m_server.url()), certificate.front());
    }

    void homePage() {
        m_controller->setServerUrl(m_server.url());
        QSignalSpy signedIn(m_controller, &SessionController::signedInChanged);
        m_controller->signIn(QStringLiteral("secret"));
        QVERIFY(signedIn.wait(10000));
        QVERIFY(m_controller->signedIn());
        shoot(QStringLiteral("home"), kDesktop);
        shoot(QStringLiteral("home"), kPhone);
        checkBottomNavigation(QStringLiteral("home"));
    }

    /// The task list, a drill task's detail and the refused changes, filled
    /// from a real store (written below) and synced with the fake server.
    void taskPages() {
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home);
        QObject* status = m_window->findChild<QObject*>(QStringLiteral("accountSession"))
                              ->property("syncStatus").value<QObject*>();
        QTRY_COMPARE_WITH_TIMEOUT(status->property("state").toString(), QStringLiteral("idle"), 10000);
        QTRY_COMPARE(status->property("rejectedCount").toInt(), 1);
        shoot(QStringLiteral("tasks"), kPhone);
        shoot(QStringLiteral("tasks"), kDesktop);
        // The notice after a server restored from a backup (set as the sync worker's report would).
        auto* syncStatus = qobject_cast<muster::app::SyncStatus*>(status);
        QVERIFY(syncStatus);
        syncStatus->setServerRestored();
        QTRY_VERIFY(visibleItem(*m_window, QStringLiteral("serverRestoredBanner")) != nullptr);
        shoot(QStringLiteral("server-restored"), kPhone);
        shoot(QStringLiteral("server-restored"), kDesktop);
        QMetaObject::invokeMethod(visibleItem(*m_window, QStringLiteral("serverRestoredOkButton")), "clicked");
        QTRY_VERIFY(visibleItem(*m_window, QStringLiteral("serverRestoredBanner")) == nullptr);
        QVERIFY(!syncStatus->serverRestored());
        showTask(QString::fromStdString(m_keys.gauges));
        shoot(QStringLiteral("task-detail"), kPhone);
        shoot(QStringLiteral("task-detail"), kDesktop);
        shoot(QStringLiteral("task-detail"), kPhoneFullLength);  // the whole timeline: a photo and a location
        shootLogSheet(QString(), true);
        showTask({});
        QVERIFY(home->setProperty("tab", 1));
        // The refusal in the app's words (the server's English below it).
        QQuickItem* reason = nullptr;
        QTRY_VERIFY((reason = visibleItem(*m_window, QStringLiteral("rejectedReason"))) != nullptr);
        QCOMPARE(reason->property("text").toString(), QStringLiteral("Refused: This account may not make this change."));
        QCOMPARE(visibleItem(*m_window, QStringLiteral("rejectedChanges"))->property("text").toString(),
                 QStringLiteral("Status: Done"));
        shoot(QStringLiteral("rejected"), kPhone);
        shoot(QStringLiteral("rejected"), kDesktop);
        // A full disk, as the sync worker reports it (syncworker_test makes it
        // happen). The worker is paused first, so no sync ending meanwhile (the
        // task view's `opened` entry) overwrites the state before the shots.
        auto* session = qobject_cast<muster::app::AccountSession*>(
            m_window->findChild<QObject*>(QStringLiteral("accountSession")));
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(syncStatus->pending(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(syncStatus->state(), QStringLiteral("idle"), 10000);
        session->setApplicationState(Qt::ApplicationSuspended);
        syncStatus->setState(QStringLiteral("storage_full"),
                             QCoreApplication::translate("muster::app::SyncWorker",
                                                         "This device's storage is full: what the server sent "
                                                         "cannot be stored. Free some space; nothing waiting to be "
                                                         "sent is lost, and syncing goes on by itself."));
        QTRY_VERIFY(visibleItem(*m_window, QStringLiteral("syncErrorText")) != nullptr);
        QCOMPARE(visibleItem(*m_window, QStringLiteral("syncStateText"))->property("text").toString(),
                 QStringLiteral("Waiting for free space on this device; trying again soon."));
        shoot(QStringLiteral("sync-storage-full"), kPhone);
        // At phone width the error line wraps and the list's header grows: the
        // page still shows its top, the state line (ListView alone would not).
        QQuickItem* list = visibleItem(*m_window, QStringLiteral("rejectedList"));
        QQuickItem* stateLine = visibleItem(*m_window, QStringLiteral("syncStateText"));
        QVERIFY(list && stateLine);
        QVERIFY2(stateLine->mapToItem(list, QPointF(0, 0)).y() >= 0,
                 qPrintable(QString::number(stateLine->mapToItem(list, QPointF(0, 0)).y())));
        shoot(QStringLiteral("sync-storage-full"), kDesktop);
        QCOMPARE(syncStatus->state(), QStringLiteral("storage_full"));  // what the shots show
        syncStatus->setState(QStringLiteral("idle"), QString());
        session->setApplicationState(Qt::ApplicationActive);
        // "Open task" goes to the task the refused change was about.
        QQuickItem* open = visibleItem(*m_window, QStringLiteral("openRefusedTaskButton"));
        QVERIFY(open);
        QVERIFY(QMetaObject::invokeMethod(open, "clicked"));
        QTRY_COMPARE(home->property("tab").toInt(), 0);
        QVERIFY(!home->property("selectedKey").toString().isEmpty());
        showTask({});
        QVERIFY(home->setProperty("tab", 0));
    }

    /// The coordinator's pages: a new task being written, the dashboard (also
    /// its whole length on a phone), the conflicts and the settings.
    void coordinatorPages() {
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home);
        QVERIFY(home->property("isCoordinator").toBool());
        QVERIFY(home->setProperty("creating", true));
        QObject* title = m_window->findChild<QObject*>(QStringLiteral("newTaskTitle"));
        QVERIFY(title);
        QVERIFY(title->setProperty("text", QStringLiteral("Check the pumps at Mill Street")));
        shoot(QStringLiteral("new-task"), kPhone);
        shoot(QStringLiteral("new-task"), kDesktop);
        QVERIFY(title->setProperty("text", QString()));
        QVERIFY(home->setProperty("creating", false));

        // "Change…" on a task: the same form, filled with the task's values.
        showTask(QString::fromStdString(m_keys.gauges));
        QObject* change = m_window->findChild<QObject*>(QStringLiteral("editTaskButton"));
        QVERIFY(change && change->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(change, "clicked"));
        QTRY_VERIFY(home->property("creating").toBool());
        QCOMPARE(home->property("editingKey").toString(), QString::fromStdString(m_keys.gauges));
        QTRY_VERIFY(!title->property("text").toString().isEmpty());
        QCOMPARE(m_window->findChild<QObject*>(QStringLiteral("createTaskButton"))->property("text").toString(),
                 QStringLiteral("Save changes"));
        shoot(QStringLiteral("change-task"), kPhone);
        shoot(QStringLiteral("change-task"), kDesktop);
        QVERIFY(home->setProperty("creating", false));
        QVERIFY(home->setProperty("editingKey", QString()));
        showTask({});
        shootCoordinatorTabs(QString(), true);
        shootEndDrillConfirmation();
        QVERIFY(home->setProperty("tab", 0));
    }

    /// The drill's after-action report (the golden report of the scripted
    /// drill, as a server answers it) and a scenario import: a broken file's
    /// problems, then a clean file ready to import.
    void drillReportAndImport() {
        QFile golden(QStringLiteral(MUSTER_SOURCE_DIR "/tests/data/reports/scripted_drill.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        // The golden report is of the scripted drill; served for the sample
        // drill, it names that drill, as the server's answer would.
        nlohmann::json body = nlohmann::json::parse(golden.readAll().toStdString());
        body["overview"]["drill"] = m_keys.drill;
        body["overview"]["title"] = "Flood response drill";
        m_server.setResponse("/v1/drills/" + QByteArray::fromStdString(m_keys.drill) + "/report",
                             FakeMusterServer::json(200, QByteArray::fromStdString(body.dump())));
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home);
        QVERIFY(home->setProperty("tab", 5));
        QVERIFY(home->setProperty("selectedDrill", QString::fromStdString(m_keys.drill)));
        QVERIFY(home->setProperty("drillMode", QStringLiteral("report")));
        QObject* report = m_window->findChild<QObject*>(QStringLiteral("drillReportController"));
        QVERIFY(report);
        QTRY_VERIFY2(!report->property("report").toMap().isEmpty(), qPrintable(report->property("errorText").toString()));
        QCOMPARE(report->property("errorText").toString(), QString());
        // The timeline is on the page too, one row per logged entry.
        QQuickItem* timeline = m_window->findChild<QQuickItem*>(QStringLiteral("reportTimeline"));
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->isVisible());
        const int entries = static_cast<int>(report->property("report").toMap().value(QStringLiteral("timeline")).toList().size());
        QVERIFY(entries > 0);
        QObject* rows = timeline->findChild<QObject*>(QStringLiteral("reportTimelineRows"));
        QVERIFY(rows);
        QCOMPARE(rows->property("count").toInt(), std::min(entries, 200));
        shoot(QStringLiteral("drill-report"), kPhone);
        shoot(QStringLiteral("drill-report"), kDesktop);
        shoot(QStringLiteral("drill-report"), kPhoneFullLength);
        // Its end: the timeline.
        m_window->resize(kPhone);
        QObject* flick = m_window->findChild<QObject*>(QStringLiteral("reportFlick"));
        QVERIFY(flick);
        QTRY_VERIFY(flick->property("height").toDouble() < kPhone.height());
        QVERIFY(flick->setProperty("contentY", flick->property("contentHeight").toDouble() - flick->property("height").toDouble()));
        shoot(QStringLiteral("drill-report-timeline"), kPhone);
        QVERIFY(flick->setProperty("contentY", 0.0));

        shootImportProblems(QString());
        bool ready = false;
        loadScenario(QByteArray("# title: Storm drill\n# prestage: yes\n") + kImportHeader +
                         "1,+00:00,north,Check the pumps,Both pumps at Mill Street.,Pumps checked.,high,10m,Radio,\n"
                         "2,1h30m,north,Open the rest centre,Open the school hall.,Hall open.,critical,20m,Phone,\n",
                     ready);
        QVERIFY(ready);
        shoot(QStringLiteral("import-ready"), kPhone);
        shoot(QStringLiteral("import-ready"), kDesktop);
        QVERIFY(home->setProperty("drillMode", QString()));
        QVERIFY(home->setProperty("selectedDrill", QString()));
        QVERIFY(home->setProperty("tab", 0));
    }

    /// Signing out with a change still on the device (the refused one) asks
    /// first, saying what happens to it; "Stay signed in" keeps the session.
    void signOutWarning() {
        QObject* button = m_window->findChild<QObject*>(QStringLiteral("signOutButton"));
        QObject* dialog = m_window->findChild<QObject*>(QStringLiteral("signOutDialog"));
        QVERIFY(button);
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        // The refused change is kept, not "sent when you sign in again" (it would be refused again).
        QCOMPARE(dialog->property("title").toString(), QStringLiteral("Refused changes kept"));
        QVERIFY(visibleItem(*m_window, QStringLiteral("signOutPendingText")) == nullptr);
        auto* refused = visibleItem(*m_window, QStringLiteral("signOutRefusedText"));
        QVERIFY(refused);
        QVERIFY(refused->property("text").toString().startsWith(QStringLiteral("1 change the server refused")));
        shoot(QStringLiteral("sign-out-warning"), kPhone);
        shoot(QStringLiteral("sign-out-warning"), kDesktop);
        auto* stay = m_window->findChild<QQuickItem*>(QStringLiteral("staySignedInButton"));
        QVERIFY(stay);
        QTest::mouseClick(m_window, Qt::LeftButton, {},
                          stay->mapToScene(QPointF(stay->width() / 2, stay->height() / 2)).toPoint());
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(m_controller->signedIn());
        QVERIFY(m_window->findChild<QObject*>(QStringLiteral("accountSession"))->property("isOpen").toBool());
    }

    /// The reusable pieces side by side, for review.
    void components() { shootComponents(QStringLiteral("components"), QSize(390, 480)); }

    /// The evaluator's observation sheet, a rating chosen.
    void observationSheet() {
        QQmlComponent component(&m_engine);
        component.setData(R"(
            import QtQuick
            import Muster
            Window {
                color: Theme.background
                visible: true
                ObservationSheet {
                    objectName: "sheet"
                    visible: true
                    taskTitle: "Report river gauge readings"
                    inject: 1
                    expectedAction: "Both gauge levels reported to control within 15 minutes, with the time read."
                }
            })",
                          QUrl(QStringLiteral("qrc:/screenshot/ObservationSheet.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto* window = qobject_cast<QQuickWindow*>(object.get());
        QVERIFY(window);
        QObject* sheet = window->findChild<QObject*>(QStringLiteral("sheet"));
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->property("opened").toBool());  // opening clears the form
        QVERIFY(sheet->setProperty("rating", QStringLiteral("S")));
        QVERIFY(window->findChild<QObject*>(QStringLiteral("observationText"))
                    ->setProperty("text", QStringLiteral("Radio check calm, but the relay to the south sector took 6 min.")));
        shoot(*window, QStringLiteral("observation-sheet"), kPhone);
        shoot(*window, QStringLiteral("observation-sheet"), kDesktop);
    }

    /// Every page again in Vietnamese and Spanish, and each language at 200 % text.
    void otherLanguagesAndLargeText_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::newRow("vi") << "vi" << 1.0;
        QTest::newRow("es") << "es" << 1.0;
        QTest::newRow("en-font200") << "en" << 2.0;
        QTest::newRow("vi-font200") << "vi" << 2.0;
        QTest::newRow("es-font200") << "es" << 2.0;
    }
    void otherLanguagesAndLargeText() {
        QFETCH(QString, language);
        QFETCH(double, scale);
        const QString suffix = QString::fromLatin1(QTest::currentDataTag());
        if (m_controller->signedIn()) {
            m_controller->signOut();
            QTRY_VERIFY(!m_controller->signedIn());
        }
        m_controller->clearError();
        m_controller->setServerUrl(QStringLiteral("https://muster.example.org"));
        QVERIFY(m_language.setSessionLanguage(language));
        m_textScale.setFactor(scale);

        shoot(QStringLiteral("login-") + suffix, kPhone);
        shoot(QStringLiteral("login-") + suffix, kDesktop);
        if (scale > 1) shoot(QStringLiteral("login-") + suffix, kPhoneFullLength);

        for (QObject* password : m_window->findChildren<QObject*>(QStringLiteral("passwordField")))
            password->setProperty("text", QStringLiteral("secret"));
        m_controller->setServerUrl(
            QStringLiteral("http://127.0.0.1:%1").arg(muster::test::closedPort()));
        m_controller->signIn(QStringLiteral("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->busy(), 10000);
        const QString unreachable = QCoreApplication::translate(
            "SessionController", "Can't reach the server. Check the address and your connection.");
        QCOMPARE(m_controller->errorText(), unreachable);
        if (language != QLatin1String("en"))
            QVERIFY(!unreachable.startsWith(QLatin1String("Can't")));  // really translated
        shoot(QStringLiteral("login-error-") + suffix, kPhone);
        if (scale > 1) shoot(QStringLiteral("login-error-") + suffix, kPhoneFullLength);

        m_controller->setServerUrl(m_server.url());
        QSignalSpy signedIn(m_controller, &SessionController::signedInChanged);
        m_controller->signIn(QStringLiteral("secret"));
        QVERIFY(signedIn.wait(10000));
        QVERIFY(m_controller->signedIn());
        shoot(QStringLiteral("home-") + suffix, kPhone);
        checkBottomNavigation(QStringLiteral("home-") + suffix);
        shoot(QStringLiteral("home-") + suffix, kDesktop);
        showTask(QString::fromStdString(m_keys.gauges));
        shoot(QStringLiteral("task-detail-") + suffix, kPhone);
        shoot(QStringLiteral("task-detail-") + suffix, kDesktop);
        shoot(QStringLiteral("task-detail-") + suffix, kPhoneFullLength);
        shootLogSheet(QLatin1Char('-') + suffix, false);
        showTask({});
        shootCoordinatorTabs(QLatin1Char('-') + suffix, false);
        QVERIFY(m_window->findChild<QObject*>(QStringLiteral("homePage"))->setProperty("tab", 0));

        shootImportProblems(QLatin1Char('-') + suffix);
        QVERIFY(m_window->findChild<QObject*>(QStringLiteral("homePage"))->setProperty("drillMode", QString()));
        QVERIFY(m_window->findChild<QObject*>(QStringLiteral("homePage"))->setProperty("tab", 0));

        shootComponents(QStringLiteral("components-") + suffix, QSize(390, scale > 1 ? 760 : 480));
    }

    /// A first start with no keystore: the sign-in page also asks for a new
    /// PIN; and the page after a remote wipe, saying why.
    void loginPageWithANewPin() {
        QVERIFY(m_language.setSessionLanguage(QStringLiteral("en")));
        m_textScale.setFactor(1.0);
        QTemporaryDir fresh;
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        m_language.addEngine(&engine);
        engine.setInitialProperties({
            {QStringLiteral("serverUrl"), QStringLiteral("https://muster.example.org")},
            {QStringLiteral("login"), QStringLiteral("a.okafor")},
            {QStringLiteral("dataDir"), fresh.path()},
        });
        engine.load(QUrl(QStringLiteral("qrc:/Muster/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QObject* newPin = window->findChild<QObject*>(QStringLiteral("newPinField"));
        QVERIFY(newPin);
        QVERIFY(newPin->property("visible").toBool());
        shoot(*window, QStringLiteral("login-new-pin"), kPhone);
        shoot(*window, QStringLiteral("login-new-pin"), kDesktop);
        shoot(*window, QStringLiteral("login-new-pin"), kPhoneFullLength);
        QObject* password = window->findChild<QObject*>(QStringLiteral("passwordField"));
        QVERIFY(password->setProperty("text", QStringLiteral("secret")));
        QVERIFY(newPin->setProperty("text", QStringLiteral("123456")));
        QVERIFY(window->findChild<QObject*>(QStringLiteral("repeatPinField"))->setProperty("text", QStringLiteral("123465")));
        QObject* login = window->findChild<QObject*>(QStringLiteral("signInButton"));
        QVERIFY(QMetaObject::invokeMethod(login, "clicked"));
        QTRY_COMPARE(window->findChild<QObject*>(QStringLiteral("deviceKeys"))->property("errorText").toString(),
                     QStringLiteral("The two PINs are not the same. Type the same PIN twice."));
        shoot(*window, QStringLiteral("login-new-pin-error"), kPhone);
        // After a remote wipe: the notice above the form (set here as AccountSession would).
        QObject* notice = window->findChild<QObject*>(QStringLiteral("noticeBox"));
        QVERIFY(notice);
        QVERIFY(notice->setProperty(
            "text", QStringLiteral("An administrator erased Muster's data on this device (reason: Phone reported lost "
                                   "on exercise). 2 changes made on this device had not reached the server and are "
                                   "lost. Sign in again to keep working.")));
        shoot(*window, QStringLiteral("login-after-wipe"), kPhone);
        shoot(*window, QStringLiteral("login-after-wipe"), kDesktop);
        window->close();
    }

    /// The other roles' screens, against the real server's demo data: a
    /// member's tasks, the same member offline with changes waiting, an
    /// evaluator's home, task and drill pages, and a member whose unit has no
    /// tasks yet.
    void otherRolesAgainstARealServer() {
        QVERIFY(m_language.setSessionLanguage(QStringLiteral("en")));
        m_textScale.setFactor(1.0);
        QTemporaryDir root;
        muster::test::MusterServerProcess server(root.path());
        QVERIFY2(server.seedDemo(), qPrintable(server.errorText()));
        QVERIFY2(server.admin({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                               QStringLiteral("east"), QStringLiteral("--name"), QStringLiteral("East Sector"),
                               QStringLiteral("--parent"), QStringLiteral("hq")}),
                 qPrintable(server.errorText()));
        QString added;
        QVERIFY2(server.admin({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--login"),
                               QStringLiteral("erin"), QStringLiteral("--name"), QStringLiteral("Erin Walsh"),
                               QStringLiteral("--unit"), QStringLiteral("east"), QStringLiteral("--role"),
                               QStringLiteral("member")},
                              &added),
                 qPrintable(server.errorText()));
        const auto generated = QRegularExpression(QStringLiteral("password for erin: (\\S+)")).match(added);
        QVERIFY2(generated.hasMatch(), qPrintable(added));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        {  // The coordinator starts the demo drill: its first inject reaches north.
            muster::test::AppInstall coordinator;
            QVERIFY(coordinator.signIn(server.url(), QStringLiteral("coord")));
            muster::app::DrillController drill;
            drill.setSession(&coordinator.session);
            QCOMPARE(drill.drills().size(), 1);
            drill.setDrillKey(drill.drills().constFirst().toMap().value(QStringLiteral("key")).toString());
            QVERIFY2(drill.control(QStringLiteral("start")), qPrintable(drill.errorText()));
            QVERIFY(coordinator.synced());
        }

        {  // A member: their unit's tasks and the drill's; then offline, the step they took waiting.
            AppWindow app(m_language, server.url(), QStringLiteral("alice"));
            QVERIFY(app.signIn(QString::fromLatin1(muster::test::MusterServerProcess::kDemoPassword)));
            QObject* home = app.window->findChild<QObject*>(QStringLiteral("homePage"));
            QVERIFY(home);
            QVERIFY(!home->property("isCoordinator").toBool());
            QObject* model = app.window->findChild<QObject*>(QStringLiteral("taskListModel"));
            QVERIFY(model);
            QTRY_VERIFY(model->property("count").toInt() > 0);
            shoot(*app.window, QStringLiteral("member-home"), kPhone);
            shoot(*app.window, QStringLiteral("member-home"), kDesktop);
            QVERIFY(server.stop());
            QString key;
            QVERIFY(QMetaObject::invokeMethod(model, "keyAt", Q_RETURN_ARG(QString, key), Q_ARG(int, 0)));
            QVERIFY(home->setProperty("selectedKey", key));
            QQuickItem* action = nullptr;  // the task's next step: acknowledge, start or done
            QTRY_VERIFY((action = visibleItem(*app.window, QStringLiteral("action_acknowledge"))) ||
                        (action = visibleItem(*app.window, QStringLiteral("action_start"))) ||
                        (action = visibleItem(*app.window, QStringLiteral("action_done"))));
            const int before = app.status()->property("pending").toInt();
            QVERIFY(QMetaObject::invokeMethod(action, "clicked"));
            QTRY_COMPARE(app.status()->property("pending").toInt(), before + 1);
            QTRY_VERIFY_WITH_TIMEOUT(!app.status()->property("online").toBool(), 15000);
            QVERIFY(home->setProperty("selectedKey", QString()));
            shoot(*app.window, QStringLiteral("member-offline"), kPhone);
            shoot(*app.window, QStringLiteral("member-offline"), kDesktop);
            QVERIFY2(server.start(server.port()), qPrintable(server.errorText()));
            QTRY_COMPARE_WITH_TIMEOUT(app.status()->property("pending").toInt(), 0, 30000);
        }
        {  // An evaluator: the drills of their unit's subtree.
            AppWindow app(m_language, server.url(), QStringLiteral("eva"));
            QVERIFY(app.signIn(QString::fromLatin1(muster::test::MusterServerProcess::kDemoPassword)));
            QTRY_COMPARE_WITH_TIMEOUT(app.status()->property("state").toString(), QStringLiteral("idle"), 10000);
            // Nothing is assigned to an evaluator: the list starts on every task they see, the drill's.
            QObject* model = app.window->findChild<QObject*>(QStringLiteral("taskListModel"));
            QVERIFY(model);
            QCOMPARE(model->property("scope").toString(), QStringLiteral("unit"));
            QTRY_VERIFY(model->property("count").toInt() > 0);
            shoot(*app.window, QStringLiteral("evaluator-home"), kPhone);
            shoot(*app.window, QStringLiteral("evaluator-home"), kDesktop);
            // A task's page: the observation button, no status actions (an evaluator changes no task).
            QString key;
            QVERIFY(QMetaObject::invokeMethod(model, "keyAt", Q_RETURN_ARG(QString, key), Q_ARG(int, 0)));
            QVERIFY(app.window->findChild<QObject*>(QStringLiteral("homePage"))->setProperty("selectedKey", key));
            QTRY_VERIFY(visibleItem(*app.window, QStringLiteral("addObservationButton")) != nullptr);
            QVERIFY(visibleItem(*app.window, QStringLiteral("actions")) == nullptr);
            shoot(*app.window, QStringLiteral("evaluator-task"), kPhone);
            shoot(*app.window, QStringLiteral("evaluator-task"), kDesktop);
            // The Drills tab: the clock and the injects, no controls; a tap on a released inject opens its task.
            QObject* home = app.window->findChild<QObject*>(QStringLiteral("homePage"));
            QVERIFY(home->setProperty("selectedKey", QString()));
            QVERIFY(home->setProperty("tab", 5));
            QObject* drills = app.window->findChild<QObject*>(QStringLiteral("drillController"));
            QVERIFY(drills);
            QTRY_COMPARE(drills->property("drills").toList().size(), 1);
            QVERIFY(home->setProperty("selectedDrill", drills->property("drills").toList().constFirst().toMap()
                                                            .value(QStringLiteral("key")).toString()));
            QTRY_VERIFY(visibleItem(*app.window, QStringLiteral("drillClock")) != nullptr);
            QVERIFY(visibleItem(*app.window, QStringLiteral("drillControls")) == nullptr);
            QVERIFY(visibleItem(*app.window, QStringLiteral("drillReportButton")) == nullptr);
            QVERIFY(visibleItem(*app.window, QStringLiteral("importScenarioButton")) == nullptr);
            QVERIFY(visibleItem(*app.window, QStringLiteral("commsCheckButton")) == nullptr);
            checkBottomNavigation(*app.window, QStringLiteral("evaluator-drill"), 4, false);
            shoot(*app.window, QStringLiteral("evaluator-drill"), kPhone);
            shoot(*app.window, QStringLiteral("evaluator-drill"), kDesktop);
            QQuickItem* released = nullptr;
            for (QQuickItem* inject : visibleItems(*app.window, QStringLiteral("injectDelegate")))
                if (!released && inject->property("canOpen").toBool()) released = inject;
            QVERIFY2(released, "no released inject on the drill page");
            const QString injectKey = released->property("key").toString();
            QTest::mouseClick(app.window, Qt::LeftButton, {}, released->mapToScene(QPointF(24, 12)).toPoint());
            QTRY_COMPARE(home->property("tab").toInt(), 0);
            QCOMPARE(home->property("selectedKey").toString(), injectKey);
        }
        {  // A member of a unit with no tasks: the empty list says so.
            AppWindow app(m_language, server.url(), QStringLiteral("erin"));
            QVERIFY(app.signIn(generated.captured(1)));
            QTRY_COMPARE_WITH_TIMEOUT(app.status()->property("state").toString(), QStringLiteral("idle"), 10000);
            QTRY_VERIFY(visibleItem(*app.window, QStringLiteral("emptyState")) != nullptr);
            shoot(*app.window, QStringLiteral("member-empty"), kPhone);
            shoot(*app.window, QStringLiteral("member-empty"), kDesktop);
        }
    }

    void cleanupTestCase() {
        m_textScale.setFactor(1.0);
        QVERIFY(m_language.setSessionLanguage(QStringLiteral("en")));
    }

  private:
    /// The account's store as an earlier session left it: synced data plus one
    /// change the (fake) server will refuse, and "last looked" 30 min ago.
    void seedAccount() {
        const qint64 now = muster::SystemClock::instance().now_ms();
        const QString path = muster::app::accountDatabasePath(m_dataDir.path(), QUrl(m_server.url()),
                                                              QStringLiteral("a.okafor"));
        {
            muster::app::DeviceKeys keys;
            keys.setDataDir(m_dataDir.path());
            keys.useBackend(muster::app::DeviceKeys::Backend::Pin);
            keys.setPinCost(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
            QVERIFY(keys.choosePin(QString::fromLatin1(kPin), QString::fromLatin1(kPin)));
            const auto key = keys.databaseKey(path, true);
            QVERIFY(key);
            auto store = muster::app::openAccountStore(path, muster::SystemClock::instance(), *key);
            QVERIFY(store);
            QVERIFY(muster::test::seedSampleData(*store, now, m_keys));
            QVERIFY(seedDrillExtras(*store, now));
            QVERIFY(store->write_set(muster::EntityType::task, m_keys.drains, {{"status", "done"}}));
        }
        muster::app::saveLastLookedAt(QDir(m_dataDir.path()).filePath(QStringLiteral("settings.ini")),
                                      QStringLiteral("127.0.0.1-a.okafor"), now - 30 * 60 * 1000);
        const std::string drains = m_keys.drains;
        m_server.setHandler("/v1/sync", [drains](const FakeMusterServer::Request& request) {
            auto json = muster::parse_strict(request.body.toStdString());
            auto decoded = json ? muster::decode_sync_request(*json)
                                : muster::Result<muster::DecodedSyncRequest>(json.error());
            if (!decoded) return FakeMusterServer::error(400, "bad_request", "Bad sync request.");
            const std::optional<muster::Error> refused(std::in_place, muster::ErrorCode::forbidden,
                                                       std::string("Members can't change tasks of another unit."));
            muster::SyncResponse response;
            for (const auto& op : decoded->request.ops) {
                const bool refuse = op.key == drains;
                response.acks.push_back(muster::Ack{op.id, refuse ? muster::AckStatus::rejected : muster::AckStatus::applied,
                                                    refuse ? refused : std::nullopt});
            }
            response.cursor = std::to_string(100);
            response.server_time_ms = muster::SystemClock::instance().now_ms();
            return FakeMusterServer::json(
                200, QByteArray::fromStdString(muster::encode_sync_response(response).dump()));
        });
    }

    /// For the drill page and the timeline: inject 2 past its deadline and still
    /// open (missed), a comms check 3 min ago that one colleague's device
    /// answered, and an evaluator's rated observation on inject 1.
    bool seedDrillExtras(muster::Store& store, qint64 now) {
        constexpr qint64 kMinute = 60'000;
        const qint64 start = now - 40 * kMinute;
        const qint64 asked = now - 3 * kMinute;
        const std::string evaluator = "5b0c1e2a-0000-4000-8000-0000000000e1";
        muster::SyncResponse r;
        std::int64_t seq = 500;
        auto add = [&](muster::EntityType type, const std::string& key, const nlohmann::json& plain, qint64 at) {
            r.changes.push_back(muster::test::serverChange(type, key, plain, at, ++seq));
        };
        add(muster::EntityType::task, m_routeB,
            {{"title", "Check evacuation route B"},
             {"instructions", "Drive route B from the school to the sports hall and report any blockage."},
             {"unit", m_keys.unit}, {"priority", "normal"}, {"status", "open"}, {"drill", m_keys.drill},
             {"inject", 2}, {"release_offset_ms", 10 * kMinute}, {"deadline_ms", 15 * kMinute},
             {"expected_action", "Route status reported, blockage at Station Road found."}},
            start - 60 * kMinute);
        add(muster::EntityType::task, m_keys.sandbags,
            {{"expected_action", "Team dispatched and progress logged every 15 minutes."}}, start - 60 * kMinute);
        add(muster::EntityType::drill, m_keys.drill, {{"comms_check_at", asked}}, asked);
        add(muster::EntityType::device, m_keys.colleagueDevice,
            {{"comms_drill", m_keys.drill}, {"comms_check_at", asked}, {"comms_answered_at", asked + 40'000}},
            asked + 40'000);
        add(muster::EntityType::member, evaluator,
            {{"login", "e.varga"}, {"name", "Eva Varga"}, {"unit", m_keys.otherUnit}, {"role", "evaluator"}},
            start - 60 * kMinute);
        add(muster::EntityType::log, "c0000000-0000-4000-8000-0000000000e1",
            {{"task", m_keys.gauges}, {"author", evaluator}, {"kind", "observation"},
             {"text", "Gauge read correctly, but the report reached the coordinator late."}, {"rating", "S"},
             {"at", start + 14 * kMinute}, {"drill_ms", 14 * kMinute}},
            start + 14 * kMinute);
        // A colleague's action with a photo (not on this device: a short
        // hash until opened) and where it was taken.
        add(muster::EntityType::log, "c0000000-0000-4000-8000-0000000000a7",
            {{"task", m_keys.gauges}, {"author", m_keys.colleague}, {"kind", "action"},
             {"text", "Photo of the gauge board at Weir Lane: 3.4 m and rising."},
             {"attachments", {"9f2c1e7b4d5a60c3e8b1f0a2d4c6e8f1a3b5c7d9e0f2a4c6b8d0e2f4a6c8e0b2"}},
             {"location", {{"lat", 51.50735}, {"lon", -0.12776}, {"accuracy_m", 9}}},
             {"at", start + 16 * kMinute}, {"drill_ms", 16 * kMinute}},
            start + 16 * kMinute);
        r.cursor = std::to_string(seq);
        r.server_time_ms = now;
        return static_cast<bool>(store.apply_sync_result(r, now));
    }

    /// Dashboard, conflicts and settings (tabs 3, 4, 2) at phone size, and at
    /// desktop size too when `desktop`; dashboard and settings also at their whole length.
    void shootCoordinatorTabs(const QString& suffix, bool desktop) {
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home);
        const QList<std::pair<int, QString>> tabs{
            {3, QStringLiteral("dashboard")}, {4, QStringLiteral("conflicts")}, {2, QStringLiteral("settings")}};
        for (const auto& [tab, name] : tabs) {
            QVERIFY(home->setProperty("tab", tab));
            if (tab == 3) {  // the figures and devices are read in the background: shoot them, not the progress
                for (const char* objectName : {"dashboardController", "deviceList"}) {
                    QObject* model = m_window->findChild<QObject*>(QLatin1String(objectName));
                    QVERIFY2(model, objectName);
                    QTRY_VERIFY(!model->property("loading").toBool());
                }
            }
            shoot(name + suffix, kPhone);
            if (desktop) shoot(name + suffix, kDesktop);
            if (tab != 4) shoot(name + suffix, kPhoneFullLength);
        }
        // The drills tab: the list, then one drill (also its whole length on a phone).
        QVERIFY(home->setProperty("selectedDrill", QString()));
        QVERIFY(home->setProperty("tab", 5));
        shoot(QStringLiteral("drills") + suffix, kPhone);
        QVERIFY(home->setProperty("selectedDrill", QString::fromStdString(m_keys.drill)));
        QObject* drill = m_window->findChild<QObject*>(QStringLiteral("drillController"));
        QVERIFY(drill);
        QTRY_VERIFY(drill->property("exists").toBool());
        QCOMPARE(drill->property("missedCount").toInt(), 1);
        QObject* commsDevices = m_window->findChild<QObject*>(QStringLiteral("commsDevices"));
        QVERIFY(commsDevices);
        QTRY_VERIFY(!commsDevices->property("loading").toBool());
        shoot(QStringLiteral("drill") + suffix, kPhone);
        if (desktop) shoot(QStringLiteral("drill") + suffix, kDesktop);
        shoot(QStringLiteral("drill") + suffix, kPhoneFullLength);
        QVERIFY(home->setProperty("selectedDrill", QString()));
    }

    /// "End drill" asks first; "Keep running" leaves the drill running.
    void shootEndDrillConfirmation() {
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home->setProperty("tab", 5));
        QVERIFY(home->setProperty("selectedDrill", QString::fromStdString(m_keys.drill)));
        QObject* drill = m_window->findChild<QObject*>(QStringLiteral("drillController"));
        QTRY_VERIFY(drill->property("canEnd").toBool());
        auto* end = m_window->findChild<QQuickItem*>(QStringLiteral("endButton"));
        auto* pause = m_window->findChild<QQuickItem*>(QStringLiteral("pauseButton"));
        auto* resume = m_window->findChild<QQuickItem*>(QStringLiteral("resumeButton"));
        auto* start = m_window->findChild<QQuickItem*>(QStringLiteral("startButton"));
        QVERIFY(end && pause && resume && start);
        QVERIFY(end->isEnabled() && pause->isEnabled() && !resume->isEnabled() && !start->isEnabled());
        QObject* dialog = m_window->findChild<QObject*>(QStringLiteral("endDrillDialog"));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(end, "clicked"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        shoot(QStringLiteral("drill-end-confirm"), kPhone);
        shoot(QStringLiteral("drill-end-confirm"), kDesktop);
        auto* keep = m_window->findChild<QQuickItem*>(QStringLiteral("keepRunningButton"));
        QVERIFY(keep);
        QTest::mouseClick(m_window, Qt::LeftButton, {},
                          keep->mapToScene(QPointF(keep->width() / 2, keep->height() / 2)).toPoint());
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(drill->property("state").toString(), QStringLiteral("running"));
        QVERIFY(home->setProperty("selectedDrill", QString()));
        QVERIFY(home->setProperty("tab", 0));
    }

    /// The "Log action" sheet over the task, a photo chosen and the location
    /// found, on a phone (and a desktop when `desktop`).
    void shootLogSheet(const QString& suffix, bool desktop) {
        QObject* sheet = m_window->findChild<QObject*>(QStringLiteral("logSheet"));
        QVERIFY(sheet);
        QVERIFY(QMetaObject::invokeMethod(sheet, "open"));
        QTRY_VERIFY(sheet->property("opened").toBool());
        QVERIFY(m_window->findChild<QObject*>(QStringLiteral("logTextArea"))
                    ->setProperty("text", QStringLiteral("Gauge board photographed, 3.4 m and rising. Sandbags holding.")));
        QTemporaryDir files;
        QFile photo(files.filePath(QStringLiteral("weir-lane-gauge.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly) && photo.resize(2'400'000));
        photo.close();
        auto* draft = sheet->property("draft").value<QObject*>();
        QVERIFY(draft);
        bool added = false;
        QVERIFY(QMetaObject::invokeMethod(draft, "addFile", Q_RETURN_ARG(bool, added),
                                          Q_ARG(QUrl, QUrl::fromLocalFile(photo.fileName()))));
        QVERIFY(added);
        // A photo from the in-app camera (as PhotoCapture hands it over).
        QImage frame(1600, 1200, QImage::Format_RGB32);
        frame.fill(QColor(60, 110, 150));
        QVERIFY(QMetaObject::invokeMethod(draft, "addPhoto", Q_RETURN_ARG(bool, added), Q_ARG(QImage, frame)));
        QVERIFY(added);
        QTRY_VERIFY(!draft->property("busy").toBool());
        QObject* location = m_window->findChild<QObject*>(QStringLiteral("locationSwitch"));
        QVERIFY(location);
        QVERIFY(QMetaObject::invokeMethod(location, "toggle"));
        QVERIFY(QMetaObject::invokeMethod(location, "toggled"));
        QTRY_COMPARE(draft->property("locationState").toString(), QStringLiteral("fixed"));
        shoot(QStringLiteral("log-sheet") + suffix, kPhone);
        // Nothing sticks out of the sheet (a long translation at 200 % text).
        const auto insideTheSheet = [&](std::initializer_list<const char*> names) {
            for (const char* name : names) {
                auto* item = m_window->findChild<QQuickItem*>(QString::fromLatin1(name));
                auto* sheetItem = qobject_cast<QQuickItem*>(sheet->property("contentItem").value<QObject*>());
                QVERIFY(item && sheetItem);
                const QRectF inWindow = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                const QRectF content = sheetItem->mapRectToScene(QRectF(0, 0, sheetItem->width(), sheetItem->height()));
                QVERIFY2(inWindow.right() <= content.right() + 0.5,
                         qPrintable(QStringLiteral("%1%2: %3 ends at %4, the sheet's content at %5 (sheet width %6)")
                                        .arg(QStringLiteral("log-sheet"), suffix, QString::fromLatin1(name))
                                        .arg(inWindow.right()).arg(content.right())
                                        .arg(sheet->property("width").toDouble())));
            }
        };
        insideTheSheet({"logSaveButton", "logTextArea", "locationSwitch"});
        if (QTest::currentTestFailed()) return;
        // The camera photo's chip tapped by mistake: "Removed …" with Undo, which puts it back.
        QVERIFY(QMetaObject::invokeMethod(draft, "removeAttachment", Q_ARG(int, 1)));
        QTRY_VERIFY(m_window->findChild<QQuickItem*>(QStringLiteral("undoRemoveButton"))->isVisible());
        shoot(QStringLiteral("log-sheet-removed") + suffix, kPhone);
        insideTheSheet({"undoRemoveButton", "attachmentRemoved"});
        if (QTest::currentTestFailed()) return;
        QVERIFY(QMetaObject::invokeMethod(draft, "undoRemove", Q_RETURN_ARG(bool, added)));
        QVERIFY(added);
        QCOMPARE(draft->property("attachments").toList().size(), 2);
        if (desktop) {
            shoot(QStringLiteral("log-sheet") + suffix, kDesktop);
            // The camera sheet; with no camera on this machine it says so.
            QObject* camera = m_window->findChild<QObject*>(QStringLiteral("cameraSheet"));
            QVERIFY(camera);
            QVERIFY(QMetaObject::invokeMethod(camera, "open"));
            QTRY_VERIFY(camera->property("opened").toBool());
            shoot(QStringLiteral("camera-sheet"), kPhone);
            shoot(QStringLiteral("camera-sheet"), kDesktop);
            QVERIFY(QMetaObject::invokeMethod(camera, "close"));
            QTRY_VERIFY(!camera->property("visible").toBool());
        }
        QVERIFY(QMetaObject::invokeMethod(sheet, "close"));
        QTRY_VERIFY(!sheet->property("visible").toBool());
    }

    void showTask(const QString& key) {
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home);
        QVERIFY(home->setProperty("tab", 0));
        QVERIFY(home->setProperty("selectedKey", key));
    }

    void shootComponents(const QString& name, QSize size) {
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
                    SyncStatusBar { Layout.fillWidth: true; online: true; pending: 3; lastSyncAt: Date.now() - 2 * 60 * 1000 }
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
        shoot(*window, name, size);
    }

    /// Opens the drills tab's scenario import and loads `text` as a file;
    /// `ready`: whether it can be imported.
    void loadScenario(const QByteArray& text, bool& ready) {
        QObject* home = m_window->findChild<QObject*>(QStringLiteral("homePage"));
        QVERIFY(home);
        QVERIFY(home->setProperty("tab", 5));
        QVERIFY(home->setProperty("drillMode", QStringLiteral("import")));
        QObject* importer = m_window->findChild<QObject*>(QStringLiteral("scenarioImportController"));
        QVERIFY(importer);
        QTemporaryDir files;
        QVERIFY(QMetaObject::invokeMethod(importer, "load", Q_RETURN_ARG(bool, ready),
                                          Q_ARG(QUrl, writeFile(files, QStringLiteral("storm-drill.csv"), text))));
    }

    /// A broken scenario file's problems, in the session's language
    /// (`import-problems<suffix>`, phone and tablet size).
    void shootImportProblems(const QString& suffix) {
        bool ready = true;
        loadScenario(QByteArray("# title: Storm drill\n") + kImportHeader +
                         "1,+00:00,north,Check the pumps,,,high,10m,,\n"
                         "2,1h9x,north,Open the rest centre,,,normal,,,\n"
                         "3,40m,east,Close Mill Lane,,,urgent,,,\n",
                     ready);
        QVERIFY(!QTest::currentTestFailed() && !ready);
        const auto* importer = m_window->findChild<QObject*>(QStringLiteral("scenarioImportController"));
        QCOMPARE(importer->property("problems").toStringList().size(), 2);  // units are checked once the file parses
        shoot(QStringLiteral("import-problems") + suffix, kPhone);
        shoot(QStringLiteral("import-problems") + suffix, kDesktop);
    }

    /// At the window's size (a phone's): the five labels of a coordinator's
    /// bottom navigation in one size, large enough for the text size, none of
    /// them cut, and the chosen tab in view.
    void checkBottomNavigation(const QString& name) { checkBottomNavigation(*m_window, name, 5); }

    /// The same for `window`, whose bottom navigation has `tabs` tabs;
    /// `visitTabs`: also choose the last tab and back (a tap on each).
    void checkBottomNavigation(QQuickWindow& window, const QString& name, int tabs, bool visitTabs = true) {
        QObject* bar = window.findChild<QObject*>(QStringLiteral("bottomNavigation"));
        QVERIFY(bar);
        QCOMPARE(bar->property("count").toInt(), tabs);
        int size = -1;
        for (int tab = 0; tab < tabs; ++tab) {
            QQuickItem* button = nullptr;
            QVERIFY(QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem*, button), Q_ARG(int, tab)));
            QVERIFY2(button, qPrintable(name + QStringLiteral(": no tab %1").arg(tab)));
            const int pixels = button->property("font").value<QFont>().pixelSize();
            if (size < 0) size = pixels;
            QVERIFY2(pixels == size, qPrintable(QStringLiteral("%1: tab %2 in %3 px, tab 0 in %4 px")
                                                    .arg(name).arg(tab).arg(pixels).arg(size)));
            auto* label = button->property("contentItem").value<QQuickItem*>();
            QVERIFY(label);
            QVERIFY2(!label->property("truncated").toBool(),
                     qPrintable(name + QStringLiteral(": the label \"%1\" is cut").arg(button->property("text").toString())));
        }
        // Large text stays large: 11 px at 100 %, 16 px at 200 % (the bar scrolls instead).
        const int smallest = std::max(11, static_cast<int>(std::lround(8 * m_textScale.factor())));
        QVERIFY2(size >= smallest, qPrintable(name + QStringLiteral(": labels in %1 px, not %2").arg(size).arg(smallest)));
        // Whichever tab is chosen is in view, also when the bar scrolls (the last
        // one, then the one shown before).
        if (!visitTabs) return;
        auto* barItem = qobject_cast<QQuickItem*>(bar);
        QVERIFY(barItem);
        const QRectF barRect = barItem->mapRectToScene(QRectF(0, 0, barItem->width(), barItem->height()));
        const int shown = bar->property("currentIndex").toInt();
        for (int tab : {tabs - 1, shown}) {
            QQuickItem* button = nullptr;
            QVERIFY(QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem*, button), Q_ARG(int, tab)));
            QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
            QTRY_COMPARE(bar->property("currentIndex").toInt(), tab);
            QTRY_VERIFY2(barRect.contains(button->mapRectToScene(QRectF(0, 0, button->width(), button->height()))
                                              .adjusted(0.5, 0.5, -0.5, -0.5)),
                         qPrintable(name + QStringLiteral(": tab %1 (\"%2\") is out of view")
                                               .arg(tab).arg(button->property("text").toString())));
        }
    }

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
        int controls = 0;
        const QStringList problems = controlProblems(window, controls);
        QVERIFY2(controls > 0, qPrintable(name + QStringLiteral(": no controls found")));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(name + QStringLiteral(":\n") + problems.join('\n')));
    }

    // Before the engine: QML's LanguageController and TextScale singletons are these.
    LanguageController m_language{nullptr};
    TextScale m_textScale{nullptr};
    FakeMusterServer m_server;
    muster::test::SampleKeys m_keys;
    const std::string m_routeB = "a0000000-0000-4000-8000-0000000000b2";  ///< inject 2, missed
    QTemporaryDir m_dataDir;
    QQmlApplicationEngine m_engine;
    QQuickWindow* m_window = nullptr;
    SessionController* m_controller = nullptr;
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
