#pragma once
/// Injectable wall clocks. Everything that reads the time takes a `Clock&`, so
/// tests and simulations replay exactly.

#include <atomic>
#include <cstdint>

namespace muster {

/// A source of wall-clock time in unix milliseconds. Implementations are thread-safe.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::int64_t now_ms() const = 0;
};

/// The system's real time.
class SystemClock final : public Clock {
public:
    [[nodiscard]] std::int64_t now_ms() const override;
    /// A process-wide instance.
    static SystemClock& instance();
};

/// A clock that moves only when told to (tests, simulations).
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t start_ms = 1'764'000'000'000) : now_(start_ms) {}
    [[nodiscard]] std::int64_t now_ms() const override { return now_.load(); }
    void set_ms(std::int64_t ms) { now_.store(ms); }
    void advance_ms(std::int64_t delta) { now_.fetch_add(delta); }

private:
    std::atomic<std::int64_t> now_;
};

/// Another clock shifted by an offset that may change: the device's wall
/// clock corrected by the server offset (the store's HlcClock runs on one).
class OffsetClock final : public Clock {
public:
    explicit OffsetClock(const Clock& base, std::int64_t offset_ms = 0) : base_(base), offset_(offset_ms) {}
    [[nodiscard]] std::int64_t now_ms() const override { return base_.now_ms() + offset_.load(); }
    void set_offset(std::int64_t offset_ms) { offset_.store(offset_ms); }
    [[nodiscard]] std::int64_t offset() const { return offset_.load(); }

private:
    const Clock& base_;
    std::atomic<std::int64_t> offset_;
};

}  // namespace muster
