// The sync protocol's decoders against hostile input, deterministically (issue 11): valid
// messages built from templates, then mutated (bytes flipped, cut, inserted; huge numbers,
// deep nesting, long texts, wrong types, NaN-like tokens, duplicate keys, odd Unicode,
// lists past their limits), every input fed to every decoder with the invariants of
// protocolinvariants.h. A seeded generator, so a failure names the input that broke and
// comes back on every run. At least 100 000 inputs (DOUDI_FUZZ_INPUTS sets another count,
// the sanitizer build a smaller one; DOUDI_FUZZ_SEED another seed).
// DOUDI_FUZZ_WRITE_SEEDS=<folder> writes one valid message of each kind there and stops: the
// libFuzzer target's seed corpus (tests/fuzz/corpus) was made so.
#include "fuzz/protocolinvariants.h"

#include "common/randomsource.h"
#include "identity/idnumber.h"
#include "sync/compression.h"
#include "sync/enrolmentcode.h"
#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <limits>
#include <random>

using namespace doudi::core;
using namespace doudi::core::protocol;
using doudi::fuzz::Tally;

namespace {

class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    // 0 ≤ n < bound (bound > 0). Plain modulo: the same numbers with any standard library.
    int below(qsizetype bound) { return int(m_engine() % quint64(bound)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int perMille) { return below(1000) < perMille; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    std::mt19937_64 m_engine;
};

// Pieces of text: Latin, Chinese, combining marks, a right-to-left override, emoji (surrogate
// pairs), quotes and backslashes, control characters, a byte order mark, a no-break space.
const QList<QString> &textPieces()
{
    static const QList<QString> pieces = [] {
        QList<QString> p;
        for (char c = 'a'; c <= 'z'; ++c)
            p << QString(QLatin1Char(c));
        for (char c = '0'; c <= '9'; ++c)
            p << QString(QLatin1Char(c));
        p << QStringLiteral("张") << QStringLiteral("王") << QStringLiteral("户") << QStringLiteral("低保") << QStringLiteral("é")
          << QStringLiteral("e\u0301") << QStringLiteral("\u202e") << QStringLiteral("😀") << QStringLiteral("𠀋")
          << QStringLiteral("\"") << QStringLiteral("\\") << QStringLiteral("\n") << QStringLiteral("\t") << QStringLiteral("/")
          << QStringLiteral("\u00a0") << QStringLiteral("\ufeff") << QStringLiteral(" ") << QStringLiteral("-")
          << QStringLiteral("%1") << QStringLiteral("\u0001");
        return p;
    }();
    return pieces;
}

QString text(Rng &r, int maxSize)
{
    const int target = r.between(0, maxSize);
    QString s;
    while (s.size() < target) {
        const QString &piece = r.pick(textPieces());
        if (s.size() + piece.size() > target)
            break;
        s += piece;
    }
    return s;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString id(Rng &r)
{
    QString s;
    for (int i = 0; i < 32; ++i)
        s += QLatin1Char("0123456789abcdef"[r.below(16)]);
    return s;
}

QString fieldName(Rng &r)
{
    static const QList<QString> common{QStringLiteral("name"),       QStringLiteral("id_number"),    QStringLiteral("area_code"),
                                       QStringLiteral("amount_fen"), QStringLiteral("household_id"), QStringLiteral("state"),
                                       QStringLiteral("born_on"),    QStringLiteral("notes")};
    if (r.chance(600))
        return r.pick(common);
    QString s;
    const int size = r.between(1, r.chance(50) ? 64 : 12);
    for (int i = 0; i < size; ++i)
        s += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789_"[r.below(37)]);
    return s;
}

QJsonValue fieldValue(Rng &r)
{
    switch (r.below(6)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return r.chance(500);
    case 2:
        return qint64(r.next() % (quint64(1) << 53)) - (r.chance(200) ? (qint64(1) << 52) : 0);
    case 3:
        return double(r.between(-100000, 100000)) / 100.0;
    default:
        return text(r, 40);
    }
}

QString hlc(Rng &r)
{
    return QStringLiteral("2024-%1-%2T08:00:00.000Z-%3-%4")
        .arg(r.between(1, 12), 2, 10, QLatin1Char('0'))
        .arg(r.between(1, 28), 2, 10, QLatin1Char('0'))
        .arg(r.below(100))
        .arg(id(r).left(8));
}

// A UUID in its canonical text: the wire carries those compacted (docs/sync-protocol.md §4).
QString uuidText(Rng &r)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(r.below(256));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString recordOrOpId(Rng &r)
{
    return r.chance(2) ? uuidText(r) : id(r);
}

Op makeOp(Rng &r)
{
    Op op;
    op.opId = recordOrOpId(r);
    op.recordType = r.pick(recordTypes());
    op.recordId = recordOrOpId(r);
    op.op = r.pick(QList<QString>{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")});
    op.baseVersion = r.below(50);
    const int fields = op.op == QLatin1String("delete") ? 0 : r.between(0, r.chance(20) ? 200 : 6);
    for (int i = 0; i < fields; ++i) {
        if (op.op == QLatin1String("update"))
            op.changedFields.insert(fieldName(r),
                                    QJsonObject{{QStringLiteral("old"), fieldValue(r)}, {QStringLiteral("new"), fieldValue(r)}});
        else
            op.changedFields.insert(fieldName(r), fieldValue(r));
    }
    if (op.op == QLatin1String("insert") && r.chance(2) && op.changedFields.size() < 200)
        op.changedFields.insert(QStringLiteral("id"), op.recordId); // the record's own id: sent once
    op.hlc = hlc(r);
    op.deviceSeq = r.below(100000);
    op.user = text(r, 12);
    if (r.chance(100))
        for (int i = r.between(1, 3); i > 0; --i)
            op.resolves << r.between(1, 1000);
    return op;
}

OpResult makeResult(Rng &r)
{
    OpResult res;
    res.opId = id(r);
    res.status = OpResult::Status(r.below(3));
    res.version = r.below(100);
    if (res.status == OpResult::Status::Refused)
        res.reason = text(r, 80);
    return res;
}

Change makeChange(Rng &r)
{
    Change c;
    c.seq = r.between(1, 1000000);
    c.recordType = r.pick(recordTypes());
    c.recordId = recordOrOpId(r);
    c.op = r.pick(
        QList<QString>{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("evict")});
    c.version = r.below(100);
    for (int i = r.between(0, 8); i > 0; --i)
        c.fields.insert(fieldName(r), fieldValue(r));
    if (r.chance(2))
        c.fields.insert(QStringLiteral("id"), c.recordId);
    c.hlc = hlc(r);
    c.user = text(r, 12);
    return c;
}

Conflict makeConflict(Rng &r)
{
    Conflict c;
    c.id = r.between(1, 100000);
    c.kind = r.pick(QList<QString>{QStringLiteral("field"), QStringLiteral("delete"), QStringLiteral("step")});
    c.recordType = r.pick(recordTypes());
    c.recordId = id(r);
    c.householdId = id(r);
    c.field = fieldName(r);
    c.before = fieldValue(r);
    c.mine = fieldValue(r);
    c.theirs = fieldValue(r);
    c.mineUser = text(r, 12);
    c.mineHlc = hlc(r);
    c.theirsUser = text(r, 12);
    c.theirsHlc = hlc(r);
    c.resolved = r.chance(300);
    c.resolvedBy = c.resolved ? text(r, 12) : QString();
    return c;
}

QString serverTime(Rng &r)
{
    return QStringLiteral("2024-06-%1T10:%2:00.000Z").arg(r.between(10, 28)).arg(r.between(10, 59));
}

QStringList scopes(Rng &r)
{
    QStringList s;
    for (int i = r.between(0, 4); i > 0; --i)
        s << QStringLiteral("370323%1").arg(r.between(100000, 999999));
    return s;
}

QString enrolmentCodeText(Rng &r)
{
    QString fingerprint;
    for (int i = 0; i < 64; ++i)
        fingerprint += QLatin1Char("0123456789abcdef"[r.below(16)]);
    return EnrolmentCode::generate(fingerprint).text();
}

// The kinds of message made, each one decoder's own.
enum class Kind
{
    Push,
    PushAnswer,
    Pull,
    Enrol,
    EnrolAnswer,
    SignIn,
    SignInAnswer,
    OneOp,
    OneChange,
    OneConflict,
    OneResult,
    County,
    Code,
    Deflated,
    Xz
};
constexpr int kKinds = 15;
constexpr int kJsonKinds = 12; // the kinds before Code are JSON objects

const char *kindName(Kind k)
{
    static const char *names[kKinds] = {
        "push",   "push answer", "pull answer", "enrol",         "enrol answer",   "sign-in",       "sign-in answer", "op",
        "change", "conflict",    "op result",   "county answer", "enrolment code", "deflated push", "xz push"};
    return names[int(k)];
}

// Now and then every record of a message names a household: the record of another op or
// change of the message, before or after it (a ref), or any UUID (compacted), so that the
// groups' refs and ids columns are exercised.
template <typename Item, typename FieldsOf> void nameHouseholds(QList<Item> &items, Rng &r, FieldsOf fieldsOf)
{
    if (items.isEmpty() || !r.chance(3))
        return;
    const bool refs = r.chance(2);
    for (Item &item : items) {
        QJsonObject *fields = fieldsOf(item);
        if (fields && fields->size() < 199)
            fields->insert(QStringLiteral("household_id"), refs ? items.at(r.below(items.size())).recordId : uuidText(r));
    }
}

// Now and then every record of a message is a person with an ID number, and mostly the birth
// date and sex it shows, so that derived columns are exercised (and values that do not derive).
template <typename Item, typename FieldsOf> void makePersons(QList<Item> &items, Rng &r, FieldsOf fieldsOf)
{
    if (!r.chance(3))
        return;
    for (Item &item : items) {
        QJsonObject *fields = fieldsOf(item);
        if (!fields || fields->size() > 196)
            continue;
        item.recordType = QStringLiteral("person");
        const QDate born = QDate(1930, 1, 1).addDays(r.below(30000));
        QString first17 = QStringLiteral("370323") + born.toString(QStringLiteral("yyyyMMdd"));
        for (int i = 0; i < 3; ++i)
            first17 += QChar(u'0' + r.below(10));
        const QString id = first17 + IdNumber::checkCharacter(first17);
        fields->insert(QStringLiteral("id_number"), r.chance(20) ? text(r, 18) : id);
        fields->insert(QStringLiteral("birth_date"), r.chance(10) ? fieldValue(r) : QJsonValue(born.toString(Qt::ISODate)));
        fields->insert(QStringLiteral("sex"),
                       r.chance(10)
                           ? fieldValue(r)
                           : QJsonValue(first17.at(16).digitValue() % 2 ? QStringLiteral("male") : QStringLiteral("female")));
    }
}

QJsonObject makeMessage(Kind kind, Rng &r)
{
    switch (kind) {
    case Kind::Push: {
        PushRequest p;
        for (int i = r.chance(1) ? kMaxOpsPerPush : r.between(0, 6); i > 0; --i)
            p.ops << makeOp(r);
        // An update's values are {old, new}, never refs: its ops are left alone.
        nameHouseholds(p.ops, r, [](Op &op) { return op.op == QLatin1String("update") ? nullptr : &op.changedFields; });
        makePersons(p.ops, r, [](Op &op) { return op.op == QLatin1String("update") ? nullptr : &op.changedFields; });
        return p.toJson();
    }
    case Kind::PushAnswer: {
        PushResponse p;
        for (int i = r.between(0, 6); i > 0; --i)
            p.results << makeResult(r);
        p.serverTime = serverTime(r);
        return p.toJson();
    }
    case Kind::Pull: {
        PullResponse p;
        for (int i = r.chance(1) ? kMaxChangesPerPull : r.between(0, 6); i > 0; --i)
            p.changes << makeChange(r);
        nameHouseholds(p.changes, r, [](Change &c) { return &c.fields; });
        makePersons(p.changes, r, [](Change &c) { return &c.fields; });
        for (int i = r.between(0, 2); i > 0; --i)
            p.conflicts << makeConflict(r);
        p.cursor = r.below(100000);
        p.more = r.chance(500);
        p.reset = r.chance(100);
        p.scopes = scopes(r);
        if (!p.more) {
            p.checkCount = r.below(5000);
            p.checkHash = id(r) + id(r);
            if (r.chance(500))
                p.county = CountyHeads{r.chance(300) ? QString() : sha256Hex(text(r, 40)), sha256Hex(text(r, 40))};
        }
        p.serverTime = serverTime(r);
        return p.toJson();
    }
    case Kind::Enrol:
        return EnrolRequest{enrolmentCodeText(r), text(r, 30)}.toJson();
    case Kind::EnrolAnswer:
        return EnrolResponse{id(r), id(r) + id(r), QStringLiteral("370323")}.toJson();
    case Kind::SignIn:
        return SignInRequest{text(r, 16), text(r, 64)}.toJson();
    case Kind::SignInAnswer:
        return SignInResponse{text(r, 16), text(r, 16),
                              r.pick(QList<QString>{QStringLiteral("village"), QStringLiteral("township")}), scopes(r),
                              id(r) + id(r)}
            .toJson();
    case Kind::OneOp:
        return makeOp(r).toJson();
    case Kind::OneChange:
        return makeChange(r).toJson();
    case Kind::OneConflict:
        return makeConflict(r).toJson();
    case Kind::OneResult:
        return makeResult(r).toJson();
    case Kind::County: {
        CountyDocument d;
        d.kind = r.chance(500) ? QStringLiteral("policy") : QStringLiteral("areas");
        d.version = r.between(1, 1000);
        d.title = text(r, 30);
        d.content = text(r, r.chance(100) ? 20000 : 200);
        // Qt's JSON parser drops a U+FEFF that opens a string, so such a content could never
        // match its hash on arrival; the server strips it when a county publishes (CountyData).
        if (d.content.startsWith(QChar(0xfeff)))
            d.content.prepend(u'#');
        d.sha256 = sha256Hex(d.content);
        d.publishedAt = serverTime(r);
        return d.toJson();
    }
    case Kind::Code:
    case Kind::Deflated:
    case Kind::Xz:
        break;
    }
    return {};
}

// Whether the decoder the message was made for takes it.
bool takenByItsDecoder(Kind kind, const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    switch (kind) {
    case Kind::Push:
        return PushRequest::fromJson(bytes).ok();
    case Kind::PushAnswer:
        return PushResponse::fromJson(bytes).ok();
    case Kind::Pull:
        return PullResponse::fromJson(bytes).ok();
    case Kind::Enrol:
        return EnrolRequest::fromJson(bytes).ok();
    case Kind::EnrolAnswer:
        return EnrolResponse::fromJson(bytes).ok();
    case Kind::SignIn:
        return SignInRequest::fromJson(bytes).ok();
    case Kind::SignInAnswer:
        return SignInResponse::fromJson(bytes).ok();
    case Kind::OneOp:
        return Op::fromJson(o).ok();
    case Kind::OneChange:
        return Change::fromJson(o).ok();
    case Kind::OneConflict:
        return Conflict::fromJson(o).ok();
    case Kind::OneResult:
        return OpResult::fromJson(o).ok();
    case Kind::County:
        return CountyDocument::fromJson(bytes).ok();
    case Kind::Code:
        return EnrolmentCode::parse(QString::fromUtf8(bytes)).ok();
    case Kind::Deflated:
        return compression::inflate(bytes, doudi::fuzz::kInflateLimit).ok();
    case Kind::Xz:
        return compression::unxz(bytes, doudi::fuzz::kInflateLimit).ok();
    }
    return false;
}

// Every key the protocol uses: mutations put them where they do not belong, or twice.
const QList<QString> &protocolKeys()
{
    static const QList<QString> keys{QStringLiteral("protocol_version"),
                                     QStringLiteral("ops"),
                                     QStringLiteral("op_id"),
                                     QStringLiteral("record_type"),
                                     QStringLiteral("record_id"),
                                     QStringLiteral("op"),
                                     QStringLiteral("base_version"),
                                     QStringLiteral("changed_fields"),
                                     QStringLiteral("hlc"),
                                     QStringLiteral("device_seq"),
                                     QStringLiteral("user"),
                                     QStringLiteral("resolves"),
                                     QStringLiteral("results"),
                                     QStringLiteral("status"),
                                     QStringLiteral("version"),
                                     QStringLiteral("reason"),
                                     QStringLiteral("server_time"),
                                     QStringLiteral("changes"),
                                     QStringLiteral("conflicts"),
                                     QStringLiteral("cursor"),
                                     QStringLiteral("more"),
                                     QStringLiteral("reset"),
                                     QStringLiteral("scopes"),
                                     QStringLiteral("check_count"),
                                     QStringLiteral("check_hash"),
                                     QStringLiteral("seq"),
                                     QStringLiteral("fields"),
                                     QStringLiteral("id"),
                                     QStringLiteral("kind"),
                                     QStringLiteral("household_id"),
                                     QStringLiteral("field"),
                                     QStringLiteral("before"),
                                     QStringLiteral("mine"),
                                     QStringLiteral("theirs"),
                                     QStringLiteral("mine_user"),
                                     QStringLiteral("mine_hlc"),
                                     QStringLiteral("theirs_user"),
                                     QStringLiteral("theirs_hlc"),
                                     QStringLiteral("resolved"),
                                     QStringLiteral("resolved_by"),
                                     QStringLiteral("code"),
                                     QStringLiteral("label"),
                                     QStringLiteral("device_id"),
                                     QStringLiteral("credential"),
                                     QStringLiteral("county"),
                                     QStringLiteral("password"),
                                     QStringLiteral("display_name"),
                                     QStringLiteral("role"),
                                     QStringLiteral("token"),
                                     QStringLiteral("old"),
                                     QStringLiteral("new"),
                                     QStringLiteral("columns"),
                                     QStringLiteral("with_id"),
                                     QStringLiteral("uuid"),
                                     QStringLiteral("refs"),
                                     QStringLiteral("ids"),
                                     QStringLiteral("derived")};
    return keys;
}

QJsonValue nested(int depth, const QJsonValue &inner)
{
    QJsonValue v = inner;
    for (int i = 0; i < depth; ++i)
        v = QJsonArray{v};
    return v;
}

// A value that does not belong: out-of-range and odd numbers, texts at and past their limits,
// wrong types, nesting, odd Unicode. directValues: also what only a value built in code holds
// (NaN, infinities), for values given to a decoder without a parse.
QJsonValue weird(Rng &r, bool directValues)
{
    switch (r.below(directValues ? 9 : 8)) {
    case 0: {
        static const QList<QJsonValue> numbers{0,
                                               -1,
                                               1.5,
                                               -0.0,
                                               0.1,
                                               1e308,
                                               -1e308,
                                               4.9e-324,
                                               2147483648.0,
                                               double(qint64(1) << 53),
                                               qint64(1) << 53,
                                               (qint64(1) << 53) + 1,
                                               -(qint64(1) << 53) - 1,
                                               std::numeric_limits<qint64>::max(),
                                               std::numeric_limits<qint64>::min(),
                                               9.2233720368547758e18,
                                               1e16,
                                               100,
                                               501,
                                               1001};
        return r.pick(numbers);
    }
    case 1: {
        // Texts at and just past the limits: 256 (names), 1024 (password), 2000 (reason), and
        // now and then past a field value's kMaxTextBytes (costly: rare).
        static const QList<int> sizes{0, 1, 255, 256, 257, 1024, 1025, 2000, 2001};
        if (r.chance(1))
            return QString(kMaxTextBytes + 1, u'x');
        return QString(r.pick(sizes), r.chance(500) ? u'张' : u'a');
    }
    case 2: {
        static const QList<QJsonValue> odd{QJsonValue(QJsonValue::Null),
                                           true,
                                           false,
                                           QJsonObject(),
                                           QJsonArray(),
                                           QStringLiteral(""),
                                           QStringLiteral("insert"),
                                           QStringLiteral("update"),
                                           QStringLiteral("evict"),
                                           QStringLiteral("household"),
                                           QStringLiteral("field"),
                                           QStringLiteral("applied"),
                                           QStringLiteral("1"),
                                           QStringLiteral("NaN")};
        return r.pick(odd);
    }
    case 3:
        return nested(r.pick(QList<int>{1, 2, 10, 100, 500}), r.chance(500) ? QJsonValue(1) : QJsonValue(QJsonObject()));
    case 4: {
        // Strings no keyboard types: a lone surrogate each way, NUL, noncharacters, RTL marks.
        QString s = text(r, 8);
        const char16_t odd[] = {0xd800, 0xdfff, 0x0000, 0xfffe, 0xffff, 0x202e, 0x200b, 0xfeff};
        s.insert(r.below(s.size() + 1), QChar(odd[r.below(8)]));
        return s;
    }
    case 5: {
        QJsonObject o;
        const QString key = r.pick(QList<QString>{QStringLiteral(""), QStringLiteral("A"), QString(65, u'a'), QStringLiteral("é"),
                                                  QStringLiteral("old"), QStringLiteral("new"), fieldName(r)});
        o.insert(key, r.chance(500) ? fieldValue(r) : QJsonValue(QJsonArray{1, 2}));
        if (r.chance(500))
            o.insert(QStringLiteral("old"), fieldValue(r));
        return o;
    }
    case 6:
        return QJsonArray{fieldValue(r), fieldValue(r)};
    case 7:
        return fieldValue(r);
    default: {
        static const QList<double> nonFinite{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                                             -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::quiet_NaN()};
        return r.pick(nonFinite);
    }
    }
}

// Changes one place of a JSON tree: a value replaced, a key removed, added or renamed, an
// element dropped, an array grown past its limit.
QJsonValue mutateTree(const QJsonValue &v, Rng &r, bool directValues, int depth = 0)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        QJsonObject o = v.toObject();
        const QList<QString> keys = o.keys();
        const QString key = r.pick(keys);
        switch (r.below(depth < 6 ? 6 : 5)) {
        case 0:
            o.remove(key);
            break;
        case 1:
            o.insert(r.pick(protocolKeys()), weird(r, directValues));
            break;
        case 2: {
            const QJsonValue moved = o.take(key);
            o.insert(r.chance(500) ? key.toUpper() : key + QStringLiteral(" "), moved);
            break;
        }
        case 3:
        case 4:
            o.insert(key, weird(r, directValues));
            break;
        default:
            o.insert(key, mutateTree(o.value(key), r, directValues, depth + 1));
            break;
        }
        return o;
    }
    if (v.isArray() && !v.toArray().isEmpty()) {
        QJsonArray a = v.toArray();
        const int at = r.below(a.size());
        switch (r.below(depth < 6 ? 5 : 4)) {
        case 0:
            a.removeAt(at);
            break;
        case 1:
            a.replace(at, weird(r, directValues));
            break;
        case 2:
            a.insert(at, weird(r, directValues));
            break;
        case 3: {
            // Past the limits: 100 resolves, 500 ops and results, 1000 changes, conflicts, scopes.
            const int limit = r.pick(QList<int>{101, 501, 1001});
            const QJsonValue copy = a.at(at);
            while (a.size() < limit)
                a.append(copy);
            break;
        }
        default:
            a.replace(at, mutateTree(a.at(at), r, directValues, depth + 1));
            break;
        }
        return a;
    }
    return weird(r, directValues);
}

// Where a member may go: just after a '{' (not inside a string).
QList<qsizetype> objectStarts(const QByteArray &b)
{
    QList<qsizetype> out;
    bool inString = false;
    for (qsizetype i = 0; i < b.size(); ++i) {
        const char c = b.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            out << i + 1;
        }
    }
    return out;
}

// The end of the first member of the object starting at `from` (its ',' or '}'), or -1.
qsizetype memberEnd(const QByteArray &b, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < b.size(); ++i) {
        const char c = b.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            --depth;
        } else if (c == ',' && depth == 0) {
            return i;
        }
    }
    return -1;
}

