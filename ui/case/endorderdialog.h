#pragma once

#include "core/base/date.h"
#include "ui/common/requestdialog.h"

#include <optional>

class QLineEdit;

namespace caseledger::ui {

// Ending a support order (casework.md "Orders": an order has an end date), e.g. when its last
// child is emancipated (Family Code §3901). The date is offered from the children's
// emancipation dates; the service refuses one before the order's latest version took effect.
class EndOrderDialog : public RequestDialog
{
    Q_OBJECT

public:
    // `order`: how the order is named to the worker; `lastEmancipation`: the latest
    // emancipation date of the case's children, when every child has one.
    EndOrderDialog(const QString& order, std::optional<core::Date> lastEmancipation,
        QWidget* parent = nullptr);
    ~EndOrderDialog() override;

    // The end date typed; nullopt while it is not a date.
    std::optional<core::Date> request() const;

protected:
    bool checkInput() override;

private:
    QLineEdit* m_endDate = nullptr;
};

} // namespace caseledger::ui
