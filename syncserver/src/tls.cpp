#include "tls.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace muster::server {
namespace {

namespace ssl = boost::asio::ssl;

constexpr const char* kTls12Ciphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

/// The newest OpenSSL error as text (and clears the queue).
std::string openssl_error() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return "unknown OpenSSL error";
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

}  // namespace

Result<std::unique_ptr<ssl::context>> make_tls_context(const std::string& cert_file, const std::string& key_file) {
    if (cert_file.empty()) return Error{ErrorCode::bad_request, "--tls-cert: required with --tls-key"};
    if (key_file.empty()) return Error{ErrorCode::bad_request, "--tls-key: required with --tls-cert"};
    auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
    SSL_CTX* ctx = context->native_handle();
    ERR_clear_error();
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1 ||
        SSL_CTX_set_cipher_list(ctx, kTls12Ciphers) != 1) {
        return Error{ErrorCode::internal, "TLS: cannot configure OpenSSL: " + openssl_error()};
    }
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE |
                                 SSL_OP_NO_TICKET);
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert_file.c_str()) != 1) {
        return Error{ErrorCode::bad_request,
                     "--tls-cert: cannot load a PEM certificate from '" + cert_file + "': " + openssl_error()};
    }
    if (SSL_CTX_use_PrivateKey_file(ctx, key_file.c_str(), SSL_FILETYPE_PEM) != 1) {
        return Error{ErrorCode::bad_request,
                     "--tls-key: cannot load a PEM private key from '" + key_file + "': " + openssl_error()};
    }
    if (SSL_CTX_check_private_key(ctx) != 1) {
        return Error{ErrorCode::bad_request, "--tls-key: '" + key_file + "' does not match the certificate in --tls-cert"};
    }
    return context;
}

}  // namespace muster::server
