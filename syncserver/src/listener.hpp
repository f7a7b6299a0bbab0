#pragma once
/// Accepts connections and starts an HttpSession for each (TLS when the
/// shared state has a TLS context), on its own strand.

#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>

#include "muster/result.hpp"

namespace muster::server {

class SharedState;

class Listener : public std::enable_shared_from_this<Listener> {
public:
    Listener(boost::asio::io_context& ioc, std::shared_ptr<SharedState> state);

    /// Opens, binds and listens (connections queue from here on).
    Status open(const boost::asio::ip::tcp::endpoint& endpoint);
    [[nodiscard]] boost::asio::ip::tcp::endpoint local_endpoint() const;
    /// Starts accepting.
    void run();
    /// Thread-safe: stops accepting and closes the listening socket.
    void stop();

private:
    void do_accept();
    void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context& ioc_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::shared_ptr<SharedState> state_;
};

}  // namespace muster::server
