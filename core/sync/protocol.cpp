#include "sync/protocol.h"

#include "identity/idnumber.h"
#include "sync/compression.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace doudi::core::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("doudi::core::protocol", text);
}

// Whole numbers only, within bounds (doubles hold integers exactly up to 2^53). Fuzzing found
// (issue 11): NaN (a QJsonValue built in code) passed the old "d < min || d > max" and reached
// qint64(d), undefined behaviour; and 2^53 + 1, which Qt's parser keeps exactly as an integer,
// became 2^53 in toDouble() and was taken. So: NaN fails the bounds, and toInteger() must
// agree with the double.
bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 *out)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= double(min) && d <= double(max)) || d != std::trunc(d))
        return false;
    *out = qint64(d);
    return v.toInteger() == *out;
}

// Reads the fields of one JSON object with their types checked; the first problem is kept
// and named (the field's path), and every later read returns an empty value.
class Reader
{
public:
    Reader(const QJsonValue &value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject())
            fail(nullptr);
        m_object = value.toObject();
    }
    const QString &problem() const { return m_problem; }
    bool ok() const { return m_problem.isEmpty(); }

    QString text(const char *key, bool required = true, qsizetype maxBytes = 256)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().size() > maxBytes || !v.toString().isValidUtf16())
            return fail(key), QString();
        return v.toString();
    }
    qint64 integer(const char *key, qint64 min, qint64 max, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return min;
        qint64 n = min;
        if (!wholeNumber(v, min, max, &n))
            return fail(key), min;
        return n;
    }
    bool boolean(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return false;
        if (!v.isBool())
            return fail(key), false;
        return v.toBool();
    }
    QJsonObject object(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            return fail(key), QJsonObject();
        return v.toObject();
    }
    QJsonArray array(const char *key, qsizetype maxCount, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray() || v.toArray().size() > maxCount)
            return fail(key), QJsonArray();
        return v.toArray();
    }
    QJsonValue any(const char *key) { return m_object.value(QLatin1String(key)); }
    QStringList texts(const char *key, qsizetype maxCount, bool required = true)
    {
        QStringList out;
        for (const QJsonValue &v : array(key, maxCount, required)) {
            if (!v.isString() || v.toString().size() > 256)
                return fail(key), QStringList();
            out << v.toString();
        }
        return out;
    }
    QString fail(const char *key)
    {
        if (m_problem.isEmpty())
            m_problem = key ? m_path + u'.' + QLatin1String(key) : m_path;
        return {};
    }
    void failWith(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = m_path + u' ' + what;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_problem;
};

Error malformed(const QString &where)
{
    return Error(ErrorCode::InvalidInput, tr("A sync message could not be read (%1).").arg(where));
}

Result<QJsonObject> parseBody(const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return Error(ErrorCode::InvalidInput, tr("A sync message is too large."));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(e.error != QJsonParseError::NoError ? e.errorString() : QStringLiteral("not an object"));
    return doc.object();
}

bool isOpName(const QString &op)
{
    return op == QLatin1String("insert") || op == QLatin1String("update") || op == QLatin1String("delete");
}

// A field value: null, a boolean, a number, or a text of bounded size. Numbers stay within
// ±2^53, where a double holds every whole number exactly (money is whole fen, far below it):
// beyond it, one device writes 1e+16 and the next reads 10000000000000000, and a value would
// seem to change on its way round (fuzzing found it). Texts are whole UTF-16: a JSON escape
// may name half a surrogate pair ("\ud800"), which no writer can send on as it came.
bool isFieldValue(const QJsonValue &v)
{
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (v.isDouble())
        return std::abs(v.toDouble()) <= kMaxExact;
    if (v.isString())
        return v.toString().size() <= kMaxTextBytes && v.toString().isValidUtf16();
    return v.isNull() || v.isBool();
}

// A record's id: a UUID or a document number, never blank, no control or invisible characters
// (fuzzing found an id of one U+FEFF, which JSON parsers may drop on the way round).
bool isRecordId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

bool isFieldName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

template <typename T> Result<QList<T>> readList(const QJsonArray &array, const QString &what)
{
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<T> item = T::fromJson(array.at(i));
        if (!item)
            return Error(item.error().code(), item.error().message(), what + QString::number(i));
        out << std::move(*item);
    }
    return out;
}

template <typename T> QJsonArray writeList(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out << item.toJson();
    return out;
}

QString statusName(OpResult::Status s)
{
    switch (s) {
    case OpResult::Status::Applied:
        return QStringLiteral("applied");
    case OpResult::Status::Conflict:
        return QStringLiteral("conflict");
    case OpResult::Status::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

} // namespace

const QStringList &recordTypes()
{
    // An attachment's record syncs as any other; its bytes travel apart, by hash (§8).
    static const QStringList types{
        QStringLiteral("household"), QStringLiteral("person"),      QStringLiteral("income"),
        QStringLiteral("asset"),     QStringLiteral("expenditure"), QStringLiteral("obligor"),
        QStringLiteral("case"),      QStringLiteral("case_step"),   QStringLiteral("visit"),
        QStringLiteral("document"),  QStringLiteral("attachment"),  QStringLiteral("household_change")};
    return types;
}

bool isVersioned(const QString &recordType)
{
    return recordType != QLatin1String("case_step") && recordType != QLatin1String("visit") &&
           recordType != QLatin1String("household_change") && recordType != QLatin1String("document") &&
           recordType != QLatin1String("attachment");
}

QString checkLine(const QString &recordType, const QString &recordId, qint64 version)
{
    return isVersioned(recordType) ? recordType + u':' + recordId + u':' + QString::number(version)
                                   : recordType + u':' + recordId;
}

QJsonObject Op::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId},
                  {QStringLiteral("record_type"), recordType},
                  {QStringLiteral("record_id"), recordId},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("base_version"), double(baseVersion)},
                  {QStringLiteral("changed_fields"), changedFields},
                  {QStringLiteral("hlc"), hlc},
                  {QStringLiteral("device_seq"), double(deviceSeq)},
                  {QStringLiteral("user"), user}};
    if (!resolves.isEmpty()) {
        QJsonArray r;
        for (qint64 id : resolves)
            r << double(id);
        o.insert(QStringLiteral("resolves"), r);
    }
    return o;
}

