#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace caseledger::core {

// Key material and passwords: the bytes are wiped with OPENSSL_cleanse when the object
// dies or is cleared (SECURITY S4). Copying is explicit.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const std::uint8_t* data, std::size_t size);
    static SecureBytes fromString(std::string_view text);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes clone() const { return SecureBytes(data(), size()); }

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    std::span<const std::uint8_t> span() const { return {m_bytes.data(), m_bytes.size()}; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()}; }
    void clear();

    bool operator==(const SecureBytes& other) const;

private:
    std::vector<std::uint8_t> m_bytes;
};

} // namespace caseledger::core
