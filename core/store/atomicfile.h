#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace caseledger::core {

// Writes a file so that a crash or a failure leaves either the old file or the new one,
// never a mixture (SECURITY S22): a temporary file in the same directory, fsync, rename,
// fsync of the directory. Throws Failure(Io / DiskFull) and removes the temporary file.
void writeFileAtomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);
void writeFileAtomically(const std::filesystem::path& path, std::string_view text);

// Reads a whole file; nullopt when it does not exist. Throws Failure(Io) otherwise.
std::optional<std::string> readWholeFile(const std::filesystem::path& path);

} // namespace caseledger::core
