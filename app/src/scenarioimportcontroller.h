#pragma once
/// The coordinator's "Import scenario": a MSEL file (CSV or JSON, the format
/// `muster-server drill import` reads) becomes a planned drill and its
/// injects, written on this device and sent by the sync worker, offline too.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "accountsession.h"
#include "muster/msel.hpp"

namespace muster::app {

/// Two steps, as on the server: `load` reads and checks a file with core's
/// scenario parser and planner (every problem at once, each with its line and
/// column; nothing can be imported while any remain); `importDrill` then
/// writes the drill and one task per inject in one local transaction.
///
/// Targets are resolved against the units this device holds, and must lie in
/// the signed-in coordinator's subtree (as the server will check). A file
/// that does not say which unit runs the drill gets the coordinator's own
/// unit, and one without a title gets its file name: both are shown before
/// the import. UI thread only; files are at most `kMaxFileBytes`.
class ScenarioImportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY planChanged)
    /// A clean plan waits for `importDrill`.
    Q_PROPERTY(bool ready READ ready NOTIFY planChanged)
    /// Each problem as one line: `line 7, column 2 (offset): "1h9x" is not a time offset; …`.
    Q_PROPERTY(QStringList problems READ problems NOTIFY planChanged)
    Q_PROPERTY(QString title READ title NOTIFY planChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY planChanged)
    Q_PROPERTY(int injectCount READ injectCount NOTIFY planChanged)
    /// Drill time of the last inject, ms.
    Q_PROPERTY(qint64 lastOffsetMs READ lastOffsetMs NOTIFY planChanged)
    /// Injects reach devices before their release; the file's setting, changeable before the import.
    Q_PROPERTY(bool prestage READ prestage WRITE setPrestage NOTIFY planChanged)
    /// Why the file could not be read or the import not written; empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;  ///< as `muster-server drill import`

    explicit ScenarioImportController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] bool ready() const { return m_plan.has_value(); }
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString unitName() const { return m_unitName; }
    [[nodiscard]] int injectCount() const { return m_plan ? static_cast<int>(m_plan->tasks.size()) : 0; }
    [[nodiscard]] qint64 lastOffsetMs() const { return m_lastOffsetMs; }
    [[nodiscard]] bool prestage() const { return m_prestage; }
    void setPrestage(bool prestage);
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Reads and checks a local file. True when it is ready to import.
    Q_INVOKABLE bool load(const QUrl& file);
    /// Checks scenario text as if read from a file called `name` (which picks
    /// CSV or JSON by its extension, else by the text).
    bool loadText(const QString& name, const QByteArray& text);
    /// Writes the checked plan: the drill (planned) and its injects. Returns the
    /// new drill's key, or "" (see errorText).
    Q_INVOKABLE QString importDrill();
    /// Forgets the loaded file.
    Q_INVOKABLE void clear();

  signals:
    void sessionChanged();
    void planChanged();
    void errorTextChanged();
    /// A drill was written; `drillKey` opens it.
    void imported(const QString& drillKey);

  private:
    void setErrorText(const QString& text);

    QPointer<AccountSession> m_session;
    QString m_fileName;
    QStringList m_problems;
    QString m_title;
    QString m_unitName;
    qint64 m_lastOffsetMs = 0;
    bool m_prestage = false;
    std::string m_drillKey;
    std::optional<muster::ImportPlan> m_plan;
    QString m_errorText;
};

}  // namespace muster::app
