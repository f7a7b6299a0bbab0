#pragma once
/// The open account: its store, its sync worker and its sync status.

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

#include "accountsettings.h"
#include "backgroundreader.h"
#include "blobstore.h"
#include "devicekeys.h"
#include "sessioncontroller.h"
#include "muster/store.hpp"
#include "syncstatus.h"
#include "syncworker.h"

class QThread;

namespace muster {
class Clock;
}

namespace muster::app {



/// One signed-in (or previously signed-in) account on this device.
///
/// After a sign-in, `openFromSession()` opens (or creates) the account's store
/// `<dataDir>/<host>-<login>.db`, encrypted with a key from `keys` (the
/// platform keystore or the PIN vault), remembers the account in settings and
/// the token in `keys` (never in settings), and starts the sync worker; on
/// later starts `openLastAccount()` opens the same store with no network
/// (once `keys` is unlocked) and syncs with the kept token.
///
/// Remote wipe: when a sync answer says an admin wiped this device, the
/// session closes and erases the account's database files, its secrets and
/// the remembered account, then sets `wipeNotice` and emits `wiped()`.
///
/// Stores: the UI thread reads through its own connection (`readStore()`);
/// every write — local ones via `write()` and the worker's sync — goes through
/// one writer connection under a mutex (see WriterStore). Local writes are
/// one transaction each, visible at once, and poke the worker.
///
/// Lives on the UI thread. Models and controllers follow `entitiesChanged`.
class AccountSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY dataDirChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString memberName READ memberName NOTIFY openChanged)
    Q_PROPERTY(QString memberId READ memberId NOTIFY openChanged)
    Q_PROPERTY(QString role READ role NOTIFY openChanged)
    Q_PROPERTY(QString unitKey READ unitKey NOTIFY openChanged)
    Q_PROPERTY(QString login READ login NOTIFY openChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY openChanged)
    /// Tasks that arrived after this time are "new" (UTC ms).
    Q_PROPERTY(double lastLookedAt READ lastLookedAt NOTIFY lastLookedAtChanged)
    Q_PROPERTY(muster::app::SyncStatus* syncStatus READ syncStatus CONSTANT)
    /// Why the store could not be opened; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /// Where the database keys and tokens are kept; null: this process's memory (tests).
    Q_PROPERTY(muster::app::DeviceKeys* keys READ keys WRITE setKeys NOTIFY keysChanged)
    /// After a remote wipe: what happened, for the sign-in page; empty otherwise.
    Q_PROPERTY(QString wipeNotice READ wipeNotice NOTIFY wipeNoticeChanged)

  public:
    explicit AccountSession(QObject* parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString& dir);
    [[nodiscard]] bool isOpen() const { return m_reader.has_value(); }
    [[nodiscard]] QString memberName() const { return m_account.memberName; }
    [[nodiscard]] QString memberId() const { return m_account.memberId; }
    [[nodiscard]] QString role() const { return m_account.role; }
    [[nodiscard]] QString unitKey() const { return m_account.unitKey; }
    [[nodiscard]] QString login() const { return m_account.login; }
    [[nodiscard]] QString serverUrl() const { return m_account.serverUrl; }
    [[nodiscard]] double lastLookedAt() const { return static_cast<double>(m_lastLookedAt); }
    [[nodiscard]] SyncStatus* syncStatus() { return &m_status; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] DeviceKeys* keys() const { return m_keys; }
    void setKeys(DeviceKeys* keys);
    [[nodiscard]] QString wipeNotice() const { return m_wipeNotice; }

    /// Opens the account last used on this device, offline. False when there
    /// is none or `keys` is locked (unlock, then call again).
    Q_INVOKABLE bool openLastAccount();
    /// True when this device remembers an account (whether or not it is open).
    Q_INVOKABLE bool hasLastAccount() const;
    /// Opens the signed-in account of `session` (its token goes to the worker).
    Q_INVOKABLE bool openFromSession(muster::app::SessionController* session);
    /// Stops the worker and closes the stores.
    Q_INVOKABLE void close();
    /// Closes the account and forgets it: the next start shows the sign-in page.
    /// The account's data file stays (unsent changes are kept for its next sign-in).
    Q_INVOKABLE void forget();
    Q_INVOKABLE void syncNow();
    /// Everything so far counts as seen: no task is "new" any more.
    Q_INVOKABLE void markAllSeen();
    /// The user opened `taskKey`, which reached this device's view at
    /// `arrivedAt`: it is not "new" any more, in this session or the next.
    void markTaskSeen(const QString& taskKey, qint64 arrivedAt);
    /// When the user last opened `taskKey` since the last look (UTC ms); 0 = not since.
    [[nodiscard]] qint64 seenAt(const QString& taskKey) const { return m_seen.value(taskKey, 0); }
    /// Removes a refused change from the list once the user has read it.
    Q_INVOKABLE bool dismissRejected(const QString& opId);
    /// The server refused `session`'s sign-in with `device_wiped`: erases that
    /// account's local data as a wipe does (closing it if open).
    Q_INVOKABLE void eraseWipedAccount(muster::app::SessionController* session);
    Q_INVOKABLE void clearWipeNotice();
    /// A forgotten PIN: erases the remembered account's data and keys (as a
    /// wipe does) and the PIN vault. Unsent changes are lost.
    Q_INVOKABLE void eraseDeviceData();

    // ---- C++ only ----
    /// Opens `account`'s store; `token` may be empty (login needed).
    bool openAccount(const AccountInfo& account, const QString& token);
    /// A new token for the open account (after "login needed"): kept in the
    /// vault and handed to the worker, which leaves "login needed" and syncs.
    void updateToken(const QString& token);
    /// The open account's token ("" when closed or a login is needed), for the
    /// app's requests besides sync (the after-action report).
    [[nodiscard]] QString token() const { return m_token; }
    /// Not owned; must outlive the session. Default: the system clock.
    void setClock(const muster::Clock& clock) { m_clock = &clock; }
    [[nodiscard]] const muster::Clock& clock() const { return *m_clock; }
    /// The server's time as this device sees it: clock() corrected by the
    /// offset the last sync measured (the device's own clock when none has).
    /// Drill clocks run on it, so a device with a wrong clock still reveals a
    /// pre-staged inject on time.
    [[nodiscard]] std::int64_t serverNowMs() const;
    /// Erases the open account's local data after a remote wipe (see the class
    /// comment); `unsent` changes were never saved by the server (-1: not known).
    void wipeLocalData(const QString& reason, qint64 unsent);
    /// Worker timing (tests): debounce after a local write, transfer timeout, event socket.
    void setSyncTiming(std::chrono::milliseconds debounce, std::chrono::milliseconds timeout, bool webSocket);
    /// The event socket's ping interval and the silence after which it is replaced (tests shorten them).
    void setSocketLiveness(std::chrono::milliseconds ping, std::chrono::milliseconds silence);
    [[nodiscard]] const AccountInfo& account() const { return m_account; }
    [[nodiscard]] QString databasePath() const { return m_dbPath; }
    /// The open account's attachment folder (BlobStore); empty when closed.
    [[nodiscard]] QString blobDir() const { return m_dbPath.isEmpty() ? QString() : accountBlobDir(m_dbPath); }
    /// The UI thread's read connection; nullptr when closed. Never write through it.
    [[nodiscard]] muster::Store* readStore() { return m_reader ? &*m_reader : nullptr; }
    /// Reads too long for the UI thread, on a connection and thread of their
    /// own; nullptr when closed.
    [[nodiscard]] BackgroundReader* backgroundReader() { return m_background.get(); }
    /// Local writes in one transaction through the writer connection; on
    /// success announces the touched entities and pokes the worker.
    muster::Result<std::vector<muster::Op>> write(const std::vector<muster::LocalWrite>& writes);
    /// Runs `f(Store&)` on the writer connection under its lock (tests, dismiss).
    template <class F>
    auto withWriter(F&& f) {
        std::lock_guard lock(m_writer->mutex);
        return f(m_writer->store);
    }
    /// Tells models about changed entities, now (a local write, tests).
    void publishTouched(const TouchedEntities& touched);
    /// The worker's batches after a sync: published one per event-loop turn,
    /// so a big sync's 50 batches do not hold the UI thread in one stretch
    /// (they arrive together and Qt would deliver them back to back).
    void queueTouched(const TouchedEntities& touched);
    /// Forwarded to the worker: the OS's view of the network.
    void setNetworkAvailable(bool available);
    /// Follows the application's state (connected to QGuiApplication's
    /// signal): Qt::ApplicationSuspended pauses the worker (SyncWorker::
    /// setSuspended), any other state wakes it. Hidden keeps syncing: the OS
    /// lets a hidden app work in the background.
    void setApplicationState(Qt::ApplicationState state);
    /// Re-reads pending and rejected counts from the read connection.
    void refreshCounts();

  signals:
    void dataDirChanged();
    void openChanged();
    void lastLookedAtChanged();
    /// markTaskSeen marked `taskKey` seen.
    void taskSeen(const QString& taskKey);
    void errorTextChanged();
    void keysChanged();
    void wipeNoticeChanged();
    /// The account's local data was erased after a remote wipe (see wipeNotice).
    void wiped();
    void entitiesChanged(const muster::app::TouchedEntities& touched);
    /// The rejected list changed (a sync refused something, or one was dismissed).
    void rejectedChanged();

  private:
    [[nodiscard]] QString settingsFile() const;
    void startWorker(const QString& token);
    void stopWorker();
    void watchNetwork();
    void setErrorText(const QString& text);
    void publishNextTouched();
    void eraseAccountFiles(const AccountInfo& account, const QString& dbPath);
    [[nodiscard]] DeviceKeys& deviceKeys() const { return keysOrFallback(m_keys); }

    QString m_dataDir;
    const muster::Clock* m_clock;
    DeviceKeys* m_keys = nullptr;
    QString m_wipeNotice;
    AccountInfo m_account;
    QString m_dbPath;
    QString m_token;
    std::shared_ptr<WriterStore> m_writer;
    std::optional<muster::Store> m_reader;
    std::unique_ptr<BackgroundReader> m_background;
    QList<TouchedEntities> m_touchedQueue;  ///< the worker's batches not yet published
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    SyncStatus m_status;
    qint64 m_lastLookedAt = 0;
    QHash<QString, qint64> m_seen;  ///< see seenAt
    QString m_errorText;
    std::chrono::milliseconds m_debounce{500};
    std::chrono::milliseconds m_timeout{30000};
    bool m_webSocket = true;
    std::chrono::milliseconds m_socketPing{20000};
    std::chrono::milliseconds m_socketSilence{45000};
    bool m_networkWatched = false;
    bool m_suspended = false;
};

}  // namespace muster::app
