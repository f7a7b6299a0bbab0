import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// LoginPage against a stand-in controller (and once against the real
// SessionController pointed at a closed port).
Item {
    id: root
    width: 390
    height: 844

    QtObject {
        id: fakeController
        property string serverUrl: "https://muster.example.org"
        property string login: ""
        property bool busy: false
        property string errorText: ""
        property int signInCalls: 0
        property string lastPassword: ""
        property string offeredFingerprint: ""
        property string offeredFingerprintLines: ""
        property bool offeredCertificateChanged: false
        property int trustCalls: 0
        function signIn(password) {
            signInCalls += 1
            lastPassword = password
        }
        function trustOfferedCertificate(password) {
            trustCalls += 1
            lastPassword = password
        }
    }

    // A stand-in DeviceKeys with no keystore and no PIN yet.
    QtObject {
        id: fakeKeys
        property bool pinNeeded: true
        property int minPinLength: 6
        property string errorText: ""
        property var chosen: []
        function choosePin(pin, repeat) {
            chosen = [pin, repeat]
            if (pin !== repeat) {
                errorText = "The two PINs are not the same. Type the same PIN twice."
                return false
            }
            pinNeeded = false
            return true
        }
    }

    Component {
        id: pageComponent
        LoginPage { anchors.fill: parent }
    }

    Component {
        id: realController
        SessionController { }
    }

    TestCase {
        name: "LoginPage"
        when: windowShown

        property var page: null

        function init() {
            failOnWarning(/./)  // a TypeError or binding loop in a page is a failure
            fakeController.serverUrl = "https://muster.example.org"
            fakeController.login = ""
            fakeController.busy = false
            fakeController.errorText = ""
            fakeController.signInCalls = 0
            fakeController.lastPassword = ""
            fakeController.offeredFingerprint = ""
            fakeController.offeredFingerprintLines = ""
            fakeController.offeredCertificateChanged = false
            fakeController.trustCalls = 0
            page = createTemporaryObject(pageComponent, root, { controller: fakeController })
            verify(page !== null)
            waitForRendering(page)
        }

        function field(name) {
            const f = findChild(page, name)
            verify(f !== null, name + " exists")
            return f
        }

        function type(formField, text) {
            formField.field.forceActiveFocus()
            formField.field.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_signInIsDisabledUntilLoginAndPasswordAreFilled() {
            const button = findChild(page, "signInButton")
            verify(!button.enabled)
            type(field("loginField"), "ada")
            verify(!button.enabled)
            type(field("passwordField"), "secret")
            verify(button.enabled)
            field("loginField").field.clear()
            verify(!button.enabled)
        }

        function test_typingUpdatesTheController() {
            type(field("loginField"), "ada")
            compare(fakeController.login, "ada")
            type(field("serverField"), "https://m.example.org")
            compare(fakeController.serverUrl, "https://m.example.org")
        }

        function test_prefilledValuesAreShown() {
            fakeController.login = "j.okafor"
            compare(field("loginField").text, "j.okafor")
            compare(field("serverField").text, "https://muster.example.org")
        }

        function test_pressingSignInCallsTheController() {
            type(field("loginField"), "ada")
            type(field("passwordField"), "secret")
            mouseClick(findChild(page, "signInButton"))
            compare(fakeController.signInCalls, 1)
            compare(fakeController.lastPassword, "secret")
        }

        function test_enterInThePasswordFieldSignsIn() {
            type(field("loginField"), "ada")
            type(field("passwordField"), "secret")
            keyClick(Qt.Key_Return)
            compare(fakeController.signInCalls, 1)
        }

        function test_buttonIsDisabledWhileBusy() {
            type(field("loginField"), "ada")
            type(field("passwordField"), "secret")
            fakeController.busy = true
            const button = findChild(page, "signInButton")
            verify(!button.enabled)
            compare(button.text, "Signing in…")
            mouseClick(button)
            compare(fakeController.signInCalls, 0)
        }

        function test_anOfferedCertificateShowsItsFingerprintToCompareAndTrust() {
            const card = findChild(page, "certificateCard")
            verify(!card.visible)
            const fingerprint = "4A:6D:61:81:1A:77:91:B2:8F:E9:B1:2D:F5:E7:E6:BC:6B:B0:CF:67:A1:9B:C8:77:4E:FF:55:F7:F6:66:34:C1"
            const lines = "4A:6D:61:81:1A:77:91:B2\n8F:E9:B1:2D:F5:E7:E6:BC\n6B:B0:CF:67:A1:9B:C8:77\n4E:FF:55:F7:F6:66:34:C1"
            fakeController.offeredFingerprint = fingerprint
            fakeController.offeredFingerprintLines = lines
            verify(card.visible)
            const shown = findChild(page, "certificateFingerprint")
            compare(shown.text, lines)
            verify(shown.Accessible.name.indexOf(fingerprint) >= 0)
            const trust = findChild(page, "trustCertificateButton")
            compare(trust.text, "Trust this certificate and sign in")
            verify(!trust.enabled)  // the password first
            type(field("loginField"), "ada")
            type(field("passwordField"), "secret")
            verify(trust.enabled)
            // The card has just appeared: its layout is settled on the next frame, and a
            // click before that lands where the button was (seen under load).
            waitForRendering(page)
            const at = trust.mapToItem(root, trust.width / 2, trust.height / 2)
            verify(at.y > 0 && at.y < root.height, "the trust button is out of view at y " + at.y)
            mouseClick(trust)
            compare(fakeController.trustCalls, 1)
            compare(fakeController.signInCalls, 0)
            compare(fakeController.lastPassword, "secret")
            fakeController.offeredCertificateChanged = true
            compare(trust.text, "Trust the new certificate and sign in")
            fakeController.offeredFingerprint = ""
            verify(!card.visible)
        }

        function test_errorTextIsShown() {
            const box = findChild(page, "errorBox")
            verify(!box.visible)
            fakeController.errorText = "Wrong login or password."
            verify(box.visible)
            compare(findChild(page, "errorLabel").text, "Wrong login or password.")
            compare(box.Accessible.name, "Wrong login or password.")
        }

        function test_everyFieldHasAnAccessibleName() {
            compare(field("loginField").field.Accessible.name, "Login")
            compare(field("passwordField").field.Accessible.name, "Password")
            compare(field("serverField").field.Accessible.name, "Server")
            compare(findChild(page, "signInButton").Accessible.name, "Sign in")
        }

        function withKeys(properties) {
            fakeKeys.pinNeeded = true
            fakeKeys.errorText = ""
            fakeKeys.chosen = []
            page.visible = false
            const keyed = pageComponent.createObject(root, Object.assign({ controller: fakeController, keys: fakeKeys },
                                                                         properties || {}))
            waitForRendering(keyed)
            return keyed
        }

        function test_noPinFieldsWithoutKeysOrWithAKeystore() {
            verify(!field("newPinField").visible)
            verify(!field("repeatPinField").visible)
            verify(!findChild(page, "noticeBox").visible)
        }

        function test_firstSignInWithoutAKeystoreAsksForANewPin() {
            const keyed = withKeys()
            try {
                page = keyed
                verify(field("newPinField").visible)
                verify(field("repeatPinField").visible)
                verify(findChild(keyed, "pinExplanation").text.indexOf("at least 6 digits") >= 0)
                type(field("loginField"), "ada")
                type(field("passwordField"), "secret")
                const button = findChild(keyed, "signInButton")
                verify(!button.enabled)  // the PIN twice first
                type(field("newPinField"), "123456")
                type(field("repeatPinField"), "123465")
                verify(button.enabled)
                mouseClick(button)
                compare(fakeKeys.chosen, ["123456", "123465"])
                compare(fakeController.signInCalls, 0)  // no sign-in with a PIN mistyped
                verify(findChild(keyed, "pinErrorBox").visible)
                compare(findChild(keyed, "pinErrorLabel").text, "The two PINs are not the same. Type the same PIN twice.")
                type(field("repeatPinField"), "123456")
                mouseClick(button)
                compare(fakeController.signInCalls, 1)
                compare(fakeController.lastPassword, "secret")
                verify(!field("newPinField").visible)  // chosen
            } finally {
                keyed.destroy()
                wait(0)
            }
        }

        function test_wipeNoticeIsShown() {
            const keyed = withKeys({ notice: "An administrator erased Muster's data on this device (reason: lost)." })
            try {
                verify(findChild(keyed, "noticeBox").visible)
                compare(findChild(keyed, "noticeLabel").text,
                        "An administrator erased Muster's data on this device (reason: lost).")
            } finally {
                keyed.destroy()
                wait(0)
            }
        }

        function test_touchTargetsAreLargeEnough() {
            verify(field("loginField").field.height >= Theme.touchTarget)
            verify(findChild(page, "signInButton").height >= Theme.touchTarget)
        }

        function test_wideLayoutKeepsTheFormNarrow() {
            root.width = 1280
            root.height = 800
            waitForRendering(page)
            const login = field("loginField")
            verify(page.wide)
            verify(login.width <= Theme.cardMaxWidth, "form width " + login.width)
            root.width = 390
            root.height = 844
            waitForRendering(page)
            verify(!page.wide)
            verify(login.width > 300)
        }

        // Runs `check(page, controller)` on a LoginPage wired to a real
        // SessionController; the page goes before the controller it reads.
        function withRealController(properties, check) {
            const controller = realController.createObject(root, properties)
            const realPage = pageComponent.createObject(root, { controller: controller })
            page.visible = false
            try {
                waitForRendering(realPage)
                check(realPage, controller)
            } finally {
                realPage.destroy()
                controller.destroy()
                wait(0)
            }
        }

        function test_realControllerShowsTheUnreachableError() {
            // Port 1 on loopback: nothing listens there in a test environment.
            withRealController({ serverUrl: "http://127.0.0.1:1", login: "ada" }, (realPage, controller) => {
                const pw = findChild(realPage, "passwordField")
                pw.field.forceActiveFocus()
                keyClick("x")
                mouseClick(findChild(realPage, "signInButton"))
                tryCompare(controller, "busy", false, 10000)
                tryVerify(() => findChild(realPage, "errorBox").visible, 10000)
                compare(findChild(realPage, "errorLabel").text,
                        "Can't reach the server. Check the address and your connection.")
            })
        }

        function test_realControllerValidatesTheAddress() {
            withRealController({ serverUrl: "", login: "ada" }, (realPage, controller) => {
                const pw = findChild(realPage, "passwordField")
                pw.field.forceActiveFocus()
                keyClick("x")
                mouseClick(findChild(realPage, "signInButton"))
                verify(!controller.busy)
                verify(findChild(realPage, "errorLabel").text.startsWith("Enter the server address"))
            })
        }
    }
}
