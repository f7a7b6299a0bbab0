import QtQuick
import QtQuick.Layouts
import Muster

// The rows of a list in a SectionCard (or any Quick Layout that it fills):
// `model` and one delegate, each row as wide as the layout.
//
// Not a Repeater straight in the layout: on Qt 6.4 a layout that is hidden
// while its Repeater's model changes keeps the freed delegates, and a resize
// in the same frame it is shown again reads them (SIGSEGV in
// QGridLayoutItem::stretchFactor). Here the rows are children of a Column,
// which keeps no such list. tst_hiddenlists.qml makes that sequence, and
// the one under `rowWidth`.
Column {
    id: root

    property alias model: repeater.model
    default property alias delegate: repeater.delegate
    readonly property alias count: repeater.count
    /// The rows' width: the layout's, not this Column's own. The Column's
    /// width would follow its rows' widths, and when a hidden page is shown
    /// with its first rows in one turn it stayed 0: the rows unwrapped, one on
    /// top of the other.
    property real rowWidth: parent ? parent.width : 0

    Layout.fillWidth: true
    visible: count > 0  // no empty slot in the card's spacing
    spacing: Theme.spacing

    Repeater {
        id: repeater
        onItemAdded: (index, item) => item.width = Qt.binding(() => root.rowWidth)
    }
}
