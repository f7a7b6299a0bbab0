#pragma once
/// This install's identity on the wire: the `replica_id` (protocol.md,
/// "Identity, clocks and ids") and a human-readable device name.

#include <QString>

class QRandomGenerator;

namespace muster::app {

/// True for exactly 16 lowercase hex characters.
[[nodiscard]] bool isValidReplicaId(const QString& text);

/// 16 lowercase hex characters drawn from `random`.
[[nodiscard]] QString makeReplicaId(QRandomGenerator& random);

/// Returns the replica id kept in `<dataDir>/replica_id`, creating the folder
/// and the file (atomically) on first use. A file that holds something other
/// than a valid id is replaced. On failure returns an empty string and sets
/// `error` to a sentence naming the path.
[[nodiscard]] QString loadOrCreateReplicaId(const QString& dataDir, QRandomGenerator& random,
                                            QString& error);

/// A name for this device a coordinator can recognise: the host name, or the
/// OS's product name where the host name says nothing (e.g. "localhost").
[[nodiscard]] QString defaultDeviceName();

}  // namespace muster::app
