#include "core/base/crypto.h"

#include "core/base/error.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace caseledger::core::crypto {

namespace {

[[noreturn]] void cryptoFailure(const char* what)
{
    throw Failure(ErrorCode::Internal, std::string("cryptography failed: ") + what);
}

struct CipherCtx
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
};

struct PkeyCtx
{
    EVP_PKEY_CTX* ctx;
    ~PkeyCtx() { EVP_PKEY_CTX_free(ctx); }
};

struct MdCtx
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~MdCtx() { EVP_MD_CTX_free(ctx); }
};

} // namespace

void randomBytes(std::span<std::uint8_t> out)
{
    if (!out.empty() && RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        cryptoFailure("no random bytes");
}

Bytes randomBytes(std::size_t count)
{
    Bytes out(count);
    randomBytes(out);
    return out;
}

SecureBytes randomKey(std::size_t count)
{
    SecureBytes key(count);
    randomBytes(std::span<std::uint8_t>(key.data(), key.size()));
    return key;
}

Digest sha256(ByteView data)
{
    Digest out{};
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr) != 1)
        cryptoFailure("sha256");
    return out;
}

Digest hmacSha256(ByteView key, std::initializer_list<ByteView> parts)
{
    // Fetching the algorithm is the expensive part of EVP_MAC; do it once per thread.
    struct Fetched
    {
        EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        ~Fetched() { EVP_MAC_free(mac); }
    };
    thread_local Fetched fetched;
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(fetched.mac);
    if (!ctx)
        cryptoFailure("hmac context");
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>("SHA256"), 0),
                           OSSL_PARAM_construct_end()};
    Digest out{};
    std::size_t len = 0;
    bool ok = EVP_MAC_init(ctx, key.data(), key.size(), params) == 1;
    for (auto part : parts)
        ok = ok && EVP_MAC_update(ctx, part.data(), part.size()) == 1;
    ok = ok && EVP_MAC_final(ctx, out.data(), &len, out.size()) == 1;
    EVP_MAC_CTX_free(ctx);
    if (!ok || len != out.size())
        cryptoFailure("hmac");
    return out;
}

bool constantTimeEqual(ByteView a, ByteView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

SecureBytes pbkdf2Sha512(std::string_view password, ByteView salt, std::uint32_t iterations, std::size_t length)
{
    SecureBytes out(length);
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()),
                          static_cast<int>(iterations), EVP_sha512(), static_cast<int>(length), out.data())
        != 1)
        cryptoFailure("pbkdf2");
    return out;
}

SecureBytes hkdfSha256(ByteView key, ByteView salt, std::string_view info, std::size_t length)
{
    PkeyCtx p{EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr)};
    SecureBytes out(length);
    std::size_t outLen = length;
    if (!p.ctx || EVP_PKEY_derive_init(p.ctx) != 1 || EVP_PKEY_CTX_set_hkdf_md(p.ctx, EVP_sha256()) != 1
        || EVP_PKEY_CTX_set1_hkdf_salt(p.ctx, salt.data(), static_cast<int>(salt.size())) != 1
        || EVP_PKEY_CTX_set1_hkdf_key(p.ctx, key.data(), static_cast<int>(key.size())) != 1
        || EVP_PKEY_CTX_add1_hkdf_info(p.ctx, reinterpret_cast<const unsigned char*>(info.data()),
                                       static_cast<int>(info.size()))
               != 1
        || EVP_PKEY_derive(p.ctx, out.data(), &outLen) != 1)
        cryptoFailure("hkdf");
    return out;
}

Sealed aesGcmSeal(const SecureBytes& key, ByteView plaintext, ByteView associatedData)
{
    if (key.size() != 32)
        cryptoFailure("AES-256-GCM needs a 32-byte key");
    Sealed sealed;
    sealed.nonce = randomBytes(12);
    sealed.ciphertext.resize(plaintext.size());
    sealed.tag.resize(16);
    CipherCtx c;
    int len = 0;
    if (!c.ctx || EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, key.data(), sealed.nonce.data()) != 1
        || (!associatedData.empty()
            && EVP_EncryptUpdate(c.ctx, nullptr, &len, associatedData.data(), static_cast<int>(associatedData.size()))
                   != 1)
        || EVP_EncryptUpdate(c.ctx, sealed.ciphertext.data(), &len, plaintext.data(), static_cast<int>(plaintext.size()))
               != 1
        || EVP_EncryptFinal_ex(c.ctx, sealed.ciphertext.data() + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, 16, sealed.tag.data()) != 1)
        cryptoFailure("aes-gcm seal");
    return sealed;
}

