// Qt Quick Test runner for tests/qml/tst_*.qml: Material style and the static
// "Muster" QML module, as in the app; a fixed position source.
#include <memory>

#include <QCameraDevice>
#include <QMediaDevices>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

#include "coordinatortestsupport.h"
#include "fixedpositionsource.h"
#include "logdraft.h"
#include "muster/clock.hpp"

Q_IMPORT_QML_PLUGIN(MusterPlugin)

/// For QML tests of pages over real data: an open account (offline) over the
/// sample data — a flood drill running for 40 minutes — as `TestAccount` in
/// the `MusterTest` module. `open(role)` opens it; `session` is then set.
class TestAccount : public QObject {
    Q_OBJECT
    Q_PROPERTY(muster::app::AccountSession* session READ session NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap keys READ keys NOTIFY sessionChanged)

  public:
    using QObject::QObject;
    [[nodiscard]] muster::app::AccountSession* session() const {
        return m_account ? m_account->session.get() : nullptr;
    }
    [[nodiscard]] QVariantMap keys() const {
        if (!m_account) return {};
        const auto& k = m_account->keys;
        return {{QStringLiteral("drill"), QString::fromStdString(k.drill)},
                {QStringLiteral("gauges"), QString::fromStdString(k.gauges)},
                {QStringLiteral("sandbags"), QString::fromStdString(k.sandbags)},
                {QStringLiteral("generator"), QString::fromStdString(k.generator)},
                {QStringLiteral("unit"), QString::fromStdString(k.unit)}};
    }
    Q_INVOKABLE bool open(const QString& role = QStringLiteral("coordinator")) {
        m_account = std::make_unique<muster::test::CoordinatorAccount>();
        const bool ok = m_account->open(nullptr, role);
        emit sessionChanged();
        return ok;
    }
    /// Sets `fields` (a JSON object) on task `key` as a local write.
    Q_INVOKABLE bool setTask(const QString& key, const QVariantMap& fields) {
        return set(muster::EntityType::task, key, fields);
    }
    /// Sets `fields` on drill `key` as a local write.
    Q_INVOKABLE bool setDrill(const QString& key, const QVariantMap& fields) {
        return set(muster::EntityType::drill, key, fields);
    }

  signals:
    void sessionChanged();

  private:
    bool set(muster::EntityType type, const QString& key, const QVariantMap& fields) {
        if (!session()) return false;
        // Numbers from QML are doubles: whole ones go as integers (times, offsets).
        nlohmann::json json = nlohmann::json::object();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QVariant& v = it.value();
            const std::string name = it.key().toStdString();
            if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
                json[name] = static_cast<std::int64_t>(v.toDouble());
            } else if (v.typeId() == QMetaType::Bool) {
                json[name] = v.toBool();
            } else {
                json[name] = v.toString().toStdString();
            }
        }
        return static_cast<bool>(
            session()->write({muster::LocalWrite{muster::OpKind::set, type, key.toStdString(), json}}));
    }

    std::unique_ptr<muster::test::CoordinatorAccount> m_account;
};

class Setup : public QObject {
    Q_OBJECT

  public slots:
    void applicationAvailable() {
        // A SessionController without a data dir writes under AppDataLocation:
        // keep that out of the real user profile.
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // "Attach my location" answers with a fixed position (no GPS here).
        muster::app::LogDraft::setPositionSourceFactory(
            [](QObject* parent) { return new muster::test::FixedPositionSource(52.52, 13.405, 12, parent); });
        // Qt Multimedia warns once per process where no sound server runs
        // (test machines); let it do so here, not inside a test that fails
        // on warnings.
        const QMediaDevices devices;
        (void)QMediaDevices::videoInputs();
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/"));
        qmlRegisterType<TestAccount>("MusterTest", 1, 0, "TestAccount");
    }
};

QUICK_TEST_MAIN_WITH_SETUP(muster_qml, Setup)
#include "qmltest_main.moc"
