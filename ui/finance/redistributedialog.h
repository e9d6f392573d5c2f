#pragma once

#include "core/base/date.h"
#include "ui/common/requestdialog.h"

#include <optional>
#include <string>

class QLineEdit;

namespace caseledger::ui {

// What a redistribution needs: the date from which the payer's collections are redone, and
// the reason written with every entry.
struct RedistributeRequest
{
    core::Date from;
    std::string reason;
};

// Redistribution after a backdated order change, an order's end or an assistance change
// (distribution.md §6; issue 4 item 5): the payer's collections from a date are backed out and
// applied again under the orders and assistance as they now stand.
class RedistributeDialog : public RequestDialog
{
    Q_OBJECT

public:
    // `suggestedFrom`: the date of the first payment of the shown ledger that paid ahead.
    RedistributeDialog(const QString& caseNumber, std::optional<core::Date> suggestedFrom,
        QWidget* parent = nullptr);
    ~RedistributeDialog() override;

    std::optional<RedistributeRequest> request() const;

protected:
    bool checkInput() override;

private:
    QLineEdit* m_from = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace caseledger::ui
