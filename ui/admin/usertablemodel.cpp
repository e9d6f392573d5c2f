#include "ui/admin/usertablemodel.h"

#include "ui/common/qtext.h"

#include <QStringList>

namespace caseledger::ui {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

UserTableModel::~UserTableModel() = default;

void UserTableModel::setUsers(std::vector<core::User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UserTableModel::clear()
{
    if (m_users.empty())
        return;
    beginResetModel();
    m_users.clear();
    endResetModel();
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::roleText(core::Role role)
{
    switch (role) {
    case core::Role::Caseworker:
        return tr("Caseworker");
    case core::Role::Supervisor:
        return tr("Supervisor");
    case core::Role::FinancialWorker:
        return tr("Financial worker");
    case core::Role::Auditor:
        return tr("Auditor");
    case core::Role::Administrator:
        return tr("Administrator");
    }
    return toQString(core::roleDisplayName(role));
}

QString UserTableModel::grantsText(core::Grants grants)
{
    QStringList parts;
    if (core::hasGrant(grants, core::Grant::RevealSsn))
        parts << tr("Reveal SSN");
    if (core::hasGrant(grants, core::Grant::OverrideFamilyViolence))
        parts << tr("Family violence override");
    if (core::hasGrant(grants, core::Grant::ViewFederalTaxInfo))
        parts << tr("Federal tax information");
    return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(", "));
}

QString UserTableModel::statusText(const core::User& user)
{
    if (user.disabled)
        return tr("Disabled");
    if (!user.hasKeySlot)
        return tr("No password (ask an administrator)");
    if (user.mustChangePassword)
        return tr("Active, temporary password");
    return tr("Active");
}

QVariant UserTableModel::display(const core::User& user, int column) const
{
    switch (column) {
    case NameColumn:
        return toQString(user.name);
    case DisplayNameColumn:
        return toQString(user.displayName);
    case RoleColumn:
        return roleText(user.role);
    case GrantsColumn:
        return grantsText(user.grants);
    case StatusColumn:
        return statusText(user);
    case CreatedColumn:
        // "2026-11-02T12:00:00.000Z" -> the date is what an administrator needs here.
        return toQString(user.createdAt).left(10);
    default:
        return {};
    }
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::User& user = m_users[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(user, index.column());
    case Qt::ToolTipRole:
        return index.column() == StatusColumn || index.column() == GrantsColumn
            ? display(user, index.column())
            : QVariant();
    case UserNameRole:
        return toQString(user.name);
    case DisabledRole:
        return user.disabled;
    case MustChangePasswordRole:
        return user.mustChangePassword;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case GrantsColumn:
        return tr("Extra permissions");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

std::optional<core::Uuid> UserTableModel::idAt(const QModelIndex& index) const
{
    const core::User* user = userAt(index);
    return user ? std::optional<core::Uuid>(user->id) : std::nullopt;
}

QModelIndex UserTableModel::indexOf(const core::Uuid& id, int column) const
{
    for (std::size_t row = 0; row < m_users.size(); ++row)
        if (m_users[row].id == id)
            return index(static_cast<int>(row), column);
    return {};
}

const core::User* UserTableModel::userAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || static_cast<std::size_t>(index.row()) >= m_users.size())
        return nullptr;
    return &m_users[static_cast<std::size_t>(index.row())];
}

} // namespace caseledger::ui
