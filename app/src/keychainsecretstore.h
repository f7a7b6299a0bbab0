#pragma once
/// The platform keystore (Android Keystore, iOS/macOS Keychain, Windows
/// Credential Manager, Secret Service / KWallet on Linux) through QtKeychain.

#include <QString>

#include "secretstore.h"

namespace muster::app {

/// Each secret is one keystore entry of the service `service` (default
/// "org.muster.app"). QtKeychain's insecure plain-file fallback is off: where
/// no keystore answers, calls fail with Unavailable and DeviceKeys uses the
/// PIN store instead. QtKeychain works asynchronously; each call here waits
/// for its job in a local event loop (a keystore answers in milliseconds).
class KeychainSecretStore final : public SecretStore {
  public:
    explicit KeychainSecretStore(QString service = QStringLiteral("org.muster.app"));
    /// True when a keystore answers on this device (reads a probe entry).
    [[nodiscard]] bool available(QString* message = nullptr);
    Read read(const QString& name) override;
    Status write(const QString& name, const QByteArray& value, QString* message = nullptr) override;
    Status remove(const QString& name) override;

  private:
    QString m_service;
};

}  // namespace muster::app
