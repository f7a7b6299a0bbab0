import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Muster

// The app window: the last account's tasks straight away (offline) when this
// device has one; otherwise sign-in, then the home page. Where a PIN protects
// the device's data (no platform keystore), the unlock page comes first.
ApplicationWindow {
    id: window

    // Set by main.cpp from the command line (setInitialProperties).
    property string serverUrl: ""
    property string login: ""
    property string dataDir: ""

    width: 1024
    height: 720
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    //: Window title, the app's name: keep it unless it is written differently in your script.
    title: qsTr("Muster")
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.foreground: Theme.text
    Material.background: Theme.surface

    DeviceKeys {
        id: deviceKeys
        objectName: "deviceKeys"
        dataDir: window.dataDir
    }

    SessionController {
        id: sessionController
        objectName: "sessionController"
        serverUrl: window.serverUrl
        login: window.login
        dataDir: window.dataDir
        keys: deviceKeys
        onDeviceWiped: accountSession.eraseWipedAccount(sessionController)
        onSignedInChanged: {
            if (signedIn) {
                accountSession.clearWipeNotice()
                // Not opened: the sign-in page says why (its notice) instead of an empty home page.
                if (accountSession.openFromSession(sessionController) && !(stack.currentItem instanceof HomePage))
                    stack.replace(null, homePage)
            } else {
                window.signOut()
            }
        }
    }

    AccountSession {
        id: accountSession
        objectName: "accountSession"
        dataDir: window.dataDir
        keys: deviceKeys
        // A remote wipe erased the data: back to sign-in, saying why.
        onWiped: {
            if (sessionController.signedIn)
                sessionController.signOut()
            stack.replace(null, loginPage)
        }
    }

    function openData() {
        if (accountSession.openLastAccount())
            stack.replace(null, homePage)
        else
            stack.replace(null, loginPage)
    }

    function signOut() {
        accountSession.forget()
        if (sessionController.signedIn)
            sessionController.signOut()
        stack.replace(null, loginPage)
    }

    Component.onCompleted: {
        if (deviceKeys.locked)
            stack.replace(null, unlockPage)
        else if (accountSession.openLastAccount())
            stack.replace(null, homePage)
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: loginPage
    }

    Component {
        id: loginPage
        LoginPage {
            controller: sessionController
            keys: deviceKeys
            // A remote wipe's notice, or why the account's data would not open
            // (a key that does not fit, data from a newer app): not a blank page.
            notice: accountSession.wipeNotice !== "" ? accountSession.wipeNotice : accountSession.errorText
        }
    }

    Component {
        id: unlockPage
        UnlockPage {
            objectName: "unlockPage"
            keys: deviceKeys
            onUnlocked: window.openData()
            onEraseRequested: {
                accountSession.eraseDeviceData()
                stack.replace(null, loginPage)
            }
        }
    }

    Component {
        id: homePage
        HomePage {
            objectName: "homePage"
            controller: sessionController
            session: accountSession
            onSignOutRequested: window.signOut()
        }
    }
}
