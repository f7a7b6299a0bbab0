#pragma once
/// A disk that fills up on demand, for tests: while it lives, SQLite's default
/// VFS is a thin wrapper around the real one that passes everything through
/// until `fill()`; from then on every write to any database, journal or WAL
/// file fails with SQLITE_FULL, as on a phone whose storage ran out, until
/// `free_space()`. Reads, locks and the shared-memory index go on as before.
///
/// Header-only so that each test binary compiles it against the SQLite it
/// links (plain SQLite, or SQLCipher for the app's core: same API).

#include <sqlite3.h>

#include <atomic>

namespace muster::test {

class FullDiskVfs {
  public:
    FullDiskVfs() : real_(sqlite3_vfs_find(nullptr)) {
        vfs_ = *real_;
        vfs_.iVersion = 1;  // the 3.7+ extras (syscall overrides) stay with the real VFS
        vfs_.szOsFile = static_cast<int>(sizeof(File)) + real_->szOsFile;
        vfs_.zName = "muster-full-disk";
        vfs_.pAppData = this;
        vfs_.xOpen = &FullDiskVfs::open;
        vfs_.xDelete = [](sqlite3_vfs* vfs, const char* name, int sync) {
            auto* base = self(vfs)->real_;
            return base->xDelete(base, name, sync);
        };
        vfs_.xAccess = [](sqlite3_vfs* vfs, const char* name, int flags, int* out) {
            auto* base = self(vfs)->real_;
            return base->xAccess(base, name, flags, out);
        };
        vfs_.xFullPathname = [](sqlite3_vfs* vfs, const char* name, int size, char* out) {
            auto* base = self(vfs)->real_;
            return base->xFullPathname(base, name, size, out);
        };
        sqlite3_vfs_register(&vfs_, 1);
    }
    ~FullDiskVfs() {
        sqlite3_vfs_unregister(&vfs_);
        sqlite3_vfs_register(real_, 1);
    }
    FullDiskVfs(const FullDiskVfs&) = delete;
    FullDiskVfs& operator=(const FullDiskVfs&) = delete;

    void fill() {
        refused_ = 0;
        full_ = true;
    }
    void free_space() { full_ = false; }
    /// Writes refused since the disk was last filled.
    [[nodiscard]] int refused() const { return refused_; }

  private:
    /// What SQLite allocates for each open file (szOsFile): this header, then
    /// the real VFS's own file object.
    struct File {
        sqlite3_file base;
        FullDiskVfs* owner;
        sqlite3_file* real;
    };

    static FullDiskVfs* self(sqlite3_vfs* vfs) { return static_cast<FullDiskVfs*>(vfs->pAppData); }
    static sqlite3_file* real(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }
    static const sqlite3_io_methods& io(sqlite3_file* file) { return *real(file)->pMethods; }

    static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* out_flags) {
        auto* f = reinterpret_cast<File*>(file);
        f->base.pMethods = nullptr;
        f->owner = self(vfs);
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        f->real->pMethods = nullptr;
        const int rc = f->owner->real_->xOpen(f->owner->real_, name, f->real, flags, out_flags);
        if (rc != SQLITE_OK) {
            if (f->real->pMethods) f->real->pMethods->xClose(f->real);
            return rc;
        }
        f->base.pMethods = &kMethods;
        return SQLITE_OK;
    }

    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
        auto* owner = reinterpret_cast<File*>(file)->owner;
        if (owner->full_) {
            ++owner->refused_;
            return SQLITE_FULL;
        }
        return io(file).xWrite(real(file), data, amount, offset);
    }

    static constexpr sqlite3_io_methods kMethods{
        2,
        [](sqlite3_file* f) { return io(f).xClose(real(f)); },
        [](sqlite3_file* f, void* data, int amount, sqlite3_int64 offset) {
            return io(f).xRead(real(f), data, amount, offset);
        },
        &FullDiskVfs::write,
        [](sqlite3_file* f, sqlite3_int64 size) { return io(f).xTruncate(real(f), size); },
        [](sqlite3_file* f, int flags) { return io(f).xSync(real(f), flags); },
        [](sqlite3_file* f, sqlite3_int64* size) { return io(f).xFileSize(real(f), size); },
        [](sqlite3_file* f, int level) { return io(f).xLock(real(f), level); },
        [](sqlite3_file* f, int level) { return io(f).xUnlock(real(f), level); },
        [](sqlite3_file* f, int* out) { return io(f).xCheckReservedLock(real(f), out); },
        [](sqlite3_file* f, int op, void* arg) { return io(f).xFileControl(real(f), op, arg); },
        [](sqlite3_file* f) { return io(f).xSectorSize(real(f)); },
        [](sqlite3_file* f) { return io(f).xDeviceCharacteristics(real(f)); },
        [](sqlite3_file* f, int region, int size, int extend, void volatile** out) {
            return io(f).xShmMap(real(f), region, size, extend, out);
        },
        [](sqlite3_file* f, int offset, int n, int flags) { return io(f).xShmLock(real(f), offset, n, flags); },
        [](sqlite3_file* f) { io(f).xShmBarrier(real(f)); },
        [](sqlite3_file* f, int remove) { return io(f).xShmUnmap(real(f), remove); },
        nullptr,
        nullptr,
    };

    sqlite3_vfs* real_;
    sqlite3_vfs vfs_{};
    std::atomic<bool> full_{false};
    std::atomic<int> refused_{0};
};

}  // namespace muster::test
