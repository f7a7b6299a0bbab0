#pragma once
// Small helpers for core tests: temporary directories and fixed keys.

#include <cstdlib>
#include <filesystem>
#include <string>

namespace muster::test {

/// A fresh directory under $TMPDIR, removed with its contents on destruction.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "muster-core-XXXXXX").string();
        path_ = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

/// A deterministic UUID for test entity number n.
inline std::string key(int n) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", n);
    return buf;
}

}  // namespace muster::test
