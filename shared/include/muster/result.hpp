#pragma once
/// A small `expected`-like result for C++20: either a value or a muster::Error.
/// Core never throws across its public interface; it returns these.

#include <cassert>
#include <utility>
#include <variant>

#include "muster/error.hpp"

namespace muster {

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : data_(std::in_place_index<1>, std::move(error)) {}  // NOLINT(google-explicit-constructor)
    Result(ErrorCode code, std::string message)
        : data_(std::in_place_index<1>, Error{code, std::move(message)}) {}

    [[nodiscard]] bool ok() const noexcept { return data_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(data_); }
    const T& value() const& { assert(ok()); return std::get<0>(data_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(data_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    /// The value, or `fallback` when this is an error.
    template <class U>
    [[nodiscard]] T value_or(U&& fallback) const& {
        return ok() ? std::get<0>(data_) : static_cast<T>(std::forward<U>(fallback));
    }

    const Error& error() const { assert(!ok()); return std::get<1>(data_); }

private:
    std::variant<T, Error> data_;
};

/// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT(google-explicit-constructor)
    Result(ErrorCode code, std::string message) : error_{code, std::move(message)}, failed_(true) {}

    [[nodiscard]] bool ok() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return ok(); }
    const Error& error() const { assert(failed_); return error_; }

private:
    Error error_{};
    bool failed_ = false;
};

using Status = Result<void>;

}  // namespace muster
