#pragma once
/// The drill page's inject list: each inject of one drill and its status.

#include <vector>

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>

#include "taskdata.h"

namespace muster::app {

/// The injects (tasks of one drill) in release order, with the drill page's
/// status of each (`injectState`: hidden, released, acknowledged, blocked,
/// done, cancelled, missed) and the countdown to the release of hidden ones.
/// Filled by DrillController (`setRows`): when the same injects come again in
/// the same order only the changed rows are signalled (the countdown ticks
/// every second), otherwise the model resets. UI thread only.
class InjectListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by DrillController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        InjectRole,           ///< number in the scenario (0 = none)
        TitleRole,
        UnitNameRole,
        StatusRole,           ///< the task's status
        InjectStateRole,      ///< see the class comment
        ReleaseOffsetRole,    ///< drill clock of the release, ms
        CountdownRole,        ///< hidden: drill time to the release ("04:30"); "" otherwise
        ExpectedActionRole,
        CanReleaseNowRole,    ///< hidden and the drill clock runs or is paused
        CanFollowUpRole,      ///< missed, no follow-up sent yet, and the drill clock runs or is paused
    };
    Q_ENUM(Role)

    /// One inject as the list shows it.
    struct Row {
        TaskRow task;
        QString state;
        QString countdown;
        bool canReleaseNow = false;
        bool canFollowUp = false;
        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit InjectListModel(QObject* parent = nullptr);

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    void setRows(std::vector<Row> rows);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  signals:
    void countChanged();

  private:
    std::vector<Row> m_rows;
};

}  // namespace muster::app
