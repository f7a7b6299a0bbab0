#include "http_session.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include "muster/server/crypto.hpp"
#include "muster/server/handlers.hpp"
#include "muster/server/log.hpp"
#include "sync_gzip.hpp"
#include "websocket_session.hpp"

namespace muster::server {
namespace {

/// The stream's own timeout, this long after our deadline: a backstop that
/// closes without an answer. When an I/O thread is late by more than this, both
/// are due at once and the backstop may close the socket before our deadline's
/// 408 is written (seen once at 1 s under ASan on a loaded 2-core machine).
constexpr std::chrono::milliseconds kBackstop{5000};
constexpr std::size_t kMaxLingerBytes = 64 * 1024 * 1024;
constexpr std::size_t kLingerBufferBytes = 8192;
constexpr std::string_view kEventsPath = "/v1/events";
constexpr std::string_view kBlobsPrefix = "/v1/blobs/";

/// Expected ends of a connection: not worth a log line.
bool is_quiet(beast::error_code ec) {
    return ec == net::error::operation_aborted || ec == net::error::eof || ec == http::error::end_of_stream ||
           ec == http::error::partial_message || ec == net::error::connection_reset ||
           ec == net::error::broken_pipe || ec == beast::error::timeout || ec == net::error::not_connected ||
           ec == net::ssl::error::stream_truncated;
}

/// The one place a transport failure is reported; the expected ones are ignored.
void fail(beast::error_code ec, const char* what) {
    if (is_quiet(ec)) return;
    log::warn("connection error", {{"op", what}, {"error", ec.message()}});
}

std::string_view path_of(std::string_view target) { return target.substr(0, target.find('?')); }

/// The origin form (`/path?query`) of an absolute-form target
/// (`http://host:port/path?query`), which RFC 9112 §3.2.2 has a server accept
/// (a proxy's habit); nullopt for any other target, left as it is.
std::optional<std::string> origin_form(std::string_view target) {
    for (const std::string_view scheme : {"http://", "https://"}) {
        if (target.size() < scheme.size() || !beast::iequals(target.substr(0, scheme.size()), scheme)) continue;
        const auto authority_end = target.find_first_of("/?", scheme.size());
        if (authority_end == std::string_view::npos) return std::string("/");
        if (target[authority_end] == '?') return "/" + std::string(target.substr(authority_end));
        return std::string(target.substr(authority_end));
    }
    return std::nullopt;
}

/// A `Sec-WebSocket-Key`: 16 bytes in base64, 24 characters ending in "==".
bool is_websocket_key(std::string_view key) {
    if (key.size() != 24 || key.substr(22) != "==") return false;
    return std::all_of(key.begin(), key.end() - 2, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    });
}

/// True when the request's one transfer coding is `chunked` (any case), in a
/// single `Transfer-Encoding` header: the only framing the server reads.
template <class Fields>
bool only_chunked(const Fields& header) {
    if (header.count(http::field::transfer_encoding) != 1) return false;
    return beast::iequals(trim_header_value(header[http::field::transfer_encoding]), "chunked");
}

template <class Stream>
Stream make_stream(tcp::socket&& socket, SharedState& state) {
    if constexpr (std::is_same_v<Stream, TlsStream>) {
        return Stream(std::move(socket), *state.tls());
    } else {
        return Stream(std::move(socket));
    }
}

}  // namespace

template <class Stream>
HttpSession<Stream>::HttpSession(tcp::socket&& socket, std::shared_ptr<SharedState> state)
    : stream_(make_stream<Stream>(std::move(socket), *state)), state_(std::move(state)), deadline_(lowest().get_executor()) {
    beast::error_code ec;
    remote_ = lowest().socket().remote_endpoint(ec).address();
}

template <class Stream>
HttpSession<Stream>::~HttpSession() {
    state_->leave(this);
}

template <class Stream>
void HttpSession<Stream>::run() {
    if (!state_->join(this, this->weak_from_this(), remote_)) shutdown_requested_ = true;
    net::dispatch(deadline_.get_executor(), [self = this->shared_from_this()] {
        self->arm_deadline(self->state_->config().header_timeout);  // a new connection's header deadline starts now
        if constexpr (std::is_same_v<Stream, TlsStream>) {
            self->lowest().expires_after(self->state_->config().header_timeout + kBackstop);
            self->stream_.async_handshake(net::ssl::stream_base::server,
                                          beast::bind_front_handler(&HttpSession::on_handshake, self));
        } else {
            self->do_wait_first_byte();
        }
    });
}

