#include "syncworker.h"

#include <algorithm>
#include <mutex>
#include <utility>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

#include "accountsettings.h"
#include "certificatetrust.h"
#include "loginprotocol.h"
#include "muster/version.hpp"
#include "qtsynctransport.h"

namespace muster::app {

void TouchedEntities::add(EntityType type, const std::string& key) {
    const QString k = QString::fromStdString(key);
    switch (type) {
        case EntityType::task: tasks << k; break;
        case EntityType::log: logs << k; break;
        case EntityType::drill: drills << k; break;
        case EntityType::unit: units << k; break;
        case EntityType::member: members << k; break;
        case EntityType::conflict: conflicts << k; break;
        case EntityType::device: devices << k; break;
    }
}

QList<TouchedEntities> TouchedEntities::batches(const std::vector<std::pair<EntityType, std::string>>& touched,
                                                int batchSize) {
    QList<TouchedEntities> out;
    TouchedEntities current;
    int count = 0;
    for (const auto& [type, key] : touched) {
        current.add(type, key);
        if (++count == batchSize) {
            if (!current.isEmpty()) out << current;
            current = {};
            count = 0;
        }
    }
    if (!current.isEmpty()) out << current;
    return out;
}

QString SyncWorker::stateName(SyncState state, bool reachable) {
    switch (state) {
        case SyncState::idle: return QStringLiteral("idle");
        case SyncState::syncing: return QStringLiteral("syncing");
        case SyncState::backing_off: return reachable ? QStringLiteral("backing_off") : QStringLiteral("offline");
        case SyncState::login_needed: return QStringLiteral("login_needed");
        case SyncState::wiped: return QStringLiteral("wiped");
    }
    return QStringLiteral("idle");
}

namespace {
/// The event socket retries at most this far apart: its connect is what
/// triggers the catch-up sync after an outage (events are not replayed), so
/// this bounds how long a device lags once the server is back. A failed
/// connect costs little; the sync itself keeps the protocol's 60 s cap.
constexpr std::int64_t kSocketRetryCapMs = 15'000;
}  // namespace

SyncWorker::SyncWorker(SyncWorkerConfig config)
    : m_config(std::move(config)), m_socketBackoff(m_config.seed ^ 0x5eedU, 1000, kSocketRetryCapMs) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start() {
    m_transport = std::make_unique<QtSyncTransport>(m_config.server);
    m_transport->setToken(m_config.token);
    m_transport->setTimeout(m_config.timeout);
    m_transport->setBlobDir(m_config.blobDir);
    SyncOptions options;
    const std::string_view version = muster::version();
    options.app_version = std::string(version);
    options.pull_limit = 200;  // small apply transactions: a local write waits for at most one
    m_engine = std::make_unique<SyncEngine>(m_config.writer->store, *m_transport, *m_config.clock, m_config.seed,
                                            options);
    m_engine->set_progress_callback([this](const SyncProgress& p) {
        emit progressChanged(static_cast<qint64>(p.ops_sent), static_cast<qint64>(p.ops_total),
                             static_cast<qint64>(p.changes_received));
    });
    auto singleShot = [this](auto slot) {
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, slot);
        return timer;
    };
    m_debounce = singleShot([this] {
        if (m_engine->attempt_due()) runSync();
    });
    m_debounce->setInterval(m_config.debounce);
    m_retry = singleShot([this] { runSync(); });
    m_again = singleShot([this] { runSync(); });
    m_socketRetry = singleShot([this] { openSocket(); });
    if (m_config.webSocket) {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        CertificateTrust::attach(*m_socket);
        m_socketWatch = new QTimer(this);
        m_socketWatch->setInterval(m_config.socketPing);
        connect(m_socketWatch, &QTimer::timeout, this, &SyncWorker::checkSocket);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_socketBackoff.reset();
            m_socketHeard.start();
            m_socketWatch->start();
            // `changed` events are not replayed: whatever the server committed
            // while the socket was down (or connecting) is fetched now, and
            // anything waiting in backoff goes too, the server being back.
            syncNow();
        });
        connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncWorker::onSocketMessage);
        connect(m_socket, &QWebSocket::pong, this, [this] { m_socketHeard.start(); });
        connect(m_socket, &QWebSocket::disconnected, this, [this] {
            m_socketWatch->stop();
            scheduleSocketReconnect();
        });
        // Qt 6.4 names the signal error(); errorOccurred() arrives in 6.5.
        connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
                [this](QAbstractSocket::SocketError) { scheduleSocketReconnect(); });
        openSocket();
    }
    runSync();
}

