// The pure parts of signing in: URLs, versions, answers and error mapping.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "loginprotocol.h"

using namespace muster::app;

namespace {

QJsonObject validAnswer() {
    return QJsonObject{
        {QStringLiteral("token"), QStringLiteral("t")},
        {QStringLiteral("expires_at_ms"), 1764086400000.0},
        {QStringLiteral("server_time_ms"), 1764000000000.0},
        {QStringLiteral("member"), QJsonObject{{QStringLiteral("id"), QStringLiteral("m")},
                                               {QStringLiteral("name"), QStringLiteral("Ada")},
                                               {QStringLiteral("role"), QStringLiteral("member")},
                                               {QStringLiteral("unit"), QStringLiteral("u")}}}};
}

/// A valid answer with `key` replaced (or removed, for Undefined).
QByteArray answerWith(const QString& key, const QJsonValue& value) {
    QJsonObject answer = validAnswer();
    if (value.isUndefined())
        answer.remove(key);
    else
        answer.insert(key, value);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

QByteArray answerWithMember(const QString& key, const QJsonValue& value) {
    QJsonObject answer = validAnswer();
    QJsonObject member = answer.value(QStringLiteral("member")).toObject();
    if (value.isUndefined())
        member.remove(key);
    else
        member.insert(key, value);
    answer.insert(QStringLiteral("member"), member);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

}  // namespace

class LoginProtocolTest : public QObject {
    Q_OBJECT

  private slots:
    void normalizesServerAddresses_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << "https://muster.example.org"
                               << "https://muster.example.org/";
        QTest::newRow("no scheme") << "muster.example.org"
                                   << "https://muster.example.org/";
        QTest::newRow("spaces around") << "  http://10.0.0.5:8080 "
                                       << "http://10.0.0.5:8080/";
        QTest::newRow("path") << "https://example.org/muster"
                              << "https://example.org/muster/";
        QTest::newRow("upper scheme") << "HTTPS://example.org/"
                                      << "https://example.org/";
        QTest::newRow("ipv6") << "http://[::1]:9000"
                              << "http://[::1]:9000/";
    }
    void normalizesServerAddresses() {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto url = normalizeServerUrl(typed);
        QVERIFY(url.has_value());
        QCOMPARE(url->toString(), expected);
    }

    void refusesUnusableAddresses_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "";
        QTest::newRow("ftp") << "ftp://example.org";
        QTest::newRow("no host") << "http://";
        QTest::newRow("query") << "https://example.org/?a=1";
        QTest::newRow("fragment") << "https://example.org/#x";
        QTest::newRow("user info") << "https://user:pw@example.org";
        QTest::newRow("inner space") << "https://exa mple.org";
    }
    void refusesUnusableAddresses() {
        QFETCH(QString, typed);
        QVERIFY(!normalizeServerUrl(typed).has_value());
    }

    void joinsEndpointsUnderThePrefix() {
        const QUrl base = *normalizeServerUrl(QStringLiteral("https://example.org/muster"));
        QCOMPARE(endpointUrl(base, QStringLiteral("v1/auth/login")).toString(),
                 QStringLiteral("https://example.org/muster/v1/auth/login"));
        const QUrl root = *normalizeServerUrl(QStringLiteral("http://127.0.0.1:1234"));
        QCOMPARE(endpointUrl(root, QStringLiteral("v1/health")).toString(),
                 QStringLiteral("http://127.0.0.1:1234/v1/health"));
    }

    void comparesMajorVersions() {
        QVERIFY(isCompatibleServerVersion(QStringLiteral("0.1.0"), QStringLiteral("0.1.0")));
        QVERIFY(isCompatibleServerVersion(QStringLiteral("0.4.2-dev"), QStringLiteral("0.1.0")));
        QVERIFY(isCompatibleServerVersion(QStringLiteral("muster-server 1.2.3"),
                                          QStringLiteral("1.0.0")));
        QVERIFY(!isCompatibleServerVersion(QStringLiteral("2.0.0"), QStringLiteral("1.9.0")));
        QVERIFY(!isCompatibleServerVersion(QStringLiteral("banana"), QStringLiteral("0.1.0")));
        QVERIFY(!isCompatibleServerVersion(QString(), QStringLiteral("0.1.0")));
    }

    void readsHealth() {
        QCOMPARE(parseHealthVersion(R"({"status":"ok","version":"0.1.0","server_time_ms":5})"),
                 std::optional<QString>(QStringLiteral("0.1.0")));
        QVERIFY(!parseHealthVersion(R"({"status":"down","version":"0.1.0"})"));
        QVERIFY(!parseHealthVersion(R"({"status":"ok","version":1})"));
        QVERIFY(!parseHealthVersion("<html></html>"));
        QVERIFY(!parseHealthVersion("[]"));
        QVERIFY(!parseHealthVersion(""));
    }

    void theValidAnswerHelperIsValid() {
        QVERIFY(parseLoginAnswer(QJsonDocument(validAnswer()).toJson()).has_value());
    }

    void readsALoginAnswer() {
        const auto answer = parseLoginAnswer(
            R"({"token":"abc","expires_at_ms":1764086400000,"server_time_ms":1764000000001,)"
            R"("member":{"id":"m1","name":"Ada Okafor","role":"evaluator","unit":"u1"}})");
        QVERIFY(answer.has_value());
        QCOMPARE(answer->token, QStringLiteral("abc"));
        QCOMPARE(answer->expiresAtMs, 1764086400000LL);
        QCOMPARE(answer->serverTimeMs, 1764000000001LL);
        QCOMPARE(answer->memberId, QStringLiteral("m1"));
        QCOMPARE(answer->memberName, QStringLiteral("Ada Okafor"));
        QCOMPARE(answer->role, QStringLiteral("evaluator"));
        QCOMPARE(answer->unit, QStringLiteral("u1"));
    }

