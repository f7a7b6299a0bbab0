#pragma once
/// Which account this install last used, where its data lives, and the hook
/// for keeping its token (one SQLite file per account: `<data>/<host>-<login>.db`).

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
[[nodiscard]] muster::Result<muster::Store> openAccountStore(const QString& path, const muster::Clock& clock);

/// The last used account, kept in the `account` group of `settingsFile` (INI).
[[nodiscard]] std::optional<AccountInfo> loadLastAccount(const QString& settingsFile);
void saveLastAccount(const QString& settingsFile, const AccountInfo& account);
void forgetLastAccount(const QString& settingsFile);

/// "New since you last looked": when the user last looked at this account's tasks (UTC ms, 0 = never).
[[nodiscard]] qint64 loadLastLookedAt(const QString& settingsFile, const QString& accountId);
void saveLastLookedAt(const QString& settingsFile, const QString& accountId, qint64 utcMs);

/// Where bearer tokens are kept between uses.
///
/// TODO(security issue): implement `PlatformCredentialVault` over the platform
/// keystore (Android Keystore, iOS Keychain, libsecret / KWallet on desktops)
/// and install it in `AccountSession::setCredentialVault`. Until then tokens
/// live in memory only (`MemoryCredentialVault`): after a restart the app
/// opens offline on its data and asks for the password when a sync needs it.
class CredentialVault {
  public:
    virtual ~CredentialVault() = default;
    virtual void storeToken(const QString& accountId, const QString& token) = 0;
    [[nodiscard]] virtual QString loadToken(const QString& accountId) const = 0;
    virtual void clearToken(const QString& accountId) = 0;
};

/// Tokens in this process's memory only (see CredentialVault).
class MemoryCredentialVault final : public CredentialVault {
  public:
    void storeToken(const QString& accountId, const QString& token) override { m_tokens[accountId] = token; }
    [[nodiscard]] QString loadToken(const QString& accountId) const override { return m_tokens.value(accountId); }
    void clearToken(const QString& accountId) override { m_tokens.remove(accountId); }

  private:
    QHash<QString, QString> m_tokens;
};

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
