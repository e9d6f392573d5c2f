#include "core/access/permissions.h"

#include <array>

namespace caseledger::core {

namespace {

constexpr std::uint8_t bit(Role r)
{
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r));
}

constexpr std::uint8_t kCaseworker = bit(Role::Caseworker);
constexpr std::uint8_t kSupervisor = bit(Role::Supervisor);
constexpr std::uint8_t kFinancial = bit(Role::FinancialWorker);
constexpr std::uint8_t kAuditor = bit(Role::Auditor);
constexpr std::uint8_t kAdmin = bit(Role::Administrator);
constexpr std::uint8_t kEveryone = kCaseworker | kSupervisor | kFinancial | kAuditor | kAdmin;
constexpr std::uint8_t kCasework = kCaseworker | kSupervisor;
constexpr std::uint8_t kCaseReaders = kCaseworker | kSupervisor | kFinancial;

// The permission matrix of SECURITY S6, in one place. The order follows enum Action.
constexpr std::array<ActionInfo, static_cast<std::size_t>(Action::Count_)> kActions = {{
    {Action::SessionLogin, "session.login", kEveryone, Grant::None, "sign in"},
    {Action::SessionLoginFailed, "session.login_failed", kEveryone, Grant::None, "failed sign-in"},
    {Action::SessionLock, "session.lock", kEveryone, Grant::None, "lock the session"},
    {Action::SessionLogout, "session.logout", kEveryone, Grant::None, "sign out"},
    {Action::UserList, "user.list", kAdmin | kSupervisor | kAuditor, Grant::None,
        "list user accounts"},
    {Action::UserAdd, "user.add", kAdmin, Grant::None, "create a user account"},
    {Action::UserResetPassword, "user.reset_password", kAdmin, Grant::None,
        "set another user's password"},
    {Action::UserChangeOwnPassword, "user.change_own_password", kEveryone, Grant::None,
        "change one's own password"},
    {Action::UserDisable, "user.disable", kAdmin, Grant::None,
        "disable an account and revoke its key slot"},
    {Action::UserEnable, "user.enable", kAdmin, Grant::None,
        "enable an account with a new password"},
    {Action::UserSetRole, "user.set_role", kAdmin, Grant::None, "change a user's role and grants"},
    {Action::UserRecover, "user.recover", kAdmin, Grant::None,
        "set a password with the agency recovery code"},
    {Action::DatabaseInit, "database.init", kAdmin, Grant::None, "create the database"},
    {Action::DatabaseRekey, "database.rekey", kAdmin, Grant::None, "rotate the database key"},
    {Action::DatabaseSetPolicy, "database.set_policy", kAdmin, Grant::None,
        "change sign-in and lock policy"},
    {Action::AuditVerify, "audit.verify", kAdmin | kAuditor | kSupervisor, Grant::None,
        "verify the audit chain"},
    {Action::AuditView, "audit.view", kAdmin | kAuditor, Grant::None, "read the audit log"},
    {Action::GuidelineCalculate, "guideline.calculate",
        kCaseworker | kSupervisor | kFinancial | kAdmin, Grant::None,
        "calculate guideline child support"},
    // Casework: caseworkers and supervisors do it, financial workers read it, auditors read
    // only the audit log, administrators administer. Reveal and override need their grants.
    {Action::PersonAdd, "person.add", kCasework, Grant::None, "add a person"},
    {Action::PersonUpdate, "person.update", kCasework, Grant::None, "change a person's details"},
    {Action::PersonView, "person.view", kCaseReaders, Grant::None, "view a person"},
    {Action::PersonRevealSsn, "person.reveal_ssn", kCaseReaders, Grant::RevealSsn,
        "see a full SSN"},
    {Action::FamilyViolenceRecord, "family_violence.record", kCasework, Grant::None,
        "record or end a family violence indicator"},
    {Action::FamilyViolenceOverride, "family_violence.override", kCasework,
        Grant::OverrideFamilyViolence,
        "see a protected person's whereabouts under a recorded authority"},
    {Action::CaseOpen, "case.open", kCasework, Grant::None, "open a case"},
    {Action::CaseView, "case.view", kCaseReaders, Grant::None, "view a case"},
    {Action::CaseList, "case.list", kCaseReaders, Grant::None, "list the caseload"},
    {Action::CaseAssign, "case.assign", kSupervisor, Grant::None,
        "assign a case to a worker or county"},
    {Action::CaseUpdate, "case.update", kCasework, Grant::None,
        "change a case's phase, people or assistance"},
    {Action::CaseClose, "case.close", kCasework, Grant::None, "close a case"},
    {Action::CaseReopen, "case.reopen", kCasework, Grant::None,
        "reopen a case or cancel a pending closure"},
    {Action::CaseEventRecord, "case.event", kCasework, Grant::None,
        "record a timeframe trigger event"},
    {Action::OrderAdd, "order.add", kCasework, Grant::None, "record a support order"},
    {Action::OrderModify, "order.modify", kCasework, Grant::None,
        "record a modification of a support order"},
    {Action::ParentageRecord, "parentage.record", kCasework, Grant::None, "record parentage"},
    {Action::NoteAdd, "note.add", kCasework, Grant::None, "add a case note"},
    {Action::TaskList, "task.list", kCaseReaders, Grant::None, "see a worklist"},
    {Action::TaskComplete, "task.complete", kCasework, Grant::None, "complete a task"},
    {Action::TaskCompliance, "task.compliance", kSupervisor, Grant::None,
        "see timeframe compliance"},
    {Action::Search, "search", kCaseReaders, Grant::None, "search people and cases"},
    {Action::DemoGenerate, "demo.generate", kAdmin, Grant::None,
        "generate a demonstration caseload"},
    {Action::GuidelineSave, "guideline.save", kCasework, Grant::None,
        "save a guideline calculation with a case"},
    {Action::GuidelineView, "guideline.view", kCaseReaders, Grant::None,
        "open a saved guideline calculation"},
    // Finance: caseworkers and financial workers (the fiscal clerks) post and correct; every
    // case reader reads the ledger; only administrators change the distribution rule sets.
    {Action::FinanceAccrue, "finance.accrue", kFinancial | kSupervisor, Grant::None,
        "accrue support charges, arrears and interest through a month"},
    {Action::FinanceGrantImport, "finance.grant_import", kFinancial, Grant::None,
        "import assistance grants (URA)"},
    {Action::PaymentPost, "payment.post", kCaseworker | kFinancial, Grant::None,
        "post a collection"},
    {Action::PaymentImport, "payment.import", kCaseworker | kFinancial, Grant::None,
        "import a batch of collections"},
    {Action::PaymentReverse, "payment.reverse", kCaseworker | kFinancial, Grant::None,
        "reverse a collection"},
    {Action::PaymentRedistribute, "payment.redistribute", kCaseworker | kFinancial, Grant::None,
        "redistribute collections after a backdated change"},
    {Action::LedgerView, "ledger.view", kCaseReaders, Grant::None, "view a case's ledger"},
    {Action::CollectionExplain, "collection.explain", kCaseReaders, Grant::None,
        "see how a collection was distributed"},
    {Action::UndistributedView, "undistributed.view", kFinancial | kSupervisor, Grant::None,
        "see the undistributed collections queue"},
    {Action::RuleSetView, "rule_set.view", kAdmin | kFinancial | kSupervisor, Grant::None,
        "view the distribution rule sets"},
    {Action::RuleSetChange, "rule_set.change", kAdmin, Grant::None,
        "change the distribution rule sets"},
    // The sums kept beside the ledger (DESIGN §5): whoever answers for the money may check them
    // against the ledger; only an administrator refills them from it.
    {Action::LedgerVerify, "ledger.verify", kAdmin | kAuditor | kSupervisor | kFinancial,
        Grant::None, "check the ledger's kept balances against its entries"},
    {Action::LedgerRebuild, "ledger.rebuild", kAdmin, Grant::None,
        "recompute the ledger's kept balances from its entries"},
    // Reports: supervisors and administrators; a caseworker only her own caseload (the service
    // checks the report and the worker). Opening the cases behind a number reads case data, so
    // administrators may not (they administer, they do not read cases).
    {Action::ReportRun, "report.run", kSupervisor | kAdmin | kCaseworker, Grant::None,
        "run a report"},
    {Action::ReportExport, "report.export", kSupervisor | kAdmin | kCaseworker, Grant::None,
        "print or export a report"},
    {Action::ReportDrill, "report.drill", kSupervisor | kCaseworker, Grant::None,
        "list the cases behind a report figure"},
}};

