#include "accountsession.h"

#include <QDir>
#include <QGuiApplication>
#include <QFileInfo>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QThread>

#include "certificatetrust.h"
#include "loginprotocol.h"
#include "muster/clock.hpp"
#include "sessioncontroller.h"
#include "timeformatter.h"

namespace muster::app {

namespace {
QString accountId(const AccountInfo& account) {
    return QUrl(account.serverUrl).host() + QLatin1Char('-') + account.login;
}
}  // namespace

AccountSession::AccountSession(QObject* parent) : QObject(parent), m_clock(&SystemClock::instance()) {
    qRegisterMetaType<muster::app::TouchedEntities>();
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, &AccountSession::setApplicationState);
    }
}

AccountSession::~AccountSession() {
    close();
}

void AccountSession::setDataDir(const QString& dir) {
    if (dir == m_dataDir) return;
    m_dataDir = dir;
    emit dataDirChanged();
}

void AccountSession::setSyncTiming(std::chrono::milliseconds debounce, std::chrono::milliseconds timeout,
                                   bool webSocket) {
    m_debounce = debounce;
    m_timeout = timeout;
    m_webSocket = webSocket;
}

void AccountSession::setSocketLiveness(std::chrono::milliseconds ping, std::chrono::milliseconds silence) {
    m_socketPing = ping;
    m_socketSilence = silence;
}

QString AccountSession::settingsFile() const {
    return QDir(m_dataDir).filePath(QStringLiteral("settings.ini"));
}

void AccountSession::setKeys(DeviceKeys* keys) {
    if (keys == m_keys) return;
    m_keys = keys;
    emit keysChanged();
}

bool AccountSession::hasLastAccount() const {
    return !m_dataDir.isEmpty() && loadLastAccount(settingsFile()).has_value();
}

bool AccountSession::openLastAccount() {
    if (m_dataDir.isEmpty()) return false;
    const auto account = loadLastAccount(settingsFile());
    if (!account || deviceKeys().locked()) return false;
    const QString path = accountDatabasePath(m_dataDir, QUrl(account->serverUrl), account->login);
    return openAccount(*account, deviceKeys().loadToken(path));
}

bool AccountSession::openFromSession(SessionController* session) {
    if (!session || !session->signedIn()) return false;
    AccountInfo account;
    account.serverUrl = session->sessionServer().toString();
    account.login = session->login().trimmed();
    account.memberId = session->memberId();
    account.memberName = session->memberName();
    account.role = session->role();
    account.unitKey = session->unitKey();
    if (!m_dataDir.isEmpty() && session->dataDir().isEmpty()) session->setDataDir(m_dataDir);
    if (isOpen() && account.serverUrl == m_account.serverUrl && account.login == m_account.login) {
        // Signed in again (login needed): same store, new token.
        m_account = account;
        updateToken(session->token());
        saveLastAccount(settingsFile(), account);
        emit openChanged();
        return true;
    }
    if (!openAccount(account, session->token())) return false;
    deviceKeys().storeToken(m_dbPath, session->token());
    saveLastAccount(settingsFile(), account);
    return true;
}

