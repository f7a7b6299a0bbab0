#pragma once
/// Protocol error codes, shared by client and server.
///
/// One enum for every `code` the wire contract names; `to_string` is the only
/// place that spells them as JSON strings, and `http_status` the only place that
/// maps a request-level error to its HTTP status.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace muster {

enum class ErrorCode : std::uint8_t {
    // request level
    bad_json,
    bad_request,
    unauthenticated,
    invalid_credentials,
    forbidden,
    not_found,
    method_not_allowed,
    payload_too_large,
    headers_too_large,
    timeout,
    rate_limited,
    unavailable,
    hash_mismatch,
    device_wiped,  ///< an admin wiped this device: erase local data (403)
    stale_cursor,  ///< a cursor this database's history never gave out (restored, or another server): pull from "" (409)
    internal,
    // op level (acks)
    invalid_op,
    clock_skew,
    unknown_entity,
    immutable,
    // local (client and tools)
    io_error,
    storage,
    storage_full,  ///< the disk holding a database is full: the transaction was rolled back
    version_too_new,
};

/// The snake_case string used on the wire for `code`.
[[nodiscard]] std::string_view to_string(ErrorCode code) noexcept;

/// Parses a wire `code`; nullopt for a string this build does not know.
[[nodiscard]] std::optional<ErrorCode> error_code_from_string(std::string_view text) noexcept;

/// The HTTP status a request-level error is answered with (500 for codes that
/// are not request-level).
[[nodiscard]] int http_status(ErrorCode code) noexcept;

/// The `device_wiped` message for an admin's `reason` (the server writes it),
/// and the reason read back out of such a message (a device shows it); a
/// message of another form is returned whole.
[[nodiscard]] std::string device_wiped_message(std::string_view reason);
[[nodiscard]] std::string device_wiped_reason(std::string_view message);

/// A failure with a typed code and a sentence a person can act on.
struct Error {
    ErrorCode code = ErrorCode::internal;
    std::string message;

    friend bool operator==(const Error&, const Error&) = default;
};

/// `{"error": {"code": ..., "message": ...}}`, the protocol's error body.
[[nodiscard]] nlohmann::json error_body(const Error& error);

}  // namespace muster
