#pragma once
/// The server's TLS settings (OpenSSL 3 through Boost.Asio).

#include <memory>
#include <string>

#include <boost/asio/ssl/context.hpp>

#include "muster/result.hpp"

namespace muster::server {

/// A server context for `serve --tls-cert --tls-key`: TLS 1.2 and 1.3 only;
/// for TLS 1.2 only ECDHE key exchange with AEAD ciphers (AES-GCM,
/// ChaCha20-Poly1305); TLS 1.3's suites are all AEAD; no compression, no
/// renegotiation, no session tickets; idle connections release their OpenSSL
/// buffers (many idle WSS sockets). Errors name `--tls-cert` or `--tls-key`.
[[nodiscard]] Result<std::unique_ptr<boost::asio::ssl::context>> make_tls_context(const std::string& cert_file,
                                                                                  const std::string& key_file);

}  // namespace muster::server
