#include "muster/server/log.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace muster::server::log {
namespace {

std::mutex g_mutex;
std::atomic<bool> g_enabled{true};

std::string timestamp() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto secs = system_clock::to_time_t(now);
    const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
    return buf;
}

void append_value(std::string& out, std::string_view value) {
    bool quote = value.empty();
    for (const char c : value) {
        if (c == ' ' || c == '"' || c == '=' || static_cast<unsigned char>(c) < 0x20) quote = true;
    }
    if (!quote) {
        out += value;
        return;
    }
    out.push_back('"');
    for (const char c : value) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

const char* level_name(Level level) {
    switch (level) {
        case Level::debug: return "debug";
        case Level::info: return "info";
        case Level::warn: return "warn";
        case Level::error: return "error";
    }
    return "info";
}

}  // namespace

void set_enabled(bool enabled) { g_enabled = enabled; }

std::string format_utc(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
    return std::string(buffer) + "Z";
}

std::string format_line(std::string_view level, std::string_view message, std::span<const Field> fields) {
    std::string line = "time=" + timestamp() + " level=";
    line += level;
    line += " msg=";
    append_value(line, message);
    for (const auto& [key, value] : fields) {
        line.push_back(' ');
        line += key;
        line.push_back('=');
        append_value(line, value);
    }
    line.push_back('\n');
    return line;
}

void write(Level level, std::string_view message, std::initializer_list<Field> fields) {
    if (!g_enabled) return;
    const std::string line = format_line(level_name(level), message, {fields.begin(), fields.size()});
    std::lock_guard lock(g_mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

}  // namespace muster::server::log
