#pragma once

#include "policy/policybook.h"

#include <optional>

namespace doudi::core {

// The policy values of one area and day as the assessor reads them. It remembers which
// entries were read, so that the trace step they decide can name them (every rule names
// the values it used).
class PolicyView
{
public:
    PolicyView(const PolicyBook &book, QString area, QDate date) : m_book(book), m_area(std::move(area)), m_date(date) {}

    Result<Parameter> get(const char *key)
    {
        Result<Parameter> p = m_book.lookup(QString::fromLatin1(key), m_area, m_date);
        if (p)
            m_used << p->citation();
        return p;
    }
    Result<Fen> money(const char *key)
    {
        return get(key).transform([](const Parameter &p) { return Fen(p.value.toLongLong()); });
    }
    Result<qint64> integer(const char *key) { return money(key); }
    Result<Ratio> ratio(const char *key)
    {
        return get(key).transform([](const Parameter &p) { return p.value.value<Ratio>(); });
    }
    // A parameter a county may leave out (ParameterSpec::optional): absent is no value, not
    // an error.
    std::optional<qint64> optionalInteger(const char *key)
    {
        Result<Parameter> p = get(key);
        return p ? std::optional<qint64>(p->value.toLongLong()) : std::nullopt;
    }
    // The citations of the entries read since the last call: they belong to the step about
    // to be added.
    QStringList takeUsed() { return std::exchange(m_used, {}); }

private:
    const PolicyBook &m_book;
    QString m_area;
    QDate m_date;
    QStringList m_used;
};

} // namespace doudi::core
