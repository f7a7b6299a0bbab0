import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Muster

// The app window: the last account's tasks straight away (offline) when this
// device has one; otherwise sign-in, then the home page.
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

    SessionController {
        id: sessionController
        objectName: "sessionController"
        serverUrl: window.serverUrl
        login: window.login
        dataDir: window.dataDir
        onSignedInChanged: {
            if (signedIn) {
                accountSession.openFromSession(sessionController)
                if (!(stack.currentItem instanceof HomePage))
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
    }

    function signOut() {
        accountSession.forget()
        if (sessionController.signedIn)
            sessionController.signOut()
        stack.replace(null, loginPage)
    }

    Component.onCompleted: {
        if (accountSession.openLastAccount())
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
        LoginPage { controller: sessionController }
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
