#pragma once
/// The real `muster-server` binary for end-to-end app tests (its path comes
/// from CMake as MUSTER_SERVER_BINARY): seeds the demo data folder, serves on
/// 127.0.0.1, stops with SIGTERM and starts again on the same port. Plus a
/// plain HTTP client that checks what the server holds, as another device would.

#include <memory>
#include <optional>
#include <vector>

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include "accountsession.h"
#include "muster/clock.hpp"
#include "muster/op.hpp"
#include "sessioncontroller.h"

class QProcess;

namespace muster::test {

/// `muster-server tls self-signed --host 127.0.0.1 --cert CERT --key KEY`;
/// the SHA-256 fingerprint it printed, or empty when it failed.
QString makeSelfSignedCertificate(const QString& cert, const QString& key);

/// One `muster-server` data folder (`<root>/data`) and the `serve` process on
/// it; the server's log goes to `<root>/server.log`. Fast password hashing
/// (MUSTER_TEST_FAST_HASH=1). Blocks the calling thread while it waits.
class MusterServerProcess {
  public:
    /// The demo data set: units hq → north, hq → south; logins coord, alice,
    /// bob, eva, admin, all with this password.
    static constexpr const char* kDemoPassword = "muster-demo";

    explicit MusterServerProcess(const QString& root);
    ~MusterServerProcess();
    MusterServerProcess(const MusterServerProcess&) = delete;
    MusterServerProcess& operator=(const MusterServerProcess&) = delete;

    /// `muster-server demo --data <root>/data`.
    bool seedDemo();
    /// `muster-server ARGS... --data <root>/data` (an admin command); its output
    /// in `output`. True when it exited 0.
    bool admin(const QStringList& args, QString* output = nullptr);
    /// `serve --listen 127.0.0.1:PORT` (0: a free port); waits for `listening on`.
    bool start(quint16 port = 0);
    /// `seedDemo`, then `start` on a free port: what most app tests begin with.
    bool startDemo() { return seedDemo() && start(); }
    /// SIGTERM, then waits; true when the server drained and exited 0.
    bool stop();
    /// SIGSTOP / SIGCONT: the process keeps its sockets open but answers nothing
    /// (a server, or the path to it, dead without a word).
    bool pause();
    bool resume();
    [[nodiscard]] bool isRunning() const;
    /// From the next start on, the server's clock runs `ms` ahead of this
    /// machine's (MUSTER_TEST_CLOCK_OFFSET_MS): time passes for it across a restart.
    void setClockOffsetMs(qint64 ms) { m_clockOffsetMs = ms; }
    /// From the next start on, these options follow `serve` (e.g. `--max-blob-bytes 1024`).
    void setServeArgs(const QStringList& args) { m_serveArgs = args; }
    /// The port of the last start (kept after a stop, for a restart).
    [[nodiscard]] quint16 port() const { return m_port; }
    /// `http://127.0.0.1:PORT/`.
    [[nodiscard]] QString url() const;
    /// What went wrong last, for a test's failure message.
    [[nodiscard]] QString errorText() const { return m_error; }
    /// Everything the server wrote to its log so far.
    [[nodiscard]] QString log() const;

  private:
    bool fail(const QString& error);

    QString m_root;
    QString m_data;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    qint64 m_clockOffsetMs = 0;
    QStringList m_serveArgs;
    QString m_error;
};

/// Synchronous calls to a Muster server (each waits in a local event loop).
class ServerClient {
  public:
    explicit ServerClient(QUrl base) : m_base(std::move(base)) {}

    /// `POST /v1/auth/login`; the token, or empty (see errorText()).
    QString login(const QString& login, const QString& password);
    /// `POST /v1/sync` from an empty cursor until `has_more` is false, pushing
    /// nothing: every change in the token's scope, in order.
    std::optional<std::vector<muster::Change>> pullAll(const QString& token);
    /// `GET path` with `token`: the body of a 200; nullopt (and errorText) otherwise.
    std::optional<QByteArray> get(const QString& path, const QString& token);
    [[nodiscard]] QString errorText() const { return m_error; }

  private:
    /// The answer's body for a 200; nullopt (and errorText) otherwise.
    std::optional<QByteArray> post(const QString& path, const QByteArray& body,
                                   const QString& token);
    /// Waits for `reply` (taking it over); its body for a 200.
    std::optional<QByteArray> finish(const QString& path, QNetworkReply* reply);

    QUrl m_base;
    QNetworkAccessManager m_network;
    QString m_error;
};

/// One app install: its own data folder and clock, and the sign-in controller
/// and account session wired as Main.qml wires them (on the calling thread's
/// event loop).
struct AppInstall {
    QTemporaryDir dir;
    app::SessionController controller;
    app::AccountSession session;

    explicit AppInstall(const Clock& clock = SystemClock::instance());

    /// Signs in with the demo password and waits (up to 10 s) for the first sync to end.
    bool signIn(const QString& serverUrl, const QString& login);
    /// Waits (up to 15 s) until a sync ended with nothing left to send.
    bool synced();
    [[nodiscard]] app::SyncStatus* status() { return session.syncStatus(); }
    [[nodiscard]] QString replicaId();
};

}  // namespace muster::test
