#include "http_session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include "muster/server/crypto.hpp"
#include "muster/server/log.hpp"
#include "shared_state.hpp"

namespace muster::server {
namespace {

constexpr std::chrono::milliseconds kBackstop{1000};  ///< stream timeout beyond our own deadline
constexpr std::size_t kMaxLingerBytes = 64 * 1024 * 1024;

/// Expected ends of a connection: not worth a log line.
bool is_quiet(beast::error_code ec) {
    return ec == net::error::operation_aborted || ec == net::error::eof || ec == http::error::end_of_stream ||
           ec == http::error::partial_message || ec == net::error::connection_reset ||
           ec == net::error::broken_pipe || ec == beast::error::timeout || ec == net::error::not_connected;
}

/// The one place a transport failure is reported; the expected ones are ignored.
void fail(beast::error_code ec, const char* what) {
    if (is_quiet(ec)) return;
    log::warn("connection error", {{"op", what}, {"error", ec.message()}});
}

}  // namespace

HttpSession::HttpSession(tcp::socket&& socket, std::shared_ptr<SharedState> state)
    : stream_(std::move(socket)), state_(std::move(state)), deadline_(stream_.get_executor()) {
    beast::error_code ec;
    remote_ = stream_.socket().remote_endpoint(ec).address();
}

HttpSession::~HttpSession() { state_->leave(this); }

void HttpSession::run() {
    state_->join(this, weak_from_this());
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
        self->arm_deadline(self->state_->config().header_timeout);  // a new connection's header deadline starts now
        self->do_wait_first_byte();
    });
}

void HttpSession::shutdown() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
        self->shutdown_requested_ = true;
        if (self->phase_ == Phase::idle) self->stream_.cancel();
    });
}

void HttpSession::do_wait_first_byte() {
    phase_ = Phase::idle;
    const auto& config = state_->config();
    if (shutdown_requested_ || state_->shutting_down()) {
        cancel_deadline();
        stream_.close();
        return;
    }
    if (buffer_.size() > 0) {  // a pipelined request is already here
        if (!first_request_) arm_deadline(config.header_timeout);
        return do_read_header();
    }
    stream_.expires_after(first_request_ ? config.header_timeout + kBackstop : config.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096),
                            beast::bind_front_handler(&HttpSession::on_first_byte, shared_from_this()));
}

void HttpSession::on_first_byte(beast::error_code ec, std::size_t bytes) {
    if (deadline_hit_) return on_read_error(ec);
    if (ec) {
        fail(ec, "read");
        cancel_deadline();
        stream_.close();
        return;
    }
    buffer_.commit(bytes);
    if (!first_request_) arm_deadline(state_->config().header_timeout);
    do_read_header();
}

void HttpSession::do_read_header() {
    phase_ = Phase::reading;
    const auto& config = state_->config();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(config.max_header_bytes));
    parser_->body_limit(config.max_body_bytes);
    stream_.expires_after(config.header_timeout + kBackstop);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&HttpSession::on_header, shared_from_this()));
}

void HttpSession::on_header(beast::error_code ec, std::size_t) {
    if (ec || deadline_hit_) return on_read_error(ec);
    if (parser_->is_done()) {
        cancel_deadline();
        return handle_request();
    }
    arm_deadline(state_->config().body_timeout);
    const auto expect = parser_->get()[http::field::expect];
    if (beast::iequals(expect, "100-continue")) {
        // The client waits for this before sending the body (curl does, for bodies over 1 KiB).
        continue_.emplace(http::status::continue_, parser_->get().version());
        stream_.expires_after(state_->config().write_timeout);
        http::async_write(stream_, *continue_, [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
            self->continue_.reset();
            if (write_ec || self->deadline_hit_) return self->on_read_error(write_ec);
            self->do_read_body();
        });
        return;
    }
    do_read_body();
}

void HttpSession::do_read_body() {
    stream_.expires_after(state_->config().body_timeout + kBackstop);
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&HttpSession::on_body, shared_from_this()));
}

