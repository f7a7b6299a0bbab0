#include "support/http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <csignal>
#include <cstring>
#include <thread>

namespace muster::test {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::max<long long>(0, left));
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

std::string HttpResult::error_code() const {
    const auto j = json();
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object()) return {};
    const auto& e = j["error"];
    return e.contains("code") && e["code"].is_string() ? e["code"].get<std::string>() : std::string{};
}

Connection::Connection(std::uint16_t port, std::chrono::milliseconds timeout) {
    std::signal(SIGPIPE, SIG_IGN);
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) return;
    timeval tv{static_cast<time_t>(timeout.count() / 1000), static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
    setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

Connection::~Connection() {
    if (fd_ >= 0) ::close(fd_);
}

bool Connection::send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

bool Connection::readable(std::chrono::milliseconds timeout) {
    if (!buffer_.empty()) return true;
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, static_cast<int>(timeout.count())) > 0;
}

void Connection::shutdown_send() { ::shutdown(fd_, SHUT_WR); }

bool Connection::wait_closed(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, remaining_ms(deadline)) <= 0) return false;
        char buf[4096];
        const auto n = ::recv(fd_, buf, sizeof buf, 0);
        if (n <= 0) return true;
    }
}

HttpResult Connection::read_response(std::chrono::milliseconds timeout, bool head_only) {
    HttpResult result;
    const auto deadline = Clock::now() + timeout;
    bool eof = false;
    const auto fill = [&]() -> bool {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, remaining_ms(deadline)) <= 0) return false;
        char buf[16384];
        const auto n = ::recv(fd_, buf, sizeof buf, 0);
        if (n <= 0) {
            eof = true;
            return false;
        }
        buffer_.append(buf, static_cast<std::size_t>(n));
        return true;
    };
    std::size_t header_end;
    while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
        if (!fill()) {
            result.error = eof ? "connection closed before a response" : "timed out waiting for a response";
            return result;
        }
    }
    const std::string head = buffer_.substr(0, header_end);
    buffer_.erase(0, header_end + 4);
    std::size_t line_end = head.find("\r\n");
    const std::string status_line = head.substr(0, line_end);
    if (status_line.size() < 12 || status_line.compare(0, 5, "HTTP/") != 0) {
        result.error = "bad status line: " + status_line;
        return result;
    }
    result.status = std::stoi(status_line.substr(9, 3));
    while (line_end != std::string::npos) {
        const auto next = head.find("\r\n", line_end + 2);
        const std::string line = head.substr(line_end + 2, next == std::string::npos ? std::string::npos : next - line_end - 2);
        if (const auto colon = line.find(':'); colon != std::string::npos) {
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            result.headers[lower(line.substr(0, colon))] = value;
        }
        line_end = next;
    }
    if (head_only) return result;
    if (const auto it = result.headers.find("content-length"); it != result.headers.end()) {
        const auto length = std::stoull(it->second);
        while (buffer_.size() < length) {
            if (!fill()) {
                result.error = "body cut short";
                return result;
            }
        }
        result.body = buffer_.substr(0, length);
        buffer_.erase(0, length);
    } else if (result.status >= 200 && result.status != 204 && result.status != 304) {
        while (fill()) {
        }
        result.body = std::move(buffer_);
        buffer_.clear();
    }
    return result;
}

std::string make_request(const std::string& method, const std::string& target, const std::string& body,
                         const std::map<std::string, std::string>& extra) {
    std::string out = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& [k, v] : extra) out += k + ": " + v + "\r\n";
    if (!body.empty() || method == "POST" || method == "PUT") {
        out += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

Dribbled dribble(Connection& connection, const std::string& bytes, std::chrono::milliseconds gap) {
    Dribbled out;
    const auto start = Clock::now();
    for (const char byte : bytes) {
        if (!connection.send(std::string(1, byte))) break;
        ++out.sent;
        if (connection.readable(gap)) break;
    }
    out.response = connection.read_response(std::chrono::seconds(5));
    out.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    return out;
}

int probe_while(const std::function<void()>& slow, const std::function<void()>& probe) {
    std::atomic<bool> done{false};
    std::thread worker([&] {
        slow();
        done = true;
    });
    int probes = 0;
    while (!done) {
        probe();
        ++probes;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    worker.join();
    return probes;
}

HttpResult http(std::uint16_t port, const std::string& method, const std::string& target, const std::string& body,
                const std::map<std::string, std::string>& extra, std::chrono::milliseconds timeout) {
    Connection connection(port);
    if (!connection.ok()) {
        HttpResult r;
        r.error = "connect failed";
        return r;
    }
    if (!connection.send(make_request(method, target, body, extra))) {
        HttpResult r;
        r.error = "send failed";
        return r;
    }
    return connection.read_response(timeout, method == "HEAD");
}

}  // namespace muster::test