template <class Stream>
void HttpSession<Stream>::shutdown() {
    net::post(deadline_.get_executor(), [self = this->shared_from_this()] {
        self->shutdown_requested_ = true;
        if (self->phase_ == Phase::idle) self->lowest().cancel();
    });
}

template <class Stream>
void HttpSession<Stream>::on_handshake(beast::error_code ec) {
    if (ec || deadline_hit_) {
        // Plain HTTP, old protocol versions, scanners: refused without an answer.
        if (!is_quiet(ec)) log::info("TLS handshake failed", {{"error", ec.message()}, {"remote", remote_.to_string()}});
        cancel_deadline();
        lowest().close();
        return;
    }
    do_wait_first_byte();
}

template <class Stream>
void HttpSession<Stream>::do_wait_first_byte() {
    phase_ = Phase::idle;
    const auto& config = state_->config();
    if (shutdown_requested_ || state_->shutting_down()) {
        cancel_deadline();
        lowest().close();
        return;
    }
    if (buffer_.size() > 0) {  // a pipelined request is already here
        if (!first_request_) arm_deadline(config.header_timeout);
        return do_read_header();
    }
    lowest().expires_after(first_request_ ? config.header_timeout + kBackstop : config.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096),
                            beast::bind_front_handler(&HttpSession::on_first_byte, this->shared_from_this()));
}

template <class Stream>
void HttpSession<Stream>::on_first_byte(beast::error_code ec, std::size_t bytes) {
    if (deadline_hit_) return on_read_error(ec);
    if (ec) {
        fail(ec, "read");
        cancel_deadline();
        lowest().close();
        return;
    }
    buffer_.commit(bytes);
    if (!first_request_) arm_deadline(state_->config().header_timeout);
    do_read_header();
}

template <class Stream>
void HttpSession<Stream>::do_read_header() {
    phase_ = Phase::reading;
    const auto& config = state_->config();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(config.max_header_bytes));
    // The parser checks Content-Length against this while it reads the
    // header, before we know the route: allow the largest route's limit here
    // and apply the route's own in on_header.
    body_limit_ = std::max(config.max_body_bytes, config.max_blob_bytes);
    parser_->body_limit(body_limit_);
    lowest().expires_after(config.header_timeout + kBackstop);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&HttpSession::on_header, this->shared_from_this()));
}

template <class Stream>
void HttpSession<Stream>::on_header(beast::error_code ec, std::size_t) {
    if (ec || deadline_hit_) return on_read_error(ec);
    const auto& config = state_->config();
    auto& header = parser_->get();
    if (auto origin = origin_form(header.target())) header.target(*origin);
    const bool blob_upload = header.method() == http::verb::put && path_of(header.target()).starts_with(kBlobsPrefix);
    body_limit_ = blob_upload ? config.max_blob_bytes : config.max_body_bytes;
    if (header.version() >= 11 && header.count(http::field::host) != 1) {
        // RFC 9112 §3.2: one Host in an HTTP/1.1 request, or 400.
        return refuse_unread({ErrorCode::bad_request, "Host: an HTTP/1.1 request names its host once."});
    }
    if (header.count(http::field::transfer_encoding) != 0 && !only_chunked(header)) {
        // RFC 9112 §6.3: without `chunked` last the body's length is unknown. Beast
        // would read the request as bodiless and the body as the next request.
        // Any other coding before it (`gzip, chunked`) Beast would skip, handing
        // the handler a body it cannot read: refused as well.
        return on_read_error(http::error::bad_transfer_encoding);
    }
    if (const auto length = parser_->content_length(); length && *length > body_limit_) {
        return on_read_error(http::error::body_limit);
    }
    parser_->body_limit(body_limit_);  // also bounds a chunked body
    if (parser_->is_done()) {
        cancel_deadline();
        return handle_request();
    }
    arm_deadline(config.body_timeout);
    const auto expect = header[http::field::expect];
    if (beast::iequals(expect, "100-continue")) {
        // The client waits for this before sending the body (curl does, for bodies over 1 KiB).
        continue_.emplace(http::status::continue_, header.version());
        lowest().expires_after(config.write_timeout);
        http::async_write(stream_, *continue_,
                          [self = this->shared_from_this()](beast::error_code write_ec, std::size_t) {
                              self->continue_.reset();
                              if (write_ec || self->deadline_hit_) return self->on_read_error(write_ec);
                              self->do_read_body();
                          });
        return;
    }
    do_read_body();
}

template <class Stream>
void HttpSession<Stream>::do_read_body() {
    lowest().expires_after(state_->config().body_timeout + kBackstop);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&HttpSession::on_body, this->shared_from_this()));
}

