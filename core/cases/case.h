#pragma once

#include "core/base/date.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"
#include "core/cases/closurereason.h"
#include "core/cases/codes.h"

#include <optional>
#include <string>
#include <vector>

namespace caseledger::core {

enum class CaseStatus : std::uint8_t
{
    Open,
    ClosePending,
    Closed
};
template<>
struct EnumCodes<CaseStatus>
{
    static constexpr CodeEntry<CaseStatus> table[] = {
        {CaseStatus::Open, "open", "Open"},
        // 45 CFR 303.11(d)(4): 60 days' notice before closing; the case is still open meanwhile.
        {CaseStatus::ClosePending, "close_pending", "Open, closure notice sent"},
        {CaseStatus::Closed, "closed", "Closed"},
    };
};

enum class CasePhase : std::uint8_t
{
    Intake,
    Locate,
    Parentage,
    Establishment,
    Enforcement
};
template<>
struct EnumCodes<CasePhase>
{
    static constexpr CodeEntry<CasePhase> table[] = {
        {CasePhase::Intake, "intake", "Intake"},
        {CasePhase::Locate, "locate", "Locate"},
        {CasePhase::Parentage, "parentage", "Parentage"},
        {CasePhase::Establishment, "establishment", "Establishment"},
        {CasePhase::Enforcement, "enforcement", "Enforcement"},
    };
};

// The case type by assistance (casework.md "Cases"); dated, because it drives distribution.
enum class AssistanceStatus : std::uint8_t
{
    Current,
    Former,
    Never,
    MedicaidOnly
};
template<>
struct EnumCodes<AssistanceStatus>
{
    static constexpr CodeEntry<AssistanceStatus> table[] = {
        {AssistanceStatus::Current, "current", "Current assistance (CalWORKs / foster care)"},
        {AssistanceStatus::Former, "former", "Former assistance"},
        {AssistanceStatus::Never, "never", "Never assistance"},
        {AssistanceStatus::MedicaidOnly, "medicaid_only", "Medi-Cal only"},
    };
};

// How the agency learned of the family (45 CFR 303.2(a)).
enum class CaseSource : std::uint8_t
{
    Application,
    AssistanceReferral,
    MedicaidReferral,
    FosterCareReferral,
    Intergovernmental
};
template<>
struct EnumCodes<CaseSource>
{
    static constexpr CodeEntry<CaseSource> table[] = {
        {CaseSource::Application, "application", "Application for services"},
        {CaseSource::AssistanceReferral, "assistance_referral", "CalWORKs (IV-A) referral"},
        {CaseSource::MedicaidReferral, "medicaid_referral", "Medi-Cal referral"},
        {CaseSource::FosterCareReferral, "foster_care_referral", "Foster care (IV-E) referral"},
        {CaseSource::Intergovernmental, "intergovernmental", "Intergovernmental referral"},
    };
};

struct AssistancePeriod
{
    Uuid id;
    Uuid caseId;
    AssistanceStatus status = AssistanceStatus::Never;
    Date from; // in force until the next period's start
    Hlc hlc;
};

// The status in force on `day` from a dated history (any order); Never before the first.
AssistanceStatus assistanceStatusOn(const std::vector<AssistancePeriod>& history, Date day);

enum class ParticipantRole : std::uint8_t
{
    CustodialParty,
    NoncustodialParent,
    AllegedFather,
    Child
};
template<>
struct EnumCodes<ParticipantRole>
{
    static constexpr CodeEntry<ParticipantRole> table[] = {
        {ParticipantRole::CustodialParty, "cp", "Custodial party"},
        {ParticipantRole::NoncustodialParent, "ncp", "Noncustodial parent"},
        {ParticipantRole::AllegedFather, "af", "Alleged father"},
        {ParticipantRole::Child, "child", "Child"},
    };
};

struct Participant
{
    Uuid id;
    Uuid caseId;
    Uuid personId;
    ParticipantRole role = ParticipantRole::Child;
    Date from;
    std::optional<Date> to; // left the case
    // Family Code §3901: support continues past 18 for a full-time high-school student.
    bool fullTimeHighSchoolStudent = false;
    std::optional<Date> expectedGraduation;
    Hlc hlc;

    bool activeOn(Date day) const { return from <= day && (!to || *to >= day); }
};

struct Case
{
    Uuid id;
    std::string number; // "19-0000123"; never changes, even after a transfer
    int originCountyFips = 0; // the county whose prefix the number carries
    int managingCountyFips = 0;
    std::optional<Uuid> assignedWorker;
    CaseStatus status = CaseStatus::Open;
    CasePhase phase = CasePhase::Intake;
    CaseSource source = CaseSource::Application;
    Date applicationDate; // application or referral received
    Date openedOn;
    std::optional<ClosureReason> closureReason;
    std::optional<Date> closureNoticeOn; // the 60-day notice went out (close pending)
    std::optional<Date> closedOn;
    std::optional<Date> reopenedOn;
    Hlc hlc;
};

} // namespace caseledger::core
