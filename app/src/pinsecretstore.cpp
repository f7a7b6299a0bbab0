#include "pinsecretstore.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include "muster/clock.hpp"

namespace muster::app {

namespace {

constexpr int kVaultVersion = 1;
constexpr int kFreeFailures = 2;                 ///< typos: no delay for the first two
constexpr std::int64_t kFirstDelayMs = 5'000;
constexpr std::int64_t kMaxDelayMs = 300'000;

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

std::int64_t delayAfter(int failures) {
    if (failures <= kFreeFailures) return 0;
    std::int64_t delay = kFirstDelayMs;
    for (int i = kFreeFailures + 1; i < failures && delay < kMaxDelayMs; ++i) delay *= 2;
    return std::min(delay, kMaxDelayMs);
}

bool validPin(const QString& pin) {
    return pin.size() >= PinSecretStore::kMinPinLength &&
           std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QJsonObject readVault(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(in.readAll()).object();
}

bool writeVault(const QString& file, const QJsonObject& vault) {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) return false;
    out.write(QJsonDocument(vault).toJson(QJsonDocument::Compact));
    if (!out.commit()) return false;
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

/// argon2id(pin, salt) → a secretbox key; empty on failure (out of memory).
QByteArray deriveKey(const QString& pin, const QByteArray& salt, std::uint64_t ops, std::size_t mem) {
    QByteArray utf8 = pin.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), crypto_secretbox_KEYBYTES,
                                 utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), ops, mem,
                                 crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0) wipe(key);
    return key;
}

}  // namespace

PinSecretStore::Cost PinSecretStore::defaultCost() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinSecretStore::PinSecretStore(QString vaultFile, const muster::Clock& clock, Cost cost)
    : m_file(std::move(vaultFile)), m_clock(&clock), m_cost(cost) {
    if (sodium_init() < 0) qFatal("muster: libsodium failed to initialize");
}

PinSecretStore::~PinSecretStore() {
    lock();
}

bool PinSecretStore::hasPin() const {
    return QFileInfo::exists(m_file);
}

PinSecretStore::PinResult PinSecretStore::choosePin(const QString& pin, QString* message) {
    if (hasPin()) return PinResult::Failed;
    if (!validPin(pin)) return PinResult::TooShort;
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    QByteArray key = deriveKey(pin, salt, m_cost.opsLimit, m_cost.memLimit);
    if (key.isEmpty()) {
        if (message) *message = QStringLiteral("not enough memory to protect the PIN");
        return PinResult::Failed;
    }
    lock();
    m_key = std::move(key);
    m_salt = salt;
    m_unlocked = true;
    if (!save(message)) {
        lock();
        QFile::remove(m_file);
        return PinResult::Failed;
    }
    return PinResult::Ok;
}

std::int64_t PinSecretStore::retryAfterMs() const {
    const QJsonObject vault = readVault(m_file);
    const int failures = vault.value(QStringLiteral("failures")).toInt();
    const auto failedAt = static_cast<std::int64_t>(vault.value(QStringLiteral("failedAtMs")).toDouble());
    return std::max<std::int64_t>(0, failedAt + delayAfter(failures) - m_clock->now_ms());
}

