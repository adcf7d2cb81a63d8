// Transfers that go on where a cut left them (issue 12), against a county server of the test's
// own, with SyncEngine in this process over a transport that cuts the requests the test picks:
// - a new laptop's first sync from the county's snapshot (docs/sync-protocol.md §9): a
//   township's households made on one laptop and pushed, then a new laptop of the township
//   starts from the snapshot, its download cut three times, and never starts over;
//   DOUDI_SNAPSHOT_HOUSEHOLDS sets the size (5 000 by hand; fewer in CI);
// - a 1 MiB photo's upload (§8) cut at every 10 % of its bytes, re-sending at most one chunk
//   each time.
#include "identity/areacode.h"
#include "integration/county.h"
#include "security/secretstore.h"
#include "services/demodata.h"
#include "services/householdservice.h"
#include "services/profileservice.h"
#include "services/sessionaccess.h"
#include "services/syncservice.h"
#include "storage/database.h"
#include "sync/blobtransfer.h"
#include "sync/httpstransport.h"
#include "sync/snapshotfetch.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace doudi::core;
using namespace doudi::test;

namespace {

// HttpsTransport that lets the snapshot's ranges through, except those it is told to cut: the
// county sends them, and the laptop sees the connection reset before it has the whole answer.
class SnapshotCutter : public SyncTransport
{
public:
    SnapshotCutter(SyncTransport &inner, QSet<int> cut) : m_inner(inner), m_cut(std::move(cut)) {}
    Result<Reply> request(const QString &path, const QByteArray &body, const Headers &headers) override
    {
        if (!path.startsWith(QLatin1String("/v1/snapshot/")))
            return m_inner.request(path, body, headers);
        for (const auto &[name, value] : headers) {
            if (name == "Range")
                ranges << QString::fromLatin1(value);
        }
        Result<Reply> reply = m_inner.request(path, body, headers);
        if (reply)
            bytes += reply->body.size();
        if (m_cut.contains(++m_ranges)) {
            lost += reply ? reply->body.size() : 0;
            return Error(ErrorCode::Busy, QStringLiteral("connection reset (the test's cut)"));
        }
        return reply;
    }
    void prefetch(const QString &path, const Headers &headers) override { m_inner.prefetch(path, headers); }
    Counters counters() const override { return m_inner.counters(); }

    QStringList ranges; // every Range asked for, in order
    qint64 bytes = 0;   // of the snapshot the county sent, cut or not
    qint64 lost = 0;    // of it in the replies cut

private:
    SyncTransport &m_inner;
    QSet<int> m_cut; // which snapshot requests (1, 2, …) are cut
    int m_ranges = 0;
};

// HttpsTransport that cuts the upload of each photo of `size` bytes once: the n-th photo it sees
// at n tenths of its bytes. The chunk that holds that byte is lost, before the county has it
// (odd n) or after, its answer lost on the way back (even n).
class UploadCutter : public SyncTransport
{
public:
    UploadCutter(SyncTransport &inner, qint64 size) : m_inner(inner), m_size(size) {}
    Result<Reply> request(const QString &path, const QByteArray &body, const Headers &headers) override
    {
        const QUrlQuery query(QUrl(path).query());
        if (!path.startsWith(QLatin1String("/v1/blobs/")) || body.isEmpty() ||
            query.queryItemValue(QStringLiteral("size")).toLongLong() != m_size)
            return m_inner.request(path, body, headers);
        const QString photo = QUrl(path).path();
        if (!m_tenth.contains(photo))
            m_tenth.insert(photo, int(m_tenth.size()) + 1);
        const int n = m_tenth.value(photo);
        const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
        sent[n] += body.size();
        const qint64 at = m_size * n / 10;
        if (n > 9 || m_cut.contains(n) || at < offset || at >= offset + body.size())
            return m_inner.request(path, body, headers);
        m_cut.insert(n);
        if (n % 2 == 0)
            (void)m_inner.request(path, body, headers); // the county has it; its answer is lost
        return Error(ErrorCode::Busy, QStringLiteral("connection reset (the test's cut at %1 tenths)").arg(n));
    }
    void prefetch(const QString &path, const Headers &headers) override { m_inner.prefetch(path, headers); }
    Counters counters() const override { return m_inner.counters(); }
    int cuts() const { return int(m_cut.size()); }

    QMap<int, qint64> sent; // bytes of chunks the laptop tried to send, cut or not, by photo

private:
    SyncTransport &m_inner;
    qint64 m_size;
    QHash<QString, int> m_tenth; // photo (its path) → the tenth it is cut at
    QSet<int> m_cut;
};

} // namespace

