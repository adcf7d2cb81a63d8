// Doudi's run of shared/syncbench (issue 11): the scenario of its bench.js — two laptops and
// one county server, N household records, edits, concurrent edits, photos — played through
// Doudi's own sync (SyncService over pinned HTTPS), through the syncbench link emulator, with
// the same phases, edit plan and result rows as the PouchDB baseline (its README, section 6).
// It is DOUDI_BENCH_CMD for run.sh; bench/syncbench/run-doudi runs both systems. Prints the
// rows as JSON lines and appends them to $SB_RESULTS; never asserts a time.
//
//   bench_syncbench --enrol FILE [--records records.jsonl | --syncbench DIR]
//
// Environment (as run.sh gives it): SB_PROFILE, SB_N, SB_SERVER_PORT (the counters only),
// SB_LINK_PORT, SB_LINK_CONTROL, SB_DATA (devices A and B), SB_RESULTS, PHASE_TIMEOUT_S;
// VERBOSE=1 prints every failed attempt. --enrol is the file bench/syncbench/doudi-serve
// wrote (users, passwords, one-time codes). Without --records the records come from
// `node DIR/dataset.js N` (DIR: --syncbench, default the current folder, as run.sh runs it)
// and are checked against the SHA-256 that the syncbench README gives for N = 1000, 2000 and
// 10000.
//
// How a dataset record becomes a Doudi household (one to one; every field travels):
//   _id       -> the household's id, made by Doudi's id generator as the app's intake makes
//                one (ADR 0013), as are its members' and its income's ids
//   area      -> area_code: c01 is 沂源县 (370323), t00..t11 its twelve townships in code
//                order, v000..v096 villages 201..297 of that township
//   head_name, members[].name -> Chinese names (Wang 王, Wei 伟, "Wang Weifang" 王伟芳)
//   head_id, members[].id_no  -> valid 18-character ID numbers of 370323: the birth year is
//                the member's `born` (the head's from its digits), month, day and sequence
//                from the record's digits, and the check character computed
//   phone     -> phone (a mobile number: a second digit 0-2 becomes 7-9)
//   address   -> address in Chinese ("North lane 204, group 11" 北巷204号11组)
//   members[].rel -> relation (spouse, child, parent, sibling), the head "head"
//   income    -> one household income of kind "other", annual_fen = income × 100
//   housing, benefits, updated_by, notes -> the household's note, as
//                "housing=…;benefits=…;updated_by=…;notes=…" (Doudi has no such fields)
// The edit values of the scenario are written as they are ("19900000000", "A-address", …).
#include "common/randomsource.h"
#include "identity/idnumber.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/session.h"
#include "services/syncservice.h"
#include "sync/enrolmentcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace doudi::core;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

[[noreturn]] void die(const QString &message)
{
    err() << "bench_syncbench: " << message << Qt::endl;
    std::exit(3);
}

// ---------- the scenario's settings (syncbench's run.sh gives them as the environment) ----------
struct Config
{
    QString profile;
    int n = 0;
    int serverPort = 0;
    int linkPort = 0;
    int linkControl = 0;
    QString data;
    QString results;
    qint64 phaseTimeoutMs = 0;
    QString enrolFile;
    QString recordsFile;
    QString syncbenchDir;
    bool verbose = false;
};

int envInt(const char *name, int fallback = -1)
{
    bool ok = false;
    const int v = qEnvironmentVariable(name).toInt(&ok);
    if (!ok && fallback < 0)
        die(QStringLiteral("$%1 is not set (run me from syncbench's run.sh, README section 6)").arg(QLatin1String(name)));
    return ok ? v : fallback;
}

QString envText(const char *name)
{
    QString v = qEnvironmentVariable(name);
    if (v.isEmpty())
        die(QStringLiteral("$%1 is not set (run me from syncbench's run.sh, README section 6)").arg(QLatin1String(name)));
    return v;
}

// ---------- the records: dataset.js's output, one JSON object a line ----------
const QHash<int, QByteArray> kDatasetSha256 = {
    {1000, "820f5e6b0d906bb9f8d4bff33c755315e9fe1fa8d8e24c02380cda1039654f5d"},
    {2000, "ed054bac8c4ac83ef43d99717a881f07f0075ba37c55b6d8143c72ca6b352c62"},
    {10000, "80429fd6553b4029d3ff5360c571f0bd1a325b0ec0d3223c275361d3256527ba"},
};

