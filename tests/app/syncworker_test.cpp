// SyncWorker + QtSyncTransport against the in-process fake server, with a real
// event loop: local writes → pending → sync → 0 pending; 401 keeps the outbox
// and reports "login needed"; a refused op is kept, listed and dismissable;
// suspended mid-sync, the app aborts, stays quiet and sends everything once woken.
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "accountsession.h"
#include "coordinatortestsupport.h"
#include "fakemusterserver.h"
#include "languagecontroller.h"
#include "muster/clock.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"
#include "rejectedchangesmodel.h"
#include "sampledata.h"
#include "taskcontroller.h"

using namespace muster::app;
using muster::test::FakeMusterServer;

namespace {
/// A /v1/sync answer acking every op of the request with `status` (and `code` when rejected).
FakeMusterServer::Response ackAll(const FakeMusterServer::Request& request, muster::AckStatus status,
                                  int* opsSeen = nullptr) {
    auto json = muster::parse_strict(request.body.toStdString());
    if (!json) return FakeMusterServer::error(400, "bad_json", "bad");
    auto decoded = muster::decode_sync_request(*json);
    if (!decoded) return FakeMusterServer::error(400, "bad_request", "bad");
    const std::optional<muster::Error> refused =
        status == muster::AckStatus::rejected
            ? std::optional<muster::Error>(std::in_place, muster::ErrorCode::forbidden,
                                           std::string("Members can't change tasks of another unit."))
            : std::nullopt;
    muster::SyncResponse response;
    for (const auto& op : decoded->request.ops) response.acks.push_back(muster::Ack{op.id, status, refused});
    if (opsSeen) *opsSeen += static_cast<int>(decoded->request.ops.size());
    response.cursor = std::to_string(7);  // (GCC 12 -Wrestrict misfires on a short literal)
    response.server_time_ms = muster::SystemClock::instance().now_ms();  // drill clocks run on server time
    return FakeMusterServer::json(200, QByteArray::fromStdString(muster::encode_sync_response(response).dump()));
}
}  // namespace

class SyncWorkerTest : public QObject {
    Q_OBJECT

