#pragma once

#include "common/error.h"

#include <QtGlobal>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace doudi::core {

namespace detail {
// Reading the value of an error is a bug in the caller, never a state to go on from: the
// program stops with the error it held, in every build (the code base has no exceptions, and
// std::get would throw one). Tests that build a failure message eagerly call error() on a
// success, which gives an empty Error instead.
[[noreturn]] inline void valueOfError(const Error &e)
{
    qFatal("Result::value() called on an error (%s): %s", qUtf8Printable(Error::codeName(e.code())),
           qUtf8Printable(e.fullText()));
}
inline const Error &noError()
{
    static const Error none;
    return none;
}
} // namespace detail

// A value or an Error. [[nodiscard]] so that a caller cannot forget to look.
template <typename T> class [[nodiscard]] Result
{
public:
    using value_type = T;

    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return *checked(); }
    const T &value() const & { return *const_cast<Result *>(this)->checked(); }
    T &&value() && { return std::move(*checked()); }
    T *operator->() { return checked(); }
    const T *operator->() const { return const_cast<Result *>(this)->checked(); }
    T &operator*() { return *checked(); }
    const T &operator*() const { return *const_cast<Result *>(this)->checked(); }

    // The error; an empty Error (code Internal, no message) for a value.
    const Error &error() const
    {
        const Error *e = std::get_if<1>(&m_data);
        return e ? *e : detail::noError();
    }

    // The value, or `fallback` for an error: for callers to whom an error means "show nothing".
    T valueOr(T fallback) const & { return ok() ? std::get<0>(m_data) : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::get<0>(std::move(m_data)) : std::move(fallback); }

    // f(value) for a value, which gives a plain value (transform) or a Result (andThen); the
    // error as it is otherwise.
    template <typename F> auto transform(F &&f) const & -> Result<std::invoke_result_t<F, const T &>>
    {
        if (!ok())
            return error();
        return std::invoke(std::forward<F>(f), std::get<0>(m_data));
    }
    template <typename F> auto andThen(F &&f) const & -> std::invoke_result_t<F, const T &>
    {
        if (!ok())
            return error();
        return std::invoke(std::forward<F>(f), std::get<0>(m_data));
    }

private:
    T *checked()
    {
        T *v = std::get_if<0>(&m_data);
        if (!v)
            detail::valueOfError(std::get<1>(m_data));
        return v;
    }

    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    // The error; an empty Error (code Internal, no message) for success.
    const Error &error() const { return m_error ? *m_error : detail::noError(); }

    // f() after success; the error as it is otherwise.
    template <typename F> auto andThen(F &&f) const -> std::invoke_result_t<F>
    {
        if (!ok())
            return error();
        return std::invoke(std::forward<F>(f));
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace doudi::core