QList<QJsonObject> loadRecords(const Config &c)
{
    QByteArray bytes;
    if (!c.recordsFile.isEmpty()) {
        QFile f(c.recordsFile);
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(c.recordsFile));
        bytes = f.readAll();
    } else {
        QProcess node;
        node.setWorkingDirectory(c.syncbenchDir);
        node.start(QStringLiteral("node"), {QStringLiteral("dataset.js"), QString::number(c.n)});
        if (!node.waitForFinished(300000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
            die(QStringLiteral("node dataset.js %1 failed in %2: %3")
                    .arg(c.n)
                    .arg(c.syncbenchDir, QString::fromLocal8Bit(node.readAllStandardError())));
        bytes = node.readAllStandardOutput();
    }
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (kDatasetSha256.contains(c.n) && sha != kDatasetSha256.value(c.n))
        die(QStringLiteral("the records' SHA-256 is %1, not syncbench's %2 for N = %3")
                .arg(QString::fromLatin1(sha), QString::fromLatin1(kDatasetSha256.value(c.n)))
                .arg(c.n));
    QList<QJsonObject> out;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (!d.isObject())
            die(QStringLiteral("record %1 is not a JSON object: %2").arg(out.size()).arg(e.errorString()));
        out << d.object();
    }
    if (out.size() != c.n)
        die(QStringLiteral("%1 records, not N = %2").arg(out.size()).arg(c.n));
    return out;
}

// ---------- a dataset record as a Doudi household ----------
// Ids as the app's intake makes them (ADR 0013): the household's here, its members' by
// Household::fromJson, its income's by the repository.

// dataset.js's twelve townships, t00..t11, are 沂源县's in code order.
const QStringList kTownships = {QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("102"), QStringLiteral("103"),
                                QStringLiteral("104"), QStringLiteral("105"), QStringLiteral("106"), QStringLiteral("107"),
                                QStringLiteral("108"), QStringLiteral("109"), QStringLiteral("110"), QStringLiteral("111")};

