#include "core/base/error.h"
#include "core/cases/casenumber.h"
#include "core/cases/emancipation.h"
#include "core/cases/parentage.h"
#include "core/cases/person.h"
#include "core/cases/searchquery.h"
#include "core/cases/supportorder.h"
#include "core/services/casefile.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;

namespace {
Date d(int y, unsigned m, unsigned day)
{
    return Date::fromYmd(y, m, day);
}
} // namespace

TEST_CASE("Case numbers carry the county number and a sequence", "[cases]")
{
    const County* la = countyByFips(6037);
    REQUIRE(la);
    CHECK(la->number == 19);
    CHECK(la->name == "Los Angeles");
    CHECK(formatCaseNumber(*la, 123) == "19-0000123");
    CHECK(countyByFips(6001)->name == "Alameda");
    CHECK(countyByFips(6115)->name == "Yuba");
    CHECK(findCounty("los angeles") == la);
    CHECK(findCounty("06037") == la);
    CHECK(findCounty("19") == la);
    CHECK(findCounty("Atlantis") == nullptr);
    CHECK(normalizeCaseNumber("190000123") == "19-0000123");
    CHECK(normalizeCaseNumber(" 19-0000123 ") == "19-0000123");
    CHECK_FALSE(normalizeCaseNumber("99-0000123")); // no county 99
    CHECK_FALSE(normalizeCaseNumber("19-000012"));
    CHECK_THROWS_AS(formatCaseNumber(*la, kMaxCaseSequence + 1), Failure);
}

TEST_CASE("Emancipation: 18, or 19 while a full-time high-school student", "[cases]")
{
    CHECK(emancipationDate(d(2008, 5, 10), false) == d(2026, 5, 10));
    CHECK(emancipationDate(d(2008, 5, 10), true) == d(2027, 5, 10));
    // Family Code §3901: until 12th grade is done or 19, whichever comes first.
    CHECK(emancipationDate(d(2008, 5, 10), true, d(2026, 6, 12)) == d(2026, 6, 12));
    CHECK(emancipationDate(d(2008, 5, 10), true, d(2027, 6, 12)) == d(2027, 5, 10));
    CHECK(emancipationDate(d(2008, 5, 10), true, d(2025, 6, 12)) == d(2026, 5, 10));
    CHECK(emancipationDate(d(2008, 2, 29), false) == d(2026, 2, 28));
}

TEST_CASE("A case's orders end with the last child's emancipation, when every child has one",
    "[cases][orderend]")
{
    const auto person = [](ParticipantRole role, std::optional<Date> emancipation) {
        CaseParticipantView v;
        v.participant.role = role;
        v.emancipation = emancipation;
        return v;
    };
    CaseFile file;
    CHECK_FALSE(file.lastEmancipation()); // no children
    file.people = {person(ParticipantRole::NoncustodialParent, std::nullopt),
        person(ParticipantRole::Child, d(2036, 6, 13)),
        person(ParticipantRole::Child, d(2037, 3, 30)),
        person(ParticipantRole::Child, d(2031, 1, 2))};
    CHECK(file.lastEmancipation() == d(2037, 3, 30));
    file.people.push_back(person(ParticipantRole::Child, std::nullopt)); // no date of birth
    CHECK_FALSE(file.lastEmancipation());
}

TEST_CASE("A voluntary declaration can be rescinded within 60 days of the later signature",
    "[cases][parentage]")
{
    Parentage p;
    p.status = ParentageStatus::Established;
    p.method = ParentageMethod::VoluntaryDeclaration;
    p.declarationSignedByMother = d(2026, 9, 1);
    p.declarationSignedByParent = d(2026, 9, 10);
    CHECK(rescissionDeadline(p) == d(2026, 11, 9));
    CHECK(canRescind(p, d(2026, 11, 9), false));
    CHECK_FALSE(canRescind(p, d(2026, 11, 10), false));
    CHECK_FALSE(canRescind(p, d(2026, 10, 1), true)); // an order was entered
    p.method = ParentageMethod::GeneticTest;
    CHECK_FALSE(rescissionDeadline(p));
}

TEST_CASE("Parentage evidence must match its method", "[cases][parentage]")
{
    const Date today = d(2026, 11, 2);
    Parentage p;
    p.childId = Uuid::random();
    p.parentId = Uuid::random();
    p.status = ParentageStatus::Established;
    CHECK_THROWS_AS(validateParentage(p, today), Failure); // no method
    p.method = ParentageMethod::GeneticTest;
    p.testResult = GeneticTestResult::Inclusion;
    p.testLab = "LabCorp";
    CHECK_THROWS_AS(validateParentage(p, today), Failure); // no date
    p.testDate = d(2026, 10, 1);
    CHECK_NOTHROW(validateParentage(p, today));
    p.testResult = GeneticTestResult::Exclusion;
    CHECK_THROWS_AS(validateParentage(p, today), Failure);
    p.status = ParentageStatus::Excluded;
    CHECK_NOTHROW(validateParentage(p, today));
    p.testDate = d(2026, 12, 1);
    CHECK_THROWS_AS(validateParentage(p, today), Failure); // in the future
    CHECK(childParentageStatus({}) == ParentageStatus::Unknown);
    Parentage alleged;
    alleged.status = ParentageStatus::Alleged;
    Parentage excluded;
    excluded.status = ParentageStatus::Excluded;
    CHECK(childParentageStatus({excluded}) == ParentageStatus::Unknown);
    CHECK(childParentageStatus({excluded, alleged}) == ParentageStatus::Alleged);
}

