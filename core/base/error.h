#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace caseledger::core {

// What went wrong, in terms a caller can act on. The command line maps these to its
// exit codes (DESIGN §9); the GUI to its messages.
enum class ErrorCode {
    Usage,            // the request itself is malformed
    PermissionDenied, // the session's role may not do this
    Validation,       // a field is wrong; Error::field names it
    NotFound,
    WrongPassword,    // "wrong user name or password" (S3) -- never "corrupt"
    AccountLocked,    // too many failures (S7)
    Damaged,          // a file's bytes are not what we wrote (S20, S23)
    Conflict,
    Io,               // the operating system refused a read or write (S19)
    DiskFull,
    Busy,
    Cancelled,
    Internal,
};

const char* errorCodeName(ErrorCode code);

struct Error
{
    Error() = default;
    Error(ErrorCode c, std::string m, std::string f = {})
        : code(c)
        , message(std::move(m))
        , field(std::move(f))
    {
    }
    ErrorCode code = ErrorCode::Internal;
    std::string message; // for a person; never contains an SSN, FTI or a protected address
    std::string field;   // the field or row at fault, when there is one
};

// Thrown inside core; services catch it, roll back and return it as a Result.
class Failure : public std::runtime_error
{
public:
    explicit Failure(Error error)
        : std::runtime_error(error.message)
        , m_error(std::move(error))
    {
    }
    Failure(ErrorCode code, std::string message, std::string field = {})
        : Failure(Error{code, std::move(message), std::move(field)})
    {
    }
    const Error& error() const noexcept { return m_error; }
    ErrorCode code() const noexcept { return m_error.code; }

private:
    Error m_error;
};

[[noreturn]] inline void failValidation(std::string field, std::string message)
{
    throw Failure(ErrorCode::Validation, std::move(message), std::move(field));
}

// The value of a service call, or why there is none.
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const noexcept { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const noexcept { return ok(); }

    T& value() &
    {
        throwIfError();
        return std::get<T>(m_state);
    }
    const T& value() const&
    {
        throwIfError();
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        throwIfError();
        return std::get<T>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    void throwIfError() const
    {
        if (!ok())
            throw Failure(std::get<Error>(m_state));
    }
    std::variant<T, Error> m_state;
};

struct Done
{
};
using Status = Result<Done>;

} // namespace caseledger::core
