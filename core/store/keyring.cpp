#include "core/store/keyring.h"

#include "core/base/error.h"
#include "core/store/atomicfile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <nlohmann/json.hpp>

namespace caseledger::core {

namespace {

constexpr std::string_view kFormat = "caseledger-keyring";
constexpr int kVersion = 1;
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

crypto::Bytes decode(const nlohmann::json& j, const char* name)
{
    auto bytes = crypto::fromBase64(j.at(name).get<std::string>());
    if (!bytes)
        throw Failure(ErrorCode::Damaged, "the key file is damaged");
    return *bytes;
}

} // namespace

std::uint32_t Keyring::calibratedIterations(double targetSeconds)
{
    static std::mutex mutex;
    static double iterationsPerSecond = 0;
    std::lock_guard lock(mutex);
    if (iterationsPerSecond <= 0) {
        constexpr std::uint32_t sample = 50'000;
        const auto salt = crypto::randomBytes(16);
        const auto start = std::chrono::steady_clock::now();
        crypto::pbkdf2Sha512("calibration", salt, sample, 32);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        iterationsPerSecond = sample / std::max(elapsed.count(), 1e-6);
    }
    // 10 % headroom so that a slot never takes less than the target on this machine.
    const double wanted = std::ceil(iterationsPerSecond * targetSeconds * 1.1 / 1000.0) * 1000.0;
    return std::max(kMinimumIterations, static_cast<std::uint32_t>(std::min(wanted, 50'000'000.0)));
}

Keyring Keyring::create(const Uuid& databaseId)
{
    Keyring k;
    k.m_databaseId = databaseId;
    return k;
}

std::filesystem::path Keyring::pathFor(const std::filesystem::path& databasePath)
{
    auto p = databasePath;
    p += ".keys";
    return p;
}

Keyring Keyring::load(const std::filesystem::path& path)
{
    auto text = readWholeFile(path);
    if (!text)
        throw Failure(ErrorCode::NotFound, "the key file " + path.filename().string() + " is missing");
    return parse(*text);
}

Keyring Keyring::parse(std::string_view text)
{
    try {
        const auto j = nlohmann::json::parse(text);
        if (j.at("format").get<std::string>() != kFormat || j.at("version").get<int>() != kVersion)
            throw Failure(ErrorCode::Damaged, "the key file has an unknown format");
        Keyring k;
        auto id = Uuid::parse(j.at("database_id").get<std::string>());
        if (!id)
            throw Failure(ErrorCode::Damaged, "the key file is damaged");
        k.m_databaseId = *id;
        if (j.contains("policy")) {
            k.m_policy.threshold = j["policy"].at("lockout_threshold").get<int>();
            k.m_policy.minutes = j["policy"].at("lockout_minutes").get<int>();
        }
        for (const auto& s : j.at("slots")) {
            Slot slot;
            slot.kind = s.at("kind").get<std::string>();
            slot.user = s.value("user", "");
            if (s.at("kdf").get<std::string>() != "pbkdf2-hmac-sha512")
                throw Failure(ErrorCode::Damaged, "the key file names an unknown key derivation");
            slot.iterations = s.at("iterations").get<std::uint32_t>();
            if (slot.iterations < kMinimumIterations)
                throw Failure(ErrorCode::Damaged, "the key file has a slot below the minimum strength");
            slot.salt = decode(s, "salt");
            slot.wrapped.nonce = decode(s, "nonce");
            slot.wrapped.ciphertext = decode(s, "wrapped_key");
            slot.wrapped.tag = decode(s, "tag");
            k.m_slots.push_back(std::move(slot));
        }
        return k;
    } catch (const nlohmann::json::exception&) {
        throw Failure(ErrorCode::Damaged, "the key file is damaged");
    }
}

std::string Keyring::serialize() const
{
    nlohmann::json slots = nlohmann::json::array();
    for (const auto& s : m_slots) {
        nlohmann::json j = {{"kind", s.kind},
                            {"kdf", "pbkdf2-hmac-sha512"},
                            {"iterations", s.iterations},
                            {"salt", crypto::toBase64(s.salt)},
                            {"cipher", "aes-256-gcm"},
                            {"nonce", crypto::toBase64(s.wrapped.nonce)},
                            {"wrapped_key", crypto::toBase64(s.wrapped.ciphertext)},
                            {"tag", crypto::toBase64(s.wrapped.tag)}};
        if (!s.user.empty())
            j["user"] = s.user;
        slots.push_back(std::move(j));
    }
    const nlohmann::json j = {
        {"format", kFormat},
        {"version", kVersion},
        {"database_id", m_databaseId.toString()},
        {"policy", {{"lockout_threshold", m_policy.threshold}, {"lockout_minutes", m_policy.minutes}}},
        {"slots", slots}};
    return j.dump(2) + "\n";
}

void Keyring::save(const std::filesystem::path& path) const
{
    writeFileAtomically(path, serialize());
}

std::string Keyring::associatedData(const Slot& slot) const
{
    // Binds a slot to its database, kind and user: a slot copied to another user or another
    // database's key file does not open.
    return "caseledger-slot-v1|" + m_databaseId.toString() + "|" + slot.kind + "|" + slot.user;
}

Keyring::Slot Keyring::makeSlot(std::string kind, std::string user, std::string_view secret,
                                const SecureBytes& dataKey, std::uint32_t iterations) const
{
    Slot slot;
    slot.kind = std::move(kind);
    slot.user = std::move(user);
    slot.iterations = std::max(iterations, kMinimumIterations);
    slot.salt = crypto::randomBytes(32);
    const SecureBytes kek = crypto::pbkdf2Sha512(secret, slot.salt, slot.iterations, 32);
    const auto aad = associatedData(slot);
    slot.wrapped = crypto::aesGcmSeal(kek, dataKey.span(), crypto::view(aad));
    return slot;
}

std::optional<SecureBytes> Keyring::open(const Slot& slot, std::string_view secret) const
{
    const SecureBytes kek = crypto::pbkdf2Sha512(secret, slot.salt, slot.iterations, 32);
    const auto aad = associatedData(slot);
    auto key = crypto::aesGcmOpen(kek, slot.wrapped, crypto::view(aad));
    if (key && key->size() != 32)
        return std::nullopt;
    return key;
}

const Keyring::Slot* Keyring::find(std::string_view kind, std::string_view user) const
{
    auto it = std::find_if(m_slots.begin(), m_slots.end(),
                           [&](const Slot& s) { return s.kind == kind && s.user == user; });
    return it == m_slots.end() ? nullptr : &*it;
}

bool Keyring::hasUser(std::string_view user) const
{
    return find("user", user) != nullptr;
}

std::vector<std::string> Keyring::users() const
{
    std::vector<std::string> names;
    for (const auto& s : m_slots)
        if (s.kind == "user")
            names.push_back(s.user);
    return names;
}

void Keyring::setUserSlot(std::string_view user, std::string_view password, const SecureBytes& dataKey,
                          std::uint32_t iterations)
{
    removeUserSlot(user);
    m_slots.push_back(makeSlot("user", std::string(user), password, dataKey, iterations));
}

void Keyring::removeUserSlot(std::string_view user)
{
    std::erase_if(m_slots, [&](const Slot& s) { return s.kind == "user" && s.user == user; });
}

std::optional<SecureBytes> Keyring::unlockUser(std::string_view user, std::string_view password) const
{
    if (const Slot* slot = find("user", user))
        return open(*slot, password);
    // Same work as a real attempt, so the answer's timing does not reveal the name.
    const auto salt = crypto::randomBytes(32);
    crypto::pbkdf2Sha512(password, salt, calibratedIterations(), 32);
    return std::nullopt;
}

std::uint32_t Keyring::iterationsFor(std::string_view user) const
{
    const Slot* slot = find("user", user);
    return slot ? slot->iterations : 0;
}

std::string Keyring::generateRecoveryCode()
{
    // 52 Crockford base-32 characters carry 260 bits; the first 256 come from the generator.
    const auto bytes = crypto::randomBytes(33);
    std::string code;
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t produced = 0;
    for (auto b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5 && produced < 52) {
            if (produced > 0 && produced % 4 == 0)
                code += '-';
            code += kCrockford[(buffer >> (bits - 5)) & 0x1F];
            bits -= 5;
            ++produced;
        }
    }
    return code;
}

std::string normalizeRecoveryCode(std::string_view code)
{
    std::string out;
    for (char c : code) {
        if (c == '-' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        // Crockford: letters easily mistaken for digits read as those digits.
        if (c == 'O')
            c = '0';
        if (c == 'I' || c == 'L')
            c = '1';
        out += c;
    }
    return out;
}

void Keyring::setRecoverySlot(std::string_view recoveryCode, const SecureBytes& dataKey, std::uint32_t iterations)
{
    std::erase_if(m_slots, [](const Slot& s) { return s.kind == "recovery"; });
    m_slots.push_back(makeSlot("recovery", "", normalizeRecoveryCode(recoveryCode), dataKey, iterations));
}

bool Keyring::hasRecoverySlot() const
{
    return find("recovery", "") != nullptr;
}

std::optional<SecureBytes> Keyring::unlockRecovery(std::string_view recoveryCode) const
{
    const Slot* slot = find("recovery", "");
    if (!slot)
        return std::nullopt;
    return open(*slot, normalizeRecoveryCode(recoveryCode));
}

} // namespace caseledger::core
