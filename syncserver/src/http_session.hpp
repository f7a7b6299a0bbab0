#pragma once
/// One HTTP/1.1 connection, plain or TLS. Everything runs on the connection's strand.
///
/// Phases: (TLS: the handshake, inside the header deadline) → wait for the
/// first byte (keep-alive idle limit, or the header deadline on a new
/// connection) → read the header (total deadline, size limit) → pick the body
/// limit for the route (blobs are larger than JSON) → read the body
/// (deadline, size limit) → hand the request to the router, or upgrade
/// `GET /v1/events` to a WebSocketSession (which takes the stream) → write the
/// answer → loop or close. Deadlines use our own timer, not the stream's,
/// because an expired stream timeout closes the socket and we must still answer 408.

#include <chrono>
#include <memory>
#include <optional>

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include "muster/server/router.hpp"
#include "shared_state.hpp"

namespace muster::server {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

/// The two transports; sessions are instantiated for exactly these.
using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

template <class Stream>
class HttpSession : public Session, public std::enable_shared_from_this<HttpSession<Stream>> {
public:
    HttpSession(tcp::socket&& socket, std::shared_ptr<SharedState> state);
    ~HttpSession() override;

    /// Starts (TLS: the handshake, then reading); call once after construction.
    void run();
    /// Thread-safe: finish the current request (if any), then close.
    void shutdown() override;

private:
    enum class Phase { idle, reading, handling, writing, closing, upgraded };

    beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }

    void on_handshake(beast::error_code ec);
    void do_wait_first_byte();
    void on_first_byte(beast::error_code ec, std::size_t bytes);
    void do_read_header();
    void on_header(beast::error_code ec, std::size_t bytes);
    void do_read_body();
    void on_body(beast::error_code ec, std::size_t bytes);
    /// Maps a read failure to an answer (408/413/431/400) or a quiet close.
    void on_read_error(beast::error_code ec);
    /// Answers an error for a request whose body was not read, and closes.
    void refuse_unread(const Error& error);

    void handle_request();
    /// `GET /v1/events`: authenticate, then hand the stream to a WebSocketSession.
    void handle_events();
    /// Answers without the router (transport-level refusals), counted and logged like routed answers.
    void answer_directly(const Error& error);
    void on_handled(HttpResponse response);
    void send(HttpResponse response, bool close);
    void on_write(bool close, beast::error_code ec, std::size_t bytes);

    void arm_deadline(std::chrono::milliseconds after);
    void cancel_deadline();
    void on_deadline(unsigned generation, beast::error_code ec);

    /// Plain: half-closes and drains what the client still sends (bounded),
    /// so it reads our answer instead of a reset. TLS: sends close_notify
    /// (bounded by the linger timeout), then closes.
    void do_close();
    void on_linger(beast::error_code ec, std::size_t bytes);

    void log_request(unsigned status);

    Stream stream_;
    beast::flat_buffer buffer_;
    std::shared_ptr<SharedState> state_;
    std::optional<http::request_parser<http::string_body>> parser_;
    net::steady_timer deadline_;
    unsigned deadline_generation_ = 0;
    bool deadline_hit_ = false;
    bool first_request_ = true;
    bool shutdown_requested_ = false;
    Phase phase_ = Phase::idle;
    std::size_t body_limit_ = 0;  ///< the limit of the request being read (per route)

    HttpRequest request_;
    RequestContext context_;
    std::chrono::steady_clock::time_point started_{};
    std::optional<HttpResponse> response_;
    std::optional<http::response<http::empty_body>> continue_;  ///< interim 100 Continue being written
    std::size_t lingered_ = 0;
    std::unique_ptr<char[]> linger_buffer_;  ///< only while closing
    boost::asio::ip::address remote_;
};

extern template class HttpSession<PlainStream>;
extern template class HttpSession<TlsStream>;

}  // namespace muster::server
