#include "proxy.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <future>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/tcp_stream.hpp>

namespace muster::sim {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;
using net::awaitable;
using net::use_awaitable;
using std::chrono::milliseconds;

constexpr std::size_t kMaxHeaderBytes = 64 * 1024;
constexpr std::size_t kMaxBodyBytes = std::size_t{512} << 20;
constexpr milliseconds kClientIdle{120'000};     // a member's keep-alive connection between requests
constexpr milliseconds kUpstreamTimeout{60'000}; // the server's answer to one request
constexpr milliseconds kHoldMax{120'000};        // a hung request, unless the client gives up first
constexpr milliseconds kWriteTimeout{30'000};

/// One HTTP/1.1 message as raw bytes plus the header values the proxy needs.
struct Message {
    std::string raw;
    std::map<std::string, std::string> headers;  ///< lower-case names
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::map<std::string, std::string> parse_headers(std::string_view head) {
    std::map<std::string, std::string> out;
    std::size_t pos = head.find("\r\n");  // skip the request or status line
    while (pos != std::string_view::npos && pos + 2 < head.size()) {
        const std::size_t start = pos + 2;
        const std::size_t end = head.find("\r\n", start);
        const std::string_view line = head.substr(start, end == std::string_view::npos ? end : end - start);
        if (const auto colon = line.find(':'); colon != std::string_view::npos) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
            out[lower(std::string(line.substr(0, colon)))] = std::string(value);
        }
        pos = end;
    }
    return out;
}

/// Reads one Content-Length framed message; `buffer` keeps bytes read past it. Throws on error or timeout.
awaitable<Message> read_message(beast::tcp_stream& stream, std::string& buffer, milliseconds timeout) {
    stream.expires_after(timeout);
    const std::size_t head =
        co_await net::async_read_until(stream, net::dynamic_buffer(buffer, kMaxHeaderBytes), "\r\n\r\n", use_awaitable);
    Message message;
    message.headers = parse_headers(std::string_view(buffer).substr(0, head));
    if (message.headers.count("transfer-encoding")) throw std::runtime_error("chunked bodies are not proxied");
    std::size_t length = 0;
    if (const auto it = message.headers.find("content-length"); it != message.headers.end()) {
        length = std::stoul(it->second);
    }
    if (length > kMaxBodyBytes) throw std::runtime_error("body too large");
    if (buffer.size() < head + length) {
        stream.expires_after(timeout);
        co_await net::async_read(stream, net::dynamic_buffer(buffer), net::transfer_exactly(head + length - buffer.size()),
                                 use_awaitable);
    }
    message.raw = buffer.substr(0, head + length);
    buffer.erase(0, head + length);
    co_return message;
}

awaitable<void> pause(int ms) {
    if (ms <= 0) co_return;
    net::steady_timer timer(co_await net::this_coro::executor);
    timer.expires_after(milliseconds(ms));
    co_await timer.async_wait(use_awaitable);
}

/// Writes `bytes`, paced to `bytes_per_s` (0: at once).
awaitable<void> write_paced(beast::tcp_stream& stream, std::string_view bytes, std::int64_t bytes_per_s) {
    if (bytes_per_s <= 0) {
        stream.expires_after(kWriteTimeout);
        co_await net::async_write(stream, net::buffer(bytes.data(), bytes.size()), use_awaitable);
        co_return;
    }
    const std::size_t chunk = static_cast<std::size_t>(std::max<std::int64_t>(512, bytes_per_s / 20));
    for (std::size_t at = 0; at < bytes.size(); at += chunk) {
        const std::size_t n = std::min(chunk, bytes.size() - at);
        stream.expires_after(kWriteTimeout);
        co_await net::async_write(stream, net::buffer(bytes.data() + at, n), use_awaitable);
        co_await pause(static_cast<int>(static_cast<std::int64_t>(n) * 1000 / bytes_per_s));
    }
}

/// Closes with RST instead of FIN: what a client sees when a middlebox drops the connection.
void reset(beast::tcp_stream& stream) {
    beast::error_code ec;
    stream.socket().set_option(net::socket_base::linger(true, 0), ec);
    stream.socket().close(ec);
}

int header_int(const Message& message, const char* name) {
    const auto it = message.headers.find(name);
    if (it == message.headers.end()) return -1;
    try {
        return std::stoi(it->second);
    } catch (const std::exception&) {
        return -1;
    }
}

}  // namespace

struct FaultProxy::Impl {
    explicit Impl(FaultPlan p) : plan(std::move(p)) {}

    FaultPlan plan;
    std::atomic<std::uint16_t> upstream_port{0};
    std::atomic<bool> faults_on{false};
    std::atomic<bool> healed{false};
    std::chrono::steady_clock::time_point drill_start{};

    // Touched only on the io thread.
    std::map<int, std::uint64_t> requests_by_member;
    std::set<beast::tcp_stream*> held;

    mutable std::mutex mutex;  // guards stats and cut
    ProxyStats stats;
    std::vector<CutResponse> cut;

    std::thread thread;
    net::io_context ioc{1};  // last: destroyed first, with the coroutine frames that use the members above
    std::optional<tcp::acceptor> acceptor;

    void count(std::uint64_t ProxyStats::*field, std::uint64_t n = 1) {
        const std::lock_guard lock(mutex);
        stats.*field += n;
    }

    /// The plan's decision for this request, or nullopt when the member is partitioned.
    std::optional<FaultDecision> decide(int member) {
        const std::uint64_t n = requests_by_member[member]++;
        if (!faults_on.load() || member < 0) return FaultDecision{};
        const auto offset = std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - drill_start);
        if (plan.partitioned(member, offset.count())) return std::nullopt;
        return plan.decide(member, n);
    }

    awaitable<void> hold(beast::tcp_stream& client) {
        held.insert(&client);
        client.expires_after(kHoldMax);
        char byte = 0;
        try {
            co_await client.async_read_some(net::buffer(&byte, 1), use_awaitable);
        } catch (const std::exception&) {
            // closed by the client, the heal or the hold limit: all end the hold
        }
        held.erase(&client);
    }

    awaitable<void> session(tcp::socket socket) {
        beast::tcp_stream client(std::move(socket));
        std::optional<beast::tcp_stream> upstream;
        std::uint16_t connected_port = 0;
        std::string client_buffer, upstream_buffer;
        for (;;) {
            Message request;
            try {
                request = co_await read_message(client, client_buffer, kClientIdle);
            } catch (const std::exception&) {
                break;  // the member closed or went idle
            }
            count(&ProxyStats::requests);
            const int member = header_int(request, "x-sim-member");
            const auto decision = decide(member);
            if (!decision || decision->action == FaultAction::hang) {
                count(decision ? &ProxyStats::hangs : &ProxyStats::partitioned);
                co_await hold(client);
                break;
            }
            if (decision->action == FaultAction::reset) {
                count(&ProxyStats::resets);
                break;
            }
            const std::int64_t bandwidth = faults_on.load() ? plan.profile().bandwidth_bytes_per_s : 0;
            bool client_alive = true;
            Message response;
            try {
                co_await pause(decision->request_latency_ms);
                if (!upstream || connected_port != upstream_port.load()) {
                    upstream.emplace(co_await net::this_coro::executor);
                    connected_port = upstream_port.load();
                    upstream->expires_after(kWriteTimeout);
                    co_await upstream->async_connect(
                        tcp::endpoint(net::ip::address_v4::loopback(), connected_port), use_awaitable);
                    upstream_buffer.clear();
                }
                co_await write_paced(*upstream, request.raw, bandwidth);
                count(&ProxyStats::bytes_up, request.raw.size());
                response = co_await read_message(*upstream, upstream_buffer, kUpstreamTimeout);
            } catch (const std::exception&) {
                count(&ProxyStats::server_down);
                client_alive = false;
            }
            if (!client_alive) break;
            if (decision->action == FaultAction::cut) {
                count(&ProxyStats::cuts);
                {
                    const std::lock_guard lock(mutex);
                    cut.push_back({member, response.raw});
                }
                try {
                    co_await write_paced(client, std::string_view(response.raw).substr(0, response.raw.size() / 2),
                                         bandwidth);
                } catch (const std::exception&) {
                }
                break;
            }
            try {
                co_await pause(decision->response_latency_ms);
                co_await write_paced(client, response.raw, bandwidth);
            } catch (const std::exception&) {
                break;
            }
            count(&ProxyStats::forwarded);
            count(&ProxyStats::bytes_down, response.raw.size());
            if (lower(response.headers["connection"]) == "close") {
                upstream.reset();
            }
        }
        reset(client);
        if (upstream) reset(*upstream);
    }

    awaitable<void> accept_loop() {
        for (;;) {
            tcp::socket socket(ioc);
            try {
                co_await acceptor->async_accept(socket, use_awaitable);
            } catch (const std::exception&) {
                co_return;  // stopped
            }
            beast::error_code ec;
            socket.set_option(tcp::no_delay(true), ec);
            net::co_spawn(ioc, session(std::move(socket)), net::detached);
        }
    }
};

FaultProxy::FaultProxy(FaultPlan plan) : impl_(std::make_unique<Impl>(std::move(plan))) {}

FaultProxy::~FaultProxy() { stop(); }

std::uint16_t FaultProxy::start(std::uint16_t upstream_port) {
    impl_->upstream_port = upstream_port;
    beast::error_code ec;
    auto& acceptor = impl_->acceptor.emplace(impl_->ioc);
    const tcp::endpoint endpoint(net::ip::address_v4::loopback(), 0);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) return 0;
    const auto port = acceptor.local_endpoint().port();
    net::co_spawn(impl_->ioc, impl_->accept_loop(), net::detached);
    impl_->thread = std::thread([this] { impl_->ioc.run(); });
    return port;
}

void FaultProxy::set_upstream(std::uint16_t port) { impl_->upstream_port = port; }

void FaultProxy::begin_faults(std::chrono::steady_clock::time_point drill_start) {
    net::post(impl_->ioc, [impl = impl_.get(), drill_start] {
        impl->drill_start = drill_start;
        if (!impl->healed.load()) impl->faults_on = true;
    });
}

void FaultProxy::heal() {
    impl_->healed = true;
    impl_->faults_on = false;
    std::promise<void> done;
    auto finished = done.get_future();
    net::post(impl_->ioc, [impl = impl_.get(), &done] {
        impl->faults_on = false;
        const auto held = impl->held;  // resetting completes their reads, which erase from `held` later
        for (auto* stream : held) reset(*stream);
        done.set_value();
    });
    if (impl_->thread.joinable()) finished.wait();
}

void FaultProxy::stop() {
    if (!impl_->thread.joinable()) return;
    net::post(impl_->ioc, [impl = impl_.get()] {
        beast::error_code ec;
        if (impl->acceptor) impl->acceptor->close(ec);
        impl->ioc.stop();
    });
    impl_->thread.join();
}

ProxyStats FaultProxy::stats() const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->stats;
}

std::vector<CutResponse> FaultProxy::cut_responses() const {
    const std::lock_guard lock(impl_->mutex);
    return impl_->cut;
}

}  // namespace muster::sim
