#pragma once
/// One local write of a controller, with its failure in words for the user.

#include <vector>

#include <QString>

#include "muster/store.hpp"

namespace muster::app {

class AccountSession;

/// Writes `writes` through `session` in one local transaction (visible at
/// once, queued in the outbox). Returns "" on success, otherwise why it was
/// not saved (no open account, or the store's refusal), translated.
[[nodiscard]] QString writeLocally(AccountSession* session, const std::vector<muster::LocalWrite>& writes);

/// A key for a new entity written on this device: a random lowercase UUID.
[[nodiscard]] std::string newEntityKey();

}  // namespace muster::app