constexpr bool tableFollowsEnumOrder()
{
    for (std::size_t i = 0; i < kActions.size(); ++i)
        if (static_cast<std::size_t>(kActions[i].action) != i)
            return false;
    return true;
}
static_assert(tableFollowsEnumOrder(), "kActions must list every Action in enum order");

struct RoleNames
{
    Role role;
    std::string_view name;
    std::string_view display;
};
constexpr RoleNames kRoleNames[] = {
    {Role::Caseworker, "caseworker", "Caseworker"},
    {Role::Supervisor, "supervisor", "Supervisor"},
    {Role::FinancialWorker, "financial_worker", "Financial worker"},
    {Role::Auditor, "auditor", "Auditor"},
    {Role::Administrator, "administrator", "Administrator"},
};

struct GrantNames
{
    Grant grant;
    std::string_view name;
};
constexpr GrantNames kGrantNames[] = {
    {Grant::RevealSsn, "reveal_ssn"},
    {Grant::OverrideFamilyViolence, "override_family_violence"},
    {Grant::ViewFederalTaxInfo, "view_federal_tax_info"},
};

} // namespace

std::string_view roleName(Role role)
{
    return kRoleNames[static_cast<std::size_t>(role)].name;
}

std::string_view roleDisplayName(Role role)
{
    return kRoleNames[static_cast<std::size_t>(role)].display;
}

std::optional<Role> parseRole(std::string_view name)
{
    for (const auto& r : kRoleNames)
        if (r.name == name)
            return r.role;
    return std::nullopt;
}

std::string_view grantName(Grant grant)
{
    for (const auto& g : kGrantNames)
        if (g.grant == grant)
            return g.name;
    return "none";
}

std::optional<Grant> parseGrant(std::string_view name)
{
    for (const auto& g : kGrantNames)
        if (g.name == name)
            return g.grant;
    return std::nullopt;
}

const ActionInfo& actionInfo(Action action)
{
    return kActions[static_cast<std::size_t>(action)];
}

std::span<const ActionInfo> allActions()
{
    return kActions;
}

bool isAllowed(Role role, Grants grants, Action action)
{
    const auto& info = actionInfo(action);
    if ((info.roles & bit(role)) == 0)
        return false;
    return info.requiredGrant == Grant::None || hasGrant(grants, info.requiredGrant);
}

} // namespace caseledger::core
