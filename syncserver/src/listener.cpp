#include "listener.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include "http_session.hpp"
#include "muster/server/log.hpp"
#include "shared_state.hpp"

namespace muster::server {

namespace net = boost::asio;

Listener::Listener(net::io_context& ioc, std::shared_ptr<SharedState> state)
    : ioc_(ioc), acceptor_(net::make_strand(ioc)), state_(std::move(state)) {}

Status Listener::open(const tcp::endpoint& endpoint) {
    beast::error_code ec;
    const auto failed = [&](const char* what) {
        return Error{ErrorCode::io_error, std::string("--listen: cannot ") + what + " " +
                                              endpoint.address().to_string() + ":" + std::to_string(endpoint.port()) +
                                              ": " + ec.message()};
    };
    if (acceptor_.open(endpoint.protocol(), ec); ec) return failed("open");
    if (acceptor_.set_option(net::socket_base::reuse_address(true), ec); ec) return failed("configure");
    if (acceptor_.bind(endpoint, ec); ec) return failed("bind");
    if (acceptor_.listen(net::socket_base::max_listen_connections, ec); ec) return failed("listen on");
    return {};
}

tcp::endpoint Listener::local_endpoint() const {
    beast::error_code ec;
    return acceptor_.local_endpoint(ec);
}

void Listener::run() { do_accept(); }

void Listener::stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
        beast::error_code ec;
        self->acceptor_.close(ec);
    });
}

void Listener::do_accept() {
    // Each connection gets its own strand, so its handlers never run concurrently.
    acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        log::warn("accept failed", {{"error", ec.message()}});
    } else if (!state_->shutting_down()) {
        beast::error_code peer_ec;
        const auto remote = socket.remote_endpoint(peer_ec).address();
        if (!peer_ec && !state_->admits(remote)) {
            // Closed without a word: answering would cost what the limit saves.
            state_->metrics().connection_refused();
            log::warn("connection refused: too many from one address", {{"remote", remote.to_string()}});
            socket.close(peer_ec);
            return do_accept();
        }
        if (state_->tls() != nullptr) {
            std::make_shared<HttpSession<TlsStream>>(std::move(socket), state_)->run();
        } else {
            std::make_shared<HttpSession<PlainStream>>(std::move(socket), state_)->run();
        }
    }
    do_accept();
}

}  // namespace muster::server