QByteArray weirdToken(Rng &r)
{
    static const QList<QByteArray> tokens{"NaN",
                                          "-NaN",
                                          "nan",
                                          "Infinity",
                                          "-Infinity",
                                          "inf",
                                          "1e999",
                                          "-1e999",
                                          "1e-999",
                                          "-0",
                                          "0x10",
                                          "01",
                                          "+1",
                                          ".5",
                                          "1.",
                                          "1e",
                                          "--1",
                                          "9007199254740993",
                                          "18446744073709551616",
                                          "-9223372036854775809",
                                          "123456789012345678901234567890",
                                          "1e308",
                                          "true",
                                          "True",
                                          "null",
                                          "nul",
                                          "undefined",
                                          "\"\\u0000\"",
                                          "\"\\ud800\"",
                                          "\"\\udfff\\ud800\"",
                                          "\"\\uD83D\\uDE00\"",
                                          "\"\\x41\"",
                                          "\"\\u00\"",
                                          "'single'",
                                          "\"\xC0\x80\"",
                                          "\"\xED\xA0\x80\"",
                                          "\"\xF4\x90\x80\x80\"",
                                          "\"\xFF\xFE\"",
                                          "\"\xE2\x80\xAE\"",
                                          "[]",
                                          "{}",
                                          "[1,]",
                                          "{\"a\":}"};
    return r.pick(tokens);
}

