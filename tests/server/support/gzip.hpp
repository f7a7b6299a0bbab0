#pragma once
/// Encoding and decoding `Content-Encoding: gzip` bodies.

#include <string>

namespace muster::test {

/// The inflated bytes of a gzip stream; "" if `in` is not one complete gzip stream.
std::string gunzip(const std::string& in);
/// `in` as one gzip stream.
std::string gzip(const std::string& in);

}  // namespace muster::test
