#pragma once
/// One `/v1/events` WebSocket, plain or TLS, made from an upgraded
/// HttpSession's stream. Everything runs on the connection's strand.
///
/// Sends `{"type":"hello","server_time_ms":…}` once, then
/// `{"type":"changed","cursor":"<seq>"}` when a published change concerns the
/// caller's scope: the first at once, later ones at most every
/// `ws_coalesce` (changes in between are folded into one message carrying the
/// highest seq). Pings every `ws_ping_interval`; a peer silent (no frame of
/// any kind) for `ws_idle_timeout` is closed with a going-away (1001) frame,
/// or cut when a write is in flight. Outgoing frames go through a
/// single-writer queue with a `changed` that is not yet on the wire updated in
/// place, so the queue stays bounded; a write stalled for `ws_write_timeout`
/// (a reader that stopped reading) closes the socket. On server shutdown it
/// sends a going-away (1001) close frame.
///
/// Idle cost: no thread, two timers, a read buffer capped at
/// `kMaxClientMessage`; the change-feed listener holds only a small mailbox
/// and a weak pointer, never the session.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/stream.hpp>

#include "http_session.hpp"
#include "muster/server/auth.hpp"

namespace muster::server {

namespace websocket = beast::websocket;

template <class Stream>
class WebSocketSession : public Session, public std::enable_shared_from_this<WebSocketSession<Stream>> {
public:
    /// The largest message a client may send (clients send none; pings and closes are control frames).
    static constexpr std::size_t kMaxClientMessage = 1024;
    /// Frames waiting behind the one being written; more closes the socket (see the class comment).
    static constexpr std::size_t kMaxQueued = 8;

    WebSocketSession(Stream&& stream, std::shared_ptr<SharedState> state, Caller caller);
    ~WebSocketSession() override;

    /// Completes the upgrade of `request`; call once.
    void run(HttpRequest request);
    /// Thread-safe: a going-away close.
    void shutdown() override;

private:
    using Clock = std::chrono::steady_clock;

    /// Shared with the change-feed listener: what it has seen since the session last looked.
    struct Mailbox {
        std::atomic<std::int64_t> seq{0};
        std::atomic<bool> posted{false};
    };

    void on_accept(beast::error_code ec);
    void subscribe();
    void do_read();
    void on_read(beast::error_code ec, std::size_t bytes);

    /// A change concerning us was published (on the strand).
    void on_notify();
    void on_flush_timer(beast::error_code ec);
    void send_changed();

    void enqueue(std::string message, bool is_changed);
    void do_write();
    void on_write(beast::error_code ec, std::size_t bytes);

    void arm_ping_timer();
    void on_ping_timer(beast::error_code ec);
    /// Closes the socket (policy error) when its token was revoked or expired,
    /// or its device wiped, since the upgrade; true when it did.
    bool close_if_token_invalid();

    void do_close(websocket::close_code code);
    /// Ends everything at once (dead or stalled peer).
    void abort();
    void stop_timers();

    websocket::stream<Stream> ws_;
    beast::flat_buffer buffer_;
    std::shared_ptr<SharedState> state_;
    Caller caller_;
    net::steady_timer ping_timer_;
    net::steady_timer flush_timer_;
    std::shared_ptr<Mailbox> mailbox_ = std::make_shared<Mailbox>();
    std::uint64_t subscription_ = 0;

    std::vector<std::string> queue_;  ///< front is on the wire while `writing_`
    bool last_is_changed_ = false;    ///< the back of the queue is a `changed` not yet on the wire
    bool writing_ = false;
    bool ping_outstanding_ = false;
    bool flush_armed_ = false;
    bool change_pending_ = false;
    bool open_ = false;         ///< accepted and not closing
    bool closing_ = false;
    bool shutdown_requested_ = false;
    std::int64_t announced_seq_ = 0;
    Clock::time_point last_heard_{};
    Clock::time_point last_ping_{};
    Clock::time_point last_changed_{};
    Clock::time_point write_started_{};
};

extern template class WebSocketSession<PlainStream>;
extern template class WebSocketSession<TlsStream>;

}  // namespace muster::server
