// Theme colours meet WCAG 2.1 AA, read from the real qml/Theme.qml through the
// QML engine: body text ≥ 4.5:1 on every surface it is drawn on, non-text
// indicators ≥ 3:1. Every colour in Theme must be in a checked pair or named
// decorative here, so a new colour can't slip in unchecked.
#include <cmath>
#include <memory>

#include <QColor>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSet>
#include <QTest>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

namespace {

struct Pair {
    const char* foreground;
    const char* background;
    double minimum;
    const char* where;
};

constexpr double kText = 4.5;     // WCAG 1.4.3, normal-size text
constexpr double kNonText = 3.0;  // WCAG 1.4.11, focus rings and state dots

// What is drawn on what (see qml/pages and qml/components).
constexpr Pair kPairs[] = {
    {"text", "background", kText, "page text on the page background"},
    {"text", "surface", kText, "text on cards and fields"},
    {"text", "surfaceMuted", kText, "text on muted surfaces"},
    {"textSecondary", "background", kText, "secondary text on the page background"},
    {"textSecondary", "surface", kText, "hints, captions on cards"},
    {"textSecondary", "surfaceMuted", kText, "captions on muted surfaces"},
    {"placeholder", "surface", kText, "placeholder in an empty field"},
    {"disabledText", "disabledSurface", kText, "label of a disabled button"},
    {"textOnPrimary", "primary", kText, "button label, header title"},
    {"textOnPrimary", "primaryDark", kText, "focused button label"},
    {"textOnPrimary", "primaryPressed", kText, "pressed button label"},
    {"textOnPrimaryMuted", "primary", kText, "tagline on the brand band"},
    {"primary", "textOnPrimary", kText, "brand mark letter on white"},
    {"error", "errorSurface", kText, "inline error message"},
    {"textOnPrimary", "error", kText, "error badge '!'"},
    {"online", "surface", kText, "'Online' in the sync bar"},
    {"offline", "surface", kText, "'Offline' in the sync bar"},
    {"textOnExercise", "exercise", kText, "EXERCISE banner"},
    {"focusRing", "primary", kNonText, "focus ring around the primary button"},
    {"priorityCritical", "surface", kText, "'Critical' tag and priority bar on a task card"},
    {"priorityHigh", "surface", kText, "'High' tag on a task card"},
    {"priorityNormal", "surface", kText, "'Normal' tag on a task card"},
    {"priorityLow", "surface", kText, "'Low' tag on a task card"},
    {"priorityHigh", "background", kText, "'High' tag on the detail page"},
    {"text", "chipSurface", kText, "'Open' status chip"},
    {"statusDone", "statusDoneSurface", kText, "'Done' status chip"},
    {"statusBlocked", "statusBlockedSurface", kText, "'Blocked' status chip"},
    {"statusActive", "statusActiveSurface", kText, "'In progress' / 'Acknowledged' chip"},
    {"text", "selection", kText, "the selected task in the list"},
    {"textSecondary", "selection", kText, "captions of the selected task"},
    {"priorityLow", "surfaceMuted", kNonText, "dashboard bar: open"},
    {"barAcknowledged", "surfaceMuted", kNonText, "dashboard bar: acknowledged"},
    {"statusActive", "surfaceMuted", kNonText, "dashboard bar: in progress"},
    {"priorityHigh", "surfaceMuted", kNonText, "dashboard bar: blocked"},
    {"statusDone", "surfaceMuted", kNonText, "dashboard bar: done"},
    {"error", "surfaceMuted", kNonText, "dashboard bar: overdue"},
};

// Lines and fills that carry no information on their own.
const QSet<QString> kDecorative = {QStringLiteral("border"), QStringLiteral("divider")};

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

class ThemeContrastTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&m_engine);
        component.setData(
            "import QtQuick\nimport Muster\nQtObject { readonly property QtObject theme: Theme }",
            QUrl(QStringLiteral("qrc:/probe/ThemeProbe.qml")));
        m_probe.reset(component.create());
        QVERIFY2(m_probe, qPrintable(component.errorString()));
        m_theme = m_probe->property("theme").value<QObject*>();
        QVERIFY(m_theme);
    }

    void formulaMatchesWcagExamples() {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(QColor("#767676"), Qt::white) * 100), 454);  // the AA grey
    }

    void textAndBackgroundPairsMeetAA_data() {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("minimum");
        for (const Pair& pair : kPairs) {
            QTest::newRow(
                qPrintable(QStringLiteral("%1 on %2").arg(pair.foreground, pair.background)))
                << QString::fromLatin1(pair.foreground) << QString::fromLatin1(pair.background)
                << pair.minimum;
        }
    }
    void textAndBackgroundPairsMeetAA() {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, minimum);
        const QColor fg = colour(foreground);
        const QColor bg = colour(background);
        QVERIFY2(fg.isValid() && bg.isValid(), "Theme lacks one of the colours");
        QCOMPARE(fg.alpha(), 255);
        QCOMPARE(bg.alpha(), 255);
        const double ratio = contrast(fg, bg);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 %2 on %3 %4: %5:1, needs %6:1")
                                                  .arg(foreground, fg.name(), background, bg.name())
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(minimum)));
    }

    void everyThemeColourIsChecked() {
        QSet<QString> checked = kDecorative;
        for (const Pair& pair : kPairs) {
            checked.insert(QString::fromLatin1(pair.foreground));
            checked.insert(QString::fromLatin1(pair.background));
        }
        QStringList unchecked;
        const QMetaObject* meta = m_theme->metaObject();
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.metaType() == QMetaType::fromType<QColor>() &&
                !checked.contains(QString::fromLatin1(property.name())))
                unchecked << QString::fromLatin1(property.name());
        }
        QVERIFY2(unchecked.isEmpty(),
                 qPrintable(QStringLiteral("add these Theme colours to a pair (or kDecorative): %1")
                                .arg(unchecked.join(QStringLiteral(", ")))));
        QVERIFY(checked.size() > 15);
    }

    void touchTargetIsAtLeast48() { QVERIFY(m_theme->property("touchTarget").toInt() >= 48); }

  private:
    QColor colour(const QString& name) const {
        return m_theme->property(qPrintable(name)).value<QColor>();
    }

    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_probe;
    QObject* m_theme = nullptr;
};

QTEST_MAIN(ThemeContrastTest)
#include "theme_contrast_test.moc"
