#pragma once
/// A read connection of its own on a thread of its own, for reads too long
/// for the UI thread (the dashboard's full recompute over every task).

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <optional>
#include <string>

#include "muster/clock.hpp"
#include "muster/store.hpp"

namespace muster::app {

/// Jobs run one at a time, in order, on the reader's thread with its own
/// SQLite connection (opened at the first job: WAL lets it read while the
/// sync worker writes). A job returns what to do with its result on the UI
/// thread; that runs only if the job's `context` object still exists.
///
/// When the reader's connection cannot be opened, each job runs on the UI
/// thread instead, against the store `uiStore` gives (slower, but the page
/// still fills); with neither store the job is dropped.
///
/// Created and destroyed on the UI thread; the destructor waits for the
/// running job and drops queued ones.
class BackgroundReader {
  public:
    /// A job: reads `store` and returns what to run on the UI thread.
    using Job = std::function<std::function<void()>(muster::Store& store)>;

    BackgroundReader(QString databasePath, std::string keyHex, const muster::Clock& clock,
                     std::function<muster::Store*()> uiStore);
    ~BackgroundReader();
    BackgroundReader(const BackgroundReader&) = delete;
    BackgroundReader& operator=(const BackgroundReader&) = delete;

    void run(QObject* context, Job job);

  private:
    QString m_path;
    std::string m_keyHex;
    const muster::Clock& m_clock;
    std::function<muster::Store*()> m_uiStore;
    std::optional<muster::Store> m_store;  ///< used on the reader's thread only
    bool m_openFailed = false;
    QThread m_thread;
    QObject* m_worker = nullptr;  ///< lives on m_thread; jobs are posted to it
    QObject m_receiver;           ///< lives on the UI thread; results are posted to it
};

}  // namespace muster::app
