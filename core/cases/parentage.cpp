#include "core/cases/parentage.h"

#include "core/base/error.h"

#include <algorithm>

namespace caseledger::core {

std::optional<Date> rescissionDeadline(const Parentage& p)
{
    if (p.method != ParentageMethod::VoluntaryDeclaration || !p.declarationSignedByMother
        || !p.declarationSignedByParent)
        return std::nullopt;
    return std::max(*p.declarationSignedByMother, *p.declarationSignedByParent)
        .addDays(kDeclarationRescissionDays);
}

bool canRescind(const Parentage& p, Date day, bool orderEntered)
{
    const auto deadline = rescissionDeadline(p);
    return deadline && !p.rescindedOn && !orderEntered && day <= *deadline;
}

namespace {

void notFuture(const std::optional<Date>& d, Date today, const char* field)
{
    if (d && *d > today)
        failValidation(field, "cannot be in the future");
}

void validateEvidence(const Parentage& p)
{
    switch (p.method) {
    case ParentageMethod::None:
        if (p.status == ParentageStatus::Established)
            failValidation(
                "method", "an established parentage needs the method that established it");
        break;
    case ParentageMethod::VoluntaryDeclaration:
        if (!p.declarationSignedByMother || !p.declarationSignedByParent)
            failValidation("declaration signatures",
                "a voluntary declaration needs the dates both parents signed");
        break;
    case ParentageMethod::GeneticTest:
        if (!p.testResult || !p.testDate || p.testLab.empty())
            failValidation("genetic test", "a genetic test needs its result, laboratory and date");
        if (*p.testResult == GeneticTestResult::Exclusion
            && p.status == ParentageStatus::Established)
            failValidation("status", "a test that excludes the man cannot establish parentage");
        if (*p.testResult == GeneticTestResult::Inclusion && p.status == ParentageStatus::Excluded)
            failValidation("status", "a test that includes the man cannot exclude him");
        break;
    case ParentageMethod::Judgment:
        if (p.courtCaseNumber.empty() || !p.judgmentDate)
            failValidation(
                "judgment", "a judgment needs the court case number and the judgment date");
        break;
    case ParentageMethod::Presumption:
        if (p.presumptionBasis.empty())
            failValidation("presumption basis",
                "a presumption needs its basis, e.g. married to the mother at birth");
        break;
    }
}

} // namespace

void validateParentage(const Parentage& p, Date today)
{
    if ((p.status == ParentageStatus::Established || p.status == ParentageStatus::Excluded
            || p.status == ParentageStatus::Alleged)
        && !p.parentId)
        failValidation("parent", "name the alleged or established parent");
    if (p.parentId && *p.parentId == p.childId)
        failValidation("parent", "a child cannot be their own parent");
    if (p.status == ParentageStatus::Excluded && p.method != ParentageMethod::GeneticTest)
        failValidation(
            "method", "an exclusion is recorded with the genetic test that excluded him");
    validateEvidence(p);
    notFuture(p.declarationSignedByMother, today, "declaration signed by mother");
    notFuture(p.declarationSignedByParent, today, "declaration signed by parent");
    notFuture(p.testDate, today, "test date");
    notFuture(p.judgmentDate, today, "judgment date");
    notFuture(p.establishedOn, today, "established on");
}

ParentageStatus childParentageStatus(const std::vector<Parentage>& records)
{
    ParentageStatus best = ParentageStatus::Unknown;
    for (const auto& r : records) {
        if (r.status == ParentageStatus::Established)
            return ParentageStatus::Established;
        if (r.status == ParentageStatus::Alleged)
            best = ParentageStatus::Alleged;
    }
    return best;
}

} // namespace caseledger::core
