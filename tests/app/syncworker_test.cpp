// SyncWorker + QtSyncTransport against the in-process fake server, with a real
// event loop: local writes → pending → sync → 0 pending; 401 keeps the outbox
// and reports "login needed"; a refused op is kept, listed and dismissable;
// suspended mid-sync, the app aborts, stays quiet and sends everything once woken;
// a full disk is told in the member's words and syncing resumes once there is space.
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../core/full_disk_vfs.hpp"
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
#include "tasklistmodel.h"

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
        openAckingEverything(opsSeen);
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
        const QString asked = m_session->syncStatus()->lastError();
        QCOMPARE(asked, QStringLiteral("The server asks you to sign in again."));
        // Later triggers (a tap on "Sync now", the network back) stop before
        // asking the server; the bar keeps saying it in the app's words.
        m_session->syncNow();
        QTest::qWait(300);
        QCOMPARE(m_session->syncStatus()->lastError(), asked);
        QVERIFY(m_session->syncStatus()->loginNeeded());
        // Signing in again (a new token) sends it.
        m_server->setHandler("/v1/sync", [](const FakeMusterServer::Request& r) {
            return ackAll(r, muster::AckStatus::applied);
        });
        m_session->updateToken(QStringLiteral("new-token"));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 5000);
    }

    /// A body too large for a proxy in front of the server (an HTML 413 page,
    /// not Muster's JSON): the next requests carry fewer ops, and all go out.
    void aRequestTooLargeForAProxyIsSentInSmallerParts() {
        // Five changes made while the server is away, so they go out together.
        m_server->setResponse("/v1/sync", FakeMusterServer::error(503, "unavailable", "Shutting down."));
        open(QStringLiteral("tok-123"));
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.gauges));
        for (int i = 0; i < 5; ++i) QVERIFY(task.logAction(QStringLiteral("Reading %1").arg(i + 1)));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->state(), QStringLiteral("backing_off"), 10000);
        QCOMPARE(m_session->syncStatus()->pending(), 5);

        int accepted = 0;
        std::vector<int> sizes;
        m_server->setHandler("/v1/sync", [&](const FakeMusterServer::Request& r) {
            auto json = muster::parse_strict(r.body.toStdString());
            const auto ops = json && json->contains("ops") ? static_cast<int>((*json)["ops"].size()) : 0;
            sizes.push_back(ops);
            if (ops > 2) {
                return FakeMusterServer::Response{413, "<html><body>413 Request Entity Too Large</body></html>",
                                                  "text/html"};
            }
            return ackAll(r, muster::AckStatus::applied, &accepted);
        });
        m_session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 10000);
        QCOMPARE(accepted, 5);
        QCOMPARE(m_session->syncStatus()->rejectedCount(), 0);
        QVERIFY(!sizes.empty());
        QCOMPARE(sizes.front(), 5);  // refused whole, then sent in parts
        QVERIFY(sizes.size() >= 4);   // 5 (413), 2, 2, 1
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

    void aFullDiskIsToldAndSyncingGoesOnOnceThereIsSpace() {
        muster::test::FullDiskVfs disk;  // before the store opens: its files go through it
        int opsSeen = 0;
        openAckingEverything(opsSeen);
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.gauges));
        QVERIFY(task.logAction(QStringLiteral("Gauge at 2.4 m")));

        // The disk fills before the answer to that change can be stored: the
        // ack is not recorded, so the change stays queued and is sent again.
        disk.fill();
        m_session->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->lastError(),
                                  QStringLiteral("This device's storage is full: what the server sent cannot be "
                                                 "stored. Free some space; nothing waiting to be sent is lost, and "
                                                 "syncing goes on by itself."),
                                  5000);
        QVERIFY(disk.refused() > 0);
        QCOMPARE(m_session->syncStatus()->state(), QStringLiteral("storage_full"));  // not "the server had a problem"
        QCOMPARE(m_session->syncStatus()->pending(), 1);

        disk.free_space();  // no tap needed: the retry after the backoff goes through
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->lastError(), QString(), 5000);
        QCOMPARE(m_session->syncStatus()->state(), QStringLiteral("idle"));
        QVERIFY(opsSeen >= 2);  // sent while the disk was full (its ack not stored) and again after: the server dedups
        m_session.reset();  // its connections go through `disk`: closed before it goes
    }

    // A first pull of many pages: the engine asks for the next page while it
    // stores one (QtSyncTransport::send / receive). Every page ends up stored
    // in order; the second page's first answer is lost (503), so the first
    // page stays stored with its cursor and the retry asks from there.
    void pagesAskedForAheadAreAllStoredAndALostOneIsAskedForAgain() {
        QStringList cursors;
        int lose = 1;
        const auto pagedKey = [](int i) { return "e0000000-0000-4000-8000-00000000000" + std::to_string(i); };
        m_server->setHandler("/v1/sync", [&](const FakeMusterServer::Request& r) {
            auto json = muster::parse_strict(r.body.toStdString());
            auto decoded = json ? muster::decode_sync_request(*json) : muster::Result<muster::DecodedSyncRequest>(json.error());
            if (!decoded) return FakeMusterServer::error(400, "bad_request", "bad");
            const std::string& cursor = decoded->request.cursor;
            cursors << QString::fromStdString(cursor);
            const int page = cursor.rfind('p', 0) == 0 ? std::stoi(cursor.substr(1)) : 0;
            if (page == 1 && lose-- > 0) return FakeMusterServer::error(503, "unavailable", "Restarting.");
            muster::SyncResponse response;
            for (const auto& op : decoded->request.ops) response.acks.push_back(muster::Ack{op.id, muster::AckStatus::applied, {}});
            const auto now = muster::SystemClock::instance().now_ms();
            for (int i = page * 2; i < page * 2 + 2; ++i) {
                response.changes.push_back(muster::test::serverChange(
                    muster::EntityType::task, pagedKey(i),
                    {{"title", "Paged task " + std::to_string(i)}, {"unit", m_keys.unit}, {"status", "open"}, {"priority", "normal"}},
                    now, 1000 + i));
            }
            response.cursor = "p" + std::to_string(page + 1);
            response.has_more = page < 2;
            response.server_time_ms = now;
            return FakeMusterServer::json(200, QByteArray::fromStdString(muster::encode_sync_response(response).dump()));
        });
        open(QStringLiteral("tok-pages"));
        const auto stored = [&] {
            return m_session->withWriter([&](muster::Store& store) {
                int n = 0;
                for (int i = 0; i < 6; ++i) {
                    const auto task = store.get(muster::EntityType::task, pagedKey(i));
                    n += task && task->has_value() ? 1 : 0;
                }
                return n;
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(stored(), 6, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->state(), QStringLiteral("idle"), 5000);
        QVERIFY2(cursors.size() >= 4, qPrintable(cursors.join(QLatin1Char(','))));
        QCOMPARE(cursors.mid(1, 3), (QStringList{QStringLiteral("p1"), QStringLiteral("p1"), QStringLiteral("p2")}));
        for (const QString& later : cursors.mid(4)) QCOMPARE(later, QStringLiteral("p3"));
        QCOMPARE(m_session->withWriter([](muster::Store& store) { return store.cursor(); }), std::string("p3"));
    }

    // The request for the next page reaches the server before the page before
    // it is stored: Qt sends it from the worker's event loop, which
    // QtSyncTransport::send turns until the request is on the wire. A first
    // page of 3,000 tasks takes the worker a few hundred ms to store; when the
    // second request arrives, the UI's own connection does not see them yet.
    void theNextPageIsOnTheWireBeforeThisOneIsStored() {
        constexpr int kFirstPage = 3000;
        const auto bigKey = [](int i) {
            const std::string n = std::to_string(i);
            return "e1000000-0000-4000-8000-" + std::string(12 - n.size(), '0') + n;
        };
        std::optional<bool> storedWhenAsked;
        m_server->setHandler("/v1/sync", [&](const FakeMusterServer::Request& r) {
            auto json = muster::parse_strict(r.body.toStdString());
            auto decoded = json ? muster::decode_sync_request(*json) : muster::Result<muster::DecodedSyncRequest>(json.error());
            if (!decoded) return FakeMusterServer::error(400, "bad_request", "bad");
            muster::SyncResponse response;
            const auto now = muster::SystemClock::instance().now_ms();
            if (decoded->request.cursor == "big1") {
                if (!storedWhenAsked) {
                    const auto first = m_session->readStore()->get(muster::EntityType::task, bigKey(0));
                    storedWhenAsked = first && first->has_value();
                }
                response.cursor = "big2";
            } else if (decoded->request.cursor == "big2") {
                response.cursor = "big2";
            } else {
                for (int i = 0; i < kFirstPage; ++i) {
                    response.changes.push_back(muster::test::serverChange(
                        muster::EntityType::task, bigKey(i),
                        {{"title", "Big page task " + std::to_string(i)}, {"unit", m_keys.unit}, {"status", "open"}, {"priority", "normal"}},
                        now, 5000 + i));
                }
                response.cursor = "big1";
                response.has_more = true;
            }
            response.server_time_ms = now;
            return FakeMusterServer::json(200, QByteArray::fromStdString(muster::encode_sync_response(response).dump()));
        });
        open(QStringLiteral("tok-big"));
        QTRY_VERIFY_WITH_TIMEOUT(storedWhenAsked.has_value(), 15000);
        QVERIFY2(!*storedWhenAsked, "the second request came after the first page was stored");
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->state(), QStringLiteral("idle"), 15000);
        const auto last = m_session->readStore()->get(muster::EntityType::task, bigKey(kFirstPage - 1));
        QVERIFY(last && last->has_value());
    }

    /// The server's database was restored from a backup: it answers this
    /// device's cursor with 409 `stale_cursor`. The device pulls everything
    /// again with its queued change and then forgets what only the old server
    /// had: the task lists drop it, and the user is told until they dismiss it.
    void aServerThatLostTheDevicesCursorIsFetchedAgainAndTheUserIsTold() {
        const std::string kept = "a0000000-0000-4000-8000-0000000000ff";
        QList<std::string> cursors;
        int opsSeen = 0;
        const auto restored = [&](const FakeMusterServer::Request& r) {
            auto json = muster::parse_strict(r.body.toStdString());
            if (!json) return FakeMusterServer::error(400, "bad_json", "bad");
            auto decoded = muster::decode_sync_request(*json);
            if (!decoded) return FakeMusterServer::error(400, "bad_request", "bad");
            cursors.append(decoded->request.cursor);
            if (!decoded->request.cursor.empty() && decoded->request.cursor != "3") {
                return FakeMusterServer::error(409, "stale_cursor", "cursor: not in this server's history");
            }
            muster::SyncResponse response;
            for (const auto& op : decoded->request.ops) {
                response.acks.push_back(muster::Ack{op.id, muster::AckStatus::applied, std::nullopt});
            }
            opsSeen += static_cast<int>(decoded->request.ops.size());
            const std::int64_t now = muster::SystemClock::instance().now_ms();
            if (decoded->request.cursor.empty()) {  // the restored server's one task in this unit
                muster::Change change;
                change.seq = 3;
                change.entity = muster::EntityType::task;
                change.key = kept;
                const nlohmann::json stamp = {{"ms", now}, {"c", 0}, {"r", "aaaaaaaaaaaaaaaa"}};
                change.fields = {{"title", {{"v", "Restored task"}, {"hlc", stamp}}},
                                 {"unit", {{"v", m_keys.unit}, {"hlc", stamp}}},
                                 {"status", {{"v", "open"}, {"hlc", stamp}}}};
                response.changes.push_back(change);
            }
            response.cursor = "3";
            response.server_time_ms = now;
            return FakeMusterServer::json(200, QByteArray::fromStdString(muster::encode_sync_response(response).dump()));
        };
        m_server->setResponse("/v1/sync", FakeMusterServer::error(503, "unavailable", "Restoring."));
        open(QStringLiteral("tok-123"));
        TaskController task;
        task.setSession(m_session.get());
        task.setTaskKey(QString::fromStdString(m_keys.generator));
        QVERIFY(task.logAction(QStringLiteral("Fuelled the generator")));  // queued while the server is away
        TaskListModel list;
        list.setSession(m_session.get());
        QTRY_VERIFY_WITH_TIMEOUT(list.count() > 1, 5000);
        QVERIFY(!m_session->syncStatus()->serverRestored());

        m_server->setHandler("/v1/sync", restored);
        m_session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus()->serverRestored(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->pending(), 0, 5000);
        QVERIFY(cursors.size() >= 2);
        QVERIFY(!cursors.front().empty());
        QVERIFY(std::find(cursors.begin(), cursors.end(), std::string()) != cursors.end());
        QVERIFY(opsSeen >= 1);  // the queued log, sent again from the start
        // What only the old history had has left the lists; the restored task shows.
        QTRY_COMPARE_WITH_TIMEOUT(list.count(), 1, 5000);
        QCOMPARE(list.index(0).data(TaskListModel::KeyRole).toString(), QString::fromStdString(kept));
        const auto gone = m_session->readStore()->get(muster::EntityType::task, m_keys.sandbags);
        QVERIFY(gone && !gone->has_value());
        m_session->syncStatus()->dismissServerRestored();
        QVERIFY(!m_session->syncStatus()->serverRestored());
    }

  private:
    /// Opens the account against a server that applies every op (counted in
    /// `opsSeen`) and waits for the first sync to be over: not merely not
    /// started (the state starts "idle"), or it may send the next write alone.
    void openAckingEverything(int& opsSeen) {
        m_server->setHandler("/v1/sync", [&opsSeen](const FakeMusterServer::Request& r) {
            return ackAll(r, muster::AckStatus::applied, &opsSeen);
        });
        open(QStringLiteral("tok-123"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->syncStatus()->state(), QStringLiteral("idle"), 5000);
    }

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
