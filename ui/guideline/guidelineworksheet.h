#pragma once

#include "core/guideline/guidelinerequest.h"
#include "core/guideline/guidelineresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QTextDocument;

namespace caseledger::ui {

// The printable guideline worksheet (issue 5, item 3; DESIGN §8), built from values only, so
// that tests read exactly what is printed: every input, every step with its citation, the
// result, the low-income range, the as-of date, the case and the preparer.
class GuidelineWorksheet
{
    Q_DECLARE_TR_FUNCTIONS(caseledger::ui::GuidelineWorksheet)

public:
    struct Header
    {
        QString caseNumber; // empty: none
        QString preparer; // the session's display name
        QString userName;
        QDateTime runTime;
    };

    static QString reportName();
    static QString runTimeText(const QDateTime& time);

    static QString html(const core::GuidelineRequest& request, const core::GuidelineResult& result,
        const Header& header);
    static std::unique_ptr<QTextDocument> document(const core::GuidelineRequest& request,
        const core::GuidelineResult& result, const Header& header);

    // Sentences shared with the calculator page.
    static QString paysText(const core::GuidelineResult& result); // "A pays B $1,320.00 a month"
    // The low-income adjustment when it applies or cannot be computed; empty otherwise.
    static QString lowIncomeText(const core::GuidelineResult& result);
    static QString addOnSharesText(const core::GuidelineResult& result);
    static QString lawText(const core::GuidelineResult& result);

private:
    static QString infoTable(const core::GuidelineResult& result, const Header& header);
    static QString resultSection(const core::GuidelineResult& result);
    static QString addOnsTable(const core::GuidelineResult& result);
    static QString parentsTable(
        const core::GuidelineRequest& request, const core::GuidelineResult& result);
    static QString childrenTable(const core::GuidelineRequest& request);
    static QString otherInputsTable(
        const core::GuidelineRequest& request, const core::GuidelineResult& result);
    static QString stepsTable(const core::GuidelineResult& result);
};

} // namespace caseledger::ui
