#pragma once

#include "core/base/date.h"
#include "core/base/error.h"
#include "core/base/hlc.h"
#include "core/base/money.h"
#include "core/base/uuid.h"
#include "core/cases/codes.h"
#include "core/store/database.h"

#include <optional>
#include <string>

// Conversions between the casework value types and SQLite columns, shared by the
// repositories: dates as ISO text, money as integer cents, ids as 16-byte blobs, enums as
// their codes. No SQL here.
namespace caseledger::core::columns {

inline void bindDate(Statement& s, int index, Date d)
{
    s.bind(index, d.toIso());
}

inline void bindDate(Statement& s, int index, const std::optional<Date>& d)
{
    if (d)
        s.bind(index, d->toIso());
    else
        s.bindNull(index);
}

inline void bindId(Statement& s, int index, const std::optional<Uuid>& id)
{
    if (id)
        s.bind(index, *id);
    else
        s.bindNull(index);
}

template<class E>
void bindCode(Statement& s, int index, E value)
{
    s.bind(index, codeOf(value));
}

inline Date date(const Statement& s, int column)
{
    const auto d = Date::parseIso(s.textView(column));
    if (!d)
        throw Failure(ErrorCode::Damaged, "a stored date is malformed");
    return *d;
}

inline std::optional<Date> optionalDate(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return date(s, column);
}

inline std::optional<Uuid> optionalId(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.uuid(column);
}

inline Money money(const Statement& s, int column)
{
    return Money::fromCents(s.int64(column));
}

inline Hlc hlc(const Statement& s, int column)
{
    return Hlc::fromInt64(s.int64(column));
}

template<class E>
E code(const Statement& s, int column)
{
    return storedCode<E>(s.textView(column));
}

template<class E>
std::optional<E> optionalCode(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return storedCode<E>(s.textView(column));
}

} // namespace caseledger::core::columns
