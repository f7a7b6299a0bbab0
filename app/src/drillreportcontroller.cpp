#include "drillreportcontroller.h"

#include <QJsonObject>

#include <QDir>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QLocale>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

#include "certificatetrust.h"
#include "loginprotocol.h"

namespace muster::app {

DrillReportController::DrillReportController(QObject* parent) : QObject(parent) {
    CertificateTrust::attach(m_network);
}

void DrillReportController::setSession(AccountSession* session) {
    if (session == m_session) return;
    m_session = session;
    emit sessionChanged();
}

void DrillReportController::setDrillKey(const QString& key) {
    if (key == m_drillKey) return;
    m_drillKey = key;
    cancel();
    m_report.clear();
    m_errorText.clear();
    m_savedFile.clear();
    emit drillKeyChanged();
    emit stateChanged();
}

namespace {

/// The `format` query value, which is also the saved file's extension.
QString formatName(DrillReportController::Format format) {
    using F = DrillReportController::Format;
    switch (format) {
        case F::html: return QStringLiteral("html");
        case F::csv: return QStringLiteral("csv");
        case F::view:
        case F::json: break;
    }
    return QStringLiteral("json");
}

}  // namespace

void DrillReportController::load() { start(Format::view, {}); }

void DrillReportController::save(const QString& format, const QString& folder) {
    for (const Format f : {Format::html, Format::csv, Format::json}) {
        if (format == formatName(f)) return start(f, folder);
    }
    //: %1 a file format the app does not know (a programming error, shown as is).
    fail(tr("Can't save the report as \"%1\": choose HTML, CSV or JSON.").arg(format));
}

void DrillReportController::fail(const QString& text) {
    m_errorText = text;
    emit stateChanged();
}

void DrillReportController::cancel() {
    // Forgotten first: its `finished` (emitted by abort) is then ignored.
    if (QNetworkReply* reply = m_reply) {
        m_reply.clear();
        reply->abort();
    }
}

void DrillReportController::start(Format format, const QString& folder) {
    cancel();
    if (!m_session || !m_session->isOpen() || m_drillKey.isEmpty()) {
        fail(tr("Open a drill first."));
        return;
    }
    if (m_session->token().isEmpty()) {
        fail(tr("Sign in again to read the report."));
        return;
    }
    const auto base = normalizeServerUrl(m_session->serverUrl());
    if (!base) {
        fail(failureMessage(LoginFailure::InvalidServerUrl));
        return;
    }
    QUrl url = endpointUrl(*base, QStringLiteral("v1/drills/%1/report").arg(m_drillKey));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), formatName(format));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_session->token().toUtf8());
    // The printable report in the app's language (LanguageController sets the
    // default locale); the server falls back to English for others.
    request.setRawHeader("Accept-Language", QLocale().bcp47Name().toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    m_errorText.clear();
    QNetworkReply* reply = m_network.get(request);
    m_reply = reply;
    // Refused as soon as it is known to be too large, not after reading it all.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > kMaxReportBytes || total > kMaxReportBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, format, folder] {
        reply->deleteLater();
        if (reply == m_reply) finish(reply, format, folder);
    });
    emit stateChanged();
}

QString DrillReportController::errorFor(QNetworkReply* reply, const QByteArray& body) const {
    if (reply->property("tooLarge").toBool())
        return tr("The report is too large to read on this device; read it on a computer.");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) return failureMessage(classifyTransportError(reply->error()));
    switch (status) {
        case 401:
            return tr("Sign in again to read the report.");
        case 403:
            return tr("Only coordinators of this drill's units can read its report.");
        case 404:
            return tr("The server doesn't have this drill yet. Sync, then try again.");
        default: {
            const auto error = parseProtocolError(body);
            return failureMessage(LoginFailure::ServerTrouble, error ? error->message : QString());
        }
    }
}

void DrillReportController::finish(QNetworkReply* reply, Format format, const QString& folder) {
    const QByteArray body = reply->readAll();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(errorFor(reply, body));
        return;
    }
    if (format == Format::view) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject()) {
            fail(failureMessage(LoginFailure::NotMuster));
            return;
        }
        m_report = document.object().toVariantMap();
        emit stateChanged();
        return;
    }
    QString dir = folder;
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir)) dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QSaveFile file(QDir(dir).filePath(
        QStringLiteral("muster-report-%1.%2").arg(m_drillKey.left(8), formatName(format))));
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
        fail(tr("Can't save the report in %1: %2").arg(dir, file.errorString()));
        return;
    }
    m_savedFile = QUrl::fromLocalFile(file.fileName());
    emit stateChanged();
    emit saved(m_savedFile);
}

}  // namespace muster::app
