// ws_echo: the bare Boost.Beast WebSocket pieces server_bench's table compares Muster with. Built
// like muster-server (same flags, Asio/Beast compiled once in muster_server's asio_impl.cpp, the
// same allocator), so the only difference in the figures is what Muster does on top.
//
//   ws_echo serve [THREADS]            echo server on 127.0.0.1:0 (2 I/O threads, as muster-server's
//                                      default); prints "listening on 127.0.0.1:PORT", runs until killed
//   ws_echo hold PORT N TOKEN...       opens N WebSockets to GET /v1/events on 127.0.0.1:PORT (bearer
//                                      tokens taken in turn), keeps a read pending on each (so pings are
//                                      answered), prints "open N" (or "failed K: first error") once
//                                      every handshake is over, then runs until killed
//   ws_echo rtt PORT N FILE [GAP_MS]   N round trips of a 32-byte text message to an echo server, each
//                                      followed by a pwrite + fdatasync of 32 bytes in FILE, GAP_MS
//                                      (default 0) apart; prints one JSON line of p50/p99 in ms (echo
//                                      alone, echo + fdatasync)
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

void raise_file_limit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// ---- serve ----------------------------------------------------------------------------------

class EchoSession : public std::enable_shared_from_this<EchoSession> {
  public:
    explicit EchoSession(tcp::socket socket) : ws_(std::move(socket)) {}
    void run() {
        ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        ws_.async_accept(beast::bind_front_handler(&EchoSession::on_accept, shared_from_this()));
    }

  private:
    void on_accept(beast::error_code ec) {
        if (!ec) read();
    }
    void read() {
        ws_.async_read(buffer_, beast::bind_front_handler(&EchoSession::on_read, shared_from_this()));
    }
    void on_read(beast::error_code ec, std::size_t) {
        if (ec) return;
        ws_.text(ws_.got_text());
        ws_.async_write(buffer_.data(), beast::bind_front_handler(&EchoSession::on_write, shared_from_this()));
    }
    void on_write(beast::error_code ec, std::size_t) {
        if (ec) return;
        buffer_.consume(buffer_.size());
        read();
    }

    websocket::stream<beast::tcp_stream> ws_;
    beast::flat_buffer buffer_;
};

void accept_loop(tcp::acceptor& acceptor, net::io_context& ioc) {
    acceptor.async_accept(net::make_strand(ioc), [&acceptor, &ioc](beast::error_code ec, tcp::socket socket) {
        if (!ec) std::make_shared<EchoSession>(std::move(socket))->run();
        accept_loop(acceptor, ioc);
    });
}

int serve(int threads) {
    raise_file_limit();
    net::io_context ioc(threads);
    tcp::acceptor acceptor(ioc, tcp::endpoint(net::ip::make_address("127.0.0.1"), 0));
    acceptor.listen(net::socket_base::max_listen_connections);
    std::printf("listening on 127.0.0.1:%u\n", static_cast<unsigned>(acceptor.local_endpoint().port()));
    std::fflush(stdout);
    accept_loop(acceptor, ioc);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& t : pool) t.join();
    return 0;
}

// ---- hold -----------------------------------------------------------------------------------

struct Holder {
    net::io_context ioc{1};
    std::uint16_t port = 0;
    std::vector<std::string> tokens;
    int total = 0, started = 0, finished = 0, failed = 0;
    std::string first_error;
    bool reported = false;

    struct Socket {
        explicit Socket(net::io_context& ioc) : ws(ioc) {}
        websocket::stream<beast::tcp_stream> ws;
        beast::flat_buffer buffer;
    };
    std::vector<std::unique_ptr<Socket>> sockets;

    void done(const beast::error_code& ec, const char* what) {
        ++finished;
        if (ec) {
            ++failed;
            if (first_error.empty()) first_error = std::string(what) + ": " + ec.message();
        }
        if (started < total) start_one();
        if (finished == total && !reported) {
            reported = true;
            if (failed == 0)
                std::printf("open %d\n", total);
            else
                std::printf("failed %d: %s\n", failed, first_error.c_str());
            std::fflush(stdout);
        }
    }

    void keep_reading(Socket& s) {
        s.ws.async_read(s.buffer, [this, &s](beast::error_code ec, std::size_t) {
            if (ec) return;
            s.buffer.consume(s.buffer.size());
            keep_reading(s);
        });
    }

