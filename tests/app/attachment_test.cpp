// A photo and a location logged offline reach the real muster-server (the
// "Log action" issue item): a member signs in, the server goes away, the
// member logs an action with a file and a fixed position (one Save), the
// sync fails and keeps both the entry and its file; the server comes back,
// the file goes up before the entry, and the server then holds the same
// bytes and the entry with the hash and the location. A coordinator's app
// shows the entry and fetches the file when it is opened.
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "attachmentopener.h"
#include "blobstore.h"
#include "fixedpositionsource.h"
#include "logdraft.h"
#include "musterserverprocess.h"
#include "taskcontroller.h"
#include "tasklogmodel.h"

using namespace muster;
using namespace muster::app;
using muster::test::AppInstall;
using muster::test::FixedPositionSource;
using muster::test::MusterServerProcess;
using muster::test::ServerClient;

class AttachmentTest : public QObject {
    Q_OBJECT

  private slots:
    /// Android: another app gets a content:// URL of the app's provider, and
    /// only for a file inside an account's attachment folder.
    void theUrlHandedToAViewerStaysInsideTheAttachmentFolders() {
        const QString files = QStringLiteral("/data/user/0/org.muster.app/files");
        const QString copy = files + QStringLiteral("/muster.example.org-ada.blobs/open/0123456789abcdef/gauge 1.jpg");
        QCOMPARE(attachmentShareUrl(copy, false, files), QUrl::fromLocalFile(copy));
        const QUrl shared = attachmentShareUrl(copy, true, files);
        QCOMPARE(shared.toString(QUrl::FullyEncoded),
                 QStringLiteral("content://org.muster.app.attachments/muster.example.org-ada.blobs/open/"
                                "0123456789abcdef/gauge%201.jpg"));
        QCOMPARE(attachmentShareUrl(files + QStringLiteral("/muster.example.org-ada.db"), true, files), QUrl());
        QCOMPARE(attachmentShareUrl(files + QStringLiteral("/x.blobs/../muster.example.org-ada.db"), true, files), QUrl());
        QCOMPARE(attachmentShareUrl(QStringLiteral("/data/user/0/org.other/files/a.blobs/f"), true, files), QUrl());
        QCOMPARE(attachmentShareUrl(files + QStringLiteral("x/a.blobs/f"), true, files), QUrl());  // a sibling folder
        QCOMPARE(attachmentShareUrl(copy, true, QString()), QUrl());
    }

