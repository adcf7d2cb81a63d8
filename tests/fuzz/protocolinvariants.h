#pragma once

// What every decoder of the sync protocol must do with any input whatever (issue 11): never
// crash nor run into undefined behaviour; either decode, or refuse with a clear message; and
// what it decodes keeps the protocol's limits and survives a round trip (encoded again with
// toJson() and decoded again, it encodes to the same bytes). Shared by the libFuzzer target
// (fuzz_protocol.cpp) and the deterministic test that CI runs (tst_protocolfuzz.cpp).

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace doudi::fuzz {

// What the decoders made of the inputs so far.
struct Tally
{
    qint64 inputs = 0;
    qint64 acceptedInputs = 0; // inputs that at least one decoder took
    qint64 decodes = 0;        // decoder calls
    qint64 accepted = 0;
    qint64 rejected = 0;
    QHash<QString, qint64> errors; // each distinct error message, with how often it came
    // Round trips that lost a U+FEFF at the start of a text: Qt 6.4's JSON parser drops it
    // there when the string has no escape (QString::fromUtf8 takes it for a byte order mark).
    // Qt's doing, not the decoders': counted, not failed.
    qint64 qtBomDrops = 0;
    qint64 qtNumberSpellings = 0;

    // A few lines: the counts, and the most frequent error messages.
    QString summary(int topErrors) const;
};

// compression::inflate is given this limit here: small, so that bombs are cheap to make.
constexpr qsizetype kInflateLimit = 64 * 1024;

// Feeds the bytes to every decoder: the message bodies (PushRequest, PushResponse,
// PullResponse, EnrolRequest, EnrolResponse, SignInRequest, SignInResponse), the values that
// a JSON parse of the bytes holds (Op, OpResult, Change, Conflict: the document and each
// object or array element one level down), EnrolmentCode::parse of the bytes as UTF-8 text
// and compression::inflate. Returns what broke (empty: every invariant held).
QStringList checkBytes(const QByteArray &bytes, Tally *tally = nullptr);

// Feeds a JSON value straight to the decoders that take one (Op, OpResult, Change, Conflict):
// values no parser yields (NaN, infinities, strings with lone surrogates built in code) reach
// them only so.
QStringList checkValue(const QJsonValue &value, Tally *tally = nullptr);

} // namespace doudi::fuzz
