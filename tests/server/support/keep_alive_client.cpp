#include "support/keep_alive_client.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace muster::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

struct KeepAliveClient::Impl {
    net::io_context ioc;
    tcp::socket socket{ioc};
    beast::flat_buffer buffer;
    bool connected = false;
};

KeepAliveClient::KeepAliveClient(std::uint16_t port) : impl_(std::make_unique<Impl>()) {
    beast::error_code ec;
    impl_->socket.connect(tcp::endpoint(net::ip::make_address_v4("127.0.0.1"), port), ec);
    if (!ec) impl_->socket.set_option(tcp::no_delay(true), ec);
    impl_->connected = !ec;
}

KeepAliveClient::~KeepAliveClient() = default;

bool KeepAliveClient::ok() const {
    return impl_->connected;
}

KeepAliveReply KeepAliveClient::post(const std::string& target, std::string body,
                                     const std::string& token, bool gzip) {
    KeepAliveReply out;
    if (!send_post(target, std::move(body), token, gzip, out.error)) return out;
    return read_reply();
}

bool KeepAliveClient::send_post(const std::string& target, std::string body, const std::string& token, bool gzip,
                                std::string& error) {
    http::request<http::string_body> request{http::verb::post, target, 11};
    request.set(http::field::host, "127.0.0.1");
    request.set(http::field::content_type, "application/json");
    if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
    if (gzip) request.set(http::field::accept_encoding, "gzip");
    request.body() = std::move(body);
    request.prepare_payload();
    beast::error_code ec;
    http::write(impl_->socket, request, ec);
    if (ec) error = ec.message();
    return !ec;
}

KeepAliveReply KeepAliveClient::read_reply() {
    KeepAliveReply out;
    beast::error_code ec;
    http::response_parser<http::string_body> parser;
    parser.body_limit(std::uint64_t{256} << 20);
    out.wire_bytes = http::read(impl_->socket, impl_->buffer, parser, ec);
    if (ec) {
        out.error = ec.message();
        return out;
    }
    auto& response = parser.get();
    out.status = static_cast<int>(response.result_int());
    out.gzipped = response[http::field::content_encoding] == "gzip";
    out.body = std::move(response.body());
    return out;
}

}  // namespace muster::test