Result<Op> Op::fromJson(const QJsonValue &json)
{
    Reader r(json, QStringLiteral("op"));
    Op op;
    op.opId = r.text("op_id");
    op.recordType = r.text("record_type");
    op.recordId = r.text("record_id");
    op.op = r.text("op");
    op.baseVersion = r.integer("base_version", 0, qint64(1) << 53);
    op.changedFields = r.object("changed_fields");
    op.hlc = r.text("hlc");
    op.deviceSeq = r.integer("device_seq", 0, qint64(1) << 53);
    op.user = r.text("user");
    for (const QJsonValue &v : r.array("resolves", 100, false)) {
        qint64 id = 0;
        if (!wholeNumber(v, 1, qint64(1) << 53, &id)) // see wholeNumber: NaN and 2^53 + 1
            r.fail("resolves");
        else
            op.resolves << id;
    }
    if (r.ok() && (op.opId.isEmpty() || !isRecordId(op.recordId) || !isOpName(op.op)))
        r.failWith(QStringLiteral("names no op, record or kind of change"));
    if (r.ok() && op.changedFields.size() > 200)
        r.fail("changed_fields");
    for (auto it = op.changedFields.constBegin(); r.ok() && it != op.changedFields.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const bool shaped = op.op == QLatin1String("update")
                                ? v.isObject() && isFieldValue(v.toObject().value(QStringLiteral("new"))) &&
                                      isFieldValue(v.toObject().value(QStringLiteral("old")))
                                : isFieldValue(v);
        if (!isFieldName(it.key()) || !shaped)
            r.failWith(QStringLiteral("field ") + it.key().left(64));
    }
    if (!r.ok())
        return malformed(r.problem());
    return op;
}

QJsonObject OpResult::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId},
                  {QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("version"), double(version)}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

Result<OpResult> OpResult::fromJson(const QJsonValue &json)
{
    Reader r(json, QStringLiteral("result"));
    OpResult res;
    res.opId = r.text("op_id");
    const QString status = r.text("status");
    res.version = r.integer("version", 0, qint64(1) << 53);
    res.reason = r.text("reason", false, 2000);
    if (status == statusName(Status::Applied))
        res.status = Status::Applied;
    else if (status == statusName(Status::Conflict))
        res.status = Status::Conflict;
    else if (status == statusName(Status::Refused))
        res.status = Status::Refused;
    else
        r.fail("status");
    if (!r.ok())
        return malformed(r.problem());
    return res;
}

QJsonObject PushResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("protocol_version"), kVersion},
                  {QStringLiteral("results"), writeList(results)},
                  {QStringLiteral("server_time"), serverTime}};
    if (seq > 0)
        o.insert(QStringLiteral("seq"), double(seq));
    return o;
}

Result<PushResponse> PushResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("push answer"));
    const QJsonArray results = r.array("results", kMaxOpsPerPush);
    const QString time = r.text("server_time");
    const qint64 seq = r.integer("seq", 0, qint64(1) << 53, false);
    if (!r.ok())
        return malformed(r.problem());
    Result<QList<OpResult>> list = readList<OpResult>(results, QStringLiteral("results."));
    if (!list)
        return list.error();
    return PushResponse{std::move(*list), time, seq};
}

bool PushResponse::plain(const Op &op, const OpResult &result)
{
    return result.status == OpResult::Status::Applied && result.version == op.baseVersion + 1;
}

PushResponse PushResponse::answering(const QList<Op> &ops, const QList<OpResult> &results, const QString &serverTime)
{
    PushResponse out;
    out.serverTime = serverTime;
    for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
        if (!plain(ops.at(i), results.at(i)))
            out.results << results.at(i);
    }
    return out;
}

Result<QList<OpResult>> PushResponse::resultsFor(const QList<Op> &ops) const
{
    QHash<QString, qsizetype> sent;
    for (qsizetype i = 0; i < ops.size(); ++i)
        sent.insert(ops.at(i).opId, i);
    QList<std::optional<OpResult>> listed(ops.size());
    for (const OpResult &r : results) {
        const auto it = sent.constFind(r.opId);
        if (it == sent.constEnd() || listed.at(*it))
            return malformed(QStringLiteral("results: ") + r.opId.left(64));
        listed[*it] = r;
    }
    QList<OpResult> out;
    out.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (listed.at(i)) {
            out << *listed.at(i);
            continue;
        }
        OpResult applied;
        applied.opId = ops.at(i).opId;
        applied.status = OpResult::Status::Applied;
        applied.version = ops.at(i).baseVersion + 1;
        out << applied;
    }
    return out;
}

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("seq"), double(seq)},
            {QStringLiteral("record_type"), recordType},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("op"), op},
            {QStringLiteral("version"), double(version)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), hlc},
            {QStringLiteral("user"), user}};
}

Result<Change> Change::fromJson(const QJsonValue &json)
{
    Reader r(json, QStringLiteral("change"));
    Change c;
    c.seq = r.integer("seq", 1, qint64(1) << 53);
    c.recordType = r.text("record_type");
    c.recordId = r.text("record_id");
    c.op = r.text("op");
    c.version = r.integer("version", 0, qint64(1) << 53);
    c.fields = r.object("fields");
    c.hlc = r.text("hlc");
    c.user = r.text("user");
    if (r.ok() &&
        (!recordTypes().contains(c.recordType) || !isRecordId(c.recordId) || !(isOpName(c.op) || c.op == QLatin1String("evict"))))
        r.failWith(QStringLiteral("names no known record or kind of change"));
    for (auto it = c.fields.constBegin(); r.ok() && it != c.fields.constEnd(); ++it) {
        if (!isFieldName(it.key()) || !isFieldValue(it.value()))
            r.failWith(QStringLiteral("field ") + it.key().left(64));
    }
    if (!r.ok())
        return malformed(r.problem());
    return c;
}

QJsonObject Conflict::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("record_type"), recordType},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("household_id"), householdId},
            {QStringLiteral("field"), field},
            {QStringLiteral("before"), before},
            {QStringLiteral("mine"), mine},
            {QStringLiteral("theirs"), theirs},
            {QStringLiteral("mine_user"), mineUser},
            {QStringLiteral("mine_hlc"), mineHlc},
            {QStringLiteral("theirs_user"), theirsUser},
            {QStringLiteral("theirs_hlc"), theirsHlc},
            {QStringLiteral("resolved"), resolved},
            {QStringLiteral("resolved_by"), resolvedBy}};
}

