#pragma once

#include "core/base/date.h"
#include "core/base/uuid.h"
#include "core/cases/case.h"
#include "core/cases/person.h"

#include <optional>
#include <string>
#include <string_view>

// Small steps every casework service takes inside Workspace::perform.
namespace caseledger::core {

class Operation;

namespace servicesupport {

Uuid newId(Operation& op);
const Uuid& device(Operation& op);
Date today(Operation& op);

// A case by number ("19-0000123", "190000123") or id; NotFound otherwise. Sets the audit
// record's object to the case.
Case requireCase(Operation& op, std::string_view caseRef);
Case requireCase(Operation& op, const Uuid& caseId);
// Sets the audit record's object to the person.
Person requirePerson(Operation& op, const Uuid& personId, std::string_view field = "person");
// Changes to a closed case are refused (reopen it first).
void requireActive(const Case& c);

// Person-typed text: NFC, trimmed, no control characters (tabs and newlines allowed when
// `multiline`), at most `maxCharacters`; empty refused when `required` (S26).
std::string cleanText(std::string_view text, std::string_view field, std::size_t maxCharacters,
    bool required, bool multiline = false);
Date requireNotFuture(Date d, Date today, std::string_view field);

} // namespace servicesupport
} // namespace caseledger::core