PinSecretStore::PinResult PinSecretStore::unlock(const QString& pin, std::int64_t* retryAfter, QString* message) {
    if (retryAfter) *retryAfter = 0;
    QJsonObject vault = readVault(m_file);
    if (vault.value(QStringLiteral("version")).toInt() != kVaultVersion) {
        if (message) *message = QStringLiteral("the key file %1 is missing or damaged").arg(m_file);
        return PinResult::Failed;
    }
    if (const std::int64_t wait = retryAfterMs(); wait > 0) {
        if (retryAfter) *retryAfter = wait;
        return PinResult::TooSoon;
    }
    const QByteArray salt = QByteArray::fromBase64(vault.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(vault.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray box = QByteArray::fromBase64(vault.value(QStringLiteral("box")).toString().toLatin1());
    const auto ops = static_cast<std::uint64_t>(vault.value(QStringLiteral("ops")).toDouble());
    const auto mem = static_cast<std::size_t>(vault.value(QStringLiteral("mem")).toDouble());
    if (salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() < static_cast<qsizetype>(crypto_secretbox_MACBYTES)) {
        if (message) *message = QStringLiteral("the key file %1 is damaged").arg(m_file);
        return PinResult::Failed;
    }
    QByteArray key = deriveKey(pin, salt, ops, mem);
    if (key.isEmpty()) {
        if (message) *message = QStringLiteral("not enough memory to check the PIN");
        return PinResult::Failed;
    }
    QByteArray plain(box.size() - static_cast<qsizetype>(crypto_secretbox_MACBYTES), '\0');
    const bool opened =
        crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   reinterpret_cast<const unsigned char*>(box.constData()),
                                   static_cast<unsigned long long>(box.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()),
                                   reinterpret_cast<const unsigned char*>(key.constData())) == 0;
    if (!opened) {
        wipe(key);
        const int failures = vault.value(QStringLiteral("failures")).toInt() + 1;
        vault.insert(QStringLiteral("failures"), failures);
        vault.insert(QStringLiteral("failedAtMs"), static_cast<double>(m_clock->now_ms()));
        writeVault(m_file, vault);
        if (retryAfter) *retryAfter = delayAfter(failures);
        return PinResult::WrongPin;
    }
    lock();
    const QJsonObject secrets = QJsonDocument::fromJson(plain).object();
    wipe(plain);
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        m_secrets.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    }
    m_key = std::move(key);
    m_salt = salt;
    m_cost = Cost{ops, mem};
    m_unlocked = true;
    if (vault.value(QStringLiteral("failures")).toInt() != 0) {
        vault.insert(QStringLiteral("failures"), 0);
        vault.remove(QStringLiteral("failedAtMs"));
        writeVault(m_file, vault);
    }
    return PinResult::Ok;
}

void PinSecretStore::lock() {
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it) wipe(*it);
    m_secrets.clear();
    wipe(m_key);
    m_unlocked = false;
}

bool PinSecretStore::erase() {
    lock();
    return !QFileInfo::exists(m_file) || QFile::remove(m_file);
}

bool PinSecretStore::save(QString* message) {
    QJsonObject secrets;
    for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it) {
        secrets.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    }
    QByteArray plain = QJsonDocument(secrets).toJson(QJsonDocument::Compact);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    QByteArray box(plain.size() + static_cast<qsizetype>(crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    wipe(plain);
    const QJsonObject vault{
        {QStringLiteral("version"), kVaultVersion},
        {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
        {QStringLiteral("ops"), static_cast<double>(m_cost.opsLimit)},
        {QStringLiteral("mem"), static_cast<double>(m_cost.memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("box"), QString::fromLatin1(box.toBase64())},
        {QStringLiteral("failures"), 0},
    };
    if (!writeVault(m_file, vault)) {
        if (message) *message = QStringLiteral("can't write %1").arg(m_file);
        return false;
    }
    return true;
}

SecretStore::Read PinSecretStore::read(const QString& name) {
    if (!m_unlocked) return {Status::Locked, {}, {}};
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd()) return {Status::NotFound, {}, {}};
    return {Status::Ok, *it, {}};
}

SecretStore::Status PinSecretStore::write(const QString& name, const QByteArray& value, QString* message) {
    if (!m_unlocked) return Status::Locked;
    m_secrets.insert(name, value);
    return save(message) ? Status::Ok : Status::Failed;
}

SecretStore::Status PinSecretStore::remove(const QString& name) {
    if (!m_unlocked) return Status::Locked;
    if (!m_secrets.contains(name)) return Status::Ok;
    wipe(m_secrets[name]);
    m_secrets.remove(name);
    return save(nullptr) ? Status::Ok : Status::Failed;
}

}  // namespace muster::app
