#pragma once
/// Which account this install last used and where its data lives (one
/// encrypted SQLite file per account: `<data>/<host>-<login>.db`). Its key and
/// token are kept by DeviceKeys, never here.

#include <memory>
#include <mutex>
#include <optional>

#include <QHash>
#include <QString>
#include <QUrl>

#include "muster/store.hpp"

namespace muster::app {

/// The account shown at start. Never holds the token.
struct AccountInfo {
    QString serverUrl;  ///< normalized base URL (ends with '/')
    QString login;
    QString memberId;
    QString memberName;
    QString role;
    QString unitKey;

    [[nodiscard]] bool isValid() const { return !serverUrl.isEmpty() && !login.isEmpty() && !memberId.isEmpty(); }
    friend bool operator==(const AccountInfo&, const AccountInfo&) = default;
};

/// `<dataDir>/<server-host>-<login>.db`, both parts reduced to [A-Za-z0-9._-].
[[nodiscard]] QString accountDatabasePath(const QString& dataDir, const QUrl& server, const QString& login);

/// Opens the account store at `path`, creating it (and its folder) when new.
///
/// Each store is its own replica: a new one gets a fresh random replica id,
/// never one shared with another store of this install. Op ids are
/// `<replica id>-<n>` with n counted per store and the server dedupes by op
/// id, so two stores under one id (two accounts on one server, or a store
/// created again after its file was lost) would have each other's changes
/// dropped as duplicates. Sign-in sends this store's id, so the server's
/// `device` entity and the store's ops name the same replica.
///
/// `keyHex` (64 hex digits, from DeviceKeys) encrypts the file (SQLCipher); a
/// wrong key fails with `muster::kStoreLockedMessage` and leaves it untouched.
[[nodiscard]] muster::Result<muster::Store> openAccountStore(const QString& path, const muster::Clock& clock,
                                                             const std::string& keyHex);
/// Why `openAccountStore` failed, in the user's language, for the failures a
/// person can act on and must not mistake for a full disk: a key that does
/// not fit, a file from a newer app. nullopt for the others.
[[nodiscard]] std::optional<QString> accountStoreRefusal(const muster::Error& error);

/// The last used account, kept in the `account` group of `settingsFile` (INI).
[[nodiscard]] std::optional<AccountInfo> loadLastAccount(const QString& settingsFile);
void saveLastAccount(const QString& settingsFile, const AccountInfo& account);
void forgetLastAccount(const QString& settingsFile);

/// "New since you last looked": when the user last looked at this account's tasks (UTC ms, 0 = never).
[[nodiscard]] qint64 loadLastLookedAt(const QString& settingsFile, const QString& accountId);
void saveLastLookedAt(const QString& settingsFile, const QString& accountId, qint64 utcMs);
void forgetLastLookedAt(const QString& settingsFile, const QString& accountId);

/// Tasks the user opened since the last look (task key → UTC ms): an opened task is not "new" any more.
[[nodiscard]] QHash<QString, qint64> loadSeenTasks(const QString& settingsFile, const QString& accountId);
void saveSeenTask(const QString& settingsFile, const QString& accountId, const QString& taskKey, qint64 utcMs);
/// Forgets the tasks seen at or before `before` (a later look covers them); every one when `before` < 0.
void forgetSeenTasks(const QString& settingsFile, const QString& accountId, qint64 before);

/// True when the database at `path` has no key yet: it does not exist, or it
/// is a plain (unencrypted) file from before the app encrypted its data, which
/// `openAccountStore` then encrypts in place.
[[nodiscard]] bool accountDatabaseNeedsNewKey(const QString& path);

/// Removes the account's local data files: the database `path` and its
/// -wal, -shm and -journal companions. True when none is left.
bool removeAccountDatabase(const QString& path);

/// The store connection that does every write of an account: the sync
/// engine's (on the worker thread) and the UI's local writes, one at a time
/// under `mutex`. The worker releases the mutex while it waits on the network,
/// so a local write waits at most for one store transaction. (One writing
/// connection also keeps the store's cached meta — op counter, cursor, clock —
/// in one place; two writing connections would overwrite each other's.)
struct WriterStore {
    explicit WriterStore(muster::Store s) : store(std::move(s)) {}
    std::mutex mutex;
    muster::Store store;
};

}  // namespace muster::app
