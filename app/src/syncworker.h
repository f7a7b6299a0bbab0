#pragma once
/// The sync worker: runs core's SyncEngine on its own thread.

#include <chrono>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

#include "muster/schema.hpp"
#include "muster/sync_engine.hpp"

class QWebSocket;

namespace muster::app {

class QtSyncTransport;
struct WriterStore;

/// Entities whose visible state may have changed, by type (keys), sent to the
/// UI thread in small batches.
struct TouchedEntities {
    QStringList tasks;
    QStringList logs;
    QStringList drills;
    QStringList units;
    QStringList members;
    QStringList devices;
    QStringList conflicts;

    [[nodiscard]] bool isEmpty() const {
        return tasks.isEmpty() && logs.isEmpty() && drills.isEmpty() && units.isEmpty() && members.isEmpty() &&
               devices.isEmpty() && conflicts.isEmpty();
    }
    void add(muster::EntityType type, const std::string& key);
    /// Splits `touched` into batches of at most `batchSize` entities.
    [[nodiscard]] static QList<TouchedEntities> batches(
        const std::vector<std::pair<muster::EntityType, std::string>>& touched, int batchSize = 200);
};

/// How a worker talks to its server.
struct SyncWorkerConfig {
    std::shared_ptr<WriterStore> writer;  ///< shared with the UI thread's local writes
    QUrl server;                          ///< base URL (normalized, ends with '/')
    QString token;                        ///< empty: "login needed" until setToken()
    const muster::Clock* clock = nullptr; ///< must outlive the worker
    std::uint64_t seed = 0;               ///< backoff jitter
    std::chrono::milliseconds debounce{500};
    std::chrono::milliseconds timeout{30000};
    bool webSocket = true;                ///< listen on /v1/events for `changed`
    /// The event socket's own liveness check: a ping this often, and the
    /// socket replaced when nothing (no pong, no message) came back for
    /// `socketSilence`. A connection can die without a word (a phone moving
    /// between networks, a NAT forgetting it): the socket then stays "open"
    /// and no `changed` ever arrives.
    std::chrono::milliseconds socketPing{20000};
    std::chrono::milliseconds socketSilence{45000};
    QString blobDir;                      ///< the account's BlobStore folder: pending blobs go up first
};

/// Runs `SyncEngine::sync_until_idle()` on the thread it is moved to: 500 ms
/// after the last local change, at once on a WebSocket `changed` event and
/// each time the socket (re)connects (events are not replayed), when the
/// network comes back, and when the engine's backoff delay has passed.
///
/// Threads: construct on any thread, `moveToThread()` a dedicated QThread,
/// then call every slot through queued invocations. Everything it creates
/// (transport, engine, WebSocket, timers) lives on that thread. It holds the
/// writer store's mutex while the engine works on the store and releases it
/// while it waits on the network. Reports go out as queued signals.
///
/// Reentrancy: the transport waits in a local event loop, so slots may run
/// while a sync is in progress; they only set flags then, and the sync runs
/// again once the current one ends.
class SyncWorker : public QObject {
    Q_OBJECT

  public:
    explicit SyncWorker(SyncWorkerConfig config);
    ~SyncWorker() override;

    /// Destroys what `start()` created. Call on the worker thread as it
    /// finishes (QThread::finished, direct connection), after `shutdown()`.
    void teardown();

    /// States as reported: idle, syncing, backing_off, login_needed, offline, wiped.
    static QString stateName(muster::SyncState state, bool reachable);

  public slots:
    /// Creates the transport, engine and socket on the worker thread; syncs once.
    void start();
    /// A local write happened: sync after the debounce delay (unless backing off).
    void localChange();
    /// Sync now, skipping any backoff (a user's "Sync now", a push event).
    void syncNow();
    /// New credentials after a sign-in: leave "login needed" and sync.
    void setToken(const QString& token);
    /// The OS says the network went away or came back.
    void setNetworkAvailable(bool available);
    /// The OS suspends the app (a phone's app sent to the background) or
    /// wakes it. Suspended: timers stop, the request in flight is aborted
    /// (its ops stay in the outbox; the server dedupes them when they are
    /// sent again, acked or not), the event socket closes, and nothing starts
    /// until woken. Woken: the socket reconnects and a sync runs at once.
    void setSuspended(bool suspended);
    /// Stops timers, aborts the request in flight, closes the socket.
    void shutdown();

  signals:
    void stateChanged(const QString& state, const QString& lastError);
    void progressChanged(qint64 opsSent, qint64 opsTotal, qint64 changesReceived);
    /// After each sync attempt: when the store last synced. The counts of
    /// waiting and refused changes are read where this arrives, not sent
    /// with it: a change written there meanwhile would make them stale.
    void syncFinished(qint64 lastSyncAt);
    void entitiesTouched(const muster::app::TouchedEntities& batch);
    void onlineChanged(bool online);
    /// The server said an admin wiped this device. Sent after the answer's
    /// acks were applied and the worker stopped; `unsent` ops were not acked
    /// (-1 when they could not be counted).
    void wiped(const QString& reason, qint64 unsent);
    /// The server did not know this device's cursor (restored from a
    /// backup): the device forgot what it had from the server and pulled
    /// everything again (SyncReport::restarted).
    void serverRestored();

  private:
    void runSync();
    void scheduleRetry();
    void openSocket();
    void scheduleSocketReconnect();
    void onSocketMessage(const QString& message);
    /// `socketPing` tick: replaces a silent socket, or pings.
    void checkSocket();
    void setState(const QString& state, const QString& error = {});

    SyncWorkerConfig m_config;
    std::unique_ptr<QtSyncTransport> m_transport;
    std::unique_ptr<muster::SyncEngine> m_engine;
    QWebSocket* m_socket = nullptr;
    QTimer* m_debounce = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_socketRetry = nullptr;
    QTimer* m_again = nullptr;
    QTimer* m_socketWatch = nullptr;  ///< repeating, while the socket is connected
    QElapsedTimer m_socketHeard;      ///< since the socket last said anything
    muster::Backoff m_socketBackoff;
    QString m_state;
    bool m_syncing = false;
    bool m_rerun = false;
    bool m_pushPending = false;
    bool m_loginPending = false;
    bool m_stopping = false;
    bool m_suspended = false;
    bool m_online = false;
};

}  // namespace muster::app

Q_DECLARE_METATYPE(muster::app::TouchedEntities)
