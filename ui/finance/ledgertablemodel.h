#pragma once

#include "core/services/ledgerservice.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace caseledger::ui {

// One dated line of the Ledger tab: a charge, an allocation line of a collection (or its
// reversal), or a disbursement to the family, with the balance owed after it.
struct LedgerTableRow
{
    core::Date date;
    QString entry;
    QString receipt;
    QString bucket;
    QString payee;
    std::optional<core::Money> charge;
    std::optional<core::Money> payment;
    std::optional<core::Money> disbursed;
    core::Money balance;
    QString explanation; // the reason with its citation
    std::optional<core::Uuid> collectionId;
};

// The case's ledger in one table (issue 4 item 7): charges, collections' allocation lines,
// reversals and disbursements in date order with the running balance. One LedgerService call
// gives the rows of the chosen period; a case with ten years of history is a few thousand
// rows, built once, so the model holds them (no per-row sizing in the view, STYLE "GUI").
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        EntryColumn,
        ReceiptColumn,
        BucketColumn,
        PayeeColumn,
        ChargeColumn,
        PaymentColumn,
        DisbursedColumn,
        BalanceColumn,
        ExplanationColumn,
        ColumnCount
    };
    enum Role
    {
        CollectionIdRole = Qt::UserRole + 1,
        ReceiptRole
    };

    explicit LedgerTableModel(QObject* parent = nullptr);
    ~LedgerTableModel() override;

    // The rows of `ledger`: its entries and the disbursements due in [from, to].
    static std::vector<LedgerTableRow> rowsOf(const core::CaseLedger& ledger,
        std::optional<core::Date> from = std::nullopt, std::optional<core::Date> to = std::nullopt);
    void setRows(std::vector<LedgerTableRow> rows);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const LedgerTableRow* rowAt(const QModelIndex& index) const;
    std::optional<core::Uuid> collectionAt(const QModelIndex& index) const;
    // The first row of the collection with this receipt, or an invalid index.
    QModelIndex indexOfReceipt(const QString& receipt, int column = 0) const;

private:
    QString cell(const LedgerTableRow& row, int column) const;

    std::vector<LedgerTableRow> m_rows;
};

} // namespace caseledger::ui
