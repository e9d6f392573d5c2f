// person add|show|find|address|phone|employer|fvi
#include "app/cli/caseformat.h"
#include "app/cli/clicontext.h"
#include "core/services/personservice.h"
#include "core/services/searchservice.h"

namespace caseledger::cli {

namespace fmt = caseformat;

namespace {

struct AddressOptions
{
    std::string street, line2, city, state = "CA", zip, from;
};

void addAddressOptions(CLI::App* cmd, AddressOptions& a, bool required)
{
    auto* street = cmd->add_option("--street", a.street, "Street address (line 1)");
    cmd->add_option("--line2", a.line2, "Apartment, unit");
    auto* city = cmd->add_option("--city", a.city, "City");
    cmd->add_option("--state", a.state, "Two-letter state (default CA)");
    auto* zip = cmd->add_option("--zip", a.zip, "ZIP code");
    cmd->add_option("--since", a.from, "Living there since (default today)");
    if (required) {
        street->required();
        city->required();
        zip->required();
    }
}

core::Address addressFrom(const AddressOptions& o)
{
    core::Address a;
    a.line1 = o.street;
    a.line2 = o.line2;
    a.city = o.city;
    a.state = o.state;
    a.zip = o.zip;
    if (auto since = fmt::optionalDate(o.from, "since"))
        a.from = *since;
    return a;
}

struct AddOptions
{
    std::string name, given, family, dob, ssn, sex, email, language;
    std::vector<std::string> phones;
    AddressOptions address;
};

void addAdd(CLI::App& group, CliContext& ctx, Action& action)
{
    static AddOptions o;
    auto* cmd = group.add_subcommand("add", "Add a person");
    cmd->add_option("--name", o.name, "Full name: \"Given Family\" or \"Family, Given\"");
    cmd->add_option("--given", o.given, "Given name(s), with --family");
    cmd->add_option("--family", o.family, "Family name(s), with --given");
    cmd->add_option("--dob", o.dob, "Date of birth, YYYY-MM-DD")->required();
    cmd->add_option("--ssn", o.ssn, "Social Security Number (shown masked from then on)");
    cmd->add_option("--sex", o.sex, "f, m or x");
    cmd->add_option("--email", o.email, "E-mail address");
    cmd->add_option("--language", o.language, "Preferred language, ISO 639-1 (es, vi, ...)");
    cmd->add_option("--phone", o.phones, "Phone number; repeatable");
    addAddressOptions(cmd, o.address, false);
    cmd->callback([&] {
        action = [&] {
            core::NewPersonRequest r;
            if (!o.family.empty())
                r.name = {o.given, "", o.family, ""};
            else if (!o.name.empty())
                r.name = core::PersonName::parse(o.name);
            else
                throw CommandError {
                    {core::ErrorCode::Usage, "give --name, or --given and --family", "name"}};
            r.dateOfBirth = fmt::date(o.dob, "dob");
            r.ssn = o.ssn;
            if (!o.sex.empty())
                r.sex = fmt::code<core::Sex>(o.sex, "sex");
            r.email = o.email;
            r.preferredLanguage = o.language;
            for (const auto& p : o.phones)
                r.phones.push_back({{}, {}, core::PhoneKind::Mobile, p, {}});
            if (!o.address.street.empty())
                r.addresses.push_back(addressFrom(o.address));
            auto p = ctx.require(core::PersonService(ctx.open()).add(ctx.session(), r));
            ctx.print({{"ok", true}, {"person", fmt::toJson(p)}},
                "Added " + p.displayName + "  id " + p.id.toString());
        };
    });
}

void addShow(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref, reason, authority;
    static bool reveal = false;
    auto* cmd = group.add_subcommand(
        "show", "Show a person (SSN masked; protected whereabouts withheld)");
    cmd->add_option("id", ref, "Person id")->required();
    cmd->add_flag("--reveal-ssn", reveal,
        "Show the full SSN (needs the reveal_ssn grant and --reason; audited)");
    cmd->add_option("--reason", reason, "Why the full SSN is needed");
    cmd->add_option("--override-authority", authority,
        "Show a protected person's whereabouts under this authority, e.g. a court order "
        "(needs the override_family_violence grant; audited)");
    cmd->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            core::PersonService people(ws);
            const auto id = fmt::id(ref, "id");
            auto p = ctx.require(authority.empty()
                    ? people.view(ctx.session(), id)
                    : people.viewProtected(ctx.session(), id, authority));
            nlohmann::json j = {{"person", fmt::toJson(p)}};
            std::string text = fmt::toText(p);
            if (reveal) {
                if (reason.empty())
                    throw CommandError {
                        {core::ErrorCode::Usage, "--reveal-ssn needs --reason", "reason"}};
                const auto ssn = ctx.require(people.revealSsn(ctx.session(), id, reason));
                j["person"]["ssn"]
                    = ssn.substr(0, 3) + "-" + ssn.substr(3, 2) + "-" + ssn.substr(5);
                text += "  Full SSN (revealed, audited): " + j["person"]["ssn"].get<std::string>()
                    + "\n";
            }
            ctx.print(j, text);
        };
    });
}