std::optional<SecureBytes> aesGcmOpen(const SecureBytes& key, const Sealed& sealed, ByteView associatedData)
{
    if (key.size() != 32 || sealed.nonce.size() != 12 || sealed.tag.size() != 16)
        return std::nullopt;
    SecureBytes plaintext(sealed.ciphertext.size());
    CipherCtx c;
    int len = 0;
    if (!c.ctx || EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, key.data(), sealed.nonce.data()) != 1)
        cryptoFailure("aes-gcm open");
    if (!associatedData.empty()
        && EVP_DecryptUpdate(c.ctx, nullptr, &len, associatedData.data(), static_cast<int>(associatedData.size())) != 1)
        return std::nullopt;
    if (EVP_DecryptUpdate(c.ctx, plaintext.data(), &len, sealed.ciphertext.data(),
                          static_cast<int>(sealed.ciphertext.size()))
        != 1)
        return std::nullopt;
    if (EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<std::uint8_t*>(sealed.tag.data())) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(c.ctx, plaintext.data() + len, &len) != 1)
        return std::nullopt;
    return plaintext;
}

struct EcdsaKey::Impl
{
    EVP_PKEY* pkey = nullptr;
    ~Impl() { EVP_PKEY_free(pkey); }
};

EcdsaKey::EcdsaKey(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
EcdsaKey::~EcdsaKey() = default;
EcdsaKey::EcdsaKey(EcdsaKey&&) noexcept = default;
EcdsaKey& EcdsaKey::operator=(EcdsaKey&&) noexcept = default;

EcdsaKey EcdsaKey::generate()
{
    auto impl = std::make_unique<Impl>();
    impl->pkey = EVP_EC_gen("P-256");
    if (!impl->pkey)
        cryptoFailure("ECDSA key generation");
    return EcdsaKey(std::move(impl));
}

EcdsaKey EcdsaKey::fromPrivateDer(ByteView der)
{
    auto impl = std::make_unique<Impl>();
    const unsigned char* p = der.data();
    impl->pkey = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size()));
    if (!impl->pkey)
        throw Failure(ErrorCode::Damaged, "the device signing key is unreadable");
    return EcdsaKey(std::move(impl));
}

EcdsaKey EcdsaKey::fromPublicDer(ByteView der)
{
    auto impl = std::make_unique<Impl>();
    const unsigned char* p = der.data();
    impl->pkey = d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size()));
    if (!impl->pkey)
        throw Failure(ErrorCode::Damaged, "a public key is unreadable");
    return EcdsaKey(std::move(impl));
}

SecureBytes EcdsaKey::privateDer() const
{
    unsigned char* buffer = nullptr;
    const int len = i2d_PrivateKey(m_impl->pkey, &buffer);
    if (len <= 0)
        cryptoFailure("export private key");
    SecureBytes out(buffer, static_cast<std::size_t>(len));
    OPENSSL_clear_free(buffer, static_cast<std::size_t>(len));
    return out;
}

Bytes EcdsaKey::publicDer() const
{
    unsigned char* buffer = nullptr;
    const int len = i2d_PUBKEY(m_impl->pkey, &buffer);
    if (len <= 0)
        cryptoFailure("export public key");
    Bytes out(buffer, buffer + len);
    OPENSSL_free(buffer);
    return out;
}

Bytes EcdsaKey::sign(ByteView message) const
{
    MdCtx md;
    std::size_t len = 0;
    if (!md.ctx || EVP_DigestSignInit(md.ctx, nullptr, EVP_sha256(), nullptr, m_impl->pkey) != 1
        || EVP_DigestSign(md.ctx, nullptr, &len, message.data(), message.size()) != 1)
        cryptoFailure("sign");
    Bytes signature(len);
    if (EVP_DigestSign(md.ctx, signature.data(), &len, message.data(), message.size()) != 1)
        cryptoFailure("sign");
    signature.resize(len);
    return signature;
}

bool EcdsaKey::verify(ByteView message, ByteView signature) const
{
    MdCtx md;
    if (!md.ctx || EVP_DigestVerifyInit(md.ctx, nullptr, EVP_sha256(), nullptr, m_impl->pkey) != 1)
        cryptoFailure("verify");
    return EVP_DigestVerify(md.ctx, signature.data(), signature.size(), message.data(), message.size()) == 1;
}

std::string toHex(ByteView data)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 2);
    for (auto b : data) {
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

std::optional<Bytes> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    Bytes out(hex.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

std::string toBase64(ByteView data)
{
    std::string out(4 * ((data.size() + 2) / 3), '\0');
    const int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data.data(), static_cast<int>(data.size()));
    out.resize(static_cast<std::size_t>(len));
    return out;
}

std::optional<Bytes> fromBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    Bytes out(3 * text.size() / 4);
    const int len = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
    if (len < 0)
        return std::nullopt;
    std::size_t padding = 0;
    if (!text.empty() && text.back() == '=')
        padding = (text.size() >= 2 && text[text.size() - 2] == '=') ? 2 : 1;
    out.resize(static_cast<std::size_t>(len) - padding);
    return out;
}

} // namespace caseledger::core::crypto
