#pragma once

#include "core/cases/democontext.h"
#include "core/cases/demonames.h"
#include "core/cases/person.h"

#include <string>
#include <unordered_set>

namespace caseledger::core {

// Makes and stores the people of generated families, with their names (search-indexed),
// SSNs, homes, phones, jobs and voluntary demographics.
class DemoPeople
{
public:
    explicit DemoPeople(DemoContext& ctx);
    const NameCulture& culture();
    // An adult aged between the ages on `on`.
    Person adult(const NameCulture& c, Sex sex, int minAge, int maxAge, Date on);
    Person child(const NameCulture& c, const std::string& familyName, Date born);
    // A current home (local, or far away for some noncustodial parents), sometimes a former one.
    void addHome(const Person& p, bool distant, Date since);
    void addPhone(const Person& p, bool distant);
    void addJob(const Person& p, Date since);
    // A child's family name from the parents' (Spanish custom: father's then mother's).
    std::string childFamilyName(const Person& mother, const Person* father);

private:
    std::string uniqueSsn();
    Demographics demographics(const NameCulture& c, Sex sex, bool adult);
    void store(const Person& p, const NameCulture& c, Sex sex, bool adult);
    std::string familyName(const NameCulture& c);

    DemoContext& m_ctx;
    std::unordered_set<std::string> m_ssns;
    bool m_checkDatabase = true; // SSNs already in the database must not repeat
};

} // namespace caseledger::core
