#include "beast_transport.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include "muster/codec.hpp"
#include "muster/gzip.hpp"
#include "muster/json.hpp"

namespace muster::sim {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

constexpr std::size_t kMaxAnswerBytes = std::size_t{256} << 20;

}  // namespace

struct BeastTransport::Impl {
    net::io_context ioc{1};
    std::optional<beast::tcp_stream> stream;
    beast::flat_buffer buffer;

    /// Runs one async operation to completion on this thread; the stream's timer bounds it.
    template <class Start>
    beast::error_code run(Start&& start) {
        beast::error_code result = net::error::would_block;
        start([&result](beast::error_code ec, auto&&...) { result = ec; });
        ioc.restart();
        ioc.run();
        return result;
    }

    void drop() {
        if (!stream) return;
        beast::error_code ec;
        stream->socket().shutdown(tcp::socket::shutdown_both, ec);
        stream->socket().close(ec);
        stream.reset();
        buffer.clear();
    }
};

Error error_from_answer(int status, const std::string& body) {
    if (status == 401) return {ErrorCode::unauthenticated, "the server refused the token (401)"};
    if (status == 503) return {ErrorCode::unavailable, "the server is unavailable (503)"};
    const auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_object() && parsed.contains("error") && parsed["error"].is_object()) {
        const auto& e = parsed["error"];
        const auto code = e.contains("code") && e["code"].is_string()
                              ? error_code_from_string(e["code"].get<std::string>())
                              : std::nullopt;
        const std::string message = e.contains("message") && e["message"].is_string() ? e["message"].get<std::string>() : "";
        return {code.value_or(ErrorCode::internal), "HTTP " + std::to_string(status) + ": " + message};
    }
    return {status >= 500 ? ErrorCode::unavailable : ErrorCode::internal,
            "HTTP " + std::to_string(status) + " without a protocol error body"};
}

BeastTransport::BeastTransport(std::uint16_t port, int member, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()), port_(port), member_(member), timeout_(timeout) {}

BeastTransport::~BeastTransport() = default;

Error BeastTransport::failed(const std::string& what) {
    ++failures_;
    impl_->drop();
    return Error{ErrorCode::unavailable, what};
}

Result<BeastTransport::Reply> BeastTransport::post(const std::string& target, std::string body) {
    if (auto sent = write(target, std::move(body)); !sent) return sent.error();
    return read();
}

Status BeastTransport::write(const std::string& target, std::string body) {
    ++requests_;
    auto& impl = *impl_;
    const auto fail = [&](const std::string& what, const beast::error_code& ec) -> Status {
        return failed(what + ": " + ec.message());
    };
    if (!impl.stream) {
        impl.stream.emplace(impl.ioc);
        impl.stream->expires_after(timeout_);
        const tcp::endpoint endpoint(net::ip::address_v4::loopback(), port_);
        if (auto ec = impl.run([&](auto handler) { impl.stream->async_connect(endpoint, std::move(handler)); })) {
            return fail("connect", ec);
        }
        beast::error_code ignored;
        impl.stream->socket().set_option(tcp::no_delay(true), ignored);
    }

    http::request<http::string_body> request{http::verb::post, target, 11};
    request.set(http::field::host, "127.0.0.1");
    request.set(http::field::content_type, "application/json");
    request.set(http::field::accept_encoding, "gzip");
    if (!token_.empty()) request.set(http::field::authorization, "Bearer " + token_);
    if (member_ >= 0) request.set("X-Sim-Member", std::to_string(member_));
    if (target == "/v1/sync" && body.size() >= kGzipMinBytes) {
        if (auto packed = gzip_compress(body)) {
            body = std::move(*packed);
            request.set(http::field::content_encoding, "gzip");
        }
    }
    request.body() = std::move(body);
    request.prepare_payload();

    impl.stream->expires_after(timeout_);
    if (auto ec = impl.run([&](auto handler) { http::async_write(*impl.stream, request, std::move(handler)); })) {
        return fail("write", ec);
    }
    return {};
}

Result<BeastTransport::Reply> BeastTransport::read() {
    auto& impl = *impl_;
    if (!impl.stream) return failed("read: not connected");
    http::response_parser<http::string_body> parser;
    parser.body_limit(kMaxAnswerBytes);
    impl.stream->expires_after(timeout_);
    if (auto ec = impl.run([&](auto handler) {
            http::async_read(*impl.stream, impl.buffer, parser, std::move(handler));
        })) {
        return failed("read: " + ec.message());
    }
    auto response = parser.release();
    if (!response.keep_alive()) impl.drop();
    Reply reply;
    reply.status = static_cast<int>(response.result_int());
    reply.body = std::move(response.body());
    if (response[http::field::content_encoding] == "gzip") {
        auto plain = gzip_decompress(reply.body, kMaxAnswerBytes);
        if (!plain) {
            ++failures_;
            return Error{ErrorCode::bad_json, "a gzipped answer did not inflate: " + plain.error().message};
        }
        reply.body = std::move(*plain);
    }
    return reply;
}

Result<LoginResponse> BeastTransport::login(const LoginRequest& request) {
    auto reply = post("/v1/auth/login", encode_login_request(request).dump());
    if (!reply) return reply.error();
    if (reply->status != 200) return error_from_answer(reply->status, reply->body);
    auto parsed = parse_strict(reply->body);
    if (!parsed) return parsed.error();
    return decode_login_response(*parsed);
}

Result<SyncResponse> BeastTransport::sync(const SyncRequest& request) {
    return sync_answer(request, post("/v1/sync", encode_sync_request(request).dump()));
}

bool BeastTransport::send(const SyncRequest& request) {
    ++sent_ahead_;
    ahead_ = request;
    ahead_sent_ = write("/v1/sync", encode_sync_request(request).dump());
    return true;  // a failed write fails `receive`
}

Result<SyncResponse> BeastTransport::receive() {
    if (!ahead_) return Error{ErrorCode::internal, "receive() without a request sent"};
    const SyncRequest request = std::move(*ahead_);
    ahead_.reset();
    if (!ahead_sent_) return ahead_sent_.error();
    return sync_answer(request, read());
}

Result<SyncResponse> BeastTransport::sync_answer(const SyncRequest& request, Result<Reply> reply) {
    if (!reply) return reply.error();
    if (reply->status != 200) {
        ++failures_;
        return error_from_answer(reply->status, reply->body);
    }
    auto parsed = parse_strict(reply->body);
    if (!parsed) return parsed.error();
    auto response = decode_sync_response(*parsed);
    if (!response) return response.error();
    record(request, *response);
    return response;
}

void BeastTransport::record(const SyncRequest& request, const SyncResponse& response) {
    for (const auto& ack : response.acks) {
        auto& rec = acks_[ack.id];
        switch (ack.status) {
            case AckStatus::applied: ++rec.applied; break;
            case AckStatus::duplicate: ++rec.duplicate; break;
            case AckStatus::rejected:
                ++rec.rejected;
                rec.last_error = ack.error;
                break;
        }
        if (ack.status == AckStatus::rejected || !rec.op.is_null()) continue;
        for (const auto& op : request.ops) {
            if (op.id == ack.id) {
                rec.op = encode_op(op);
                break;
            }
        }
    }
}

}  // namespace muster::sim
