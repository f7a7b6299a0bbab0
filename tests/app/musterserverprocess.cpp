#include "musterserverprocess.h"

#include <signal.h>
#include <sys/types.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "loginprotocol.h"
#include "muster/codec.hpp"
#include "muster/json.hpp"

namespace muster::test {

QString makeSelfSignedCertificate(const QString& cert, const QString& key) {
    QProcess process;
    process.start(QStringLiteral(MUSTER_SERVER_BINARY),
                  {QStringLiteral("tls"), QStringLiteral("self-signed"), QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--cert"), cert, QStringLiteral("--key"), key});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) return {};
    const auto match = QRegularExpression(QStringLiteral("SHA-256 fingerprint: ([0-9A-F:]{95})\n"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1) : QString();
}

namespace {
constexpr int kCommandMs = 30'000;
constexpr int kStartMs = 20'000;
constexpr int kRequestMs = 10'000;
constexpr const char* kReplicaId = "00000000000e2e00";  ///< the checking client's own replica

void useTestEnvironment(QProcess& process, qint64 clockOffsetMs = 0) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MUSTER_TEST_FAST_HASH"), QStringLiteral("1"));
    if (clockOffsetMs != 0)
        env.insert(QStringLiteral("MUSTER_TEST_CLOCK_OFFSET_MS"), QString::number(clockOffsetMs));
    process.setProcessEnvironment(env);
}
}  // namespace

MusterServerProcess::MusterServerProcess(const QString& root)
    : m_root(root), m_data(QDir(root).filePath(QStringLiteral("data"))) {}

MusterServerProcess::~MusterServerProcess() {
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(kCommandMs);
    }
}

bool MusterServerProcess::fail(const QString& error) {
    m_error = error;
    return false;
}

QString MusterServerProcess::log() const {
    QFile file(QDir(m_root).filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString MusterServerProcess::url() const {
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

bool MusterServerProcess::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool MusterServerProcess::seedDemo() {
    QProcess demo;
    useTestEnvironment(demo);
    demo.setProcessChannelMode(QProcess::MergedChannels);
    demo.start(QStringLiteral(MUSTER_SERVER_BINARY),
               {QStringLiteral("demo"), QStringLiteral("--data"), m_data});
    if (!demo.waitForFinished(kCommandMs))
        return fail(QStringLiteral("demo did not finish: ") + demo.errorString());
    if (demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0) {
        return fail(QStringLiteral("demo failed: ") + QString::fromUtf8(demo.readAll()));
    }
    return true;
}

bool MusterServerProcess::admin(const QStringList& args, QString* output) {
    QProcess command;
    useTestEnvironment(command);
    command.setProcessChannelMode(QProcess::MergedChannels);
    command.start(QStringLiteral(MUSTER_SERVER_BINARY), args + QStringList{QStringLiteral("--data"), m_data});
    if (!command.waitForFinished(kCommandMs))
        return fail(args.join(QLatin1Char(' ')) + QStringLiteral(" did not finish: ") + command.errorString());
    const QString out = QString::fromUtf8(command.readAll());
    if (output) *output = out;
    if (command.exitStatus() != QProcess::NormalExit || command.exitCode() != 0) {
        return fail(args.join(QLatin1Char(' ')) + QStringLiteral(" failed: ") + out);
    }
    return true;
}

bool MusterServerProcess::start(quint16 port) {
    if (isRunning()) return fail(QStringLiteral("already running"));
    m_process = std::make_unique<QProcess>();
    useTestEnvironment(*m_process, m_clockOffsetMs);
    m_process->setStandardErrorFile(QDir(m_root).filePath(QStringLiteral("server.log")),
                                    QIODevice::Append);
    m_process->start(QStringLiteral(MUSTER_SERVER_BINARY),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--data"), m_data,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} +
                         m_serveArgs);
    const QDeadlineTimer deadline(kStartMs);
    const QString prefix = QStringLiteral("listening on 127.0.0.1:");
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine()) {
            if (!m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()))) break;
            continue;
        }
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (!line.startsWith(prefix)) continue;
        bool ok = false;
        const uint value = line.mid(prefix.size()).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(QStringLiteral("unreadable line: ") + line);
        m_port = static_cast<quint16>(value);
        return true;
    }
    return fail(QStringLiteral("serve printed no `listening on` line (%1); log:\n%2")
                    .arg(m_process->errorString(), log()));
}

bool MusterServerProcess::stop() {
    if (!isRunning()) return fail(QStringLiteral("not running"));
    ::kill(static_cast<pid_t>(m_process->processId()), SIGCONT);  // a paused server could not drain
    m_process->terminate();  // SIGTERM: drain, then exit 0
    if (!m_process->waitForFinished(kCommandMs))
        return fail(QStringLiteral("serve did not stop on SIGTERM"));
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        return fail(
            QStringLiteral("serve exited with %1; log:\n%2").arg(m_process->exitCode()).arg(log()));
    }
    return true;
}