Result<Conflict> Conflict::fromJson(const QJsonValue &json)
{
    Reader r(json, QStringLiteral("conflict"));
    Conflict c;
    c.id = r.integer("id", 1, qint64(1) << 53);
    c.kind = r.text("kind");
    c.recordType = r.text("record_type");
    c.recordId = r.text("record_id");
    c.householdId = r.text("household_id");
    c.field = r.text("field");
    c.before = r.any("before");
    c.mine = r.any("mine");
    c.theirs = r.any("theirs");
    c.mineUser = r.text("mine_user");
    c.mineHlc = r.text("mine_hlc");
    c.theirsUser = r.text("theirs_user");
    c.theirsHlc = r.text("theirs_hlc");
    c.resolved = r.boolean("resolved");
    c.resolvedBy = r.text("resolved_by");
    // A field's values, or for a delete against an edit the record or the changed fields:
    // any JSON, within the size of one field's text.
    for (const QJsonValue &v : {c.before, c.mine, c.theirs}) {
        const bool bounded = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size() <= kMaxTextBytes
                                          : !v.isArray() && isFieldValue(v);
        if (r.ok() && !bounded && !v.isUndefined())
            r.failWith(QStringLiteral("value"));
    }
    if (r.ok() && c.kind != QLatin1String("field") && c.kind != QLatin1String("delete") && c.kind != QLatin1String("step"))
        r.fail("kind");
    if (!r.ok())
        return malformed(r.problem());
    return c;
}

