#pragma once

#include "core/base/date.h"

#include <optional>

namespace caseledger::core {

// When a child stops being owed current support (casework.md "Cases"; Family Code §3901):
// the 18th birthday; but a child who at 18 is a full-time high-school student and not
// self-supporting is supported until finishing 12th grade or turning 19, whichever comes
// first. Without a known graduation date the 19th birthday is used.
// A child born on February 29 comes of age on February 28 in a common year (Date::addYears
// clamps to the end of the month).
Date emancipationDate(
    Date dateOfBirth, bool fullTimeHighSchoolStudent, std::optional<Date> expectedGraduation = {});

} // namespace caseledger::core
