// serve --tls-cert/--tls-key: HTTPS and WSS only, TLS 1.2+ with AEAD ciphers.
// The certificates come from `muster-server tls self-signed`, checked here with
// OpenSSL's C API and the core's SHA-256 (no openssl binary needed).
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "muster/server/admin.hpp"
#include "muster/sha256.hpp"
#include "support/test_db.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/ws_client.hpp"

namespace muster::test {
namespace {

using namespace std::chrono_literals;

/// `muster-server tls self-signed` for 127.0.0.1 and localhost; its output.
ProcessResult make_certificate(const std::string& cert_path, const std::string& key_path) {
    return run_cli({"tls", "self-signed", "--host", "127.0.0.1", "--host", "localhost", "--cert", cert_path, "--key",
                    key_path, "--days", "2"});
}

bool write_self_signed(const std::string& cert_path, const std::string& key_path) {
    return make_certificate(cert_path, key_path).exit_code == 0;
}

/// The certificate in a PEM file (null if none).
std::unique_ptr<X509, decltype(&X509_free)> read_certificate(const std::string& path) {
    FILE* file = std::fopen(path.c_str(), "r");
    X509* cert = file != nullptr ? PEM_read_X509(file, nullptr, nullptr, nullptr) : nullptr;
    if (file != nullptr) std::fclose(file);
    return {cert, &X509_free};
}

/// SHA-256 of the certificate's DER bytes, as upper-case hex pairs with colons
/// (computed here with the core's SHA-256, apart from the server's code).
std::string der_fingerprint(X509* cert) {
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert, &der);
    if (size <= 0) return {};
    const std::string hex = sha256_hex(std::string_view(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size)));
    OPENSSL_free(der);
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        if (i > 0) out += ':';
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(hex[i])));
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(hex[i + 1])));
    }
    return out;
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

TEST_F(Tls, TheServerPrintsItsCertificatesFingerprint) {
    const auto cert_file = read_certificate(cert());
    ASSERT_TRUE(cert_file);
    const auto fingerprint = der_fingerprint(cert_file.get());
    ASSERT_EQ(fingerprint.size(), 32u * 3 - 1);
    // In its log (stdout says it too, after "listening on").
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (server_->log().find(fingerprint) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(10ms);
    }
    EXPECT_NE(server_->log().find("tls certificate"), std::string::npos) << server_->log();
    EXPECT_NE(server_->log().find(fingerprint), std::string::npos) << server_->log();
}

TEST(TlsCertificates, SelfSignedNamesItsHostsAndPrintsItsFingerprint) {
    TempDir dir;
    const auto made = make_certificate(dir.sub("c.pem"), dir.sub("k.pem"));
    ASSERT_EQ(made.exit_code, 0) << made.err;
    const auto cert = read_certificate(dir.sub("c.pem"));
    ASSERT_TRUE(cert);
    const auto fingerprint = der_fingerprint(cert.get());
    EXPECT_NE(made.out.find("SHA-256 fingerprint: " + fingerprint + "\n"), std::string::npos) << made.out;
    const auto printed = run_cli({"tls", "fingerprint", "--tls-cert", dir.sub("c.pem")});
    EXPECT_EQ(printed.exit_code, 0) << printed.err;
    EXPECT_EQ(printed.out, "SHA-256 fingerprint: " + fingerprint + "\n");
    // Both hosts in subjectAltName, the first the CN; valid for the days asked.
    EXPECT_EQ(X509_check_ip_asc(cert.get(), "127.0.0.1", 0), 1);
    EXPECT_EQ(X509_check_host(cert.get(), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(cert.get(), "example.org", 0, 0, nullptr), 0);
    int days = 0, seconds = 0;
    ASSERT_EQ(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert.get()), X509_get0_notAfter(cert.get())), 1);
    EXPECT_EQ(days, 2);
    EXPECT_EQ(X509_check_ca(cert.get()), 0) << "not a CA";
    // The key is the owner's only.
    struct stat st {};
    ASSERT_EQ(::stat(dir.sub("k.pem").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    // A second one differs (new key, random serial).
    ASSERT_EQ(make_certificate(dir.sub("c2.pem"), dir.sub("k2.pem")).exit_code, 0);
    EXPECT_NE(der_fingerprint(read_certificate(dir.sub("c2.pem")).get()), fingerprint);
}

TEST(TlsCertificates, BadOptionsAreNamedAndNothingIsOverwritten) {
    TempDir dir;
    ASSERT_EQ(make_certificate(dir.sub("c.pem"), dir.sub("k.pem")).exit_code, 0);
    const auto cert_before = read_file(dir.sub("c.pem"));
    const auto key_before = read_file(dir.sub("k.pem"));
    struct Case {
        std::vector<std::string> args;
        std::string named;
    };
    const std::string c = dir.sub("new.pem"), k = dir.sub("new-key.pem");
    for (const auto& bad : std::vector<Case>{
             {{"--host", "127.0.0.1", "--cert", dir.sub("c.pem"), "--key", k}, "--cert"},
             {{"--host", "127.0.0.1", "--cert", c, "--key", dir.sub("k.pem")}, "--key"},
             {{"--host", "two words", "--cert", c, "--key", k}, "--host"},
             {{"--host", "-bad-.example", "--cert", c, "--key", k}, "--host"},
             {{"--host", "a..b", "--cert", c, "--key", k}, "--host"},
             {{"--cert", c, "--key", k}, "--host"},
             {{"--host", "localhost", "--cert", c, "--key", k, "--days", "0"}, "--days"},
             {{"--host", "localhost", "--cert", c, "--key", dir.sub("no-such-dir/k.pem")}, "--key"},
         }) {
        std::vector<std::string> args{"tls", "self-signed"};
        args.insert(args.end(), bad.args.begin(), bad.args.end());
        const auto r = run_cli(args);
        EXPECT_NE(r.exit_code, 0) << bad.named;
        EXPECT_NE(r.err.find(bad.named), std::string::npos) << r.err;
        EXPECT_FALSE(std::filesystem::exists(c)) << "nothing written for " << bad.named;
    }
    EXPECT_FALSE(std::filesystem::exists(k));
    EXPECT_EQ(read_file(dir.sub("c.pem")), cert_before);
    EXPECT_EQ(read_file(dir.sub("k.pem")), key_before);
    const auto not_a_cert = run_cli({"tls", "fingerprint", "--tls-cert", dir.sub("k.pem")});
    EXPECT_NE(not_a_cert.exit_code, 0);
    EXPECT_NE(not_a_cert.err.find("--tls-cert"), std::string::npos) << not_a_cert.err;
    EXPECT_NE(run_cli({"tls"}).exit_code, 0);
    EXPECT_EQ(run_cli({"tls", "self-signed", "--help"}).exit_code, 0);
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