    void refusesIncompleteLoginAnswers_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("token=abc");
        QTest::newRow("no token") << answerWith(QStringLiteral("token"), QJsonValue::Undefined);
        QTest::newRow("empty token") << answerWith(QStringLiteral("token"), QString());
        QTest::newRow("no member") << answerWith(QStringLiteral("member"), QJsonValue::Undefined);
        QTest::newRow("member not an object")
            << answerWith(QStringLiteral("member"), QStringLiteral("ada"));
        QTest::newRow("string expiry")
            << answerWith(QStringLiteral("expires_at_ms"), QStringLiteral("1"));
        QTest::newRow("fractional time") << answerWith(QStringLiteral("server_time_ms"), 1.5);
        QTest::newRow("no role") << answerWithMember(QStringLiteral("role"), QJsonValue::Undefined);
        QTest::newRow("no member id")
            << answerWithMember(QStringLiteral("id"), QJsonValue::Undefined);
    }
    void refusesIncompleteLoginAnswers() {
        QFETCH(QByteArray, body);
        QVERIFY(!parseLoginAnswer(body).has_value());
    }

    void buildsTheLoginRequest() {
        const QByteArray body =
            loginRequestBody(QStringLiteral("ada"), QStringLiteral("p\"w"),
                             QStringLiteral("tablet-7"), QStringLiteral("0123456789abcdef"));
        QCOMPARE(body,
                 QByteArray(R"({"device":{"name":"tablet-7","replica_id":"0123456789abcdef"},)"
                            "\"login\":\"ada\",\"password\":\"p\\\"w\"}"));
    }

    void mapsHttpFailures() {
        QString message;
        QCOMPARE(classifyHttpFailure(
                     401, R"({"error":{"code":"invalid_credentials","message":"m"}})", message),
                 LoginFailure::WrongCredentials);
        QCOMPARE(classifyHttpFailure(429, "", message), LoginFailure::RateLimited);
        QCOMPARE(classifyHttpFailure(404, "<html/>", message), LoginFailure::NotMuster);
        QCOMPARE(classifyHttpFailure(401, "nope", message), LoginFailure::NotMuster);
        QCOMPARE(classifyHttpFailure(502, "<html/>", message), LoginFailure::ServerTrouble);
        QVERIFY(message.isEmpty());
        QCOMPARE(classifyHttpFailure(
                     400, R"({"error":{"code":"bad_request","message":"Say it again."}})", message),
                 LoginFailure::ServerTrouble);
        QCOMPARE(message, QStringLiteral("Say it again."));
    }

    void mapsTransportFailures() {
        QCOMPARE(classifyTransportError(QNetworkReply::ConnectionRefusedError),
                 LoginFailure::Unreachable);
        QCOMPARE(classifyTransportError(QNetworkReply::HostNotFoundError),
                 LoginFailure::Unreachable);
        QCOMPARE(classifyTransportError(QNetworkReply::TimeoutError), LoginFailure::Unreachable);
        QCOMPARE(classifyTransportError(QNetworkReply::OperationCanceledError),
                 LoginFailure::Unreachable);
        QCOMPARE(classifyTransportError(QNetworkReply::SslHandshakeFailedError),
                 LoginFailure::Untrusted);
        QCOMPARE(classifyTransportError(QNetworkReply::ProtocolFailure), LoginFailure::NotMuster);
    }

    void plainHttpOnlyToThisDevice() {
        const auto insecure = [](const char* text) { return isInsecureRemote(*normalizeServerUrl(QString::fromLatin1(text))); };
        QVERIFY(insecure("http://muster.example.org"));
        QVERIFY(insecure("http://10.0.0.5:8080"));
        QVERIFY(insecure("http://[fe80::1]:8080"));
        QVERIFY(insecure("http://127.example.org"));
        QVERIFY(!insecure("https://muster.example.org"));
        QVERIFY(!insecure("muster.example.org"));  // https:// is assumed
        QVERIFY(!insecure("http://127.0.0.1:8080"));
        QVERIFY(!insecure("http://127.8.9.10"));
        QVERIFY(!insecure("http://[::1]:8080"));
        QVERIFY(!insecure("http://localhost:8080"));
        qputenv("MUSTER_ALLOW_INSECURE_HTTP", "1");
        QVERIFY(!insecure("http://10.0.0.5:8080"));
        qunsetenv("MUSTER_ALLOW_INSECURE_HTTP");
        QVERIFY(insecure("http://10.0.0.5:8080"));
    }

    void everyFailureHasASentence() {
        for (auto failure :
             {LoginFailure::InvalidServerUrl, LoginFailure::MissingCredentials,
              LoginFailure::DataFolder, LoginFailure::Unreachable, LoginFailure::Untrusted,
              LoginFailure::WrongCredentials, LoginFailure::RateLimited, LoginFailure::NotMuster,
              LoginFailure::ServerTrouble, LoginFailure::DeviceWiped, LoginFailure::InsecureServerUrl,
              LoginFailure::UnknownCertificate, LoginFailure::CertificateChanged}) {
            const QString text = failureMessage(failure);
            QVERIFY(!text.isEmpty());
            QVERIFY2(text.endsWith(QLatin1Char('.')) || text.contains(QLatin1String("https://")),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(LoginProtocolTest)
#include "loginprotocol_test.moc"
