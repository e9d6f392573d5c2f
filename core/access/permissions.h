#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace caseledger::core {

// SECURITY S6: named accounts with one role each ...
enum class Role : std::uint8_t
{
    Caseworker,
    Supervisor,
    FinancialWorker,
    Auditor,
    Administrator
};
inline constexpr Role kAllRoles[] = {
    Role::Caseworker, Role::Supervisor, Role::FinancialWorker, Role::Auditor, Role::Administrator};

// ... plus separate grants that no role carries by itself.
enum class Grant : std::uint32_t
{
    None = 0,
    RevealSsn = 1u << 0, // see a full SSN, with a reason (S13)
    OverrideFamilyViolence = 1u << 1, // see a protected address, with an authority (S14)
    ViewFederalTaxInfo = 1u << 2, // IRS Publication 1075
};
using Grants = std::uint32_t;
inline constexpr Grant kAllGrants[]
    = {Grant::RevealSsn, Grant::OverrideFamilyViolence, Grant::ViewFederalTaxInfo};

constexpr bool hasGrant(Grants grants, Grant g)
{
    return (grants & static_cast<Grants>(g)) != 0;
}

std::string_view roleName(Role role); // "caseworker", "financial_worker", ...
std::string_view roleDisplayName(Role role); // "Financial worker"
std::optional<Role> parseRole(std::string_view name);
std::string_view grantName(Grant grant); // "reveal_ssn", ...
std::optional<Grant> parseGrant(std::string_view name);

// Every action a person can take through core/services (DESIGN §2). Each is audited
// (SECURITY S9); the table in permissions.cpp says which roles may do it.
enum class Action : std::uint16_t
{
    // Sessions (anyone who can sign in)
    SessionLogin,
    SessionLoginFailed,
    SessionLock,
    SessionLogout,
    // User administration
    UserList,
    UserAdd,
    UserResetPassword,
    UserChangeOwnPassword,
    UserDisable,
    UserEnable,
    UserSetRole,
    UserRecover,
    // The database
    DatabaseInit,
    DatabaseRekey,
    DatabaseSetPolicy,
    // The audit log
    AuditVerify,
    AuditView,
    // The guideline calculator (issue 5)
    GuidelineCalculate,
    // Casework (issue 3)
    PersonAdd,
    PersonUpdate,
    PersonView,
    PersonRevealSsn,
    FamilyViolenceRecord,
    FamilyViolenceOverride,
    CaseOpen,
    CaseView,
    CaseList,
    CaseAssign,
    CaseUpdate,
    CaseClose,
    CaseReopen,
    CaseEventRecord,
    OrderAdd,
    OrderModify,
    ParentageRecord,
    NoteAdd,
    TaskList,
    TaskComplete,
    TaskCompliance,
    Search,
    DemoGenerate,
    // Saved guideline calculations attached to orders (issue 5, item 3)
    GuidelineSave,
    GuidelineView,
    // Finance (issue 4): the ledger
    FinanceAccrue,
    FinanceGrantImport,
    PaymentPost,
    PaymentImport,
    PaymentReverse,
    PaymentRedistribute,
    LedgerView,
    CollectionExplain,
    UndistributedView,
    RuleSetView,
    RuleSetChange,
    LedgerVerify,
    LedgerRebuild,
    // Supervisor reports (issue 6)
    ReportRun,
    ReportExport,
    ReportDrill,

    Count_
};

struct ActionInfo
{
    Action action;
    std::string_view name; // "user.add" -- the audit record's action
    std::uint8_t roles; // bit per Role allowed
    Grant requiredGrant; // in addition to the role, or Grant::None
    std::string_view description;
};

const ActionInfo& actionInfo(Action action);
std::span<const ActionInfo> allActions();
bool isAllowed(Role role, Grants grants, Action action);

} // namespace caseledger::core
