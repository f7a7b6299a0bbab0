#include "muster/gzip.hpp"

#include <vector>

#include <zlib.h>

namespace muster {

std::optional<std::string> gzip_compress(std::string_view data) {
    z_stream zs{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return std::nullopt;
    }
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = zs.total_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) return std::nullopt;
    out.resize(written);
    return out;
}

Result<std::string> gzip_decompress(std::string_view data, std::size_t max_bytes) {
    const Error too_large{ErrorCode::payload_too_large,
                          "body: decompressed, it is over the " + std::to_string(max_bytes) + "-byte limit"};
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) return Error{ErrorCode::internal, "zlib failed to start"};
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    std::vector<char> chunk(64 * 1024);
    int rc = Z_OK;
    bool over = false;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
        zs.avail_out = static_cast<uInt>(chunk.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        const std::size_t produced = chunk.size() - zs.avail_out;
        if (out.size() + produced > max_bytes) {
            over = true;
            break;
        }
        out.append(chunk.data(), produced);
        if (rc == Z_OK && produced == 0 && zs.avail_in == 0) break;  // truncated: no more input, no end
    }
    const bool whole = rc == Z_STREAM_END && zs.avail_in == 0;
    inflateEnd(&zs);
    if (over) return too_large;
    if (!whole) return Error{ErrorCode::bad_request, "body: Content-Encoding is gzip but the body is not valid gzip"};
    return out;
}

}  // namespace muster