void addFind(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string query;
    static int limit = 25;
    auto* cmd = group.add_subcommand("find",
        "Find people and cases: name (sound-alike too), case number, "
        "SSN last four with date of birth, phone");
    cmd->add_option("text", query, "What to look for")->required();
    cmd->add_option("--limit", limit, "At most this many results");
    cmd->callback([&] {
        action = [&] {
            auto found
                = ctx.require(core::SearchService(ctx.open()).search(ctx.session(), query, limit));
            nlohmann::json hits = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& h : found.hits) {
                hits.push_back(fmt::toJson(h));
                if (h.kind == core::SearchHit::Kind::Case) {
                    rows.push_back({"case", h.caseNumber,
                        h.custodialParty + " / " + h.noncustodialParent, "", "", h.id.toString()});
                    continue;
                }
                std::string cases;
                for (const auto& c : h.cases)
                    cases += (cases.empty() ? "" : " ") + c.caseNumber + ":"
                        + std::string(core::codeOf(c.role));
                rows.push_back(
                    {"person", h.displayName, h.dateOfBirth ? h.dateOfBirth->toIso() : "",
                        h.ssnMasked, cases, h.id.toString()});
            }
            if (ctx.json)
                return ctx.print({{"results", hits}, {"more", found.more}}, "");
            ctx.printTable({"KIND", "NAME / CASE", "BORN", "SSN", "CASES", "ID"}, rows);
        };
    });
}

void addContact(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref, phone, kind = "mobile";
    static AddressOptions a;
    auto* address = group.add_subcommand(
        "address", "Add a current address (a located NCP starts the 90-day clock)");
    address->add_option("id", ref, "Person id")->required();
    addAddressOptions(address, a, true);
    address->callback([&] {
        action = [&] {
            ctx.require(core::PersonService(ctx.open())
                            .addAddress(ctx.session(), fmt::id(ref, "id"), addressFrom(a)));
            ctx.print({{"ok", true}}, "Address added.");
        };
    });
    auto* ph = group.add_subcommand("phone", "Add a phone number");
    ph->add_option("id", ref, "Person id")->required();
    ph->add_option("--number", phone, "The number")->required();
    ph->add_option("--kind", kind, "mobile, home or work");
    ph->callback([&] {
        action = [&] {
            ctx.require(core::PersonService(ctx.open())
                            .addPhone(ctx.session(), fmt::id(ref, "id"),
                                fmt::code<core::PhoneKind>(kind, "kind"), phone));
            ctx.print({{"ok", true}}, "Phone added.");
        };
    });
}

void addIncomeAndProtection(CLI::App& group, CliContext& ctx, Action& action)
{
    static std::string ref, employer, income, frequency = "monthly", since,
                                              kind = "protective_order";
    auto* job = group.add_subcommand(
        "employer", "Add an employer (starts the 2-business-day withholding clock)");
    job->add_option("id", ref, "Person id")->required();
    job->add_option("--employer", employer, "Employer name")->required();
    job->add_option("--income", income, "Gross income per period, dollars");
    job->add_option("--frequency", frequency, "weekly, biweekly, semimonthly, monthly or annually");
    job->add_option("--since", since, "Employed since (default today)");
    job->callback([&] {
        action = [&] {
            core::Employment e;
            e.employerName = employer;
            e.grossIncome = income.empty() ? core::Money() : fmt::amount(income, "income");
            e.frequency = fmt::code<core::PayFrequency>(frequency, "frequency");
            if (auto d = fmt::optionalDate(since, "since"))
                e.from = *d;
            ctx.require(core::PersonService(ctx.open())
                            .addEmployment(ctx.session(), fmt::id(ref, "id"), e));
            ctx.print({{"ok", true}}, "Employer added.");
        };
    });
    auto* fvi
        = group.add_subcommand("fvi", "Record a family violence indicator (protects whereabouts)");
    fvi->add_option("id", ref, "Person id")->required();
    fvi->add_option("--kind", kind,
        "protective_order, good_cause_approved, good_cause_pending or agency_finding");
    fvi->add_option("--since", since, "Since (default today)");
    fvi->callback([&] {
        action = [&] {
            auto& ws = ctx.open();
            const auto on = fmt::optionalDate(since, "since").value_or(ctx.clock().today());
            ctx.require(core::PersonService(ws).recordFamilyViolence(ctx.session(),
                fmt::id(ref, "id"), fmt::code<core::FamilyViolenceKind>(kind, "kind"), on));
            ctx.print(
                {{"ok", true}}, "Family violence indicator recorded; whereabouts are protected.");
        };
    });
}

} // namespace

void registerPersonCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* group = app.add_subcommand("person", "People: add, show, find, and their details");
    group->require_subcommand(1);
    addAdd(*group, ctx, action);
    addShow(*group, ctx, action);
    addFind(*group, ctx, action);
    addContact(*group, ctx, action);
    addIncomeAndProtection(*group, ctx, action);
}

} // namespace caseledger::cli
