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

/// A key for a new entity written on this device: a time-ordered lowercase UUID
/// (version 7, `muster::make_uuid_v7`: this device's clock and 74 random bits).
[[nodiscard]] std::string newEntityKey();

}  // namespace muster::app
