#pragma once
/// Structured one-line logs on stderr: `time=… level=… msg="…" key=value …`.
/// Callers never pass passwords, tokens or request bodies.

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace muster::server::log {

enum class Level { debug, info, warn, error };

using Field = std::pair<std::string_view, std::string>;

/// Writes one line atomically (thread-safe). Values are quoted when they hold
/// spaces, quotes or control characters.
void write(Level level, std::string_view message, std::initializer_list<Field> fields = {});

inline void info(std::string_view message, std::initializer_list<Field> fields = {}) {
    write(Level::info, message, fields);
}
inline void warn(std::string_view message, std::initializer_list<Field> fields = {}) {
    write(Level::warn, message, fields);
}
inline void error(std::string_view message, std::initializer_list<Field> fields = {}) {
    write(Level::error, message, fields);
}

/// One line (with its newline) in this format: `time=… level=<level> msg=<message> key=value…`.
[[nodiscard]] std::string format_line(std::string_view level, std::string_view message, std::span<const Field> fields);

/// Unix milliseconds as `YYYY-MM-DD HH:MM:SSZ` (UTC), for people.
[[nodiscard]] std::string format_utc(std::int64_t ms);

/// Turns logging off (tests of the library that do not want noise).
void set_enabled(bool enabled);

}  // namespace muster::server::log