QString areaCodeOf(const QString &area)
{
    static const QRegularExpression re(QStringLiteral("^c01/t(\\d\\d)/v(\\d\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(area);
    const int t = m.captured(1).toInt(), v = m.captured(2).toInt();
    if (!m.hasMatch() || t >= kTownships.size() || v > 96)
        die(QStringLiteral("unexpected area %1").arg(area));
    return QStringLiteral("370323") + kTownships.at(t) + QStringLiteral("%1").arg(201 + v, 3, 10, QLatin1Char('0'));
}

const QHash<QString, QString> kSurnames = {
    {QStringLiteral("Wang"), QStringLiteral("王")},  {QStringLiteral("Li"), QStringLiteral("李")},
    {QStringLiteral("Zhang"), QStringLiteral("张")}, {QStringLiteral("Liu"), QStringLiteral("刘")},
    {QStringLiteral("Chen"), QStringLiteral("陈")},  {QStringLiteral("Yang"), QStringLiteral("杨")},
    {QStringLiteral("Zhao"), QStringLiteral("赵")},  {QStringLiteral("Huang"), QStringLiteral("黄")},
    {QStringLiteral("Zhou"), QStringLiteral("周")},  {QStringLiteral("Wu"), QStringLiteral("吴")}};
const QList<QPair<QString, QString>> kGivenNames = {
    {QStringLiteral("Wei"), QStringLiteral("伟")},   {QStringLiteral("Fang"), QStringLiteral("芳")},
    {QStringLiteral("Na"), QStringLiteral("娜")},    {QStringLiteral("Min"), QStringLiteral("敏")},
    {QStringLiteral("Jing"), QStringLiteral("静")},  {QStringLiteral("Lei"), QStringLiteral("磊")},
    {QStringLiteral("Qiang"), QStringLiteral("强")}, {QStringLiteral("Yan"), QStringLiteral("燕")},
    {QStringLiteral("Jun"), QStringLiteral("军")},   {QStringLiteral("Hua"), QStringLiteral("华")},
    {QStringLiteral("Ping"), QStringLiteral("平")},  {QStringLiteral("Gang"), QStringLiteral("刚")}};

// "Wang Weifang" -> 王伟芳: dataset.js's surname, a given name and maybe a second one, lower case.
QString chineseName(const QString &name)
{
    const qsizetype space = name.indexOf(u' ');
    QString out = kSurnames.value(name.left(space));
    QString rest = name.mid(space + 1);
    for (int part = 0; part < 2 && !rest.isEmpty(); ++part) {
        for (const auto &[pinyin, han] : kGivenNames) {
            const QString p = part == 0 ? pinyin : pinyin.toLower();
            if (rest.startsWith(p)) {
                out += han;
                rest = rest.mid(p.size());
                break;
            }
        }
    }
    if (space < 0 || out.size() < 2 || !rest.isEmpty())
        die(QStringLiteral("unexpected name %1").arg(name));
    return out;
}

QString chineseAddress(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^(East|West|North|South) lane (\\d+), group (\\d+)$"));
    static const QHash<QString, QString> side = {{QStringLiteral("East"), QStringLiteral("东")},
                                                 {QStringLiteral("West"), QStringLiteral("西")},
                                                 {QStringLiteral("North"), QStringLiteral("北")},
                                                 {QStringLiteral("South"), QStringLiteral("南")}};
    const QRegularExpressionMatch m = re.match(address);
    if (!m.hasMatch())
        die(QStringLiteral("unexpected address %1").arg(address));
    return side.value(m.captured(1)) + QStringLiteral("巷") + m.captured(2) + QStringLiteral("号") + m.captured(3) +
           QStringLiteral("组");
}

QString mobile(const QString &phone)
{
    QString p = phone;
    if (p.size() == 11 && p.at(1) < u'3')
        p[1] = QChar(p.at(1).unicode() + 7);
    return p;
}

// An ID number of 沂源县 from the record's 18 random digits: born in bornYear (the head: a
// year from the digits), month, day and sequence from the digits, the check character computed.
QString idNumber(const QString &digits, int bornYear, const QSet<QString> &taken)
{
    const int year = bornYear > 0 ? bornYear : 1940 + digits.mid(0, 2).toInt() % 60;
    const int month = 1 + digits.mid(2, 2).toInt() % 12;
    const int day = 1 + digits.mid(4, 2).toInt() % 28;
    for (int seq = digits.mid(6, 3).toInt();; seq = (seq + 1) % 1000) {
        const QString first17 = QStringLiteral("370323%1%2%3%4")
                                    .arg(year, 4, 10, QLatin1Char('0'))
                                    .arg(month, 2, 10, QLatin1Char('0'))
                                    .arg(day, 2, 10, QLatin1Char('0'))
                                    .arg(seq, 3, 10, QLatin1Char('0'));
        QString id = first17 + IdNumber::checkCharacter(first17);
        if (!taken.contains(id))
            return id;
    }
}

// The note carries the fields Doudi's household has no place for.
QString noteOf(const QString &housing, const QString &benefits, const QString &updatedBy, const QString &notes)
{
    return QStringLiteral("housing=%1;benefits=%2;updated_by=%3;notes=%4").arg(housing, benefits, updatedBy, notes);
}

QHash<QString, QString> parseNote(const QString &note)
{
    QHash<QString, QString> out;
    for (const QString &part : note.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            out.insert(part.left(eq), part.mid(eq + 1));
    }
    return out;
}

QString setInNote(const QString &note, const QString &key, const QString &value)
{
    QHash<QString, QString> f = parseNote(note);
    f.insert(key, value);
    return noteOf(f.value(QStringLiteral("housing")), f.value(QStringLiteral("benefits")), f.value(QStringLiteral("updated_by")),
                  f.value(QStringLiteral("notes")));
}

Household toHousehold(const QJsonObject &r, const QString &id)
{
    const QString key = r.value(QStringLiteral("_id")).toString();
    QJsonArray members;
    QSet<QString> idNumbers;
    const auto member = [&](const QString &name, const QString &relation, const QString &digits, int born) {
        const QString number = idNumber(digits, born, idNumbers);
        idNumbers.insert(number);
        members.append(QJsonObject{{QStringLiteral("name"), chineseName(name)},
                                   {QStringLiteral("relation"), relation},
                                   {QStringLiteral("id_number"), number}});
    };
    member(r.value(QStringLiteral("head_name")).toString(), QStringLiteral("head"), r.value(QStringLiteral("head_id")).toString(),
           -1);
    const QJsonArray dm = r.value(QStringLiteral("members")).toArray();
    for (int i = 0; i < dm.size(); ++i) {
        const QJsonObject m = dm.at(i).toObject();
        member(m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("rel")).toString(),
               m.value(QStringLiteral("id_no")).toString(), m.value(QStringLiteral("born")).toInt());
    }
    QStringList benefits;
    for (const QJsonValue &b : r.value(QStringLiteral("benefits")).toArray())
        benefits << b.toString();
    const QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("area_code"), areaCodeOf(r.value(QStringLiteral("area")).toString())},
        {QStringLiteral("registration"), QStringLiteral("rural")},
        {QStringLiteral("address"), chineseAddress(r.value(QStringLiteral("address")).toString())},
        {QStringLiteral("phone"), mobile(r.value(QStringLiteral("phone")).toString())},
        {QStringLiteral("note"),
         noteOf(r.value(QStringLiteral("housing")).toString(), benefits.join(u','),
                r.value(QStringLiteral("updated_by")).toString(), r.value(QStringLiteral("notes")).toString())},
        {QStringLiteral("members"), members},
        {QStringLiteral("incomes"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("other")},
                                {QStringLiteral("annual_fen"), r.value(QStringLiteral("income")).toInt() * 100}}}},
    };
    QList<FieldError> errors;
    Result<Household> h = Household::fromJson(json, &errors);
    if (!h)
        die(QStringLiteral("record %1 is not a valid household: %2").arg(key, h.error().fullText()));
    return *h;
}