TEST_CASE(
    "Order versions: in force by date, never retroactive over accrued arrears", "[cases][orders]")
{
    SupportOrder o;
    OrderVersion v1;
    v1.number = 1;
    v1.effective = d(2025, 1, 1);
    v1.currentSupport = Money::fromCents(450'00);
    validateOrderVersion(o, v1);
    o.versions.push_back(v1);
    CHECK(o.versionOn(d(2024, 12, 31)) == nullptr);
    CHECK(o.versionOn(d(2025, 1, 1))->number == 1);
    CHECK(o.currentSupportOn(d(2026, 1, 1)));

    OrderVersion v2 = v1;
    v2.number = 2;
    v2.effective = d(2026, 3, 1);
    v2.currentSupport = Money::fromCents(600'00);
    CHECK_THROWS_AS(validateOrderVersion(o, v2), Failure); // no filing date
    v2.requestFiledOn = d(2026, 4, 15);
    CHECK_THROWS_AS(
        validateOrderVersion(o, v2), Failure); // reaches back before the filing (303.106)
    v2.requestFiledOn = d(2026, 2, 20);
    CHECK_NOTHROW(validateOrderVersion(o, v2));
    o.versions.push_back(v2);
    CHECK(o.versionOn(d(2026, 2, 28))->number == 1);
    CHECK(o.versionOn(d(2026, 3, 1))->number == 2);
    OrderVersion before = v2;
    before.number = 3;
    before.effective = d(2026, 2, 1);
    before.requestFiledOn = d(2026, 1, 1);
    CHECK_THROWS_AS(validateOrderVersion(o, before), Failure); // not after the version in force
    o.endDate = d(2026, 6, 30);
    CHECK(o.versionOn(d(2026, 7, 1)) == nullptr);
    CHECK_FALSE(o.currentSupportOn(d(2026, 7, 1)));
    OrderVersion negative = v1;
    negative.currentSupport = Money::fromCents(-1);
    CHECK_THROWS_AS(validateOrderVersion(SupportOrder {}, negative), Failure);
}

TEST_CASE("Names, phones: normalized and validated", "[cases]")
{
    const auto n = PersonName::parse("Hernández López, María José");
    CHECK(n.family == "Hernández López");
    CHECK(n.given == "María José");
    const auto m = PersonName::parse("Kevin Tran");
    CHECK(m.given == "Kevin");
    CHECK(m.family == "Tran");
    CHECK(PersonName {"Ana", "", "García", ""}.sortKey() == "garcia ana");
    CHECK_THROWS_AS((PersonName {"Ana", "", "", ""}.normalized()), Failure);
    // NFC: "e" + combining acute becomes one code point (S26).
    CHECK((PersonName {"Jose\xCC\x81", "", "Pe\xCC\x81rez", ""}.normalized().family)
        == "P\xC3\xA9rez");
    CHECK(normalizePhone("(213) 555-0143") == "2135550143");
    CHECK(normalizePhone("+1 213 555 0143") == "2135550143");
    CHECK_FALSE(normalizePhone("555-0143"));
    CHECK_FALSE(normalizePhone("(013) 555-0143"));
}

TEST_CASE("The search box reads what kind of search is meant", "[cases][search]")
{
    CHECK(parseSearchText("Hernandes").kind == SearchKind::Name);
    CHECK(parseSearchText("maria hern").words == std::vector<std::string> {"maria", "hern"});
    const auto number = parseSearchText("19-0000123");
    CHECK(number.kind == SearchKind::CaseNumber);
    CHECK(number.caseNumberPrefix == "19-0000123");
    CHECK(parseSearchText("19-00001").kind == SearchKind::CaseNumber);
    const auto four = parseSearchText("9876 1985-03-12");
    CHECK(four.kind == SearchKind::SsnLastFourAndBirth);
    CHECK(four.lastFour == "9876");
    CHECK(four.dateOfBirth == d(1985, 3, 12));
    CHECK(parseSearchText("3/12/1985 ***-**-9876").kind == SearchKind::SsnLastFourAndBirth);
    CHECK(parseSearchText("(213) 555-0143").phone == "2135550143");
    CHECK(parseSearchText("555-0143").phone == "5550143");
    const auto ssn = parseSearchText("512-34-9876");
    CHECK(ssn.kind == SearchKind::Ssn);
    CHECK(ssn.ssn == "512349876");
    CHECK(parseSearchText("190000123").kind == SearchKind::CaseNumberOrSsn);
    CHECK(parseSearchText("   ").kind == SearchKind::Empty);
}
