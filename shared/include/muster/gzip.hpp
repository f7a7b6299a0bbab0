#pragma once
/// gzip (RFC 1952) for sync bodies: `/v1/sync` responses to clients that
/// accept it, and requests sent with `Content-Encoding: gzip`. One
/// implementation for the server, the app and the tools (zlib).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "muster/result.hpp"

namespace muster {

/// Bodies at least this large are worth compressing.
inline constexpr std::size_t kGzipMinBytes = 1024;

/// The gzip form of `data`; nullopt if zlib fails.
[[nodiscard]] std::optional<std::string> gzip_compress(std::string_view data);

/// Decodes one whole gzip member of at most `max_bytes` decoded bytes:
/// `payload_too_large` past the limit (checked while inflating: a small bomb
/// never allocates more), `bad_request` for anything else that is not exactly
/// one complete gzip member (truncated, corrupt, trailing bytes).
[[nodiscard]] Result<std::string> gzip_decompress(std::string_view data, std::size_t max_bytes);

}  // namespace muster