QByteArray deepNesting(Rng &r)
{
    // Qt's parser stops at 1024 levels; just under it the decoders must refuse it themselves.
    const int depth = r.pick(QList<int>{64, 1000, 1023, 1024, 1025, 4096, 100000});
    const bool objects = r.chance(300);
    return QByteArray(objects ? "{\"a\":" : "[").repeated(depth) + "1" + QByteArray(objects ? "}" : "]").repeated(depth);
}

// Changes the bytes of a message: bits, bytes, ranges, tokens where values go, members twice,
// a splice with another message.
QByteArray mutateBytes(QByteArray b, Rng &r, const QByteArray &other)
{
    const qsizetype n = b.size();
    switch (r.below(n == 0 ? 1 : 13)) {
    case 0: { // insert odd bytes
        static const char odd[] = "{}[]\",:\\ \x00\xff\xc0\x80\xef\xbb\xbf\xed\xa0"
                                  "0e-.";
        QByteArray ins;
        for (int i = r.between(1, 8); i > 0; --i)
            ins += odd[r.below(sizeof(odd) - 1)];
        b.insert(r.below(n + 1), ins);
        return b;
    }
    case 1: {
        const qsizetype at = r.below(n);
        b[at] = char(b.at(at) ^ char(1 << r.below(8)));
        return b;
    }
    case 2:
        b[r.below(n)] = char(r.below(256));
        return b;
    case 3: { // drop a range
        const qsizetype at = r.below(n);
        b.remove(at, r.between(1, 16));
        return b;
    }
    case 4:
        b.truncate(r.below(n));
        return b;
    case 5: { // a range twice
        const qsizetype at = r.below(n);
        const QByteArray part = b.mid(at, r.between(1, 64));
        b.insert(r.below(n + 1), part);
        return b;
    }
    case 6: { // a token where a number, true, false or null was
        const qsizetype at = r.below(n);
        qsizetype i = at;
        while (i < n && !(QChar::fromLatin1(b.at(i)).isDigit() || b.at(i) == 't' || b.at(i) == 'f' || b.at(i) == 'n'))
            ++i;
        if (i == n)
            return b.insert(at, weirdToken(r));
        qsizetype end = i;
        while (end < n && QByteArrayView("0123456789.eE+-truefalsn").contains(b.at(end)))
            ++end;
        return b.replace(i, end - i, weirdToken(r));
    }
    case 7:
    case 8: { // a member twice: a protocol key with an odd value, before or after its first
        const QList<qsizetype> starts = objectStarts(b);
        if (starts.isEmpty())
            return b + weirdToken(r);
        const qsizetype start = r.pick(starts);
        const qsizetype end = memberEnd(b, start);
        QByteArray member = "\"" + r.pick(protocolKeys()).toUtf8() + "\":" + (r.chance(300) ? deepNesting(r) : weirdToken(r));
        if (end > start && r.chance(500)) {
            // the first member again, with an odd value
            const QByteArray first = b.mid(start, end - start);
            const qsizetype colon = first.indexOf(':');
            if (colon > 0)
                member = first.left(colon + 1) + weirdToken(r);
        }
        if (start >= b.size())
            return b + member;
        if (end < 0 || end == start || b.at(start) == '}')
            return b.insert(start, member + (b.at(start) == '}' ? "" : ","));
        return r.chance(500) ? b.insert(start, member + ",") : b.insert(end, "," + member);
    }
    case 9: { // deep nesting where a value goes
        const qsizetype colon = b.indexOf(':', r.below(n));
        if (colon < 0)
            return deepNesting(r);
        const qsizetype end = memberEnd(b, colon + 1);
        return end < 0 ? b : b.replace(colon + 1, end - colon - 1, deepNesting(r));
    }
    case 10: // a splice with another message
        return b.left(r.below(n + 1)) + other.mid(r.below(other.size() + 1));
    case 11: { // around the document: a byte order mark, whitespace, a second document, NUL
        static const QList<QByteArray> around{"\xef\xbb\xbf", " \n\t", "{}", "[]", QByteArray("\0", 1), "x", ","};
        return r.chance(500) ? r.pick(around) + b : b + r.pick(around);
    }
    default: { // an escaped character in a string
        const qsizetype quote = b.indexOf('"', r.below(n));
        if (quote < 0)
            return b;
        static const QList<QByteArray> escapes{"\\u0000", "\\ud800", "\\udc00", "\\uffff", "\\u202e", "\\\\",
                                               "\\\"",    "\\/",     "\\b",     "\\q",     "\\u12",   "\\uD83D\\uDE00"};
        return b.insert(quote + 1, r.pick(escapes));
    }
    }
}

