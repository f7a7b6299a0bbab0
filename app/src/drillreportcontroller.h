#pragma once
/// A drill's after-action report in the app: `GET /v1/drills/<key>/report`
/// (protocol.md), read as JSON for the report page and saved as a file:
/// printable HTML for a browser or a printer, CSV for a spreadsheet, or JSON.

#include <QtQml/qqmlregistration.h>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

#include "accountsession.h"

class QNetworkReply;

namespace muster::app {

/// The report is computed by the server from everything synced (a device
/// holds only its own scope, and not the delivery records), so it needs a
/// connection; the page says so when there is none. Requests run on the UI
/// thread's event loop without blocking it, time out after `timeoutMs`, and
/// are refused past `kMaxReportBytes`. Only coordinators in the drill's scope
/// may read a report (the server checks; a refusal is shown in words).
class DrillReportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString drillKey READ drillKey WRITE setDrillKey NOTIFY drillKeyChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    /// The JSON report (protocol.md's fields: overview, injects, delays,
    /// missed, observations, timeline, units); empty until loaded.
    Q_PROPERTY(QVariantMap report READ report NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    /// The report file last saved by `save` / `saveHtml`, as a file URL.
    Q_PROPERTY(QUrl savedFile READ savedFile NOTIFY stateChanged)

  public:
    static constexpr qint64 kMaxReportBytes = 32 * 1024 * 1024;
    /// `view`: the JSON read for the page; the others are saved as files.
    enum class Format { view, html, csv, json };

    explicit DrillReportController(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString drillKey() const { return m_drillKey; }
    void setDrillKey(const QString& key);
    [[nodiscard]] bool loading() const { return !m_reply.isNull(); }
    [[nodiscard]] QVariantMap report() const { return m_report; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QUrl savedFile() const { return m_savedFile; }

    /// Fetches the JSON report (a request in flight is replaced).
    Q_INVOKABLE void load();
    /// Fetches the report as `format` ("html", "csv" or "json") and writes it
    /// to `folder` (default: the user's documents, else the app's data
    /// folder) as muster-report-<drill>.<format>; emits `saved`.
    Q_INVOKABLE void save(const QString& format, const QString& folder = {});
    /// `save("html", folder)`.
    Q_INVOKABLE void saveHtml(const QString& folder = {}) { save(QStringLiteral("html"), folder); }
    /// Tests: the per-request timeout (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

  signals:
    void sessionChanged();
    void drillKeyChanged();
    void stateChanged();
    void saved(const QUrl& file);

  private:
    void start(Format format, const QString& folder);
    void cancel();
    void finish(QNetworkReply* reply, Format format, const QString& folder);
    void fail(const QString& text);
    [[nodiscard]] QString errorFor(QNetworkReply* reply, const QByteArray& body) const;

    QPointer<AccountSession> m_session;
    QString m_drillKey;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QVariantMap m_report;
    QString m_errorText;
    QUrl m_savedFile;
    int m_timeoutMs = 30'000;
};

}  // namespace muster::app