// dataset.js's edit plan
QString datasetId(int i)
{
    return QStringLiteral("hh-%1").arg(i, 6, 10, QLatin1Char('0'));
}
QStringList editIds(int n)
{
    const int nEdit = std::min(1000, n);
    QStringList out;
    for (int k = 0; k < nEdit; ++k)
        out << datasetId(k * (n / nEdit));
    return out;
}
QStringList concIds(int n)
{
    QStringList out;
    for (int i = 0; i < 50; ++i)
        out << datasetId(n - 1 - 3 * i);
    return out;
}
const QString kPhoneA = QStringLiteral("19900000000");
const QString kAddressA = QStringLiteral("A-address");
const QString kHousingB = QStringLiteral("B-housing");
const QString kAddressB = QStringLiteral("B-address");

// ---------- the counters: the link's control port (HTTP) and the server's (HTTPS, pinned) ----------
class Counters
{
public:
    Counters(const Config &c, QByteArray pin) : m_c(c), m_pin(std::move(pin)) {}

    void reset()
    {
        call(QStringLiteral("http://127.0.0.1:%1/reset").arg(m_c.linkControl), true);
        call(QStringLiteral("https://127.0.0.1:%1/_bench/reset").arg(m_c.serverPort), true);
    }
    QJsonObject link() { return call(QStringLiteral("http://127.0.0.1:%1/stats").arg(m_c.linkControl), false); }
    QJsonObject server()
    {
        return call(QStringLiteral("https://127.0.0.1:%1/_bench/stats").arg(m_c.serverPort), false)
            .value(QStringLiteral("reqStats"))
            .toObject();
    }

private:
    QJsonObject call(const QString &url, bool post)
    {
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(30000);
        QNetworkReply *reply = post ? m_nam.post(request, QByteArray()) : m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
            // The server's self-signed certificate, trusted as the laptops trust it: by its pin.
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).startsWith(m_pin))
                reply->ignoreSslErrors(errors);
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const bool ok = reply->error() == QNetworkReply::NoError;
        const QString why = reply->errorString();
        reply->deleteLater();
        if (!ok)
            die(QStringLiteral("%1: %2").arg(url, why));
        return QJsonDocument::fromJson(body).object();
    }

    const Config &m_c;
    QByteArray m_pin;
    QNetworkAccessManager m_nam;
};

// ---------- a device: a laptop profile of its own, joined to the county through the link ----------
struct Device
{
    QString name;
    QString dir;
    QString user;
    QString password;
    std::unique_ptr<Session> session;
    std::unique_ptr<HouseholdService> households;
    std::unique_ptr<SyncService> sync;
};

void join(Device &d, const QString &url, const QJsonObject &enrol, const QString &label)
{
    d.user = enrol.value(QStringLiteral("user")).toString();
    d.password = enrol.value(QStringLiteral("password")).toString();
    const QString code = enrol.value(QStringLiteral("device")).toObject().value(QStringLiteral("code")).toString();
    Result<SyncService::Joined> joined = SyncService::join(d.dir, url, code, d.user, d.password, label);
    if (!joined)
        die(QStringLiteral("%1 did not join the county: %2").arg(d.name, joined.error().fullText()));
    Result<std::unique_ptr<Session>> s = ProfileService::unlock(d.dir, d.user, d.password);
    if (!s)
        die(QStringLiteral("%1: %2").arg(d.name, s.error().fullText()));
    d.session = std::move(*s);
    d.households = std::make_unique<HouseholdService>(*d.session);
    d.sync = std::make_unique<SyncService>(*d.session);
}