QByteArray mutateCode(QString code, Rng &r)
{
    if (code.isEmpty())
        return mutateBytes({}, r, {});
    switch (r.below(8)) {
    case 0:
        return code.toLower().toUtf8();
    case 1:
        return code.remove(u'-').toUtf8();
    case 2:
        return code.replace(u'-', u' ').toUtf8();
    case 3: // O, I and L for 0 and 1, as people type them
        return code.replace(u'0', r.chance(500) ? u'O' : u'o').replace(u'1', r.chance(500) ? u'I' : u'l').toUtf8();
    case 4: { // a look-alike: dotless i, long s, full-width digits and letters, Cyrillic O
        const QList<QString> alike{QStringLiteral("ı"), QStringLiteral("ſ"), QStringLiteral("０"), QStringLiteral("Ｏ"),
                                   QStringLiteral("О"), QStringLiteral("İ"), QStringLiteral("K"),  QStringLiteral("ß")};
        code.replace(r.below(code.size()), 1, r.pick(alike));
        return code.toUtf8();
    }
    case 5:
        return code.left(r.below(code.size())).toUtf8();
    case 6:
        return (code + code.left(r.between(1, 7))).toUtf8();
    default:
        return mutateBytes(code.toUtf8(), r, {});
    }
}

struct Input
{
    Kind kind = Kind::Push;
    QByteArray bytes;
    QJsonValue value; // given straight to the value decoders when direct
    bool direct = false;
    bool valid = false; // made, not mutated: its decoder must take it
};

