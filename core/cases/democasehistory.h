#pragma once

#include "core/cases/case.h"
#include "core/cases/democontext.h"
#include "core/cases/person.h"
#include "core/cases/timeframes.h"

#include <optional>
#include <vector>

namespace caseledger::core {

// One generated family's case as the generator has decided it; DemoCaseHistory fills in what
// happened on it.
struct DemoFamily
{
    Case record;
    Person custodialParty;
    std::optional<Person> noncustodialParent;
    bool parentageEstablished = false; // for every child
    std::vector<Person> children;
    std::string workerName;
};

// Writes a generated case's history: assistance periods, parentage records, orders and their
// modifications, family violence indicators, timeframe tasks (met, late and open) and notes.
class DemoCaseHistory
{
public:
    explicit DemoCaseHistory(DemoContext& ctx)
        : m_ctx(ctx)
    { }
    void write(const DemoFamily& family);

private:
    void assistance(const DemoFamily& f);
    void parentage(const DemoFamily& f);
    std::optional<Date> order(const DemoFamily& f);
    void familyViolence(const DemoFamily& f);
    void tasks(const DemoFamily& f, std::optional<Date> orderDate);
    void task(const Case& c, TaskRule rule, Date trigger, std::optional<Date> doneOn,
        std::string_view outcome = {});
    void notes(const DemoFamily& f);

    DemoContext& m_ctx;
};

} // namespace caseledger::core
