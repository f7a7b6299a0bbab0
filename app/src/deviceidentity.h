#pragma once
/// This device's identity on the wire: replica ids (protocol.md, "Identity,
/// clocks and ids"; each account store is one replica, see openAccountStore)
/// and a human-readable device name.

#include <QString>

class QRandomGenerator;

namespace muster::app {

/// True for exactly 16 lowercase hex characters.
[[nodiscard]] bool isValidReplicaId(const QString& text);

/// 16 lowercase hex characters drawn from `random`.
[[nodiscard]] QString makeReplicaId(QRandomGenerator& random);

/// A name for this device a coordinator can recognise: the host name, or the
/// OS's product name where the host name says nothing (e.g. "localhost").
[[nodiscard]] QString defaultDeviceName();

}  // namespace muster::app
