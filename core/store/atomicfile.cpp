#include "core/store/atomicfile.h"

#include "core/base/crypto.h"
#include "core/base/error.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace caseledger::core {

namespace {

[[noreturn]] void ioFailure(const std::filesystem::path& path, int error)
{
    const auto code = error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io;
    throw Failure(code, "could not write " + path.filename().string() + ": " + std::strerror(error));
}

} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const auto temp = dir / ("." + path.filename().string() + ".tmp-" + crypto::toHex(crypto::randomBytes(6)));
#ifdef _WIN32
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            ioFailure(path, EIO);
        }
    }
    if (!MoveFileExW(temp.c_str(), path.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        ioFailure(path, EIO);
    }
#else
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        ioFailure(path, errno);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            ioFailure(path, error);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        ioFailure(path, error);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        ioFailure(path, error);
    }
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
#endif
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view text)
{
    writeFileAtomically(path, crypto::view(text));
}

std::optional<std::string> readWholeFile(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Failure(ErrorCode::Io, "could not read " + path.filename().string());
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace caseledger::core
