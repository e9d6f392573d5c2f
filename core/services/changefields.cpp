#include "core/services/changefields.h"

namespace caseledger::core::changefields {

namespace {

nlohmann::json date(const std::optional<Date>& d)
{
    return d ? nlohmann::json(d->toIso()) : nlohmann::json(nullptr);
}

nlohmann::json id(const std::optional<Uuid>& u)
{
    return u ? nlohmann::json(u->toString()) : nlohmann::json(nullptr);
}

nlohmann::json name(const PersonName& n)
{
    return {{"given", n.given}, {"middle", n.middle}, {"family", n.family}, {"suffix", n.suffix}};
}

} // namespace

nlohmann::json of(const Person& p)
{
    return {{"name", name(p.name)}, {"date_of_birth", date(p.dateOfBirth)},
        {"ssn", p.ssn ? nlohmann::json(*p.ssn) : nlohmann::json(nullptr)},
        {"ssn_verified", p.ssnVerified},
        {"sex", p.sex ? nlohmann::json(codeOf(*p.sex)) : nlohmann::json(nullptr)},
        {"email", p.email}, {"preferred_language", p.preferredLanguage},
        {"deceased_on", date(p.deceasedOn)}};
}

nlohmann::json of(const OtherName& n)
{
    return {{"person", n.personId.toString()}, {"kind", codeOf(n.kind)}, {"name", name(n.name)}};
}

nlohmann::json of(const Address& a)
{
    return {{"person", a.personId.toString()}, {"kind", codeOf(a.kind)}, {"line1", a.line1},
        {"line2", a.line2}, {"city", a.city}, {"state", a.state}, {"zip", a.zip},
        {"from", a.from.toIso()}, {"to", date(a.to)}, {"verified", a.verified}};
}

nlohmann::json of(const Phone& p)
{
    return {{"person", p.personId.toString()}, {"kind", codeOf(p.kind)}, {"number", p.number}};
}

nlohmann::json of(const Employment& e)
{
    return {{"person", e.personId.toString()}, {"employer", e.employerName},
        {"employer_address", e.employerAddress}, {"fein", e.fein},
        {"income_cents", e.grossIncome.cents()}, {"frequency", codeOf(e.frequency)},
        {"from", e.from.toIso()}, {"to", date(e.to)}};
}

nlohmann::json of(const Demographics& d)
{
    return {{"race_ethnicity", encodeRaceEthnicity(d.raceEthnicity)},
        {"gender_identity", encodeGenderIdentity(d.genderIdentity)},
        {"primary_language", encodeLanguage(d.primaryLanguage)},
        {"disability", encodeDisability(d.disability)}};
}

nlohmann::json of(const FamilyViolenceIndicator& f)
{
    return {{"person", f.personId.toString()}, {"kind", codeOf(f.kind)}, {"since", f.since.toIso()},
        {"ended_on", date(f.endedOn)}};
}

nlohmann::json of(const DisclosureOverride& o)
{
    return {{"person", o.personId.toString()}, {"user", o.userId.toString()}, {"at", o.atUtc},
        {"authority", o.authority}};
}

nlohmann::json of(const Case& c)
{
    return {{"number", c.number}, {"origin_county", c.originCountyFips},
        {"managing_county", c.managingCountyFips}, {"assigned_worker", id(c.assignedWorker)},
        {"status", codeOf(c.status)}, {"phase", codeOf(c.phase)}, {"source", codeOf(c.source)},
        {"application_date", c.applicationDate.toIso()}, {"opened_on", c.openedOn.toIso()},
        {"closure_reason",
            c.closureReason ? nlohmann::json(closureReasonNumber(*c.closureReason))
                            : nlohmann::json(nullptr)},
        {"closure_notice_on", date(c.closureNoticeOn)}, {"closed_on", date(c.closedOn)},
        {"reopened_on", date(c.reopenedOn)}};
}

nlohmann::json of(const AssistancePeriod& a)
{
    return {{"case", a.caseId.toString()}, {"status", codeOf(a.status)}, {"from", a.from.toIso()}};
}

nlohmann::json of(const Participant& p)
{
    return {{"case", p.caseId.toString()}, {"person", p.personId.toString()},
        {"role", codeOf(p.role)}, {"from", p.from.toIso()}, {"to", date(p.to)},
        {"hs_student", p.fullTimeHighSchoolStudent},
        {"expected_graduation", date(p.expectedGraduation)}};
}

nlohmann::json of(const Parentage& p)
{
    return {{"child", p.childId.toString()}, {"parent", id(p.parentId)}, {"case", id(p.caseId)},
        {"status", codeOf(p.status)}, {"method", codeOf(p.method)},
        {"established_on", date(p.establishedOn)},
        {"declaration_mother_on", date(p.declarationSignedByMother)},
        {"declaration_parent_on", date(p.declarationSignedByParent)},
        {"rescinded_on", date(p.rescindedOn)},
        {"test_result",
            p.testResult ? nlohmann::json(codeOf(*p.testResult)) : nlohmann::json(nullptr)},
        {"test_probability", p.testProbability}, {"test_lab", p.testLab},
        {"test_date", date(p.testDate)}, {"court_case_number", p.courtCaseNumber},
        {"judgment_date", date(p.judgmentDate)}, {"presumption_basis", p.presumptionBasis}};
}

nlohmann::json of(const SupportOrder& o)
{
    return {{"case", o.caseId.toString()}, {"kind", codeOf(o.kind)},
        {"court_case_number", o.courtCaseNumber}, {"court", o.court},
        {"end_date", date(o.endDate)}};
}

nlohmann::json of(const OrderVersion& v)
{
    return {{"order", v.orderId.toString()}, {"number", v.number},
        {"effective", v.effective.toIso()}, {"signed_on", date(v.signedOn)},
        {"request_filed_on", date(v.requestFiledOn)},
        {"current_support_cents", v.currentSupport.cents()},
        {"medical_support_cents", v.medicalSupport.cents()},
        {"spousal_support_cents", v.spousalSupport.cents()},
        {"arrears_payment_cents", v.arrearsPayment.cents()}, {"frequency", codeOf(v.frequency)},
        {"health_insurance", v.healthInsurance},
        {"guideline_calculation", id(v.guidelineCalculationId)}};
}

nlohmann::json of(const Note& n)
{
    return {{"case", n.caseId.toString()}, {"person", id(n.personId)},
        {"author", n.authorId.toString()}, {"author_name", n.authorName},
        {"written_at", n.writtenAt}, {"contact_date", n.contactDate.toIso()},
        {"kind", codeOf(n.kind)}, {"text", n.text}, {"corrects", id(n.correctsNoteId)}};
}

nlohmann::json of(const Task& t)
{
    return {{"case", t.caseId.toString()}, {"rule", codeOf(t.rule)}, {"trigger", t.trigger},
        {"trigger_date", t.triggerDate.toIso()}, {"due", t.due.toIso()},
        {"status", codeOf(t.status)}, {"done_on", date(t.doneOn)}, {"outcome", t.outcome},
        {"worker", id(t.workerId)}};
}

} // namespace caseledger::core::changefields
