#include "ui/case/closecasedialog.h"

#include "core/cases/closurereason.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace caseledger::ui {

CloseCaseDialog::CloseCaseDialog(const QString& caseNumber, QWidget* parent)
    : RequestDialog(tr("Close case %1").arg(caseNumber), tr("&Close case"), parent)
{
    setObjectName(QStringLiteral("closeCaseDialog"));
    setIntro(tr("A case closes only for one of the reasons of 45 CFR 303.11(b). Your "
                "explanation is kept as a case note."));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("closureReasonCombo"));
    m_reason->setAccessibleName(tr("Reason for closing"));
    for (const auto& info : core::closureReasons())
        m_reason->addItem(
            tr("(b)(%1) %2").arg(core::closureReasonNumber(info.reason)).arg(toQString(info.text)),
            core::closureReasonNumber(info.reason));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("closureReasonInfo"));
    m_info->setAccessibleName(tr("What closing for this reason means"));
    m_info->setWordWrap(true);
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("closureExplanationEdit"));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setTabChangesFocus(true);
    addField(tr("&Reason:"), m_reason, "reason");
    addRow(m_info);
    addField(tr("&Explanation:"), m_explanation, "explanation");
    connect(m_reason, &QComboBox::currentIndexChanged, this, &CloseCaseDialog::showReasonInfo);
    showReasonInfo();
    m_reason->setFocus();
}

CloseCaseDialog::~CloseCaseDialog() = default;

void CloseCaseDialog::showReasonInfo()
{
    const auto reason = core::closureReasonFromNumber(m_reason->currentData().toInt());
    if (!reason)
        return;
    const auto& info = core::closureReasonInfo(*reason);
    QString text = info.checkedBySystem
        ? tr("CaseLedger checks this reason against the case's records.")
        : tr("You attest to this reason; your explanation says why it applies.");
    if (info.needsNotice)
        text += QLatin1Char(' ')
            + tr("The recipient is sent a notice first; the case closes when the 60 days of "
                 "45 CFR 303.11(d)(4) have passed, unless the recipient answers.");
    m_info->setText(text);
}

bool CloseCaseDialog::checkInput()
{
    if (m_explanation->toPlainText().trimmed().isEmpty()) {
        messages().showFor("explanation", tr("Explain why the case closes."));
        return false;
    }
    return true;
}

std::optional<core::CloseRequest> CloseCaseDialog::request() const
{
    const auto reason = core::closureReasonFromNumber(m_reason->currentData().toInt());
    const QString explanation = m_explanation->toPlainText().trimmed();
    if (!reason || explanation.isEmpty())
        return std::nullopt;
    core::CloseRequest r;
    r.reason = *reason;
    r.explanation = toStdString(explanation);
    return r;
}

} // namespace caseledger::ui
