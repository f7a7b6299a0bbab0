#pragma once
/// Logins, bearer tokens and the per-login failure limit.
///
/// Tokens are 32 random bytes (base64url); only their SHA-256 is stored, with
/// an expiry and a revoked flag, so they survive restarts and leak nothing if
/// the database does.

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "muster/clock.hpp"
#include "muster/result.hpp"
#include "muster/server/audit.hpp"
#include "muster/server/config.hpp"
#include "muster/server/directory.hpp"
#include "muster/server/rate_limit.hpp"

namespace muster::server {

/// Who is acting, from the token alone.
struct Caller {
    std::string member_key;
    std::string role;      ///< member | coordinator | evaluator | admin
    std::string unit_key;
    std::string token_hash;  ///< SHA-256 of the bearer token (raw bytes)
    std::optional<std::string> device_replica_id;
    std::int64_t token_used_ms = 0;  ///< when a sync last renewed the token (or its creation)
};

/// A sync renews its token's idle timer when it was last renewed longer ago
/// than this (so not every sync writes the token row).
inline constexpr std::int64_t kTokenRenewAfterMs = 60'000;

struct LoginRequest {
    std::string login;
    std::string password;
    std::string device_name;
    std::optional<std::string> device_replica_id;
    std::string remote;  ///< the client's address, for the audit log
};

struct LoginAnswer {
    std::string token;
    std::int64_t expires_at_ms = 0;
    Member member;
};

class AuthService {
public:
    /// `audit` (optional) receives sign-ins and failures.
    AuthService(Directory& directory, const Clock& wall, const ServerConfig& config, AuditLog* audit = nullptr);

    /// Checks the password (argon2id: slow and memory-heavy by design — call
    /// it on a worker thread, never an I/O thread) and issues a token.
    /// `invalid_credentials` for unknown login, wrong password or a disabled
    /// member alike; `rate_limited` once the login has `login_failure_limit`
    /// failures inside the window (attempts still being checked count as
    /// failures until they end); `device_wiped` (after a right password)
    /// for a device an admin wiped.
    [[nodiscard]] Result<LoginAnswer> login(const LoginRequest& request);

    /// Resolves an `Authorization` header value (`Bearer <token>`): one
    /// indexed lookup, fine on I/O threads. `unauthenticated` for a missing,
    /// malformed, unknown, revoked or expired token (past its lifetime, or
    /// unused longer than the idle timeout) and for a disabled member;
    /// `rate_limited` when the member has used up their request rate.
    [[nodiscard]] Result<Caller> authenticate(std::string_view authorization);
    /// The same from the token's SHA-256 (`Caller::token_hash`), without
    /// taking from the rate: a long-lived WebSocket re-checks its token with it.
    [[nodiscard]] Result<Caller> authenticate_hash(const std::string& token_hash);

    /// Revokes the caller's token.
    Status logout(const Caller& caller);

private:
    /// A hash of a random password, verified against for unknown logins so
    /// they cost the same time as known ones.
    const std::string& dummy_hash();

    Directory& directory_;
    const Clock& wall_;
    ServerConfig config_;
    AuditLog* audit_;
    RateLimiter member_rate_;
    std::once_flag dummy_once_;
    std::string dummy_hash_;
    /// Password checks running now, per login: they count as failures until
    /// they end, so concurrent attempts cannot each see "9 failures" and pass.
    std::mutex checking_mutex_;
    std::map<std::string, int> checking_;
};

}  // namespace muster::server
