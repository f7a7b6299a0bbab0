#pragma once
/// Small text helpers shared by the core and the server.

#include <span>
#include <string>
#include <string_view>

namespace muster {

/// `text` with each `%1` … `%9` replaced by `args[n - 1]`, in one pass: a `%n`
/// inside an argument stays as it is, and so does a `%n` beyond `args`.
[[nodiscard]] std::string fill_placeholders(std::string_view text,
                                            std::span<const std::string> args);

}  // namespace muster