namespace {

// Changes (pull) and ops (push) travel in groups, column by column (docs/sync-protocol.md §7):
// one group per record type, kind of change and set of field names, which are written once.
// Column by column, because deflate then finds each column's repeats nearby (issue 11: a page
// took 63 bytes a record as one object per change, and about 41 this way).

constexpr qint64 kMaxWhole = qint64(1) << 53;

// A canonical UUID (lowercase, with hyphens) as 22 characters of base64url: its 16 bytes
// deflate to about 16, where the 36 characters of hex took 22.
QString compactUuid(const QString &id)
{
    if (id.size() != 36)
        return {};
    const QUuid u = QUuid::fromString(id);
    if (u.isNull() || u.toString(QUuid::WithoutBraces) != id)
        return {};
    return QString::fromLatin1(u.toRfc4122().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The inverse; empty for anything compactUuid() would not have written.
QString expandUuid(const QJsonValue &v)
{
    const QString text = v.toString();
    if (!v.isString() || text.size() != 22)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return {};
    const QString id = QUuid::fromRfc4122(decoded.decoded).toString(QUuid::WithoutBraces);
    return compactUuid(id) == text ? id : QString();
}

// An id column: each a compacted UUID when the group says so, else a text of 1–256 characters.
QJsonValue writeId(const QString &id, bool uuid)
{
    return uuid ? compactUuid(id) : id;
}

QString readId(const QJsonValue &v, bool uuid)
{
    if (uuid)
        return expandUuid(v);
    return v.isString() && v.toString().size() <= 256 ? v.toString() : QString();
}

// The field names of a group: those of the record, less "id" when it is the record's own id
// (with_id; a record's id went twice otherwise).
QStringList namesOf(const QJsonObject &fields, const QString &recordId, bool *withId)
{
    QStringList names = fields.keys();
    *withId = fields.value(QStringLiteral("id")) == QJsonValue(recordId);
    if (*withId)
        names.removeOne(QStringLiteral("id"));
    return names;
}

// Fields the record's other fields determine (§7 "derived"): a person's birth date and sex
// are those of the 居民身份证号 (GB 11643), and the domain keeps them so (Person::fromFields).
// A derived column holds 0 where the value is what the derivation gives. The first sync of a
// township is mostly persons, and these two columns were a sixth of a pull page.
struct Derivation
{
    QLatin1String recordType;
    QLatin1String field;
    QLatin1String source;
    QJsonValue (*derive)(const QJsonValue &source); // Undefined: nothing to derive
};

// What an ID number shows; nothing for a value that is not a valid one.
std::optional<IdNumber::Info> idNumberOf(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    Result<IdNumber::Info> id = IdNumber::parse(v.toString());
    return id ? std::optional<IdNumber::Info>(*id) : std::nullopt;
}

QJsonValue birthDateOfIdNumber(const QJsonValue &v)
{
    const std::optional<IdNumber::Info> id = idNumberOf(v);
    return id ? QJsonValue(id->birthDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue sexOfIdNumber(const QJsonValue &v)
{
    const std::optional<IdNumber::Info> id = idNumberOf(v);
    if (!id)
        return QJsonValue::Undefined;
    return id->sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

const Derivation kDerivations[] = {
    {QLatin1String("person"), QLatin1String("birth_date"), QLatin1String("id_number"), birthDateOfIdNumber},
    {QLatin1String("person"), QLatin1String("sex"), QLatin1String("id_number"), sexOfIdNumber},
};

const Derivation *derivationOf(const QString &recordType, const QString &field)
{
    for (const Derivation &d : kDerivations) {
        if (d.recordType == recordType && d.field == field)
            return &d;
    }
    return nullptr;
}

// A group as it is written: the head readHead() reads, and its columns.
QJsonObject groupJson(const QString &type, const QString &op, const QStringList &names, bool withId, bool uuid,
                      const QStringList &refs, const QStringList &ids, const QStringList &derived,
                      const QList<QJsonArray> &columns)
{
    QJsonArray cols;
    for (const QJsonArray &column : columns)
        cols << column;
    return {{QStringLiteral("record_type"), type},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), QJsonArray::fromStringList(names)},
            {QStringLiteral("with_id"), withId},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("refs"), QJsonArray::fromStringList(refs)},
            {QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
            {QStringLiteral("derived"), QJsonArray::fromStringList(derived)},
            {QStringLiteral("columns"), cols}};
}

// Reads a group's head: the names (distinct field names, no "id" with with_id) and columns
// (head + one per name, all of one length n ≥ 1).
struct GroupHead
{
    QString type;
    QString op;
    QStringList names;
    bool withId = false;
    bool uuid = false;
    QList<bool> ref;              // per name: the column names the record of another op or change of the message
    QList<bool> id;               // per name: the column holds compacted UUIDs
    QList<qsizetype> derivedFrom; // per name: the index of the name it may be derived from, or -1
    QList<QJsonArray> columns;
    qsizetype rows = 0;
};

Result<GroupHead> readHead(const QJsonValue &group, const QString &where, int headColumns, qsizetype room)
{
    Reader g(group, where);
    GroupHead h;
    h.type = g.text("record_type");
    h.op = g.text("op");
    const QJsonArray names = g.array("fields", 200);
    h.withId = g.boolean("with_id");
    h.uuid = g.boolean("uuid");
    const QJsonArray columns = g.array("columns", headColumns + 200);
    for (const QJsonValue &n : names) {
        if (g.ok() && (!n.isString() || !isFieldName(n.toString()) || h.names.contains(n.toString()) ||
                       (h.withId && n.toString() == QLatin1String("id"))))
            g.failWith(QStringLiteral("field ") + n.toString().left(64));
        h.names << n.toString();
    }
    if (g.ok() && h.withId && h.names.size() >= 200) // with "id", at most 200 fields
        g.fail("fields");
    // refs, ids and derived: each a subset of the names, each name once, in one of them at most.
    h.ref = QList<bool>(h.names.size(), false);
    h.id = QList<bool>(h.names.size(), false);
    h.derivedFrom = QList<qsizetype>(h.names.size(), -1);
    QList<bool> derived(h.names.size(), false);
    for (const auto &[key, marks] : {std::pair("refs", &h.ref), std::pair("ids", &h.id), std::pair("derived", &derived)}) {
        for (const QJsonValue &n : g.array(key, 200)) {
            const qsizetype k = h.names.indexOf(n.toString());
            if (g.ok() && (!n.isString() || k < 0 || h.ref.at(k) || h.id.at(k) || derived.at(k)))
                g.fail(key);
            else if (k >= 0)
                (*marks)[k] = true;
        }
    }
    // A derived name is one of the table's, and its source a plain column of the group.
    for (qsizetype k = 0; g.ok() && k < h.names.size(); ++k) {
        if (!derived.at(k))
            continue;
        const Derivation *d = derivationOf(h.type, h.names.at(k));
        const qsizetype from = d ? h.names.indexOf(d->source) : -1;
        if (from < 0 || h.ref.at(from) || h.id.at(from) || derived.at(from))
            g.fail("derived");
        else
            h.derivedFrom[k] = from;
    }
    if (g.ok() && columns.size() != headColumns + h.names.size())
        g.fail("columns");
    for (qsizetype i = 0; g.ok() && i < columns.size(); ++i) {
        const QJsonArray column = columns.at(i).toArray();
        if (!columns.at(i).isArray() || column.isEmpty() || column.size() > room ||
            (i > 0 && column.size() != h.columns.constFirst().size()))
            g.fail("columns");
        h.columns << column;
    }
    if (!g.ok())
        return malformed(g.problem());
    h.rows = h.columns.constFirst().size();
    return h;
}

// A number kept as a step from the row before (from 0 for the first): small, so short.
bool readStep(const QJsonValue &v, qint64 min, qint64 *running)
{
    qint64 step = 0;
    if (!wholeNumber(v, -kMaxWhole, kMaxWhole, &step) || *running + step < min || *running + step > kMaxWhole)
        return false;
    *running += step;
    return true;
}

// A text, or null for "the same as the row before" (not on the first row).
bool readRepeat(const QJsonValue &v, qsizetype row, QString *running)
{
    if (v.isString() && v.toString().size() <= 256) {
        *running = v.toString();
        return true;
    }
    return v.isNull() && row > 0;
}

QJsonValue writeRepeat(const QString &value, qsizetype row, const QString &before)
{
    return row > 0 && value == before ? QJsonValue() : QJsonValue(value);
}

// Groups items by key, in order of first appearance; each group's items in order.
template <typename T, typename KeyOf> QList<QList<qsizetype>> groupsOf(const QList<T> &items, KeyOf keyOf)
{
    QList<QList<qsizetype>> groups;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString key = keyOf(items.at(i));
        qsizetype group = at.value(key, -1);
        if (group < 0) {
            group = groups.size();
            at.insert(key, group);
            groups.append(QList<qsizetype>());
        }
        groups[group] << i;
    }
    return groups;
}

// How a group's fields go besides as they are (docs/sync-protocol.md §7): as refs, when every
// value is the record id of an op or change of the same message (a person's household: a step
// between their indexes, mostly 0 or 1), or as ids, when every value is a UUID (compacted).
struct Marks
{
    QStringList refs;
    QStringList ids;
    QStringList derived; // where the value is what the derivation gives from its source: 0
};

// The marks of a group of records of one type, field names and count; fieldsAt(row) gives
// a row's fields.
template <typename FieldsAt>
Marks marksOf(const QString &recordType, const QStringList &names, qsizetype rows, FieldsAt fieldsAt,
              const QHash<QString, qsizetype> &indexOfRecord)
{
    Marks marks;
    for (const QString &name : names) {
        bool ref = true;
        bool id = true;
        for (qsizetype row = 0; (ref || id) && row < rows; ++row) {
            const QJsonValue v = fieldsAt(row).value(name);
            ref = ref && v.isString() && indexOfRecord.contains(v.toString());
            id = id && v.isString() && !compactUuid(v.toString()).isEmpty();
        }
        if (ref)
            marks.refs << name;
        else if (id)
            marks.ids << name;
    }
    for (const QString &name : names) {
        const Derivation *d = derivationOf(recordType, name);
        if (!d || !names.contains(d->source) || marks.refs.contains(d->source) || marks.ids.contains(d->source))
            continue;
        // Worth it when some row derives; possible when no value is itself a 0.
        bool some = false;
        bool zero = false;
        for (qsizetype row = 0; !zero && row < rows; ++row) {
            const QJsonObject &fields = fieldsAt(row);
            const QJsonValue v = fields.value(name);
            zero = v.isDouble() && v.toDouble() == 0;
            some = some || v == d->derive(fields.value(d->source));
        }
        if (some && !zero && !marks.refs.contains(name) && !marks.ids.contains(name))
            marks.derived << name;
    }
    return marks;
}

// A field value as a group's column holds it; refAt is the column's last index (for the step).
QJsonValue writeField(const QString &recordType, const QJsonObject &fields, const QString &name, const Marks &marks,
                      const QHash<QString, qsizetype> &indexOfRecord, qsizetype *refAt)
{
    QJsonValue v = fields.value(name);
    if (marks.derived.contains(name)) {
        const Derivation *d = derivationOf(recordType, name);
        return v == d->derive(fields.value(d->source)) ? QJsonValue(0) : v;
    }
    if (marks.refs.contains(name)) {
        const qsizetype j = indexOfRecord.value(v.toString());
        const qsizetype step = j - *refAt;
        *refAt = j;
        return double(step);
    }
    if (marks.ids.contains(name))
        return compactUuid(v.toString());
    return v;
}

// A record id a ref names, filled in once the whole message is read (it may come later).
struct PendingRef
{
    qsizetype index; // of the op or change whose field it is
    QString name;
    qint64 target; // index of the op or change whose record it names
};

// Reads a row of a group's field columns (the first at column `first`) into *fields: refs
// are left empty and noted in *refs under `index` (their op or change), ids expanded, derived
// values computed. valid(v) says whether a value may stand in such a column.
template <typename Valid>
Status readFields(const GroupHead &h, int first, qsizetype row, const QString &at, qsizetype index, qint64 refLimit,
                  QList<qint64> &refAt, QList<PendingRef> *refs, Valid valid, QJsonObject *fields)
{
    *fields = QJsonObject();
    for (qsizetype k = 0; k < h.names.size(); ++k) {
        QJsonValue v = h.columns.at(first + k).at(row);
        if (h.ref.at(k)) {
            if (!readStep(v, 0, &refAt[k]) || refAt.at(k) >= refLimit)
                return malformed(at + QStringLiteral(" field ") + h.names.at(k));
            refs->append({index, h.names.at(k), refAt.at(k)});
            v = QString(); // filled in once the whole message is read
        } else if (h.id.at(k)) {
            v = expandUuid(v);
            if (v.toString().isEmpty())
                return malformed(at + QStringLiteral(" field ") + h.names.at(k));
        } else if (h.derivedFrom.at(k) >= 0 && v.isDouble() && v.toDouble() == 0) {
            const Derivation *d = derivationOf(h.type, h.names.at(k));
            v = d->derive(h.columns.at(first + h.derivedFrom.at(k)).at(row));
            if (v.isUndefined())
                return malformed(at + QStringLiteral(" field ") + h.names.at(k));
        }
        if (!valid(v))
            return malformed(at + QStringLiteral(" field ") + h.names.at(k));
        fields->insert(h.names.at(k), v);
    }
    return {};
}

QString changeKey(const Change &c)
{
    bool withId = false;
    const QStringList names = namesOf(c.fields, c.recordId, &withId);
    return c.recordType + QChar(0x1f) + c.op + QChar(0x1f) + (withId ? u'1' : u'0') + names.join(QChar(0x1f));
}

constexpr int kChangeHead = 5; // seq (step), record_id, version, hlc, user

QJsonArray writeChanges(const QList<Change> &changes)
{
    const QList<QList<qsizetype>> groups = groupsOf(changes, changeKey);
    // Where each record id is first decoded: the groups in order, each group's rows in order.
    QHash<QString, qsizetype> firstIndex;
    qsizetype decoded = 0;
    for (const QList<qsizetype> &group : groups) {
        for (qsizetype i : group) {
            if (!firstIndex.contains(changes.at(i).recordId))
                firstIndex.insert(changes.at(i).recordId, decoded);
            ++decoded;
        }
    }
    QJsonArray out;
    for (const QList<qsizetype> &group : groups) {
        const Change &first = changes.at(group.constFirst());
        bool withId = false;
        const QStringList names = namesOf(first.fields, first.recordId, &withId);
        const bool uuid = std::all_of(group.cbegin(), group.cend(),
                                      [&](qsizetype i) { return !compactUuid(changes.at(i).recordId).isEmpty(); });
        const Marks marks = marksOf(
            first.recordType, names, group.size(),
            [&](qsizetype row) -> const QJsonObject & { return changes.at(group.at(row)).fields; }, firstIndex);
        QList<qsizetype> refAt(names.size(), 0);
        QList<QJsonArray> columns(kChangeHead + names.size());
        const Change *before = nullptr;
        for (qsizetype row = 0; row < group.size(); ++row) {
            const Change &c = changes.at(group.at(row));
            columns[0] << double(c.seq - (before ? before->seq : 0));
            columns[1] << writeId(c.recordId, uuid);
            columns[2] << double(c.version);
            columns[3] << writeRepeat(c.hlc, row, before ? before->hlc : QString());
            columns[4] << writeRepeat(c.user, row, before ? before->user : QString());
            for (qsizetype k = 0; k < names.size(); ++k)
                columns[kChangeHead + k] << writeField(c.recordType, c.fields, names.at(k), marks, firstIndex, &refAt[k]);
            before = &c;
        }
        out << groupJson(first.recordType, first.op, names, withId, uuid, marks.refs, marks.ids, marks.derived, columns);
    }
    return out;
}

Result<QList<Change>> readChanges(const QJsonArray &groups)
{
    QList<Change> out;
    QList<PendingRef> refs;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString where = QStringLiteral("changes.") + QString::number(i);
        Result<GroupHead> h = readHead(groups.at(i), where, kChangeHead, kMaxChangesPerPull - out.size());
        if (!h)
            return h.error();
        if (!recordTypes().contains(h->type) || !(isOpName(h->op) || h->op == QLatin1String("evict")))
            return malformed(where + QStringLiteral(" names no known record or kind of change"));
        Change c;
        c.recordType = h->type;
        c.op = h->op;
        QList<qint64> refAt(h->names.size(), 0);
        for (qsizetype row = 0; row < h->rows; ++row) {
            const QString at = where + QStringLiteral(" row ") + QString::number(row);
            if (!readStep(h->columns.at(0).at(row), 1, &c.seq))
                return malformed(at + QStringLiteral(" seq"));
            c.recordId = readId(h->columns.at(1).at(row), h->uuid);
            if (c.recordId.isEmpty())
                return malformed(at + QStringLiteral(" record_id"));
            if (!wholeNumber(h->columns.at(2).at(row), 0, kMaxWhole, &c.version))
                return malformed(at + QStringLiteral(" version"));
            if (!readRepeat(h->columns.at(3).at(row), row, &c.hlc))
                return malformed(at + QStringLiteral(" hlc"));
            if (!readRepeat(h->columns.at(4).at(row), row, &c.user))
                return malformed(at + QStringLiteral(" user"));
            if (Status read =
                    readFields(*h, kChangeHead, row, at, out.size(), kMaxChangesPerPull, refAt, &refs, isFieldValue, &c.fields);
                !read)
                return read.error();
            if (h->withId)
                c.fields.insert(QStringLiteral("id"), c.recordId);
            out << c;
        }
    }
    for (const PendingRef &ref : std::as_const(refs)) {
        if (ref.target >= out.size())
            return malformed(QStringLiteral("changes: a ref to change ") + QString::number(ref.target) +
                             QStringLiteral(", past the page"));
        out[ref.index].fields.insert(ref.name, out.at(ref.target).recordId);
    }
    return out;
}

QString opKey(const Op &op)
{
    bool withId = false;
    const QStringList names = namesOf(op.changedFields, op.recordId, &withId);
    return op.recordType + QChar(0x1f) + op.op + QChar(0x1f) + (withId ? u'1' : u'0') + names.join(QChar(0x1f));
}

// position (step), op_id, record_id, base_version, hlc, user, device_seq (step), resolves
constexpr int kOpHead = 8;

QJsonArray writeOps(const QList<Op> &ops)
{
    // Where each record id first comes in the batch: a field naming the record of an op of the
    // batch (a person's household) goes as a step between positions, as on a pull page.
    QHash<QString, qsizetype> firstPosition;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (!firstPosition.contains(ops.at(i).recordId))
            firstPosition.insert(ops.at(i).recordId, i);
    }
    QJsonArray out;
    for (const QList<qsizetype> &group : groupsOf(ops, opKey)) {
        const Op &first = ops.at(group.constFirst());
        bool withId = false;
        const QStringList names = namesOf(first.changedFields, first.recordId, &withId);
        const bool uuid = std::all_of(group.cbegin(), group.cend(), [&](qsizetype i) {
            return !compactUuid(ops.at(i).recordId).isEmpty() && !compactUuid(ops.at(i).opId).isEmpty();
        });
        // An update's values are {old, new}: they go as they are.
        const Marks marks =
            first.op == QLatin1String("update")
                ? Marks()
                : marksOf(
                      first.recordType, names, group.size(),
                      [&](qsizetype row) -> const QJsonObject & { return ops.at(group.at(row)).changedFields; }, firstPosition);
        QList<qsizetype> refAt(names.size(), 0);
        QList<QJsonArray> columns(kOpHead + names.size());
        qsizetype position = -1;
        const Op *before = nullptr;
        for (qsizetype row = 0; row < group.size(); ++row) {
            const Op &op = ops.at(group.at(row));
            columns[0] << double(group.at(row) - position);
            columns[1] << writeId(op.opId, uuid);
            columns[2] << writeId(op.recordId, uuid);
            columns[3] << double(op.baseVersion);
            columns[4] << writeRepeat(op.hlc, row, before ? before->hlc : QString());
            columns[5] << writeRepeat(op.user, row, before ? before->user : QString());
            columns[6] << double(op.deviceSeq - (before ? before->deviceSeq : 0));
            QJsonArray resolves;
            for (qint64 id : op.resolves)
                resolves << double(id);
            columns[7] << resolves;
            for (qsizetype k = 0; k < names.size(); ++k)
                columns[kOpHead + k] << writeField(op.recordType, op.changedFields, names.at(k), marks, firstPosition, &refAt[k]);
            position = group.at(row);
            before = &op;
        }
        out << groupJson(first.recordType, first.op, names, withId, uuid, marks.refs, marks.ids, marks.derived, columns);
    }
    return out;
}

Result<QList<Op>> readOps(const QJsonArray &groups)
{
    // Each op has a position in the batch (the order the server applies them in): every
    // position from 0 to n − 1 exactly once.
    QList<std::optional<Op>> placed;
    qsizetype count = 0;
    QList<PendingRef> refs;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString where = QStringLiteral("ops.") + QString::number(i);
        Result<GroupHead> h = readHead(groups.at(i), where, kOpHead, kMaxOpsPerPush - count);
        if (!h)
            return h.error();
        count += h->rows;
        if (!isOpName(h->op))
            return malformed(where + QStringLiteral(" names no kind of change"));
        const bool update = h->op == QLatin1String("update"); // its values are {old, new}, as they are
        if (update && (h->ref.contains(true) || h->id.contains(true) ||
                       std::any_of(h->derivedFrom.cbegin(), h->derivedFrom.cend(), [](qsizetype from) { return from >= 0; })))
            return malformed(where + QStringLiteral(".refs"));
        Op op;
        op.recordType = h->type;
        op.op = h->op;
        qint64 position = -1;
        QList<qint64> refAt(h->names.size(), 0);
        for (qsizetype row = 0; row < h->rows; ++row) {
            const QString at = where + QStringLiteral(" row ") + QString::number(row);
            if (!readStep(h->columns.at(0).at(row), 0, &position) || (row > 0 && h->columns.at(0).at(row).toInteger() < 1) ||
                position >= kMaxOpsPerPush)
                return malformed(at + QStringLiteral(" position"));
            op.opId = readId(h->columns.at(1).at(row), h->uuid);
            op.recordId = readId(h->columns.at(2).at(row), h->uuid);
            if (op.opId.isEmpty() || op.recordId.isEmpty())
                return malformed(at + QStringLiteral(" names no op or record"));
            if (!wholeNumber(h->columns.at(3).at(row), 0, kMaxWhole, &op.baseVersion))
                return malformed(at + QStringLiteral(" base_version"));
            if (!readRepeat(h->columns.at(4).at(row), row, &op.hlc))
                return malformed(at + QStringLiteral(" hlc"));
            if (!readRepeat(h->columns.at(5).at(row), row, &op.user))
                return malformed(at + QStringLiteral(" user"));
            if (!readStep(h->columns.at(6).at(row), 0, &op.deviceSeq))
                return malformed(at + QStringLiteral(" device_seq"));
            const QJsonValue resolves = h->columns.at(7).at(row);
            op.resolves.clear();
            if (!resolves.isArray() || resolves.toArray().size() > 100)
                return malformed(at + QStringLiteral(" resolves"));
            for (const QJsonValue &v : resolves.toArray()) {
                qint64 id = 0;
                if (!wholeNumber(v, 1, kMaxWhole, &id)) // see wholeNumber: NaN and 2^53 + 1
                    return malformed(at + QStringLiteral(" resolves"));
                op.resolves << id;
            }
            const auto shaped = [update](const QJsonValue &v) {
                return update ? v.isObject() && isFieldValue(v.toObject().value(QStringLiteral("new"))) &&
                                    isFieldValue(v.toObject().value(QStringLiteral("old")))
                              : isFieldValue(v);
            };
            if (Status read = readFields(*h, kOpHead, row, at, position, kMaxOpsPerPush, refAt, &refs, shaped, &op.changedFields);
                !read)
                return read.error();
            if (h->withId)
                op.changedFields.insert(QStringLiteral("id"), op.recordId);
            if (placed.size() <= position)
                placed.resize(position + 1);
            if (placed.at(position))
                return malformed(at + QStringLiteral(" position"));
            placed[position] = op;
        }
    }
    QList<Op> out;
    out.reserve(placed.size());
    for (qsizetype i = 0; i < placed.size(); ++i) {
        if (!placed.at(i))
            return malformed(QStringLiteral("ops: no op at position ") + QString::number(i));
    }
    for (const PendingRef &ref : std::as_const(refs)) {
        if (ref.target >= placed.size())
            return malformed(QStringLiteral("ops: a ref to position ") + QString::number(ref.target) +
                             QStringLiteral(", past the batch"));
        placed[ref.index]->changedFields.insert(ref.name, placed.at(ref.target)->recordId);
    }
    for (const std::optional<Op> &op : std::as_const(placed))
        out << *op;
    return out;
}

} // namespace

