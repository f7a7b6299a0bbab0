#include "backgroundreader.h"

#include <QMetaObject>

#include <utility>

namespace muster::app {

BackgroundReader::BackgroundReader(QString databasePath, std::string keyHex, const muster::Clock& clock,
                                   std::function<muster::Store*()> uiStore)
    : m_path(std::move(databasePath)), m_keyHex(std::move(keyHex)), m_clock(clock), m_uiStore(std::move(uiStore)) {
    m_thread.setObjectName(QStringLiteral("muster-reader"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader() {
    m_thread.quit();
    m_thread.wait();
    // The store was opened on the reader's thread; SQLite connections may be
    // closed from another thread once nothing uses them.
    m_store.reset();
}

void BackgroundReader::run(QObject* context, Job job) {
    QPointer<QObject> target(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, target, job = std::move(job)] {
            if (!m_store && !m_openFailed) {
                StoreOptions options;
                options.key_hex = m_keyHex;
                auto store = Store::open(m_path.toStdString(), m_clock, options);
                if (store) {
                    m_store.emplace(std::move(*store));
                } else {
                    m_openFailed = true;
                }
            }
            // m_receiver lives on the UI thread and outlives this thread, so
            // the result (or, without a connection here, the job itself) is
            // posted there; `target` is checked on that thread.
            if (!m_store) {
                QMetaObject::invokeMethod(
                    &m_receiver,
                    [this, target, job] {
                        muster::Store* store = m_uiStore ? m_uiStore() : nullptr;
                        if (!target || !store) return;
                        if (auto then = job(*store)) then();
                    },
                    Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(
                &m_receiver,
                [target, then = job(*m_store)] {
                    if (target && then) then();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

}  // namespace muster::app
