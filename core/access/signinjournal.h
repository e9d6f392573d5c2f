#pragma once

#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/store/keyring.h"

#include <filesystem>
#include <string>
#include <vector>

namespace caseledger::core {

// Failed sign-ins, kept outside the data directory.
//
// Why not in the database: a wrong password cannot open it, and SECURITY S3 requires that
// wrong passwords create, change or leave behind no file in the data directory. So the
// failures of S7 are written here, in the user's state directory (CASELEDGER_STATE_DIR,
// else $XDG_STATE_HOME/caseledger, else ~/.local/state/caseledger; %LOCALAPPDATA% on
// Windows), and moved into the audit log at the next successful sign-in to the database.
// Deleting this file resets the lockout; that is no weaker than the offline guessing that
// anyone holding the key file can already attempt, which the PBKDF2 cost is there to slow.
class SignInJournal
{
public:
    struct Failure
    {
        std::string user;
        std::int64_t atMillis = 0;
        bool whileLocked = false;
        bool audited = false; // already copied into the database's audit log
    };

    SignInJournal(std::filesystem::path stateDirectory, const Uuid& databaseId);
    static std::filesystem::path defaultStateDirectory();

    // True while `user` has `threshold` consecutive failures, the last within `minutes`.
    bool isLocked(std::string_view user, const LockoutPolicy& policy, Clock::TimePoint now) const;
    Clock::TimePoint lockedUntil(std::string_view user, const LockoutPolicy& policy) const;
    void recordFailure(std::string_view user, Clock::TimePoint at, bool whileLocked);
    void clearUser(std::string_view user);
    // Failures not yet in the audit log.
    std::vector<Failure> unaudited() const;
    // After they were audited: marks them, and forgets audited ones older than the lock window.
    void markAudited(const LockoutPolicy& policy, Clock::TimePoint now);
    std::vector<Failure> failures() const;

private:
    void load();
    void save() const;
    std::vector<Failure> consecutiveFor(std::string_view user) const;

    std::filesystem::path m_path;
    std::vector<Failure> m_failures;
};

} // namespace caseledger::core
