#pragma once

#include "core/base/crypto.h"
#include "core/base/securebytes.h"
#include "core/base/uuid.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caseledger::core {

// Sign-in policy that must be readable before the database is unlocked (SECURITY S7).
struct LockoutPolicy
{
    int threshold = 5; // consecutive failures
    int minutes = 15;  // how long the account stays locked
};

// The key slots file next to the database (DESIGN §3, SECURITY S2-S5), like a LUKS header
// or KeePassXC's composite key: the random 256-bit data key, wrapped with AES-256-GCM once
// per user under PBKDF2-HMAC-SHA-512(password), plus one agency recovery slot. Changing a
// password rewraps one slot and never touches the database.
class Keyring
{
public:
    static constexpr std::uint32_t kMinimumIterations = 210'000;
    static constexpr double kTargetSeconds = 0.25;

    // PBKDF2 iterations that take at least `targetSeconds` here, never fewer than the minimum.
    // Measured once per process and remembered.
    static std::uint32_t calibratedIterations(double targetSeconds = kTargetSeconds);

    static Keyring create(const Uuid& databaseId);
    // Failure(NotFound) when there is no file, Failure(Damaged) when it cannot be read.
    static Keyring load(const std::filesystem::path& path);
    static Keyring parse(std::string_view json);
    void save(const std::filesystem::path& path) const; // atomic (S22)
    std::string serialize() const;

    static std::filesystem::path pathFor(const std::filesystem::path& databasePath);

    const Uuid& databaseId() const { return m_databaseId; }
    const LockoutPolicy& lockoutPolicy() const { return m_policy; }
    void setLockoutPolicy(const LockoutPolicy& policy) { m_policy = policy; }

    bool hasUser(std::string_view user) const;
    std::vector<std::string> users() const;
    void setUserSlot(std::string_view user, std::string_view password, const SecureBytes& dataKey,
                     std::uint32_t iterations = calibratedIterations());
    void removeUserSlot(std::string_view user);
    // The data key, or nullopt for an unknown user or a wrong password. Runs the KDF even
    // for an unknown user, so that timing does not tell which names exist.
    std::optional<SecureBytes> unlockUser(std::string_view user, std::string_view password) const;
    std::uint32_t iterationsFor(std::string_view user) const;

    // The recovery code is 256 random bits, printed once at creation for the agency's safe.
    static std::string generateRecoveryCode();
    void setRecoverySlot(std::string_view recoveryCode, const SecureBytes& dataKey,
                         std::uint32_t iterations = calibratedIterations());
    bool hasRecoverySlot() const;
    std::optional<SecureBytes> unlockRecovery(std::string_view recoveryCode) const;

private:
    struct Slot
    {
        std::string kind; // "user" or "recovery"
        std::string user;
        std::uint32_t iterations = 0;
        crypto::Bytes salt;
        crypto::Sealed wrapped;
    };
    Slot makeSlot(std::string kind, std::string user, std::string_view secret, const SecureBytes& dataKey,
                  std::uint32_t iterations) const;
    std::optional<SecureBytes> open(const Slot& slot, std::string_view secret) const;
    std::string associatedData(const Slot& slot) const;
    const Slot* find(std::string_view kind, std::string_view user) const;

    Uuid m_databaseId;
    LockoutPolicy m_policy;
    std::vector<Slot> m_slots;
};

// Recovery codes are typed by people: case, spaces and dashes do not matter.
std::string normalizeRecoveryCode(std::string_view code);

} // namespace caseledger::core
