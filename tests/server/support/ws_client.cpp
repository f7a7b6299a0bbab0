#include "support/ws_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <openssl/ssl.h>

#include "support/http_client.hpp"

namespace muster::test {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

std::unique_ptr<ssl::context> client_context(const TlsOptions& tls) {
    auto context = std::make_unique<ssl::context>(ssl::context::tls_client);
    context->set_verify_mode(ssl::verify_none);
    if (tls.max_version != 0) {
        SSL_CTX_set_min_proto_version(context->native_handle(), 0);
        SSL_CTX_set_max_proto_version(context->native_handle(), tls.max_version);
        SSL_CTX_set_cipher_list(context->native_handle(), "DEFAULT:@SECLEVEL=0");  // let the client offer it
    }
    if (!tls.ciphers.empty()) {
        SSL_CTX_set_max_proto_version(context->native_handle(), TLS1_2_VERSION);
        SSL_CTX_set_cipher_list(context->native_handle(), tls.ciphers.c_str());
    }
    return context;
}

}  // namespace

std::string login_token(std::uint16_t port, const std::string& login, const std::string& password) {
    const auto body = nlohmann::json{{"login", login}, {"password", password}}.dump();
    const auto r = test::http(port, "POST", "/v1/auth/login", body);
    const auto j = r.json();
    return r.status == 200 && j.contains("token") ? j["token"].get<std::string>() : std::string{};
}

struct WsClient::Impl {
    net::io_context ioc;
    std::unique_ptr<ssl::context> tls_context;
    std::unique_ptr<websocket::stream<beast::tcp_stream>> plain;
    std::unique_ptr<websocket::stream<beast::ssl_stream<beast::tcp_stream>>> secure;
    beast::flat_buffer buffer;
    bool ok = false;
    bool timed_out = false;
    int refused_status = 0;
    std::string refused_body;
    int close_code = 0;
    std::string error;

    template <class Ws>
    void connect(Ws& ws, std::uint16_t port, const std::string& token) {
        beast::error_code ec;
        beast::get_lowest_layer(ws).connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
        if (ec) {
            error = "connect: " + ec.message();
            return;
        }
        if constexpr (!std::is_same_v<Ws, websocket::stream<beast::tcp_stream>>) {
            ws.next_layer().handshake(ssl::stream_base::client, ec);
            if (ec) {
                error = "tls: " + ec.message();
                return;
            }
        }
        ws.set_option(websocket::stream_base::decorator([token](websocket::request_type& request) {
            if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
        }));
        websocket::response_type response;
        ws.handshake(response, "127.0.0.1:" + std::to_string(port), "/v1/events", ec);
        if (ec) {
            refused_status = static_cast<int>(response.result_int());
            refused_body = response.body();
            error = "handshake: " + ec.message();
            return;
        }
        ok = true;
    }

    template <class Ws>
    std::optional<nlohmann::json> next(Ws& ws, std::chrono::milliseconds timeout) {
        if (!ok) return std::nullopt;
        bool done = false;
        beast::error_code ec;
        ws.async_read(buffer, [&](beast::error_code e, std::size_t) {
            ec = e;
            done = true;
        });
        ioc.restart();
        ioc.run_for(timeout);
        if (!done) {
            timed_out = true;
            ok = false;
            beast::get_lowest_layer(ws).close();
            ioc.restart();
            ioc.run_for(std::chrono::seconds(1));
            return std::nullopt;
        }
        if (ec) {
            ok = false;
            error = ec.message();
            if (ec == websocket::error::closed) close_code = static_cast<int>(ws.reason().code);
            return std::nullopt;
        }
        const auto text = beast::buffers_to_string(buffer.data());
        buffer.consume(buffer.size());
        return nlohmann::json::parse(text, nullptr, false);
    }
};

WsClient::WsClient(std::uint16_t port, const std::string& token, TlsOptions tls) : impl_(std::make_unique<Impl>()) {
    if (tls.enabled) {
        impl_->tls_context = client_context(tls);
        impl_->secure = std::make_unique<websocket::stream<beast::ssl_stream<beast::tcp_stream>>>(impl_->ioc,
                                                                                                 *impl_->tls_context);
        impl_->connect(*impl_->secure, port, token);
    } else {
        impl_->plain = std::make_unique<websocket::stream<beast::tcp_stream>>(impl_->ioc);
        impl_->connect(*impl_->plain, port, token);
    }
}

WsClient::~WsClient() = default;

bool WsClient::ok() const { return impl_->ok; }
int WsClient::refused_status() const { return impl_->refused_status; }
const std::string& WsClient::refused_body() const { return impl_->refused_body; }
int WsClient::close_code() const { return impl_->close_code; }
bool WsClient::timed_out() const { return impl_->timed_out; }
const std::string& WsClient::error() const { return impl_->error; }

std::optional<nlohmann::json> WsClient::next(std::chrono::milliseconds timeout) {
    return impl_->secure ? impl_->next(*impl_->secure, timeout) : impl_->next(*impl_->plain, timeout);
}

std::string https_login_token(std::uint16_t port, const std::string& login, const std::string& password) {
    const auto r = https_request(port, "POST", "/v1/auth/login", nlohmann::json{{"login", login}, {"password", password}}.dump());
    const auto j = nlohmann::json::parse(r.body, nullptr, false);
    return r.status == 200 && j.contains("token") ? j["token"].get<std::string>() : std::string{};
}

HttpsResult https_request(std::uint16_t port, const std::string& method, const std::string& target,
                          const std::string& body, TlsOptions tls) {
    HttpsResult result;
    net::io_context ioc;
    auto context = client_context(tls);
    beast::ssl_stream<beast::tcp_stream> stream(ioc, *context);
    beast::error_code ec;
    beast::get_lowest_layer(stream).connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
    if (!ec) stream.handshake(ssl::stream_base::client, ec);
    if (ec) {
        result.error = ec.message();
        return result;
    }
    http::request<http::string_body> request{http::string_to_verb(method), target, 11};
    request.set(http::field::host, "127.0.0.1");
    request.keep_alive(false);
    if (!body.empty()) {
        request.set(http::field::content_type, "application/json");
        request.body() = body;
    }
    request.prepare_payload();
    http::write(stream, request, ec);
    http::response<http::string_body> response;
    beast::flat_buffer buffer;
    if (!ec) http::read(stream, buffer, response, ec);
    if (ec) {
        result.error = ec.message();
        return result;
    }
    result.status = static_cast<int>(response.result_int());
    result.body = response.body();
    return result;
}

}  // namespace muster::test
