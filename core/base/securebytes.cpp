#include "core/base/securebytes.h"

#include <openssl/crypto.h>

namespace caseledger::core {

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size)
{
}

SecureBytes::SecureBytes(const std::uint8_t* data, std::size_t size)
    : m_bytes(data, data + size)
{
}

SecureBytes SecureBytes::fromString(std::string_view text)
{
    return SecureBytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return size() == other.size() && CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

} // namespace caseledger::core
