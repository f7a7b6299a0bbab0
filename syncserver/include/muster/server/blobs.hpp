#pragma once
/// Blobs (photos, files): content-addressed by SHA-256, stored on disk, with
/// who uploaded each recorded so only they — or callers whose scope holds a
/// `log` listing the blob in `attachments` — may read it back.
///
/// Layout under the data folder:
///   blobs/tmp/<random>.part   uploads being written (removed at startup)
///   blobs/ab/cdef…            the blob whose hash is `abcdef…` (2 + 62 hex)
/// and the uploaders in the server's store (`ServerStore::record_blob_upload`:
/// with several instances on PostgreSQL, the folder is shared and so is the table).

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "muster/clock.hpp"
#include "muster/result.hpp"
#include "muster/server/auth.hpp"

namespace muster::server {

class Router;
class WorkerPool;
struct Services;

/// Extension point for the sync engineer's scope code: may a caller read a
/// blob they did not upload? Called on a blob worker thread, never on an I/O thread.
class BlobAccess {
public:
    virtual ~BlobAccess() = default;
    /// True if a `log` in `caller`'s scope lists `hash` in its `attachments`.
    [[nodiscard]] virtual Result<bool> referenced_in_scope(const Caller& caller, const std::string& hash) = 0;
};

/// Until scope lookups exist: no log grants access, so only uploaders read a blob.
class UploaderOnlyAccess final : public BlobAccess {
public:
    [[nodiscard]] Result<bool> referenced_in_scope(const Caller&, const std::string&) override { return false; }
};

class BlobStore;
class ServerStore;

/// The protocol's rule, hardened: a caller may read a blob they did not upload
/// when a `log` they can read (their scope; for members, not a hidden inject's)
/// lists it and that log's author uploaded it. The author condition stops a
/// member from reaching another unit's photo by writing its hash into a log of
/// their own.
class ScopedBlobAccess final : public BlobAccess {
public:
    ScopedBlobAccess(ServerStore& store, BlobStore& blobs, const Clock& wall)
        : store_(store), blobs_(blobs), wall_(wall) {}
    [[nodiscard]] Result<bool> referenced_in_scope(const Caller& caller, const std::string& hash) override;

private:
    ServerStore& store_;
    BlobStore& blobs_;
    const Clock& wall_;
};

/// The blob folder and the uploader table. Thread-safe.
class BlobStore {
public:
    /// Creates `blobs/` and `blobs/tmp/` in `data_dir` if missing and removes
    /// stale uploads; the uploaders are kept in `store`, which must outlive it.
    static Result<std::unique_ptr<BlobStore>> open(const std::string& data_dir, ServerStore& store);
    ~BlobStore();
    BlobStore(const BlobStore&) = delete;
    BlobStore& operator=(const BlobStore&) = delete;

    /// Exactly 64 lowercase hex characters (anything else never reaches the filesystem).
    [[nodiscard]] static bool is_hash(std::string_view text) noexcept;
    /// Lowercase hex SHA-256 of `bytes`.
    [[nodiscard]] static std::string hash_of(std::string_view bytes);

    /// The file of a (valid) hash: `blobs/ab/cdef…`.
    [[nodiscard]] std::string path_of(const std::string& hash) const;
    /// The blob's size, or nullopt if absent.
    [[nodiscard]] Result<std::optional<std::uint64_t>> size_of(const std::string& hash) const;
    /// Stores `bytes` (whose hash the caller has checked) durably: temp file,
    /// fsync, link into place, fsync the folder. True if it was new, false if
    /// it was already there (the existing file is kept).
    Result<bool> put(const std::string& hash, std::string_view bytes);
    /// The blob's bytes (nullopt if absent).
    [[nodiscard]] Result<std::optional<std::string>> read(const std::string& hash) const;

    /// Remembers that `member_key` uploaded `hash` (idempotent).
    Status record_uploader(const std::string& hash, const std::string& member_key, std::int64_t at_ms);
    [[nodiscard]] Result<bool> is_uploader(const std::string& hash, const std::string& member_key);

private:
    BlobStore(std::string root, ServerStore& store);

    std::string root_;  ///< `<data>/blobs`
    ServerStore& store_;
};

/// What the blob routes use besides `Services`. All outlive the router.
struct BlobServices {
    BlobStore& store;
    BlobAccess& access;
    WorkerPool& workers;  ///< hashing, file I/O and fsync run here, never on I/O threads
};

/// PUT, HEAD and GET `/v1/blobs/{hash}` (all authenticated).
void register_blob_routes(Router& router, Services& services, BlobServices blobs);

}  // namespace muster::server
