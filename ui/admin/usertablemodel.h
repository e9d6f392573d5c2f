#pragma once

#include "core/access/user.h"
#include "core/base/uuid.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace caseledger::ui {

// The user accounts of the database, one row each (STYLE "GUI": column enum, role enum,
// idAt/indexOf). An agency has tens of users, not thousands, so the page hands the whole
// list from UserService::list; long lists (caseload) fetch pages instead.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DisplayNameColumn,
        RoleColumn,
        GrantsColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        UserNameRole = Qt::UserRole + 1,
        DisabledRole,
        MustChangePasswordRole
    };

    explicit UserTableModel(QObject* parent = nullptr);
    ~UserTableModel() override;

    void setUsers(std::vector<core::User> users);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<core::Uuid> idAt(const QModelIndex& index) const;
    QModelIndex indexOf(const core::Uuid& id, int column = NameColumn) const;
    // The user on the row of `index`, or nullptr.
    const core::User* userAt(const QModelIndex& index) const;

    static QString statusText(const core::User& user);
    static QString grantsText(core::Grants grants);
    static QString roleText(core::Role role);

private:
    QVariant display(const core::User& user, int column) const;

    std::vector<core::User> m_users;
};

} // namespace caseledger::ui
