#pragma once

#include "core/guideline/guidelinecalculation.h"
#include "core/services/orderservice.h"
#include "ui/common/requestdialog.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caseledger::ui {

// A support order or a modification of one (casework.md "Orders"): the terms of a version, and
// the guideline calculation it rests on (issue 5, item 3). The "Guideline calculation…" button
// asks the case window to open the calculator; the window saves what the user accepts through
// GuidelineService and hands it back with setGuidelineCalculation().
class OrderDialog : public RequestDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        NewOrder,
        Modification
    };

    OrderDialog(Mode mode, core::Date today, QWidget* parent = nullptr);
    ~OrderDialog() override;

    Mode mode() const { return m_mode; }
    std::optional<core::NewOrderRequest> newOrder() const;
    std::optional<core::OrderTerms> terms() const;
    // A modification starts from the terms in force (casework.md "Orders"); the worker changes
    // what the new order changes. The effective date and the calculation are not carried over.
    void startFrom(const core::OrderVersion& current);
    // The calculation the order will rest on; fills in the child support when it is empty.
    void setGuidelineCalculation(const core::GuidelineCalculation& calc);
    std::optional<core::Uuid> guidelineCalculationId() const { return m_calculation; }
    QString guidelineText() const;

Q_SIGNALS:
    void guidelineRequested();

protected:
    bool checkInput() override;

private:
    QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
    void addTermsFields(core::Date today);

    Mode m_mode;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_courtNumber = nullptr;
    QLineEdit* m_court = nullptr;
    QLineEdit* m_effective = nullptr;
    QLineEdit* m_signedOn = nullptr;
    QLineEdit* m_filedOn = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_medical = nullptr;
    QLineEdit* m_spousal = nullptr;
    QLineEdit* m_arrears = nullptr;
    QComboBox* m_frequency = nullptr;
    QLineEdit* m_insurance = nullptr;
    QPushButton* m_guideline = nullptr;
    QLabel* m_guidelineLabel = nullptr;
    std::optional<core::Uuid> m_calculation;
};

} // namespace caseledger::ui
