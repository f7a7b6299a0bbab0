import QtQuick
import QtQuick.Controls
import Muster

// A dialog's title (`header: SheetTitle { text: dialog.title }`): in the app's
// type scale, so it grows with the text size; aligned with the dialog's body;
// on the dialog's own rounded background (Material's header draws a square band).
Label {
    visible: text !== ""
    padding: Theme.spacingMedium
    bottomPadding: Theme.spacingSmall
    font.pixelSize: Theme.fontSubtitle
    font.bold: true
    color: Theme.text
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
