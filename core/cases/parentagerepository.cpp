#include "core/cases/parentagerepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kColumns
    = "p.id, p.child_id, p.parent_id, p.case_id, p.status, p.method, p.established_on, "
      "p.declaration_mother_on, "
      "p.declaration_parent_on, p.rescinded_on, p.test_result, p.test_probability, p.test_lab, "
      "p.test_date, "
      "p.court_case_number, p.judgment_date, p.presumption_basis, p.hlc ";

Parentage readParentage(const Statement& s)
{
    Parentage p;
    p.id = s.uuid(0);
    p.childId = s.uuid(1);
    p.parentId = optionalId(s, 2);
    p.caseId = optionalId(s, 3);
    p.status = code<ParentageStatus>(s, 4);
    p.method = code<ParentageMethod>(s, 5);
    p.establishedOn = optionalDate(s, 6);
    p.declarationSignedByMother = optionalDate(s, 7);
    p.declarationSignedByParent = optionalDate(s, 8);
    p.rescindedOn = optionalDate(s, 9);
    p.testResult = optionalCode<GeneticTestResult>(s, 10);
    p.testProbability = s.text(11);
    p.testLab = s.text(12);
    p.testDate = optionalDate(s, 13);
    p.courtCaseNumber = s.text(14);
    p.judgmentDate = optionalDate(s, 15);
    p.presumptionBasis = s.text(16);
    p.hlc = hlc(s, 17);
    return p;
}

void bindParentage(Statement& s, const Parentage& p, const Uuid& device)
{
    s.bind(1, p.id).bind(2, p.childId);
    bindId(s, 3, p.parentId);
    bindId(s, 4, p.caseId);
    bindCode(s, 5, p.status);
    bindCode(s, 6, p.method);
    bindDate(s, 7, p.establishedOn);
    bindDate(s, 8, p.declarationSignedByMother);
    bindDate(s, 9, p.declarationSignedByParent);
    bindDate(s, 10, p.rescindedOn);
    if (p.testResult)
        bindCode(s, 11, *p.testResult);
    else
        s.bindNull(11);
    s.bind(12, p.testProbability).bind(13, p.testLab);
    bindDate(s, 14, p.testDate);
    s.bind(15, p.courtCaseNumber);
    bindDate(s, 16, p.judgmentDate);
    s.bind(17, p.presumptionBasis).bind(18, p.hlc.asInt64()).bind(19, device);
}

std::vector<Parentage> readAll(Statement& s)
{
    std::vector<Parentage> out;
    while (s.step())
        out.push_back(readParentage(s));
    return out;
}

} // namespace

void ParentageRepository::insert(const Parentage& p, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO parentage (id, child_id, parent_id, case_id, status, method, established_on, "
        "declaration_mother_on, declaration_parent_on, rescinded_on, test_result, "
        "test_probability, test_lab, "
        "test_date, court_case_number, judgment_date, presumption_basis, hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
        "?19)");
    bindParentage(s, p, device);
    s.run();
}

void ParentageRepository::update(const Parentage& p, const Uuid& device)
{
    auto s = m_db.prepare(
        "UPDATE parentage SET child_id = ?2, parent_id = ?3, case_id = ?4, status = ?5, method = "
        "?6, "
        "established_on = ?7, declaration_mother_on = ?8, declaration_parent_on = ?9, rescinded_on "
        "= ?10, "
        "test_result = ?11, test_probability = ?12, test_lab = ?13, test_date = ?14, "
        "court_case_number = ?15, "
        "judgment_date = ?16, presumption_basis = ?17, hlc = ?18, device = ?19 WHERE id = ?1");
    bindParentage(s, p, device);
    s.run();
}

std::optional<Parentage> ParentageRepository::find(const Uuid& id)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns + "FROM parentage p WHERE p.id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readParentage(s);
}

std::optional<Parentage> ParentageRepository::findFor(
    const Uuid& childId, const std::optional<Uuid>& parentId)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns
        + "FROM parentage p WHERE p.child_id = ?1 AND p.parent_id IS ?2 ORDER BY p.id LIMIT 1");
    s.bind(1, childId);
    bindId(s, 2, parentId);
    if (!s.step())
        return std::nullopt;
    return readParentage(s);
}

std::vector<Parentage> ParentageRepository::forChild(const Uuid& childId)
{
    auto s = m_db.prepare(
        std::string("SELECT ") + kColumns + "FROM parentage p WHERE p.child_id = ?1 ORDER BY p.id");
    s.bind(1, childId);
    return readAll(s);
}

std::vector<Parentage> ParentageRepository::forChildrenOfCase(const Uuid& caseId)
{
    auto s = m_db.prepare(std::string("SELECT ") + kColumns
        + "FROM participant c JOIN parentage p ON p.child_id = c.person_id "
          "WHERE c.case_id = ?1 AND c.role = 'child' ORDER BY c.from_date, c.id, p.id");
    s.bind(1, caseId);
    return readAll(s);
}

} // namespace caseledger::core
