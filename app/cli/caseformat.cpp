#include "app/cli/caseformat.h"

#include "core/cases/casenumber.h"

#include <sstream>

namespace caseledger::cli::caseformat {

using Json = nlohmann::json;
using namespace core;

namespace {

Json date(const std::optional<Date>& d)
{
    return d ? Json(d->toIso()) : Json(nullptr);
}

Json idOrNull(const std::optional<Uuid>& u)
{
    return u ? Json(u->toString()) : Json(nullptr);
}

Json demographicsJson(const Demographics& d)
{
    return {{"race_ethnicity", encodeRaceEthnicity(d.raceEthnicity)},
        {"gender_identity", encodeGenderIdentity(d.genderIdentity)},
        {"primary_language", encodeLanguage(d.primaryLanguage)},
        {"disability", encodeDisability(d.disability)}};
}

Json whereaboutsJson(const PersonProfile& p)
{
    Json addresses = Json::array(), phones = Json::array(), jobs = Json::array();
    for (const auto& a : p.addresses)
        addresses.push_back({{"id", a.id.toString()}, {"kind", codeOf(a.kind)}, {"line1", a.line1},
            {"line2", a.line2}, {"city", a.city}, {"state", a.state}, {"zip", a.zip},
            {"from", a.from.toIso()}, {"to", date(a.to)}, {"verified", a.verified}});
    for (const auto& ph : p.phones)
        phones.push_back({{"kind", codeOf(ph.kind)}, {"number", ph.display()}});
    for (const auto& e : p.employment)
        jobs.push_back({{"employer", e.employerName}, {"employer_address", e.employerAddress},
            {"income", money(e.grossIncome)}, {"frequency", codeOf(e.frequency)},
            {"from", e.from.toIso()}, {"to", date(e.to)}});
    return {{"addresses", addresses}, {"phones", phones}, {"employment", jobs}, {"email", p.email}};
}

} // namespace

std::string money(Money m)
{
    return m.toString();
}

Json toJson(const PersonProfile& p)
{
    nlohmann::json out = {{"id", p.id.toString()},
        {"name",
            {{"given", p.name.given}, {"middle", p.name.middle}, {"family", p.name.family},
                {"suffix", p.name.suffix}}},
        {"display_name", p.displayName}, {"date_of_birth", date(p.dateOfBirth)},
        {"ssn", p.ssnMasked}, {"ssn_verified", p.ssnVerified},
        {"sex", p.sex ? nlohmann::json(codeOf(*p.sex)) : nlohmann::json(nullptr)},
        {"deceased_on", date(p.deceasedOn)}, {"preferred_language", p.preferredLanguage},
        {"demographics", demographicsJson(p.demographics)},
        {"family_violence_protected", p.protectedPerson},
        {"whereabouts_withheld", p.whereaboutsWithheld}};
    nlohmann::json fvi = nlohmann::json::array(), cases = nlohmann::json::array(),
                   names = nlohmann::json::array();
    for (const auto& f : p.familyViolence)
        fvi.push_back({{"id", f.id.toString()}, {"kind", codeOf(f.kind)},
            {"since", f.since.toIso()}, {"ended_on", date(f.endedOn)}});
    for (const auto& c : p.cases)
        cases.push_back({{"case_id", c.caseId.toString()}, {"case_number", c.caseNumber},
            {"role", codeOf(c.role)}, {"status", codeOf(c.status)}});
    for (const auto& n : p.otherNames)
        names.push_back({{"kind", codeOf(n.kind)}, {"name", n.name.display()}});
    out["family_violence"] = fvi;
    out["cases"] = cases;
    out["other_names"] = names;
    if (!p.whereaboutsWithheld)
        out.update(whereaboutsJson(p));
    return out;
}

Json toJson(const Case& c)
{
    return {{"id", c.id.toString()}, {"number", c.number}, {"status", codeOf(c.status)},
        {"phase", codeOf(c.phase)}, {"source", codeOf(c.source)},
        {"origin_county", c.originCountyFips}, {"managing_county", c.managingCountyFips},
        {"assigned_worker", idOrNull(c.assignedWorker)},
        {"application_date", c.applicationDate.toIso()}, {"opened_on", c.openedOn.toIso()},
        {"closure_reason",
            c.closureReason ? nlohmann::json(closureReasonNumber(*c.closureReason))
                            : nlohmann::json(nullptr)},
        {"closure_notice_on", date(c.closureNoticeOn)}, {"closed_on", date(c.closedOn)},
        {"reopened_on", date(c.reopenedOn)}};
}

Json toJson(const Task& t)
{
    return {{"id", t.id.toString()}, {"case_id", t.caseId.toString()}, {"rule", codeOf(t.rule)},
        {"title", labelOf(t.rule)}, {"trigger", t.trigger}, {"trigger_date", t.triggerDate.toIso()},
        {"due", t.due.toIso()}, {"status", codeOf(t.status)}, {"done_on", date(t.doneOn)},
        {"outcome", t.outcome}, {"citation", timeframe(t.rule).citation}};
}

Json toJson(const SupportOrder& o)
{
    nlohmann::json versions = nlohmann::json::array();
    for (const auto& v : o.versions)
        versions.push_back({{"number", v.number}, {"effective", v.effective.toIso()},
            {"signed_on", date(v.signedOn)}, {"request_filed_on", date(v.requestFiledOn)},
            {"current_support", money(v.currentSupport)},
            {"medical_support", money(v.medicalSupport)},
            {"spousal_support", money(v.spousalSupport)},
            {"arrears_payment", money(v.arrearsPayment)}, {"frequency", codeOf(v.frequency)},
            {"health_insurance", v.healthInsurance},
            {"guideline_calculation_id", idOrNull(v.guidelineCalculationId)}});
    return {{"id", o.id.toString()}, {"case_id", o.caseId.toString()}, {"kind", codeOf(o.kind)},
        {"court_case_number", o.courtCaseNumber}, {"court", o.court}, {"end_date", date(o.endDate)},
        {"versions", versions}};
}

Json toJson(const Parentage& p)
{
    return {{"id", p.id.toString()}, {"child_id", p.childId.toString()},
        {"parent_id", idOrNull(p.parentId)}, {"status", codeOf(p.status)},
        {"method", codeOf(p.method)}, {"established_on", date(p.establishedOn)},
        {"declaration_signed_by_mother", date(p.declarationSignedByMother)},
        {"declaration_signed_by_parent", date(p.declarationSignedByParent)},
        {"rescission_deadline", date(rescissionDeadline(p))}, {"rescinded_on", date(p.rescindedOn)},
        {"test_result",
            p.testResult ? nlohmann::json(codeOf(*p.testResult)) : nlohmann::json(nullptr)},
        {"test_probability", p.testProbability}, {"test_lab", p.testLab},
        {"test_date", date(p.testDate)}, {"court_case_number", p.courtCaseNumber},
        {"judgment_date", date(p.judgmentDate)}, {"presumption_basis", p.presumptionBasis}};
}

Json toJson(const Note& n)
{
    return {{"id", n.id.toString()}, {"kind", codeOf(n.kind)}, {"author", n.authorName},
        {"written_at", n.writtenAt}, {"contact_date", n.contactDate.toIso()}, {"text", n.text},
        {"corrects", idOrNull(n.correctsNoteId)}};
}

Json toJson(const CaseListRow& r)
{
    return {{"id", r.id.toString()}, {"number", r.number}, {"status", codeOf(r.status)},
        {"phase", codeOf(r.phase)}, {"custodial_party", r.custodialParty},
        {"noncustodial_parent", r.noncustodialParent}, {"children", r.children},
        {"worker", r.workerName}, {"next_due", date(r.nextDue)}, {"overdue", r.overdue},
        {"opened_on", r.openedOn.toIso()}, {"family_violence", r.familyViolence}};
}

Json toJson(const SearchHit& h)
{
    nlohmann::json out = {{"kind", h.kind == SearchHit::Kind::Person ? "person" : "case"},
        {"id", h.id.toString()}, {"matched_by", codeOf(h.matchedBy)}};
    if (h.kind == SearchHit::Kind::Case) {
        out.update({{"case_number", h.caseNumber}, {"status", codeOf(h.caseStatus)},
            {"custodial_party", h.custodialParty}, {"noncustodial_parent", h.noncustodialParent}});
        return out;
    }
    nlohmann::json cases = nlohmann::json::array();
    for (const auto& c : h.cases)
        cases.push_back({{"case_number", c.caseNumber}, {"role", codeOf(c.role)},
            {"status", codeOf(c.status)}});
    out.update({{"name", h.displayName}, {"date_of_birth", date(h.dateOfBirth)},
        {"ssn", h.ssnMasked}, {"cases", cases}});
    return out;
}

Json toJson(const CaseFile& f)
{
    nlohmann::json people = nlohmann::json::array(), assistance = nlohmann::json::array(),
                   parentage = nlohmann::json::array(), orders = nlohmann::json::array(),
                   notes = nlohmann::json::array(), tasks = nlohmann::json::array(),
                   history = nlohmann::json::array();
    for (const auto& v : f.people) {
        auto p = toJson(v.person);
        p["role"] = codeOf(v.participant.role);
        p["participant_id"] = v.participant.id.toString();
        p["emancipation"] = date(v.emancipation);
        if (v.parentageStatus)
            p["parentage"] = codeOf(*v.parentageStatus);
        people.push_back(p);
    }
    for (const auto& a : f.assistance)
        assistance.push_back({{"status", codeOf(a.status)}, {"from", a.from.toIso()}});
    for (const auto& p : f.parentage)
        parentage.push_back(toJson(p));
    for (const auto& o : f.orders)
        orders.push_back(toJson(o));
    for (const auto& n : f.notes)
        notes.push_back(toJson(n));
    for (const auto& t : f.tasks)
        tasks.push_back(toJson(t));
    for (const auto& h : f.history)
        history.push_back({{"seq", h.seq}, {"at", h.atUtc}, {"user", h.userName},
            {"action", h.action}, {"outcome", h.outcome}, {"description", h.description}});
    nlohmann::json out = toJson(f.record);
    out.update({{"county", f.countyName}, {"worker", f.assignedWorkerName},
        {"assistance_today", codeOf(f.assistanceToday)},
        {"current_support_order", f.currentSupportOrder}, {"family_violence", f.familyViolence},
        {"people", people}, {"assistance", assistance}, {"parentage", parentage},
        {"orders", orders}, {"notes", notes}, {"tasks", tasks}, {"history", history}});
    return out;
}

std::string toText(const PersonProfile& p)
{
    std::ostringstream out;
    out << p.displayName << "  (" << p.id.toString() << ")\n";
    out << "  Born: " << (p.dateOfBirth ? p.dateOfBirth->toIso() : "unknown")
        << "   SSN: " << (p.ssnMasked.empty() ? "none on file" : p.ssnMasked) << "\n";
    if (p.protectedPerson)
        out << "  FAMILY VIOLENCE INDICATOR: whereabouts are protected\n";
    if (p.whereaboutsWithheld) {
        out << "  Addresses, phones, employers: withheld (family violence protection)\n";
    } else {
        for (const auto& a : p.addresses)
            out << "  Address: " << a.oneLine() << (a.to ? " (until " + a.to->toIso() + ")" : "")
                << "\n";
        for (const auto& ph : p.phones)
            out << "  Phone: " << ph.display() << " (" << codeOf(ph.kind) << ")\n";
        for (const auto& e : p.employment)
            out << "  Employer: " << e.employerName << ", " << e.grossIncome.toDisplayString()
                << " " << codeOf(e.frequency) << "\n";
    }
    for (const auto& c : p.cases)
        out << "  Case " << c.caseNumber << ": " << labelOf(c.role) << " (" << codeOf(c.status)
            << ")\n";
    return out.str();
}

std::string toText(const CaseFile& f)
{
    std::ostringstream out;
    out << "Case " << f.record.number << " -- " << labelOf(f.record.status) << ", "
        << labelOf(f.record.phase) << "\n";
    out << "  County: " << f.countyName
        << "   Worker: " << (f.assignedWorkerName.empty() ? "unassigned" : f.assignedWorkerName)
        << "   Opened: " << f.record.openedOn.toIso()
        << "   Assistance: " << labelOf(f.assistanceToday) << "\n";
    if (f.familyViolence)
        out << "  FAMILY VIOLENCE INDICATOR on this case: protected whereabouts are withheld\n";
    out << "People:\n";
    for (const auto& v : f.people) {
        out << "  " << labelOf(v.participant.role) << ": " << v.person.displayName << "  born "
            << (v.person.dateOfBirth ? v.person.dateOfBirth->toIso() : "?") << "  SSN "
            << (v.person.ssnMasked.empty() ? "-" : v.person.ssnMasked);
        if (v.emancipation)
            out << "  emancipates " << v.emancipation->toIso();
        if (v.parentageStatus)
            out << "  parentage " << codeOf(*v.parentageStatus);
        out << (v.person.whereaboutsWithheld ? "  [whereabouts withheld]" : "") << "\n";
    }
    out << "Orders:\n";
    for (const auto& o : f.orders)
        for (const auto& v : o.versions)
            out << "  " << codeOf(o.kind) << " " << o.courtCaseNumber << " v" << v.number
                << " from " << v.effective.toIso() << ": " << v.currentSupport.toDisplayString()
                << " " << codeOf(v.frequency) << "\n";
    out << "Tasks:\n";
    for (const auto& t : f.tasks)
        out << "  " << labelOf(t.rule) << "  due " << t.due.toIso() << "  " << codeOf(t.status)
            << (t.doneOn ? " " + t.doneOn->toIso() : "") << "\n";
    out << "Notes:\n";
    for (const auto& n : f.notes)
        out << "  " << n.contactDate.toIso() << " " << n.authorName << ": " << n.text << "\n";
    return out.str();
}

Date date(const std::string& value, const std::string& option)
{
    if (auto d = Date::parseIso(value))
        return *d;
    throw CommandError {{ErrorCode::Validation, "must be a date written YYYY-MM-DD", option}};
}

std::optional<Date> optionalDate(const std::string& value, const std::string& option)
{
    if (value.empty())
        return std::nullopt;
    return date(value, option);
}

Money amount(const std::string& value, const std::string& option)
{
    if (auto m = Money::parse(value))
        return *m;
    throw CommandError {
        {ErrorCode::Validation, "must be an amount in dollars and cents, such as 612.50", option}};
}

Uuid id(const std::string& value, const std::string& option)
{
    if (auto u = Uuid::parse(value))
        return *u;
    throw CommandError {
        {ErrorCode::Validation, "must be a record id (8-4-4-4-12 hexadecimal digits)", option}};
}

} // namespace caseledger::cli::caseformat
