#include "muster/sync_engine.hpp"

#include <algorithm>

namespace muster {

Backoff::Backoff(std::uint64_t seed, std::int64_t initial_ms, std::int64_t cap_ms)
    : rng_(seed), initial_ms_(initial_ms), cap_ms_(cap_ms) {}

std::int64_t Backoff::next_delay_ms() {
    ++failures_;
    std::int64_t nominal = initial_ms_;
    for (int i = 1; i < failures_ && nominal < cap_ms_; ++i) nominal *= 2;
    nominal = std::min(nominal, cap_ms_);
    std::uniform_int_distribution<std::int64_t> jitter(nominal / 2, nominal);
    return jitter(rng_);
}

std::string_view to_string(SyncState state) noexcept {
    switch (state) {
        case SyncState::idle: return "idle";
        case SyncState::syncing: return "syncing";
        case SyncState::backing_off: return "backing_off";
        case SyncState::login_needed: return "login_needed";
        case SyncState::wiped: return "wiped";
    }
    return "idle";
}

SyncEngine::SyncEngine(Store& store, Transport& transport, const Clock& clock, std::uint64_t seed,
                       SyncOptions options)
    : store_(store), transport_(transport), clock_(clock), options_(std::move(options)), backoff_(seed) {
    options_.max_push = std::clamp<std::size_t>(options_.max_push, 1, kMaxOpsPerSync);
    options_.pull_limit = std::clamp(options_.pull_limit, 1, kMaxPullLimit);
    push_limit_ = options_.max_push;
}

bool SyncEngine::attempt_due() const {
    return state_ != SyncState::login_needed && state_ != SyncState::wiped && clock_.now_ms() >= next_attempt_ms_;
}

void SyncEngine::on_push_event() {
    if (state_ == SyncState::wiped) return;
    backoff_.reset();
    next_attempt_ms_ = 0;
    if (state_ == SyncState::backing_off) state_ = SyncState::idle;
}

void SyncEngine::on_login() {
    if (state_ == SyncState::login_needed) state_ = SyncState::idle;
    on_push_event();
}

void SyncEngine::fail(const Error& error) {
    if (error.code == ErrorCode::unauthenticated) {
        state_ = SyncState::login_needed;
        return;
    }
    state_ = SyncState::backing_off;
    next_attempt_ms_ = clock_.now_ms() + backoff_.next_delay_ms();
}

std::optional<CommsCheck> SyncEngine::latest_comms_check() {
    // `latest` orders SQLite's way: a withdrawn check (JSON null) sorts above
    // every number, so page past those to the greatest integer.
    constexpr std::size_t kPage = 16;
    std::optional<LatestAfter> after;
    for (;;) {
        auto page = store_.latest(EntityType::drill, "comms_check_at", kPage, after);
        if (!page || page->empty()) return std::nullopt;
        nlohmann::json last;
        for (const auto& drill : *page) {
            const auto it = drill.fields.find("comms_check_at");
            last = it != drill.fields.end() ? it->second.v : nlohmann::json();
            if (last.is_number_integer()) return CommsCheck{drill.key, last.get<std::int64_t>()};
        }
        if (page->size() < kPage) return std::nullopt;
        after = LatestAfter{std::move(last), page->back().key};
    }
}

Result<SyncRequest> SyncEngine::make_request(std::vector<Op> ops, std::string cursor,
                                             std::optional<CommsCheck> comms) {
    // What the device will still hold once the server has committed this
    // request's ops (the server stores the report in that same commit). A
    // count that failed is not sent as 0: the coordinator would read a device
    // holding changes as one that has reported everything.
    const auto in_request = static_cast<std::int64_t>(ops.size());
    const std::uint64_t last_n = ops.empty() ? 0 : parse_op_id(ops.back().id)->n;
    auto pending = store_.pending_count();
    if (!pending) return pending.error();
    auto oldest = store_.oldest_pending_ms(last_n);
    if (!oldest) return oldest.error();
    SyncRequest request;
    request.replica_id = store_.replica_id();
    request.ops = std::move(ops);
    request.cursor = std::move(cursor);
    request.limit = options_.pull_limit;
    request.device = DeviceReport{std::max<std::int64_t>(0, *pending - in_request), *oldest, options_.app_version,
                                  clock_.now_ms(), std::move(comms)};
    return request;
}

void SyncEngine::drop_sent_ahead() {
    if (!sent_ahead_) return;
    sent_ahead_.reset();
    (void)transport_.receive();  // the answer of a page after one that was not stored
}

RoundReport SyncEngine::run_round() {
    drop_sent_ahead();
    return round(false);
}

RoundReport SyncEngine::round(bool send_ahead) {
    RoundReport report;
    state_ = SyncState::syncing;
    const auto failed = [&](const Error& error) {
        report.error = error;
        fail(error);
        return report;
    };
    Result<SyncResponse> response = Error{ErrorCode::internal, "no answer"};
    if (sent_ahead_) {  // this round's request is on the wire already
        report.comms_sent = sent_ahead_->device ? sent_ahead_->device->comms : std::nullopt;
        sent_ahead_.reset();
        response = transport_.receive();
    } else {
        auto ops = store_.outbox_batch(push_limit_);
        if (!ops) return failed(ops.error());
        report.comms_sent = latest_comms_check();
        const std::string cursor = starting_over_ ? std::string() : store_.cursor();
        auto request = make_request(std::move(*ops), cursor, report.comms_sent);
        for (;;) {
            if (!request) return failed(request.error());
            response = transport_.sync(*request);
            const bool too_large = !response && response.error().code == ErrorCode::payload_too_large;
            if (!too_large || request->ops.size() <= 1) break;
            push_limit_ = request->ops.size() / 2;  // the oldest half, in order
            request->ops.resize(push_limit_);
            request = make_request(std::move(request->ops), cursor, report.comms_sent);
        }
        report.pushed = request->ops.size();
        if (response && report.pushed == push_limit_) push_limit_ = std::min(push_limit_ * 2, options_.max_push);
    }
    if (!response && response.error().code == ErrorCode::stale_cursor && !starting_over_) {
        // The server's history does not hold this device's cursor (its database
        // was restored from a backup): nothing of the request was applied. Ask
        // again from "" (a cursor it always knows), the queued ops included;
        // what it sent before is replaced once that answer is in, not sooner:
        // a device that loses the network meanwhile keeps showing what it had.
        starting_over_ = true;
        auto again = round(send_ahead);
        starting_over_ = false;
        return again;
    }
    if (!response && response.error().code == ErrorCode::device_wiped) {
        // The wipe answer itself was lost on the way: the server now answers
        // every request from this device so. Nothing of this round was saved.
        report.wipe = WipeNotice{device_wiped_reason(response.error().message)};
        report.error = response.error();
        state_ = SyncState::wiped;
        return report;
    }
    if (!response) return failed(response.error());
    // The next page only needs this answer's cursor: ask for it now and store
    // this one while it comes. Not when this round pushed ops or more wait:
    // their acks must be stored before the outbox is read again.
    // (A count that failed: something may wait.)
    if (send_ahead && response->has_more && !response->wipe && report.pushed == 0 &&
        store_.pending_count().value_or(1) == 0) {
        auto next = make_request({}, response->cursor, report.comms_sent);
        if (next && transport_.send(*next)) sent_ahead_ = std::move(*next);
    }
    auto applied = starting_over_ ? store_.replace_with_sync_result(*response, clock_.now_ms())
                                  : store_.apply_sync_result(*response, clock_.now_ms());
    // A page sent ahead asked from a cursor the store never reached: dropped below.
    if (!applied) return failed(applied.error());
    report.restarted = starting_over_;
    report.ok = true;
    report.has_more = response->has_more;
    report.applied = std::move(*applied);
    if (report.applied.changes > 0) {
        const auto latest = latest_comms_check();
        report.comms_newer = latest && latest != report.comms_sent &&
                             (!report.comms_sent || latest->check_at >= report.comms_sent->check_at);
    }
    backoff_.reset();
    next_attempt_ms_ = 0;
    state_ = SyncState::idle;
    if (response->wipe) {
        report.wipe = std::move(response->wipe);
        state_ = SyncState::wiped;
    }

    progress_.ops_sent += report.applied.applied + report.applied.rejected;
    progress_.ops_total += report.applied.restamped;
    progress_.changes_received += report.applied.changes;
    if (progress_cb_) progress_cb_(progress_);
    return report;
}

SyncReport SyncEngine::sync_until_idle() {
    SyncReport report;
    progress_ = SyncProgress{0, static_cast<std::size_t>(store_.pending_count().value_or(0)), 0};
    if (progress_cb_) progress_cb_(progress_);
    bool comms_round_done = false;  // the one extra round that answers a comms check just pulled
    while (report.rounds < options_.max_rounds) {
        if (state_ == SyncState::login_needed) {
            report.error = Error{ErrorCode::unauthenticated, "log in again to sync"};
            break;
        }
        if (state_ == SyncState::wiped) {
            report.error = Error{ErrorCode::device_wiped, "this device was wiped"};
            break;
        }
        // Not ahead of the last round allowed: nothing is left on the wire at the end.
        auto round = this->round(report.rounds + 1 < options_.max_rounds);
        ++report.rounds;
        report.restarted = report.restarted || round.restarted;
        report.touched.insert(report.touched.end(), round.applied.touched.begin(), round.applied.touched.end());
        if (round.wipe) {
            report.wipe = std::move(round.wipe);
            break;
        }
        if (!round.ok) {
            report.error = round.error;
            break;
        }
        if (!round.has_more && store_.pending_count().value_or(1) == 0) {  // a failed count is not "idle"
            if (round.comms_newer && !comms_round_done) {
                comms_round_done = true;
                continue;
            }
            report.ok = true;
            break;
        }
    }
    drop_sent_ahead();  // after a page that failed to store, the next one is still on the wire
    report.progress = progress_;
    return report;
}

}  // namespace muster
