#include "localwrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include "accountsession.h"

namespace muster::app {

QString writeLocally(AccountSession* session, const std::vector<muster::LocalWrite>& writes) {
    if (!session || !session->isOpen()) return QCoreApplication::translate("LocalWrite", "No account is open.");
    auto ops = session->write(writes);
    if (!ops && ops.error().code == muster::ErrorCode::storage_full) {
        return QCoreApplication::translate("LocalWrite",
                                           "Couldn't save on this device: its storage is full. Free some space "
                                           "(photos, videos, other apps), then try again.");
    }
    if (!ops) {
        return QCoreApplication::translate("LocalWrite", "Couldn't save on this device: %1")
            .arg(QString::fromStdString(ops.error().message));
    }
    return {};
}

std::string newEntityKey() {
    auto* random = QRandomGenerator::system();
    return muster::make_uuid_v7(QDateTime::currentMSecsSinceEpoch(), random->generate64(), random->generate64());
}

}  // namespace muster::app
