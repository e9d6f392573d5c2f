#include "core/access/signinjournal.h"

#include "core/base/error.h"
#include "core/store/atomicfile.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace caseledger::core {

SignInJournal::SignInJournal(std::filesystem::path stateDirectory, const Uuid& databaseId)
    : m_path(std::move(stateDirectory) / ("sign-in-" + databaseId.toString() + ".json"))
{
    load();
}

std::filesystem::path SignInJournal::defaultStateDirectory()
{
    if (const char* dir = std::getenv("CASELEDGER_STATE_DIR"); dir && *dir)
        return dir;
#ifdef _WIN32
    if (const char* local = std::getenv("LOCALAPPDATA"); local && *local)
        return std::filesystem::path(local) / "CaseLedger";
#endif
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "caseledger";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "state" / "caseledger";
    return std::filesystem::temp_directory_path() / "caseledger-state";
}

void SignInJournal::load()
{
    m_failures.clear();
    std::optional<std::string> text;
    try {
        text = readWholeFile(m_path);
    } catch (const core::Failure&) {
        return;
    }
    if (!text)
        return;
    try {
        const auto document = nlohmann::json::parse(*text); // keep it alive through the loop
        for (const auto& j : document.at("failures"))
            m_failures.push_back({j.at("user").get<std::string>(), j.at("at_ms").get<std::int64_t>(),
                                  j.value("while_locked", false), j.value("audited", false)});
    } catch (const nlohmann::json::exception&) {
        // A damaged journal is treated as empty; the audit log records what happened next.
        m_failures.clear();
    }
}

void SignInJournal::save() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& f : m_failures)
        list.push_back(
            {{"user", f.user}, {"at_ms", f.atMillis}, {"while_locked", f.whileLocked}, {"audited", f.audited}});
    std::error_code ec;
    std::filesystem::create_directories(m_path.parent_path(), ec);
    writeFileAtomically(m_path, nlohmann::json{{"failures", list}}.dump() + "\n");
}

std::vector<SignInJournal::Failure> SignInJournal::consecutiveFor(std::string_view user) const
{
    std::vector<Failure> list;
    for (const auto& f : m_failures)
        if (f.user == user && !f.whileLocked)
            list.push_back(f);
    return list;
}

Clock::TimePoint SignInJournal::lockedUntil(std::string_view user, const LockoutPolicy& policy) const
{
    if (policy.threshold <= 0)
        return {};
    // Walk the user's failures in order; once a lock has run out, counting starts again.
    const std::int64_t lockMillis = std::int64_t{policy.minutes} * 60'000;
    int run = 0;
    std::int64_t lastAt = 0;
    for (const auto& f : consecutiveFor(user)) {
        if (run >= policy.threshold && f.atMillis >= lastAt + lockMillis)
            run = 0;
        ++run;
        lastAt = f.atMillis;
    }
    if (run < policy.threshold)
        return {};
    return Clock::TimePoint{std::chrono::milliseconds{lastAt + lockMillis}};
}

bool SignInJournal::isLocked(std::string_view user, const LockoutPolicy& policy, Clock::TimePoint now) const
{
    return now < lockedUntil(user, policy);
}

void SignInJournal::recordFailure(std::string_view user, Clock::TimePoint at, bool whileLocked)
{
    m_failures.push_back({std::string(user), toUnixMillis(at), whileLocked, false});
    save();
}

void SignInJournal::clearUser(std::string_view user)
{
    const auto before = m_failures.size();
    std::erase_if(m_failures, [&](const Failure& f) { return f.user == user; });
    if (m_failures.size() != before)
        save();
}

std::vector<SignInJournal::Failure> SignInJournal::unaudited() const
{
    std::vector<Failure> list;
    for (const auto& f : m_failures)
        if (!f.audited)
            list.push_back(f);
    return list;
}

void SignInJournal::markAudited(const LockoutPolicy& policy, Clock::TimePoint now)
{
    const auto horizon = toUnixMillis(now) - std::int64_t{policy.minutes} * 60'000;
    bool changed = false;
    for (auto& f : m_failures) {
        changed = changed || !f.audited;
        f.audited = true;
    }
    const auto before = m_failures.size();
    std::erase_if(m_failures, [&](const Failure& f) { return f.atMillis < horizon; });
    changed = changed || m_failures.size() != before;
    if (!changed)
        return;
    if (m_failures.empty()) {
        std::error_code ec;
        std::filesystem::remove(m_path, ec);
    } else {
        save();
    }
}

std::vector<SignInJournal::Failure> SignInJournal::failures() const
{
    return m_failures;
}

} // namespace caseledger::core