template <class Stream>
void HttpSession<Stream>::on_body(beast::error_code ec, std::size_t) {
    if (ec || deadline_hit_) return on_read_error(ec);
    cancel_deadline();
    handle_request();
}

template <class Stream>
void HttpSession<Stream>::on_read_error(beast::error_code ec) {
    const bool timed_out = deadline_hit_;
    cancel_deadline();
    Error error;
    if (timed_out) {
        error = {ErrorCode::timeout, "The request did not arrive in time; send it faster or check the network."};
    } else if (ec == http::error::header_limit) {
        error = {ErrorCode::headers_too_large, "The request headers are larger than " +
                                                   std::to_string(state_->config().max_header_bytes) + " bytes."};
    } else if (ec == http::error::body_limit) {
        error = {ErrorCode::payload_too_large,
                 "The request body is larger than " + std::to_string(body_limit_) + " bytes."};
    } else if (ec == http::error::partial_message) {
        // The client stopped sending part-way (it may have only half-closed and still read).
        error = {ErrorCode::bad_request, "The request ended before it was complete; send all of it."};
    } else if (is_quiet(ec)) {
        fail(ec, "read");
        lowest().close();
        return;
    } else {
        error = {ErrorCode::bad_request, "The request is not valid HTTP/1.1 (" + ec.message() + ")."};
    }
    refuse_unread(error);
}

template <class Stream>
void HttpSession<Stream>::refuse_unread(const Error& error) {
    cancel_deadline();
    context_ = RequestContext{};
    context_.request_id = random_hex(8);
    context_.route = "transport";
    started_ = std::chrono::steady_clock::now();
    request_ = HttpRequest{};
    auto response = error_response(11, error);
    response.set("X-Request-Id", context_.request_id);
    const auto status = response.result_int();
    state_->metrics().count_request(context_.route, status);
    log_request(status);
    send(std::move(response), /*close=*/true);
}

template <class Stream>
void HttpSession<Stream>::handle_request() {
    phase_ = Phase::handling;
    request_ = parser_->release();
    parser_.reset();
    context_ = RequestContext{};
    context_.request_id = random_hex(8);
    context_.remote = remote_;
    started_ = std::chrono::steady_clock::now();

    const auto path = path_of(request_.target());
    if (path == kEventsPath) return handle_events();
    if (path.starts_with(kBlobsPrefix)) {
        const auto rest = path.substr(kBlobsPrefix.size());
        if (rest.empty() || rest.find('/') != std::string_view::npos) {
            // Never routed: a blob address is exactly one segment of 64 hex characters.
            context_.route = "/v1/blobs/{hash}";
            return answer_directly({ErrorCode::bad_request, "A blob address is /v1/blobs/<64 hex characters>."});
        }
    }

    auto self = this->shared_from_this();
    Reply reply(
        [self](HttpResponse response) {
            auto executor = self->deadline_.get_executor();
            net::post(executor, [self = std::move(self), response = std::move(response)]() mutable {
                self->on_handled(std::move(response));
            });
        },
        error_response(request_.version(), {ErrorCode::internal, "The server failed to answer this request."}));
    state_->router().dispatch(request_, context_, std::move(reply));
}

template <class Stream>
void HttpSession<Stream>::handle_events() {
    context_.route = std::string(kEventsPath);
    if (request_.method() != http::verb::get) {
        auto response = error_response(request_, {ErrorCode::method_not_allowed,
                                                   std::string(request_.method_string()) + " is not allowed here; use GET."});
        response.set(http::field::allow, "GET");
        return on_handled(std::move(response));
    }
    if (!beast::websocket::is_upgrade(request_)) {
        return answer_directly({ErrorCode::bad_request,
                                "/v1/events is a WebSocket: send Connection: Upgrade and Upgrade: websocket."});
    }
    // What Beast's accept would refuse with a plain-text answer of its own:
    // refused here, as every error is, in JSON.
    if (!is_websocket_key(request_[http::field::sec_websocket_key])) {
        return answer_directly({ErrorCode::bad_request,
                                "Sec-WebSocket-Key: expected 16 random bytes in base64 (RFC 6455)."});
    }
    if (request_[http::field::sec_websocket_version] != "13") {
        auto response = error_response(request_, {ErrorCode::bad_request, "Sec-WebSocket-Version: only 13 is spoken."});
        response.result(http::status::upgrade_required);
        response.set(http::field::sec_websocket_version, "13");
        return on_handled(std::move(response));
    }
    auto caller = authenticate(state_->auth(), request_);
    if (!caller) return answer_directly(caller.error());
    if (shutdown_requested_ || state_->shutting_down()) {
        return answer_directly({ErrorCode::unavailable, "The server is shutting down; reconnect shortly."});
    }
    state_->metrics().count_request(context_.route, 101);
    log_request(101);
    phase_ = Phase::upgraded;
    cancel_deadline();
    // The WebSocket takes the stream (and the strand with it); this session
    // ends when its last handler returns and never touches the stream again.
    std::make_shared<WebSocketSession<Stream>>(std::move(stream_), state_, std::move(*caller))
        ->run(std::move(request_));
}

