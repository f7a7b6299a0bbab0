#include "textscale.h"

#include <algorithm>

#include <QGuiApplication>
#include <QQmlEngine>

#if defined(Q_OS_ANDROID)
#include <QtCore/qcoreapplication_platform.h>
#include <QJniObject>
#endif

namespace muster::app {

namespace {
TextScale* g_instance = nullptr;
}  // namespace

TextScale::TextScale(QObject* parent) : QObject(parent) {
    if (!g_instance) g_instance = this;
    setFactor(platformFactor());
}

TextScale::~TextScale() {
    if (g_instance == this) g_instance = nullptr;
}

TextScale* TextScale::instance() {
    return g_instance;
}

TextScale* TextScale::create(QQmlEngine* /*qmlEngine*/, QJSEngine* /*jsEngine*/) {
    if (g_instance) {
        QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
        return g_instance;
    }
    return new TextScale(nullptr);  // owned by the engine
}

qreal TextScale::platformFactor() {
#if defined(Q_OS_ANDROID)
    // Settings › Display › Font size. Qt's own font sizes on Android do not
    // follow it reliably, so ask the platform.
    const QJniObject context = QNativeInterface::QAndroidApplication::context();
    const QJniObject resources =
        context.callObjectMethod("getResources", "()Landroid/content/res/Resources;");
    const QJniObject configuration =
        resources.isValid() ? resources.callObjectMethod("getConfiguration",
                                                         "()Landroid/content/res/Configuration;")
                            : QJniObject();
    if (configuration.isValid()) return configuration.getField<jfloat>("fontScale");
    return 1.0;
#elif defined(Q_OS_IOS)
    // Qt's iOS system font is the Dynamic Type body style, 17 pt at the default size.
    const qreal points = QGuiApplication::font().pointSizeF();
    return points > 0 ? points / 17.0 : 1.0;
#else
    return 1.0;
#endif
}

void TextScale::setFactor(qreal factor) {
    factor = std::clamp(factor, kMinimum, kMaximum);
    if (qFuzzyCompare(factor, m_factor)) return;
    m_factor = factor;
    emit factorChanged();
}

}  // namespace muster::app
