#pragma once

#include "core/base/date.h"
#include "core/reports/reportparams.h"

#include <QWidget>

#include <optional>
#include <string_view>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace caseledger::ui {

// The parameters of a report (issue 6: period, federal fiscal year, county, worker; the
// equity dashboard's breakdown and party; the measures' expenditures), each shown only when
// the chosen report reads it (ReportInfo::parameters).
class ReportParamsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ReportParamsForm(QWidget* parent = nullptr);

    // Shows the fields a report reads ("from to fy county worker ..."); `today` sets the
    // defaults: the last complete federal fiscal year, and its dates.
    void setReport(std::string_view parameters, core::Date today);
    // The parameters as typed; nullopt (with the message in errorText()) when a field is bad.
    std::optional<core::ReportParams> params() const;
    QString errorText() const { return m_error; }
    void setWorkerLocked(const QString& userName); // a caseworker runs her own caseload

    QComboBox* periodKind() const { return m_periodKind; }
    QSpinBox* fiscalYear() const { return m_fy; }

private:
    enum class Period
    {
        FiscalYear,
        Dates
    };
    void updatePeriodRows();
    void setRowVisible(QWidget* field, bool visible);

    QFormLayout* m_layout = nullptr;
    QComboBox* m_periodKind = nullptr;
    QSpinBox* m_fy = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_county = nullptr;
    QLineEdit* m_worker = nullptr;
    QComboBox* m_breakdown = nullptr;
    QComboBox* m_party = nullptr;
    QLineEdit* m_expenditures = nullptr;
    bool m_readsFy = false;
    bool m_readsFrom = false;
    bool m_readsTo = false;
    mutable QString m_error;
};

} // namespace caseledger::ui
