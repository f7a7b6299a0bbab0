#pragma once
/// The user's text size: a multiplier for every font size in `Theme`.

#include <QtQml/qqmlregistration.h>
#include <QObject>

class QJSEngine;
class QQmlEngine;

namespace muster::app {

/// How much larger than the design size text should be drawn. Starts from the
/// platform's accessibility setting (`platformFactor()`), can be forced with
/// `muster --font-scale`. `Theme` multiplies its type scale by `factor`, so
/// a change re-lays out every page live.
///
/// One instance serves the process, like LanguageController: `main()` (or a
/// test) creates it, QML's singleton `TextScale` is that object. GUI thread only.
class TextScale : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal factor READ factor WRITE setFactor NOTIFY factorChanged)

  public:
    static constexpr qreal kMinimum = 0.8;
    static constexpr qreal kMaximum = 3.0;

    /// Deliberately not default-constructible: Qt 6.4 would then build a fresh
    /// QML singleton instead of calling create().
    explicit TextScale(QObject* parent);
    ~TextScale() override;

    [[nodiscard]] static TextScale* instance();
    /// QML singleton factory: `instance()` (C++ keeps ownership) or a new one.
    static TextScale* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    /// The text size the platform asks for: Android's font scale
    /// (Configuration.fontScale), iOS Dynamic Type (the body font over its
    /// default 17 pt); 1 on desktops, where people scale the whole screen instead.
    [[nodiscard]] static qreal platformFactor();

    [[nodiscard]] qreal factor() const { return m_factor; }
    /// Clamped to [kMinimum, kMaximum].
    void setFactor(qreal factor);

  signals:
    void factorChanged();

  private:
    qreal m_factor = 1.0;
};

}  // namespace muster::app
