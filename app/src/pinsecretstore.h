#pragma once
/// Secrets kept in a file encrypted with a key derived from the user's PIN:
/// for devices with no platform keystore (e.g. a Linux box without a Secret
/// Service). See docs/security-app.md.

#include <cstdint>

#include <QByteArray>
#include <QHash>
#include <QString>

#include "secretstore.h"

namespace muster {
class Clock;
}

namespace muster::app {

/// The vault file (`secrets.pin` beside the databases) is JSON: the argon2id
/// parameters and random salt, the count and time of failed unlocks, and one
/// crypto_secretbox (XSalsa20-Poly1305) box holding every secret, under the
/// key argon2id derives from the PIN. A wrong PIN fails the box's MAC: it is
/// refused without learning anything, and nothing is written but the failure
/// count. The secrets are held in memory while unlocked; each write
/// re-encrypts the whole box with a fresh nonce and replaces the file
/// atomically.
///
/// Guessing is slowed by the KDF itself and by a delay after the third
/// consecutive wrong PIN (5 s, doubling to 5 min), kept in the file so a
/// restart does not reset it. (Someone who copies the file can guess offline;
/// the KDF's cost is what stands in the way then.)
class PinSecretStore final : public SecretStore {
  public:
    /// argon2id cost. Default: libsodium's INTERACTIVE pair (2 passes, 64 MiB).
    struct Cost {
        std::uint64_t opsLimit;
        std::size_t memLimit;
    };
    [[nodiscard]] static Cost defaultCost();
    /// Shortest PIN accepted (digits only).
    static constexpr int kMinPinLength = 6;

    /// `clock` (not owned) times the guess delay.
    PinSecretStore(QString vaultFile, const muster::Clock& clock, Cost cost = defaultCost());
    ~PinSecretStore() override;

    [[nodiscard]] QString vaultFile() const { return m_file; }
    /// A PIN was chosen on this device (the vault file exists).
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool unlocked() const { return m_unlocked; }

    enum class PinResult { Ok, TooShort, WrongPin, TooSoon, Failed };
    /// Creates the vault under a new PIN (only when there is none) and unlocks it.
    PinResult choosePin(const QString& pin, QString* message = nullptr);
    /// Opens the vault. WrongPin and TooSoon leave `retryAfterMs` set (0: at once).
    PinResult unlock(const QString& pin, std::int64_t* retryAfterMs = nullptr, QString* message = nullptr);
    /// Forgets the key and the secrets held in memory.
    void lock();
    /// Deletes the vault file (remote wipe, forgotten PIN) and locks.
    bool erase();
    /// The delay before the next unlock may be tried, ms from now (0: now).
    [[nodiscard]] std::int64_t retryAfterMs() const;

    Read read(const QString& name) override;
    Status write(const QString& name, const QByteArray& value, QString* message = nullptr) override;
    Status remove(const QString& name) override;

  private:
    bool save(QString* message);
    bool saveFailures();

    QString m_file;
    const muster::Clock* m_clock;
    Cost m_cost;
    bool m_unlocked = false;
    QByteArray m_key;   ///< libsodium-locked while held; wiped on lock
    QByteArray m_salt;
    QHash<QString, QByteArray> m_secrets;
};

}  // namespace muster::app
