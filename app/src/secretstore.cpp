#include "secretstore.h"

namespace muster::app {

MemorySecretStore& MemorySecretStore::process() {
    static MemorySecretStore store;
    return store;
}

SecretStore::Read MemorySecretStore::read(const QString& name) {
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd()) return {Status::NotFound, {}, {}};
    return {Status::Ok, *it, {}};
}

SecretStore::Status MemorySecretStore::write(const QString& name, const QByteArray& value, QString*) {
    m_values.insert(name, value);
    return Status::Ok;
}

SecretStore::Status MemorySecretStore::remove(const QString& name) {
    m_values.remove(name);
    return Status::Ok;
}

}  // namespace muster::app
