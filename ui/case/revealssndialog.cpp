#include "ui/case/revealssndialog.h"

namespace caseledger::ui {

RevealSsnDialog::RevealSsnDialog(const QString& personName, QWidget* parent)
    : ReasonDialog(
        {QStringLiteral("revealSsnDialog"), tr("Reveal SSN"), tr("&Reveal"),
            tr("Why do you need the full SSN of %1? Your reason is recorded in the audit log "
               "with your name.")
                .arg(personName),
            tr("Rea&son:"), "reason", tr("for example: employer verification"),
            tr("Enter the reason you need the full SSN.")},
        parent)
{ }

RevealSsnDialog::~RevealSsnDialog() = default;

} // namespace caseledger::ui
