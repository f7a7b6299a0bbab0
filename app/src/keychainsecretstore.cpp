#include "keychainsecretstore.h"

#include <memory>

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace muster::app {

namespace {

SecretStore::Status statusOf(QKeychain::Error error) {
    switch (error) {
        case QKeychain::NoError: return SecretStore::Status::Ok;
        case QKeychain::EntryNotFound: return SecretStore::Status::NotFound;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied: return SecretStore::Status::Unavailable;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError: break;
    }
    return SecretStore::Status::Failed;
}

/// Starts `job` and waits for it (the caller owns it: no autoDelete).
void runJob(QKeychain::Job& job) {
    job.setAutoDelete(false);
    job.setInsecureFallback(false);  // never a plain-text QSettings copy
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.start();
    if (!done) loop.exec(QEventLoop::ExcludeUserInputEvents);
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

bool KeychainSecretStore::available(QString* message) {
    const Read probe = read(QStringLiteral("probe"));
    if (message) *message = probe.message;
    return probe.status == Status::Ok || probe.status == Status::NotFound;
}

SecretStore::Read KeychainSecretStore::read(const QString& name) {
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(name);
    runJob(*job);
    Read out;
    out.status = statusOf(job->error());
    if (out.status == Status::Ok) out.value = job->binaryData();
    else if (out.status != Status::NotFound) out.message = job->errorString();
    return out;
}

SecretStore::Status KeychainSecretStore::write(const QString& name, const QByteArray& value, QString* message) {
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(name);
    job->setBinaryData(value);
    runJob(*job);
    if (message && job->error() != QKeychain::NoError) *message = job->errorString();
    return statusOf(job->error());
}

SecretStore::Status KeychainSecretStore::remove(const QString& name) {
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(name);
    runJob(*job);
    const Status status = statusOf(job->error());
    return status == Status::NotFound ? Status::Ok : status;
}

}  // namespace muster::app
