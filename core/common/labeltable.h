#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <type_traits>

namespace doudi::core {

// One row of a LabelTable: a value (absent in a table of codes alone), the stable code kept
// in storage and JSON, and the English label, marked with QT_TRANSLATE_NOOP in the table's
// translation context.
template <typename Value> struct LabelRow
{
    Value value;
    const char *code;
    const char *label;
};

template <> struct LabelRow<void>
{
    const char *code;
    const char *label;
};

// A closed list of codes and their words, written once:
//
//     static const LabelTable<> roles("doudi::core::UserService", {
//         {"village", QT_TRANSLATE_NOOP("doudi::core::UserService", "Village social assistance helper")}, …});
//     static const LabelTable<CaseState> states("doudi::core::Case", {
//         {CaseState::Submitted, "submitted", QT_TRANSLATE_NOOP("doudi::core::Case", "Submitted")}, …});
//
// Declared static inside the function that uses it, a table is built on first use, never
// during static initialisation. The context is given again to the table because lupdate reads
// it from QT_TRANSLATE_NOOP and the table translates with it. The rows keep their order:
// codes() and a range-for list them as written.
template <typename Value = void> class LabelTable
{
public:
    using Row = LabelRow<Value>;

    LabelTable(const char *context, std::initializer_list<Row> rows) : m_context(context), m_rows(rows) {}

    auto begin() const { return m_rows.cbegin(); }
    auto end() const { return m_rows.cend(); }

    QStringList codes() const
    {
        QStringList out;
        for (const Row &r : m_rows)
            out << QString::fromLatin1(r.code);
        return out;
    }

    bool contains(const QString &code) const { return rowOfCode(code) != nullptr; }

    // The words for a code; a code the table does not know (written by a newer version, say)
    // stands for itself.
    QString labelOfCode(const QString &code) const
    {
        const Row *r = rowOfCode(code);
        return r ? translated(*r) : code;
    }

    // Tables of values (enums) only: from the value to its code and words, and back.
    template <typename V = Value> QString code(const V &value) const
    {
        const Row *r = rowOf(value);
        return r ? QString::fromLatin1(r->code) : QString();
    }

    template <typename V = Value> QString label(const V &value) const
    {
        const Row *r = rowOf(value);
        return r ? translated(*r) : QString();
    }

    template <typename V = Value> std::optional<V> fromCode(const QString &code) const
    {
        const Row *r = rowOfCode(code);
        return r ? std::optional<V>(r->value) : std::nullopt;
    }

private:
    const Row *rowOfCode(const QString &code) const
    {
        for (const Row &r : m_rows) {
            if (code == QLatin1String(r.code))
                return &r;
        }
        return nullptr;
    }

    template <typename V> const Row *rowOf(const V &value) const
    {
        static_assert(std::is_same_v<V, Value>, "look a value up by the table's own type (a table of codes alone: labelOfCode)");
        for (const Row &r : m_rows) {
            if (r.value == value)
                return &r;
        }
        return nullptr;
    }

    QString translated(const Row &r) const { return QCoreApplication::translate(m_context, r.label); }

    const char *m_context;
    QList<Row> m_rows;
};

} // namespace doudi::core
