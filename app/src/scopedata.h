#pragma once
/// The unit tree as this device holds it: a coordinator's scope (their unit's
/// subtree), unit and member lists for pickers. Reads through `muster::Store`
/// only (no SQL, no Qt object), like taskdata.h.

#include <vector>

#include <QSet>
#include <QString>

namespace muster {
class Store;
}

namespace muster::app {

/// One unit in a picker: depth 0 is the scope's root.
struct UnitEntry {
    QString key;
    QString name;
    QString parent;
    int depth = 0;
};

/// One member in a picker.
struct MemberEntry {
    QString key;
    QString name;
    QString unit;
    QString role;
};

/// Every unit the store holds, parents before children, siblings by name.
[[nodiscard]] std::vector<UnitEntry> unitTree(Store& store);

/// `root` and every unit below it that the store holds. An empty `root`
/// (an admin without a unit) is every unit.
[[nodiscard]] QSet<QString> unitSubtree(Store& store, const QString& root);

/// The units a role may write tasks for: a coordinator's (or admin's) unit
/// subtree, in tree order; an admin with no unit sees every unit. Others: none.
[[nodiscard]] std::vector<UnitEntry> writableUnits(Store& store, const QString& role, const QString& ownUnit);

/// Members of `unit`, by name.
[[nodiscard]] std::vector<MemberEntry> unitMembers(Store& store, const QString& unit);

/// Coordinators and admins run the coordinator screens.
[[nodiscard]] bool isCoordinatorRole(const QString& role);

}  // namespace muster::app

namespace muster::app {

struct TaskRow;

/// What a dashboard looks at: the tasks of a unit subtree (within the signed-in
/// coordinator's own subtree), optionally of one drill.
struct DashboardScope {
    QSet<QString> units;  ///< the units in view
    QString drillKey;     ///< "" = every task (real and exercise)

    /// The scope of `unitKey` ("" = the coordinator's whole scope, `ownUnit`'s
    /// subtree; a unit outside it gives an empty scope) and `drillKey`.
    [[nodiscard]] static DashboardScope make(Store& store, const QString& ownUnit, const QString& unitKey,
                                             const QString& drillKey);
    [[nodiscard]] bool accepts(const TaskRow& row) const;
};

}  // namespace muster::app