void HttpSession::on_body(beast::error_code ec, std::size_t) {
    if (ec || deadline_hit_) return on_read_error(ec);
    cancel_deadline();
    handle_request();
}

void HttpSession::on_read_error(beast::error_code ec) {
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
                 "The request body is larger than " + std::to_string(state_->config().max_body_bytes) + " bytes."};
    } else if (is_quiet(ec)) {
        fail(ec, "read");
        stream_.close();
        return;
    } else {
        error = {ErrorCode::bad_request, "The request is not valid HTTP/1.1 (" + ec.message() + ")."};
    }
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

void HttpSession::handle_request() {
    phase_ = Phase::handling;
    request_ = parser_->release();
    parser_.reset();
    context_ = RequestContext{};
    context_.request_id = random_hex(8);
    context_.remote = remote_;
    started_ = std::chrono::steady_clock::now();

    auto self = shared_from_this();
    Reply reply(
        [self](HttpResponse response) {
            auto executor = self->stream_.get_executor();
            net::post(executor, [self = std::move(self), response = std::move(response)]() mutable {
                self->on_handled(std::move(response));
            });
        },
        error_response(request_.version(), {ErrorCode::internal, "The server failed to answer this request."}));
    state_->router().dispatch(request_, context_, std::move(reply));
}

void HttpSession::on_handled(HttpResponse response) {
    const bool close = !request_.keep_alive() || shutdown_requested_ || state_->shutting_down();
    response.set("X-Request-Id", context_.request_id);
    const auto status = response.result_int();
    state_->metrics().count_request(context_.route, status);
    log_request(status);
    send(std::move(response), close);
}

void HttpSession::send(HttpResponse response, bool close) {
    phase_ = Phase::writing;
    response.keep_alive(!close);
    response_.emplace(std::move(response));
    stream_.expires_after(state_->config().write_timeout);
    http::async_write(stream_, *response_,
                      beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), close));
}

void HttpSession::on_write(bool close, beast::error_code ec, std::size_t) {
    response_.reset();
    request_ = HttpRequest{};
    if (ec) {
        fail(ec, "write");
        stream_.close();
        return;
    }
    if (close) return do_close();
    first_request_ = false;
    do_wait_first_byte();
}

void HttpSession::do_close() {
    phase_ = Phase::closing;
    cancel_deadline();
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
        stream_.close();
        return;
    }
    stream_.expires_after(state_->config().linger_timeout);
    stream_.async_read_some(net::buffer(linger_buffer_),
                            beast::bind_front_handler(&HttpSession::on_linger, shared_from_this()));
}

void HttpSession::on_linger(beast::error_code ec, std::size_t bytes) {
    lingered_ += bytes;
    if (ec || lingered_ > kMaxLingerBytes) {
        stream_.close();
        return;
    }
    stream_.async_read_some(net::buffer(linger_buffer_),
                            beast::bind_front_handler(&HttpSession::on_linger, shared_from_this()));
}

void HttpSession::arm_deadline(std::chrono::milliseconds after) {
    const unsigned generation = ++deadline_generation_;
    deadline_hit_ = false;
    deadline_.expires_after(after);
    deadline_.async_wait([self = shared_from_this(), generation](beast::error_code ec) {
        self->on_deadline(generation, ec);
    });
}

void HttpSession::cancel_deadline() {
    ++deadline_generation_;
    deadline_.cancel();
}

void HttpSession::on_deadline(unsigned generation, beast::error_code ec) {
    if (ec || generation != deadline_generation_) return;
    deadline_hit_ = true;
    stream_.cancel();  // the pending read completes with operation_aborted; on_read_error answers 408
}

void HttpSession::log_request(unsigned status) {
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_);
    const std::string method = request_.method() == http::verb::unknown ? std::string("-")
                                                                        : std::string(request_.method_string());
    log::info("request", {{"req", context_.request_id},
                          {"method", method},
                          {"route", context_.route},
                          {"status", std::to_string(status)},
                          {"ms", std::to_string(elapsed.count())},
                          {"remote", remote_.to_string()}});
}

}  // namespace muster::server
