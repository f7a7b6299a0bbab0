#pragma once
/// The device's secrets for QML and the account code: which store holds them
/// (platform keystore, else a PIN), locking and unlocking, each account's
/// database key and token.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

#include "secretstore.h"

namespace muster {
class Clock;
}

namespace muster::app {

class PinSecretStore;

/// Chooses the secret store on first use: the PIN store when this data folder
/// already has a PIN vault (`secrets.pin`), else the platform keystore when one
/// answers, else the PIN store (the sign-in page then asks for a new PIN).
/// `MUSTER_SECRET_STORE=pin|keychain` forces one (tests, screenshots).
///
/// Each account's secrets are named after its database file's absolute path:
/// "<path>#database-key" (32 random bytes, made when the database is created)
/// and "<path>#token". Lives on the UI thread.
class DeviceKeys : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY dataDirChanged)
    /// "keychain", "pin" or "memory" (tests).
    Q_PROPERTY(QString backend READ backend NOTIFY stateChanged)
    /// PIN store without a PIN yet: the sign-in page asks for a new one.
    Q_PROPERTY(bool pinNeeded READ pinNeeded NOTIFY stateChanged)
    /// PIN store with a PIN, not unlocked: the unlock page asks for it.
    Q_PROPERTY(bool locked READ locked NOTIFY stateChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)
    /// Why the last unlock or PIN choice failed; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    enum class Backend { Automatic, Keychain, Pin, Memory };

    explicit DeviceKeys(QObject* parent = nullptr);
    ~DeviceKeys() override;

    /// The process-wide keys used when AccountSession or SessionController have
    /// none set: secrets in memory only (tests; the app always sets one).
    static DeviceKeys& memoryFallback();

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString& dir);
    [[nodiscard]] QString backend();
    [[nodiscard]] bool pinNeeded();
    [[nodiscard]] bool locked();
    [[nodiscard]] int minPinLength() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Sets the first PIN (PIN store only); `repeat` must match. False with errorText.
    Q_INVOKABLE bool choosePin(const QString& pin, const QString& repeat);
    /// Unlocks the PIN store. False with errorText (wrong PIN, or wait N seconds).
    Q_INVOKABLE bool unlock(const QString& pin);
    Q_INVOKABLE void clearError() { setErrorText({}); }

    // ---- C++ only ----
    /// Picks the store (before first use; tests). `clock` times PIN guess delays.
    void useBackend(Backend backend);
    void setClock(const muster::Clock& clock) { m_clock = &clock; }
    /// The PIN store's argon2id cost (tests use libsodium's minimum).
    void setPinCost(std::uint64_t opsLimit, std::size_t memLimit);
    /// The 64-hex-digit key of the database at `dbPath`, made and stored when
    /// `create` and none exists. nullopt (with `error`) when the store is
    /// locked or unavailable, or there is no key and `create` is false.
    std::optional<std::string> databaseKey(const QString& dbPath, bool create, QString* error = nullptr);
    [[nodiscard]] QString loadToken(const QString& dbPath);
    bool storeToken(const QString& dbPath, const QString& token);
    void clearToken(const QString& dbPath);
    /// Removes the account's secrets; when no account is left in the PIN
    /// store, its file too (the next sign-in chooses a new PIN).
    void eraseAccount(const QString& dbPath);
    /// A forgotten PIN: deletes the PIN vault (everything in it is lost) so
    /// the next sign-in chooses a new PIN. Nothing happens with a keystore.
    void forgetPin();
    /// The store in use (chosen now if not yet).
    SecretStore& store();
    /// The vault file of the PIN store: `<dataDir>/secrets.pin`.
    [[nodiscard]] QString pinVaultFile() const;

  signals:
    void dataDirChanged();
    void stateChanged();
    void errorTextChanged();

  private:
    void choose();
    void setErrorText(const QString& text);

    QString m_dataDir;
    const muster::Clock* m_clock;
    Backend m_requested = Backend::Automatic;
    Backend m_backend = Backend::Automatic;  ///< Automatic: not chosen yet
    std::unique_ptr<SecretStore> m_owned;
    PinSecretStore* m_pin = nullptr;         ///< m_owned when it is the PIN store
    std::optional<std::pair<std::uint64_t, std::size_t>> m_pinCost;
    QString m_errorText;
};

/// `keys`, or the memory fallback when null.
[[nodiscard]] inline DeviceKeys& keysOrFallback(DeviceKeys* keys) {
    return keys ? *keys : DeviceKeys::memoryFallback();
}

}  // namespace muster::app
