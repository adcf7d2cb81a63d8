// doudi-server's blob endpoints (docs/sync-protocol.md §8), over HTTPS with the certificate
// pinned by its SHA-256, against a county server with its private PostgreSQL cluster: a blob is
// not there for anyone before its attachment record is pushed, and not for a user whose areas do
// not hold that record; it is taken in chunks that continue from what the county holds (a chunk
// at another offset changes nothing), kept once the whole hashes to its name and dropped (422)
// when it does not, and handed out whole or by byte range. Steps 1 to 7 of the blob tests brief;
// 8, records with a size the county does not take (refused at the push), and two records that
// disagree on a blob's size.
#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace doudi::core;

namespace {

const QByteArray kProtocol = QByteArray::number(protocol::kVersion);
const QByteArray kPassword = "river-2026-pass";
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kFirstSize = 600 * 1024;  // the photo of steps 2 to 4 and 6
constexpr qint64 kSecondSize = 300 * 1024; // the one that arrives damaged (step 5)
constexpr qint64 kThirdSize = 1536 * 1024; // past a chunk's limit (step 7)

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

// A check made by a helper: the test function ends at its first failure (QtTest's event loops
// no longer wait once a test function has failed, so the requests after it would not be answered).
#define STEP(check)                                                                                                              \
    do {                                                                                                                         \
        check;                                                                                                                   \
        if (QTest::currentTestFailed())                                                                                          \
            return;                                                                                                              \
    } while (false)

class TstServerBlobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_fingerprint;
    QProcess m_serve;
    int m_port = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QElapsedTimer m_clock;

    // A signed-in user on an enrolled device of their own.
    struct Device
    {
        QByteArray id, credential, user, token;
    };
    Device m_a; // township head of 370323102000: the household and its photos
    Device m_b; // township head of 370323103000: another township

    QString m_household;
    QByteArray m_first, m_second, m_wrongSecond, m_third;
    QString m_firstHash, m_secondHash, m_thirdHash;
    QHash<QString, qint64> m_sizes; // hash → the size its record gives (1 for a blob never recorded)
    bool m_firstRecorded = false;
    bool m_firstComplete = false;
    int m_opSeq = 0;

    struct Answer
    {
        int status = 0;
        bool pinned = false;
        QByteArray raw;
        QJsonObject body;
        QByteArray contentRange;
        QByteArray contentType;
        QString code() const { return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
        QString message() const
        {
            return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        }
        qint64 number(const char *key) const { return qint64(body.value(QLatin1String(key)).toDouble(-1)); }
        bool complete() const { return body.value(QStringLiteral("complete")).toBool(); }
        QByteArray describe() const
        {
            // An answer that is not JSON is bytes of a photo: their count only.
            const bool bytes = body.isEmpty() && !raw.startsWith('{');
            return "HTTP " + QByteArray::number(status) + ' ' +
                   (bytes ? QByteArray::number(raw.size()) + " bytes" : raw.left(300));
        }
    };

