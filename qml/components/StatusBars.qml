import QtQuick
import QtQuick.Controls
import Muster

// Tasks by status as horizontal bars, plus an "Overdue" bar: the name, a bar
// scaled to the largest count, and the count. `counts` is [{status, count}].
// Plain positioning, not a layout: the name column's width comes from the
// widest name (at most 45 % of the width), so nothing depends on itself.
Column {
    id: root

    property var counts: []
    property int maxCount: 0
    property int overdue: 0

    readonly property var rows: counts.concat([{ status: "overdue", count: overdue }])
    readonly property real nameWidth: {
        let widest = 0
        for (const row of rows)
            widest = Math.max(widest, nameMetrics.advanceWidth(name(row.status)))
        return Math.min(Math.ceil(widest) + 1, width * 0.45)
    }
    readonly property real countWidth: Math.ceil(nameMetrics.advanceWidth("000"))

    function barColor(status) {
        switch (status) {
        case "acknowledged": return Theme.barAcknowledged
        case "in_progress": return Theme.statusActive
        case "blocked": return Theme.priorityHigh
        case "done": return Theme.statusDone
        case "cancelled": return Theme.border
        case "overdue": return Theme.error
        default: return Theme.priorityLow
        }
    }
    function name(status) {
        return status === "overdue" ? qsTr("Overdue") : TaskText.status(status)
    }

    spacing: Theme.spacingSmall

    FontMetrics {
        id: nameMetrics
        font.pixelSize: Theme.fontCaption
        font.bold: true
    }

    Repeater {
        model: root.rows
        delegate: Item {
            id: row
            required property var modelData
            readonly property bool isOverdue: modelData.status === "overdue"
            width: root.width
            height: Math.max(nameLabel.implicitHeight, bar.height)
            Accessible.role: Accessible.StaticText
            //: Screen-reader text of one dashboard bar: %1 the status, %2 the number of tasks.
            Accessible.name: qsTr("%1: %2").arg(nameLabel.text).arg(modelData.count)

            Label {
                id: nameLabel
                width: root.nameWidth
                anchors.verticalCenter: parent.verticalCenter
                text: root.name(row.modelData.status)
                font.pixelSize: Theme.fontCaption
                font.bold: row.isOverdue
                color: row.isOverdue ? Theme.error : Theme.text
                elide: Text.ElideRight
                Accessible.ignored: true
            }
            Rectangle {
                id: bar
                objectName: "bar_" + row.modelData.status
                x: root.nameWidth + Theme.spacing
                width: Math.max(0, root.width - x - Theme.spacing - root.countWidth)
                height: Math.max(14, Theme.fontCaption)
                anchors.verticalCenter: parent.verticalCenter
                radius: 3
                color: Theme.surfaceMuted
                border.color: Theme.divider
                Rectangle {
                    objectName: "fill"
                    width: root.maxCount > 0 ? Math.max(row.modelData.count > 0 ? 4 : 0,
                                                        parent.width * Math.min(1, row.modelData.count / root.maxCount)) : 0
                    height: parent.height
                    radius: 3
                    color: root.barColor(row.modelData.status)
                }
            }
            Label {
                width: root.countWidth
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignRight
                text: row.modelData.count
                font.pixelSize: Theme.fontCaption
                font.bold: true
                color: row.isOverdue && row.modelData.count > 0 ? Theme.error : Theme.text
                Accessible.ignored: true
            }
        }
    }
}
