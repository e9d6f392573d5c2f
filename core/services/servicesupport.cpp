#include "core/services/servicesupport.h"

#include "core/base/text.h"
#include "core/cases/casenumber.h"
#include "core/cases/caserepository.h"
#include "core/cases/personrepository.h"
#include "core/services/workspace.h"

namespace caseledger::core::servicesupport {

Uuid newId(Operation& op)
{
    return Uuid::v7(op.workspace().clock());
}

const Uuid& device(Operation& op)
{
    return op.workspace().device().id;
}

Date today(Operation& op)
{
    return op.workspace().clock().today();
}

Case requireCase(Operation& op, std::string_view caseRef)
{
    const std::string ref = text::trim(caseRef);
    CaseRepository cases(op.db());
    std::optional<Case> found;
    if (auto number = normalizeCaseNumber(ref))
        found = cases.findByNumber(*number);
    else if (auto id = Uuid::parse(ref))
        found = cases.find(*id);
    else
        failValidation("case", "give a case number such as 19-0000123, or a case id");
    if (!found)
        // The reference is not repeated: what was typed could be anything, even an SSN (S10).
        throw Failure(ErrorCode::NotFound, "there is no such case", "case");
    op.target("case", found->id.toString());
    return *found;
}

Case requireCase(Operation& op, const Uuid& caseId)
{
    auto found = CaseRepository(op.db()).find(caseId);
    if (!found)
        throw Failure(ErrorCode::NotFound, "there is no case with id " + caseId.toString(), "case");
    op.target("case", found->id.toString());
    return *found;
}

Person requirePerson(Operation& op, const Uuid& personId, std::string_view field)
{
    auto found = PersonRepository(op.db()).find(personId);
    if (!found)
        throw Failure(ErrorCode::NotFound, "there is no person with id " + personId.toString(),
            std::string(field));
    op.target("person", found->id.toString());
    return *found;
}

void requireActive(const Case& c)
{
    if (c.status == CaseStatus::Closed)
        failValidation("case", "case " + c.number + " is closed; reopen it first");
}

std::string cleanText(std::string_view raw, std::string_view field, std::size_t maxCharacters,
    bool required, bool multiline)
{
    const std::string f(field);
    std::string v = text::nfc(text::trim(raw), f);
    for (unsigned char c : v)
        if ((c < 0x20 && !(multiline && (c == '\n' || c == '\t' || c == '\r'))) || c == 0x7F)
            failValidation(f, "may not contain control characters");
    if (text::codePointCount(v) > maxCharacters)
        failValidation(f, "has at most " + std::to_string(maxCharacters) + " characters");
    if (required && v.empty())
        failValidation(f, "is required");
    return v;
}

Date requireNotFuture(Date d, Date today, std::string_view field)
{
    if (d > today)
        failValidation(std::string(field), "cannot be in the future");
    return d;
}

} // namespace caseledger::core::servicesupport
