#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "muster/server/blobs.hpp"
#include "muster/server/crypto.hpp"
#include "muster/server/store.hpp"

namespace muster::server {
namespace {

namespace fs = std::filesystem;

Error io_error(const std::string& what, const std::string& path, int err) {
    return Error{ErrorCode::io_error, what + " " + path + ": " + std::strerror(err)};
}

/// Closes a descriptor when the scope ends.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

bool fsync_dir(const std::string& path) {
    Fd dir{::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    return dir.fd >= 0 && ::fsync(dir.fd) == 0;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

Result<std::unique_ptr<BlobStore>> BlobStore::open(const std::string& data_dir, ServerStore& store) {
    const auto root = (fs::path(data_dir) / "blobs").string();
    const auto tmp = fs::path(root) / "tmp";
    std::error_code ec;
    fs::create_directories(tmp, ec);
    if (ec) return Error{ErrorCode::io_error, "cannot create " + tmp.string() + ": " + ec.message()};
    // Uploads cut short by a crash. Only old ones: with several instances the
    // folder is shared, and another instance may be writing one right now
    // (an upload is written from memory in well under a minute).
    const auto stale = fs::file_time_type::clock::now() - std::chrono::minutes(10);
    for (const auto& entry : fs::directory_iterator(tmp, ec)) {
        std::error_code age_ec;
        const auto written = fs::last_write_time(entry.path(), age_ec);
        if (!age_ec && written < stale) fs::remove(entry.path(), age_ec);
    }
    return std::unique_ptr<BlobStore>(new BlobStore(root, store));
}

BlobStore::BlobStore(std::string root, ServerStore& store) : root_(std::move(root)), store_(store) {}

BlobStore::~BlobStore() = default;

bool BlobStore::is_hash(std::string_view text) noexcept {
    if (text.size() != 64) return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

std::string BlobStore::hash_of(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    const auto raw = sha256(bytes);
    std::string hex;
    hex.reserve(raw.size() * 2);
    for (const unsigned char c : raw) {
        hex.push_back(kHex[c >> 4]);
        hex.push_back(kHex[c & 0x0f]);
    }
    return hex;
}

std::string BlobStore::path_of(const std::string& hash) const {
    return root_ + "/" + hash.substr(0, 2) + "/" + hash.substr(2);
}

Result<std::optional<std::uint64_t>> BlobStore::size_of(const std::string& hash) const {
    if (!is_hash(hash)) return std::optional<std::uint64_t>{};
    const auto path = path_of(hash);
    struct stat info{};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) return std::optional<std::uint64_t>{};
        return io_error("cannot stat", path, errno);
    }
    return std::optional<std::uint64_t>{static_cast<std::uint64_t>(info.st_size)};
}

Result<bool> BlobStore::put(const std::string& hash, std::string_view bytes) {
    if (!is_hash(hash)) return Error{ErrorCode::bad_request, "not a blob hash"};
    const auto final_path = path_of(hash);
    if (::access(final_path.c_str(), F_OK) == 0) return false;

    const auto tmp_path = root_ + "/tmp/" + random_hex(12) + ".part";
    {
        Fd file{::open(tmp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640)};
        if (file.fd < 0) return io_error("cannot create", tmp_path, errno);
        if (!write_all(file.fd, bytes) || ::fsync(file.fd) != 0) {
            const int err = errno;
            ::unlink(tmp_path.c_str());
            return io_error("cannot write", tmp_path, err);
        }
    }
    const auto dir = root_ + "/" + hash.substr(0, 2);
    if (::mkdir(dir.c_str(), 0750) == 0) {
        fsync_dir(root_);
    } else if (errno != EEXIST) {
        const int err = errno;
        ::unlink(tmp_path.c_str());
        return io_error("cannot create", dir, err);
    }
    // link() never replaces: two racing uploads of one hash get one 201 and one 200.
    bool created = true;
    if (::link(tmp_path.c_str(), final_path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp_path.c_str());
        if (err != EEXIST) return io_error("cannot store", final_path, err);
        created = false;
    } else {
        ::unlink(tmp_path.c_str());
    }
    if (!fsync_dir(dir)) return io_error("cannot sync", dir, errno);
    return created;
}

Result<std::optional<std::string>> BlobStore::read(const std::string& hash) const {
    if (!is_hash(hash)) return std::optional<std::string>{};
    const auto path = path_of(hash);
    Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR) return std::optional<std::string>{};
        return io_error("cannot open", path, errno);
    }
    struct stat info{};
    if (::fstat(file.fd, &info) != 0) return io_error("cannot stat", path, errno);
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const auto n = ::read(file.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return io_error("cannot read", path, n < 0 ? errno : EIO);
        done += static_cast<std::size_t>(n);
    }
    return std::optional<std::string>{std::move(bytes)};
}

Status BlobStore::record_uploader(const std::string& hash, const std::string& member_key, std::int64_t at_ms) {
    return store_.record_blob_upload(hash, member_key, at_ms);
}

Result<bool> BlobStore::is_uploader(const std::string& hash, const std::string& member_key) {
    return store_.is_blob_uploader(hash, member_key);
}

}  // namespace muster::server
