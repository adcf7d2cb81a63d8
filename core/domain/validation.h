#pragma once

#include "common/money.h"
#include "common/result.h"
#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

namespace doudi::core {

struct FieldError
{
    QString field;   // machine path, e.g. "members[1].id_number"
    QString message; // for the person, with the field named in words
};

// Collects every problem with an input instead of stopping at the first, so a form can
// mark all of them at once. Reading helpers take a field map (storage row or JSON object).
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    // path: machine prefix ("members[1]."); where: the words for it ("Member 2").
    explicit Validation(QString path = {}, QString where = {});

    void add(const QString &field, const QString &label, const QString &problem);
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    void merge(const Validation &other) { m_errors += other.m_errors; }
    Status toStatus() const;

    // Readers: each checks the type and records a problem when it is wrong.
    QString text(const QVariantMap &m, const QString &key, const QString &label, int maxLength, bool required);
    Fen fen(const QVariantMap &m, const QString &key, const QString &label);
    QDate date(const QVariantMap &m, const QString &key, const QString &label, bool required);
    qint64 integer(const QVariantMap &m, const QString &key, const QString &label, qint64 min, qint64 max);
    template <typename E> E code(const QVariantMap &m, const QString &key, const QString &label, E fallback)
    {
        const QString c = m.value(key).toString();
        if (c.isEmpty())
            return fallback;
        const std::optional<E> v = enumFromCode<E>(c);
        if (!v)
            add(key, label, tr("\"%1\" is not one of: %2.").arg(c.left(40), codeList<E>()));
        return v.value_or(fallback);
    }

    // Checks on values already read.
    void personName(const QString &key, const QString &label, const QString &name);
    void phone(const QString &key, const QString &label, const QString &phone);

private:
    QString m_path;
    QString m_where;
    QList<FieldError> m_errors;
};

} // namespace doudi::core
