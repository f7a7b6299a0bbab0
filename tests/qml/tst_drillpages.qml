import QtQuick
import QtQuick.Controls
import QtTest
import Muster

// The drill page's pieces without a store: an inject offers "Release now" and
// "Send follow-up" only when allowed and says its status in words; the
// evaluator's observation sheet saves only with text and a rating and shows
// what each rating means; the timeline shows a rating and a discreet "opened".
Item {
    id: root
    width: 390
    height: 844

    Component {
        id: injectComponent
        InjectDelegate {
            width: 360
            key: "k1"
            inject: 3
            title: "Build a sandbag line at Mill Street"
            unitName: "North team"
            injectState: "hidden"
            countdown: "04:30"
            expectedAction: "Team dispatched"
            canReleaseNow: true
            canFollowUp: false
        }
    }
    Component {
        id: sheetComponent
        ObservationSheet { }
    }
    Component {
        id: logComponent
        Column {
            width: 360
            LogEntryDelegate {
                objectName: "observationEntry"
                index: 0; kind: "observation"; text: "Calm radio check"; at: 1764000000000
                authorName: "Eva Evaluator"; rating: "S"; attachments: []; locationText: ""
            }
            LogEntryDelegate {
                objectName: "openedEntry"
                index: 1; kind: "opened"; text: ""; at: 1764000060000
                authorName: "Alice Field"; rating: ""; attachments: []; locationText: ""; last: true
            }
        }
    }
    Component {
        id: drillsComponent
        DrillsPage { anchors.fill: parent }
    }
    Component {
        id: spyComponent
        SignalSpy { }
    }

    TestCase {
        name: "DrillPages"
        when: windowShown

        function init() { failOnWarning(/./) }

        function test_hiddenInjectCountsDownAndOffersReleaseNow() {
            const d = createTemporaryObject(injectComponent, root)
            waitForRendering(d)
            compare(findChild(d, "injectState").text, "Releases in 04:30")
            const release = findChild(d, "releaseNowButton")
            verify(release.visible)
            verify(!findChild(d, "followUpButton").visible)
            const spy = createTemporaryObject(spyComponent, root, { target: d, signalName: "releaseNowRequested" })
            mouseClick(release)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "k1")
        }

        function test_missedInjectOffersAFollowUp() {
            const d = createTemporaryObject(injectComponent, root,
                                            { injectState: "missed", countdown: "", canReleaseNow: false, canFollowUp: true })
            waitForRendering(d)
            compare(findChild(d, "injectState").text, "Missed")
            verify(!findChild(d, "releaseNowButton").visible)
            const spy = createTemporaryObject(spyComponent, root, { target: d, signalName: "followUpRequested" })
            mouseClick(findChild(d, "followUpButton"))
            compare(spy.count, 1)
        }

        function test_observationNeedsTextAndARatingAndShowsTheMeanings() {
            let saved = []
            const sheet = createTemporaryObject(sheetComponent, root,
                                                { save: function(text, rating) { saved = [text, rating]; return true } })
            sheet.open()
            tryCompare(sheet, "opened", true)
            compare(findChild(sheet.contentItem, "ratingP").text, "P: performed without challenges")
            compare(findChild(sheet.contentItem, "ratingS").text, "S: performed with some challenges")
            compare(findChild(sheet.contentItem, "ratingM").text, "M: performed with major challenges")
            compare(findChild(sheet.contentItem, "ratingU").text, "U: unable to be performed")
            const save = findChild(sheet.contentItem, "observationSaveButton")
            findChild(sheet.contentItem, "observationText").text = "Slow radio check"
            verify(!save.enabled)
            mouseClick(findChild(sheet.contentItem, "ratingM"))
            compare(sheet.rating, "M")
            verify(save.enabled)
            mouseClick(save)
            compare(saved, ["Slow radio check", "M"])
            tryCompare(sheet, "visible", false)
        }

        function test_timelineShowsTheRatingAndOpenedDiscreetly() {
            const column = createTemporaryObject(logComponent, root)
            waitForRendering(column)
            const observation = findChild(column, "observationEntry")
            compare(findChild(observation, "ratingTag").text, "S: performed with some challenges")
            verify(findChild(observation, "ratingTag").visible)
            const opened = findChild(column, "openedEntry")
            verify(!findChild(opened, "ratingTag").visible)
            verify(opened.Accessible.name.startsWith("Opened by Alice Field"))
            verify(opened.height < observation.height)
        }

        function test_drillsPageWithoutCoordinatorExplainsItself() {
            const page = createTemporaryObject(drillsComponent, root)
            waitForRendering(page)
            verify(!page.drill.available)
            verify(!page.drill.exists)
        }
    }
}