Input generate(Rng &r)
{
    Input in;
    in.kind = Kind(r.below(kKinds));
    in.valid = r.chance(60);
    const int mutations = in.valid ? 0 : r.between(1, 3);
    if (in.kind == Kind::Code) {
        const QString code = enrolmentCodeText(r);
        in.bytes = code.toUtf8();
        for (int i = 0; i < mutations; ++i)
            in.bytes = mutateCode(QString::fromUtf8(in.bytes), r);
        return in;
    }
    if (in.kind == Kind::Deflated || in.kind == Kind::Xz) {
        // A push compressed, or now and then a bomb: zeros far past the limit, a few hundred bytes.
        const auto compress = in.kind == Kind::Xz ? compression::xz : compression::deflate;
        const bool bomb = r.chance(20);
        const QByteArray plain = bomb ? QByteArray(doudi::fuzz::kInflateLimit * r.between(2, 16), '\0')
                                      : QJsonDocument(makeMessage(Kind::Push, r)).toJson(QJsonDocument::Compact);
        in.bytes = compress(plain);
        in.valid = in.valid && !bomb && plain.size() <= doudi::fuzz::kInflateLimit;
        for (int i = 0; i < mutations; ++i)
            in.bytes = r.chance(200) ? in.bytes + compress(plain.left(r.below(plain.size() + 1))) : mutateBytes(in.bytes, r, {});
        return in;
    }
    QJsonValue tree = makeMessage(in.kind, r);
    const bool valueKind =
        in.kind == Kind::OneOp || in.kind == Kind::OneChange || in.kind == Kind::OneConflict || in.kind == Kind::OneResult;
    in.direct = valueKind && r.chance(150);
    int structural = 0;
    for (int i = 0; i < mutations; ++i) {
        if (in.direct || r.chance(500)) {
            tree = mutateTree(tree, r, in.direct);
            ++structural;
        }
    }
    if (in.direct) {
        in.value = tree;
        return in;
    }
    in.bytes = QJsonDocument(tree.toObject()).toJson(r.chance(700) ? QJsonDocument::Compact : QJsonDocument::Indented);
    const QByteArray other = QJsonDocument(makeMessage(Kind(r.below(kJsonKinds)), r)).toJson(QJsonDocument::Compact);
    for (int i = structural; i < mutations; ++i)
        in.bytes = mutateBytes(in.bytes, r, other);
    return in;
}

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? v : fallback;
}

} // namespace

