#include "support/gzip.hpp"

#include <limits>

#include "muster/gzip.hpp"

namespace muster::test {

std::string gunzip(const std::string& in) {
    auto out = gzip_decompress(in, std::numeric_limits<std::size_t>::max() / 2);
    return out ? std::move(*out) : std::string{};
}

std::string gzip(const std::string& in) { return gzip_compress(in).value_or(std::string{}); }

}  // namespace muster::test