QJsonObject PushRequest::toJson() const
{
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("ops"), writeOps(ops)}};
}

Result<PushRequest> PushRequest::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("push"));
    const QJsonArray ops = r.array("ops", kMaxOpsPerPush);
    if (!r.ok())
        return malformed(r.problem());
    Result<QList<Op>> list = readOps(ops);
    if (!list)
        return list.error();
    return PushRequest{std::move(*list)};
}

QJsonObject PullResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("protocol_version"), kVersion},
                  {QStringLiteral("changes"), writeChanges(changes)},
                  {QStringLiteral("conflicts"), writeList(conflicts)},
                  {QStringLiteral("cursor"), double(cursor)},
                  {QStringLiteral("more"), more},
                  {QStringLiteral("reset"), reset},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                  {QStringLiteral("server_time"), serverTime}};
    if (checkCount >= 0) {
        o.insert(QStringLiteral("check_count"), double(checkCount));
        o.insert(QStringLiteral("check_hash"), checkHash);
    }
    if (county)
        o.insert(QStringLiteral("county"), county->toJson());
    return o;
}

Result<PullResponse> PullResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("pull answer"));
    PullResponse p;
    const QJsonArray changes = r.array("changes", kMaxChangesPerPull);
    const QJsonArray conflicts = r.array("conflicts", kMaxChangesPerPull);
    p.cursor = r.integer("cursor", 0, qint64(1) << 53);
    p.more = r.boolean("more");
    p.reset = r.boolean("reset");
    p.scopes = r.texts("scopes", 1000);
    p.serverTime = r.text("server_time");
    p.checkCount = r.integer("check_count", -1, qint64(1) << 53, false);
    p.checkHash = r.text("check_hash", false);
    const QJsonValue county = r.any("county");
    if (!r.ok())
        return malformed(r.problem());
    if (!county.isUndefined()) {
        Result<CountyHeads> heads = CountyHeads::fromJson(county);
        if (!heads)
            return heads.error();
        p.county = *heads;
    }
    Result<QList<Change>> c = readChanges(changes);
    if (!c)
        return c.error();
    Result<QList<Conflict>> k = readList<Conflict>(conflicts, QStringLiteral("conflicts."));
    if (!k)
        return k.error();
    p.changes = std::move(*c);
    p.conflicts = std::move(*k);
    return p;
}

