import QtQuick
import Muster

// The small EXERCISE mark on drill data in lists, cards and sheets, beside
// its title (a whole screen of drill data carries ExerciseBanner instead).
TagLabel {
    //: The mark on drill tasks; keep it short and in capitals where the script has them.
    text: qsTr("EXERCISE")
    fill: Theme.exercise
    ink: Theme.textOnExercise
}