    void start_one() {
        const auto index = static_cast<std::size_t>(started++);
        sockets.push_back(std::make_unique<Socket>(ioc));
        auto& s = *sockets.back();
        const auto token = tokens[index % tokens.size()];
        beast::get_lowest_layer(s.ws).expires_after(std::chrono::seconds(60));
        beast::get_lowest_layer(s.ws).async_connect(
            tcp::endpoint(net::ip::make_address("127.0.0.1"), port), [this, &s, token](beast::error_code ec) {
                if (ec) return done(ec, "connect");
                s.ws.set_option(websocket::stream_base::decorator([token](websocket::request_type& request) {
                    if (!token.empty() && token != "-") request.set(http::field::authorization, "Bearer " + token);
                }));
                s.ws.async_handshake("127.0.0.1:" + std::to_string(port), "/v1/events", [this, &s](beast::error_code e) {
                    if (e) return done(e, "handshake");
                    beast::get_lowest_layer(s.ws).expires_never();
                    s.ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
                    keep_reading(s);
                    done(e, "");
                });
            });
    }
};

int hold(std::uint16_t port, int count, std::vector<std::string> tokens) {
    raise_file_limit();
    Holder h;
    h.port = port;
    h.total = count;
    h.tokens = std::move(tokens);
    h.sockets.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < std::min(count, 64); ++i) h.start_one();  // at most 64 handshakes in flight
    if (count == 0) std::printf("open 0\n"), std::fflush(stdout);
    h.ioc.run();
    for (;;) pause();
}

// ---- rtt ------------------------------------------------------------------------------------

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

int rtt(std::uint16_t port, int count, const std::string& file, int gap_ms) {
    net::io_context ioc;
    websocket::stream<beast::tcp_stream> ws(ioc);
    beast::get_lowest_layer(ws).connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    beast::get_lowest_layer(ws).socket().set_option(tcp::no_delay(true));
    ws.handshake("127.0.0.1:" + std::to_string(port), "/");
    ws.text(true);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        std::fprintf(stderr, "ws_echo: cannot open %s\n", file.c_str());
        return 1;
    }
    const std::string message(32, 'x');
    beast::flat_buffer buffer;
    std::vector<double> echo, total;
    for (int i = -20; i < count; ++i) {  // 20 warm-up rounds
        const auto t0 = Clock::now();
        ws.write(net::buffer(message));
        ws.read(buffer);
        buffer.consume(buffer.size());
        const auto t1 = Clock::now();
        if (::pwrite(fd, message.data(), message.size(), 0) != static_cast<ssize_t>(message.size()) || ::fdatasync(fd) != 0) {
            std::fprintf(stderr, "ws_echo: write/fdatasync failed\n");
            return 1;
        }
        const auto t2 = Clock::now();
        if (gap_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(gap_ms));
        if (i < 0) continue;
        echo.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        total.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
    }
    ::close(fd);
    beast::error_code ec;
    ws.close(websocket::close_code::normal, ec);
    std::printf("{\"samples\":%d,\"echo_p50_ms\":%.4f,\"echo_p99_ms\":%.4f,\"p50_ms\":%.4f,\"p99_ms\":%.4f}\n", count,
                percentile(echo, 0.5), percentile(echo, 0.99), percentile(total, 0.5), percentile(total, 0.99));
    return 0;
}

int usage() {
    std::fprintf(stderr, "usage: ws_echo serve [THREADS] | hold PORT N TOKEN... | rtt PORT N FILE [GAP_MS]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 2) return usage();
    const std::string mode = argv[1];
    if (mode == "serve") return serve(argc > 2 ? std::max(1, std::atoi(argv[2])) : 2);
    if (mode == "hold" && argc >= 5) {
        return hold(static_cast<std::uint16_t>(std::atoi(argv[2])), std::atoi(argv[3]),
                    std::vector<std::string>(argv + 4, argv + argc));
    }
    if (mode == "rtt" && (argc == 5 || argc == 6))
        return rtt(static_cast<std::uint16_t>(std::atoi(argv[2])), std::atoi(argv[3]), argv[4], argc == 6 ? std::atoi(argv[5]) : 0);
    return usage();
} catch (const std::exception& e) {
    std::fprintf(stderr, "ws_echo: %s\n", e.what());
    return 1;
}