template <class Stream>
void HttpSession<Stream>::answer_directly(const Error& error) {
    on_handled(error_response(request_, error));
}

template <class Stream>
void HttpSession<Stream>::on_handled(HttpResponse response) {
    const bool close = !request_.keep_alive() || shutdown_requested_ || state_->shutting_down();
    response.set("X-Request-Id", context_.request_id);
    // A HEAD answer keeps the GET answer's headers (Content-Length included) but never a body.
    if (request_.method() == http::verb::head) response.body().clear();
    const auto status = response.result_int();
    state_->metrics().count_request(context_.route, status);
    send(std::move(response), close);  // the answer first: the log line is a write(2) of its own
    log_request(status);
}

template <class Stream>
void HttpSession<Stream>::send(HttpResponse response, bool close) {
    phase_ = Phase::writing;
    response.keep_alive(!close);
    response_.emplace(std::move(response));
    lowest().expires_after(state_->config().write_timeout);
    http::async_write(stream_, *response_,
                      beast::bind_front_handler(&HttpSession::on_write, this->shared_from_this(), close));
}

template <class Stream>
void HttpSession<Stream>::on_write(bool close, beast::error_code ec, std::size_t) {
    response_.reset();
    request_ = HttpRequest{};
    if (ec) {
        fail(ec, "write");
        lowest().close();
        return;
    }
    if (close) return do_close();
    first_request_ = false;
    do_wait_first_byte();
}

template <class Stream>
void HttpSession<Stream>::do_close() {
    phase_ = Phase::closing;
    cancel_deadline();
    lowest().expires_after(state_->config().linger_timeout);
    if constexpr (std::is_same_v<Stream, TlsStream>) {
        stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) { self->lowest().close(); });
    } else {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        if (ec) {
            stream_.close();
            return;
        }
        linger_buffer_ = std::make_unique<char[]>(kLingerBufferBytes);
        stream_.async_read_some(net::buffer(linger_buffer_.get(), kLingerBufferBytes),
                                beast::bind_front_handler(&HttpSession::on_linger, this->shared_from_this()));
    }
}

template <class Stream>
void HttpSession<Stream>::on_linger(beast::error_code ec, std::size_t bytes) {
    lingered_ += bytes;
    if (ec || lingered_ > kMaxLingerBytes) {
        lowest().close();
        return;
    }
    stream_.async_read_some(net::buffer(linger_buffer_.get(), kLingerBufferBytes),
                            beast::bind_front_handler(&HttpSession::on_linger, this->shared_from_this()));
}

template <class Stream>
void HttpSession<Stream>::arm_deadline(std::chrono::milliseconds after) {
    const unsigned generation = ++deadline_generation_;
    deadline_hit_ = false;
    deadline_.expires_after(after);
    deadline_.async_wait([self = this->shared_from_this(), generation](beast::error_code ec) {
        self->on_deadline(generation, ec);
    });
}

template <class Stream>
void HttpSession<Stream>::cancel_deadline() {
    ++deadline_generation_;
    deadline_.cancel();
}

template <class Stream>
void HttpSession<Stream>::on_deadline(unsigned generation, beast::error_code ec) {
    if (ec || generation != deadline_generation_ || phase_ == Phase::upgraded) return;
    deadline_hit_ = true;
    lowest().cancel();  // the pending read completes with operation_aborted; on_read_error answers 408
}

template <class Stream>
void HttpSession<Stream>::log_request(unsigned status) {
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_);
    const std::string method =
        request_.method() == http::verb::unknown ? std::string("-") : std::string(request_.method_string());
    log::info("request", {{"req", context_.request_id},
                          {"method", method},
                          {"route", context_.route},
                          {"status", std::to_string(status)},
                          {"ms", std::to_string(elapsed.count())},
                          {"remote", remote_.to_string()}});
}

template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

}  // namespace muster::server
