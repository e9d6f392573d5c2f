#include "ui/reports/reportparamsform.h"

#include "ui/common/qtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <set>
#include <sstream>

namespace caseledger::ui {

namespace {

QDate toQDate(core::Date d)
{
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}

core::Date fromQDate(const QDate& d)
{
    return core::Date::fromYmd(
        d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

QDateEdit* dateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ReportParamsForm::ReportParamsForm(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Report parameters"));
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);

    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("periodKindCombo"));
    m_periodKind->setAccessibleName(tr("Period"));
    m_periodKind->addItem(tr("Federal fiscal year"), static_cast<int>(Period::FiscalYear));
    m_periodKind->addItem(tr("From and to dates"), static_cast<int>(Period::Dates));
    m_fy = new QSpinBox(this);
    m_fy->setObjectName(QStringLiteral("fiscalYearSpin"));
    m_fy->setAccessibleName(tr("Federal fiscal year"));
    m_fy->setRange(1990, 2100);
    m_fy->setPrefix(tr("FY "));
    m_fy->setToolTip(tr("FY 2026 runs from 2025-10-01 to 2026-09-30 (45 CFR 305.1)."));
    m_from = dateEdit(this, tr("From date"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = dateEdit(this, tr("To date"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_county = new QSpinBox(this);
    m_county->setObjectName(QStringLiteral("countySpin"));
    m_county->setAccessibleName(tr("County (FIPS code)"));
    m_county->setRange(0, 999);
    m_county->setSpecialValueText(tr("All counties"));
    m_worker = new QLineEdit(this);
    m_worker->setObjectName(QStringLiteral("workerEdit"));
    m_worker->setAccessibleName(tr("Worker"));
    m_worker->setPlaceholderText(tr("All workers (or a sign-in name)"));
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("breakdownCombo"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->addItem(tr("Race and ethnicity"), QStringLiteral("race_ethnicity"));
    m_breakdown->addItem(tr("Preferred language"), QStringLiteral("language"));
    m_breakdown->addItem(tr("Gender"), QStringLiteral("gender"));
    m_breakdown->addItem(tr("Disability"), QStringLiteral("disability"));
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("partyCombo"));
    m_party->setAccessibleName(tr("Whose answers"));
    m_party->addItem(tr("Custodial party"), QStringLiteral("cp"));
    m_party->addItem(tr("Noncustodial parent"), QStringLiteral("ncp"));
    m_expenditures = new QLineEdit(this);
    m_expenditures->setObjectName(QStringLiteral("expendituresEdit"));
    m_expenditures->setAccessibleName(tr("IV-D expenditures"));
    m_expenditures->setPlaceholderText(tr("Optional, e.g. 1250000.00"));

    m_layout->addRow(tr("Per&iod:"), m_periodKind);
    m_layout->addRow(tr("Fisc&al year:"), m_fy);
    m_layout->addRow(tr("Fro&m:"), m_from);
    m_layout->addRow(tr("&To:"), m_to);
    m_layout->addRow(tr("&County:"), m_county);
    m_layout->addRow(tr("&Worker:"), m_worker);
    m_layout->addRow(tr("Brea&kdown:"), m_breakdown);
    m_layout->addRow(tr("Wh&ose answers:"), m_party);
    m_layout->addRow(tr("&Expenditures:"), m_expenditures);
    connect(
        m_periodKind, &QComboBox::currentIndexChanged, this, &ReportParamsForm::updatePeriodRows);
}

void ReportParamsForm::setRowVisible(QWidget* field, bool visible)
{
    m_layout->setRowVisible(field, visible);
}

void ReportParamsForm::setReport(std::string_view parameters, core::Date today)
{
    std::set<std::string> reads;
    std::istringstream words {std::string(parameters)};
    for (std::string w; words >> w;)
        reads.insert(w);
    m_readsFy = reads.contains("fy");
    m_readsFrom = reads.contains("from");
    m_readsTo = reads.contains("to");
    // Issue 6 "Done means": the last complete federal fiscal year by default.
    const int lastFy = core::fiscalYearOf(today) - 1;
    m_fy->setValue(lastFy);
    m_from->setDate(toQDate(core::fiscalYearStart(lastFy)));
    m_to->setDate(toQDate(m_readsFrom ? core::fiscalYearEnd(lastFy) : today));
    m_periodKind->setCurrentIndex(m_readsFy ? 0 : 1);
    setRowVisible(m_periodKind, m_readsFy && m_readsFrom);
    setRowVisible(m_county, reads.contains("county"));
    setRowVisible(m_worker, reads.contains("worker"));
    setRowVisible(m_breakdown, reads.contains("breakdown"));
    setRowVisible(m_party, reads.contains("party"));
    setRowVisible(m_expenditures, reads.contains("expenditures"));
    updatePeriodRows();
}

void ReportParamsForm::updatePeriodRows()
{
    const bool byYear = m_readsFy
        && (!m_readsFrom
            || m_periodKind->currentData().toInt() == static_cast<int>(Period::FiscalYear));
    setRowVisible(m_fy, byYear);
    setRowVisible(m_from, !byYear && m_readsFrom);
    setRowVisible(m_to, !byYear && m_readsTo);
}

void ReportParamsForm::setWorkerLocked(const QString& userName)
{
    m_worker->setText(userName);
    m_worker->setReadOnly(!userName.isEmpty());
}

std::optional<core::ReportParams> ReportParamsForm::params() const
{
    m_error.clear();
    core::ReportParams p;
    if (m_layout->isRowVisible(m_fy))
        p.fiscalYear = m_fy->value();
    if (m_layout->isRowVisible(m_from))
        p.from = fromQDate(m_from->date());
    if (m_layout->isRowVisible(m_to))
        p.to = fromQDate(m_to->date());
    if (p.from && p.to && *p.from > *p.to) {
        m_error = tr("From: the period must not start after it ends.");
        return std::nullopt;
    }
    if (m_layout->isRowVisible(m_county) && m_county->value() != 0)
        p.countyFips = m_county->value();
    if (m_layout->isRowVisible(m_worker))
        p.worker = toStdString(m_worker->text().trimmed());
    if (m_layout->isRowVisible(m_breakdown))
        p.breakdown = toStdString(m_breakdown->currentData().toString());
    if (m_layout->isRowVisible(m_party))
        p.party = toStdString(m_party->currentData().toString());
    const QString spent = m_expenditures->text().trimmed();
    if (m_layout->isRowVisible(m_expenditures) && !spent.isEmpty()) {
        p.expenditures = core::Money::parse(toStdString(spent));
        if (!p.expenditures || !p.expenditures->isPositive()) {
            // S26: the message names the field, never the value.
            m_error = tr("Expenditures: enter a positive amount in dollars and cents.");
            return std::nullopt;
        }
    }
    return p;
}

} // namespace caseledger::ui