void SyncWorker::localChange() {
    if (m_stopping || !m_debounce) return;
    m_debounce->start();
}

void SyncWorker::syncNow() {
    if (m_stopping || !m_engine) return;
    if (m_syncing) {  // never touch the engine from inside its own call
        m_pushPending = true;
        m_rerun = true;
        return;
    }
    m_engine->on_push_event();
    runSync();
}

void SyncWorker::setToken(const QString& token) {
    if (!m_transport) {
        m_config.token = token;
        return;
    }
    m_transport->setToken(token);
    if (m_syncing) {
        m_loginPending = true;
        m_rerun = true;
        return;
    }
    m_engine->on_login();
    m_socketBackoff.reset();
    openSocket();
    runSync();
}

void SyncWorker::setNetworkAvailable(bool available) {
    if (m_stopping || !m_engine) return;
    if (!available) {
        m_online = false;
        emit onlineChanged(false);
        if (!m_syncing && m_engine->state() != SyncState::login_needed) setState(QStringLiteral("offline"));
        return;
    }
    openSocket();
    syncNow();
}

void SyncWorker::setSuspended(bool suspended) {
    if (m_stopping || !m_engine || suspended == m_suspended) return;
    m_suspended = suspended;
    if (suspended) {
        for (QTimer* timer : {m_debounce, m_retry, m_socketRetry, m_again}) timer->stop();
        if (m_socketWatch) m_socketWatch->stop();
        if (m_socket) m_socket->abort();
        if (m_syncing) m_transport->abort();  // the round ends as a failed one; runSync starts nothing more
        return;
    }
    m_socketBackoff.reset();
    openSocket();
    syncNow();
}