bool MusterServerProcess::pause() {
    if (!isRunning()) return fail(QStringLiteral("not running"));
    return ::kill(static_cast<pid_t>(m_process->processId()), SIGSTOP) == 0 || fail(QStringLiteral("SIGSTOP failed"));
}

bool MusterServerProcess::resume() {
    if (!isRunning()) return fail(QStringLiteral("not running"));
    return ::kill(static_cast<pid_t>(m_process->processId()), SIGCONT) == 0 || fail(QStringLiteral("SIGCONT failed"));
}

QString ServerClient::login(const QString& login, const QString& password) {
    const QByteArray request = app::loginRequestBody(
        login, password, QStringLiteral("endtoend_test"), QString::fromLatin1(kReplicaId));
    const auto body = post(QStringLiteral("v1/auth/login"), request, {});
    if (!body) return {};
    const auto answer = app::parseLoginAnswer(*body);
    if (!answer) m_error = QStringLiteral("unreadable login answer: ") + QString::fromUtf8(*body);
    return answer ? answer->token : QString();
}

std::optional<std::vector<Change>> ServerClient::pullAll(const QString& token) {
    std::vector<Change> changes;
    SyncRequest request;
    request.replica_id = kReplicaId;
    request.limit = kMaxPullLimit;
    for (int page = 0; page < 1000; ++page) {
        const auto body =
            post(QStringLiteral("v1/sync"),
                 QByteArray::fromStdString(encode_sync_request(request).dump()), token);
        if (!body) return std::nullopt;
        auto json = parse_strict(
            std::string_view(body->constData(), static_cast<std::size_t>(body->size())));
        auto response = json ? decode_sync_response(*json) : Result<SyncResponse>(json.error());
        if (!response) {
            m_error = QString::fromStdString(response.error().message);
            return std::nullopt;
        }
        changes.insert(changes.end(), response->changes.begin(), response->changes.end());
        if (!response->has_more) return changes;
        request.cursor = response->cursor;
    }
    m_error = QStringLiteral("has_more never ended");
    return std::nullopt;
}

std::optional<QByteArray> ServerClient::get(const QString& path, const QString& token) {
    QNetworkRequest request(app::endpointUrl(m_base, path));
    request.setTransferTimeout(kRequestMs);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return finish(path, m_network.get(request));
}

std::optional<QByteArray> ServerClient::post(const QString& path, const QByteArray& body,
                                             const QString& token) {
    QNetworkRequest request(app::endpointUrl(m_base, path));
    request.setTransferTimeout(kRequestMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return finish(path, m_network.post(request, body));
}

std::optional<QByteArray> ServerClient::finish(const QString& path, QNetworkReply* reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) loop.exec();
    const std::unique_ptr<QNetworkReply> owned(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status != 200) {
        m_error = QStringLiteral("%1 → HTTP %2 %3 %4")
                      .arg(path)
                      .arg(status)
                      .arg(reply->errorString(), QString::fromUtf8(answer));
        return std::nullopt;
    }
    return answer;
}

AppInstall::AppInstall(const Clock& clock) {
    controller.setClock(clock);
    session.setClock(clock);
    controller.setDataDir(dir.path());
    session.setDataDir(dir.path());
    QObject::connect(&controller, &app::SessionController::signedInChanged, &session, [this] {
        if (controller.signedIn()) session.openFromSession(&controller);
    });
}

bool AppInstall::signIn(const QString& serverUrl, const QString& login) {
    controller.setServerUrl(serverUrl);
    controller.setLogin(login);
    controller.signIn(QString::fromLatin1(MusterServerProcess::kDemoPassword));
    if (!QTest::qWaitFor([&] { return session.isOpen() || !controller.errorText().isEmpty(); }, kRequestMs)) {
        return false;
    }
    if (!session.isOpen()) {
        qWarning("sign-in as %s: %s %s", qPrintable(login), qPrintable(controller.errorText()),
                 qPrintable(session.errorText()));
        return false;
    }
    return QTest::qWaitFor([&] { return status()->lastSyncAt() > 0 && status()->state() == QLatin1String("idle"); },
                           kRequestMs);
}

bool AppInstall::synced() {
    return QTest::qWaitFor(
        [&] {
            return status()->lastSyncAt() > 0 && status()->pending() == 0 &&
                   status()->state() == QLatin1String("idle");
        },
        15'000);
}

QString AppInstall::replicaId() {
    return session.readStore() ? QString::fromStdString(session.readStore()->replica_id()) : QString();
}

}  // namespace muster::test