class TstProtocolFuzz : public QObject
{
    Q_OBJECT

    Tally m_tally;
    bool m_seedsOnly = false; // DOUDI_FUZZ_WRITE_SEEDS: the seeds are written, nothing else runs

    void check(const QStringList &broken, const QString &input)
    {
        if (broken.isEmpty())
            return;
        QFAIL(qPrintable(QStringLiteral("%1\ninput: %2").arg(broken.join(u'\n'), input)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString seeds = qEnvironmentVariable("DOUDI_FUZZ_WRITE_SEEDS");
        if (seeds.isEmpty())
            return;
        QVERIFY(QDir().mkpath(seeds));
        Rng r(1);
        for (int k = 0; k < kKinds; ++k) {
            const Kind kind = Kind(k);
            QByteArray bytes;
            if (kind == Kind::Code)
                bytes = enrolmentCodeText(r).toUtf8();
            else if (kind == Kind::Deflated || kind == Kind::Xz)
                bytes = (kind == Kind::Xz ? compression::xz : compression::deflate)(
                    QJsonDocument(makeMessage(Kind::Push, r)).toJson(QJsonDocument::Compact));
            else
                bytes = QJsonDocument(makeMessage(kind, r)).toJson(QJsonDocument::Compact);
            QFile f(seeds + QStringLiteral("/%1").arg(QString::fromLatin1(kindName(kind)).replace(u' ', u'-')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        m_seedsOnly = true;
    }

    // A township's records as the laptop makes them (docs/sync-protocol.md §7): a member's
    // household later in the same push goes as a ref, one from an earlier push as a compacted
    // id, and a birth date and sex that the ID number shows as derived (0); one that differs
    // goes as it is. Everything comes back exactly, in a push and on a pull page.
    void groups_compactRefsIdsAndDerivedFields_andGiveThemBack()
    {
        const QString household = RandomSource::uuidString();
        const QString elsewhere = RandomSource::uuidString();
        auto person = [&](const QString &householdId, const QString &idNumber, const QString &born, const QString &sex) {
            Op op;
            op.opId = RandomSource::uuidString();
            op.recordType = QStringLiteral("person");
            op.recordId = RandomSource::uuidString();
            op.op = QStringLiteral("insert");
            op.changedFields = {{QStringLiteral("household_id"), householdId},
                                {QStringLiteral("id_number"), idNumber},
                                {QStringLiteral("birth_date"), born},
                                {QStringLiteral("sex"), sex}};
            op.hlc = QStringLiteral("001796191374340.0000000007.db1013b2");
            op.user = QStringLiteral("v370323104201");
            return op;
        };
        PushRequest push;
        push.ops << person(household, QStringLiteral("370323195204102955"), QStringLiteral("1952-04-10"), QStringLiteral("male"))
                 << person(household, QStringLiteral("370323195602176394"), QStringLiteral("1956-02-18"), QStringLiteral("male"));
        Op head = push.ops.constFirst();
        head.opId = RandomSource::uuidString();
        head.recordType = QStringLiteral("household");
        head.recordId = household;
        head.changedFields = {{QStringLiteral("area_code"), QStringLiteral("370323104201")}};
        push.ops << head
                 << person(elsewhere, QStringLiteral("370323196408237987"), QStringLiteral("1964-08-23"),
                           QStringLiteral("female"));
        push.ops.last().changedFields.remove(QStringLiteral("household_id"));
        push.ops.last().changedFields.insert(QStringLiteral("spouse_id"), elsewhere);

        const QJsonObject json = push.toJson();
        const QJsonArray groups = json.value(QStringLiteral("ops")).toArray();
        QCOMPARE(groups.size(), 3);
        const QJsonObject members = groups.at(0).toObject();
        QCOMPARE(members.value(QStringLiteral("refs")).toArray(), QJsonArray{QStringLiteral("household_id")});
        QCOMPARE(members.value(QStringLiteral("derived")).toArray(),
                 (QJsonArray{QStringLiteral("birth_date"), QStringLiteral("sex")}));
        const QJsonArray columns = members.value(QStringLiteral("columns")).toArray();
        const qsizetype birth = 8 + 0; // kOpHead, then the names in order: birth_date, household_id, id_number, sex
        QCOMPARE(columns.at(birth).toArray(), (QJsonArray{0, QStringLiteral("1956-02-18")})); // the ID number says 02-17
        QCOMPARE(columns.at(birth + 1).toArray(), (QJsonArray{2, 0})); // household: position 2, after both members
        QCOMPARE(columns.at(birth + 3).toArray(), (QJsonArray{0, 0}));
        QCOMPARE(groups.at(2).toObject().value(QStringLiteral("ids")).toArray(), QJsonArray{QStringLiteral("spouse_id")});
        QCOMPARE(groups.at(2).toObject().value(QStringLiteral("refs")).toArray(), QJsonArray());

        const Result<PushRequest> back = PushRequest::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->ops.size(), push.ops.size());
        for (qsizetype i = 0; i < push.ops.size(); ++i)
            QCOMPARE(back->ops.at(i).toJson(), push.ops.at(i).toJson());

        PullResponse page;
        for (qsizetype i = 0; i < push.ops.size(); ++i) {
            const Op &op = push.ops.at(i);
            page.changes << Change{i + 1, op.recordType,    op.recordId, QStringLiteral("update"),
                                   1,     op.changedFields, op.hlc,      op.user};
        }
        const Result<PullResponse> pulled = PullResponse::fromJson(QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().message()));
        QCOMPARE(pulled->changes.size(), page.changes.size());
        for (const Change &c : page.changes) {
            const auto it =
                std::find_if(pulled->changes.cbegin(), pulled->changes.cend(), [&](const Change &p) { return p.seq == c.seq; });
            QVERIFY(it != pulled->changes.cend());
            QCOMPARE(it->toJson(), c.toJson());
        }

        // A derived 0 whose ID number shows nothing is refused, not turned into a value.
        QJsonObject broken = json;
        QJsonArray brokenGroups = groups;
        QJsonObject g = members;
        QJsonArray cols = columns;
        cols[birth + 2] = QJsonArray{QStringLiteral("not a number"), QStringLiteral("370323195602176394")};
        g[QStringLiteral("columns")] = cols;
        brokenGroups[0] = g;
        broken[QStringLiteral("ops")] = brokenGroups;
        QVERIFY(!PushRequest::fromJson(QJsonDocument(broken).toJson(QJsonDocument::Compact)).ok());
    }

    // Inputs no generator should leave to chance: the size limits, empty input, a bomb.
    void fixedCases_holdTheirInvariants()
    {
        if (m_seedsOnly)
            return;
        const QList<QByteArray> cases{
            {},
            QByteArray("\0", 1),
            "{}",
            "[]",
            "null",
            "{\"ops\":[]}",
            "{\"ops\":{}}",
            "{\"ops\":[{}]}",
            // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one message, split to fit the line
            "{\"op_id\":\"a\",\"record_type\":\"household\",\"record_id\":\"b\",\"op\":\"insert\",\"base_version\":"
            "9007199254740993,"
            "\"changed_fields\":{},\"hlc\":\"h\",\"device_seq\":0,\"user\":\"u\"}",
            "{\"op_id\":\"a\",\"record_type\":\"household\",\"record_id\":\"b\",\"op\":\"insert\",\"base_version\":0,"
            "\"changed_fields\":{},\"hlc\":\"h\",\"device_seq\":0,\"user\":\"u\",\"resolves\":[9007199254740993]}",
            QByteArray(int(kMaxBodyBytes) + 1, ' '),
            QByteArray(int(kMaxBodyBytes) - 10, ' ') + "{\"ops\":[]}",
            compression::deflate(QByteArray(doudi::fuzz::kInflateLimit + 1, 'x')),
            compression::deflate(QByteArray(doudi::fuzz::kInflateLimit, 'x')),
            compression::xz(QByteArray(doudi::fuzz::kInflateLimit + 1, 'x')),
            compression::xz(QByteArray(doudi::fuzz::kInflateLimit, 'x')),
            compression::xz("{}") + "trailing",
            compression::deflate("{}") + "trailing",
        };
        for (const QByteArray &bytes : cases)
            check(doudi::fuzz::checkBytes(bytes, &m_tally), QString::fromUtf8(bytes.left(200).toHex()));
        // The limits are the decoders' own.
        QVERIFY(PushRequest::fromJson(cases.at(11)).ok());
        QVERIFY(!PushRequest::fromJson(QByteArray(int(kMaxBodyBytes) + 1, ' ')).ok());
        QVERIFY(!compression::inflate(compression::deflate(QByteArray(doudi::fuzz::kInflateLimit + 1, 'x')),
                                      doudi::fuzz::kInflateLimit)
                     .ok());
        QVERIFY(
            compression::inflate(compression::deflate(QByteArray(doudi::fuzz::kInflateLimit, 'x')), doudi::fuzz::kInflateLimit)
                .ok());
        QVERIFY(!compression::unxz(cases.at(cases.size() - 4), doudi::fuzz::kInflateLimit).ok());
        QVERIFY(compression::unxz(cases.at(cases.size() - 3), doudi::fuzz::kInflateLimit).ok());
        // Bytes after the end of an xz stream are refused, not ignored.
        QVERIFY(!compression::unxz(cases.at(cases.size() - 2), doudi::fuzz::kInflateLimit).ok());
        // A whole number past 2^53 is refused, not rounded into range.
        QVERIFY(!Op::fromJson(QJsonDocument::fromJson(cases.at(8)).object()).ok());
        QVERIFY(!Op::fromJson(QJsonDocument::fromJson(cases.at(9)).object()).ok());
        // Bytes after the end of a deflate stream are refused, not ignored.
        QVERIFY(!compression::inflate(cases.last(), doudi::fuzz::kInflateLimit).ok());

        // Values only code builds: NaN and infinities where whole numbers go.
        for (double odd : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()}) {
            for (const char *key : {"base_version", "device_seq"}) {
                QJsonObject op = QJsonDocument::fromJson(cases.at(9)).object();
                op.remove(QStringLiteral("resolves"));
                op.insert(QLatin1String(key), odd);
                check(doudi::fuzz::checkValue(op, &m_tally), QLatin1String(key));
                QVERIFY(!Op::fromJson(op).ok());
            }
            QJsonObject op = QJsonDocument::fromJson(cases.at(9)).object();
            op.insert(QStringLiteral("resolves"), QJsonArray{odd});
            check(doudi::fuzz::checkValue(op, &m_tally), QStringLiteral("resolves"));
            QVERIFY(!Op::fromJson(op).ok());
        }
    }

    void generatedInputs_holdTheirInvariants()
    {
        if (m_seedsOnly)
            return;
        const qint64 count = envNumber("DOUDI_FUZZ_INPUTS", 100000);
        const quint64 seed = quint64(envNumber("DOUDI_FUZZ_SEED", 20240611));
        Rng r(seed);
        QElapsedTimer timer;
        timer.start();
        qint64 validRefused = 0;
        QString firstValidRefused;
        QStringList failures;
        for (qint64 i = 0; i < count; ++i) {
            const Input in = generate(r);
            const QStringList broken =
                in.direct ? doudi::fuzz::checkValue(in.value, &m_tally) : doudi::fuzz::checkBytes(in.bytes, &m_tally);
            if (!broken.isEmpty() && failures.size() < 10) {
                const QByteArray shown = in.direct ? QJsonDocument(in.value.toObject()).toJson(QJsonDocument::Compact) : in.bytes;
                failures << QStringLiteral("input %1 (%2, seed %3): %4\n  bytes: %5")
                                .arg(i)
                                .arg(QLatin1String(kindName(in.kind)))
                                .arg(seed)
                                .arg(broken.join(QStringLiteral("; ")), QString::fromUtf8(shown.left(400)));
            }
            if (in.valid && !in.direct && !takenByItsDecoder(in.kind, in.bytes)) {
                if (++validRefused == 1)
                    firstValidRefused =
                        QStringLiteral("%1: %2").arg(QLatin1String(kindName(in.kind)), QString::fromUtf8(in.bytes.left(400)));
            }
        }
        qInfo().noquote() << QStringLiteral("seed %1, %2 ms").arg(seed).arg(timer.elapsed());
        qInfo().noquote() << m_tally.summary(6);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY2(validRefused == 0,
                 qPrintable(QStringLiteral("%1 valid messages refused, the first: %2").arg(validRefused).arg(firstValidRefused)));
        QVERIFY(m_tally.acceptedInputs > 0 && m_tally.acceptedInputs < m_tally.inputs);
    }
};

QTEST_GUILESS_MAIN(TstProtocolFuzz)
#include "tst_protocolfuzz.moc"
