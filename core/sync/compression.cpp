#include "sync/compression.h"

#include <QCoreApplication>

#include <lzma.h>
#include <zlib.h>

namespace doudi::core::compression {

namespace {

// Below this a body goes as is; from kXzFrom on as xz, in between as deflate. xz takes about
// 20 % off what deflate leaves of a pull page or a push (issue 11, the rural link), but costs
// some 60 bytes of framing and 3–4 times the CPU, which small answers do not repay.
constexpr qsizetype kDeflateFrom = 1024;
constexpr qsizetype kXzFrom = 16 * 1024;
// A decoder needs about the dictionary's size; a stream asking for more is refused.
constexpr quint32 kXzMaxDictionary = 8 * 1024 * 1024;
constexpr quint64 kXzMemoryLimit = 32 * 1024 * 1024;

Error damaged()
{
    // Damaged (Corrupt) apart from too large (InvalidInput): the server answers 400 and 413.
    return Error(ErrorCode::Corrupt,
                 QCoreApplication::translate("doudi::core::compression", "A compressed sync message could not be read."));
}

Error tooLarge()
{
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("doudi::core::compression", "A sync message is too large."));
}

enum class Progress
{
    More,
    End,
    Bad
};

// The output of a decoder that step() drives: it writes at most `room` bytes at `out`, says how
// many (*written), and whether the stream goes on, ended where the input ends, or is damaged.
// The buffer grows 256 KB at a time and stops one byte past maxBytes, so a bomb costs nothing.
template <typename Step> Result<QByteArray> bounded(qsizetype maxBytes, Step step)
{
    QByteArray out;
    Progress progress = Progress::More;
    while (progress == Progress::More) {
        if (out.size() >= maxBytes)
            return tooLarge();
        const qsizetype room = qMin<qsizetype>(256 * 1024, maxBytes - out.size() + 1);
        const qsizetype at = out.size();
        out.resize(at + room);
        qsizetype written = 0;
        progress = step(out.data() + at, room, &written);
        out.resize(at + written);
    }
    if (progress == Progress::Bad)
        return damaged();
    if (out.size() > maxBytes)
        return tooLarge();
    return out;
}

} // namespace

QByteArray token(Coding coding)
{
    switch (coding) {
    case Coding::Identity:
        return {};
    case Coding::Deflate:
        return QByteArrayLiteral("deflate");
    case Coding::Xz:
        return QByteArrayLiteral("xz");
    }
    return {};
}

Coding choose(qsizetype size, const QByteArray &accepted)
{
    QList<QByteArray> names;
    for (const QByteArray &part : accepted.split(','))
        names << part.split(';').constFirst().trimmed();
    if (size >= kXzFrom && names.contains(token(Coding::Xz)))
        return Coding::Xz;
    if (size >= kDeflateFrom && names.contains(token(Coding::Deflate)))
        return Coding::Deflate;
    return Coding::Identity;
}

QByteArray accepted()
{
    return token(Coding::Xz) + ", " + token(Coding::Deflate);
}

QByteArray encode(const QByteArray &data, Coding coding)
{
    switch (coding) {
    case Coding::Identity:
        return data;
    case Coding::Deflate:
        return deflate(data);
    case Coding::Xz:
        return xz(data);
    }
    return data;
}

Result<QByteArray> decode(const QByteArray &data, const QByteArray &name, qsizetype maxBytes)
{
    if (name == token(Coding::Identity))
        return data.size() > maxBytes ? Result<QByteArray>(tooLarge()) : Result<QByteArray>(data);
    if (name == token(Coding::Deflate))
        return inflate(data, maxBytes);
    if (name == token(Coding::Xz))
        return unxz(data, maxBytes);
    return damaged();
}

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    // Level 9: JSON of records shrinks 5–10 times; 9 takes about 5 % off what 6 left, for
    // 0.1 s per 3 MB of JSON (issue 11: on a rural link a byte is worth far more).
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                  uLong(data.size()), 9) != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

Result<QByteArray> inflate(const QByteArray &data, qsizetype maxBytes)
{
    z_stream z = {};
    if (inflateInit(&z) != Z_OK)
        return damaged();
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    Result<QByteArray> out = bounded(maxBytes, [&z](char *at, qsizetype room, qsizetype *written) {
        z.next_out = reinterpret_cast<Bytef *>(at);
        z.avail_out = uInt(room);
        const int rc = ::inflate(&z, Z_NO_FLUSH);
        *written = room - qsizetype(z.avail_out);
        // Bytes after the end of the stream make the body malformed, not ignorable (fuzzing,
        // issue 11: "{}" deflated and followed by anything was taken as "{}"). Z_BUF_ERROR:
        // the input ended before the stream did.
        if (rc == Z_STREAM_END)
            return z.avail_in == 0 ? Progress::End : Progress::Bad;
        return rc == Z_OK ? Progress::More : Progress::Bad;
    });
    inflateEnd(&z);
    return out;
}

QByteArray xz(const QByteArray &data)
{
    lzma_options_lzma options;
    if (lzma_lzma_preset(&options, 6))
        return {};
    // A dictionary as large as the body and no larger: the encoder needs about 11 times it,
    // and the server may compress several answers at once.
    quint32 dictionary = 64 * 1024;
    while (dictionary < data.size() && dictionary < kXzMaxDictionary)
        dictionary *= 2;
    options.dict_size = dictionary;
    // JSON text: the literal coder may look at the whole byte before (lc 4), and positions
    // carry no pattern (pb 0). About 1 % smaller than the defaults on a pull page.
    options.lc = 4;
    options.lp = 0;
    options.pb = 0;
    const lzma_filter filters[] = {{LZMA_FILTER_LZMA2, &options}, {LZMA_VLI_UNKNOWN, nullptr}};
    QByteArray out(qsizetype(lzma_stream_buffer_bound(size_t(data.size()))), Qt::Uninitialized);
    size_t size = 0;
    if (lzma_stream_buffer_encode(const_cast<lzma_filter *>(filters), LZMA_CHECK_CRC32, nullptr,
                                  reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()),
                                  reinterpret_cast<uint8_t *>(out.data()), &size, size_t(out.size())) != LZMA_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

Result<QByteArray> unxz(const QByteArray &data, qsizetype maxBytes)
{
    lzma_stream z = LZMA_STREAM_INIT;
    // One stream and nothing after it: without LZMA_CONCATENATED the decoder ends with the
    // first stream, and bytes left over make the body malformed (as for deflate).
    if (lzma_stream_decoder(&z, kXzMemoryLimit, 0) != LZMA_OK)
        return damaged();
    z.next_in = reinterpret_cast<const uint8_t *>(data.constData());
    z.avail_in = size_t(data.size());
    Result<QByteArray> out = bounded(maxBytes, [&z](char *at, qsizetype room, qsizetype *written) {
        z.next_out = reinterpret_cast<uint8_t *>(at);
        z.avail_out = size_t(room);
        // LZMA_FINISH: all input is there, so a stream that stops short is an error, not a wait.
        const lzma_ret rc = lzma_code(&z, LZMA_FINISH);
        *written = room - qsizetype(z.avail_out);
        if (rc == LZMA_STREAM_END)
            return z.avail_in == 0 ? Progress::End : Progress::Bad;
        return rc == LZMA_OK ? Progress::More : Progress::Bad;
    });
    lzma_end(&z);
    return out;
}

} // namespace doudi::core::compression
