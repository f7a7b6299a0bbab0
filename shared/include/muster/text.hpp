#pragma once
/// Small text helpers shared by the core and the server.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace muster {

/// `text` with each `%1` … `%9` replaced by `args[n - 1]`, in one pass: a `%n`
/// inside an argument stays as it is, and so does a `%n` beyond `args`.
[[nodiscard]] std::string fill_placeholders(std::string_view text,
                                            std::span<const std::string> args);

/// Byte offset of the first invalid UTF-8 sequence (overlong forms and
/// surrogates included), or nullopt when `text` is valid.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text) noexcept;

/// What is wrong with `text` as one line of display text (a name, a reason)
/// of at most `max_bytes` bytes, for a message after the option's name
/// ("must not be empty", "is not valid UTF-8 (byte 3)", …); nullopt when fine.
[[nodiscard]] std::optional<std::string> one_line_text_problem(std::string_view text, std::size_t max_bytes);

}  // namespace muster
