#pragma once
/// Where the device keeps its secrets: each account's database key and bearer
/// token (docs/security-app.md). Never QSettings, never a plain file.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace muster::app {

/// A small name → bytes store. Implementations: KeychainSecretStore (the
/// platform keystore through QtKeychain), PinSecretStore (a file encrypted
/// with a key derived from the user's PIN, for devices with no keystore) and
/// MemorySecretStore (this process only: tests). Calls are synchronous and
/// made on the UI thread.
class SecretStore {
  public:
    enum class Status {
        Ok,
        NotFound,     ///< no such secret
        Locked,       ///< the PIN store is not unlocked yet
        Unavailable,  ///< no keystore on this device (or it refused access)
        Failed,       ///< anything else (see the message)
    };
    struct Read {
        Status status = Status::Failed;
        QByteArray value;
        QString message;  ///< for Failed/Unavailable; never contains a secret
    };

    virtual ~SecretStore() = default;
    virtual Read read(const QString& name) = 0;
    virtual Status write(const QString& name, const QByteArray& value, QString* message = nullptr) = 0;
    /// Removes `name`; Ok when it was not there either.
    virtual Status remove(const QString& name) = 0;
};

/// Secrets in this process's memory only: what AccountSession and
/// SessionController use when no DeviceKeys is set (tests). Shared by every
/// user in the process, so a test's "restart" (new objects) finds them.
class MemorySecretStore final : public SecretStore {
  public:
    static MemorySecretStore& process();
    Read read(const QString& name) override;
    Status write(const QString& name, const QByteArray& value, QString* message = nullptr) override;
    Status remove(const QString& name) override;

  private:
    QHash<QString, QByteArray> m_values;
};

}  // namespace muster::app
