#include "websocket_session.hpp"

#include <algorithm>

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <nlohmann/json.hpp>

#include "muster/server/log.hpp"
#include "unit_hierarchy.hpp"

namespace muster::server {
namespace {

/// Expected ends of a WebSocket: not worth a log line.
bool is_quiet(beast::error_code ec) {
    return ec == net::error::operation_aborted || ec == websocket::error::closed || ec == net::error::eof ||
           ec == net::error::connection_reset || ec == net::error::broken_pipe || ec == beast::error::timeout ||
           ec == net::error::not_connected || ec == net::error::bad_descriptor ||
           ec == net::ssl::error::stream_truncated;
}

/// The one place a WebSocket failure is reported; the expected ones are ignored.
void fail(beast::error_code ec, const char* what) {
    if (is_quiet(ec)) return;
    log::info("websocket ended", {{"op", what}, {"error", ec.message()}});
}

}  // namespace

template <class Stream>
WebSocketSession<Stream>::WebSocketSession(Stream&& stream, std::shared_ptr<SharedState> state, Caller caller)
    : ws_(std::move(stream)),
      buffer_(kMaxClientMessage),
      state_(std::move(state)),
      caller_(std::move(caller)),
      ping_timer_(ws_.get_executor()),
      flush_timer_(ws_.get_executor()) {}

template <class Stream>
WebSocketSession<Stream>::~WebSocketSession() {
    if (subscription_ != 0) state_->changes().unsubscribe(subscription_);
    state_->metrics().websocket_closed();
    state_->leave(this);
}

template <class Stream>
void WebSocketSession<Stream>::run(HttpRequest request) {
    beast::error_code ec;
    const auto remote = beast::get_lowest_layer(ws_).socket().remote_endpoint(ec).address();
    if (!state_->join(this, this->weak_from_this(), remote)) shutdown_requested_ = true;
    state_->metrics().websocket_opened();
    const auto& config = state_->config();
    // The WebSocket has its own timeouts; the TCP stream's would cut idle sockets.
    beast::get_lowest_layer(ws_).expires_never();
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = config.ws_close_timeout;  // opening and closing handshakes
    timeouts.idle_timeout = websocket::stream_base::none();  // our ping timer does this (see the header)
    timeouts.keep_alive_pings = false;
    ws_.set_option(timeouts);
    ws_.read_message_max(kMaxClientMessage);
    ws_.write_buffer_bytes(512);
    ws_.control_callback([this](websocket::frame_type, beast::string_view) { last_heard_ = Clock::now(); });
    ws_.async_accept(request, beast::bind_front_handler(&WebSocketSession::on_accept, this->shared_from_this()));
}

template <class Stream>
void WebSocketSession<Stream>::shutdown() {
    net::post(ws_.get_executor(), [self = this->shared_from_this()] {
        self->shutdown_requested_ = true;
        if (self->open_) self->do_close(websocket::close_code::going_away);
    });
}

template <class Stream>
void WebSocketSession<Stream>::on_accept(beast::error_code ec) {
    if (ec) {
        fail(ec, "accept");
        closing_ = true;
        return;
    }
    open_ = true;
    last_heard_ = last_ping_ = Clock::now();
    subscribe();
    enqueue(nlohmann::json{{"type", "hello"}, {"server_time_ms", state_->wall().now_ms()}}.dump(), false);
    do_read();
    arm_ping_timer();
    if (shutdown_requested_) do_close(websocket::close_code::going_away);
}

template <class Stream>
void WebSocketSession<Stream>::subscribe() {
    // Runs on the publishing thread: decide cheaply, fold into the mailbox,
    // and post at most one wake-up until the session has looked.
    subscription_ = state_->changes().subscribe(
        [mailbox = mailbox_, units = state_->units(), weak = this->weak_from_this(), executor = ws_.get_executor(),
         role = caller_.role, unit = caller_.unit_key, token = caller_.token_hash](const ChangeEvent& event) {
            if (event.recheck_tokens || (!event.revoked_token.empty() && event.revoked_token == token)) {
                net::post(executor, [weak] {
                    if (auto self = weak.lock(); self && self->open_) self->close_if_token_invalid();
                });
            }
            if (!event.revoked_token.empty()) return;  // no change to announce
            if (role == "member" && !event.members_see) return;
            if (!units->get()->concerns(role, unit, event.unit_keys)) return;
            auto seen = mailbox->seq.load();
            while (seen < event.seq && !mailbox->seq.compare_exchange_weak(seen, event.seq)) {
            }
            if (mailbox->posted.exchange(true)) return;
            net::post(executor, [weak] {
                if (auto self = weak.lock()) self->on_notify();
            });
        });
}

template <class Stream>
void WebSocketSession<Stream>::do_read() {
    ws_.async_read(buffer_, beast::bind_front_handler(&WebSocketSession::on_read, this->shared_from_this()));
}

template <class Stream>
void WebSocketSession<Stream>::on_read(beast::error_code ec, std::size_t) {
    if (ec) {
        fail(ec, "read");
        open_ = false;
        closing_ = true;
        stop_timers();
        return;
    }
    last_heard_ = Clock::now();
    buffer_.consume(buffer_.size());  // clients have nothing to say; any message only proves they are alive
    do_read();
}

template <class Stream>
void WebSocketSession<Stream>::on_notify() {
    mailbox_->posted = false;  // before reading the seq: a later publish posts again
    if (!open_) return;
    change_pending_ = true;
    if (flush_armed_) return;
    const auto due = last_changed_ + state_->config().ws_coalesce;
    if (Clock::now() >= due) return send_changed();
    flush_armed_ = true;
    flush_timer_.expires_at(due);
    flush_timer_.async_wait(beast::bind_front_handler(&WebSocketSession::on_flush_timer, this->shared_from_this()));
}

template <class Stream>
void WebSocketSession<Stream>::on_flush_timer(beast::error_code ec) {
    flush_armed_ = false;
    if (ec || !open_) return;
    send_changed();
}

template <class Stream>
void WebSocketSession<Stream>::send_changed() {
    if (!change_pending_) return;
    change_pending_ = false;
    last_changed_ = Clock::now();
    announced_seq_ = std::max(announced_seq_, mailbox_->seq.load());
    // As nlohmann would write it (keys sorted), without building a tree per socket.
    enqueue("{\"cursor\":\"" + std::to_string(announced_seq_) + "\",\"type\":\"changed\"}", true);
}

template <class Stream>
void WebSocketSession<Stream>::enqueue(std::string message, bool is_changed) {
    if (is_changed && last_is_changed_) {  // not on the wire yet: announce the newer cursor instead
        queue_.back() = std::move(message);
        return;
    }
    if (queue_.size() >= kMaxQueued + (writing_ ? 1 : 0)) {
        log::warn("websocket reader too slow; closing", {{"member", caller_.member_key}});
        return abort();
    }
    queue_.push_back(std::move(message));
    last_is_changed_ = is_changed;
    if (!writing_) do_write();
}

template <class Stream>
void WebSocketSession<Stream>::do_write() {
    writing_ = true;
    write_started_ = Clock::now();
    if (queue_.size() == 1) last_is_changed_ = false;  // the back is going on the wire
    ws_.text(true);
    ws_.async_write(net::buffer(queue_.front()),
                    beast::bind_front_handler(&WebSocketSession::on_write, this->shared_from_this()));
}

template <class Stream>
void WebSocketSession<Stream>::on_write(beast::error_code ec, std::size_t) {
    writing_ = false;
    if (ec) {
        fail(ec, "write");
        return abort();
    }
    queue_.erase(queue_.begin());
    if (queue_.empty()) {
        queue_.shrink_to_fit();  // idle sockets keep nothing
    } else if (!closing_) {
        do_write();
    }
}

template <class Stream>
void WebSocketSession<Stream>::arm_ping_timer() {
    const auto& config = state_->config();
    const auto now = Clock::now();
    auto next_ping = last_ping_ + config.ws_ping_interval;
    if (next_ping <= now) next_ping = now + config.ws_ping_interval;  // a ping still queued behind a slow write
    ping_timer_.expires_at(std::min(next_ping, last_heard_ + config.ws_idle_timeout));
    ping_timer_.async_wait(beast::bind_front_handler(&WebSocketSession::on_ping_timer, this->shared_from_this()));
}

template <class Stream>
void WebSocketSession<Stream>::on_ping_timer(beast::error_code ec) {
    if (ec || !open_) return;
    const auto& config = state_->config();
    const auto now = Clock::now();
    if (now - last_heard_ >= config.ws_idle_timeout) {
        log::info("websocket silent; closing", {{"member", caller_.member_key}});
        // A close frame when nothing is being written (a peer whose pongs are
        // lost on the way may still hear it, and reconnect at once); the close
        // handshake is bounded by the handshake timeout. Behind a write, none
        // can be sent: the socket is cut.
        if (!writing_ && !ping_outstanding_) return do_close(websocket::close_code::going_away);
        return abort();
    }
    if (writing_ && now - write_started_ >= config.ws_write_timeout) {
        log::warn("websocket write stalled; closing", {{"member", caller_.member_key}});
        return abort();
    }
    if (!ping_outstanding_ && now - last_ping_ >= config.ws_ping_interval) {
        // Once per ping as well: a token that expired, or was revoked where
        // this server is not told (another instance's logout).
        if (close_if_token_invalid()) return;
        ping_outstanding_ = true;
        last_ping_ = now;
        ws_.async_ping({}, [self = this->shared_from_this()](beast::error_code ping_ec) {
            self->ping_outstanding_ = false;
            if (ping_ec) fail(ping_ec, "ping");
        });
    }
    arm_ping_timer();
}

template <class Stream>
bool WebSocketSession<Stream>::close_if_token_invalid() {
    auto still = state_->auth().authenticate_hash(caller_.token_hash);
    if (still || (still.error().code != ErrorCode::unauthenticated && still.error().code != ErrorCode::device_wiped)) {
        return false;  // valid, or the database could not say: kept
    }
    log::info("websocket token no longer valid; closing", {{"member", caller_.member_key}});
    do_close(websocket::close_code::policy_error);
    return true;
}

template <class Stream>
void WebSocketSession<Stream>::do_close(websocket::close_code code) {
    if (closing_) return;
    open_ = false;
    closing_ = true;
    stop_timers();
    ws_.async_close(code, [self = this->shared_from_this()](beast::error_code ec) {
        if (ec) {
            fail(ec, "close");
            beast::get_lowest_layer(self->ws_).close();
        }
    });
}

template <class Stream>
void WebSocketSession<Stream>::abort() {
    open_ = false;
    closing_ = true;
    stop_timers();
    beast::get_lowest_layer(ws_).close();  // pending operations complete with errors and release the session
}

template <class Stream>
void WebSocketSession<Stream>::stop_timers() {
    ping_timer_.cancel();
    flush_timer_.cancel();
}

template class WebSocketSession<PlainStream>;
template class WebSocketSession<TlsStream>;

}  // namespace muster::server