    // One request over HTTPS, the server's certificate trusted only by its pinned SHA-256. The
    // device's headers when one is given; others as given.
    Answer send(const QByteArray &method, const QString &path, const Device *device, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setRawHeader("X-Doudi-Protocol", kProtocol);
        if (device) {
            request.setRawHeader("Authorization", "Doudi-Device " + device->id + ':' + device->credential);
            if (!device->token.isEmpty()) {
                request.setRawHeader("X-Doudi-User", device->user);
                request.setRawHeader("X-Doudi-Token", device->token);
            }
        }
        if (method == "POST")
            request.setRawHeader("Content-Type", "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value); // Content-Type given here replaces the one above
        QNetworkReply *reply = method == "POST" ? m_nam->post(request, body) : m_nam->get(request);
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()) == m_fingerprint)
                reply->ignoreSslErrors(errors);
        });
        Answer a;
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(30000)) {
            reply->abort();
            reply->deleteLater();
            return a;
        }
        // A connection the manager keeps open is not verified again: its certificate is checked
        // on every answer.
        a.pinned = QString::fromLatin1(reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex()) ==
                   m_fingerprint;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        a.contentRange = reply->rawHeader("Content-Range");
        a.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return a;
    }

    Answer state(const Device &d, const QString &hash)
    {
        return send("GET", QStringLiteral("/v1/blobs/%1?size=%2").arg(hash).arg(m_sizes.value(hash, 1)), &d);
    }
    Answer chunk(const Device &d, const QString &hash, qint64 offset, const QByteArray &bytes)
    {
        return send("POST", QStringLiteral("/v1/blobs/%1?size=%2&offset=%3").arg(hash).arg(m_sizes.value(hash, 1)).arg(offset),
                    &d, bytes, {{"Content-Type", "application/octet-stream"}});
    }
    Answer data(const Device &d, const QString &hash, const QByteArray &range = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!range.isNull())
            headers.append({"Range", range});
        return send("GET", QStringLiteral("/v1/blobs/%1/data").arg(hash), &d, {}, headers);
    }

    // The JSON answer of a blob: its name, size, what the county holds and whether it is whole.
    static void verifyState(const Answer &a, const QString &hash, qint64 size, qint64 received, bool complete)
    {
        QVERIFY2(a.pinned, "the certificate was not the pinned one, or no answer came");
        QVERIFY2(a.status == 200, a.describe().constData());
        QCOMPARE(a.body.value(QStringLiteral("sha256")).toString(), hash);
        QCOMPARE(a.number("size"), size);
        QCOMPARE(a.number("received"), received);
        QCOMPARE(a.complete(), complete);
        QVERIFY2(a.body.value(QStringLiteral("complete")).isBool(), a.describe().constData());
    }

    static void verifyError(const Answer &a, int status, const QString &code)
    {
        QVERIFY2(a.pinned, "the certificate was not the pinned one, or no answer came");
        QVERIFY2(a.status == status,
                 qPrintable(
                     QStringLiteral("status %1, not %2: %3").arg(a.status).arg(status).arg(QString::fromUtf8(a.raw.left(300)))));
        QCOMPARE(a.code(), code);
        QVERIFY2(!a.message().trimmed().isEmpty(), a.raw.constData());
    }

    // A doudi-server command on the test's county (password, when given, for the new user).
    QJsonObject server(QStringList args, const QByteArray &password = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            env.insert(QStringLiteral("DOUDI_NEW_PASSWORD"), QString::fromUtf8(password));
        p.setProcessEnvironment(env);
        args.insert(1, QStringLiteral("--data"));
        args.insert(2, m_data);
        p.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("doudi-server %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    // A device enrolled with a code of `doudi-server device enrol`, and the user signed in on it,
    // as a laptop does (POST /v1/enrol, POST /v1/signin).
    bool enrolAndSignIn(Device &d, const QByteArray &user)
    {
        const QString code =
            server({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--label"), QString::fromLatin1(user)})
                .value(QStringLiteral("code"))
                .toString();
        if (code.isEmpty())
            return false;
        const Answer e = send("POST", QStringLiteral("/v1/enrol"), nullptr,
                              QJsonDocument(protocol::EnrolRequest{code, QStringLiteral("blob test")}.toJson()).toJson());
        if (e.status != 200 || !e.pinned) {
            qWarning("enrol: %s", e.describe().constData());
            return false;
        }
        d.id = e.body.value(QStringLiteral("device_id")).toString().toLatin1();
        d.credential = e.body.value(QStringLiteral("credential")).toString().toLatin1();
        d.user = user;
        const Answer s = send(
            "POST", QStringLiteral("/v1/signin"), &d,
            QJsonDocument(protocol::SignInRequest{QString::fromLatin1(user), QString::fromLatin1(kPassword)}.toJson()).toJson());
        if (s.status != 200) {
            qWarning("sign-in: %s", s.describe().constData());
            return false;
        }
        d.token = s.body.value(QStringLiteral("token")).toString().toLatin1();
        return !d.id.isEmpty() && !d.credential.isEmpty() && !d.token.isEmpty();
    }

    protocol::Op insert(const Device &d, const QString &type, const QString &id, const QJsonObject &fields)
    {
        protocol::Op op;
        op.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        op.recordType = type;
        op.recordId = id;
        op.op = QStringLiteral("insert");
        op.changedFields = fields;
        op.hlc = QStringLiteral("%1.%2.blobtest")
                     .arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
                     .arg(++m_opSeq, 10, 10, QLatin1Char('0'));
        op.deviceSeq = m_opSeq;
        op.user = QString::fromLatin1(d.user);
        return op;
    }
    protocol::Op attachment(const Device &d, const QString &hash, qint64 size, const QString &label)
    {
        m_sizes.insert(hash, size); // what a laptop says of the blob when it sends it
        return insert(d, QStringLiteral("attachment"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                      {{QStringLiteral("sha256"), hash},
                       {QStringLiteral("size"), double(size)},
                       {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                       {QStringLiteral("kind"), QStringLiteral("photo")},
                       {QStringLiteral("owner_type"), QStringLiteral("household")},
                       {QStringLiteral("owner_id"), m_household},
                       {QStringLiteral("label"), label}});
    }

    // The ops pushed by the device; every one of them applied.
    void push(const Device &d, const QList<protocol::Op> &ops)
    {
        const Answer a = send("POST", QStringLiteral("/v1/push"), &d,
                              QJsonDocument(protocol::PushRequest{ops}.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(a.status == 200, a.describe().constData());
        const Result<protocol::PushResponse> answer = protocol::PushResponse::fromJson(a.raw);
        QVERIFY2(answer.ok(), a.describe().constData());
        const Result<QList<protocol::OpResult>> results = answer->resultsFor(ops);
        QVERIFY2(results.ok(), a.describe().constData());
        for (const protocol::OpResult &r : *results)
            QVERIFY2(r.status == protocol::OpResult::Status::Applied, qPrintable(r.opId + u' ' + r.reason));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY(m_tmp.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("DOUDI_SERVER"));
        qputenv("DOUDI_LANG", "en"); // messages that can be read below
        // As root, the cluster runs as the postgres user, which must pass through this folder.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        m_data = m_tmp.filePath(QStringLiteral("county"));
        const QJsonObject init = server({QStringLiteral("init"), QStringLiteral("--county"), QStringLiteral("370323")});
        m_fingerprint = init.value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(m_fingerprint.size(), 64);
        QVERIFY(!server({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("zhaoli"),
                         QStringLiteral("--name"), QStringLiteral("赵丽"), QStringLiteral("--role"),
                         QStringLiteral("township_head"), QStringLiteral("--area"), QStringLiteral("370323102000")},
                        kPassword)
                     .isEmpty());
        QVERIFY(!server({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("qianwei"),
                         QStringLiteral("--name"), QStringLiteral("钱伟"), QStringLiteral("--role"),
                         QStringLiteral("township_head"), QStringLiteral("--area"), QStringLiteral("370323103000")},
                        kPassword)
                     .isEmpty());

        m_serve.setProcessChannelMode(QProcess::SeparateChannels);
        m_serve.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")),
                      {QStringLiteral("serve"), QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_serve.canReadLine() || m_serve.state() == QProcess::NotRunning, 60000);
        const QJsonObject ready = QJsonDocument::fromJson(m_serve.readLine()).object();
        m_port = ready.value(QStringLiteral("port")).toInt();
        QVERIFY2(m_port > 0, m_serve.readAllStandardError().constData());
        QCOMPARE(ready.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);
        m_nam = std::make_unique<QNetworkAccessManager>();

        QVERIFY(enrolAndSignIn(m_a, "zhaoli"));
        QVERIFY(enrolAndSignIn(m_b, "qianwei"));

        // Random photos (the seed printed, to run a failure again).
        const quint32 seed = qEnvironmentVariableIsSet("DOUDI_BLOB_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DOUDI_BLOB_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        auto bytes = [&random](qint64 size) {
            QByteArray b(size, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
            return b;
        };
        m_first = bytes(kFirstSize);
        m_second = bytes(kSecondSize);
        m_wrongSecond = bytes(kSecondSize);
        m_third = bytes(kThirdSize);
        m_firstHash = sha256Of(m_first);
        m_secondHash = sha256Of(m_second);
        m_thirdHash = sha256Of(m_third);
        QVERIFY(m_second != m_wrongSecond);
        m_household = QUuid::createUuid().toString(QUuid::WithoutBraces);
        qInfo("server up, devices enrolled: %.1f s", m_clock.elapsed() / 1000.0);
    }

    void cleanupTestCase()
    {
        m_nam.reset();
        if (m_serve.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_serve.processId()), SIGTERM);
        QVERIFY(m_serve.waitForFinished(60000));
        QCOMPARE(m_serve.exitCode(), 0);
        qInfo("whole test: %.1f s", m_clock.elapsed() / 1000.0);
    }

    // 1. Before its record is pushed, a blob does not exist for anyone, whatever is asked.
    void beforeRecord_is404()
    {
        STEP(verifyError(state(m_a, m_firstHash), 404, QStringLiteral("not_found")));
        STEP(verifyError(chunk(m_a, m_firstHash, 0, m_first.left(kChunk)), 404, QStringLiteral("not_found")));
        STEP(verifyError(data(m_a, m_firstHash), 404, QStringLiteral("not_found")));
        STEP(verifyError(data(m_a, m_firstHash, "bytes=0-99"), 404, QStringLiteral("not_found")));
        // Nor anything that is not a SHA-256 in lower-case hex.
        STEP(verifyError(state(m_a, m_firstHash.toUpper()), 404, QStringLiteral("not_found")));
        STEP(verifyError(state(m_a, m_firstHash.left(63)), 404, QStringLiteral("not_found")));
        STEP(verifyError(chunk(m_a, QStringLiteral("not-a-hash"), 0, "x"), 404, QStringLiteral("not_found")));
        // Without a signed-in user: refused as any data request is.
        Device anonymous = m_a;
        anonymous.token.clear();
        const Answer a = state(anonymous, m_firstHash);
        QVERIFY2(a.status == 401, a.describe().constData());
    }

    // 2. Once the household and the attachment's record are pushed: the county knows the size
    // and holds nothing of it yet (and hands nothing out).
    void afterRecord_stateIsEmpty()
    {
        STEP(push(m_a, {insert(m_a, QStringLiteral("household"), m_household,
                               {{QStringLiteral("area_code"), QStringLiteral("370323102201")},
                                {QStringLiteral("head_name"), QStringLiteral("王五")}}),
                        attachment(m_a, m_firstHash, kFirstSize, QStringLiteral("house front"))}));
        m_firstRecorded = true;
        STEP(verifyState(state(m_a, m_firstHash), m_firstHash, kFirstSize, 0, false));
        STEP(verifyError(data(m_a, m_firstHash), 404, QStringLiteral("not_found")));
        STEP(verifyError(data(m_a, m_firstHash, "bytes=0-99"), 404, QStringLiteral("not_found")));
    }

    // 3. Chunks that continue from what the county holds; one at another offset changes nothing;
    // an upload cut off goes on from what GET says.
    void chunks_continueFromReceived()
    {
        QVERIFY(m_firstRecorded);
        STEP(verifyState(chunk(m_a, m_firstHash, 0, m_first.left(kChunk)), m_firstHash, kFirstSize, kChunk, false));

        // Offset 0 again, with other bytes: where to go on from, nothing written.
        QByteArray other = m_first.left(kChunk);
        other[0] = char(other.at(0) ^ 0xff);
        STEP(verifyState(chunk(m_a, m_firstHash, 0, other), m_firstHash, kFirstSize, kChunk, false));
        // Past what the county holds, and inside the first chunk: the same.
        STEP(verifyState(chunk(m_a, m_firstHash, 2 * kChunk, m_first.mid(2 * kChunk)), m_firstHash, kFirstSize, kChunk, false));
        STEP(verifyState(chunk(m_a, m_firstHash, 100, m_first.mid(100, kChunk)), m_firstHash, kFirstSize, kChunk, false));
        STEP(verifyState(chunk(m_a, m_firstHash, kChunk + 1, m_first.mid(kChunk + 1, 1000)), m_firstHash, kFirstSize, kChunk,
                         false));
        STEP(verifyState(state(m_a, m_firstHash), m_firstHash, kFirstSize, kChunk, false));
        // Incomplete: not handed out.
        STEP(verifyError(data(m_a, m_firstHash, "bytes=0-99"), 404, QStringLiteral("not_found")));

        STEP(verifyState(chunk(m_a, m_firstHash, kChunk, m_first.mid(kChunk, kChunk)), m_firstHash, kFirstSize, 2 * kChunk,
                         false));

        // The link drops; on a new connection the laptop asks where to go on from.
        m_nam = std::make_unique<QNetworkAccessManager>();
        const Answer where = state(m_a, m_firstHash);
        STEP(verifyState(where, m_firstHash, kFirstSize, 2 * kChunk, false));
        qint64 at = where.number("received");
        Answer last;
        while (at < kFirstSize) {
            last = chunk(m_a, m_firstHash, at, m_first.mid(at, kChunk));
            QVERIFY2(last.status == 200, last.describe().constData());
            QVERIFY(last.number("received") > at);
            at = last.number("received");
        }
        STEP(verifyState(last, m_firstHash, kFirstSize, kFirstSize, true));
        STEP(verifyState(state(m_a, m_firstHash), m_firstHash, kFirstSize, kFirstSize, true));
        m_firstComplete = true;

        // A complete blob takes nothing more, at any offset.
        STEP(verifyState(chunk(m_a, m_firstHash, 0, other), m_firstHash, kFirstSize, kFirstSize, true));
        STEP(verifyState(chunk(m_a, m_firstHash, kFirstSize, "x"), m_firstHash, kFirstSize, kFirstSize, true));
        // What is kept is the photo as sent, none of the chunks at other offsets.
        const Answer whole = data(m_a, m_firstHash);
        QVERIFY2(whole.status == 200, whole.describe().constData());
        QVERIFY(whole.raw == m_first);
    }

    // 4. Reads: by range (206 and Content-Range exactly), clipped at the end; whole (200).
    void rangeReads_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to"); // inclusive
        QTest::newRow("bytes=0-99") << QByteArray("bytes=0-99") << qint64(0) << qint64(99);
        QTest::newRow("bytes=300000-") << QByteArray("bytes=300000-") << qint64(300000) << kFirstSize - 1;
        QTest::newRow("past the end, clipped") << QByteArray("bytes=614300-700000") << qint64(614300) << kFirstSize - 1;
        QTest::newRow("across two chunks") << QByteArray("bytes=262100-262200") << qint64(262100) << qint64(262200);
        QTest::newRow("across three chunks") << QByteArray("bytes=1000-600000") << qint64(1000) << qint64(600000);
        QTest::newRow("one byte") << QByteArray("bytes=0-0") << qint64(0) << qint64(0);
        QTest::newRow("the last byte") << QByteArray("bytes=614399-") << kFirstSize - 1 << kFirstSize - 1;
        QTest::newRow("all of it") << QByteArray("bytes=0-") << qint64(0) << kFirstSize - 1;
    }
    void rangeReads()
    {
        QVERIFY(m_firstComplete);
        QFETCH(QByteArray, range);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const Answer a = data(m_a, m_firstHash, range);
        QVERIFY(a.pinned);
        QVERIFY2(a.status == 206, a.describe().constData());
        QCOMPARE(a.contentRange, QStringLiteral("bytes %1-%2/%3").arg(from).arg(to).arg(kFirstSize).toLatin1());
        QCOMPARE(a.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(qint64(a.raw.size()), to - from + 1);
        QVERIFY(a.raw == m_first.mid(from, to - from + 1));
    }

    void wholeRead_is200()
    {
        QVERIFY(m_firstComplete);
        const Answer a = data(m_a, m_firstHash);
        QVERIFY(a.pinned);
        QVERIFY2(a.status == 200, a.describe().constData());
        QVERIFY2(a.contentRange.isEmpty(), a.contentRange.constData());
        QCOMPARE(a.contentType, QByteArray("application/octet-stream"));
        QCOMPARE(qint64(a.raw.size()), kFirstSize);
        QCOMPARE(sha256Of(a.raw), m_firstHash);
        QVERIFY(a.raw == m_first);
    }

    void malformedRange_is400_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::newRow("not a number") << QByteArray("bytes=abc-");
        QTest::newRow("suffix") << QByteArray("bytes=-100");
        QTest::newRow("two ranges") << QByteArray("bytes=0-1,5-6");
        QTest::newRow("another unit") << QByteArray("items=0-99");
        QTest::newRow("no range") << QByteArray("bytes=");
        QTest::newRow("end before start") << QByteArray("bytes=100-50");
        QTest::newRow("spaces") << QByteArray("bytes = 0-99");
        QTest::newRow("negative") << QByteArray("bytes=-5-10");
        QTest::newRow("eleven digits") << QByteArray("bytes=00000000000-");
        // Not malformed, but wholly past the end: nothing of the photo is there (the server
        // answers 400 rather than HTTP's 416; §8 does not say).
        QTest::newRow("start past the end") << QByteArray("bytes=614400-");
    }
    void malformedRange_is400()
    {
        QVERIFY(m_firstComplete);
        QFETCH(QByteArray, range);
        const Answer a = data(m_a, m_firstHash, range);
        STEP(verifyError(a, 400, QStringLiteral("invalid_input")));
        QVERIFY(a.contentRange.isEmpty());
    }

    // 5. A whole that does not hash to its name: dropped (422 corrupt), the county holds nothing
    // of it, and it is taken again from the start.
    void damagedWhole_is422AndStartsAgain()
    {
        QVERIFY(m_firstRecorded);
        STEP(push(m_a, {attachment(m_a, m_secondHash, kSecondSize, QStringLiteral("signature"))}));
        STEP(verifyState(state(m_a, m_secondHash), m_secondHash, kSecondSize, 0, false));

        // In one chunk.
        STEP(verifyError(chunk(m_a, m_secondHash, 0, m_wrongSecond), 422, QStringLiteral("corrupt")));
        STEP(verifyState(state(m_a, m_secondHash), m_secondHash, kSecondSize, 0, false));
        STEP(verifyError(data(m_a, m_secondHash), 404, QStringLiteral("not_found")));

        // In two, the damage in the first: the second, which makes it whole, is answered 422.
        QByteArray damaged = m_second;
        damaged[10] = char(damaged.at(10) ^ 0x01);
        STEP(verifyState(chunk(m_a, m_secondHash, 0, damaged.left(kChunk)), m_secondHash, kSecondSize, kChunk, false));
        STEP(verifyError(chunk(m_a, m_secondHash, kChunk, damaged.mid(kChunk)), 422, QStringLiteral("corrupt")));
        STEP(verifyState(state(m_a, m_secondHash), m_secondHash, kSecondSize, 0, false));
        // Nothing of the dropped chunks is left to block the offsets they held.
        STEP(verifyState(chunk(m_a, m_secondHash, kChunk, m_second.mid(kChunk)), m_secondHash, kSecondSize, 0, false));

        // Sent again from the start, right: kept.
        STEP(verifyState(chunk(m_a, m_secondHash, 0, m_second.left(kChunk)), m_secondHash, kSecondSize, kChunk, false));
        STEP(verifyState(chunk(m_a, m_secondHash, kChunk, m_second.mid(kChunk)), m_secondHash, kSecondSize, kSecondSize, true));
        const Answer whole = data(m_a, m_secondHash);
        QVERIFY2(whole.status == 200, whole.describe().constData());
        QVERIFY(whole.raw == m_second);
    }

    // 6. A user whose areas do not hold the household: the blob does not exist for them, and
    // nothing they send reaches it.
    void otherTownship_is404()
    {
        QVERIFY(m_firstComplete);
        STEP(verifyError(state(m_b, m_firstHash), 404, QStringLiteral("not_found")));
        STEP(verifyError(chunk(m_b, m_firstHash, 0, m_first.left(kChunk)), 404, QStringLiteral("not_found")));
        STEP(verifyError(chunk(m_b, m_firstHash, kFirstSize, "x"), 404, QStringLiteral("not_found")));
        STEP(verifyError(data(m_b, m_firstHash), 404, QStringLiteral("not_found")));
        STEP(verifyError(data(m_b, m_firstHash, "bytes=0-99"), 404, QStringLiteral("not_found")));
        // The same not found as for a blob nobody recorded: nothing learnt.
        const Answer theirs = state(m_b, m_firstHash), nobodys = state(m_b, sha256Of("nobody's"));
        QCOMPARE(theirs.status, nobodys.status);
        QCOMPARE(theirs.body.value(QStringLiteral("error")), nobodys.body.value(QStringLiteral("error")));
        // Its own user still sees it, whole.
        STEP(verifyState(state(m_a, m_firstHash), m_firstHash, kFirstSize, kFirstSize, true));

        // A blob of the household not sent yet: the other township's chunk is not taken.
        const QByteArray unsent = m_third.right(4096);
        const QString unsentHash = sha256Of(unsent);
        STEP(push(m_a, {attachment(m_a, unsentHash, unsent.size(), QStringLiteral("fingerprint"))}));
        STEP(verifyError(chunk(m_b, unsentHash, 0, unsent), 404, QStringLiteral("not_found")));
        STEP(verifyError(state(m_b, unsentHash), 404, QStringLiteral("not_found")));
        STEP(verifyState(state(m_a, unsentHash), unsentHash, unsent.size(), 0, false));
    }

    // 7. Chunks of 1 byte to 1 MB, never past the blob's size, at an offset that is a number.
    void chunkLimits_are400()
    {
        QVERIFY(m_firstRecorded);
        const qint64 mb = protocol::kMaxChunkBytes;
        QCOMPARE(mb, qint64(1024 * 1024));
        STEP(push(m_a, {attachment(m_a, m_thirdHash, kThirdSize, QStringLiteral("scanned form"))}));
        // Larger than 1 MB, in a blob that has room for it.
        STEP(verifyError(chunk(m_a, m_thirdHash, 0, m_third.left(mb + 1)), 400, QStringLiteral("invalid_input")));
        STEP(verifyState(state(m_a, m_thirdHash), m_thirdHash, kThirdSize, 0, false));
        // Empty.
        STEP(verifyError(chunk(m_a, m_thirdHash, 0, QByteArray()), 400, QStringLiteral("invalid_input")));
        // No offset, or one that is not a number or negative.
        for (const QString &query : {QString(), QStringLiteral("?offset="), QStringLiteral("?offset=abc"),
                                     QStringLiteral("?offset=-1"), QStringLiteral("?from=0")}) {
            const Answer a = send("POST", QStringLiteral("/v1/blobs/") + m_thirdHash + query, &m_a, m_third.left(1000),
                                  {{"Content-Type", "application/octet-stream"}});
            STEP(verifyError(a, 400, QStringLiteral("invalid_input")));
        }
        STEP(verifyState(state(m_a, m_thirdHash), m_thirdHash, kThirdSize, 0, false));
        // Exactly 1 MB: taken.
        STEP(verifyState(chunk(m_a, m_thirdHash, 0, m_third.left(mb)), m_thirdHash, kThirdSize, mb, false));
        // The rest and one byte more: past the size.
        STEP(verifyError(chunk(m_a, m_thirdHash, mb, m_third.mid(mb) + 'x'), 400, QStringLiteral("invalid_input")));
        STEP(verifyState(state(m_a, m_thirdHash), m_thirdHash, kThirdSize, mb, false));
        // The rest: whole.
        STEP(verifyState(chunk(m_a, m_thirdHash, mb, m_third.mid(mb)), m_thirdHash, kThirdSize, kThirdSize, true));
        QVERIFY(data(m_a, m_thirdHash).raw == m_third);
        const Answer tail = data(m_a, m_thirdHash, "bytes=1048570-1048580");
        QVERIFY2(tail.status == 206, tail.describe().constData());
        QCOMPARE(tail.contentRange, QByteArray("bytes 1048570-1048580/1572864"));
        QVERIFY(tail.raw == m_third.mid(1048570, 11));

        // A body over the whole size of a fresh blob, at offset 0, in one chunk of less than 1 MB.
        const QByteArray small = m_first.left(1000);
        STEP(push(m_a, {attachment(m_a, sha256Of(small), small.size(), QStringLiteral("thumbnail"))}));
        STEP(verifyError(chunk(m_a, sha256Of(small), 0, small + 'x'), 400, QStringLiteral("invalid_input")));
        STEP(verifyState(state(m_a, sha256Of(small)), sha256Of(small), small.size(), 0, false));
        STEP(verifyState(chunk(m_a, sha256Of(small), 0, small), sha256Of(small), small.size(), small.size(), true));
    }

    // 8. A record whose size the county does not take: its blob is refused (400), or unknown
    // (404) were the record itself refused; never a failure of the server.
    void recordWithOddSize_isRefused_data()
    {
        QTest::addColumn<QJsonValue>("size");
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("negative") << QJsonValue(-5);
        QTest::newRow("past 8 MB") << QJsonValue(double(protocol::kMaxBlobBytes + 1));
        QTest::newRow("text") << QJsonValue(QStringLiteral("abc"));
        QTest::newRow("fraction") << QJsonValue(1.5);
    }
    void recordWithOddSize_isRefused()
    {
        QVERIFY(m_firstRecorded);
        QFETCH(QJsonValue, size);
        const QByteArray bytes = QTest::currentDataTag() + QByteArray(" photo");
        const QString hash = sha256Of(bytes);
        protocol::Op op = attachment(m_a, hash, 1, QStringLiteral("odd"));
        op.changedFields.insert(QStringLiteral("size"), size);
        const Answer pushed = send("POST", QStringLiteral("/v1/push"), &m_a,
                                   QJsonDocument(protocol::PushRequest{{op}}.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(pushed.status == 200,
                 pushed.describe().constData()); // applied, or refused in its answer
        const Answer answers[] = {state(m_a, hash), chunk(m_a, hash, 0, bytes), data(m_a, hash, "bytes=0-")};
        for (const Answer &a : answers) {
            QVERIFY(a.pinned);
            QVERIFY2(a.status == 400 || a.status == 404, a.describe().constData());
            if (a.status == 400)
                QCOMPARE(a.code(), QStringLiteral("invalid_input"));
        }
    }

    // A record with an odd size naming a blob the county holds whole, pushed by any device of the
    // areas (each of them pulls the attachment records, hashes and all): the blob stays there.
    void oddRecord_leavesAnotherBlobAlone()
    {
        QVERIFY(m_firstRecorded);
        STEP(verifyState(state(m_a, m_secondHash), m_secondHash, kSecondSize, kSecondSize, true));
        protocol::Op op = attachment(m_a, m_secondHash, kSecondSize, QStringLiteral("copy"));
        op.changedFields.insert(QStringLiteral("size"), QStringLiteral("abc"));
        const Answer pushed = send("POST", QStringLiteral("/v1/push"), &m_a,
                                   QJsonDocument(protocol::PushRequest{{op}}.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(pushed.status == 200, pushed.describe().constData());
        // The push refuses the odd record in its answer (PushMerge), so nothing names the blob
        // with that size; the blob and its good record are as they were.
        QVERIFY2(pushed.raw.contains("refused"), pushed.describe().constData());
        const Answer after = state(m_a, m_secondHash);
        QVERIFY2(after.status == 200 && after.body.value(QStringLiteral("complete")).toBool(), after.describe().constData());
        const Answer whole = data(m_a, m_secondHash);
        QVERIFY2(whole.status == 200 && whole.raw == m_second, whole.describe().left(200).constData());
    }

    // Two records of one hash that disagree on its size (one of them wrong, but a whole number):
    // each size is an upload of its own, the wrong one never completes, the right one does.
    void recordsThatDisagreeOnSize_delayButNeverDamage()
    {
        QVERIFY(m_firstRecorded);
        const QByteArray bytes = m_first.left(5000);
        const QString hash = sha256Of(bytes);
        STEP(push(m_a, {attachment(m_a, hash, 6000, QStringLiteral("wrong size"))}));
        STEP(push(m_a, {attachment(m_a, hash, 5000, QStringLiteral("right size"))}));
        m_sizes.insert(hash, 6000);
        STEP(verifyState(chunk(m_a, hash, 0, bytes), hash, 6000, 5000, false));
        STEP(verifyError(data(m_a, hash), 404, QStringLiteral("not_found")));
        m_sizes.insert(hash, 5000);
        STEP(verifyState(state(m_a, hash), hash, 5000, 0, false));
        STEP(verifyState(chunk(m_a, hash, 0, bytes), hash, 5000, 5000, true));
        const Answer whole = data(m_a, hash);
        QVERIFY2(whole.status == 200 && whole.raw == bytes, whole.describe().left(200).constData());
        // A size no record gives is unknown.
        m_sizes.insert(hash, 4000);
        STEP(verifyError(state(m_a, hash), 404, QStringLiteral("not_found")));
    }

    void serverStillAnswers()
    {
        const Answer a = send("GET", QStringLiteral("/v1/status"), nullptr);
        QVERIFY(a.pinned);
        QCOMPARE(a.status, 200);
        QCOMPARE(m_serve.state(), QProcess::Running);
        qInfo("requests done: %.1f s", m_clock.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TstServerBlobs)
#include "tst_serverblobs.moc"
