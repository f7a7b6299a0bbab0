#include "muster/server/auth.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

#include "muster/server/crypto.hpp"
#include "muster/server/log.hpp"

namespace muster::server {
namespace {

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

Error invalid_credentials() {
    return {ErrorCode::invalid_credentials, "The login or password is wrong."};
}

Error unauthenticated(std::string message) { return {ErrorCode::unauthenticated, std::move(message)}; }

Error wiped_device(const DeviceWipe& wipe) { return {ErrorCode::device_wiped, device_wiped_message(wipe.reason)}; }

}  // namespace

AuthService::AuthService(Directory& directory, const Clock& wall, const ServerConfig& config, AuditLog* audit)
    : directory_(directory),
      wall_(wall),
      config_(config),
      audit_(audit),
      member_rate_(wall, config.member_rate_per_s, config.member_rate_burst) {}

const std::string& AuthService::dummy_hash() {
    std::call_once(dummy_once_, [this] {
        auto hash = hash_password(new_password(), HashCost::from_environment());
        dummy_hash_ = hash ? *hash : std::string{};
    });
    return dummy_hash_;
}

Result<LoginAnswer> AuthService::login(const LoginRequest& request) {
    auto& store = directory_.store();
    const std::int64_t now = wall_.now_ms();
    // Counted and reserved under one lock: the slow check below runs outside it.
    std::unique_lock checking(checking_mutex_);
    auto failures = store.count_login_failures(request.login, now - config_.login_failure_window_ms);
    if (!failures) return failures.error();
    if (*failures + checking_[request.login] >= config_.login_failure_limit) {
        if (checking_[request.login] == 0) checking_.erase(request.login);
        checking.unlock();
        if (audit_) audit_->record("login_rate_limited", {{"login", request.login}, {"remote", request.remote}});
        return Error{ErrorCode::rate_limited,
                     "Too many failed logins for this account; wait 15 minutes and try again."};
    }
    ++checking_[request.login];
    checking.unlock();
    // Ends this check: a failure is recorded in the same step, so no attempt
    // is ever counted twice (recorded and still checking) or not at all.
    struct Check {
        AuthService& self;
        const std::string& login;
        bool ended = false;
        Status end(const std::function<Status()>& record) {
            std::lock_guard lock(self.checking_mutex_);
            auto st = record ? record() : Status{};
            if (--self.checking_[login] == 0) self.checking_.erase(login);
            ended = true;
            return st;
        }
        ~Check() {
            if (!ended) (void)end(nullptr);
        }
    } check{*this, request.login};

    auto credentials = store.find_credentials(request.login);
    if (!credentials) return credentials.error();
    bool ok = false;
    if (*credentials) {
        ok = verify_password((*credentials)->password_hash, request.password) && !(*credentials)->disabled;
    } else {
        (void)verify_password(dummy_hash(), request.password);  // same cost as a known login
    }
    if (!ok) {
        if (auto st = check.end([&] { return store.record_login_failure(request.login, now); }); !st) return st.error();
        if (audit_) {
            const char* why = !*credentials ? "unknown login" : (*credentials)->disabled ? "disabled" : "wrong password";
            audit_->record("login_failed", {{"login", request.login}, {"reason", why}, {"remote", request.remote}});
        }
        return invalid_credentials();
    }
    if (request.device_replica_id) {
        auto wipe = store.find_wipe(*request.device_replica_id);
        if (!wipe) return wipe.error();
        if (*wipe) {
            if (audit_) {
                audit_->record("login_refused_wiped_device", {{"login", request.login},
                                                              {"device", *request.device_replica_id},
                                                              {"remote", request.remote}});
            }
            return wiped_device(**wipe);
        }
    }

    auto member = directory_.member_by_key((*credentials)->member_key);
    if (!member) return member.error();
    if (!*member) return Error{ErrorCode::internal, "The account has credentials but no member record."};
    if (auto st = store.clear_login_failures(request.login); !st) return st.error();

    LoginAnswer answer;
    answer.token = new_token();
    answer.expires_at_ms = now + config_.token_ttl_ms;
    answer.member = std::move(**member);
    TokenRecord token{answer.member.key, now, answer.expires_at_ms, false, request.device_replica_id};
    if (auto st = store.insert_token(sha256(answer.token), token); !st) return st.error();
    if (audit_) {
        audit_->record("login", {{"login", request.login},
                                 {"member", answer.member.key},
                                 {"device", request.device_replica_id.value_or("")},
                                 {"remote", request.remote}});
    }
    return answer;
}

Result<Caller> AuthService::authenticate(std::string_view authorization) {
    if (authorization.empty()) return unauthenticated("This request needs an Authorization: Bearer token; log in first.");
    const auto space = authorization.find(' ');
    if (space == std::string_view::npos || !iequals(authorization.substr(0, space), "bearer")) {
        return unauthenticated("The Authorization header must be \"Bearer <token>\".");
    }
    auto token = authorization.substr(space + 1);
    while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
    if (token.empty() || token.size() > 512) return unauthenticated("The bearer token is malformed; log in again.");

    auto caller = authenticate_hash(sha256(token));
    if (caller && !member_rate_.allow(caller->member_key)) {
        return Error{ErrorCode::rate_limited, "Too many requests from this account; slow down and retry shortly."};
    }
    return caller;
}

Result<Caller> AuthService::authenticate_hash(const std::string& hash) {
    auto& store = directory_.store();
    auto session = store.find_session(hash);  // one read: token, member and credentials
    if (!session) return session.error();
    if (!*session) return unauthenticated("The token is not known; log in again.");
    const TokenRecord* record = &(*session)->token;
    if (record->revoked) {
        // A wiped device whose wipe answer was lost on the way is told again
        // here, on every request, so it still erases its data.
        if (const auto& device = record->device_replica_id) {
            auto wipe = store.find_wipe(*device);
            if (!wipe) return wipe.error();
            if (*wipe) return wiped_device(**wipe);
        }
        return unauthenticated("The token was revoked; log in again.");
    }
    const std::int64_t now = wall_.now_ms();
    if (record->expires_ms <= now) return unauthenticated("The token has expired; log in again.");
    const std::int64_t used = std::max(record->created_ms, record->last_used_ms);
    if (now - used >= config_.token_idle_ms) {
        return unauthenticated("The token expired after going unused too long; log in again.");
    }

    if (!(*session)->member) return unauthenticated("The token's member no longer exists; log in again.");
    if ((*session)->disabled.value_or(true)) return unauthenticated("The account is disabled.");
    const Member member = to_member(*(*session)->member);
    return Caller{member.key, member.role, member.unit_key, hash, record->device_replica_id, used};
}

Status AuthService::logout(const Caller& caller) {
    auto done = directory_.store().revoke_token(caller.token_hash);
    if (done && audit_) audit_->record("logout", {{"member", caller.member_key}});
    return done;
}

}  // namespace muster::server
