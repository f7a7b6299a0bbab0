#pragma once
// Positions of values and keys in JSON text, by path (internal to the scenario reader).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "muster/msel.hpp"

namespace muster::msel {

/// 1-based line and column (code points).
struct JsonPos {
    int line = 0;
    int column = 0;
};

/// Paths are `title`, `injects[3]`, `injects[3].offset` (indices 0-based).
struct JsonPositions {
    std::map<std::string, JsonPos> values;                     ///< where each value starts
    std::map<std::string, JsonPos> keys;                       ///< where each member's key starts
    std::optional<std::pair<std::string, JsonPos>> duplicate;  ///< the first repeated key

    /// The value's location; line 0 when it was not found.
    [[nodiscard]] SourceLocation value_at(const std::string& path) const;
    /// The key's location (else the value's).
    [[nodiscard]] SourceLocation key_at(const std::string& path) const;
};

/// Walks `text` (JSON, possibly invalid: the walk stops at the first surprise).
[[nodiscard]] JsonPositions scan_json_positions(std::string_view text);

}  // namespace muster::msel
