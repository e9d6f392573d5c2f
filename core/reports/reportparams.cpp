#include "core/reports/reportparams.h"

namespace caseledger::core {

std::string ReportParams::describe() const
{
    std::string out;
    auto add = [&](const std::string& key, const std::string& value) {
        out += (out.empty() ? "" : " ") + key + "=" + value;
    };
    if (from)
        add("from", from->toIso());
    if (to)
        add("to", to->toIso());
    if (fiscalYear)
        add("fy", std::to_string(*fiscalYear));
    if (countyFips)
        add("county", std::to_string(*countyFips));
    if (!office.empty())
        add("office", office);
    if (!worker.empty())
        add("worker", worker);
    if (breakdown != "race_ethnicity")
        add("breakdown", breakdown);
    if (party != "cp")
        add("party", party);
    if (expenditures)
        add("expenditures", expenditures->toString());
    return out.empty() ? "defaults" : out;
}

Date fiscalYearStart(int fiscalYear)
{
    return Date::fromYmd(fiscalYear - 1, 10, 1);
}

Date fiscalYearEnd(int fiscalYear)
{
    return Date::fromYmd(fiscalYear, 9, 30);
}

int fiscalYearOf(Date day)
{
    return day.month() >= 10 ? day.year() + 1 : day.year();
}

Period reportPeriod(const ReportParams& params, Date today)
{
    if (params.fiscalYear && !params.from && !params.to)
        return {fiscalYearStart(*params.fiscalYear), fiscalYearEnd(*params.fiscalYear)};
    const int fy = params.fiscalYear.value_or(fiscalYearOf(today));
    return {params.from.value_or(fiscalYearStart(fy)), params.to.value_or(today)};
}

} // namespace caseledger::core
