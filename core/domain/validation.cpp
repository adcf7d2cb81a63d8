#include "domain/validation.h"

#include <QList>
#include <QRegularExpression>

namespace doudi::core {

Validation::Validation(QString path, QString where) : m_path(std::move(path)), m_where(std::move(where)) {}

void Validation::add(const QString &field, const QString &label, const QString &problem)
{
    const QString subject = m_where.isEmpty() ? label : tr("%1, %2").arg(m_where, label);
    m_errors.append({m_path + field, tr("%1: %2").arg(subject, problem)});
}

Status Validation::toStatus() const
{
    if (ok())
        return {};
    QStringList messages;
    for (const FieldError &e : m_errors)
        messages << e.message;
    return Error(ErrorCode::InvalidInput, messages.join(u'\n'));
}

namespace {
bool hasControlOrEmoji(const QString &s)
{
    for (char32_t cp : s.toUcs4()) {
        const QChar::Category cat = QChar::category(cp);
        if ((cp < 0x20 && cp != u'\n') || cp == 0x7f || cat == QChar::Other_Surrogate || cat == QChar::Other_NotAssigned ||
            cat == QChar::Other_PrivateUse || cat == QChar::Symbol_Other || (cp >= 0x1F000 && cp <= 0x1FAFF))
            return true;
    }
    return false;
}
} // namespace

QString Validation::text(const QVariantMap &m, const QString &key, const QString &label, int maxLength, bool required)
{
    const QVariant v = m.value(key);
    if (v.isValid() && !v.isNull() && v.typeId() != QMetaType::QString) {
        add(key, label, tr("must be text."));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        add(key, label, tr("is required."));
    else if (s.size() > maxLength)
        add(key, label, tr("is too long (%1 characters; at most %2).").arg(s.size()).arg(maxLength));
    else if (hasControlOrEmoji(s))
        add(key, label, tr("contains characters that cannot be used (emoji, symbols or control characters)."));
    return s.left(maxLength);
}

Fen Validation::fen(const QVariantMap &m, const QString &key, const QString &label)
{
    const QVariant v = m.value(key);
    if (!v.isValid() || v.isNull())
        return 0;
    bool ok = false;
    const double asDouble = v.toDouble(&ok);
    const qint64 asInt = v.toLongLong();
    if (!ok || v.typeId() == QMetaType::QString || double(asInt) != asDouble) {
        add(key, label, tr("must be a whole number of fen."));
        return 0;
    }
    if (asInt < 0) {
        add(key, label, tr("cannot be negative."));
        return 0;
    }
    if (asInt > money::kMaxFen) {
        add(key, label, tr("is implausibly large (%1 yuan).").arg(money::formatYuan(asInt)));
        return 0;
    }
    return asInt;
}

QDate Validation::date(const QVariantMap &m, const QString &key, const QString &label, bool required)
{
    const QString s = m.value(key).toString();
    if (s.isEmpty()) {
        if (required)
            add(key, label, tr("is required."));
        return {};
    }
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        add(key, label, tr("\"%1\" is not a valid date (YYYY-MM-DD).").arg(s.left(20)));
    return d;
}

qint64 Validation::integer(const QVariantMap &m, const QString &key, const QString &label, qint64 min, qint64 max)
{
    const QVariant v = m.value(key);
    if (!v.isValid() || v.isNull())
        return min;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || v.typeId() == QMetaType::QString || n < min || n > max) {
        add(key, label, tr("must be a whole number from %1 to %2.").arg(min).arg(max));
        return min;
    }
    return n;
}

void Validation::personName(const QString &key, const QString &label, const QString &name)
{
    if (name.isEmpty())
        return; // "required" is reported by text()
    for (char32_t cp : name.toUcs4()) {
        const QChar::Script script = QChar::script(cp);
        const bool allowed = script == QChar::Script_Han || script == QChar::Script_Latin || cp == U'·' || cp == U'•' ||
                             cp == U'・' || cp == U' ' || cp == U'〇';
        if (!allowed) {
            add(key, label, tr("may contain only Chinese characters, Latin letters and the separator \"·\"."));
            return;
        }
    }
}

void Validation::phone(const QString &key, const QString &label, const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}(-\\d{1,5})?$"));
    if (!phone.isEmpty() && !mobile.match(phone).hasMatch() && !landline.match(phone).hasMatch())
        add(key, label, tr("\"%1\" is not a mobile number (11 digits) or a landline with area code.").arg(phone.left(30)));
}

} // namespace doudi::core
