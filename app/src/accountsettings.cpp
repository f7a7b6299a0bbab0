#include "accountsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

#include "deviceidentity.h"
#include "muster/store_encrypt.hpp"

namespace muster::app {

namespace {
QString safePart(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('_') || c == QLatin1Char('-');
        out += ok ? c : QLatin1Char('_');
    }
    return out.isEmpty() ? QStringLiteral("_") : out;
}
}  // namespace

QString accountDatabasePath(const QString& dataDir, const QUrl& server, const QString& login) {
    const QString name = safePart(server.host().toLower()) + QLatin1Char('-') + safePart(login.trimmed()) +
                         QStringLiteral(".db");
    return QDir(dataDir).filePath(name);
}

bool accountDatabaseNeedsNewKey(const QString& path) {
    return !QFileInfo::exists(path) || is_plain_sqlite_file(QDir::toNativeSeparators(path).toStdString());
}

Result<Store> openAccountStore(const QString& path, const Clock& clock, const std::string& keyHex) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error{ErrorCode::storage, "can't create the folder " + QDir::toNativeSeparators(folder).toStdString()};
    }
    const std::string native = QDir::toNativeSeparators(path).toStdString();
    if (!keyHex.empty() && is_plain_sqlite_file(native)) {
        // Written by a version that did not encrypt: encrypt it now, in place.
        if (Status s = encrypt_store_file(native, keyHex); !s) return s.error();
    }
    StoreOptions options;
    options.replica_id = makeReplicaId(*QRandomGenerator::system()).toStdString();  // used only if new
    options.key_hex = keyHex;
    return Store::open(QDir::toNativeSeparators(path).toStdString(), clock, options);
}

std::optional<QString> accountStoreRefusal(const Error& error) {
    if (error.message == kStoreLockedMessage) {
        return QCoreApplication::translate(
            "muster::app::AccountSession", "This device's data could not be unlocked: its key does not fit. Nothing was changed.");
    }
    if (error.code == ErrorCode::version_too_new) {
        return QCoreApplication::translate(
            "muster::app::AccountSession",
            "This account's data on this device was written by a newer version of Muster. Update the app to open "
            "it; nothing was changed or lost.");
    }
    return std::nullopt;
}

bool removeAccountDatabase(const QString& path) {
    bool gone = true;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && !QFile::remove(file)) gone = false;
    }
    return gone;
}

std::optional<AccountInfo> loadLastAccount(const QString& settingsFile) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("account"));
    AccountInfo info;
    info.serverUrl = settings.value(QStringLiteral("server")).toString();
    info.login = settings.value(QStringLiteral("login")).toString();
    info.memberId = settings.value(QStringLiteral("member")).toString();
    info.memberName = settings.value(QStringLiteral("name")).toString();
    info.role = settings.value(QStringLiteral("role")).toString();
    info.unitKey = settings.value(QStringLiteral("unit")).toString();
    if (!info.isValid()) return std::nullopt;
    return info;
}

void saveLastAccount(const QString& settingsFile, const AccountInfo& account) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("account"));
    settings.setValue(QStringLiteral("server"), account.serverUrl);
    settings.setValue(QStringLiteral("login"), account.login);
    settings.setValue(QStringLiteral("member"), account.memberId);
    settings.setValue(QStringLiteral("name"), account.memberName);
    settings.setValue(QStringLiteral("role"), account.role);
    settings.setValue(QStringLiteral("unit"), account.unitKey);
    settings.endGroup();
    settings.sync();
}

void forgetLastAccount(const QString& settingsFile) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.remove(QStringLiteral("account"));
    settings.sync();
}

qint64 loadLastLookedAt(const QString& settingsFile, const QString& accountId) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    return settings.value(QStringLiteral("lastLooked/") + safePart(accountId), 0).toLongLong();
}

void forgetLastLookedAt(const QString& settingsFile, const QString& accountId) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.remove(QStringLiteral("lastLooked/") + safePart(accountId));
    settings.sync();
}

void saveLastLookedAt(const QString& settingsFile, const QString& accountId, qint64 utcMs) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("lastLooked/") + safePart(accountId), utcMs);
    settings.sync();
}

namespace {

QString seenGroup(const QString& accountId) {
    return QStringLiteral("seen-") + safePart(accountId);
}

}  // namespace

QHash<QString, qint64> loadSeenTasks(const QString& settingsFile, const QString& accountId) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(seenGroup(accountId));
    QHash<QString, qint64> seen;
    for (const QString& key : settings.childKeys()) seen.insert(key, settings.value(key).toLongLong());
    return seen;
}

void saveSeenTask(const QString& settingsFile, const QString& accountId, const QString& taskKey, qint64 utcMs) {
    if (taskKey.isEmpty() || safePart(taskKey) != taskKey) return;  // keys are UUIDs; nothing else is kept
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.setValue(seenGroup(accountId) + QLatin1Char('/') + taskKey, utcMs);
    settings.sync();
}

void forgetSeenTasks(const QString& settingsFile, const QString& accountId, qint64 before) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(seenGroup(accountId));
    for (const QString& key : settings.childKeys()) {
        if (before < 0 || settings.value(key).toLongLong() <= before) settings.remove(key);
    }
    settings.endGroup();
    settings.sync();
}

}  // namespace muster::app