QJsonObject CountyHeads::toJson() const
{
    return {{QStringLiteral("policy"), policy}, {QStringLiteral("areas"), areas}};
}

namespace {

bool isHashOrEmpty(const QString &text)
{
    return text.isEmpty() || (text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                                  return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
                              }));
}

} // namespace

Result<CountyHeads> CountyHeads::fromJson(const QJsonValue &json)
{
    Reader r(json, QStringLiteral("pull answer.county"));
    CountyHeads h{r.text("policy"), r.text("areas")};
    if (r.ok() && !(isHashOrEmpty(h.policy) && isHashOrEmpty(h.areas)))
        r.failWith(QStringLiteral("names no hash"));
    if (!r.ok())
        return malformed(r.problem());
    return h;
}

bool CountyDocument::isKind(const QString &kind)
{
    return kind == QLatin1String("policy") || kind == QLatin1String("areas");
}

QJsonObject CountyDocument::toJson() const
{
    return {{QStringLiteral("protocol_version"), kVersion},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("version"), double(version)},
            {QStringLiteral("title"), title},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("content"), content},
            {QStringLiteral("published_at"), publishedAt}};
}

Result<CountyDocument> CountyDocument::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("county answer"));
    CountyDocument d;
    d.kind = r.text("kind");
    d.version = r.integer("version", 1, std::numeric_limits<int>::max());
    d.title = r.text("title", true, 1024);
    d.sha256 = r.text("sha256");
    d.content = r.text("content", true, kMaxBodyBytes);
    d.publishedAt = r.text("published_at");
    if (r.ok() && (!isKind(d.kind) || d.sha256.isEmpty() || !isHashOrEmpty(d.sha256)))
        r.failWith(QStringLiteral("names no known kind or hash"));
    // The content must be what the hash says: a damaged or altered answer is refused whole.
    if (r.ok() &&
        QString::fromLatin1(QCryptographicHash::hash(d.content.toUtf8(), QCryptographicHash::Sha256).toHex()) != d.sha256)
        r.failWith(QStringLiteral("content does not match its hash"));
    if (!r.ok())
        return malformed(r.problem());
    return d;
}

