#pragma once
/// The account's attachments on this device: files by SHA-256, and which of
/// them still wait for their upload.

#include <optional>

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace muster::app {

/// A folder of blobs named by the SHA-256 of their bytes (64 lowercase hex),
/// next to the account's database (`accountBlobDir`):
///
///     <dir>/<hash>           the bytes (written whole through QSaveFile: never partial)
///     <dir>/pending/<hash>   empty marker: not yet confirmed by the server
///     <dir>/names/<hash>     the picked file's name, UTF-8 (only on the device that attached it)
///
/// The pending state lives in the file system, not in the SQLite store:
/// the marker is created right after the bytes and before the log entry that
/// names the hash is written, so a log whose blob is missing or unmarked can
/// not exist after a crash; removing a marker (after the server's 200/201) is
/// one atomic unlink. An orphan blob (crash between the two writes) only costs
/// one upload. Keeping it out of the store also keeps the core schema and its
/// migrations free of a client-only concern.
///
/// Threads: a value type over a folder. The UI thread adds blobs; the sync
/// worker lists and clears markers through its own instance. Every change is
/// a create, rename or unlink of a whole file, so the two never see half a blob.
class BlobStore {
  public:
    /// Blobs are at most 25 MiB (protocol.md, "Blobs"; the server answers 413 over).
    static constexpr qint64 kMaxBlobBytes = 25 * 1024 * 1024;

    explicit BlobStore(QString dir) : m_dir(std::move(dir)) {}

    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] static bool isHash(const QString& text);

    /// Copies `source` (open, readable, at most kMaxBlobBytes) in under its
    /// SHA-256 and marks it pending. Returns the hash, or nullopt with `error`.
    /// Adding bytes already here keeps the file and re-marks it pending.
    std::optional<QString> add(QIODevice& source, const QString& name, QString* error);
    /// Stores bytes fetched from the server (no pending marker); false when
    /// they do not hash to `hash` or can't be written.
    bool addFetched(const QString& hash, const QByteArray& bytes, QString* error);

    [[nodiscard]] bool contains(const QString& hash) const;
    [[nodiscard]] QString path(const QString& hash) const;
    /// The bytes' size, or -1 when the blob is not here.
    [[nodiscard]] qint64 size(const QString& hash) const;
    /// The name the file had when it was picked; empty when unknown.
    [[nodiscard]] QString name(const QString& hash) const;

    /// Hashes still waiting for the server, sorted.
    [[nodiscard]] QStringList pending() const;
    /// The server holds `hash` (it answered 200 or 201): drop the marker.
    bool markUploaded(const QString& hash);

  private:
    bool writeWhole(const QString& path, QIODevice& source, QString* hash, QString* error) const;

    QString m_dir;
};

/// The blob folder of the account whose database is `databasePath`
/// (`<host>-<login>.db` → `<host>-<login>.blobs`).
[[nodiscard]] QString accountBlobDir(const QString& databasePath);

}  // namespace muster::app
