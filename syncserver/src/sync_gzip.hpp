#pragma once
// gzip for /v1/sync responses (internal to muster_server).

#include <optional>
#include <string>
#include <string_view>

namespace muster::server {

/// Bodies at least this large are gzipped when the client accepts it.
inline constexpr std::size_t kGzipMinBytes = 1024;

/// True when an `Accept-Encoding` value accepts gzip (`gzip` or `*`, not with `q=0`).
[[nodiscard]] bool accepts_gzip(std::string_view accept_encoding);

/// The gzip (RFC 1952) form of `data`; nullopt if zlib fails.
[[nodiscard]] std::optional<std::string> gzip_compress(std::string_view data);

}  // namespace muster::server
