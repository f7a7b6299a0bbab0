#pragma once
// gzip for /v1/sync bodies (internal to muster_server): responses when the
// client accepts it, requests sent with `Content-Encoding: gzip`.

#include <optional>
#include <string>
#include <string_view>

#include "muster/result.hpp"

namespace muster::server {

/// Bodies at least this large are gzipped when the client accepts it.
inline constexpr std::size_t kGzipMinBytes = 1024;

/// True when an `Accept-Encoding` value accepts gzip (`gzip` or `*`, not with `q=0`).
[[nodiscard]] bool accepts_gzip(std::string_view accept_encoding);

/// The gzip (RFC 1952) form of `data`; nullopt if zlib fails.
[[nodiscard]] std::optional<std::string> gzip_compress(std::string_view data);

/// Decodes a gzip (RFC 1952) body of at most `max_bytes` decoded bytes:
/// `payload_too_large` past the limit (checked while inflating: a small bomb
/// never allocates more), `bad_request` for anything that is not one whole
/// gzip member.
[[nodiscard]] Result<std::string> gzip_decompress(std::string_view data, std::size_t max_bytes);

}  // namespace muster::server
