#include "core/services/demoservice.h"

#include "core/access/userrepository.h"
#include "core/base/crypto.h"
#include "core/services/userservice.h"
#include "core/services/workspace.h"

#include <chrono>
#include <cstdio>

namespace caseledger::core {

namespace {

constexpr const char* kDemoDisplayNames[] = {"Rosa Delgado", "Kevin Tran", "Marisol Ortega",
    "James Whitaker", "Ani Hakobyan", "Grace Santos", "Daniel Cho", "Lupe Navarro",
    "Tanisha Brooks", "Wei Chen", "Hector Salas", "Priya Gill", "Lauren Kim", "Miguel Ibarra",
    "Sarah O'Neil", "Tuan Pham", "Carmen Ruiz", "David Petrosyan"};

std::string numbered(const char* prefix, int n)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%02d", prefix, n);
    return buffer;
}

std::string displayNameFor(std::size_t index)
{
    constexpr std::size_t count = sizeof kDemoDisplayNames / sizeof kDemoDisplayNames[0];
    std::string name = kDemoDisplayNames[index % count];
    if (index >= count)
        name += " " + std::to_string(index / count + 1);
    return name;
}

} // namespace

std::vector<std::pair<std::string, Role>> DemoService::accountNames(const DemoRequest& r)
{
    std::vector<std::pair<std::string, Role>> out;
    for (int i = 1; i <= r.caseworkers; ++i)
        out.emplace_back(numbered("caseworker", i), Role::Caseworker);
    for (int i = 1; i <= r.supervisors; ++i)
        out.emplace_back(numbered("supervisor", i), Role::Supervisor);
    for (int i = 1; i <= r.financialWorkers; ++i)
        out.emplace_back(numbered("finance", i), Role::FinancialWorker);
    return out;
}

Result<DemoResult> DemoService::generate(const Session& session, const DemoRequest& request,
    const DemoProgress& progress, const DemoLedgerProgress& ledgerProgress)
{
    // The permission is checked (and a denial audited) by the door before anything is written.
    if (!session.may(Action::DemoGenerate))
        return m_ws.perform(
            session, Action::DemoGenerate, [](Operation&) { return DemoResult {}; });
    if (request.cases < 0 || request.cases > 5'000'000)
        return Error {
            ErrorCode::Validation, "the number of cases must be between 0 and 5,000,000", "cases"};
    if (request.ledgerYears < 0 || request.ledgerYears > 10)
        return Error {ErrorCode::Validation, "the years of money history must be between 0 and 10",
            "ledger_years"};
    if (request.caseworkers < 1 || request.caseworkers > 500)
        return Error {ErrorCode::Validation,
            "the number of demo caseworkers must be between 1 and 500", "caseworkers"};

    DemoResult result;
    DemoSettings settings;
    const auto accounts = accountNames(request);
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const auto& [name, role] = accounts[i];
        auto existing = UserRepository(m_ws.db()).findByName(name);
        if (!existing) {
            auto added = UserService(m_ws).add(
                session, {name, displayNameFor(i), role, 0, request.workerPassword});
            if (!added)
                return added.error();
            existing = *added;
            result.createdAccounts.push_back(name);
        } else {
            result.existingAccounts.push_back(name);
        }
        if (role == Role::Caseworker && !existing->disabled)
            settings.workers.push_back({existing->id, existing->displayName});
    }

    settings.cases = request.cases;
    settings.seed = request.seed;
    settings.countyFips = request.countyFips;
    settings.today = m_ws.clock().today();
    settings.hlc = m_ws.hlc().tick();
    settings.device = m_ws.device().id;
    settings.idMillis = toUnixMillis(m_ws.clock().now());
    crypto::randomBytes(std::span<std::uint8_t>(
        reinterpret_cast<std::uint8_t*>(&settings.idStart), sizeof settings.idStart));
    std::optional<Error> failure;
    const auto started = std::chrono::steady_clock::now();
    try {
        result.stats = DemoGenerator(m_ws.db(), settings).run(progress);
    } catch (const Failure& f) {
        failure = f.error();
    }
    result.seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    auto generated = m_ws.perform(session, Action::DemoGenerate, [&](Operation& op) {
        op.target("database", m_ws.databaseId().toString());
        op.describe("demo caseload: " + std::to_string(result.stats.cases) + " cases, "
            + std::to_string(result.stats.people) + " people (seed " + std::to_string(request.seed)
            + ", county " + std::to_string(request.countyFips) + ")");
        if (failure)
            throw Failure(*failure); // audited as refused; committed batches stay
        return result;
    });
    // A caseload stopped by its progress callback (fewer cases than asked) gets no money.
    if (!generated || request.ledgerYears == 0 || generated->stats.casesWithOrders.empty()
        || generated->stats.cases < request.cases)
        return generated;
    // The money history: the federal fiscal years before the current one (which began on the
    // last October 1st) through the last complete month.
    const Date today = m_ws.clock().today();
    const Date fiscalStart
        = Date::fromYmd(today.month() >= 10 ? today.year() : today.year() - 1, 10, 1);
    generated->ledgerFrom = fiscalStart.addYears(-request.ledgerYears);
    generated->ledgerThrough = today.firstOfMonth().addMonths(-1);
    const auto ledgerStarted = std::chrono::steady_clock::now();
    auto ledger = DemoLedger(m_ws, session, request.seed)
                      .run(generated->stats.casesWithOrders, generated->ledgerFrom,
                          generated->ledgerThrough, ledgerProgress);
    if (!ledger) {
        Error e = ledger.error();
        e.message = "the caseload of " + std::to_string(generated->stats.cases)
            + " cases was kept; its money history was not finished: " + e.message;
        return e;
    }
    generated->ledger = *ledger;
    generated->ledgerSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - ledgerStarted).count();
    return generated;
}

} // namespace caseledger::core
