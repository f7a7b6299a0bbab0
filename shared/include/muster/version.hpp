#pragma once
/// The build's version string (from CMake's project version).

#include <string_view>

namespace muster {
[[nodiscard]] std::string_view version() noexcept;
}
