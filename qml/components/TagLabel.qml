import QtQuick
import QtQuick.Controls
import Muster

// A small rounded tag: a priority, a status, "Overdue", "New", "EXERCISE".
Label {
    id: root

    property color fill: Theme.chipSurface
    property color ink: Theme.text
    property color outline: "transparent"

    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: Theme.fontCaption
    font.bold: true
    color: ink
    elide: Text.ElideRight
    background: Rectangle {
        radius: height / 2
        color: root.fill
        border.color: root.outline
        border.width: root.outline === "transparent" ? 0 : 1
    }
    Accessible.ignored: true
}
