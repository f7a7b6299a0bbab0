import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// UnlockPage against a stand-in DeviceKeys.
Item {
    id: root
    width: 390
    height: 844

    QtObject {
        id: fakeKeys
        property int minPinLength: 6
        property string errorText: ""
        property int calls: 0
        function unlock(pin) {
            calls += 1
            if (pin === "482916") {
                errorText = ""
                return true
            }
            errorText = "Wrong PIN. Try again."
            return false
        }
    }

    Component {
        id: pageComponent
        UnlockPage { anchors.fill: parent }
    }

    TestCase {
        name: "UnlockPage"
        when: windowShown

        property var page: null

        function init() {
            failOnWarning(/./)
            fakeKeys.errorText = ""
            fakeKeys.calls = 0
            page = createTemporaryObject(pageComponent, root, { keys: fakeKeys })
            verify(page !== null)
            waitForRendering(page)
        }

        function type(text) {
            const f = findChild(page, "pinField")
            f.field.forceActiveFocus()
            f.field.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_unlockIsDisabledUntilAPinIsTyped() {
            const button = findChild(page, "unlockButton")
            verify(!button.enabled)
            type("1")
            verify(button.enabled)
        }

        function test_wrongPinShowsTheErrorAndClearsTheField() {
            const spy = signalSpy.createObject(page, { target: page, signalName: "unlocked" })
            type("111111")
            mouseClick(findChild(page, "unlockButton"))
            tryCompare(fakeKeys, "calls", 1)
            tryVerify(() => findChild(page, "unlockErrorBox").visible)
            compare(findChild(page, "errorLabel").text, "Wrong PIN. Try again.")
            compare(findChild(page, "pinField").text, "")
            compare(spy.count, 0)
        }

        function test_rightPinUnlocks() {
            const spy = signalSpy.createObject(page, { target: page, signalName: "unlocked" })
            type("482916")
            keyClick(Qt.Key_Return)
            tryCompare(spy, "count", 1)
            verify(!findChild(page, "unlockErrorBox").visible)
        }

        function test_forgottenPinAsksBeforeErasing() {
            const spy = signalSpy.createObject(page, { target: page, signalName: "eraseRequested" })
            verify(!findChild(page, "eraseButton").visible)
            mouseClick(findChild(page, "forgotPinButton"))
            waitForRendering(page)
            verify(findChild(page, "eraseExplanation").visible)
            verify(findChild(page, "eraseButton").visible)
            compare(spy.count, 0)
            mouseClick(findChild(page, "keepButton"))  // changed their mind
            verify(!findChild(page, "eraseButton").visible)
            compare(spy.count, 0)
            mouseClick(findChild(page, "forgotPinButton"))
            waitForRendering(page)  // the buttons are laid out before they are clicked
            mouseClick(findChild(page, "eraseButton"))
            compare(spy.count, 1)
        }

        function test_controlsHaveNamesAndSize() {
            compare(findChild(page, "pinField").field.Accessible.name, "PIN")
            verify(findChild(page, "pinField").field.height >= Theme.touchTarget)
            verify(findChild(page, "unlockButton").height >= Theme.touchTarget)
        }

        Component {
            id: signalSpy
            SignalSpy { }
        }
    }
}