bool AccountSession::openAccount(const AccountInfo& account, const QString& token) {
    close();
    setErrorText({});
    CertificateTrust::load(settingsFile());
    if (!QDir().mkpath(m_dataDir)) {
        setErrorText(tr("Can't create the data folder %1.").arg(m_dataDir));
        return false;
    }
    const QString path = accountDatabasePath(m_dataDir, QUrl(account.serverUrl), account.login);
    QString keyError;
    const auto key = deviceKeys().databaseKey(path, /*create=*/accountDatabaseNeedsNewKey(path), &keyError);
    if (!key) {
        setErrorText(tr("Can't open this account's data: %1").arg(keyError));
        return false;
    }
    // The writer first: it creates or migrates the file the reader then opens.
    auto writer = openAccountStore(path, *m_clock, *key);
    if (!writer) {
        setErrorText(accountStoreRefusal(writer.error())
                         .value_or(tr("Can't open this account's data: %1").arg(QString::fromStdString(writer.error().message))));
        return false;
    }
    StoreOptions readerOptions;
    readerOptions.key_hex = *key;
    auto reader = Store::open(QDir::toNativeSeparators(path).toStdString(), *m_clock, readerOptions);
    if (!reader) {
        setErrorText(tr("Can't open this account's data: %1").arg(QString::fromStdString(reader.error().message)));
        return false;
    }
    m_writer = std::make_shared<WriterStore>(std::move(*writer));
    m_reader.emplace(std::move(*reader));
    m_background = std::make_unique<BackgroundReader>(QDir::toNativeSeparators(path), *key, *m_clock,
                                                      [this] { return readStore(); });
    m_account = account;
    m_dbPath = path;
    const QString id = accountId(account);
    m_lastLookedAt = loadLastLookedAt(settingsFile(), id);
    // "New since you last looked" counts from the previous session; this one is now.
    saveLastLookedAt(settingsFile(), id, m_clock->now_ms());
    // Tasks opened before that look are covered by it; the ones opened since stay seen.
    forgetSeenTasks(settingsFile(), id, m_lastLookedAt);
    m_seen = loadSeenTasks(settingsFile(), id);
    m_status.reset();
    m_status.setLastSyncAt(m_reader->last_sync_ms().value_or(0));
    refreshCounts();
    TimeFormatter::setServerOffsetMs(serverNowMs() - m_clock->now_ms());
    startWorker(token);
    emit openChanged();
    emit lastLookedAtChanged();
    return true;
}

void AccountSession::close() {
    if (!isOpen()) return;
    stopWorker();
    m_touchedQueue.clear();
    m_background.reset();
    m_reader.reset();
    m_writer.reset();
    m_dbPath.clear();
    m_token.clear();
    m_status.reset();
    TimeFormatter::setServerOffsetMs(0);
    emit openChanged();
}

void AccountSession::forget() {
    if (m_account.isValid()) {
        deviceKeys().clearToken(accountDatabasePath(m_dataDir, QUrl(m_account.serverUrl), m_account.login));
    }
    close();
    m_account = {};
    if (!m_dataDir.isEmpty()) forgetLastAccount(settingsFile());
    emit openChanged();
}

void AccountSession::startWorker(const QString& token) {
    SyncWorkerConfig config;
    config.writer = m_writer;
    config.server = QUrl(m_account.serverUrl);
    config.token = token;
    m_token = token;
    config.clock = m_clock;
    config.seed = QRandomGenerator::global()->generate64();
    config.debounce = m_debounce;
    config.timeout = m_timeout;
    config.webSocket = m_webSocket;
    config.socketPing = m_socketPing;
    config.socketSilence = m_socketSilence;
    config.blobDir = blobDir();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("muster-sync"));
    m_worker = new SyncWorker(std::move(config));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, [w = m_worker] { w->teardown(); }, Qt::DirectConnection);
    connect(m_worker, &SyncWorker::stateChanged, this,
            [this](const QString& state, const QString& error) { m_status.setState(state, error); });
    connect(m_worker, &SyncWorker::progressChanged, &m_status, &SyncStatus::setProgress);
    connect(m_worker, &SyncWorker::onlineChanged, &m_status, &SyncStatus::setOnline);
    connect(m_worker, &SyncWorker::serverRestored, &m_status, &SyncStatus::setServerRestored);
    connect(m_worker, &SyncWorker::entitiesTouched, this, &AccountSession::queueTouched);
    connect(m_worker, &SyncWorker::wiped, this, &AccountSession::wipeLocalData, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::syncFinished, this, [this](qint64 lastSyncAt) {
        if (lastSyncAt > 0) m_status.setLastSyncAt(lastSyncAt);
        TimeFormatter::setServerOffsetMs(serverNowMs() - m_clock->now_ms());
        // Counted now, not as the worker's round ended: a change written here
        // since (before this queued signal arrived) would be missing, and
        // "nothing waiting" shown while it waits.
        const qint64 rejectedBefore = m_status.rejectedCount();
        refreshCounts();
        if (m_status.rejectedCount() != rejectedBefore) emit rejectedChanged();
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
    if (m_suspended) QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->setSuspended(true); }, Qt::QueuedConnection);
    watchNetwork();
}