  private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeMusterServer>();
        m_session = std::make_unique<AccountSession>();
        m_session->setDataDir(m_dir->path());
        m_session->setSyncTiming(std::chrono::milliseconds(100), std::chrono::milliseconds(3000), false);
    }
    void cleanup() {
        m_session.reset();
        m_server.reset();
        m_dir.reset();
    }

    void localWritesAreSentAndPendingDropsToZero() {
        int opsSeen = 0;
        m_server->setHandler("/v1/sync", [&](const FakeMusterServer::Request& r) {
            return ackAll(r, muster::AckStatus::applied, &opsSeen);
        });
        open(QStringLiteral("tok-123"));
        // The first sync must be over (not merely not started: the state
        // starts "idle"), or it may send the first write alone.
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->state(), QStringLiteral("idle"), 5000);
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.gauges));
        for (int i = 0; i < 3; ++i) QVERIFY(task.logAction(QStringLiteral("Reading %1").arg(i)));
        QCOMPARE(m_session->syncStatus()->pending(), 3);  // visible at once, before any sync
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 5000);
        QCOMPARE(opsSeen, 3);
        QVERIFY(m_session->syncStatus()->online());
        QVERIFY(m_session->syncStatus()->lastSyncAt() > 0);
        const auto& requests = m_server->requests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.last().headers.value("authorization"), QByteArray("Bearer tok-123"));
        bool sawBigPush = false;
        for (const auto& r : requests) {
            if (r.path != "/v1/sync" || r.body.size() < 1024) continue;
            sawBigPush = true;
            QCOMPARE(r.headers.value("content-encoding"), QByteArray("gzip"));  // bodies over 1 KiB go gzipped
            QVERIFY(r.wireBytes < r.body.size());
        }
        QVERIFY(sawBigPush);
    }

    void unauthorizedKeepsTheOutboxAndAsksForLogin() {
        m_server->setResponse("/v1/sync", FakeMusterServer::error(401, "unauthenticated", "Token expired."));
        open(QStringLiteral("old-token"));
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.gauges));
        QVERIFY(task.logAction(QStringLiteral("Gauge read")));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus()->loginNeeded(), 5000);
        QCOMPARE(m_session->syncStatus()->pending(), 1);
        // Signing in again (a new token) sends it.
        m_server->setHandler("/v1/sync", [](const FakeMusterServer::Request& r) {
            return ackAll(r, muster::AckStatus::applied);
        });
        m_session->updateToken(QStringLiteral("new-token"));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 5000);
    }

    void aRefusedChangeIsKeptListedAndDismissable() {
        m_server->setHandler("/v1/sync", [](const FakeMusterServer::Request& r) {
            return ackAll(r, muster::AckStatus::rejected);
        });
        open(QStringLiteral("tok-123"));
        RejectedChangesModel rejected;
        rejected.setSession(m_session.get());
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.sandbags));
        QVERIFY(task.perform(QStringLiteral("acknowledge")));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->rejectedCount(), 1, 5000);
        QCOMPARE(m_session->syncStatus()->pending(), 0);
        QTRY_COMPARE(rejected.count(), 1);
        const QModelIndex row = rejected.index(0);
        QCOMPARE(row.data(RejectedChangesModel::CodeRole).toString(), QStringLiteral("forbidden"));
        QCOMPARE(row.data(RejectedChangesModel::TaskTitleRole).toString(),
                 QStringLiteral("Build a sandbag line at Mill Street"));
        QCOMPARE(row.data(RejectedChangesModel::FieldsRole).toString(), QStringLiteral("status: acknowledged"));
        QVERIFY(rejected.dismiss(row.data(RejectedChangesModel::OpIdRole).toString()));
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(m_session->syncStatus()->rejectedCount(), 0);
    }

    void suspendedMidSyncKeepsEveryChangeAndSendsItWhenWoken() {
        // The server commits what it is sent; while `hold` it never answers
        // (the answer lost as the OS suspends the app mid-sync).
        bool hold = false;
        QSet<QString> committed;
        int resent = 0;
        m_server->setHandler("/v1/sync", [&](const FakeMusterServer::Request& r) {
            if (auto json = muster::parse_strict(r.body.toStdString())) {
                if (auto decoded = muster::decode_sync_request(*json)) {
                    for (const auto& op : decoded->request.ops) {
                        if (committed.contains(QString::fromStdString(op.id))) ++resent;  // deduped by id
                        committed.insert(QString::fromStdString(op.id));
                    }
                }
            }
            if (hold) {
                FakeMusterServer::Response silent;
                silent.silent = true;
                return silent;
            }
            return ackAll(r, muster::AckStatus::applied);
        });
        m_session->setSyncTiming(std::chrono::milliseconds(100), std::chrono::milliseconds(30'000), false);
        open(QStringLiteral("tok-123"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->state(), QStringLiteral("idle"), 5000);

        hold = true;
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.gauges));
        for (int i = 0; i < 5; ++i) QVERIFY(task.logAction(QStringLiteral("Reading %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 5, 5000);  // sent; no answer comes
        QVERIFY(m_session->syncStatus()->syncing());

        m_session->setApplicationState(Qt::ApplicationSuspended);
        // The request is given up at once, not after the 30 s timeout; nothing is lost.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->syncStatus()->syncing(), 2000);
        QCOMPARE(m_session->syncStatus()->pending(), 5);
        const auto requestsWhenSuspended = m_server->requests().size();
        QVERIFY(task.logAction(QStringLiteral("Written while suspended")));
        QCOMPARE(m_session->syncStatus()->pending(), 6);
        QTest::qWait(1500);  // past the debounce and a first backoff
        QCOMPARE(m_server->requests().size(), requestsWhenSuspended);  // quiet while suspended

        hold = false;
        m_session->setApplicationState(Qt::ApplicationActive);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 5000);
        QCOMPARE(committed.size(), 6);  // every change, each once by id
        QCOMPARE(resent, 5);            // the unanswered ones went again, as the protocol expects
        QCOMPARE(m_session->syncStatus()->rejectedCount(), 0);
    }

    void theWorkersBatchesArePublishedOnePerTurnInOrder() {
        // A big sync hands over its batches together: published one per
        // event-loop turn, the UI thread redraws between them.
        QSignalSpy published(m_session.get(), &AccountSession::entitiesChanged);
        for (int i = 0; i < 3; ++i) {
            TouchedEntities batch;
            batch.tasks << QString::number(i);
            m_session->queueTouched(batch);
        }
        QCOMPARE(published.count(), 0);
        QTRY_COMPARE(published.count(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(published.at(i).at(0).value<TouchedEntities>().tasks, QStringList{QString::number(i)});
        }
    }

    /// What went wrong reaches the member in their language: the sync page
    /// and Settings show `lastError`.
    void aServerErrorIsToldInTheMembersLanguage() {
        m_server->setHandler("/v1/sync", [](const FakeMusterServer::Request&) {
            return FakeMusterServer::error(503, "unavailable", "Down for maintenance.");
        });
        open(QStringLiteral("tok-123"));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->lastError(),
                                  QStringLiteral("The server is unavailable (HTTP 503)."), 5000);
        LanguageController language(nullptr);
        QVERIFY(language.setSessionLanguage(QStringLiteral("vi")));
        m_server->setHandler("/v1/sync", [](const FakeMusterServer::Request&) {
            return FakeMusterServer::error(413, "payload_too_large", "Body over 8 MiB.");
        });
        m_session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->lastError(),
                                  QStringLiteral("Máy chủ không nhận dữ liệu lớn như vậy. (Body over 8 MiB.)"), 5000);
        QVERIFY(language.setSessionLanguage(QStringLiteral("es")));
        m_session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->lastError(),
                                  QStringLiteral("El servidor no acepta algo tan grande. (Body over 8 MiB.)"), 5000);
        QVERIFY(language.setSessionLanguage(QString()));
    }

  private:
    void open(const QString& token) {
        AccountInfo info{m_server->url() + QLatin1Char('/'), QStringLiteral("a.okafor"),
                         QString::fromStdString(m_keys.me), QStringLiteral("Ada Okafor"), QStringLiteral("member"),
                         QString::fromStdString(m_keys.unit)};
        // The data arrived in an earlier session; this one starts from the file.
        {
            auto store = muster::test::openAppStore(accountDatabasePath(m_dir->path(), QUrl(info.serverUrl), info.login),
                                                    muster::SystemClock::instance());
            QVERIFY(store);
            QVERIFY(muster::test::seedSampleData(*store, muster::SystemClock::instance().now_ms()));
        }
        QVERIFY(m_session->openAccount(info, token));
    }

    muster::test::SampleKeys m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeMusterServer> m_server;
    std::unique_ptr<AccountSession> m_session;
};

QTEST_MAIN(SyncWorkerTest)
#include "syncworker_test.moc"
