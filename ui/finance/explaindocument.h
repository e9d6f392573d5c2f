#pragma once

#include "core/services/ledgerservice.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextDocument;

namespace caseledger::ui {

// The explanation of one collection (issue 4 item 7) in words a parent understands: what was
// received, and for every allocation line the case, what it paid, who receives it, the
// amount and the rule with its citation. Shown on screen, printed and saved as PDF. It holds
// case numbers and amounts only: no names, so no SSN (S13) and no address (S14) can appear.
class ExplainDocument
{
    Q_DECLARE_TR_FUNCTIONS(caseledger::ui::ExplainDocument)

public:
    static QStringList lineHeaders();
    // One row per allocation line, in the order written: the cells of lineHeaders().
    static std::vector<QStringList> lineCells(const core::CollectionExplanation& e);
    // "On 2025-01-15 the agency received $300.00 ..."
    static QString summary(const core::CollectionExplanation& e);
    // What happens next: the family's payments and their dates, money held and why.
    static QString outcome(const core::CollectionExplanation& e);
    static std::unique_ptr<QTextDocument> document(const core::CollectionExplanation& e);
};

} // namespace caseledger::ui
