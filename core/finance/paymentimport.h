#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/finance/collectionsource.h"

#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// One row of a payment batch file: receipt_id,obligor,amount,date,source
// (amount in dollars and cents, "125.00"; date YYYY-MM-DD; source a collection source code).
struct PaymentRow
{
    std::string row; // "row 3"
    std::string receiptId;
    std::string obligor; // a case number of the payer, or the payer's person id
    Money amount;
    Date date;
    CollectionSource source = CollectionSource::Direct;
};

// One row of an assistance-grant file: case,month,amount (the cash aid paid that month).
struct GrantRow
{
    std::string row;
    std::string caseRef;
    Date month;
    Money amount;
};

// SECURITY S24: strict parsing with per-field validation; the first bad row is refused with a
// Validation failure naming the row and field ("row 4, amount"), never the value. Money must be
// exact cents ("12.345" refused); receipt ids repeated within the file are refused.
std::vector<PaymentRow> parsePaymentCsv(std::string_view text, Date today);
std::vector<GrantRow> parseGrantCsv(std::string_view text);

// The checks of one collection however it arrives (form or file); `where` prefixes the field.
void validateReceiptId(const std::string& receiptId, const std::string& where);

} // namespace caseledger::core
