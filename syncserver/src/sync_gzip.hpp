#pragma once
// gzip for /v1/sync bodies (internal to muster_server): responses when the
// client accepts it, requests sent with `Content-Encoding: gzip`.

#include <optional>
#include <string>
#include <string_view>

#include "muster/gzip.hpp"  // gzip_compress / gzip_decompress, kGzipMinBytes

namespace muster::server {

/// A header value, or one item of a list, without the spaces and tabs around it (RFC 9110 OWS).
[[nodiscard]] std::string_view trim_header_value(std::string_view value);

/// True when an `Accept-Encoding` value accepts gzip (`gzip` or `*`, not with `q=0`).
[[nodiscard]] bool accepts_gzip(std::string_view accept_encoding);

}  // namespace muster::server
