#pragma once
// Internal helpers shared by the codec translation units.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "muster/error.hpp"

namespace muster::detail {

/// `path.name`, or `name` when path is empty.
inline std::string join_path(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

inline Error path_error(ErrorCode code, const std::string& path, std::string_view message) {
    return Error{code, (path.empty() ? std::string("value") : path) + ": " + std::string(message)};
}

/// The first key of `object` not in `allowed`, as an error; nullopt when all are known.
inline std::optional<Error> unknown_key(ErrorCode code, const nlohmann::json& object, const std::string& path,
                                        std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, _] : object.items()) {
        bool known = false;
        for (const auto a : allowed) known = known || a == key;
        if (!known) return path_error(code, join_path(path, key), "unknown field");
    }
    return std::nullopt;
}

/// A signed 64-bit integer (an unsigned value above INT64_MAX is not one).
inline bool is_int64(const nlohmann::json& v) {
    return v.is_number_integer() &&
           !(v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX));
}

}  // namespace muster::detail
