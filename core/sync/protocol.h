#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace doudi::core {

// The messages of the sync protocol (docs/sync-protocol.md), shared by the laptop and the
// county server. Each decodes strictly: anything of the wrong type, size or count is an
// error with a message, never a crash or a silently defaulted value (the decoders are fuzzed).
namespace protocol {

constexpr int kVersion = 2;
// Batches large enough that a laptop's first sync of a township (tens of thousands of records)
// takes a dozen round trips, not hundreds: on a rural link each request costs a round trip of
// 300 ms or more (issue 11). A push is still one server transaction; the body limit bounds it.
constexpr int kMaxOpsPerPush = 5000;
constexpr int kMaxChangesPerPull = 5000;
// What the laptop puts in one push, inflated: half the server's limit, so that ops with long
// texts make a smaller batch rather than a refused one.
constexpr qsizetype kMaxPushBytes = 8 * 1024 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024; // after decompression
// Attachments' bytes (§8): a blob at most as large as the laptop stores one
// (AttachmentRepository::kMaxBytes), sent in chunks of at most kMaxChunkBytes.
constexpr qint64 kMaxBlobBytes = 8 * 1024 * 1024;
constexpr qint64 kMaxChunkBytes = 1024 * 1024;
constexpr qsizetype kMaxTextBytes = 1024 * 1024; // one field value's text

// The record types sync carries: each belongs to one household (DESIGN §6, ADR 0005).
const QStringList &recordTypes();
// Whether the laptop keeps a version for records of this type (insert-only history and the
// document register do not): the divergence check leaves the version out where it does not.
bool isVersioned(const QString &recordType);
// One line of the divergence check.
QString checkLine(const QString &recordType, const QString &recordId, qint64 version);

struct Op
{
    QString opId;
    QString recordType;
    QString recordId;
    QString op; // insert, update, delete
    qint64 baseVersion = 0;
    QJsonObject changedFields; // insert: {"field": value}; update: {"field": {"old": v, "new": v}}
    QString hlc;
    qint64 deviceSeq = 0;
    QString user;
    QList<qint64> resolves; // conflicts this edit settles (its fields are the person's answer)

    QJsonObject toJson() const;
    static Result<Op> fromJson(const QJsonValue &json);
};

struct PushRequest
{
    QList<Op> ops;
    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QByteArray &body);
};

struct OpResult
{
    enum class Status
    {
        Applied,
        Conflict,
        Refused
    };
    QString opId;
    Status status = Status::Applied;
    qint64 version = 0; // the record's version after the op (applied or conflict)
    QString reason;     // refused: why, in the person's language
    QJsonObject toJson() const;
    static Result<OpResult> fromJson(const QJsonValue &json);
};

// The answer lists only the ops that were not plainly applied (plain(): applied, at the version
// after their base); each op it does not list was. A first push of a township is tens of
// thousands of ops, and echoing each op id back was most of the answer (issue 11).
struct PushResponse
{
    QList<OpResult> results; // the ops not plainly applied, in the order sent
    QString serverTime;
    qint64 seq = 0; // the county's change number once the batch was in, on disk (0: not said)
    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QByteArray &body);

    static bool plain(const Op &op, const OpResult &result);
    // The server's answer to ops, given each op's result (in the same order).
    static PushResponse answering(const QList<Op> &ops, const QList<OpResult> &results, const QString &serverTime);
    // Each op's result, in the order sent: the listed ones, and the others applied. An answer
    // that lists an op not sent, or one twice, is an error.
    Result<QList<OpResult>> resultsFor(const QList<Op> &ops) const;
};

// A record as the server now has it.
struct Change
{
    qint64 seq = 0;
    QString recordType;
    QString recordId;
    QString op; // update (the full record as the server has it), delete, or evict (a household left the areas)
    qint64 version = 0;
    QJsonObject fields;
    QString hlc;
    QString user;
    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonValue &json);
};

// The same field changed on two devices to different values: the server's value stays, and
// a person decides. kind: field, delete (deleted on one side, edited on the other) or step
// (a step no longer legal after another device's step).
struct Conflict
{
    qint64 id = 0;
    QString kind;
    QString recordType;
    QString recordId;
    QString householdId;
    QString field;
    QJsonValue before; // what both sides started from
    QJsonValue mine;   // the value that was not taken
    QJsonValue theirs; // the server's value, which stays until someone decides
    QString mineUser;
    QString mineHlc;
    QString theirsUser;
    QString theirsHlc;
    bool resolved = false;
    QString resolvedBy;
    QJsonObject toJson() const;
    static Result<Conflict> fromJson(const QJsonValue &json);
};

// The hash (SHA-256, hex) of the newest policy document and area list the county published;
// empty where it published none. On every last pull page: a laptop that holds other ones
// fetches them (GET /v1/county).
struct CountyHeads
{
    QString policy;
    QString areas;
    bool operator==(const CountyHeads &o) const { return policy == o.policy && areas == o.areas; }
    QJsonObject toJson() const;
    static Result<CountyHeads> fromJson(const QJsonValue &json);
};

