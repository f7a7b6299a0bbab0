#pragma once
/// Strict JSON parsing for everything that arrives from outside.
///
/// nlohmann's default parser lets a duplicate key win silently and recurses
/// without bound; the wire contract forbids both. `parse_strict` builds the DOM
/// through a SAX handler that refuses duplicate keys, nesting deeper than
/// `max_depth` (the top-level value counts as 1) and strings longer than
/// `max_string_bytes`, and checks UTF-8 (nlohmann does). A raw NUL byte
/// anywhere is refused too (nlohmann would take it for the end of the
/// input and ignore what follows). Every refusal is
/// `bad_json` with a message that says what was wrong and where.

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "muster/result.hpp"

namespace muster {

struct JsonLimits {
    std::size_t max_depth = 32;
    std::size_t max_string_bytes = 64 * 1024;
};

[[nodiscard]] Result<nlohmann::json> parse_strict(std::string_view text, const JsonLimits& limits = {});

/// Appends exactly `value.dump()` to `out`, faster: strings with nothing to
/// escape are copied as they are (nlohmann decodes every byte of every string
/// as UTF-8 to escape it, which made serialising most of a sync's cost).
/// Invalid UTF-8 (never in what `parse_strict` accepted) is replaced by
/// U+FFFD, where `dump()` would throw.
void append_json(std::string& out, const nlohmann::json& value);
/// Appends `text` as a JSON string, exactly as `nlohmann::json(text).dump()`.
void append_json_string(std::string& out, std::string_view text);

}  // namespace muster
