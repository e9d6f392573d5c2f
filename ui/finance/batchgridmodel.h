#pragma once

#include "core/base/date.h"
#include "core/base/money.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>
#include <vector>

namespace caseledger::ui {

// The rows typed on the batch posting screen (issue 4 item 7): receipt id, payer (case number
// or person id), amount, date and source. A blank date means the default date, a blank source
// "direct" (both shown greyed). toCsv() writes the file core/finance/paymentimport.cpp reads,
// so the screen and a CSV import are validated by the same code (SECURITY S24).
class BatchGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReceiptColumn,
        PayerColumn,
        AmountColumn,
        DateColumn,
        SourceColumn,
        ColumnCount
    };

    explicit BatchGridModel(QObject* parent = nullptr);
    ~BatchGridModel() override;

    void setDefaultDate(core::Date date);
    void clear(int blankRows = 1);
    void setRow(int row, const QStringList& cells); // appends rows as needed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // Rows with anything typed in them; blank rows are left out of the batch.
    int filledRows() const;
    // The sum of the amounts, or nullopt when an amount is not dollars and cents.
    std::optional<core::Money> total() const;
    // The CSV text of the filled rows; `gridRows` receives each data row's grid row.
    std::string toCsv(std::vector<int>* gridRows = nullptr) const;
    // "$1,234.50" -> "1234.50": what a person types, in the form Money::parse reads.
    static QString normalizedAmount(const QString& text);

private:
    using Row = std::array<QString, ColumnCount>;
    static bool isBlank(const Row& row);
    QString effective(const Row& row, int column) const;

    std::vector<Row> m_rows;
    core::Date m_defaultDate;
};

} // namespace caseledger::ui