void save(Device &d, QList<Household> households)
{
    Result<int> saved = d.households->importMany(std::move(households), 1000);
    if (!saved)
        die(QStringLiteral("%1 could not save: %2").arg(d.name, saved.error().fullText()));
}

Household load(Device &d, const QString &id)
{
    Result<Household> h = d.households->get(id);
    if (!h)
        die(QStringLiteral("%1 has no household %2: %3").arg(d.name, id, h.error().fullText()));
    return *h;
}

// What the synchronisations of one phase did, summed over their rounds.
struct Outcome
{
    bool completed = true;
    int attempts = 0;
    int failures = 0;
    QString lastError;
    SyncReport total;
};

// A round (push, then pull) retried until it reports complete, as bench.js retries a
// replication: 500 ms apart, at most 300 attempts or until the phase's deadline.
void syncUntilDone(Device &d, qint64 deadline, const Config &c, Outcome &o)
{
    for (int tries = 0;; ++tries) {
        if (!o.completed)
            return;
        if (QDateTime::currentMSecsSinceEpoch() >= deadline || tries >= 300) {
            o.completed = false;
            return;
        }
        ++o.attempts;
        Result<SyncReport> r = d.sync->syncNow();
        if (r) {
            o.total.pushed += r->pushed;
            o.total.conflicts += r->conflicts;
            o.total.refused += r->refused;
            o.total.pulled += r->pulled;
            o.total.blobsSent += r->blobsSent;
            o.total.held = r->held;
            o.total.rescanned = o.total.rescanned || r->rescanned;
            o.total.diverged = o.total.diverged || r->diverged;
            o.total.traffic.requests += r->traffic.requests;
            o.total.traffic.bytesUp += r->traffic.bytesUp;
            o.total.traffic.bytesDown += r->traffic.bytesDown;
            return;
        }
        ++o.failures;
        o.lastError = r.error().fullText();
        if (c.verbose)
            err() << "  " << d.name << " attempt " << o.attempts << ": " << o.lastError << Qt::endl;
        if (QDateTime::currentMSecsSinceEpoch() < deadline)
            QThread::msleep(500);
    }
}

Outcome syncAll(const QList<Device *> &order, const Config &c)
{
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + c.phaseTimeoutMs;
    Outcome o;
    for (Device *d : order)
        syncUntilDone(*d, deadline, c, o);
    return o;
}

// Content without the revision: what bench.js compares between A and B.
QJsonValue withoutRevision(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(withoutRevision(x));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("created_hlc") &&
            it.key() != QLatin1String("updated_hlc"))
            out.insert(it.key(), withoutRevision(it.value()));
    }
    return out;
}

