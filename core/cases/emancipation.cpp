#include "core/cases/emancipation.h"

#include <algorithm>

namespace caseledger::core {

Date emancipationDate(
    Date dateOfBirth, bool fullTimeHighSchoolStudent, std::optional<Date> expectedGraduation)
{
    const Date eighteen = dateOfBirth.addYears(18);
    if (!fullTimeHighSchoolStudent)
        return eighteen;
    const Date nineteen = dateOfBirth.addYears(19);
    if (!expectedGraduation)
        return nineteen;
    // Graduating before turning 18 does not end support before 18.
    return std::clamp(*expectedGraduation, eighteen, nineteen);
}

} // namespace caseledger::core
