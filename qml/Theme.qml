pragma Singleton
import QtQuick
import Muster

// Colours and sizes for the whole app, in one place. Light, high-contrast
// palette: body text on surfaces is ≥ 12:1 and secondary text ≥ 7:1 so it stays
// readable in direct sunlight. Sizes are in logical pixels (≈ dp on phones).
QtObject {
    // Brand
    readonly property color primary: "#0B4A85"
    readonly property color primaryDark: "#073564"
    readonly property color primaryPressed: "#083B6C"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color textOnPrimaryMuted: "#D5E3F3"

    // Surfaces and text
    readonly property color background: "#EDF1F5"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#F5F7FA"
    readonly property color text: "#0F1419"
    readonly property color textSecondary: "#3C4653"
    readonly property color placeholder: "#6A7482"   // hints inside empty fields (4.6:1 on white)
    readonly property color border: "#B9C2CE"
    readonly property color divider: "#D9DFE6"

    // States
    readonly property color disabledSurface: "#D5DBE3"
    readonly property color disabledText: "#4F5966"   // 5.1:1 on disabledSurface
    readonly property color focusRing: "#FFB000"
    readonly property color error: "#A8201A"
    readonly property color errorSurface: "#FDECEA"
    readonly property color online: "#17692D"
    readonly property color offline: "#4A5563"
    readonly property color exercise: "#FFD400"
    readonly property color textOnExercise: "#000000"

    // Tasks: priority marks and status chips (text colours ≥ 4.5:1 on their chips)
    readonly property color priorityCritical: "#A8201A"
    readonly property color priorityHigh: "#9A4A00"
    readonly property color priorityNormal: "#0B4A85"
    readonly property color priorityLow: "#4A5563"
    readonly property color chipSurface: "#E8EDF3"
    readonly property color statusDone: "#17692D"
    readonly property color statusDoneSurface: "#E3F2E6"
    readonly property color statusBlocked: "#A8201A"
    readonly property color statusBlockedSurface: "#FDECEA"
    readonly property color statusActive: "#0B4A85"
    readonly property color statusActiveSurface: "#E3EEF9"
    readonly property color selection: "#DCE8F5"
    readonly property color barAcknowledged: "#4F7DB3"   // dashboard bar, between open (grey) and in progress (blue)

    // Sizes
    readonly property int touchTarget: 48          // minimum height/width of anything tappable
    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingMedium: 16
    readonly property int spacingLarge: 24
    readonly property int spacingXLarge: 40
    readonly property int radius: 8
    readonly property int radiusLarge: 14
    readonly property int cardMaxWidth: 440        // login card on wide screens
    readonly property int contentMaxWidth: 760     // page content on wide screens
    readonly property int wideBreakpoint: 720      // width from which layouts go "tablet/desktop"
    readonly property int splitBreakpoint: 840     // width from which list and detail sit side by side
    readonly property int listPaneWidth: 420       // the task list beside a detail pane

    // Type scale (pixel sizes at the design text size), grown by the user's
    // text size (TextScale: Android's font scale, iOS Dynamic Type,
    // `muster --font-scale`). Layouts must grow with it, up to 2x and beyond.
    readonly property real fontScale: TextScale.factor
    // Non-linear, as Android 14 does: body text and smaller grow in full,
    // larger text less (at 2x: 14 → 28, 16 → 32, 22 → 38, 30 → 46).
    function scaledFont(px) {
        return Math.round(px * (1 + (fontScale - 1) * Math.min(1, 16 / px)))
    }
    readonly property int fontCaption: scaledFont(14)
    readonly property int fontBody: scaledFont(16)
    readonly property int fontSubtitle: scaledFont(18)
    readonly property int fontTitle: scaledFont(22)
    readonly property int fontHeadline: scaledFont(30)
}
