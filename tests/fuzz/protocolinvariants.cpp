#include "fuzz/protocolinvariants.h"

#include "sync/compression.h"
#include "sync/enrolmentcode.h"
#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace doudi::fuzz {

using namespace doudi::core;
using namespace doudi::core::protocol;

namespace {

constexpr qint64 kMaxWhole = qint64(1) << 53;
// An error message is for a person: short, whatever the input was.
constexpr qsizetype kMaxMessage = 400;

QByteArray encode(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The limits an accepted message keeps (protocol.h and protocol.cpp); a non-empty answer
// names the first one broken.
bool within(qint64 v, qint64 min, qint64 max)
{
    return v >= min && v <= max;
}
bool shortText(const QString &s, qsizetype max = 256)
{
    return s.size() <= max;
}
bool isFieldName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}
bool isFieldValue(const QJsonValue &v)
{
    return v.isNull() || v.isBool() || v.isDouble() || (v.isString() && v.toString().size() <= kMaxTextBytes);
}
bool isOpName(const QString &op)
{
    return op == QLatin1String("insert") || op == QLatin1String("update") || op == QLatin1String("delete");
}
bool allShort(const QStringList &list)
{
    return std::all_of(list.cbegin(), list.cend(), [](const QString &s) { return shortText(s); });
}

QString limits(const Op &op)
{
    if (op.opId.isEmpty() || op.recordId.isEmpty() || !isOpName(op.op))
        return QStringLiteral("op names no op, record or kind");
    if (!shortText(op.opId) || !shortText(op.recordType) || !shortText(op.recordId) || !shortText(op.hlc) || !shortText(op.user))
        return QStringLiteral("op text too long");
    if (!within(op.baseVersion, 0, kMaxWhole) || !within(op.deviceSeq, 0, kMaxWhole))
        return QStringLiteral("op number out of range");
    if (op.resolves.size() > 100 ||
        std::any_of(op.resolves.cbegin(), op.resolves.cend(), [](qint64 id) { return !within(id, 1, kMaxWhole); }))
        return QStringLiteral("op resolves");
    if (op.changedFields.size() > 200)
        return QStringLiteral("op changes too many fields");
    for (auto it = op.changedFields.constBegin(); it != op.changedFields.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const bool shaped = op.op == QLatin1String("update")
                                ? v.isObject() && isFieldValue(v.toObject().value(QLatin1String("old"))) &&
                                      isFieldValue(v.toObject().value(QLatin1String("new")))
                                : isFieldValue(v);
        if (!isFieldName(it.key()) || !shaped)
            return QStringLiteral("op field ") + it.key().left(64);
    }
    return {};
}

QString limits(const PushRequest &p)
{
    if (p.ops.size() > kMaxOpsPerPush)
        return QStringLiteral("too many ops");
    for (const Op &op : p.ops) {
        if (QString problem = limits(op); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString limits(const OpResult &r)
{
    if (!shortText(r.opId) || !shortText(r.reason, 2000) || !within(r.version, 0, kMaxWhole))
        return QStringLiteral("result out of its limits");
    return {};
}

QString limits(const PushResponse &p)
{
    if (p.results.size() > kMaxOpsPerPush || !shortText(p.serverTime))
        return QStringLiteral("push answer out of its limits");
    for (const OpResult &r : p.results) {
        if (QString problem = limits(r); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString limits(const Change &c)
{
    if (!within(c.seq, 1, kMaxWhole) || !within(c.version, 0, kMaxWhole))
        return QStringLiteral("change number out of range");
    if (!recordTypes().contains(c.recordType) || c.recordId.isEmpty() || !(isOpName(c.op) || c.op == QLatin1String("evict")))
        return QStringLiteral("change names no known record or kind");
    if (!shortText(c.recordId) || !shortText(c.hlc) || !shortText(c.user))
        return QStringLiteral("change text too long");
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        if (!isFieldName(it.key()) || !isFieldValue(it.value()))
            return QStringLiteral("change field ") + it.key().left(64);
    }
    return {};
}

QString limits(const Conflict &c)
{
    if (!within(c.id, 1, kMaxWhole))
        return QStringLiteral("conflict id out of range");
    if (c.kind != QLatin1String("field") && c.kind != QLatin1String("delete") && c.kind != QLatin1String("step"))
        return QStringLiteral("conflict kind");
    // A field's value, or (a delete against an edit) an object as large as one field's text.
    for (const QJsonValue &v : {c.before, c.mine, c.theirs}) {
        const bool bounded = v.isObject() ? encode(v.toObject()).size() <= kMaxTextBytes : !v.isArray() && isFieldValue(v);
        if (!bounded && !v.isUndefined())
            return QStringLiteral("conflict value");
    }
    if (!allShort(
            {c.recordType, c.recordId, c.householdId, c.field, c.mineUser, c.mineHlc, c.theirsUser, c.theirsHlc, c.resolvedBy}))
        return QStringLiteral("conflict text too long");
    return {};
}

QString limits(const PullResponse &p)
{
    if (p.changes.size() > kMaxChangesPerPull || p.conflicts.size() > kMaxChangesPerPull || p.scopes.size() > 1000)
        return QStringLiteral("pull answer holds too many items");
    if (!within(p.cursor, 0, kMaxWhole) || !within(p.checkCount, -1, kMaxWhole))
        return QStringLiteral("pull answer number out of range");
    if (!allShort(p.scopes) || !shortText(p.checkHash) || !shortText(p.serverTime))
        return QStringLiteral("pull answer text too long");
    if (p.county && !(shortText(p.county->policy) && shortText(p.county->areas)))
        return QStringLiteral("pull answer county text too long");
    for (const Change &c : p.changes) {
        if (QString problem = limits(c); !problem.isEmpty())
            return problem;
    }
    for (const Conflict &c : p.conflicts) {
        if (QString problem = limits(c); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString limits(const EnrolRequest &e)
{
    return shortText(e.code) && shortText(e.label) ? QString() : QStringLiteral("enrol text too long");
}

QString limits(const EnrolResponse &e)
{
    return allShort({e.deviceId, e.credential, e.county}) ? QString() : QStringLiteral("enrol answer text too long");
}

QString limits(const SignInRequest &s)
{
    return shortText(s.user) && shortText(s.password, 1024) ? QString() : QStringLiteral("sign-in text too long");
}

QString limits(const SignInResponse &s)
{
    if (s.scopes.size() > 1000 || !allShort(s.scopes) || !allShort({s.user, s.displayName, s.role, s.token}))
        return QStringLiteral("sign-in answer out of its limits");
    return {};
}

// A county publication: a known kind, its content what its hash says (the decoder checks it).
QString limits(const CountyDocument &d)
{
    if (!CountyDocument::isKind(d.kind) || !within(d.version, 1, std::numeric_limits<int>::max()))
        return QStringLiteral("county answer names no kind or version");
    if (!shortText(d.sha256) || !shortText(d.title, 1024) || !shortText(d.publishedAt) || d.content.size() > kMaxBodyBytes)
        return QStringLiteral("county answer out of its limits");
    if (QString::fromLatin1(QCryptographicHash::hash(d.content.toUtf8(), QCryptographicHash::Sha256).toHex()) != d.sha256)
        return QStringLiteral("county answer taken with a content its hash does not name");
    return {};
}

// A snapshot's description: an id of 32 hex digits and counts within their bounds.
QString limits(const SnapshotInfo &s)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hex32.match(s.id).hasMatch() || !within(s.size, 0, qint64(1) << 40) || !within(s.cursor, 0, qint64(1) << 53) ||
        !within(s.pages, 0, 1000000))
        return QStringLiteral("snapshot answer out of its limits");
    return {};
}

QString excerpt(const QByteArray &bytes)
{
    return bytes.size() <= 160 ? QString::fromUtf8(bytes) : QString::fromUtf8(bytes.left(160)) + QStringLiteral("…");
}

class Checker
{
public:
    explicit Checker(Tally *tally) : m_tally(tally) {}

    QStringList broken;
    bool anyAccepted = false;

    // A message body, decoded, encoded again, decoded again.
    template <typename T> void body(const char *name, const QByteArray &bytes)
    {
        Result<T> r = T::fromJson(bytes);
        if (!r)
            return refused(name, r.error());
        took(name, *r);
        const QByteArray once = encode(r->toJson());
        Result<T> again = T::fromJson(once);
        if (!again)
            return fail(name, QStringLiteral("refuses its own re-encoding (%1): %2").arg(again.error().message(), excerpt(once)));
        roundTrip(name, once, encode(again->toJson()));
    }

    // A value inside a message, decoded, encoded to bytes, parsed and decoded again.
    template <typename T> void value(const char *name, const QJsonValue &v)
    {
        Result<T> r = T::fromJson(v);
        if (!r)
            return refused(name, r.error());
        took(name, *r);
        const QByteArray once = encode(r->toJson());
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(once, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return fail(name, QStringLiteral("re-encodes to what is not a JSON object: ") + excerpt(once));
        Result<T> again = T::fromJson(doc.object());
        if (!again && once.contains("\xef\xbb\xbf")) {
            // Qt's parser drops a U+FEFF that begins a text, which a value built in code keeps: a
            // text that was only that comes back empty (never so off the wire, which is parsed).
            if (m_tally)
                ++m_tally->qtBomDrops;
            return;
        }
        if (!again)
            return fail(name, QStringLiteral("refuses its own re-encoding (%1): %2").arg(again.error().message(), excerpt(once)));
        roundTrip(name, once, encode(again->toJson()));
    }

    void values(const QJsonValue &v)
    {
        value<Op>("Op", v);
        value<OpResult>("OpResult", v);
        value<Change>("Change", v);
        value<Conflict>("Conflict", v);
    }

    void enrolmentCode(const QByteArray &bytes)
    {
        const char *name = "EnrolmentCode";
        Result<EnrolmentCode> r = EnrolmentCode::parse(QString::fromUtf8(bytes));
        if (!r)
            return refused(name, r.error());
        count(true);
        if (r->secret.size() != EnrolmentCode::kSecretBytes || r->fingerprintPrefix.size() != EnrolmentCode::kPinBytes)
            return fail(name, QStringLiteral("accepted a code of the wrong length: ") + excerpt(bytes));
        const QString text = r->text();
        Result<EnrolmentCode> again = EnrolmentCode::parse(text);
        if (!again)
            return fail(name, QStringLiteral("refuses its own text ") + text);
        if (again->secret != r->secret || again->fingerprintPrefix != r->fingerprintPrefix || again->text() != text)
            fail(name, QStringLiteral("round trip differs: ") + text);
    }

    // A snapshot's frame (docs/sync-protocol.md §9): read, not whole yet, or refused with a
    // reason; one read ends within the bytes.
    void snapshotFrame(const QByteArray &bytes)
    {
        const char *name = "snapshot::read";
        Result<std::optional<snapshot::Frame>> r = snapshot::read(bytes, 0);
        if (!r)
            return refused(name, r.error(), {ErrorCode::InvalidInput, ErrorCode::Corrupt});
        count(true);
        if (*r && ((*r)->end <= 4 || (*r)->end > bytes.size()))
            fail(name, QStringLiteral("a frame that ends at %1 of %2 bytes").arg((*r)->end).arg(bytes.size()));
    }

    // Each decompressor: refuses with a reason or gives at most its limit, and what it gives
    // comes back the same through its compressor.
    void decompress(const QByteArray &bytes)
    {
        struct Codec
        {
            const char *name;
            QByteArray (*compress)(const QByteArray &);
            Result<QByteArray> (*decompress)(const QByteArray &, qsizetype);
        };
        for (const Codec &codec : {Codec{"compression::inflate", compression::deflate, compression::inflate},
                                   Codec{"compression::unxz", compression::xz, compression::unxz}}) {
            Result<QByteArray> r = codec.decompress(bytes, kInflateLimit);
            if (!r) {
                refused(codec.name, r.error(), {ErrorCode::InvalidInput, ErrorCode::Corrupt});
                continue;
            }
            count(true);
            if (r->size() > kInflateLimit) {
                fail(codec.name, QStringLiteral("gave %1 bytes past its limit of %2").arg(r->size()).arg(kInflateLimit));
                continue;
            }
            Result<QByteArray> again = codec.decompress(codec.compress(*r), kInflateLimit);
            if (!again || *again != *r)
                fail(codec.name, QStringLiteral("round trip through its compressor differs"));
        }
    }

private:
    void roundTrip(const char *name, const QByteArray &once, const QByteArray &twice)
    {
        if (twice == once)
            return;
        const QByteArray bom("\xef\xbb\xbf");
        if (QByteArray(twice).replace(bom, "") == QByteArray(once).replace(bom, "")) {
            if (m_tally)
                ++m_tally->qtBomDrops;
            return;
        }
        // Qt writes a whole double built in code (a value given without a parse) as 1e+16, and
        // reads that back as the integer it is, which it writes in digits: the same number.
        const QJsonDocument a = QJsonDocument::fromJson(once), b = QJsonDocument::fromJson(twice);
        if (!a.isNull() && a == b) {
            if (m_tally)
                ++m_tally->qtNumberSpellings;
            return;
        }
        fail(name, QStringLiteral("round trip differs: %1 then %2").arg(excerpt(once), excerpt(twice)));
    }
    template <typename T> void took(const char *name, const T &decoded)
    {
        count(true);
        if (QString problem = limits(decoded); !problem.isEmpty())
            fail(name, QStringLiteral("accepted a message past the protocol's limits: ") + problem);
    }
    // expected: the code a refusal must carry (inflate tells a damaged stream, Corrupt, from
    // one past its limit, InvalidInput; the decoders say InvalidInput).
    void refused(const char *name, const Error &e, const QList<ErrorCode> &expected = {ErrorCode::InvalidInput})
    {
        count(false);
        if (m_tally)
            ++m_tally->errors[e.message()];
        if (e.message().trimmed().isEmpty())
            fail(name, QStringLiteral("refused without a message"));
        else if (e.message().size() > kMaxMessage)
            fail(name, QStringLiteral("refused with a message of %1 characters").arg(e.message().size()));
        if (!expected.contains(e.code()))
            fail(name, QStringLiteral("refused with the unexpected code ") + Error::codeName(e.code()));
    }
    void count(bool ok)
    {
        anyAccepted = anyAccepted || ok;
        if (!m_tally)
            return;
        ++m_tally->decodes;
        ++(ok ? m_tally->accepted : m_tally->rejected);
    }
    void fail(const char *name, const QString &what) { broken << QLatin1String(name) + QStringLiteral(": ") + what; }

    Tally *m_tally;
};

void finish(const Checker &c, Tally *tally)
{
    if (!tally)
        return;
    ++tally->inputs;
    if (c.anyAccepted)
        ++tally->acceptedInputs;
}

} // namespace

QString Tally::summary(int topErrors) const
{
    QString out = QStringLiteral("%1 inputs: %2 taken by some decoder, %3 refused by all; %4 decoder calls: %5 accepted, "
                                 "%6 rejected; %7 distinct error messages")
                      .arg(inputs)
                      .arg(acceptedInputs)
                      .arg(inputs - acceptedInputs)
                      .arg(decodes)
                      .arg(accepted)
                      .arg(rejected)
                      .arg(errors.size());
    if (qtBomDrops > 0)
        out += QStringLiteral("; %1 round trips lost a leading U+FEFF in Qt's JSON parser").arg(qtBomDrops);
    if (qtNumberSpellings > 0)
        out += QStringLiteral("; %1 round trips spelt a whole number built in code anew (1e+16, then digits)")
                   .arg(qtNumberSpellings);
    QList<std::pair<qint64, QString>> byCount;
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(),
              [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    for (qsizetype i = 0; i < byCount.size() && i < topErrors; ++i)
        out += QStringLiteral("\n  %1 × %2").arg(byCount.at(i).first, 9).arg(byCount.at(i).second);
    return out;
}

QStringList checkBytes(const QByteArray &bytes, Tally *tally)
{
    Checker c(tally);
    c.body<PushRequest>("PushRequest", bytes);
    c.body<PushResponse>("PushResponse", bytes);
    c.body<PullResponse>("PullResponse", bytes);
    c.body<EnrolRequest>("EnrolRequest", bytes);
    c.body<EnrolResponse>("EnrolResponse", bytes);
    c.body<SignInRequest>("SignInRequest", bytes);
    c.body<SignInResponse>("SignInResponse", bytes);
    c.body<CountyDocument>("CountyDocument", bytes);
    c.body<SnapshotInfo>("SnapshotInfo", bytes);

    // The value decoders get the document, and what it holds one level down (a push's ops,
    // a pull's changes and conflicts): so they see real values, not only whole messages.
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error == QJsonParseError::NoError) {
        const QJsonValue top = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        c.values(top);
        QList<QJsonValue> inner;
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.value().isObject())
                    inner << it.value();
                else if (it.value().isArray()) {
                    const QJsonArray array = it.value().toArray();
                    for (const QJsonValue &v : array)
                        inner << v;
                }
            }
        } else {
            const QJsonArray array = doc.array();
            for (const QJsonValue &v : array)
                inner << v;
        }
        for (qsizetype i = 0; i < inner.size() && i < 64; ++i)
            c.values(inner.at(i));
    }

    c.enrolmentCode(bytes);
    c.decompress(bytes);
    c.snapshotFrame(bytes);
    finish(c, tally);
    return c.broken;
}

QStringList checkValue(const QJsonValue &value, Tally *tally)
{
    Checker c(tally);
    c.values(value);
    finish(c, tally);
    return c.broken;
}

} // namespace doudi::fuzz