void SyncWorker::shutdown() {
    m_stopping = true;
    for (QTimer* timer : {m_debounce, m_retry, m_socketRetry, m_again, m_socketWatch}) {
        if (timer) timer->stop();
    }
    if (m_transport) m_transport->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SyncWorker::teardown() {
    m_stopping = true;
    delete m_socket;
    m_socket = nullptr;
    for (QTimer** timer : {&m_debounce, &m_retry, &m_socketRetry, &m_again, &m_socketWatch}) {
        delete *timer;
        *timer = nullptr;
    }
    m_engine.reset();
    m_transport.reset();
}

void SyncWorker::runSync() {
    if (m_stopping || m_suspended || !m_engine) return;  // woken, the worker syncs at once
    if (m_syncing) {  // called from inside the transport's wait: run again afterwards
        m_rerun = true;
        return;
    }
    if (m_transport->token().isEmpty()) {
        setState(QStringLiteral("login_needed"));
        return;
    }
    m_syncing = true;
    m_rerun = false;
    m_retry->stop();
    setState(QStringLiteral("syncing"));
    SyncReport report;
    qint64 unsent = 0;
    qint64 lastSync = 0;
    {
        std::unique_lock lock(m_config.writer->mutex);
        m_transport->setWaitHooks([&lock] { lock.unlock(); }, [&lock] { lock.lock(); });
        m_transport->beginRound();
        report = m_engine->sync_until_idle();
        m_transport->setWaitHooks({}, {});
        Store& store = m_config.writer->store;
        if (report.wipe) unsent = store.pending_count().value_or(-1);  // -1: not known
        lastSync = store.last_sync_ms().value_or(0);
    }
    m_syncing = false;
    for (const TouchedEntities& batch : TouchedEntities::batches(report.touched)) emit entitiesTouched(batch);
    if (report.restarted) emit serverRestored();
    const bool reached = m_transport->lastReachedServer();
    if (reached != m_online) {
        m_online = reached;
        emit onlineChanged(reached);
    }
    emit syncFinished(lastSync);
    if (report.wipe) {
        // The answer's acks are applied: what is still pending never reached the server.
        setState(QStringLiteral("wiped"));
        shutdown();
        emit wiped(QString::fromStdString(report.wipe->reason), unsent);
        return;
    }
    QString error = report.error ? QString::fromStdString(report.error->message) : QString();
    // In `login_needed` the engine stops before asking the server and says so
    // in the core's English; the bar keeps the words of the 401 that led there.
    if (report.error && report.error->code == ErrorCode::unauthenticated) {
        error = QString::fromStdString(syncHttpError(401, {}).message);
    }
    // A full disk here is not the server's problem: the state and the words say so.
    const bool storageFull = report.error && report.error->code == ErrorCode::storage_full;
    if (storageFull) {
        error = tr("This device's storage is full: what the server sent cannot be stored. Free some space; "
                   "nothing waiting to be sent is lost, and syncing goes on by itself.");
    }
    if (error.isEmpty() && !m_transport->blobProblems().isEmpty()) {
        // Everything else went through; the file stays here and is tried at every sync.
        const auto& problems = m_transport->blobProblems();
        QString first = problems.first();
        if (!first.endsWith(QLatin1Char('.'))) first += QLatin1Char('.');
        error = problems.size() == 1
                    ? first + QLatin1Char(' ') + tr("It stays on this device and is sent again at each sync.")
                    //: %n files; %1 the first file's problem.
                    : tr("%n attached files could not be uploaded (%1). They stay on this device and are sent "
                         "again at each sync.",
                         "", static_cast<int>(problems.size()))
                          .arg(problems.first());
    }
    const bool waitingForSpace = storageFull && m_engine->state() == SyncState::backing_off;
    setState(waitingForSpace ? QStringLiteral("storage_full") : stateName(m_engine->state(), reached), error);
    if (m_stopping) return;
    if (std::exchange(m_loginPending, false)) m_engine->on_login();
    if (std::exchange(m_pushPending, false)) m_engine->on_push_event();
    if (m_suspended) return;  // woken, it syncs at once
    if (m_engine->state() == SyncState::login_needed) return;
    if (m_rerun) {
        m_again->start(0);
    } else if (m_engine->state() == SyncState::backing_off) {
        scheduleRetry();
    }
}

void SyncWorker::scheduleRetry() {
    const std::int64_t wait = std::max<std::int64_t>(0, m_engine->next_attempt_ms() - m_config.clock->now_ms());
    m_retry->start(static_cast<int>(std::min<std::int64_t>(wait, 60'000)));
}

void SyncWorker::openSocket() {
    if (!m_socket || m_stopping || m_suspended || m_transport->token().isEmpty()) return;
    m_socketRetry->stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) return;
    QUrl url = endpointUrl(m_config.server, QStringLiteral("v1/events"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_transport->token().toUtf8());
    m_socket->open(request);
}

void SyncWorker::scheduleSocketReconnect() {
    if (m_stopping || m_suspended || !m_socket) return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) return;
    // The socket dropped while the bar says "Online": one sync finds out
    // whether the server is still there, instead of the bar waiting for the
    // next local change (an idle device would say "Online" for good).
    if (m_online) m_debounce->start();
    if (m_socketRetry->isActive()) return;
    m_socketRetry->start(static_cast<int>(m_socketBackoff.next_delay_ms()));
}

void SyncWorker::checkSocket() {
    if (!m_socket || m_stopping || m_suspended || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_socketWatch->stop();
        return;
    }
    if (m_socketHeard.elapsed() < m_config.socketSilence.count()) {
        m_socket->ping();
        return;
    }
    // Open but dead: replace it. Whatever the server committed meanwhile is
    // fetched by the sync this starts, and again when the new socket connects.
    m_socketWatch->stop();
    m_socket->abort();
    scheduleSocketReconnect();
}

void SyncWorker::onSocketMessage(const QString& message) {
    m_socketHeard.start();
    const QJsonObject event = QJsonDocument::fromJson(message.toUtf8()).object();
    if (event.value(QStringLiteral("type")).toString() == QLatin1String("changed")) syncNow();
}

void SyncWorker::setState(const QString& state, const QString& error) {
    m_state = state;
    emit stateChanged(state, error);
}

}  // namespace muster::app
