#pragma once
/// The base of the list models that show log entries (the task's action log,
/// the coordinator's activity feed).

#include <algorithm>

#include <QAbstractListModel>
#include <QString>

namespace muster::app {

class LogListModel : public QAbstractListModel {
  protected:
    using QAbstractListModel::QAbstractListModel;

    /// For a touched log entry `key`: whether `rows` (each with a `key`)
    /// already holds it, so there is nothing to add. A held one whose entry
    /// the store no longer has (`gone`) is removed: log entries never change,
    /// and leave the store only when the server refused them (they are then
    /// listed with the refused changes, and must not look logged here).
    template <class Rows>
    bool settleHeld(Rows& rows, const QString& key, bool gone) {
        const auto held = std::find_if(rows.begin(), rows.end(), [&](const auto& row) { return row.key == key; });
        if (held == rows.end()) return false;
        if (gone) {
            const int pos = static_cast<int>(held - rows.begin());
            beginRemoveRows({}, pos, pos);
            rows.erase(held);
            endRemoveRows();
        }
        return true;
    }
};

}  // namespace muster::app
