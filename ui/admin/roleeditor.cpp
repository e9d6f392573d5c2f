#include "ui/admin/roleeditor.h"

#include "ui/admin/usertablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace caseledger::ui {

RoleEditor::RoleEditor(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Role and extra permissions"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleBox"));
    m_role->setAccessibleName(tr("Role"));
    for (core::Role role : core::kAllRoles)
        m_role->addItem(UserTableModel::roleText(role), static_cast<int>(role));

    auto makeBox = [this](const QString& text, const QString& name) {
        auto* box = new QCheckBox(text, this);
        box->setAccessibleName(name);
        return box;
    };
    m_revealSsn = makeBox(tr("May reveal full &SSNs (with a reason)"), tr("Reveal SSN"));
    m_overrideFv
        = makeBox(tr("May &override family-violence protection"), tr("Family violence override"));
    m_viewFti = makeBox(tr("May see &federal tax information"), tr("Federal tax information"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_role);
    auto* grantsLabel = new QLabel(tr("Extra permissions, audited when used:"), this);
    grantsLabel->setAccessibleName(tr("Extra permissions"));
    layout->addWidget(grantsLabel);
    layout->addWidget(m_revealSsn);
    layout->addWidget(m_overrideFv);
    layout->addWidget(m_viewFti);
}

core::Role RoleEditor::role() const
{
    return static_cast<core::Role>(m_role->currentData().toInt());
}

void RoleEditor::setRole(core::Role role)
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

core::Grants RoleEditor::grants() const
{
    core::Grants grants = 0;
    if (m_revealSsn->isChecked())
        grants |= static_cast<core::Grants>(core::Grant::RevealSsn);
    if (m_overrideFv->isChecked())
        grants |= static_cast<core::Grants>(core::Grant::OverrideFamilyViolence);
    if (m_viewFti->isChecked())
        grants |= static_cast<core::Grants>(core::Grant::ViewFederalTaxInfo);
    return grants;
}

void RoleEditor::setGrants(core::Grants grants)
{
    m_revealSsn->setChecked(core::hasGrant(grants, core::Grant::RevealSsn));
    m_overrideFv->setChecked(core::hasGrant(grants, core::Grant::OverrideFamilyViolence));
    m_viewFti->setChecked(core::hasGrant(grants, core::Grant::ViewFederalTaxInfo));
}

} // namespace caseledger::ui
