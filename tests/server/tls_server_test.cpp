// serve --tls-cert/--tls-key: HTTPS and WSS only, TLS 1.2+ with AEAD ciphers.
// The certificate is made here with OpenSSL's C API (no openssl binary needed).
#include <gtest/gtest.h>

#include <cstdio>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "muster/server/admin.hpp"
#include "support/test_db.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;

/// A self-signed P-256 certificate for CN=localhost, valid for a day.
bool write_self_signed(const std::string& cert_path, const std::string& key_path) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509* cert = X509_new();
    bool ok = key && cert;
    if (ok) {
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert), -60);
        X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600);
        X509_set_pubkey(cert, key);
        X509_NAME* name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"), -1,
                                   -1, 0);
        X509_set_issuer_name(cert, name);
        ok = X509_sign(cert, key, EVP_sha256()) > 0;
    }
    if (ok) {
        FILE* k = std::fopen(key_path.c_str(), "w");
        FILE* c = std::fopen(cert_path.c_str(), "w");
        ok = k && c && PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr) == 1 &&
             PEM_write_X509(c, cert) == 1;
        if (k) std::fclose(k);
        if (c) std::fclose(c);
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

class Tls : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(write_self_signed(cert(), key()));
        auto demo = server::admin::seed_demo(data(), server::HashCost::insecure_for_tests(), fresh_test_db());
        ASSERT_TRUE(demo.ok()) << demo.error().message;
        server_ = std::make_unique<ServerProcess>(data(), std::vector<std::string>{"--tls-cert", cert(), "--tls-key", key()});
        ASSERT_NE(server_->port(), 0) << server_->log();
    }
    std::string data() const { return dir_.sub("data"); }
    std::string cert() const { return dir_.sub("cert.pem"); }
    std::string key() const { return dir_.sub("key.pem"); }
    std::uint16_t port() const { return server_->port(); }

    TempDir dir_;
    std::unique_ptr<ServerProcess> server_;
};

TEST_F(Tls, HealthAnswersOverHttps) {
    const auto r = https_request(port(), "GET", "/v1/health");
    ASSERT_EQ(r.status, 200) << r.error;
    EXPECT_EQ(nlohmann::json::parse(r.body, nullptr, false)["status"], "ok");
}

TEST_F(Tls, Tls11IsRefused) {
    const auto r = https_request(port(), "GET", "/v1/health", {}, {true, TLS1_1_VERSION, {}});
    EXPECT_EQ(r.status, 0);
    EXPECT_FALSE(r.error.empty());
    EXPECT_EQ(r.error.find("no protocols available"), std::string::npos) << "the client must have offered TLS 1.1";
}

TEST_F(Tls, NonAeadCiphersAreRefused) {
    const auto r = https_request(port(), "GET", "/v1/health", {}, {true, 0, "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA"});
    EXPECT_EQ(r.status, 0) << "CBC suites must not be negotiated";
    const auto aead = https_request(port(), "GET", "/v1/health", {}, {true, 0, "ECDHE-ECDSA-AES128-GCM-SHA256"});
    EXPECT_EQ(aead.status, 200) << aead.error;
}

TEST_F(Tls, PlainHttpGetsNoHttpAnswer) {
    Connection c(port(), 5s);
    ASSERT_TRUE(c.ok());
    c.send(make_request("GET", "/v1/health"));
    const auto r = c.read_response(5s);
    EXPECT_EQ(r.status, 0) << "plain HTTP must not be served: " << r.body;
}

TEST_F(Tls, LoginAndWebSocketWorkOverTls) {
    const auto token = https_login_token(port(), "alice");
    ASSERT_FALSE(token.empty());
    WsClient client(port(), token, {true, 0, {}});
    ASSERT_TRUE(client.ok()) << client.error();
    const auto hello = client.next(5s);
    ASSERT_TRUE(hello);
    EXPECT_EQ((*hello)["type"], "hello");
}

TEST(TlsConfig, BadCertificateOptionsAreNamed) {
    TempDir dir;
    ASSERT_EQ(run_cli({"init", "--data", dir.sub("data")}).exit_code, 0);
    ASSERT_TRUE(write_self_signed(dir.sub("cert.pem"), dir.sub("key.pem")));
    ASSERT_TRUE(write_self_signed(dir.sub("other.pem"), dir.sub("other-key.pem")));
    struct Case {
        std::vector<std::string> extra;
        std::string named;
    };
    for (const auto& c : std::vector<Case>{{{"--tls-cert", dir.sub("cert.pem")}, "--tls-key"},
                                           {{"--tls-key", dir.sub("key.pem")}, "--tls-cert"},
                                           {{"--tls-cert", dir.sub("missing.pem"), "--tls-key", dir.sub("key.pem")}, "--tls-cert"},
                                           {{"--tls-cert", dir.sub("cert.pem"), "--tls-key", dir.sub("missing.pem")}, "--tls-key"},
                                           {{"--tls-cert", dir.sub("cert.pem"), "--tls-key", dir.sub("other-key.pem")}, "--tls-key"}}) {
        std::vector<std::string> args{"serve", "--data", dir.sub("data"), "--listen", "127.0.0.1:0"};
        args.insert(args.end(), c.extra.begin(), c.extra.end());
        const auto r = run_cli(args);
        EXPECT_NE(r.exit_code, 0) << c.named;
        EXPECT_NE(r.err.find(c.named), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
    }
}

}  // namespace
}  // namespace muster::test