void CheckSum::toggle(const QString &line, int sign)
{
    const QByteArray digest = QCryptographicHash::hash(line.toUtf8(), QCryptographicHash::Sha256);
    for (int i = 0; i < 4; ++i)
        h[i] ^= qFromBigEndian<quint64>(digest.constData() + 8 * i);
    count += sign;
}

void CheckSum::merge(const CheckSum &other, int sign)
{
    for (int i = 0; i < 4; ++i)
        h[i] ^= other.h[i];
    count += sign * other.count;
}

QString CheckSum::hex() const
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        qToBigEndian(h[i], bytes.data() + 8 * i);
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject EnrolRequest::toJson() const
{
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("code"), code}, {QStringLiteral("label"), label}};
}

Result<EnrolRequest> EnrolRequest::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("enrol"));
    EnrolRequest e{r.text("code"), r.text("label")};
    if (!r.ok())
        return malformed(r.problem());
    return e;
}

QJsonObject EnrolResponse::toJson() const
{
    return {{QStringLiteral("protocol_version"), kVersion},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("credential"), credential},
            {QStringLiteral("county"), county}};
}

Result<EnrolResponse> EnrolResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("enrol answer"));
    EnrolResponse e{r.text("device_id"), r.text("credential"), r.text("county")};
    if (!r.ok())
        return malformed(r.problem());
    return e;
}

