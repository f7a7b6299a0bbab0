// LogDraft, the "Log action" sheet's files and location, on a real account
// store and BlobStore folder, synced by the real SyncWorker against the
// in-process fake server: a file over 25 MiB is refused before anything is
// written; Save copies the file under its SHA-256 and logs its hash and a
// fixed location in one step; no source, no permission or no fix end in a
// message, never a wait; a failed blob upload keeps the log entry queued
// (the sync never pushes it before its file) until the upload succeeds.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QRandomGenerator>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "blobstore.h"
#include "coordinatortestsupport.h"
#include "fixedpositionsource.h"
#include "logdraft.h"
#include "photocapture.h"
#include "muster/state.hpp"
#include "taskcontroller.h"
#include "tasklogmodel.h"

using namespace muster::app;
using muster::test::CoordinatorAccount;
using muster::test::FakeMusterServer;
using muster::test::FixedPositionSource;

namespace {

/// The plain values of every log entry of `task` with this `text`.
std::vector<nlohmann::json> logsWithText(AccountSession& session, const std::string& task,
                                         const std::string& text) {
    std::vector<nlohmann::json> out;
    if (auto logs = session.readStore()->list(muster::EntityType::log, {{"task", task}})) {
        for (const auto& log : *logs) {
            nlohmann::json values = muster::plain_values(log);
            if (values.value("text", std::string()) == text) out.push_back(std::move(values));
        }
    }
    return out;
}

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    for (auto& b : bytes) b = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) return {};
    return path;
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

}  // namespace

class LogDraftTest : public QObject {
    Q_OBJECT

  private slots:
    void cleanup() { LogDraft::setPositionSourceFactory({}); }

    void aFileOver25MiBIsRefusedAndNothingIsWritten() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member")));
        AccountSession& session = *account.session;
        QTemporaryDir files;
        QFile big(files.filePath(QStringLiteral("flood-video.mp4")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(BlobStore::kMaxBlobBytes + 1));
        big.close();
        LogDraft draft;
        QVERIFY(!draft.addFile(QUrl::fromLocalFile(big.fileName())));
        QVERIFY2(draft.errorText().contains(QStringLiteral("flood-video.mp4")),
                 qPrintable(draft.errorText()));
        QVERIFY2(draft.errorText().contains(QStringLiteral("too large")),
                 qPrintable(draft.errorText()));
        QVERIFY(draft.attachments().isEmpty());
        QVERIFY(!QDir(session.blobDir()).exists());
        QCOMPARE(session.syncStatus()->pending(), 0);
        // Exactly 25 MiB is allowed.
        QVERIFY(big.resize(BlobStore::kMaxBlobBytes));
        QVERIFY2(draft.addFile(QUrl::fromLocalFile(big.fileName())), qPrintable(draft.errorText()));
        QCOMPARE(draft.attachments().size(), 1);
        QVERIFY(draft.errorText().isEmpty());
        // Not a file on this device.
        QVERIFY(!draft.addFile(QUrl(QStringLiteral("https://example.org/x.jpg"))));
        QCOMPARE(draft.attachments().size(), 1);
        QVERIFY(!QDir(session.blobDir()).exists());  // picking writes nothing
    }