// One publication of the county (GET /v1/county?kind=policy|areas): a policy document as
// doudi-cli policy import reads it, or an area list (code,name,level,parent).
struct CountyDocument
{
    QString kind; // policy, areas
    qint64 version = 0;
    QString title;
    QString sha256; // of content as UTF-8
    QString content;
    QString publishedAt;
    static bool isKind(const QString &kind);
    QJsonObject toJson() const;
    static Result<CountyDocument> fromJson(const QByteArray &body);
};

struct PullResponse
{
    // On the wire in groups of one record type, kind and set of fields, column by column
    // (docs/sync-protocol.md §5, §7); decoded group after group, each group's in order.
    QList<Change> changes;
    QList<Conflict> conflicts;
    qint64 cursor = 0;
    bool more = false;
    // The user's areas changed, or the device asked for a rescan: start again from 0 and drop
    // what the server did not send (outbox operations are never dropped).
    bool reset = false;
    QStringList scopes;
    // On the last page: the count and hash of (type, id, version) of every record in scope.
    qint64 checkCount = -1;
    QString checkHash;
    std::optional<CountyHeads> county; // on the last page
    QString serverTime;
    QJsonObject toJson() const;
    static Result<PullResponse> fromJson(const QByteArray &body);
};

// The divergence check over a set of records: their count, and the XOR of the SHA-256 of each
// record's checkLine(). Order does not matter and a record is taken out as it was put in, so
// the server keeps one per village up to date as it writes, and answers a pull without
// reading the records (DESIGN §6).
struct CheckSum
{
    qint64 count = 0;
    quint64 h[4] = {0, 0, 0, 0};
    void add(const QString &line) { toggle(line, 1); }
    void remove(const QString &line) { toggle(line, -1); }
    void merge(const CheckSum &other, int sign = 1);
    QString hex() const;

private:
    void toggle(const QString &line, int sign);
};

struct EnrolRequest
{
    QString code;
    QString label;
    QJsonObject toJson() const;
    static Result<EnrolRequest> fromJson(const QByteArray &body);
};

struct EnrolResponse
{
    QString deviceId;
    QString credential;
    QString county;
    QJsonObject toJson() const;
    static Result<EnrolResponse> fromJson(const QByteArray &body);
};

struct SignInRequest
{
    QString user;
    QString password;
    QJsonObject toJson() const;
    static Result<SignInRequest> fromJson(const QByteArray &body);
};

struct SignInResponse
{
    QString user;
    QString displayName;
    QString role;
    QStringList scopes;
    QString token;
    QJsonObject toJson() const;
    static Result<SignInResponse> fromJson(const QByteArray &body);
};

// One ID number in two households, as the county found it (GET /v1/duplicates, §5): the same
// person registered twice, which could mean two benefits. Listed while it is still so.
struct Duplicate
{
    qint64 id = 0;
    QString idNumber;
    QString householdId;
    QString areaCode;
    QString otherHouseholdId;
    QString otherAreaCode;
    QString foundAt;
    // The programmes of each household's open cases (codes, e.g. dibao, tekun): the same
    // person paid by two is what the list is for.
    QStringList programmes;
    QStringList otherProgrammes;
    QJsonObject toJson() const;
    static Result<Duplicate> fromJson(const QJsonValue &json);
};

struct DuplicateList
{
    QList<Duplicate> duplicates;
    QJsonObject toJson() const;
    static Result<DuplicateList> fromJson(const QByteArray &body);
};

// A new laptop's first sync (docs/sync-protocol.md §9): the county's snapshot of the user's
// areas, the pull pages from the start as frames, made once and handed out by byte range.
struct SnapshotInfo
{
    QString id;        // 32 hex digits
    qint64 size = 0;   // bytes of all frames
    qint64 cursor = 0; // where the pull goes on once every frame is written
    int pages = 0;
    QJsonObject toJson() const;
    static Result<SnapshotInfo> fromJson(const QByteArray &body);
};

namespace snapshot {
// A frame: the length n of what follows (4 bytes, big-endian), then n bytes, the xz of one
// pull page's JSON. Each frame reads on its own, so a laptop writes a page as soon as its frame
// has come whole, and a cut costs at most the frame it fell in.
QByteArray frame(const PullResponse &page);
struct Frame
{
    PullResponse page;
    qsizetype end = 0; // where the next frame begins
};
// The frame that begins at `at` in bytes; nullopt while bytes end before it does.
Result<std::optional<Frame>> read(const QByteArray &bytes, qsizetype at);
} // namespace snapshot

// An error answer: {"error": {"code", "message"}}.
QJsonObject errorJson(const QString &code, const QString &message);

} // namespace protocol
} // namespace doudi::core