class TestSyncResume : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    County m_county;
    const QString m_user = QStringLiteral("zhaoli");
    const QString m_password = QStringLiteral("river-2026-pass");
    int m_households = 0;

    QString join(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        Result<SyncService::Joined> joined =
            SyncService::join(dir, m_county.url(), m_county.enrolCode(name), m_user, m_password, name);
        return joined ? dir : QString();
    }
    static QString state(Session &s, const QString &key)
    {
        return SyncState(SessionAccess::profile(s).database()).value(key).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOUDI_KEYCHAIN", "off"); // the device credential in the profile
        QVERIFY(m_tmp.isValid());
        // Run as root (CI), the server's private cluster runs as an unprivileged user who must reach it.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QVERIFY(m_county.start(m_tmp.filePath(QStringLiteral("county"))));
        QVERIFY(m_county.addUser(m_user, QString::fromUtf8("赵丽"), QStringLiteral("township_head"),
                                 QStringLiteral("370323102000"), m_password.toUtf8()));
        m_households = qEnvironmentVariableIntValue("DOUDI_SNAPSHOT_HOUSEHOLDS");
        if (m_households <= 0)
            m_households = 5000;

        // The township's households, made on one laptop and pushed.
        const QString a = join(QStringLiteral("laptop-a"));
        QVERIFY(!a.isEmpty());
        std::unique_ptr<Session> session = ProfileService::unlock(a, m_user, m_password).value();
        DemoData demo(AreaRegistry::builtIn(), 20261202);
        demo.limitTo({QStringLiteral("370323102")});
        QList<Household> made;
        for (int i = 0; i < m_households; ++i)
            made << demo.household();
        QVERIFY(HouseholdService(*session).importMany(made, 5000));
        Result<SyncReport> pushed = SyncService(*session).syncNow();
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().fullText()));
    }

    // Cut at the 2nd, 4th and 6th range request: each round ends there, and the next asks for
    // the bytes after the last range that came whole; the whole download costs the snapshot
    // once, plus the ranges cut.
    void snapshot_cutThreeTimes_goesOnFromWhereItStopped()
    {
        const QString b = join(QStringLiteral("laptop-b"));
        QVERIFY(!b.isEmpty());
        std::unique_ptr<Session> session = ProfileService::unlock(b, m_user, m_password).value();
        Profile &profile = SessionAccess::profile(*session);
        HttpsTransport https(QUrl(state(*session, QStringLiteral("server_url"))), state(*session, QStringLiteral("fingerprint")));
        SnapshotCutter cutting(https, {2, 4, 6});
        NoSecretStore secrets(QStringLiteral("test"));

        int rounds = 0;
        QStringList cutRanges, resumedRanges; // the range each cut fell in; the first asked for after it
        Result<SyncReport> last = Error(ErrorCode::Busy, QStringLiteral("not run"));
        for (; rounds < 10; ++rounds) {
            const qsizetype before = cutting.ranges.size();
            last = SyncEngine(profile.database(), profile.changes(), cutting, secrets, m_user).run();
            if (rounds > 0)
                resumedRanges << cutting.ranges.value(before);
            if (last)
                break;
            QVERIFY2(last.error().code() == ErrorCode::Busy, qPrintable(last.error().fullText()));
            QVERIFY2(state(*session, QStringLiteral("snapshot")).count(u' ') == 2, "the download is under way");
            cutRanges << cutting.ranges.constLast();
        }
        QVERIFY2(last, last ? "" : qPrintable(last.error().fullText()));
        const qint64 whole = cutting.ranges.constLast().section(u'-', 1).toLongLong() + 1;
        QVERIFY2(whole > 3 * SnapshotFetch::kRangeBytes, "a snapshot of at least four ranges (more households)");
        QCOMPARE(rounds, 3); // three cut rounds, then one that ends
        QCOMPARE(state(*session, QStringLiteral("snapshot")), QStringLiteral("done"));
        QCOMPARE(last->diverged, false);
        QCOMPARE(last->rescanned, false); // the county's check agrees at once

        // Never from the start: each round after a cut asked again for the range cut, and for
        // nothing before it; what came down twice is the ranges cut.
        QCOMPARE(resumedRanges, cutRanges);
        QCOMPARE(cutting.bytes - cutting.lost, whole);
        qInfo("snapshot: %d households, %lld bytes, %lld range requests, %lld bytes again after 3 cuts", m_households, whole,
              qint64(cutting.ranges.size()), cutting.lost);

        // Everything came: as many households as were made, and the same count as the county.
        Result<QList<HouseholdSummary>> list = HouseholdService(*session).list(0, m_households + 10);
        QVERIFY(list);
        QCOMPARE(list->size(), m_households);
    }

    // A laptop that joins after: the same snapshot (made within the hour), then what changed.
    void snapshot_secondLaptopGetsTheSame_thenIncrements()
    {
        const QString a = m_tmp.filePath(QStringLiteral("laptop-a"));
        {
            std::unique_ptr<Session> session = ProfileService::unlock(a, m_user, m_password).value();
            DemoData demo(AreaRegistry::builtIn(), 20261203);
            demo.limitTo({QStringLiteral("370323102")});
            QVERIFY(HouseholdService(*session).importMany({demo.household()}, 1));
            QVERIFY(SyncService(*session).syncNow());
        }
        const QString c = join(QStringLiteral("laptop-c"));
        QVERIFY(!c.isEmpty());
        std::unique_ptr<Session> session = ProfileService::unlock(c, m_user, m_password).value();
        Result<SyncReport> r = SyncService(*session).syncNow();
        QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
        QVERIFY(r->snapshotPages > 0);
        QCOMPARE(r->rescanned, false);
        Result<QList<HouseholdSummary>> list = HouseholdService(*session).list(0, m_households + 10);
        QVERIFY(list);
        QCOMPARE(list->size(), m_households + 1);
        // A second round asks for no snapshot again.
        Result<SyncReport> again = SyncService(*session).syncNow();
        QVERIFY(again);
        QCOMPARE(again->snapshotPages, 0);
        QCOMPARE(again->snapshotBytes, qint64(0));
    }

    // A home visit's photo of 1 MiB, its upload cut at every tenth of its bytes: each round
    // after a cut goes on from what the county holds, and re-sends at most the chunk cut.
    void photoUpload_cutAtEveryTenth_resendsAtMostOneChunkEachTime()
    {
        const QString a = m_tmp.filePath(QStringLiteral("laptop-a"));
        const Laptop cliA{a, m_user, m_password.toUtf8()};
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(cli(cliA, {QStringLiteral("policy"), QStringLiteral("import"),
                            QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")})
                     .exit,
                 0);
        const QString household = cli(cliA, {QStringLiteral("household"), QStringLiteral("list")})
                                      .json()
                                      .toArray()
                                      .at(0)[QStringLiteral("id")]
                                      .toString();
        const Run made = cli(cliA, {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--household"), household,
                                    QStringLiteral("--programme"), QStringLiteral("tekun"), QStringLiteral("--date"), today});
        QVERIFY2(made.exit == 0, made.err.constData());
        const QString caseId = made.json().toObject().value(QStringLiteral("id")).toString();
        for (const char *step : {"accept", "start_investigation"})
            QCOMPARE(cli(cliA, {QStringLiteral("case"), QStringLiteral("advance"), caseId, QLatin1String(step),
                                QStringLiteral("--date"), today})
                         .exit,
                     0);
        // Nine photos of 1 MiB (random bytes: a photo does not compress), and the signatures.
        constexpr qint64 kPhoto = 1024 * 1024;
        QRandomGenerator random(20261202);
        QStringList args{QStringLiteral("case"),
                         QStringLiteral("visit"),
                         caseId,
                         QStringLiteral("--date"),
                         today,
                         QStringLiteral("--data"),
                         QStringLiteral("{\"investigators\":[\"zhaoli\",\"qianwu\"],\"findings\":\"老人独居，无劳动能力。\"}")};
        QList<std::pair<QString, qint64>> files;
        for (int i = 1; i <= 9; ++i)
            files.append({QStringLiteral("photo-%1.jpg").arg(i), kPhoto});
        files.append({QStringLiteral("zhaoli.png"), 3000});
        files.append({QStringLiteral("qianwu.png"), 3100});
        files.append({QStringLiteral("interviewee.png"), 2900});
        for (const auto &[name, size] : std::as_const(files)) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            QFile f(m_tmp.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
            if (size == kPhoto)
                args << QStringLiteral("--photo") << f.fileName();
            else
                args << QStringLiteral("--signature") << name.section(u'.', 0, 0) + u'=' + f.fileName();
        }
        const Run visited = cli(cliA, args);
        QVERIFY2(visited.exit == 0, visited.err.constData());

        std::unique_ptr<Session> session = ProfileService::unlock(a, m_user, m_password).value();
        Profile &profile = SessionAccess::profile(*session);
        HttpsTransport https(QUrl(state(*session, QStringLiteral("server_url"))), state(*session, QStringLiteral("fingerprint")));
        UploadCutter cutting(https, kPhoto);
        NoSecretStore secrets(QStringLiteral("test"));
        int rounds = 0;
        Result<SyncReport> last = Error(ErrorCode::Busy, QStringLiteral("not run"));
        for (; rounds < 20; ++rounds) {
            last = SyncEngine(profile.database(), profile.changes(), cutting, secrets, m_user).run();
            if (last)
                break;
            QVERIFY2(last.error().code() == ErrorCode::Busy, qPrintable(last.error().fullText()));
        }
        QVERIFY2(last, last ? "" : qPrintable(last.error().fullText()));
        QCOMPARE(cutting.cuts(), 9);
        QCOMPARE(rounds, 9); // nine cut rounds, then one that ends
        QCOMPARE(last->blobsWaiting, 0);
        QVERIFY(last->blobsSent >= 1); // the last photo, at least
        // Each photo went once, plus the chunk cut when the county never had it (odd tenths);
        // when it had it and only the answer was lost (even), nothing went twice.
        for (auto it = cutting.sent.cbegin(); it != cutting.sent.cend(); ++it) {
            const qint64 again = it.value() - kPhoto;
            qInfo("photo %d, cut at %d tenths: %lld bytes sent again", it.key(), it.key(), again);
            if (it.key() % 2 == 1)
                QVERIFY(again > 0 && again <= BlobTransfer::kChunkBytes);
            else
                QCOMPARE(again, qint64(0));
        }
        // Nothing is left to send.
        Result<SyncReport> after = SyncEngine(profile.database(), profile.changes(), cutting, secrets, m_user).run();
        QVERIFY(after);
        QCOMPARE(after->blobsSent, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncResume)
#include "tst_syncresume.moc"