    void saveStoresTheFileAndLogsItsHashAndLocationInOneStep() {
        LogDraft::setPositionSourceFactory(
            [](QObject* parent) { return new FixedPositionSource(52.52, 13.405, 12.4, parent); });
        CoordinatorAccount account;
        QVERIFY(
            account.open(nullptr, QStringLiteral("member")));  // offline: nothing leaves the device
        AccountSession& session = *account.session;
        TaskController task;
        task.setSession(&session);
        task.setTaskKey(QString::fromStdString(account.keys.gauges));
        QTemporaryDir files;
        const QByteArray photo = randomBytes(300 * 1024);
        const QByteArray notes = randomBytes(1000);
        const QString photoPath = writeFile(files.filePath(QStringLiteral("weir-lane.jpg")), photo);
        const QString notesPath = writeFile(files.filePath(QStringLiteral("notes.txt")), notes);
        QVERIFY(!photoPath.isEmpty() && !notesPath.isEmpty());

        LogDraft draft;
        QVERIFY(draft.addFile(QUrl::fromLocalFile(photoPath)));
        QVERIFY(draft.addFile(QUrl::fromLocalFile(notesPath)));
        const QVariantMap chip = draft.attachments().at(0).toMap();
        QCOMPARE(chip.value(QStringLiteral("name")).toString(), QStringLiteral("weir-lane.jpg"));
        QCOMPARE(chip.value(QStringLiteral("size")).toDouble(), 300.0 * 1024);
        QCOMPARE(chip.value(QStringLiteral("sizeText")).toString(), QStringLiteral("300.0 kB"));
        draft.removeAttachment(1);  // changed their mind about the notes
        QCOMPARE(draft.attachments().size(), 1);
        draft.requestLocation();
        QCOMPARE(draft.locationState(), QStringLiteral("locating"));
        QTRY_COMPARE(draft.locationState(), QStringLiteral("fixed"));
        QCOMPARE(draft.locationText(), QStringLiteral("52.52000, 13.40500 ±12 m"));

        QSignalSpy saved(&draft, &LogDraft::saved);
        QVERIFY2(
            draft.save(&task, QStringLiteral("Gauge photo at Weir Lane"), QStringLiteral("action")),
            qPrintable(draft.errorText() + task.errorText()));
        // The copy runs on a worker thread: busy until the entry is written.
        QVERIFY(draft.busy());
        QVERIFY(!draft.save(&task, QStringLiteral("A second tap on Save"), QStringLiteral("action")));
        QVERIFY(!draft.addFile(QUrl::fromLocalFile(notesPath)));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!draft.busy());
        QVERIFY(draft.errorText().isEmpty());
        QVERIFY(draft.attachments().isEmpty());  // the sheet's next use starts empty
        QVERIFY(draft.locationState().isEmpty());
        QCOMPARE(session.syncStatus()->pending(), 1);

