#include "roster/rostermapping.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace doudi::core {

namespace {

struct FieldRow
{
    RosterField field;
    const char *code;
    const char *label;
    // The headers townships and the 社会救助信息系统 use for it, compared without spaces and
    // brackets' contents.
    QStringList headers;
};

const QList<FieldRow> &fieldTable()
{
    static const QList<FieldRow> table = {
        {RosterField::Township,
         "township",
         QT_TRANSLATE_NOOP("RosterMapping", "Township"),
         {QStringLiteral("乡镇"), QStringLiteral("乡镇街道"), QStringLiteral("乡镇名称"), QStringLiteral("街道")}},
        {RosterField::Village,
         "village",
         QT_TRANSLATE_NOOP("RosterMapping", "Village"),
         {QStringLiteral("村"), QStringLiteral("村社区"), QStringLiteral("村居"), QStringLiteral("村名称"),
          QStringLiteral("社区"), QStringLiteral("村委会")}},
        {RosterField::HouseholdNumber,
         "household_number",
         QT_TRANSLATE_NOOP("RosterMapping", "Household number"),
         {QStringLiteral("户编号"), QStringLiteral("家庭编号"), QStringLiteral("户号"), QStringLiteral("救助证号")}},
        {RosterField::HeadName,
         "head_name",
         QT_TRANSLATE_NOOP("RosterMapping", "Head's name"),
         {QStringLiteral("户主姓名"), QStringLiteral("户主"), QStringLiteral("申请人姓名"), QStringLiteral("申请人")}},
        {RosterField::HeadIdNumber,
         "head_id_number",
         QT_TRANSLATE_NOOP("RosterMapping", "Head's ID number"),
         {QStringLiteral("户主身份证号"), QStringLiteral("户主身份证号码"), QStringLiteral("申请人身份证号"),
          QStringLiteral("申请人身份证号码")}},
        {RosterField::MemberName,
         "member_name",
         QT_TRANSLATE_NOOP("RosterMapping", "Member's name"),
         {QStringLiteral("成员姓名"), QStringLiteral("姓名"), QStringLiteral("家庭成员"), QStringLiteral("保障对象姓名")}},
        {RosterField::Relation,
         "relation",
         QT_TRANSLATE_NOOP("RosterMapping", "Relation to the head"),
         {QStringLiteral("与户主关系"), QStringLiteral("关系"), QStringLiteral("与申请人关系")}},
        {RosterField::IdNumber,
         "id_number",
         QT_TRANSLATE_NOOP("RosterMapping", "ID number"),
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"), QStringLiteral("证件号码")}},
        {RosterField::Programme,
         "programme",
         QT_TRANSLATE_NOOP("RosterMapping", "Programme"),
         {QStringLiteral("救助类别"), QStringLiteral("保障类别"), QStringLiteral("类别"), QStringLiteral("救助类型")}},
        {RosterField::MonthlyAmount,
         "monthly_amount",
         QT_TRANSLATE_NOOP("RosterMapping", "Monthly amount"),
         {QStringLiteral("月保障金额"), QStringLiteral("保障金额"), QStringLiteral("月救助金额"), QStringLiteral("月发放金额"),
          QStringLiteral("金额")}},
        {RosterField::StartMonth,
         "start_month",
         QT_TRANSLATE_NOOP("RosterMapping", "Paid since"),
         {QStringLiteral("起始年月"), QStringLiteral("享受起始年月"), QStringLiteral("起始时间"), QStringLiteral("开始享受时间"),
          QStringLiteral("纳入时间")}},
        {RosterField::Phone,
         "phone",
         QT_TRANSLATE_NOOP("RosterMapping", "Phone"),
         {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机号码")}},
        {RosterField::Address,
         "address",
         QT_TRANSLATE_NOOP("RosterMapping", "Address"),
         {QStringLiteral("家庭住址"), QStringLiteral("住址"), QStringLiteral("地址")}},
        {RosterField::MonthlyIncome,
         "monthly_income",
         QT_TRANSLATE_NOOP("RosterMapping", "Member's monthly income"),
         {QStringLiteral("月收入"), QStringLiteral("个人月收入"), QStringLiteral("成员月收入"), QStringLiteral("月均收入")}},
    };
    return table;
}

// "身份证号（18位）" → "身份证号"; "月保障 金额" → "月保障金额".
QString bareHeader(const QString &header)
{
    QString h = header;
    static const QRegularExpression brackets(QStringLiteral("[（(][^）)]*[）)]|\\s"));
    h.remove(brackets);
    return h;
}

std::optional<RosterField> fieldOfHeader(const QString &header)
{
    const QString bare = bareHeader(header);
    for (const FieldRow &row : fieldTable()) {
        if (row.headers.contains(bare))
            return row.field;
    }
    return std::nullopt;
}

const FieldRow *rowOfCode(const QString &code)
{
    for (const FieldRow &row : fieldTable()) {
        if (QLatin1String(row.code) == code)
            return &row;
    }
    return nullptr;
}

const FieldRow &rowOf(RosterField f)
{
    for (const FieldRow &row : fieldTable()) {
        if (row.field == f)
            return row;
    }
    Q_UNREACHABLE();
}

// "F" → 5; -1 when it is not a column.
int columnOfLetters(const QString &letters)
{
    int column = 0;
    for (const QChar c : letters.trimmed().toUpper()) {
        if (c < u'A' || c > u'Z' || column > 1000)
            return -1;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

} // namespace

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QList<RosterField> RosterMapping::required()
{
    return {RosterField::Township, RosterField::Village,   RosterField::MemberName,    RosterField::Relation,
            RosterField::IdNumber, RosterField::Programme, RosterField::MonthlyAmount, RosterField::StartMonth};
}

QStringList RosterMapping::missing() const
{
    QStringList names;
    for (RosterField f : required()) {
        if (!has(f))
            names.append(fieldLabel(f));
    }
    return names;
}

RosterMapping RosterMapping::guess(const Sheet &sheet)
{
    RosterMapping best;
    int bestKnown = 0;
    for (int row = 0; row < qMin(20, int(sheet.rows.size())); ++row) {
        RosterMapping m;
        m.headerRow = row;
        for (int column = 0; column < sheet.rows[row].size(); ++column) {
            if (const std::optional<RosterField> f = fieldOfHeader(sheet.rows[row][column]); f && !m.columns.contains(*f))
                m.columns.insert(*f, column);
        }
        if (m.columns.size() >= 3 && m.columns.size() > bestKnown) {
            best = m;
            bestKnown = int(m.columns.size());
        }
    }
    return best;
}

QString RosterMapping::layoutKey(const QStringList &headers)
{
    QStringList bare;
    for (const QString &h : headers)
        bare.append(bareHeader(h));
    return QString::fromLatin1(QCryptographicHash::hash(bare.join(u'\t').toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString RosterMapping::fieldCode(RosterField f)
{
    return QString::fromLatin1(rowOf(f).code);
}

QString RosterMapping::fieldLabel(RosterField f)
{
    return tr(rowOf(f).label);
}

QJsonObject RosterMapping::toJson() const
{
    QJsonObject columnsJson;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnsJson.insert(fieldCode(it.key()), columnLetters(it.value()));
    return {{QStringLiteral("header_row"), headerRow + 1}, {QStringLiteral("columns"), columnsJson}};
}

std::optional<RosterMapping> RosterMapping::fromJson(const QJsonObject &json, QString *error)
{
    RosterMapping m;
    m.headerRow = json.value(QStringLiteral("header_row")).toInt(1) - 1;
    if (m.headerRow < 0) {
        *error = tr("header_row must be a row number from 1.");
        return std::nullopt;
    }
    const QJsonObject columnsJson = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columnsJson.begin(); it != columnsJson.end(); ++it) {
        const FieldRow *row = rowOfCode(it.key());
        if (!row) {
            *error = tr("Unknown field “%1” in the mapping.").arg(it.key());
            return std::nullopt;
        }
        const int column = columnOfLetters(it.value().toString());
        if (column < 0) {
            *error = tr("“%1” is not a column (write it as in Excel: A, B, … AA).").arg(it.value().toString());
            return std::nullopt;
        }
        m.columns.insert(row->field, column);
    }
    return m;
}

} // namespace doudi::core