QJsonObject SignInRequest::toJson() const
{
    return {
        {QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
}

Result<SignInRequest> SignInRequest::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("sign-in"));
    SignInRequest s{r.text("user"), r.text("password", true, 1024)};
    if (!r.ok())
        return malformed(r.problem());
    return s;
}

QJsonObject SignInResponse::toJson() const
{
    return {{QStringLiteral("protocol_version"), kVersion},
            {QStringLiteral("user"), user},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), role},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("token"), token}};
}

Result<SignInResponse> SignInResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("sign-in answer"));
    SignInResponse s;
    s.user = r.text("user");
    s.displayName = r.text("display_name");
    s.role = r.text("role");
    s.scopes = r.texts("scopes", 1000);
    s.token = r.text("token");
    if (!r.ok())
        return malformed(r.problem());
    return s;
}

QJsonObject errorJson(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QJsonObject Duplicate::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("household_id"), householdId},
            {QStringLiteral("area_code"), areaCode},
            {QStringLiteral("other_household_id"), otherHouseholdId},
            {QStringLiteral("other_area_code"), otherAreaCode},
            {QStringLiteral("found_at"), foundAt},
            {QStringLiteral("programmes"), QJsonArray::fromStringList(programmes)},
            {QStringLiteral("other_programmes"), QJsonArray::fromStringList(otherProgrammes)}};
}

Result<Duplicate> Duplicate::fromJson(const QJsonValue &json)
{
    Reader r(json, QStringLiteral("duplicate"));
    Duplicate d{r.integer("id", 1, qint64(1) << 53),
                r.text("id_number"),
                r.text("household_id"),
                r.text("area_code"),
                r.text("other_household_id"),
                r.text("other_area_code"),
                r.text("found_at"),
                {},
                {}};
    for (const auto &[key, list] : {std::pair("programmes", &d.programmes), std::pair("other_programmes", &d.otherProgrammes)}) {
        for (const QJsonValue &v : r.array(key, 16)) {
            if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 64)
                r.failWith(QLatin1String(key));
            *list << v.toString();
        }
    }
    if (!r.ok())
        return malformed(r.problem());
    return d;
}

QJsonObject DuplicateList::toJson() const
{
    return {{QStringLiteral("duplicates"), writeList(duplicates)}};
}

Result<DuplicateList> DuplicateList::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("duplicates answer"));
    const QJsonArray list = r.array("duplicates", kMaxChangesPerPull);
    if (!r.ok())
        return malformed(r.problem());
    Result<QList<Duplicate>> d = readList<Duplicate>(list, QStringLiteral("duplicates."));
    if (!d)
        return d.error();
    return DuplicateList{std::move(*d)};
}

QJsonObject SnapshotInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("size"), double(size)},
            {QStringLiteral("cursor"), double(cursor)},
            {QStringLiteral("pages"), pages}};
}

Result<SnapshotInfo> SnapshotInfo::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("snapshot"));
    SnapshotInfo s{r.text("id"), r.integer("size", 0, qint64(1) << 40), r.integer("cursor", 0, qint64(1) << 53),
                   int(r.integer("pages", 0, 1000000))};
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (r.ok() && !hex32.match(s.id).hasMatch())
        r.failWith(QStringLiteral("names no snapshot"));
    if (!r.ok())
        return malformed(r.problem());
    return s;
}

namespace snapshot {

QByteArray frame(const PullResponse &page)
{
    const QByteArray packed = compression::xz(QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact));
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(packed.size()), out.data());
    return out + packed;
}

Result<std::optional<Frame>> read(const QByteArray &bytes, qsizetype at)
{
    if (bytes.size() - at < 4)
        return std::optional<Frame>();
    const qint64 length = qFromBigEndian<quint32>(bytes.constData() + at);
    if (length < 1 || length > kMaxBodyBytes)
        return malformed(QStringLiteral("snapshot frame"));
    if (bytes.size() - at - 4 < length)
        return std::optional<Frame>();
    Result<QByteArray> json = compression::unxz(bytes.mid(at + 4, length), kMaxBodyBytes);
    if (!json)
        return json.error();
    Result<PullResponse> page = PullResponse::fromJson(*json);
    if (!page)
        return page.error();
    return std::optional<Frame>(Frame{std::move(*page), at + 4 + qsizetype(length)});
}

} // namespace snapshot

} // namespace doudi::core::protocol