        const auto actions = logsWithText(session, account.keys.gauges, "Gauge photo at Weir Lane");
        QCOMPARE(actions.size(), std::size_t{1});
        const QString hash = sha256(photo);
        QVERIFY(actions[0]["attachments"] == nlohmann::json::array({hash.toStdString()}));
        QCOMPARE(actions[0]["location"]["lat"].get<double>(), 52.52);
        QCOMPARE(actions[0]["location"]["lon"].get<double>(), 13.405);
        QCOMPARE(actions[0]["location"]["accuracy_m"].get<double>(), 12.4);
        // The copy is in the account's folder under its hash, waiting for upload.
        const BlobStore blobs(session.blobDir());
        QFile stored(blobs.path(hash));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), photo);
        QCOMPARE(blobs.pending(), QStringList{hash});
        QCOMPARE(blobs.name(hash), QStringLiteral("weir-lane.jpg"));
        QVERIFY(QFile::remove(photoPath));  // the original may go: the entry keeps its copy

        // The timeline shows it at once.
        TaskLogModel log;
        log.setSession(&session);
        log.setTaskKey(QString::fromStdString(account.keys.gauges));
        int row = -1;
        for (int i = 0; i < log.count(); ++i) {
            if (log.index(i).data(TaskLogModel::TextRole).toString() ==
                QLatin1String("Gauge photo at Weir Lane"))
                row = i;
        }
        QVERIFY(row >= 0);
        const QVariantList shown = log.index(row).data(TaskLogModel::AttachmentsRole).toList();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0].toMap().value(QStringLiteral("hash")).toString(), hash);
        QCOMPARE(shown[0].toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("weir-lane.jpg · 300.0 kB"));
        QCOMPARE(log.index(row).data(TaskLogModel::LocationTextRole).toString(),
                 QStringLiteral("52.52000, 13.40500 ±12 m"));
    }

    void aPhotoIsEncodedOffTheUiThreadScaledAndSavedLikeAFile() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member")));
        AccountSession& session = *account.session;
        TaskController task;
        task.setSession(&session);
        task.setTaskKey(QString::fromStdString(account.keys.gauges));
        LogDraft draft;
        QVERIFY(!draft.addPhoto(QImage()));  // the camera gave nothing
        QVERIFY(!draft.errorText().isEmpty());

        // A 12-megapixel frame, as a phone's camera gives it.
        QImage frame(4000, 3000, QImage::Format_RGB32);
        frame.fill(QColor(30, 90, 160));
        for (int y = 0; y < frame.height(); y += 100) {
            for (int x = 0; x < frame.width(); ++x) frame.setPixel(x, y, qRgb(250, 250, 250));
        }
        QVERIFY(draft.addPhoto(frame));
        QVERIFY(draft.busy());  // encoding on the pool
        QVERIFY(draft.errorText().isEmpty());
        QVERIFY(draft.addPhoto(frame));  // a second one gets its own name
        QTRY_VERIFY(!draft.busy());
        QCOMPARE(draft.attachments().size(), 2);
        const QVariantMap first = draft.attachments().at(0).toMap();
        const QVariantMap second = draft.attachments().at(1).toMap();
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^photo-\d{8}-\d{6}\.jpg$)"))
                     .match(first.value(QStringLiteral("name")).toString()).hasMatch(),
                 qPrintable(first.value(QStringLiteral("name")).toString()));
        // Named by the time taken; in the same second, the second gets "-2".
        const QString secondName = second.value(QStringLiteral("name")).toString();
        QVERIFY2(secondName.endsWith(QStringLiteral("-2.jpg")) ||
                     (secondName != first.value(QStringLiteral("name")).toString() &&
                      QRegularExpression(QStringLiteral(R"(^photo-\d{8}-\d{6}\.jpg$)")).match(secondName).hasMatch()),
                 qPrintable(secondName));
        const QString firstPath = first.value(QStringLiteral("url")).toUrl().toLocalFile();
        QImageReader reader(firstPath);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), QSize(LogDraft::kMaxPhotoSide, LogDraft::kMaxPhotoSide * 3 / 4));
        const qint64 firstSize = QFileInfo(firstPath).size();
        QCOMPARE(first.value(QStringLiteral("size")).toDouble(), static_cast<double>(firstSize));
        QVERIFY(firstSize > 0 && firstSize < 2 * 1024 * 1024);

        // Removing a photo can be undone: it exists nowhere else, so a mis-tap must not lose it.
        const QString secondPath = second.value(QStringLiteral("url")).toUrl().toLocalFile();
        QSignalSpy removed(&draft, &LogDraft::removedChanged);
        QCOMPARE(draft.removedName(), QString());
        QVERIFY(!draft.undoRemove());  // nothing removed yet
        draft.removeAttachment(0);
        QCOMPARE(draft.attachments().size(), 1);
        QCOMPARE(draft.removedName(), first.value(QStringLiteral("name")).toString());
        QVERIFY(QFileInfo::exists(firstPath));
        QVERIFY(draft.undoRemove());
        QCOMPARE(draft.attachments(), (QVariantList{first, second}));  // back in its place
        QCOMPARE(draft.removedName(), QString());
        QCOMPARE(removed.count(), 2);
        draft.removeAttachment(1);
        QCOMPARE(draft.attachments(), QVariantList{first});
        QCOMPARE(draft.removedName(), secondName);
        QVERIFY(QFileInfo::exists(secondPath));

        QSignalSpy saved(&draft, &LogDraft::saved);
        QVERIFY(draft.save(&task, QStringLiteral("Photo of the gauge"), QStringLiteral("action")));
        QTRY_COMPARE(saved.count(), 1);
        const auto logs = logsWithText(session, account.keys.gauges, "Photo of the gauge");
        QCOMPARE(logs.size(), std::size_t{1});
        const QString hash = QString::fromStdString(logs[0]["attachments"][0].get<std::string>());
        const BlobStore blobs(session.blobDir());
        QCOMPARE(blobs.name(hash), first.value(QStringLiteral("name")).toString());
        QCOMPARE(blobs.size(hash), firstSize);
        QVERIFY(!QFileInfo::exists(firstPath));  // the draft's copy went with the entry
        QVERIFY(!QFileInfo::exists(secondPath));  // and the removed photo with the draft
        QCOMPARE(draft.removedName(), QString());
        QVERIFY(!draft.undoRemove());
        QCOMPARE(QImageReader(blobs.path(hash)).size(), reader.size());
    }

    void thePhotoOfAnAbandonedEntryIsDropped() {
        LogDraft draft;
        QImage frame(64, 48, QImage::Format_RGB32);
        frame.fill(Qt::darkGreen);
        QVERIFY(draft.addPhoto(frame));
        draft.clear();  // the sheet opened again before the photo was ready
        QTRY_VERIFY(!draft.busy());
        QVERIFY(draft.attachments().isEmpty());
    }

    void onlyTheLastRemovalCanBeUndoneAndTheOneBeforeItIsDeleted() {
        LogDraft draft;
        QImage frame(64, 48, QImage::Format_RGB32);
        frame.fill(Qt::darkGreen);
        QVERIFY(draft.addPhoto(frame));
        QVERIFY(draft.addPhoto(frame));
        QTRY_VERIFY(!draft.busy());
        QCOMPARE(draft.attachments().size(), 2);
        const QString firstPath = draft.attachments().at(0).toMap().value(QStringLiteral("url")).toUrl().toLocalFile();
        const QVariantMap second = draft.attachments().at(1).toMap();
        const QString secondPath = second.value(QStringLiteral("url")).toUrl().toLocalFile();
        draft.removeAttachment(0);
        draft.removeAttachment(0);
        QVERIFY(draft.attachments().isEmpty());
        QVERIFY(!QFileInfo::exists(firstPath));  // past undo: the file goes
        QVERIFY(QFileInfo::exists(secondPath));
        QVERIFY(draft.undoRemove());
        QCOMPARE(draft.attachments(), QVariantList{second});
        QVERIFY(!draft.undoRemove());  // one step only
        draft.removeAttachment(0);
        draft.clear();  // the entry abandoned: nothing left to put back, no file left behind
        QCOMPARE(draft.removedName(), QString());
        QVERIFY(!QFileInfo::exists(secondPath));
        QVERIFY(!draft.undoRemove());
    }

    void theCameraOnThisMachineStartsOrSaysWhyNot() {
        LogDraft draft;
        PhotoCapture camera;
        camera.setDraft(&draft);
        QCOMPARE(camera.available(), !QMediaDevices::videoInputs().isEmpty());
        QCOMPARE(camera.state(), QStringLiteral("off"));
        QVERIFY(!camera.capture());
        camera.setActive(true);
        // No camera (this project's test machines): "failed" at once, with words.
        // A camera: it starts, or fails, within the guard.
        QTRY_VERIFY_WITH_TIMEOUT(camera.state() == QLatin1String("ready") ||
                                     camera.state() == QLatin1String("failed"),
                                 PhotoCapture::kStartTimeoutMs + 2000);
        qInfo("this machine's camera: %s %s", qPrintable(camera.state()), qPrintable(camera.errorText()));
        if (!camera.available()) {
            QCOMPARE(camera.state(), QStringLiteral("failed"));
            QVERIFY2(camera.errorText().contains(QStringLiteral("no camera")), qPrintable(camera.errorText()));
            QVERIFY(!camera.capture());
        }
        camera.setActive(false);
        QCOMPARE(camera.state(), QStringLiteral("off"));
        QVERIFY(camera.errorText().isEmpty());
        QVERIFY(draft.attachments().isEmpty());
    }

    void aRefusedEntryLeavesNoFileBehind() {
        CoordinatorAccount account;
        QVERIFY(account.open(nullptr, QStringLiteral("member")));
        TaskController task;
        task.setSession(account.session.get());
        task.setTaskKey(QString::fromStdString(account.keys.gauges));
        QTemporaryDir files;
        const QString path = writeFile(files.filePath(QStringLiteral("a.jpg")), randomBytes(100));
        LogDraft draft;
        QVERIFY(draft.addFile(QUrl::fromLocalFile(path)));
        QVERIFY(!draft.save(&task, QStringLiteral("   "), QStringLiteral("action")));
        QVERIFY(!task.errorText().isEmpty());
        QVERIFY(!QDir(account.session->blobDir()).exists());
        QCOMPARE(draft.attachments().size(), 1);  // kept for another try
    }

    void noSourceNoPermissionOrNoFixSaySoInsteadOfWaiting() {
        LogDraft draft;
        LogDraft::setPositionSourceFactory([](QObject*) { return nullptr; });
        draft.requestLocation();
        QCOMPARE(draft.locationState(), QStringLiteral("failed"));
        QCOMPARE(draft.locationText(), QStringLiteral("This device has no location source."));
        LogDraft::setPositionSourceFactory([](QObject* parent) {
            return new FixedPositionSource(QGeoPositionInfoSource::AccessError, parent);
        });
        draft.requestLocation();
        QTRY_COMPARE(draft.locationState(), QStringLiteral("failed"));
        QVERIFY2(draft.locationText().contains(QStringLiteral("Allow it")),
                 qPrintable(draft.locationText()));
        LogDraft::setPositionSourceFactory([](QObject* parent) {
            return new FixedPositionSource(QGeoPositionInfoSource::UpdateTimeoutError, parent);
        });
        draft.requestLocation();
        QTRY_COMPARE(draft.locationState(), QStringLiteral("failed"));
        QVERIFY2(draft.locationText().contains(QStringLiteral("10 seconds")),
                 qPrintable(draft.locationText()));
        draft.clearLocation();
        QVERIFY(draft.locationState().isEmpty());
        QVERIFY(draft.location().isEmpty());
    }

    void thisMachinesOwnSourceAnswersWithinTheTimeout() {
        // Whatever the platform offers here (on a headless test machine: no
        // source, or one that can't serve), the request ends by itself.
        LogDraft draft;
        draft.requestLocation();
        QTRY_VERIFY_WITH_TIMEOUT(draft.locationState() != QLatin1String("locating"),
                                 LogDraft::kLocationTimeoutMs + 3000);
        QVERIFY(!draft.locationText().isEmpty());
        qInfo("this machine's position source: %s — %s", qPrintable(draft.locationState()),
              qPrintable(draft.locationText()));
    }

    void aFailedUploadKeepsTheEntryQueuedUntilTheFileIsUp() {
        FakeMusterServer server;
        muster::test::RecordingSync sync;  // acks every op, keeps them
        sync.install(server);
        CoordinatorAccount account;
        QVERIFY(account.open(&server, QStringLiteral("member")));
        AccountSession& session = *account.session;
        QTRY_COMPARE_WITH_TIMEOUT(session.syncStatus()->state(), QStringLiteral("idle"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(session.syncStatus()->lastSyncAt() > 0, 5000);

        QTemporaryDir files;
        const QByteArray photo = randomBytes(64 * 1024);
        const QString hash = sha256(photo);
        const QByteArray blobPath = "/v1/blobs/" + hash.toLatin1();
        int attempts = 0;
        server.setHandler(blobPath, [&](const FakeMusterServer::Request&) {
            ++attempts;
            return FakeMusterServer::error(503, "unavailable", "Disk full, try later.");
        });
        TaskController task;
        task.setSession(&session);
        task.setTaskKey(QString::fromStdString(account.keys.gauges));
        LogDraft draft;
        QVERIFY(draft.addFile(
            QUrl::fromLocalFile(writeFile(files.filePath(QStringLiteral("p.jpg")), photo))));
        QSignalSpy saved(&draft, &LogDraft::saved);
        QVERIFY(draft.save(&task, QStringLiteral("Photo of the breach"), QStringLiteral("action")));
        QTRY_COMPARE(saved.count(), 1);

        // The upload fails: the sync stops before its push, the status says why.
        QTRY_VERIFY_WITH_TIMEOUT(session.syncStatus()->lastError().contains(
                                     QStringLiteral("file could not be uploaded")),
                                 5000);
        QVERIFY(sync.opsOn(muster::EntityType::log).empty());
        QCOMPARE(session.syncStatus()->pending(), 1);
        QCOMPARE(BlobStore(session.blobDir()).pending(), QStringList{hash});
        session.syncNow();  // and again: still nothing pushed, nothing dropped
        const int before = attempts;
        QTRY_VERIFY_WITH_TIMEOUT(attempts > before, 5000);
        QTest::qWait(300);
        QVERIFY(sync.opsOn(muster::EntityType::log).empty());
        QCOMPARE(session.syncStatus()->pending(), 1);

        // The server recovers: HEAD says it lacks the file, PUT stores it.
        QByteArray received;
        server.setHandler(blobPath, [&](const FakeMusterServer::Request& r) {
            if (r.method == "HEAD")
                return FakeMusterServer::error(404, "not_found", "No such file.");
            received = r.body;
            return FakeMusterServer::json(201, "{}");
        });
        session.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(session.syncStatus()->pending(), 0, 5000);
        QCOMPARE(sync.opsOn(muster::EntityType::log).size(), std::size_t{1});
        QCOMPARE(received, photo);
        QVERIFY(BlobStore(session.blobDir()).pending().isEmpty());
        QVERIFY(BlobStore(session.blobDir()).contains(hash));  // the local copy stays for viewing
        // The upload came before the push that named it.
        qsizetype putAt = -1;
        qsizetype pushAt = -1;
        const auto& requests = server.requests();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests[i].path == blobPath && requests[i].method == "PUT" &&
                requests[i].body == photo)
                putAt = i;
            if (requests[i].path == "/v1/sync" && requests[i].body.contains(hash.toLatin1()) &&
                pushAt < 0)
                pushAt = i;
        }
        QVERIFY(putAt >= 0 && pushAt > putAt);
    }
};

QTEST_MAIN(LogDraftTest)
#include "logdraft_test.moc"
