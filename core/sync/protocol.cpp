#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

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
    QJsonValue any(const char *key)
    {
        return m_object.value(QLatin1String(key));
    }
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
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

template<typename T>
Result<QList<T>> readList(const QJsonArray &array, const QString &what)
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

template<typename T>
QJsonArray writeList(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out << item.toJson();
    return out;
}

QString statusName(OpResult::Status s)
{
    switch (s) {
    case OpResult::Status::Applied: return QStringLiteral("applied");
    case OpResult::Status::Conflict: return QStringLiteral("conflict");
    case OpResult::Status::Refused: return QStringLiteral("refused");
    }
    return {};
}

} // namespace

const QStringList &recordTypes()
{
    // Attachments are not in the list yet: their bytes travel apart, by hash (issue 12);
    // until then their records wait in the laptop's outbox.
    static const QStringList types{QStringLiteral("household"), QStringLiteral("person"),    QStringLiteral("income"),
                                   QStringLiteral("asset"),     QStringLiteral("expenditure"), QStringLiteral("obligor"),
                                   QStringLiteral("case"),      QStringLiteral("case_step"), QStringLiteral("visit"),
                                   QStringLiteral("document")};
    return types;
}

bool isVersioned(const QString &recordType)
{
    return recordType != QLatin1String("case_step") && recordType != QLatin1String("visit")
           && recordType != QLatin1String("document");
}

QString checkLine(const QString &recordType, const QString &recordId, qint64 version)
{
    return isVersioned(recordType) ? recordType + u':' + recordId + u':' + QString::number(version)
                                   : recordType + u':' + recordId;
}

QJsonObject Op::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId},           {QStringLiteral("record_type"), recordType},
                  {QStringLiteral("record_id"), recordId},   {QStringLiteral("op"), op},
                  {QStringLiteral("base_version"), double(baseVersion)}, {QStringLiteral("changed_fields"), changedFields},
                  {QStringLiteral("hlc"), hlc},              {QStringLiteral("device_seq"), double(deviceSeq)},
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
                                ? v.isObject() && isFieldValue(v.toObject().value(QStringLiteral("new")))
                                      && isFieldValue(v.toObject().value(QStringLiteral("old")))
                                : isFieldValue(v);
        if (!isFieldName(it.key()) || !shaped)
            r.failWith(QStringLiteral("field ") + it.key().left(64));
    }
    if (!r.ok())
        return malformed(r.problem());
    return op;
}

QJsonObject PushRequest::toJson() const
{
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("ops"), writeList(ops)}};
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
    Result<QList<Op>> list = readList<Op>(ops, QStringLiteral("ops."));
    if (!list)
        return list.error();
    return PushRequest{std::move(*list)};
}

QJsonObject OpResult::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), statusName(status)},
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
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("results"), writeList(results)},
            {QStringLiteral("server_time"), serverTime}};
}

Result<PushResponse> PushResponse::fromJson(const QByteArray &body)
{
    Result<QJsonObject> o = parseBody(body);
    if (!o)
        return o.error();
    Reader r(*o, QStringLiteral("push answer"));
    const QJsonArray results = r.array("results", kMaxOpsPerPush);
    const QString time = r.text("server_time");
    if (!r.ok())
        return malformed(r.problem());
    Result<QList<OpResult>> list = readList<OpResult>(results, QStringLiteral("results."));
    if (!list)
        return list.error();
    return PushResponse{std::move(*list), time};
}

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("seq"), double(seq)},           {QStringLiteral("record_type"), recordType},
            {QStringLiteral("record_id"), recordId},        {QStringLiteral("op"), op},
            {QStringLiteral("version"), double(version)},   {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), hlc},                   {QStringLiteral("user"), user}};
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
    if (r.ok() && (!recordTypes().contains(c.recordType) || !isRecordId(c.recordId)
                   || !(isOpName(c.op) || c.op == QLatin1String("evict"))))
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
    return {{QStringLiteral("id"), double(id)},          {QStringLiteral("kind"), kind},
            {QStringLiteral("record_type"), recordType}, {QStringLiteral("record_id"), recordId},
            {QStringLiteral("household_id"), householdId}, {QStringLiteral("field"), field},
            {QStringLiteral("before"), before},          {QStringLiteral("mine"), mine},
            {QStringLiteral("theirs"), theirs},          {QStringLiteral("mine_user"), mineUser},
            {QStringLiteral("mine_hlc"), mineHlc},       {QStringLiteral("theirs_user"), theirsUser},
            {QStringLiteral("theirs_hlc"), theirsHlc},   {QStringLiteral("resolved"), resolved},
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

QJsonObject PullResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("protocol_version"), kVersion},
                  {QStringLiteral("changes"), writeList(changes)},
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
    Result<QList<Change>> c = readList<Change>(changes, QStringLiteral("changes."));
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
    return text.isEmpty()
           || (text.size() == 64
               && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); }));
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
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("kind"), kind},
            {QStringLiteral("version"), double(version)},   {QStringLiteral("title"), title},
            {QStringLiteral("sha256"), sha256},             {QStringLiteral("content"), content},
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
    if (r.ok() && QString::fromLatin1(QCryptographicHash::hash(d.content.toUtf8(), QCryptographicHash::Sha256).toHex()) != d.sha256)
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
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("credential"), credential}, {QStringLiteral("county"), county}};
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
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
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
    return {{QStringLiteral("protocol_version"), kVersion}, {QStringLiteral("user"), user},
            {QStringLiteral("display_name"), displayName}, {QStringLiteral("role"), role},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}, {QStringLiteral("token"), token}};
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

} // namespace doudi::core::protocol