QHash<QString, QByteArray> contents(Device &d)
{
    QHash<QString, QByteArray> out;
    for (int offset = 0;; offset += 1000) {
        Result<QList<HouseholdSummary>> page = d.households->list(offset, 1000);
        if (!page)
            die(QStringLiteral("%1: %2").arg(d.name, page.error().fullText()));
        for (const HouseholdSummary &s : std::as_const(*page))
            out.insert(s.id, QJsonDocument(withoutRevision(load(d, s.id).toJson()).toObject()).toJson(QJsonDocument::Compact));
        if (page->size() < 1000)
            return out;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("enrol"), QStringLiteral("The file bench/syncbench/doudi-serve wrote."), QStringLiteral("file")});
    p.addOption({QStringLiteral("records"), QStringLiteral("records.jsonl (node dataset.js N)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("syncbench"), QStringLiteral("The syncbench folder (default: the current one)."),
                 QStringLiteral("dir"), QDir::currentPath()});
    p.process(app);

    Config c;
    c.profile = envText("SB_PROFILE");
    c.n = envInt("SB_N");
    c.serverPort = envInt("SB_SERVER_PORT");
    c.linkPort = envInt("SB_LINK_PORT");
    c.linkControl = envInt("SB_LINK_CONTROL");
    c.data = envText("SB_DATA");
    c.results = envText("SB_RESULTS");
    c.phaseTimeoutMs = qint64(envInt("PHASE_TIMEOUT_S", 900)) * 1000;
    c.enrolFile = p.value(QStringLiteral("enrol"));
    c.recordsFile = p.value(QStringLiteral("records"));
    c.syncbenchDir = p.value(QStringLiteral("syncbench"));
    c.verbose = !qEnvironmentVariableIsEmpty("VERBOSE");
    if (c.n < 150)
        die(QStringLiteral("N must be at least 150"));

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString run = started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QElapsedTimer whole;
    whole.start();

    QFile enrolFile(c.enrolFile);
    if (!enrolFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read the enrolment file %1 (--enrol; doudi-serve writes it)").arg(c.enrolFile));
    const QJsonObject enrol = QJsonDocument::fromJson(enrolFile.readAll()).object();
    Result<EnrolmentCode> firstCode = EnrolmentCode::parse(enrol.value(QStringLiteral("a"))
                                                               .toObject()
                                                               .value(QStringLiteral("device"))
                                                               .toObject()
                                                               .value(QStringLiteral("code"))
                                                               .toString());
    if (!firstCode)
        die(QStringLiteral("the enrolment file holds no code: %1").arg(firstCode.error().fullText()));
    Counters counters(c, firstCode->fingerprintPrefix);
    const QString linkProfile = counters.link().value(QStringLiteral("profile")).toString();
    if (linkProfile != c.profile)
        die(QStringLiteral("the link at %1 runs profile %2, not %3").arg(c.linkPort).arg(linkProfile, c.profile));

    const QList<QJsonObject> records = loadRecords(c);
    QHash<QString, QString> uuidOf; // dataset id -> household id

    // Both laptops reach the county only through the link.
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(c.linkPort);
    Device A{QStringLiteral("A"), QDir(c.data).filePath(QStringLiteral("laptop-A")), {}, {}, {}, {}, {}};
    Device B{QStringLiteral("B"), QDir(c.data).filePath(QStringLiteral("laptop-B")), {}, {}, {}, {}, {}};
    join(A, url, enrol.value(QStringLiteral("a")).toObject(), QStringLiteral("syncbench laptop A"));
    join(B, url, enrol.value(QStringLiteral("b")).toObject(), QStringLiteral("syncbench laptop B"));

    QFile results(c.results);
    if (!results.open(QIODevice::Append | QIODevice::Text))
        die(QStringLiteral("cannot append to %1").arg(c.results));
    const auto emitRow = [&](QJsonObject row) {
        row.insert(QStringLiteral("run"), run);
        const QByteArray line = QJsonDocument(row).toJson(QJsonDocument::Compact);
        QTextStream(stdout) << line << Qt::endl;
        results.write(line + '\n');
        results.flush();
    };
    const auto base = [&](const QString &step) {
        return QJsonObject{{QStringLiteral("system"), QStringLiteral("doudi")},
                           {QStringLiteral("profile"), c.profile},
                           {QStringLiteral("n"), c.n},
                           {QStringLiteral("step"), step}};
    };
    // One measured phase, as bench.js measures it: counters zeroed, the clock around the
    // synchronisations alone, then both counters read; `after` adds fields from local reads.
    const auto phase = [&](const QString &step, const std::function<Outcome()> &fn,
                           const std::function<QJsonObject()> &after = {}) {
        counters.reset();
        QElapsedTimer t;
        t.start();
        const Outcome o = fn();
        const qint64 ms = t.elapsed();
        const QJsonObject reqs = counters.server();
        const QJsonObject link = counters.link();
        int httpReqs = 0;
        for (const QJsonValue &v : reqs)
            httpReqs += v.toInt();
        QJsonObject row = base(step);
        row.insert(QStringLiteral("completed"), o.completed);
        row.insert(QStringLiteral("wall_s"), double(qRound64(double(ms) / 10.0)) / 100.0);
        row.insert(QStringLiteral("http_reqs"), httpReqs);
        for (const char *k : {"up_bytes", "down_bytes", "tcp_conns", "drops"})
            row.insert(QLatin1String(k), link.value(QLatin1String(k)));
        row.insert(QStringLiteral("attempts"), o.attempts);
        row.insert(QStringLiteral("tls"), true);
        row.insert(QStringLiteral("requests_by_endpoint"), reqs);
        row.insert(QStringLiteral("ops_pushed"), o.total.pushed);
        row.insert(QStringLiteral("op_conflicts"), o.total.conflicts);
        row.insert(QStringLiteral("records_pulled"), o.total.pulled);
        // The bodies as the transport sent and received them (deflated), without headers and TLS.
        row.insert(QStringLiteral("body_up_bytes"), double(o.total.traffic.bytesUp));
        row.insert(QStringLiteral("body_down_bytes"), double(o.total.traffic.bytesDown));
        if (o.total.refused)
            row.insert(QStringLiteral("refused"), o.total.refused);
        if (o.total.blobsSent)
            row.insert(QStringLiteral("blobs_sent"), o.total.blobsSent);
        if (o.total.rescanned)
            row.insert(QStringLiteral("rescanned"), true);
        if (o.total.diverged)
            row.insert(QStringLiteral("diverged"), true);
        if (o.failures) {
            row.insert(QStringLiteral("failed_attempts"), o.failures);
            row.insert(QStringLiteral("last_error"), o.lastError);
            row.insert(QStringLiteral("partial_counts"),
                       QStringLiteral("ops_pushed, op_conflicts, records_pulled and body_*_bytes count the rounds that "
                                      "completed: a failed round reports nothing of what it did"));
        }
        if (after) {
            const QJsonObject extra = after();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                row.insert(it.key(), it.value());
        }
        emitRow(row);
        if (!o.completed)
            die(QStringLiteral("phase %1 did not complete; stopping").arg(step));
        return row;
    };

    // 1. A stores the N records (batches of 1 000, not timed), then A -> server, server -> B.
    {
        QList<Household> all;
        all.reserve(records.size());
        for (const QJsonObject &r : records) {
            const QString id = RandomSource::uuidString();
            uuidOf.insert(r.value(QStringLiteral("_id")).toString(), id);
            all << toHousehold(r, id);
        }
        save(A, std::move(all));
    }
    phase(QStringLiteral("initial_push"), [&] { return syncAll({&A}, c); });
    phase(QStringLiteral("initial_pull"), [&] { return syncAll({&B}, c); });

    // 2. A edits min(1000, N) records: income + 1, updated_by "cw-A".
    {
        QList<Household> edited;
        for (const QString &key : editIds(c.n)) {
            Household h = load(A, uuidOf.value(key));
            h.incomes[0].annualFen += 100;
            h.note = setInNote(h.note, QStringLiteral("updated_by"), QStringLiteral("cw-A"));
            edited << h;
        }
        save(A, std::move(edited));
    }
    phase(QStringLiteral("edit_push"), [&] { return syncAll({&A}, c); });
    phase(QStringLiteral("edit_pull"), [&] { return syncAll({&B}, c); });

    // 3. A and B edit the same 50 records while apart: 25 on different fields, 25 on the same one.
    const QStringList conc = concIds(c.n);
    {
        QList<Household> onA, onB;
        for (int i = 0; i < conc.size(); ++i) {
            Household a = load(A, uuidOf.value(conc.at(i)));
            Household b = load(B, uuidOf.value(conc.at(i)));
            a.phone = kPhoneA;
            if (i >= 25)
                a.address = kAddressA;
            if (i < 25)
                b.note = setInNote(b.note, QStringLiteral("housing"), kHousingB);
            else
                b.address = kAddressB;
            onA << a;
            onB << b;
        }
        save(A, std::move(onA));
        save(B, std::move(onB));
    }
    phase(
        QStringLiteral("concurrent_sync"),
        [&] {
            return syncAll({&A, &B, &A, &B}, c);
        },
        [&] {
            // On device A, from its own store: the record as A shows it, and the conflicts it lists.
            Result<QList<protocol::Conflict>> open = A.sync->conflicts(true);
            if (!open)
                die(open.error().fullText());
            QHash<QString, QList<protocol::Conflict>> byHousehold;
            for (const protocol::Conflict &k : std::as_const(*open))
                byHousehold[k.householdId.isEmpty() ? k.recordId : k.householdId] << k;
            int hidden = 0, surfaced = 0, addressKept = 0;
            for (int i = 0; i < conc.size(); ++i) {
                const Household h = load(A, uuidOf.value(conc.at(i)));
                const QList<protocol::Conflict> ks = byHousehold.value(h.meta.id);
                if (!ks.isEmpty())
                    ++surfaced;
                if (h.phone != kPhoneA)
                    ++hidden; // A's phone edit (all 50)
                if (i < 25 && parseNote(h.note).value(QStringLiteral("housing")) != kHousingB)
                    ++hidden; // B's housing edit (the 25 different-field records)
                if (i >= 25) {
                    // The real conflict: one address shown, the other kept for a person to resolve.
                    QSet<QString> values{h.address};
                    for (const protocol::Conflict &k : ks) {
                        if (k.field == QLatin1String("address"))
                            values << k.mine.toString() << k.theirs.toString();
                    }
                    if (values.contains(kAddressA) && values.contains(kAddressB))
                        ++addressKept;
                }
            }
            return QJsonObject{{QStringLiteral("conflicts_surfaced"), surfaced},
                               {QStringLiteral("hidden_edits"), hidden},
                               {QStringLiteral("conflicts_open_on_A"), int(open->size())},
                               {QStringLiteral("both_addresses_kept"), addressKept}};
        });

    // 4. Photos (dataset's att-0 … att-9, each one photo of 1 MiB of random bytes): a home
    // visit to one of A's households with ten such photos, recorded as the app records one
    // (not timed: the county's policy imported, an application taken to the investigation,
    // the visit signed on paper), then A -> server. The photos' bytes go after their records,
    // by hash, in chunks that go on after a reset (docs/sync-protocol.md §8).
    {
        PolicyService policy(*A.session);
        if (Result<StoredPolicy> imported = policy.importFile(QStringLiteral(DOUDI_POLICY_FILE)); !imported)
            die(QStringLiteral("policy: %1").arg(imported.error().fullText()));
        CaseService cases(*A.session);
        const QDate today = QDate::currentDate();
        Result<Case> visited = cases.create(uuidOf.value(datasetId(0)), CaseProgramme::Dibao, false, today);
        for (const char *step : {"accept", "start_investigation"}) {
            if (visited)
                visited = cases.advance(visited->id, {QLatin1String(step), {}}, today);
        }
        CaseService::VisitInput visit;
        visit.date = today;
        visit.investigators = {QStringLiteral("赵丽"), QStringLiteral("钱武")};
        visit.signedOnPaper = true;
        for (int i = 0; i < 10; ++i) {
            QByteArray photo(1024 * 1024, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
            visit.photosJpeg << photo;
        }
        if (visited)
            visited = cases.recordVisit(visited->id, visit, today);
        if (!visited)
            die(QStringLiteral("the home visit with photos: %1").arg(visited.error().fullText()));
    }
    phase(
        QStringLiteral("photos_push"), [&] { return syncAll({&A}, c); },
        [&] {
            return QJsonObject{{QStringLiteral("photos"), 10}};
        });

    // 5. Verify (not measured): B pulls once more; the households on A, on B and on the server
    // (counted by a third laptop, C, that pulls everything straight from the server).
    Outcome last = syncAll({&B}, c);
    Device C{QStringLiteral("C"), QDir(c.data).filePath(QStringLiteral("laptop-C")), {}, {}, {}, {}, {}};
    join(C, QStringLiteral("https://127.0.0.1:%1").arg(c.serverPort), enrol.value(QStringLiteral("c")).toObject(),
         QStringLiteral("syncbench verify C"));
    Outcome counted = syncAll({&C}, c);
    const auto count = [](Device &d) {
        Result<qint64> n = d.households->count();
        if (!n)
            die(n.error().fullText());
        return *n;
    };
    const qint64 docsA = count(A), docsB = count(B), docsServer = count(C);
    const QHash<QString, QByteArray> ca = contents(A), cb = contents(B);
    QSet<QString> ids(ca.keyBegin(), ca.keyEnd());
    ids.unite(QSet<QString>(cb.keyBegin(), cb.keyEnd()));
    int mismatch = 0;
    for (const QString &id : std::as_const(ids))
        mismatch += ca.value(id) != cb.value(id) ? 1 : 0;
    QJsonObject verify = base(QStringLiteral("verify"));
    verify.insert(QStringLiteral("completed"), last.completed && counted.completed);
    verify.insert(QStringLiteral("docs_A"), docsA);
    verify.insert(QStringLiteral("docs_B"), docsB);
    verify.insert(QStringLiteral("docs_server"), docsServer);
    verify.insert(QStringLiteral("records_missing"), std::max({docsA, docsB, docsServer}) - std::min({docsA, docsB, docsServer}));
    verify.insert(QStringLiteral("a_b_mismatch"), mismatch);
    verify.insert(QStringLiteral("tls"), true);
    verify.insert(QStringLiteral("note"),
                  QStringLiteral("households (the 10 photos are a visit's attachments, not households); "
                                 "docs_server counted by a third laptop pulling straight from the server"));
    if (last.total.diverged || counted.total.diverged)
        verify.insert(QStringLiteral("diverged"), true);
    emitRow(verify);

    for (Device *d : {&A, &B, &C})
        d->session->lock();
    err() << "doudi " << c.profile << " N=" << c.n << ": " << QString::number(double(whole.elapsed()) / 1000.0, 'f', 1)
          << " s in all; rows appended to " << c.results << Qt::endl;
    return 0;
}
