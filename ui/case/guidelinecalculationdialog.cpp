#include "ui/case/guidelinecalculationdialog.h"

#include "core/guideline/guideline.h"
#include "core/guideline/guidelinejson.h"
#include "ui/case/casefilerows.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/guideline/guidelineresultview.h"
#include "ui/guideline/guidelinesteptable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseledger::ui {

GuidelineCalculationDialog::GuidelineCalculationDialog(
    const core::GuidelineCalculation& calc, const QString& caseNumber, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guidelineCalculationDialog"));
    setWindowTitle(tr("Guideline calculation for case %1").arg(caseNumber));
    setAccessibleName(windowTitle());
    resize(820, 640);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("calculationHeader"));
    m_header->setAccessibleName(tr("Calculation details"));
    m_header->setWordWrap(true);
    m_header->setText(
        tr("%1\nPrepared by %2 at %3 (UTC). Read-only: a new calculation is made "
           "from the order form.")
            .arg(CaseFileRows::calculationText(calc), toQString(calc.preparedByName),
                toQString(calc.preparedAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
    m_result = new GuidelineResultView(this);
    auto* steps = new GuidelineStepTable(m_result->stepModel(), this);
    steps->setAccessibleName(tr("Working"));
    try {
        const auto request = core::parseGuidelineRequest(calc.requestJson);
        m_result->showResult(core::calculateGuideline(request), {});
    } catch (const core::Failure& failure) {
        m_result->showInvalid(ErrorText::forError(failure.error()));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_result);
    layout->addWidget(steps, 1);
    layout->addWidget(buttons);
}

GuidelineCalculationDialog::~GuidelineCalculationDialog() = default;

QString GuidelineCalculationDialog::headerText() const
{
    return m_header->text();
}

} // namespace caseledger::ui
