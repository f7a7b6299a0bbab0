#include "tls.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

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

template <typename T, void (*Free)(T*)>
struct Freer {
    void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Freer<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Freer<X509_EXTENSION, X509_EXTENSION_free>>;

bool is_ip(const std::string& host) {
    unsigned char buffer[16];
    return inet_pton(AF_INET, host.c_str(), buffer) == 1 || inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

/// A DNS name: dot-separated labels of 1–63 letters, digits and inner hyphens
/// (a leading `*.` for a wildcard), 253 bytes at most.
bool is_dns_name(const std::string& host) {
    if (host.empty() || host.size() > 253) return false;
    std::string_view rest = host;
    if (rest.starts_with("*.")) rest.remove_prefix(2);
    while (true) {
        const auto dot = rest.find('.');
        const auto label = rest.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (const char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
        }
        if (dot == std::string_view::npos) return true;
        rest.remove_prefix(dot + 1);
    }
}

/// Opens `path` for writing only if it does not exist yet, with `mode`.
FILE* create_new(const std::string& path, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) return nullptr;
    FILE* file = ::fdopen(fd, "w");
    if (file == nullptr) ::close(fd);
    return file;
}

bool add_extension(X509* cert, X509V3_CTX* ctx, int nid, const std::string& value) {
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.c_str()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

}  // namespace

Result<std::string> certificate_fingerprint(const std::string& cert_file) {
    ERR_clear_error();
    BioPtr bio(BIO_new_file(cert_file.c_str(), "r"));
    if (!bio) return Error{ErrorCode::bad_request, "--tls-cert: cannot read '" + cert_file + "'"};
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        return Error{ErrorCode::bad_request,
                     "--tls-cert: no PEM certificate in '" + cert_file + "': " + openssl_error()};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &size) != 1) {
        return Error{ErrorCode::internal, "TLS: cannot hash the certificate: " + openssl_error()};
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < size; ++i) {
        if (i > 0) out += ':';
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0xF];
    }
    return out;
}

Status write_self_signed_certificate(const std::string& cert_file, const std::string& key_file,
                                     const std::vector<std::string>& hosts, int days) {
    if (hosts.empty()) return Error{ErrorCode::bad_request, "--host: give the name or address the app connects to"};
    std::string alt_names;
    for (const auto& host : hosts) {
        const bool ip = is_ip(host);
        if (!ip && !is_dns_name(host)) {
            return Error{ErrorCode::bad_request,
                         "--host: '" + host + "' is neither a DNS name (like muster.example.org) nor an IP address"};
        }
        alt_names += (alt_names.empty() ? "" : ",") + std::string(ip ? "IP:" : "DNS:") + host;
    }
    if (days < 1 || days > 3650) return Error{ErrorCode::bad_request, "--days: from 1 to 3650"};
    if (cert_file.empty()) return Error{ErrorCode::bad_request, "--cert: required"};
    if (key_file.empty()) return Error{ErrorCode::bad_request, "--key: required"};
    std::error_code ec;
    if (std::filesystem::exists(cert_file, ec)) {
        return Error{ErrorCode::bad_request, "--cert: '" + cert_file + "' exists; nothing was overwritten"};
    }
    if (std::filesystem::exists(key_file, ec)) {
        return Error{ErrorCode::bad_request, "--key: '" + key_file + "' exists; nothing was overwritten"};
    }

    ERR_clear_error();
    KeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) return Error{ErrorCode::internal, "TLS: cannot make a key: " + openssl_error()};
    unsigned char serial[16];
    BIGNUM* number = nullptr;
    bool ok = RAND_bytes(serial, sizeof serial) == 1;
    serial[0] &= 0x7F;  // positive
    ok = ok && (number = BN_bin2bn(serial, sizeof serial, nullptr)) != nullptr &&
         BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get())) != nullptr;
    BN_free(number);
    ok = ok && X509_set_version(cert.get(), 2) == 1 && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60) &&
         X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600) &&
         X509_set_pubkey(cert.get(), key.get()) == 1;
    X509_NAME* name = X509_get_subject_name(cert.get());
    ok = ok &&
         X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char*>(hosts.front().c_str()), -1, -1, 0) == 1 &&
         X509_set_issuer_name(cert.get(), name) == 1;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    ok = ok && add_extension(cert.get(), &ctx, NID_subject_alt_name, alt_names) &&
         add_extension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
         add_extension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature") &&
         add_extension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth") &&
         add_extension(cert.get(), &ctx, NID_subject_key_identifier, "hash") &&
         X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) return Error{ErrorCode::internal, "TLS: cannot make the certificate: " + openssl_error()};

    FILE* key_out = create_new(key_file, 0600);
    if (key_out == nullptr) {
        return Error{ErrorCode::bad_request, "--key: cannot create '" + key_file + "': " + std::strerror(errno)};
    }
    const bool key_written = PEM_write_PrivateKey(key_out, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
    if (std::fclose(key_out) != 0 || !key_written) {
        std::filesystem::remove(key_file, ec);
        return Error{ErrorCode::bad_request, "--key: cannot write '" + key_file + "'"};
    }
    FILE* cert_out = create_new(cert_file, 0644);
    const std::string why = cert_out == nullptr ? std::string(": ") + std::strerror(errno) : std::string();
    const bool cert_written = cert_out != nullptr && PEM_write_X509(cert_out, cert.get()) == 1;
    if (cert_out == nullptr || std::fclose(cert_out) != 0 || !cert_written) {
        std::filesystem::remove(key_file, ec);  // nothing half made
        if (cert_out != nullptr) std::filesystem::remove(cert_file, ec);
        return Error{ErrorCode::bad_request, "--cert: cannot write '" + cert_file + "'" + why};
    }
    return {};
}

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
