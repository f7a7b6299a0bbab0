#include "devicekeys.h"

#include <QDir>
#include <QFileInfo>

#include <sodium.h>

#include "keychainsecretstore.h"
#include "muster/clock.hpp"
#include "pinsecretstore.h"

namespace muster::app {

namespace {

QString secretName(const QString& dbPath, const char* what) {
    return QFileInfo(dbPath).absoluteFilePath() + QLatin1Char('#') + QLatin1String(what);
}

}  // namespace

DeviceKeys::DeviceKeys(QObject* parent) : QObject(parent), m_clock(&SystemClock::instance()) {}

DeviceKeys::~DeviceKeys() = default;

DeviceKeys& DeviceKeys::memoryFallback() {
    // Never destroyed: it may be used until the process ends, after QCoreApplication is gone.
    static DeviceKeys* keys = [] {
        auto* k = new DeviceKeys;
        k->useBackend(Backend::Memory);
        return k;
    }();
    return *keys;
}

void DeviceKeys::setDataDir(const QString& dir) {
    if (dir == m_dataDir) return;
    m_dataDir = dir;
    if (m_backend != Backend::Memory) {  // the PIN vault lives in the data folder: choose again
        m_owned.reset();
        m_pin = nullptr;
        m_backend = Backend::Automatic;
    }
    emit dataDirChanged();
    emit stateChanged();
}

void DeviceKeys::useBackend(Backend backend) {
    m_requested = backend;
    m_owned.reset();
    m_pin = nullptr;
    m_backend = Backend::Automatic;
    emit stateChanged();
}

void DeviceKeys::setPinCost(std::uint64_t opsLimit, std::size_t memLimit) {
    m_pinCost = std::make_pair(opsLimit, memLimit);
}

QString DeviceKeys::pinVaultFile() const {
    return QDir(m_dataDir).filePath(QStringLiteral("secrets.pin"));
}

void DeviceKeys::choose() {
    if (m_backend != Backend::Automatic) return;
    Backend backend = m_requested;
    if (backend == Backend::Automatic) {
        const QByteArray forced = qgetenv("MUSTER_SECRET_STORE");
        if (forced == "pin") backend = Backend::Pin;
        else if (forced == "keychain") backend = Backend::Keychain;
    }
    if (backend == Backend::Automatic) {
        if (QFileInfo::exists(pinVaultFile())) {
            backend = Backend::Pin;
        } else {
            auto keychain = std::make_unique<KeychainSecretStore>();
            QString why;
            if (keychain->available(&why)) {
                backend = Backend::Keychain;
            } else {
                qInfo("muster: no platform keystore (%s); the device's data is protected by a PIN", qPrintable(why));
                backend = Backend::Pin;
            }
        }
    }
    m_backend = backend;
    switch (backend) {
        case Backend::Keychain: m_owned = std::make_unique<KeychainSecretStore>(); break;
        case Backend::Pin: {
            const auto cost = m_pinCost ? PinSecretStore::Cost{m_pinCost->first, m_pinCost->second}
                                        : PinSecretStore::defaultCost();
            auto pin = std::make_unique<PinSecretStore>(pinVaultFile(), *m_clock, cost);
            m_pin = pin.get();
            m_owned = std::move(pin);
            break;
        }
        case Backend::Memory:
        case Backend::Automatic: m_owned = std::make_unique<MemorySecretStore>(); break;
    }
}

SecretStore& DeviceKeys::store() {
    choose();
    return *m_owned;
}

QString DeviceKeys::backend() {
    choose();
    switch (m_backend) {
        case Backend::Keychain: return QStringLiteral("keychain");
        case Backend::Pin: return QStringLiteral("pin");
        default: return QStringLiteral("memory");
    }
}

bool DeviceKeys::pinNeeded() {
    choose();
    return m_pin && !m_pin->hasPin();
}

bool DeviceKeys::locked() {
    choose();
    return m_pin && m_pin->hasPin() && !m_pin->unlocked();
}

int DeviceKeys::minPinLength() const {
    return PinSecretStore::kMinPinLength;
}

bool DeviceKeys::choosePin(const QString& pin, const QString& repeat) {
    choose();
    setErrorText({});
    if (!m_pin) return true;  // a keystore holds the keys: no PIN
    if (pin != repeat) {
        setErrorText(tr("The two PINs are not the same. Type the same PIN twice."));
        return false;
    }
    QString message;
    switch (m_pin->choosePin(pin, &message)) {
        case PinSecretStore::PinResult::Ok: emit stateChanged(); return true;
        case PinSecretStore::PinResult::TooShort:
            setErrorText(tr("Choose a PIN of at least %1 digits.").arg(PinSecretStore::kMinPinLength));
            return false;
        default:
            qWarning("muster: can't set up the PIN: %s", qPrintable(message));
            setErrorText(tr("Muster could not protect this device's data: %1").arg(message));
            return false;
    }
}

bool DeviceKeys::unlock(const QString& pin) {
    choose();
    setErrorText({});
    if (!m_pin || m_pin->unlocked()) return true;
    std::int64_t retryAfter = 0;
    QString message;
    const auto result = m_pin->unlock(pin, &retryAfter, &message);
    const auto seconds = static_cast<int>((retryAfter + 999) / 1000);
    switch (result) {
        case PinSecretStore::PinResult::Ok: emit stateChanged(); return true;
        case PinSecretStore::PinResult::WrongPin:
            setErrorText(seconds > 0 ? tr("Wrong PIN. Wait %n second(s) before the next try.", "", seconds)
                                     : tr("Wrong PIN. Try again."));
            return false;
        case PinSecretStore::PinResult::TooSoon:
            setErrorText(tr("Too many wrong PINs. Wait %n second(s), then try again.", "", seconds));
            return false;
        default:
            qWarning("muster: can't unlock: %s", qPrintable(message));
            setErrorText(tr("Muster could not open this device's keys: %1").arg(message));
            return false;
    }
}

std::optional<std::string> DeviceKeys::databaseKey(const QString& dbPath, bool create, QString* error) {
    SecretStore& secrets = store();
    const QString name = secretName(dbPath, "database-key");
    const SecretStore::Read read = secrets.read(name);
    auto fail = [&](const QString& why) -> std::optional<std::string> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (read.status == SecretStore::Status::Ok) {
        if (read.value.size() != 32) return fail(QStringLiteral("the stored database key is damaged"));
        return read.value.toHex().toStdString();
    }
    if (read.status == SecretStore::Status::Locked) return fail(tr("Enter your PIN first."));
    if (read.status != SecretStore::Status::NotFound) {
        return fail(tr("The device's key store did not answer: %1").arg(read.message));
    }
    if (!create) return fail(tr("This device has no key for this account's data."));
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), static_cast<std::size_t>(key.size()));
    QString message;
    if (secrets.write(name, key, &message) != SecretStore::Status::Ok) {
        sodium_memzero(key.data(), static_cast<std::size_t>(key.size()));
        return fail(tr("The device's key store did not keep the key: %1").arg(message));
    }
    std::string hex = key.toHex().toStdString();
    sodium_memzero(key.data(), static_cast<std::size_t>(key.size()));
    return hex;
}

QString DeviceKeys::loadToken(const QString& dbPath) {
    const SecretStore::Read read = store().read(secretName(dbPath, "token"));
    return read.status == SecretStore::Status::Ok ? QString::fromUtf8(read.value) : QString();
}

bool DeviceKeys::storeToken(const QString& dbPath, const QString& token) {
    return store().write(secretName(dbPath, "token"), token.toUtf8()) == SecretStore::Status::Ok;
}

void DeviceKeys::clearToken(const QString& dbPath) {
    (void)store().remove(secretName(dbPath, "token"));
}

void DeviceKeys::eraseAccount(const QString& dbPath) {
    SecretStore& secrets = store();
    (void)secrets.remove(secretName(dbPath, "token"));
    (void)secrets.remove(secretName(dbPath, "database-key"));
    if (m_pin) {
        // One PIN vault per data folder; with this account gone nothing in it
        // is worth keeping (one account per install in practice).
        m_pin->erase();
        emit stateChanged();
    }
}

void DeviceKeys::forgetPin() {
    choose();
    if (!m_pin) return;
    m_pin->erase();
    setErrorText({});
    emit stateChanged();
}

void DeviceKeys::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
