#include "ui/finance/ledgertablemodel.h"

#include "ui/common/qtext.h"
#include "ui/finance/financetext.h"

#include <algorithm>
#include <map>

namespace caseledger::ui {

LedgerTableModel::LedgerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

LedgerTableModel::~LedgerTableModel() = default;

std::vector<LedgerTableRow> LedgerTableModel::rowsOf(
    const core::CaseLedger& ledger, std::optional<core::Date> from, std::optional<core::Date> to)
{
    std::vector<LedgerTableRow> rows;
    rows.reserve(ledger.entries.size() + ledger.disbursements.size());
    std::map<core::Uuid, QString> receipts;
    for (const auto& e : ledger.entries) {
        LedgerTableRow r;
        r.date = e.date;
        r.entry = FinanceText::entryKind(e.kind);
        r.receipt = toQString(e.receiptId);
        r.bucket = FinanceText::bucket(e.bucket);
        if (const auto payee = core::parseCode<core::Payee>(e.payee))
            r.payee = FinanceText::payee(*payee);
        if (!e.collectionId)
            r.charge = e.charge;
        else
            r.payment = e.payment;
        r.balance = e.balance;
        r.explanation = toQString(e.description);
        r.collectionId = e.collectionId;
        if (e.collectionId)
            receipts.emplace(*e.collectionId, r.receipt);
        rows.push_back(std::move(r));
    }
    // Disbursements change no balance owed: each shows the balance of the rows before it.
    for (const auto& d : ledger.disbursements) {
        if ((from && d.dueOn < *from) || (to && *to < d.dueOn))
            continue;
        LedgerTableRow r;
        r.date = d.dueOn;
        r.entry = d.amount.isNegative() ? tr("Disbursement cancelled")
                                        : FinanceText::entryKind("disbursement");
        const auto receipt = receipts.find(d.collectionId);
        r.receipt = receipt == receipts.end() ? QString() : receipt->second;
        r.payee = FinanceText::payee(core::Payee::Family);
        r.disbursed = d.amount;
        r.collectionId = d.collectionId;
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const LedgerTableRow& a, const LedgerTableRow& b) { return a.date < b.date; });
    core::Money balance = ledger.openingBalance;
    for (auto& r : rows) {
        if (r.disbursed)
            r.balance = balance;
        else
            balance = r.balance;
    }
    return rows;
}

void LedgerTableModel::setRows(std::vector<LedgerTableRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void LedgerTableModel::clear()
{
    setRows({});
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerTableModel::cell(const LedgerTableRow& row, int column) const
{
    const auto amount = [](const std::optional<core::Money>& m) {
        return m ? FinanceText::money(*m) : QString();
    };
    switch (column) {
    case DateColumn:
        return FinanceText::date(row.date);
    case EntryColumn:
        return row.entry;
    case ReceiptColumn:
        return row.receipt;
    case BucketColumn:
        return row.bucket;
    case PayeeColumn:
        return row.payee;
    case ChargeColumn:
        return amount(row.charge);
    case PaymentColumn:
        return amount(row.payment);
    case DisbursedColumn:
        return amount(row.disbursed);
    case BalanceColumn:
        return FinanceText::money(row.balance);
    case ExplanationColumn:
        return row.explanation;
    default:
        return {};
    }
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerTableRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cell(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ExplanationColumn && !row.explanation.isEmpty()
            ? QVariant(row.explanation)
            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= ChargeColumn && index.column() <= BalanceColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case CollectionIdRole:
        return row.collectionId ? QVariant(toQString(row.collectionId->toString())) : QVariant();
    case ReceiptRole:
        return row.receipt;
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const names[ColumnCount]
        = {QT_TR_NOOP("Date"), QT_TR_NOOP("Entry"), QT_TR_NOOP("Receipt"), QT_TR_NOOP("Bucket"),
            QT_TR_NOOP("Paid to"), QT_TR_NOOP("Charge"), QT_TR_NOOP("Payment"),
            QT_TR_NOOP("Disbursed"), QT_TR_NOOP("Balance owed"), QT_TR_NOOP("Why")};
    return tr(names[section]);
}

const LedgerTableRow* LedgerTableModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0
        || static_cast<std::size_t>(index.row()) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index.row())];
}

std::optional<core::Uuid> LedgerTableModel::collectionAt(const QModelIndex& index) const
{
    const auto* row = rowAt(index);
    return row ? row->collectionId : std::nullopt;
}

QModelIndex LedgerTableModel::indexOfReceipt(const QString& receipt, int column) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].receipt == receipt)
            return index(static_cast<int>(r), column);
    return {};
}

} // namespace caseledger::ui
