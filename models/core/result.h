#pragma once

// A small stand-in for C++23 std::expected (GCC 12 ships it only under -std=c++23): a function that
// can fail returns Result<T>, holding either the value or an Error whose message a person can act on.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Govscope {

/// Why something failed, phrased for the person who has to fix it (names the file, line or item).
struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_value;
};

/// Result of an operation that produces nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

inline Error makeError(QString message)
{
    return Error{std::move(message)};
}

} // namespace Govscope
