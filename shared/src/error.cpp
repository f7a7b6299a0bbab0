#include "muster/error.hpp"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

namespace muster {
namespace {

struct CodeInfo {
    ErrorCode code;
    std::string_view name;
    int status;
};

constexpr std::array kCodes{
    CodeInfo{ErrorCode::bad_json, "bad_json", 400},
    CodeInfo{ErrorCode::bad_request, "bad_request", 400},
    CodeInfo{ErrorCode::unauthenticated, "unauthenticated", 401},
    CodeInfo{ErrorCode::invalid_credentials, "invalid_credentials", 401},
    CodeInfo{ErrorCode::forbidden, "forbidden", 403},
    CodeInfo{ErrorCode::not_found, "not_found", 404},
    CodeInfo{ErrorCode::method_not_allowed, "method_not_allowed", 405},
    CodeInfo{ErrorCode::payload_too_large, "payload_too_large", 413},
    CodeInfo{ErrorCode::headers_too_large, "headers_too_large", 431},
    CodeInfo{ErrorCode::timeout, "timeout", 408},
    CodeInfo{ErrorCode::rate_limited, "rate_limited", 429},
    CodeInfo{ErrorCode::unavailable, "unavailable", 503},
    CodeInfo{ErrorCode::hash_mismatch, "hash_mismatch", 400},
    CodeInfo{ErrorCode::device_wiped, "device_wiped", 403},
    CodeInfo{ErrorCode::stale_cursor, "stale_cursor", 409},
    CodeInfo{ErrorCode::internal, "internal", 500},
    CodeInfo{ErrorCode::invalid_op, "invalid_op", 400},
    CodeInfo{ErrorCode::clock_skew, "clock_skew", 400},
    CodeInfo{ErrorCode::unknown_entity, "unknown_entity", 400},
    CodeInfo{ErrorCode::immutable, "immutable", 400},
    CodeInfo{ErrorCode::io_error, "io_error", 500},
    CodeInfo{ErrorCode::storage, "storage", 500},
    CodeInfo{ErrorCode::storage_full, "storage_full", 507},
    CodeInfo{ErrorCode::version_too_new, "version_too_new", 500},
};

const CodeInfo* find(ErrorCode code) noexcept {
    for (const auto& info : kCodes) {
        if (info.code == code) return &info;
    }
    return nullptr;
}

}  // namespace

std::string_view to_string(ErrorCode code) noexcept {
    const auto* info = find(code);
    return info ? info->name : "internal";
}

std::optional<ErrorCode> error_code_from_string(std::string_view text) noexcept {
    for (const auto& info : kCodes) {
        if (info.name == text) return info.code;
    }
    return std::nullopt;
}

int http_status(ErrorCode code) noexcept {
    const auto* info = find(code);
    return info ? info->status : 500;
}

nlohmann::json error_body(const Error& error) {
    return {{"error", {{"code", std::string(to_string(error.code))}, {"message", error.message}}}};
}

namespace {
constexpr std::string_view kWipedPrefix = "An administrator wiped this device: ";
}  // namespace

std::string device_wiped_message(std::string_view reason) {
    return std::string(kWipedPrefix) + std::string(reason) + ".";
}

std::string device_wiped_reason(std::string_view message) {
    if (message.starts_with(kWipedPrefix) && message.ends_with('.')) {
        message.remove_prefix(kWipedPrefix.size());
        message.remove_suffix(1);
    }
    return std::string(message);
}

}  // namespace muster
