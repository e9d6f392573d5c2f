#pragma once

#include "tests/core/services/caseworkfixture.h"
#include "tests/ui/guifixture.h"
#include "ui/case/casepage.h"
#include "ui/case/caseworkpages.h"

#include <QAbstractItemModel>
#include <QString>

#include <optional>
#include <vector>

namespace caseledger::test {

// The GUI over a database with casework in it: a caseworker "mgarcia" (with `grants`), and
// families opened through the core services before the GUI signs in as that caseworker.
class CaseworkGui
{
public:
    // `daysLater`: the fake clock moves on before the GUI signs in (tasks become overdue).
    explicit CaseworkGui(core::Grants grants = 0, int families = 0, bool protectedFirst = false,
        int daysLater = 0, core::Role role = core::Role::Caseworker);

    GuiFixture& f() { return m_f; }
    ui::CaseworkPages& pages();
    const std::vector<Family>& families() const { return m_families; }
    core::Workspace& ws() { return *m_f.session().workspace(); }
    // The audit log's last sequence number and record, read on the GUI thread while idle.
    std::int64_t auditHead();
    core::AuditRecord lastAudit();
    bool idle() { return !m_f.session().isBusy(); }
    // Opens `number` on the case page and waits until it shows.
    void openCase(const QString& number);

private:
    GuiFixture m_f;
    std::vector<Family> m_families;
};

// The password a test user chose at their first sign-in.
inline constexpr const char* kWorkerPassword = "quiet meadow lantern 58";

// A user added by an administrator has a temporary password; this signs in as them in core and
// changes it to kWorkerPassword, so the GUI can sign them in directly. Leaves `tw` closed.
void chooseOwnPassword(TestWorkspace& tw, const std::string& userName);

// Every text any widget under `root` shows: labels, buttons, line edits, window titles, and
// each item model's data in the display, tool-tip and accessible roles.
QString allVisibleText(QWidget* root);

} // namespace caseledger::test
