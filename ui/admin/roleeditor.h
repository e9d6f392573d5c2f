#pragma once

#include "core/access/permissions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace caseledger::ui {

// A role and the separate grants of SECURITY S6 (reveal SSN, family-violence override,
// federal tax information), which no role carries by itself.
class RoleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RoleEditor(QWidget* parent = nullptr);

    core::Role role() const;
    void setRole(core::Role role);
    core::Grants grants() const;
    void setGrants(core::Grants grants);
    QComboBox* roleBox() const { return m_role; }

private:
    QComboBox* m_role = nullptr;
    QCheckBox* m_revealSsn = nullptr;
    QCheckBox* m_overrideFv = nullptr;
    QCheckBox* m_viewFti = nullptr;
};

} // namespace caseledger::ui
