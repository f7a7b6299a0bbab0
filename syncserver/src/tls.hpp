#pragma once
/// The server's TLS settings (OpenSSL 3 through Boost.Asio).

#include <memory>
#include <string>
#include <vector>

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

/// The SHA-256 fingerprint of the first certificate in a PEM file, as
/// upper-case hex pairs joined by colons (what the app shows before a member
/// trusts a certificate no authority signed). Errors name `--tls-cert`.
[[nodiscard]] Result<std::string> certificate_fingerprint(const std::string& cert_file);

/// `muster-server tls self-signed`: a new P-256 key (`key_file`, mode 0600) and
/// a self-signed certificate (`cert_file`) for `hosts` (DNS names or IP
/// addresses, each in subjectAltName; the first also the CN), valid `days`
/// from now. Existing files are not overwritten. Errors name the option.
[[nodiscard]] Status write_self_signed_certificate(const std::string& cert_file, const std::string& key_file,
                                                   const std::vector<std::string>& hosts, int days);

}  // namespace muster::server
