#pragma once

#include "core/base/securebytes.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Thin, typed wrappers over OpenSSL 3 libcrypto -- the library SQLCipher already uses --
// restricted to FIPS-approved algorithms (DESIGN §3): AES-256-GCM, HMAC-SHA-256,
// HKDF-SHA-256, PBKDF2-HMAC-SHA-512, ECDSA P-256 with SHA-256. No SHA-1 anywhere.
namespace caseledger::core::crypto {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;
using Digest = std::array<std::uint8_t, 32>;

inline ByteView view(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

void randomBytes(std::span<std::uint8_t> out);
Bytes randomBytes(std::size_t count);
SecureBytes randomKey(std::size_t count = 32);

Digest sha256(ByteView data);
Digest hmacSha256(ByteView key, std::initializer_list<ByteView> parts);
bool constantTimeEqual(ByteView a, ByteView b);

SecureBytes pbkdf2Sha512(std::string_view password, ByteView salt, std::uint32_t iterations, std::size_t length);
SecureBytes hkdfSha256(ByteView key, ByteView salt, std::string_view info, std::size_t length);

struct Sealed
{
    Bytes nonce;      // 12 bytes
    Bytes ciphertext;
    Bytes tag;        // 16 bytes
};
Sealed aesGcmSeal(const SecureBytes& key, ByteView plaintext, ByteView associatedData);
// nullopt when the tag does not verify (wrong key or altered bytes).
std::optional<SecureBytes> aesGcmOpen(const SecureBytes& key, const Sealed& sealed, ByteView associatedData);

// An ECDSA P-256 key pair (a device's signing key, DESIGN §6).
class EcdsaKey
{
public:
    static EcdsaKey generate();
    static EcdsaKey fromPrivateDer(ByteView der);  // Failure(Damaged) when unreadable
    static EcdsaKey fromPublicDer(ByteView der);
    ~EcdsaKey();
    EcdsaKey(EcdsaKey&&) noexcept;
    EcdsaKey& operator=(EcdsaKey&&) noexcept;

    SecureBytes privateDer() const;
    Bytes publicDer() const;
    Bytes sign(ByteView message) const;
    bool verify(ByteView message, ByteView signature) const;

private:
    struct Impl;
    explicit EcdsaKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

std::string toHex(ByteView data);
std::optional<Bytes> fromHex(std::string_view hex);
std::string toBase64(ByteView data);
std::optional<Bytes> fromBase64(std::string_view text);

} // namespace caseledger::core::crypto
