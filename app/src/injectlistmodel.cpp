#include "injectlistmodel.h"

#include <algorithm>

namespace muster::app {

InjectListModel::InjectListModel(QObject* parent) : QAbstractListModel(parent) {}

void InjectListModel::setRows(std::vector<Row> rows) {
    const bool sameKeys = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                     [](const Row& a, const Row& b) { return a.task.key == b.task.key; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit countChanged();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i]) continue;
        m_rows[i] = std::move(rows[i]);
        const QModelIndex at = index(static_cast<int>(i));
        emit dataChanged(at, at);
    }
}

int InjectListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant InjectListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case KeyRole: return row.task.key;
        case InjectRole: return row.task.inject;
        case TitleRole: return row.task.title;
        case UnitNameRole: return row.task.unitName;
        case StatusRole: return row.task.status;
        case InjectStateRole: return row.state;
        case ReleaseOffsetRole: return static_cast<double>(row.task.releaseOffsetMs);
        case CountdownRole: return row.countdown;
        case ExpectedActionRole: return row.task.expectedAction;
        case CanReleaseNowRole: return row.canReleaseNow;
        case CanFollowUpRole: return row.canFollowUp;
        default: return {};
    }
}

QHash<int, QByteArray> InjectListModel::roleNames() const {
    return {{KeyRole, "key"},
            {InjectRole, "inject"},
            {TitleRole, "title"},
            {UnitNameRole, "unitName"},
            {StatusRole, "status"},
            {InjectStateRole, "injectState"},
            {ReleaseOffsetRole, "releaseOffsetMs"},
            {CountdownRole, "countdown"},
            {ExpectedActionRole, "expectedAction"},
            {CanReleaseNowRole, "canReleaseNow"},
            {CanFollowUpRole, "canFollowUp"}};
}

}  // namespace muster::app
