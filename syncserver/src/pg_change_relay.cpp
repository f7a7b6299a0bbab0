#include "pg_change_relay.hpp"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "muster/server/crypto.hpp"
#include "muster/server/log.hpp"
#include "pg.hpp"

namespace muster::server {
namespace {

constexpr const char* kChannel = "muster_changes";
/// PostgreSQL refuses payloads of 8000 bytes or more.
constexpr std::size_t kMaxPayload = 7900;

}  // namespace

std::string PgChangeRelay::encode(const std::string& instance, const ChangeEvent& event) {
    // "<instance> revoke <token hash>": a logout; sockets holding that token close.
    if (!event.revoked_token.empty()) return instance + " revoke " + to_hex(event.revoked_token);
    // "<instance> <seq>[m] <unit,unit,...|*>": "m" after the seq when members see nothing of it.
    std::string payload = instance + ' ' + std::to_string(event.seq) + (event.members_see ? " " : "m ");
    if (event.unit_keys.empty()) return payload + '*';
    const auto head = payload.size();
    for (const auto& unit : event.unit_keys) {
        if (payload.size() > head) payload += ',';
        payload += unit;
    }
    if (payload.size() > kMaxPayload) return payload.substr(0, head) + '*';
    return payload;
}

void PgChangeRelay::announce_every_unit(const std::string& url) {
    pg::Connection conn(url);
    auto counter = conn.query("SELECT seq FROM muster_seq WHERE id = 1");
    if (!counter.step()) throw pg::PgError("", "the database has no change counter");
    const ChangeEvent event{counter.int64(0), {}};
    conn.query("SELECT pg_notify($1, $2)").bind(1, kChannel).bind(2, encode("cli-" + random_hex(6), event)).run();
}

bool PgChangeRelay::decode(const std::string& payload, std::string& instance, ChangeEvent& event) {
    const auto first = payload.find(' ');
    if (first == std::string::npos) return false;
    const auto second = payload.find(' ', first + 1);
    if (second == std::string::npos) return false;
    instance = payload.substr(0, first);
    event.recheck_tokens = instance.starts_with("cli-");  // an admin command (announce_every_unit)
    std::string seq = payload.substr(first + 1, second - first - 1);
    event.unit_keys.clear();
    event.revoked_token.clear();
    if (seq == "revoke") {
        event.seq = 0;
        return from_hex(std::string_view(payload).substr(second + 1), event.revoked_token) &&
               event.revoked_token.size() == 32;
    }
    event.members_see = seq.empty() || seq.back() != 'm';
    if (!event.members_see) seq.pop_back();
    try {
        std::size_t used = 0;
        event.seq = std::stoll(seq, &used);
        if (used != seq.size()) return false;
    } catch (const std::exception&) {
        return false;
    }
    const auto units = payload.substr(second + 1);
    if (units == "*") return true;
    std::size_t at = 0;
    while (at <= units.size()) {
        const auto comma = units.find(',', at);
        const auto end = comma == std::string::npos ? units.size() : comma;
        if (end > at) event.unit_keys.push_back(units.substr(at, end - at));
        if (comma == std::string::npos) break;
        at = comma + 1;
    }
    return !event.unit_keys.empty();
}

Result<std::unique_ptr<PgChangeRelay>> PgChangeRelay::start(const std::string& url, ChangeFeed& feed) {
    std::unique_ptr<PgChangeRelay> relay(new PgChangeRelay(url, feed));
    if (relay->wake_fd_ < 0) return Error{ErrorCode::internal, std::string("eventfd: ") + std::strerror(errno)};
    auto* self = relay.get();
    relay->subscription_ = feed.subscribe([self](const ChangeEvent& event) {
        // From another instance: it knows. A logout's revoked token goes out
        // too: the other instances' sockets holding it close at once.
        if (event.relayed) return;
        self->send(encode(self->instance_, event));
    });
    relay->thread_ = std::thread([self] { self->run(); });
    return relay;
}

PgChangeRelay::PgChangeRelay(std::string url, ChangeFeed& feed)
    : url_(std::move(url)), feed_(feed), instance_(random_hex(8)), wake_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

PgChangeRelay::~PgChangeRelay() {
    feed_.unsubscribe(subscription_);
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    const std::uint64_t one = 1;
    if (wake_fd_ >= 0) [[maybe_unused]] auto n = ::write(wake_fd_, &one, sizeof one);
    if (thread_.joinable()) thread_.join();
    if (wake_fd_ >= 0) ::close(wake_fd_);
}

void PgChangeRelay::send(std::string payload) {
    {
        std::lock_guard lock(mutex_);
        // Bounded: if the database is unreachable for long, the oldest are
        // dropped (the reconnect's "every unit" event covers them).
        if (outgoing_.size() >= 10'000) outgoing_.pop_front();
        outgoing_.push_back(std::move(payload));
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] auto n = ::write(wake_fd_, &one, sizeof one);
}

void PgChangeRelay::run() {
    bool listened_before = false;
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stop_) return;
        }
        try {
            pg::Connection conn(url_);
            conn.execute("LISTEN muster_changes");
            if (listened_before) {
                log::info("change relay listening again; telling every socket to catch up");
                ChangeEvent everyone{0, {}};
                everyone.relayed = true;
                feed_.publish(everyone);
            }
            listened_before = true;
            for (;;) {
                std::deque<std::string> batch;
                {
                    std::lock_guard lock(mutex_);
                    if (stop_) return;
                    batch.swap(outgoing_);
                }
                for (const auto& payload : batch) {
                    conn.query("SELECT pg_notify($1, $2)").bind(1, kChannel).bind(2, payload).run();
                }
                pollfd fds[2] = {{PQsocket(conn.raw()), POLLIN, 0}, {wake_fd_, POLLIN, 0}};
                if (::poll(fds, 2, 1000) < 0 && errno != EINTR) throw pg::PgError("", std::strerror(errno));
                if (fds[1].revents & POLLIN) {
                    std::uint64_t count = 0;
                    [[maybe_unused]] auto n = ::read(wake_fd_, &count, sizeof count);
                }
                if (PQconsumeInput(conn.raw()) == 0) throw pg::PgError("", PQerrorMessage(conn.raw()));
                while (PGnotify* notify = PQnotifies(conn.raw())) {
                    std::string instance;
                    ChangeEvent event;
                    if (decode(notify->extra, instance, event) && instance != instance_) {
                        event.relayed = true;
                        feed_.publish(event);
                    }
                    PQfreemem(notify);
                }
                if (!conn.ok()) throw pg::PgError("", "the connection was lost");
            }
        } catch (const pg::PgError& e) {
            log::warn("change relay: database unreachable; retrying in 1 s", {{"error", e.what()}});
            pollfd wake{wake_fd_, POLLIN, 0};
            if (::poll(&wake, 1, 1000) > 0) {  // a stop request (or an event to send) wakes it early
                std::uint64_t count = 0;
                [[maybe_unused]] auto n = ::read(wake_fd_, &count, sizeof count);
            }
        }
    }
}

}  // namespace muster::server
