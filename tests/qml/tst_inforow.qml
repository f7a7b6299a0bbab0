import QtQuick
import QtQuick.Layouts
import QtTest
import Muster

// InfoRow in a SectionCard, as on the settings page, while the text size
// changes with the page up: every value stays inside the card, side by side
// when both fit and stacked below its name otherwise, and no layout warns
// (a GridLayout here once went into a polish loop and kept its old columns,
// pushing the values out of the card).
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: cardComponent
        ColumnLayout {
            width: 358
            x: 16
            property alias card: card
            SectionCard {
                id: card
                Layout.fillWidth: true
                title: "Account"
                InfoRow { objectName: "row0"; Layout.fillWidth: true; name: "Name"; value: "Ada Okafor" }
                InfoRow { objectName: "row1"; Layout.fillWidth: true; name: "Login"; value: "a.okafor" }
                InfoRow { objectName: "row2"; Layout.fillWidth: true; name: "Server"; value: "https://muster.example.org:8443/" }
                InfoRow {
                    objectName: "row3"
                    Layout.fillWidth: true
                    name: "Trusted certificate (SHA-256)"
                    value: "42:B7:43:4C:26:01:A8:65\n4E:F5:88:53:9F:3A:E7:FB\n95:5A:09:A9:25:72:F5:B8\n38:AE:B7:82:E7:30:C3:51"
                }
            }
        }
    }

    TestCase {
        name: "InfoRow"
        when: windowShown

        function init() { failOnWarning(/./) }
        function cleanup() { TextScale.factor = 1 }

        function checkRows(layout, scale) {
            const card = layout.card
            for (let i = 0; i < 4; ++i) {
                const row = findChild(card, "row" + i)
                const name = findChild(row, "infoName")
                const value = findChild(row, "infoValue")
                const what = "row " + i + " at " + scale + "x"
                const v = value.mapToItem(card, 0, 0)
                const n = name.mapToItem(card, 0, 0)
                verify(v.x >= 0 && v.x + value.width <= card.width + 0.5,
                       what + ": the value spans " + v.x + ".." + (v.x + value.width) + " in a card " + card.width + " wide")
                verify(n.x + name.width <= card.width + 0.5, what + ": the name sticks out")
                verify(value.contentWidth <= value.width + 0.5, what + ": the value is wider than its place")
                if (row.sideBySide)
                    verify(n.x + name.width <= v.x, what + ": name and value overlap")
                else
                    verify(v.y >= n.y + name.height - 0.5, what + ": the value is not below its name")
                verify(row.height >= value.y + value.height - 0.5,
                       what + ": the value ends at " + (value.y + value.height) + ", the row at " + row.height)
            }
        }

        function test_valuesStayInTheCardWhileTheTextSizeChanges() {
            const layout = createTemporaryObject(cardComponent, root)
            verify(layout !== null)
            waitForRendering(layout)
            checkRows(layout, 1)
            compare(findChild(layout.card, "row0").sideBySide, true)   // short: side by side
            compare(findChild(layout.card, "row3").sideBySide, false)  // long: stacked
            for (const scale of [2, 1, 2.5, 1.5, 1]) {
                TextScale.factor = scale
                waitForRendering(layout)
                checkRows(layout, scale)
            }
        }
    }
}
