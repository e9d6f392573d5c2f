#include "core/cases/employmentrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

void EmploymentRepository::insert(const Employment& e, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO employment (id, person_id, employer_name, employer_address, "
                          "fein, income_cents, "
                          "income_frequency, from_date, to_date, hlc, device) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    s.bind(1, e.id)
        .bind(2, e.personId)
        .bind(3, e.employerName)
        .bind(4, e.employerAddress)
        .bind(5, e.fein);
    s.bind(6, e.grossIncome.cents());
    bindCode(s, 7, e.frequency);
    bindDate(s, 8, e.from);
    bindDate(s, 9, e.to);
    s.bind(10, e.hlc.asInt64()).bind(11, device);
    s.run();
}

std::vector<Employment> EmploymentRepository::forPerson(const Uuid& personId)
{
    auto s = m_db.prepare(
        "SELECT id, person_id, employer_name, employer_address, fein, income_cents, "
        "income_frequency, "
        "from_date, to_date, hlc FROM employment WHERE person_id = ?1 ORDER BY from_date DESC, id");
    s.bind(1, personId);
    std::vector<Employment> out;
    while (s.step()) {
        Employment e;
        e.id = s.uuid(0);
        e.personId = s.uuid(1);
        e.employerName = s.text(2);
        e.employerAddress = s.text(3);
        e.fein = s.text(4);
        e.grossIncome = money(s, 5);
        e.frequency = code<PayFrequency>(s, 6);
        e.from = date(s, 7);
        e.to = optionalDate(s, 8);
        e.hlc = hlc(s, 9);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace caseledger::core
