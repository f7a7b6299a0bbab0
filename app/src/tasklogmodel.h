#pragma once
/// A task's action log as a timeline (oldest first, newest last).

#include <vector>

#include <QtQml/qqmlregistration.h>
#include <QPointer>

#include "accountsession.h"
#include "loglistmodel.h"
#include "taskdata.h"

namespace muster::app {


struct TouchedEntities;

/// The `log` entries of one task, ordered by `at` (then key), newest last.
/// Logs are immutable, so a batch inserts rows, and removes one only when the
/// store dropped its entry (the server refused it). Reads through the
/// session's read connection. UI thread only.
class TaskLogModel : public LogListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::app::AccountSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString taskKey READ taskKey WRITE setTaskKey NOTIFY taskKeyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        TextRole,
        AtRole,
        AuthorNameRole,
        IsMineRole,
        RatingRole,  ///< an observation's P, S, M or U; "" otherwise
        /// [{hash, name, label}]: name and size when this device has the file, else a short hash
        AttachmentsRole,
        LocationTextRole,  ///< "lat, lon ±acc m"; "" without a location
    };
    Q_ENUM(Role)

    explicit TaskLogModel(QObject* parent = nullptr);

    [[nodiscard]] AccountSession* session() const { return m_session; }
    void setSession(AccountSession* session);
    [[nodiscard]] QString taskKey() const { return m_taskKey; }
    void setTaskKey(const QString& key);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    void applyTouched(const TouchedEntities& touched);

  signals:
    void sessionChanged();
    void taskKeyChanged();
    void countChanged();

  private:
    struct Row {
        QString key;
        QString kind;
        QString text;
        qint64 at = 0;
        QString author;
        QString authorName;
        QString rating;
        QStringList attachments;  ///< blob hashes
        QString locationText;
        [[nodiscard]] bool before(const Row& other) const {
            return at != other.at ? at < other.at : key < other.key;
        }
    };
    [[nodiscard]] QVariantList attachmentList(const Row& row) const;
    [[nodiscard]] static Row rowFrom(const QString& key, const nlohmann::json& values, TaskContext& context);

    QPointer<AccountSession> m_session;
    QString m_taskKey;
    std::vector<Row> m_rows;
};

}  // namespace muster::app