    void aPhotoAndLocationLoggedOfflineReachTheServerWithTheFile() {
        LogDraft::setPositionSourceFactory([](QObject* parent) {
            return new FixedPositionSource(21.02851, 105.85420, 8.0, parent);
        });
        QTemporaryDir root;
        MusterServerProcess server(root.path());
        QVERIFY2(server.startDemo(), qPrintable(server.errorText()));
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(server.url(), QStringLiteral("coord")));
        AppInstall member;
        QVERIFY(member.signIn(server.url(), QStringLiteral("alice")));
        // A task for alice's unit, from the coordinator.
        const QString taskKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(coordinator.session.write(
            {LocalWrite{OpKind::set,
                        EntityType::task,
                        taskKey.toStdString(),
                        {{"title", "Check the levee at Mill Road"},
                         {"instructions", "Walk the levee and report damage."},
                         {"unit", member.controller.unitKey().toStdString()},
                         {"priority", "high"},
                         {"status", "open"}}}}));
        QVERIFY(coordinator.synced());
        TaskController task;
        task.setSession(&member.session);
        task.setTaskKey(taskKey);
        member.session.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(task.canLog(), 10'000);

        // Offline: the server is gone.
        QVERIFY2(server.stop(), qPrintable(server.errorText()));
        QTemporaryDir files;
        QByteArray photo(700 * 1024, Qt::Uninitialized);
        for (auto& b : photo) b = static_cast<char>(QRandomGenerator::global()->bounded(256));
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QFile file(files.filePath(QStringLiteral("breach.jpg")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(photo) == photo.size());
        file.close();
        LogDraft draft;
        QVERIFY(draft.addFile(QUrl::fromLocalFile(file.fileName())));
        draft.requestLocation();
        QTRY_COMPARE(draft.locationState(), QStringLiteral("fixed"));
        QSignalSpy saved(&draft, &LogDraft::saved);
        QVERIFY2(draft.save(&task, QStringLiteral("Levee breach photographed"),
                            QStringLiteral("action")),
                 qPrintable(draft.errorText() + task.errorText()));
        QTRY_COMPARE(saved.count(), 1);  // the file is copied off the UI thread
        QCOMPARE(member.status()->pending(), 1);
        member.session.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!member.status()->lastError().isEmpty(), 10'000);
        QCOMPARE(member.status()->pending(), 1);
        QCOMPARE(BlobStore(member.session.blobDir()).pending(), QStringList{hash});

        // Back online: the file goes up, then the entry.
        QVERIFY2(server.start(server.port()), qPrintable(server.errorText()));
        member.session.syncNow();
        QVERIFY2(member.synced(), qPrintable(member.status()->lastError()));
        QVERIFY(BlobStore(member.session.blobDir()).pending().isEmpty());

        ServerClient client{QUrl(server.url())};
        const QString coordToken = client.login(
            QStringLiteral("coord"), QString::fromLatin1(MusterServerProcess::kDemoPassword));
        QVERIFY2(!coordToken.isEmpty(), qPrintable(client.errorText()));
        const auto bytes = client.get(QStringLiteral("v1/blobs/") + hash, coordToken);
        QVERIFY2(bytes, qPrintable(client.errorText()));
        QCOMPARE(*bytes, photo);
        const auto changes = client.pullAll(coordToken);
        QVERIFY2(changes, qPrintable(client.errorText()));
        int found = 0;
        for (const Change& change : *changes) {
            if (change.entity != EntityType::log) continue;
            const auto& f = change.fields;  // a log's fields are plain values (logs never change)
            if (!f.contains("text") || f["text"] != "Levee breach photographed") continue;
            ++found;
            QCOMPARE(f["task"].get<std::string>(), taskKey.toStdString());
            QVERIFY(f["attachments"] == nlohmann::json::array({hash.toStdString()}));
            QCOMPARE(f["location"]["lat"].get<double>(), 21.02851);
            QCOMPARE(f["location"]["lon"].get<double>(), 105.85420);
            QCOMPARE(f["location"]["accuracy_m"].get<double>(), 8.0);
        }
        QCOMPARE(found, 1);

        // The coordinator's app: the timeline names the file by a short hash
        // (it has no copy) and the location; opening fetches and keeps it.
        coordinator.session.syncNow();
        TaskLogModel log;
        log.setSession(&coordinator.session);
        log.setTaskKey(taskKey);
        int row = -1;
        const auto findRow = [&] {
            for (int i = 0; i < log.count(); ++i) {
                if (log.index(i).data(TaskLogModel::TextRole).toString() ==
                    QLatin1String("Levee breach photographed")) {
                    row = i;
                }
            }
            return row >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findRow(), 10'000);
        const QVariantList shown = log.index(row).data(TaskLogModel::AttachmentsRole).toList();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0].toMap().value(QStringLiteral("label")).toString(),
                 hash.left(10) + QStringLiteral("…"));
        QCOMPARE(log.index(row).data(TaskLogModel::LocationTextRole).toString(),
                 QStringLiteral("21.02851, 105.85420 ±8 m"));
        AttachmentOpener opener;
        opener.setSession(&coordinator.session);
        QSignalSpy ready(&opener, &AttachmentOpener::ready);
        opener.open(hash);
        QCOMPARE(opener.fetching(), hash);
        QVERIFY2(ready.wait(10'000), qPrintable(opener.errorText()));
        QFile fetched(ready.at(0).at(1).toUrl().toLocalFile());
        QVERIFY(fetched.open(QIODevice::ReadOnly));
        QCOMPARE(fetched.readAll(), photo);
        QVERIFY(BlobStore(coordinator.session.blobDir()).contains(hash));
        QVERIFY(BlobStore(coordinator.session.blobDir())
                    .pending()
                    .isEmpty());  // fetched, not to upload
        // Opening again needs no network.
        QVERIFY2(server.stop(), qPrintable(server.errorText()));
        opener.open(hash);
        QCOMPARE(ready.size(), 2);
        // The member's device opens its own copy, under the picked name.
        AttachmentOpener own;
        own.setSession(&member.session);
        QSignalSpy ownReady(&own, &AttachmentOpener::ready);
        own.open(hash);
        QCOMPARE(ownReady.size(), 1);
        QVERIFY(ownReady.at(0).at(1).toUrl().toLocalFile().endsWith(QStringLiteral("/breach.jpg")));
        LogDraft::setPositionSourceFactory({});
    }

    void aFileTheServerRefusesHoldsNothingElseBackAndStaysForTheNextSync() {
        QTemporaryDir root;
        MusterServerProcess server(root.path());
        server.setServeArgs({QStringLiteral("--max-blob-bytes"), QStringLiteral("1024")});
        QVERIFY2(server.startDemo(), qPrintable(server.errorText()));
        AppInstall coordinator;
        QVERIFY(coordinator.signIn(server.url(), QStringLiteral("coord")));
        AppInstall member;
        QVERIFY(member.signIn(server.url(), QStringLiteral("alice")));
        const QString taskKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(coordinator.session.write({LocalWrite{OpKind::set,
                                                      EntityType::task,
                                                      taskKey.toStdString(),
                                                      {{"title", "Sandbag the school"},
                                                       {"unit", member.controller.unitKey().toStdString()},
                                                       {"status", "open"}}}}));
        QVERIFY(coordinator.synced());
        TaskController task;
        task.setSession(&member.session);
        task.setTaskKey(taskKey);
        member.session.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(task.canLog(), 10'000);

        // A 4 KiB file for a server that takes 1 KiB, then an entry without one.
        QTemporaryDir files;
        QFile big(files.filePath(QStringLiteral("scan.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.write(QByteArray(4096, 'x')) == 4096);
        big.close();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(QByteArray(4096, 'x'), QCryptographicHash::Sha256).toHex());
        LogDraft draft;
        QVERIFY(draft.addFile(QUrl::fromLocalFile(big.fileName())));
        QSignalSpy saved(&draft, &LogDraft::saved);
        QVERIFY2(draft.save(&task, QStringLiteral("Scanned the sign-in sheet"), QStringLiteral("action")),
                 qPrintable(draft.errorText() + task.errorText()));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(task.logAction(QStringLiteral("Forty bags placed"), QStringLiteral("action")));
        // (A debounced sync may already have sent the first while its file was stored.)
        QVERIFY(member.status()->pending() >= 1);
        member.session.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(member.status()->pending(), 0, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(member.status()->lastError().contains(QStringLiteral("could not be uploaded")), 10'000);
        QVERIFY2(member.status()->lastError().contains(QStringLiteral("sent again")),
                 qPrintable(member.status()->lastError()));
        QCOMPARE(BlobStore(member.session.blobDir()).pending(), QStringList{hash});  // kept, for the next sync

        // The server holds both entries; the file is not there yet.
        ServerClient client{QUrl(server.url())};
        const QString coordToken =
            client.login(QStringLiteral("coord"), QString::fromLatin1(MusterServerProcess::kDemoPassword));
        QVERIFY2(!coordToken.isEmpty(), qPrintable(client.errorText()));
        const auto changes = client.pullAll(coordToken);
        QVERIFY2(changes, qPrintable(client.errorText()));
        int logs = 0;
        for (const Change& change : *changes) {
            if (change.entity == EntityType::log && change.fields.value("task", "") == taskKey.toStdString()) ++logs;
        }
        QCOMPARE(logs, 2);
        QVERIFY(!client.get(QStringLiteral("v1/blobs/") + hash, coordToken));

        // The server's limit is raised: the next sync sends the file.
        QVERIFY2(server.stop(), qPrintable(server.errorText()));
        server.setServeArgs({});
        QVERIFY2(server.start(server.port()), qPrintable(server.errorText()));
        member.session.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(BlobStore(member.session.blobDir()).pending().isEmpty(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(member.status()->lastError().isEmpty(), 10'000);
        const auto bytes = client.get(QStringLiteral("v1/blobs/") + hash, coordToken);
        QVERIFY2(bytes, qPrintable(client.errorText()));
        QCOMPARE(bytes->size(), 4096);
    }
};

QTEST_MAIN(AttachmentTest)
#include "attachment_test.moc"