void AccountSession::stopWorker() {
    if (!m_worker) return;
    // Processed even while the worker waits on the network (its local event
    // loop runs posted calls): it aborts the request, so this returns quickly.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void AccountSession::watchNetwork() {
    if (m_networkWatched) return;
    m_networkWatched = true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) return;
    // Without a backend the worker learns of a returning network from its next
    // successful request or the event socket reconnecting.
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Unknown) return;
                setNetworkAvailable(reachability != QNetworkInformation::Reachability::Disconnected);
            });
}

void AccountSession::setApplicationState(Qt::ApplicationState state) {
    const bool suspended = state == Qt::ApplicationSuspended;
    if (suspended == m_suspended) return;
    m_suspended = suspended;
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, suspended] { w->setSuspended(suspended); }, Qt::QueuedConnection);
}

void AccountSession::setNetworkAvailable(bool available) {
    if (!m_worker) return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, available] { w->setNetworkAvailable(available); },
                              Qt::QueuedConnection);
}

void AccountSession::updateToken(const QString& token) {
    if (!isOpen()) return;
    deviceKeys().storeToken(m_dbPath, token);
    m_token = token;
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, token] { w->setToken(token); }, Qt::QueuedConnection);
    }
}

void AccountSession::syncNow() {
    if (m_worker) QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void AccountSession::markAllSeen() {
    if (!isOpen()) return;
    m_lastLookedAt = m_clock->now_ms();
    saveLastLookedAt(settingsFile(), accountId(m_account), m_lastLookedAt);
    m_seen.clear();
    forgetSeenTasks(settingsFile(), accountId(m_account), -1);
    emit lastLookedAtChanged();
}

void AccountSession::markTaskSeen(const QString& taskKey, qint64 arrivedAt) {
    if (!isOpen() || taskKey.isEmpty() || arrivedAt <= m_lastLookedAt || seenAt(taskKey) >= arrivedAt) return;
    const qint64 now = std::max<qint64>(m_clock->now_ms(), arrivedAt);
    m_seen.insert(taskKey, now);
    saveSeenTask(settingsFile(), accountId(m_account), taskKey, now);
    emit taskSeen(taskKey);
}

bool AccountSession::dismissRejected(const QString& opId) {
    if (!isOpen()) return false;
    const Status done = withWriter([&](Store& store) { return store.dismiss_rejected(opId.toStdString()); });
    if (!done) return false;
    refreshCounts();
    emit rejectedChanged();
    return true;
}

std::int64_t AccountSession::serverNowMs() const {
    // The offset is an atomic inside the store (the worker sets it while
    // applying an answer): read without the writer's mutex, which a long sync
    // may hold.
    return m_clock->now_ms() + (m_writer ? m_writer->store.clock_offset_ms() : 0);
}

Result<std::vector<Op>> AccountSession::write(const std::vector<LocalWrite>& writes) {
    if (!isOpen()) return Error{ErrorCode::storage, "no account is open"};
    auto ops = withWriter([&](Store& store) { return store.write_batch(writes); });
    if (!ops) return ops;
    TouchedEntities touched;
    for (const Op& op : *ops) touched.add(op.entity, op.key);
    refreshCounts();
    publishTouched(touched);
    if (m_worker) QMetaObject::invokeMethod(m_worker, &SyncWorker::localChange, Qt::QueuedConnection);
    return ops;
}

void AccountSession::publishTouched(const TouchedEntities& touched) {
    if (!touched.isEmpty()) emit entitiesChanged(touched);
}

void AccountSession::queueTouched(const TouchedEntities& touched) {
    if (touched.isEmpty()) return;
    m_touchedQueue.append(touched);
    if (m_touchedQueue.size() == 1) {
        QMetaObject::invokeMethod(this, &AccountSession::publishNextTouched, Qt::QueuedConnection);
    }
}

void AccountSession::publishNextTouched() {
    if (m_touchedQueue.isEmpty()) return;
    const TouchedEntities batch = m_touchedQueue.takeFirst();
    // Models re-read the store for each key, so a local write published in
    // between (at once) is never undone by an older batch.
    publishTouched(batch);
    if (!m_touchedQueue.isEmpty()) {
        QMetaObject::invokeMethod(this, &AccountSession::publishNextTouched, Qt::QueuedConnection);
    }
}

void AccountSession::refreshCounts() {
    if (!m_reader) return;
    // A count that failed keeps the last one shown: never a false "nothing waiting".
    if (auto pending = m_reader->pending_count()) {
        m_status.setPending(*pending);
    } else {
        qWarning("muster: the changes waiting to be sent could not be counted: %s", pending.error().message.c_str());
    }
    if (auto rejected = m_reader->rejected()) m_status.setRejectedCount(static_cast<qint64>(rejected->size()));
}

void AccountSession::wipeLocalData(const QString& reason, qint64 unsent) {
    if (!isOpen()) return;
    const AccountInfo account = m_account;
    const QString path = m_dbPath;
    eraseAccountFiles(account, path);
    QString notice = reason.trimmed().isEmpty()
                         ? tr("An administrator erased Muster's data on this device.")
                         : tr("An administrator erased Muster's data on this device (reason: %1).").arg(reason.trimmed());
    if (unsent > 0) {
        notice += QLatin1Char(' ') + tr("%n change(s) made on this device had not reached the server and are lost.",
                                        "", static_cast<int>(unsent));
    } else if (unsent < 0) {
        notice += QLatin1Char(' ') + tr("Changes made on this device may not all have reached the server.");
    } else {
        notice += QLatin1Char(' ') + tr("Every change made on this device had reached the server.");
    }
    notice += QLatin1Char(' ') + tr("Sign in again to keep working.");
    m_wipeNotice = notice;
    emit wipeNoticeChanged();
    emit wiped();
}

void AccountSession::eraseWipedAccount(SessionController* session) {
    if (!session || m_dataDir.isEmpty()) return;
    const auto base = normalizeServerUrl(session->serverUrl());
    if (!base) return;
    const QString path = accountDatabasePath(m_dataDir, *base, session->login().trimmed());
    AccountInfo account;
    account.serverUrl = base->toString();
    account.login = session->login().trimmed();
    eraseAccountFiles(account, path);
}

void AccountSession::eraseAccountFiles(const AccountInfo& account, const QString& dbPath) {
    if (isOpen() && dbPath == m_dbPath) close();
    if (!removeAccountDatabase(dbPath)) qWarning("muster: a wiped account's data file could not be removed");
    if (!QDir(accountBlobDir(dbPath)).removeRecursively()) {
        qWarning("muster: a wiped account's attachments could not be removed");
    }
    deviceKeys().eraseAccount(dbPath);
    forgetLastLookedAt(settingsFile(), accountId(account));
    forgetSeenTasks(settingsFile(), accountId(account), -1);
    const auto last = loadLastAccount(settingsFile());
    if (last && last->serverUrl == account.serverUrl && last->login == account.login) {
        forgetLastAccount(settingsFile());
    }
    if (m_account.serverUrl == account.serverUrl && m_account.login == account.login) {
        m_account = {};
        emit openChanged();
    }
}

void AccountSession::eraseDeviceData() {
    close();
    if (!m_dataDir.isEmpty()) {
        if (const auto last = loadLastAccount(settingsFile())) {
            eraseAccountFiles(*last, accountDatabasePath(m_dataDir, QUrl(last->serverUrl), last->login));
        }
    }
    deviceKeys().forgetPin();
    m_account = {};
    emit openChanged();
}

void AccountSession::clearWipeNotice() {
    if (m_wipeNotice.isEmpty()) return;
    m_wipeNotice.clear();
    emit wipeNoticeChanged();
}

void AccountSession::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
