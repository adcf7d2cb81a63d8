#include "integration/county.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

// doudi-cli driven as a script would: real processes, the real key derivation, real files.
class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_cli;
    QString m_profile;
    QString m_recoveryCode;
    const QByteArray m_password = "river-2026-pass";
    QString m_now; // the day doudi-cli takes for today (DOUDI_TEST_NOW), when set

    using Run = doudi::test::Run;

    Run run(const QStringList &args, const QByteArray &password = {}, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOUDI_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("DOUDI_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("DOUDI_PASSWORD"), QString::fromUtf8(password));
        if (!m_now.isEmpty())
            env.insert(QStringLiteral("DOUDI_TEST_NOW"), m_now);
        p.setProcessEnvironment(env);
        p.start(m_cli, args);
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList profileArgs(const QString &dir = {}) const
    {
        return {QStringLiteral("--profile"), dir.isEmpty() ? m_profile : dir};
    }

    int householdCount(const QString &dir = {})
    {
        const Run r = run(QStringList{QStringLiteral("unlock-check")} + profileArgs(dir), m_password);
        return r.exit == 0 ? r.json()[QStringLiteral("households")].toInt() : -1;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("DOUDI_CLI");
        QVERIFY2(QFile::exists(m_cli), "DOUDI_CLI must name the doudi-cli binary");
        m_profile = m_tmp.filePath(QStringLiteral("profile"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--profile"), m_profile, QStringLiteral("--user"),
                           QStringLiteral("zhang"), QStringLiteral("--area"), QStringLiteral("370323102000")},
                          m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        m_recoveryCode = r.json()[QStringLiteral("recovery_code")].toString();
        QCOMPARE(m_recoveryCode.size(), 29);
    }

    // Issue 17: typed at a terminal, the password is asked for and not shown. Run under a
    // pseudo-terminal: everything the terminal displays is read back.
    void passwordAtATerminal_isAskedForAndNotShown()
    {
        int master = -1;
        const QByteArray cli = m_cli.toLocal8Bit(), profile = m_profile.toLocal8Bit();
        // Everything the child needs made before the fork: after it, only exec.
        QByteArrayList environment{"DOUDI_LANG=en"};
        for (const QString &v : QProcessEnvironment::systemEnvironment().toStringList()) {
            if (!v.startsWith(QLatin1String("DOUDI_PASSWORD=")) && !v.startsWith(QLatin1String("DOUDI_LANG=")))
                environment << v.toLocal8Bit();
        }
        std::vector<char *> envp;
        for (QByteArray &v : environment)
            envp.push_back(v.data());
        envp.push_back(nullptr);
        const char *argv[] = {cli.constData(), "unlock-check", "--profile", profile.constData(), nullptr};
        const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(child >= 0);
        if (child == 0) {
            execve(cli.constData(), const_cast<char **>(argv), envp.data());
            _exit(127);
        }
        QByteArray shown;
        const auto readFor = [&](int ms, const QByteArray &until) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms && (until.isEmpty() || !shown.contains(until))) {
                pollfd fd{master, POLLIN, 0};
                if (poll(&fd, 1, 100) <= 0)
                    continue;
                char buffer[4096];
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n <= 0)
                    break; // the child has ended (EIO)
                shown.append(buffer, n);
            }
        };
        readFor(30000, "Password: ");
        QVERIFY2(shown.contains("Password: "), shown.constData());
        QCOMPARE(::write(master, m_password.constData(), size_t(m_password.size())), ssize_t(m_password.size()));
        QCOMPARE(::write(master, "\n", 1), ssize_t(1));
        readFor(120000, {});
        int status = 0;
        pid_t ended = 0;
        for (int i = 0; i < 100 && (ended = waitpid(child, &status, WNOHANG)) == 0; ++i)
            QTest::qWait(100);
        if (ended != child) { // still waiting for its password: say so rather than hang
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
        }
        ::close(master);
        QCOMPARE(ended, child);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, shown.constData());
        QVERIFY2(shown.contains("\"households\""), shown.constData());
        QVERIFY2(!shown.contains(m_password), shown.constData()); // never echoed
    }

    // An installed program says what it is (issue 15): its name and the project's version.
    void version_namesTheProgramAndItsVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out, QByteArray("doudi-cli " DOUDI_VERSION "\n"));
    }

    void addedHousehold_isNowhereInPlainText()
    {
        QFile json(m_tmp.filePath(QStringLiteral("household.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(sampleHouseholdJson()).toJson());
        json.close();
        Run r = run(QStringList{QStringLiteral("household"), QStringLiteral("add"), json.fileName()} + profileArgs(), m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QString id = r.json()[QStringLiteral("id")].toString();
        // Password on the first line of standard input, then the JSON.
        r = run(
            QStringList{QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("-")} + profileArgs(), {},
            m_password + '\n' +
                QJsonDocument(withMemberField(sampleHouseholdJson(1), 0, QStringLiteral("phone"), QStringLiteral("13900001111")))
                    .toJson());
        QVERIFY2(r.exit == 0, r.err.constData());
        r = run(QStringList{QStringLiteral("household"), QStringLiteral("show"), id} + profileArgs(), m_password);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json()[QStringLiteral("members")][0][QStringLiteral("name")].toString(), QString::fromUtf8("张桂英"));

        const QString backup = m_tmp.filePath(QStringLiteral("backup.doudibak"));
        QCOMPARE(run(QStringList{QStringLiteral("backup"), backup} + profileArgs(), m_password).exit, 0);

        const QList<QByteArray> secrets = {QString::fromUtf8("张桂英").toUtf8(),
                                           QString::fromUtf8("李建国").toUtf8(),
                                           "370323196603151046",
                                           "13562345678",
                                           "13900001111",
                                           QByteArray(reinterpret_cast<const char *>(QString::fromUtf8("张桂英").utf16()), 6)};
        const QStringList files = {m_profile + QStringLiteral("/doudi.db"), m_profile + QStringLiteral("/doudi.db-wal"),
                                   m_profile + QStringLiteral("/doudi.keys"), backup};
        int checked = 0;
        for (const QString &f : files) {
            const QByteArray bytes = fileBytes(f);
            if (bytes.isEmpty())
                continue;
            ++checked;
            QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(f));
            for (const QByteArray &s : secrets)
                QVERIFY2(!bytes.contains(s), qPrintable(f + QStringLiteral(" contains personal data")));
        }
        QVERIFY(checked >= 3);
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (!sqlite.isEmpty()) {
            QProcess p;
            p.start(sqlite, {m_profile + QStringLiteral("/doudi.db"), QStringLiteral("SELECT count(*) FROM sqlite_master;")});
            p.waitForFinished();
            QVERIFY(p.exitCode() != 0);
            QVERIFY(p.readAllStandardError().contains("not a database"));
        }
    }

    void wrongPassword_refused_recoveryCodeUnlocks()
    {
        Run r = run(QStringList{QStringLiteral("unlock-check")} + profileArgs(), "not-the-password");
        QCOMPARE(r.exit, 4);
        QVERIFY(r.err.contains("wrong_credentials"));
        QProcessEnvironment env;
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DOUDI_RECOVERY_CODE"), m_recoveryCode.toLower());
        e.remove(QStringLiteral("DOUDI_PASSWORD"));
        p.setProcessEnvironment(e);
        p.start(m_cli, QStringList{QStringLiteral("unlock-check"), QStringLiteral("--recovery-code")} + profileArgs());
        p.waitForFinished(60000);
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(run(QStringList{QStringLiteral("unlock-check")} + profileArgs(), m_password).exit, 0);
    }

    void badInput_clearErrorAndNothingSaved_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QJsonObject s = sampleHouseholdJson();
        QTest::newRow("invalid ID")
            << QJsonDocument(withMemberField(s, 1, QStringLiteral("id_number"), QStringLiteral("370323196408201037"))).toJson();
        QTest::newRow("impossible date") << QJsonDocument(
                                                withMemberField(withMemberField(s, 2, QStringLiteral("id_number"), QString()), 2,
                                                                QStringLiteral("birth_date"), QStringLiteral("2019-02-29")))
                                                .toJson();
        QJsonObject neg = s;
        neg.insert(QStringLiteral("incomes"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("wages")},
                                                                     {QStringLiteral("annual_fen"), -1}}});
        QTest::newRow("negative income") << QJsonDocument(neg).toJson();
        QTest::newRow("10000-character name")
            << QJsonDocument(withMemberField(s, 3, QStringLiteral("name"), QString(10000, QChar(0x738B)))).toJson();
        QTest::newRow("SQL metacharacters") << QJsonDocument(withMemberField(s, 0, QStringLiteral("name"),
                                                                             QStringLiteral("'); DELETE FROM households;--")))
                                                   .toJson();
        QTest::newRow("emoji")
            << QJsonDocument(withMemberField(s, 0, QStringLiteral("name"), QString::fromUtf8("张桂英🙂"))).toJson();
        QTest::newRow("not JSON") << QByteArray("{\"members\": [");
        QTest::newRow("array, not object") << QByteArray("[1,2,3]");
    }
    void badInput_clearErrorAndNothingSaved()
    {
        QFETCH(QByteArray, input);
        const int before = householdCount();
        QVERIFY(before > 0);
        const Run r = run(QStringList{QStringLiteral("household"), QStringLiteral("add")} + profileArgs(), m_password, input);
        QCOMPARE(r.exit, 3);
        const QJsonObject err = QJsonDocument::fromJson(r.err).object()[QStringLiteral("error")].toObject();
        QCOMPARE(err[QStringLiteral("code")].toString(), QStringLiteral("invalid_input"));
        QVERIFY(err[QStringLiteral("message")].toString().size() > 10);
        QCOMPARE(householdCount(), before);
    }

    // Issue 17: every command that works on a profile unlocks it the same way (withSession),
    // so each gives the same answer without one, and writes nothing. (The wrong password is
    // tested once, in wrongPassword_refused_recoveryCodeUnlocks: repeated, it locks the user out.)
    void profileCommands_answerAlikeWhenTheProfileCannotBeUnlocked_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = m_tmp.filePath(QStringLiteral("never-written"));
        const QList<QStringList> commands = {
            {QStringLiteral("audit"), QStringLiteral("verify")},
            {QStringLiteral("backup"), out},
            {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("x")},
            {QStringLiteral("demo")},
            {QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("--out"), out},
            {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11")},
            {QStringLiteral("household"), QStringLiteral("list")},
            {QStringLiteral("import"), out},
            {QStringLiteral("policy"), QStringLiteral("show")},
            {QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("approval"), QStringLiteral("--case"),
             QStringLiteral("x"), QStringLiteral("--out"), out},
            {QStringLiteral("document"), QStringLiteral("list")},
            {QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("2026-01-01")},
            {QStringLiteral("sync")},
            {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), out},
            {QStringLiteral("conflicts"), QStringLiteral("list")},
            {QStringLiteral("unlock-check")},
            {QStringLiteral("user"), QStringLiteral("list")},
        };
        for (const QStringList &c : commands)
            QTest::newRow(qPrintable(c.join(u' '))) << c;
    }
    void profileCommands_answerAlikeWhenTheProfileCannotBeUnlocked()
    {
        QFETCH(QStringList, args);
        const Run r = run(args + profileArgs(m_tmp.filePath(QStringLiteral("no-profile-here"))), m_password);
        QCOMPARE(r.exit, 5);
        QCOMPARE(r.error()[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
        QVERIFY2(r.error()[QStringLiteral("message")].toString().startsWith(QStringLiteral("There is no profile in")),
                 r.err.constData());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never-written"))));
    }

    void validateId_answersWithoutAProfile()
    {
        Run r = run({QStringLiteral("validate-id"), QStringLiteral("11010519491231002x")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json()[0][QStringLiteral("birth_date")].toString(), QStringLiteral("1949-12-31"));
        r = run({QStringLiteral("validate-id"), QStringLiteral("110105194902300021")});
        QCOMPARE(r.exit, 3);
        QCOMPARE(run({QStringLiteral("no-such-command")}).exit, 2);
    }

    void assess_answersWithProgrammeAmountAndTrace()
    {
        QFile json(m_tmp.filePath(QStringLiteral("assess.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(sampleHouseholdJson()).toJson());
        json.close();
        // Demo policy, rural standard 801.00, 4 members, nobody employed (no employment cost).
        Run r = run({QStringLiteral("assess"), json.fileName(), QStringLiteral("--date"), QStringLiteral("2026-03-01")});
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonValue a = r.json();
        QCOMPARE(a[QStringLiteral("programme")].toString(), QStringLiteral("dibao"));
        // 4 × 801.00 − 8500.00/12 = 3204.00 − 708.333… = 2495.666…; top-ups: 李建国 physical
        // grade 2 (0.2 × 801 = 160.20), 李浩然 minor (80.10), 王秀兰 elderly (80.10):
        // 2495.6667 + 320.40 = 2816.0667 → 2816.07.
        QCOMPARE(a[QStringLiteral("monthly_amount_fen")].toInt(), 281607);
        QVERIFY(a[QStringLiteral("trace")].toArray().size() >= 8);
        r = run({QStringLiteral("assess"), json.fileName(), QStringLiteral("--date"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--explain")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains("Paid as the gap")); // run() asks for English
        r = run({QStringLiteral("assess"), json.fileName(), QStringLiteral("--date"), QStringLiteral("2026-02-30")});
        QCOMPARE(r.exit, 3);
        r = run({QStringLiteral("assess"), json.fileName(), QStringLiteral("--policy"),
                 qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/overlap.json")});
        QCOMPARE(r.exit, 3);
        QVERIFY(r.err.contains("line 5"));
    }

    void policyDiff_listsWhatANewFileChanges_withoutAProfile()
    {
        const QString data = qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/");
        Run r = run({QStringLiteral("policy"), QStringLiteral("diff"), data + QStringLiteral("diff-old.json"),
                     data + QStringLiteral("diff-new.json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonValue d = r.json();
        QCOMPARE(d[QStringLiteral("added")].toInt(), 3);
        QCOMPARE(d[QStringLiteral("removed")].toInt(), 1);
        QCOMPARE(d[QStringLiteral("changed")].toInt(), 1);
        QCOMPARE(d[QStringLiteral("new")][QStringLiteral("title")].toString(),
                 QString::fromUtf8("沂源县社会救助政策参数（2026年7月调标）"));
        const QJsonValue rise = d[QStringLiteral("parameters")][3];
        QCOMPARE(rise[QStringLiteral("key")].toString(), QStringLiteral("dibao.standard.urban"));
        QCOMPARE(rise[QStringLiteral("change")].toString(), QStringLiteral("added"));
        QCOMPARE(rise[QStringLiteral("new")][QStringLiteral("from")].toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(rise[QStringLiteral("new")][QStringLiteral("value")].toString(), QStringLiteral("960.00 yuan"));
        // A broken file is named with its line; a missing one is not found; one file is not enough.
        r = run({QStringLiteral("policy"), QStringLiteral("diff"), data + QStringLiteral("diff-old.json"),
                 data + QStringLiteral("overlap.json")});
        QCOMPARE(r.exit, 3);
        QVERIFY(r.err.contains("overlap.json"));
        QVERIFY(r.err.contains("line 5"));
        r = run({QStringLiteral("policy"), QStringLiteral("diff"), data + QStringLiteral("no-such.json"),
                 data + QStringLiteral("diff-new.json")});
        QCOMPARE(r.exit, 5);
        r = run({QStringLiteral("policy"), QStringLiteral("diff"), data + QStringLiteral("diff-old.json")});
        QCOMPARE(r.exit, 2);
    }

    void policyImport_thenAssessAStoredHousehold()
    {
        const QStringList prof = profileArgs();
        Run r = run(QStringList{QStringLiteral("policy"), QStringLiteral("show")} + prof, m_password);
        QCOMPARE(r.exit, 5); // nothing imported yet
        r = run(QStringList{QStringLiteral("policy"), QStringLiteral("import"),
                            qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/unknown-key.json")} +
                    prof,
                m_password);
        QCOMPARE(r.exit, 3);
        QVERIFY(r.err.contains("line 6"));
        r = run(QStringList{QStringLiteral("policy"), QStringLiteral("import"),
                            qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/policy/assessment-test.json")} +
                    prof,
                m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        r = run(QStringList{QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--area"),
                            QStringLiteral("370323102001"), QStringLiteral("--date"), QStringLiteral("2026-03-01")} +
                    prof,
                m_password);
        QCOMPARE(r.exit, 0);
        bool sawTiers = false;
        for (const QJsonValue &v : r.json().toArray())
            sawTiers = sawTiers || (v[QStringLiteral("key")] == QStringLiteral("dibao.method") &&
                                    v[QStringLiteral("value")] == QStringLiteral("tiers"));
        QVERIFY(sawTiers); // 鲁村镇's own rule wins over the county's

        const Run list = run(QStringList{QStringLiteral("household"), QStringLiteral("list")} + prof, m_password);
        const QString id = list.json()[0][QStringLiteral("id")].toString();
        r = run(QStringList{QStringLiteral("assess"), QStringLiteral("--household"), id, QStringLiteral("--date"),
                            QStringLiteral("2026-03-01")} +
                    prof,
                m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        // The sample lives in 鲁村镇, which pays by tiers under the imported policy (rural
        // 840.00 in 2026): per capita 8500/12/4 = 177.08 < 300 → 600.00 × 4, plus top-ups
        // 0.2 × 840 (李建国), 50.00 (李浩然, minor), 0.1 × 840 (王秀兰): 2400 + 168 + 50 + 84.
        QCOMPARE(r.json()[QStringLiteral("monthly_amount_fen")].toInt(), 270200);
    }

    void caseWalk_fromApplicationToConfirmation()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("caseprofile"));
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("head"),
                     QStringLiteral("--role"), QStringLiteral("township_head"), QStringLiteral("--area"),
                     QStringLiteral("370323102000")},
                    m_password)
                    .exit == 0);
        const QStringList prof = profileArgs(dir);
        QVERIFY(run(QStringList{QStringLiteral("policy"), QStringLiteral("import"),
                                QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")} +
                        prof,
                    m_password)
                    .exit == 0);
        QFile json(m_tmp.filePath(QStringLiteral("case-household.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(sampleHouseholdJson()).toJson());
        json.close();
        const QString hid =
            run(QStringList{QStringLiteral("household"), QStringLiteral("add"), json.fileName()} + prof, m_password)
                .json()[QStringLiteral("id")]
                .toString();
        // Each step is taken on its day (the test clock); a step's --date is that day.
        m_now = QStringLiteral("2026-02-10T09:00:00");
        Run r = run(QStringList{QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--household"), hid,
                                QStringLiteral("--programme"), QStringLiteral("dibao"), QStringLiteral("--date"),
                                QStringLiteral("2026-02-10")} +
                        prof,
                    m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QString id = r.json()[QStringLiteral("id")].toString();
        const auto advance = [&](const char *step, const char *date, const QJsonObject &data = {}) {
            m_now = QString::fromLatin1(date) + QStringLiteral("T09:00:00");
            QStringList a = QStringList{QStringLiteral("case"),    QStringLiteral("advance"), id,
                                        QString::fromLatin1(step), QStringLiteral("--date"),  QString::fromLatin1(date)} +
                            prof;
            if (!data.isEmpty())
                a << QStringLiteral("--data") << QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
            return run(a, m_password);
        };
        QCOMPARE(advance("accept", "2026-02-13").json()[QStringLiteral("deadlines")][QStringLiteral("case")].toString(),
                 QStringLiteral("2026-04-02"));
        r = advance("confirm", "2026-02-13");
        QCOMPARE(r.exit, 3);
        QVERIFY(r.err.contains("not_allowed"));
        QVERIFY(advance("start_investigation", "2026-02-24").exit == 0);
        QCOMPARE(advance("record_check", "2026-02-24").exit, 3); // the check report says nothing
        QVERIFY(advance("record_check", "2026-02-24",
                        {{QStringLiteral("date"), QStringLiteral("2026-02-24")},
                         {QStringLiteral("report_number"), QString::fromUtf8("沂核〔2026〕0188号")},
                         {QStringLiteral("agencies"), QJsonArray{QStringLiteral("tax"), QStringLiteral("real_estate")}},
                         {QStringLiteral("result"), QStringLiteral("consistent")}})
                    .exit == 0);
        QCOMPARE(advance("record_visit", "2026-02-25", {{QStringLiteral("investigators"), QJsonArray{QString::fromUtf8("王芳")}}})
                     .exit,
                 3);
        QVERIFY(advance("record_visit", "2026-02-25",
                        {{QStringLiteral("investigators"), QJsonArray{QString::fromUtf8("王芳"), QString::fromUtf8("刘强")}},
                         {QStringLiteral("signed_on_paper"), true}})
                    .exit == 0);
        QVERIFY(advance("complete_investigation", "2026-02-26").exit == 0);
        QVERIFY(advance("preliminary", "2026-02-27", {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 281607}})
                    .exit == 0);
        // Tasks: the public notice ends on 6 March.
        r = run(
            QStringList{QStringLiteral("case"), QStringLiteral("tasks"), QStringLiteral("--date"), QStringLiteral("2026-03-04")} +
                prof,
            m_password);
        QCOMPARE(r.json()[0][QStringLiteral("task")].toString(), QStringLiteral("publicity_end"));
        QCOMPARE(r.json()[0][QStringLiteral("due")].toString(), QStringLiteral("2026-03-06"));
        // Dates a person cannot forge: not after today; late only within the county's 3 days
        // and with a reason (kept with the step).
        const QStringList close =
            QStringList{QStringLiteral("case"), QStringLiteral("advance"), id, QStringLiteral("close_publicity")} + prof +
            QStringList{QStringLiteral("--date")};
        m_now = QStringLiteral("2026-03-04T09:00:00");
        r = run(QStringList(close) << QStringLiteral("2099-01-01"), m_password);
        QVERIFY2(r.exit == 3 && r.err.contains("after today"), r.err.constData());
        m_now = QStringLiteral("2026-03-12T09:00:00");
        r = run(QStringList(close) << QStringLiteral("2026-03-06"), m_password);
        QVERIFY2(r.exit == 3 && r.err.contains("at most 3 day"), r.err.constData());
        m_now = QStringLiteral("2026-03-08T09:00:00");
        r = run(QStringList(close) << QStringLiteral("2026-03-06"), m_password);
        QVERIFY2(r.exit == 3 && r.err.contains("Say why"), r.err.constData());
        r = run(QStringList(close) << QStringLiteral("2026-03-06") << QStringLiteral("--late-reason")
                                   << QString::fromUtf8("公示期满当天停电，次日补录"),
                m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        r = advance("confirm", "2026-03-09");
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("state")].toString(), QStringLiteral("approved"));
        QCOMPARE(r.json()[QStringLiteral("entitlement_start")].toString(), QStringLiteral("2026-04-01"));
        r = run(QStringList{QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--date"),
                            QStringLiteral("2026-03-10")} +
                    prof,
                m_password);
        QVERIFY(r.json()[QStringLiteral("possible_events")].toArray().contains(QStringLiteral("review")));

        // Printed from the command line: a numbered notice that verifies, and the month's batch.
        // An output that cannot be written is refused before a number is taken.
        r = run(QStringList{QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("approval_notice"),
                            QStringLiteral("--case"), id, QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("no-such-folder/notice.pdf"))} +
                    prof,
                m_password);
        QCOMPARE(r.exit, 1);
        QCOMPARE(run(QStringList{QStringLiteral("document"), QStringLiteral("list")} + prof, m_password).json().toArray().size(),
                 0);
        const QString pdf = m_tmp.filePath(QStringLiteral("notice.pdf"));
        r = run(QStringList{QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("approval_notice"),
                            QStringLiteral("--case"), id, QStringLiteral("--out"), pdf} +
                    prof,
                m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        QCOMPARE(QFile::permissions(pdf) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions()); // its owner's only
        const QString number = r.json()[QStringLiteral("number")].toString();
        const QString code = r.json()[QStringLiteral("check_code")].toString();
        QVERIFY(number.startsWith(QStringLiteral("370323102-")));
        r = run(QStringList{QStringLiteral("document"), QStringLiteral("verify"), number, code} + prof, m_password);
        QCOMPARE(r.exit, 0);
        QVERIFY(r.json()[QStringLiteral("genuine")].toBool());
        QString altered = code;
        altered[0] = altered[0] == u'0' ? u'1' : u'0';
        QCOMPARE(run(QStringList{QStringLiteral("document"), QStringLiteral("verify"), number, altered} + prof, m_password).exit,
                 3);
        r = run(QStringList{QStringLiteral("print"), QStringLiteral("--reprint"), number, QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("again.pdf"))} +
                    prof,
                m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("number")].toString(), number); // same number, counted as a reprint
        QCOMPARE(r.json()[QStringLiteral("reprints")].toInt(), 1);
        r = run(QStringList{QStringLiteral("print"), QStringLiteral("--batch"), QStringLiteral("--township"),
                            QStringLiteral("370323102000"), QStringLiteral("--month"), QStringLiteral("2026-03"),
                            QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("march.pdf"))} +
                    prof,
                m_password);
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(r.json()[QStringLiteral("documents")].toArray().size() >= 2); // its confirmation form and its notice
        QCOMPARE(run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + prof, m_password).exit, 0);
        m_now.clear();
    }

    void killDuringImport_leavesOnlyWholeBatches()
    {
        const int batch = 25;
        const QString base = m_tmp.filePath(QStringLiteral("killbase"));
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("--profile"), base, QStringLiteral("--user"), QStringLiteral("li"),
                     QStringLiteral("--demo")},
                    m_password)
                    .exit == 0);
        QRandomGenerator rng(20261127);
        int interrupted = 0;
        for (int round = 0; round < 20; ++round) {
            const QString dir = m_tmp.filePath(QStringLiteral("kill%1").arg(round));
            QDir().mkpath(dir);
            for (const QString &f : QDir(base).entryList(QDir::Files))
                QVERIFY(QFile::copy(base + u'/' + f, dir + u'/' + f));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DOUDI_PASSWORD"), QString::fromUtf8(m_password));
            p.setProcessEnvironment(env);
            p.start(m_cli, {QStringLiteral("demo"), QStringLiteral("--profile"), dir, QStringLiteral("--households"),
                            QStringLiteral("20000"), QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--seed"),
                            QString::number(round)});
            QVERIFY(p.waitForStarted());
            QTest::qWait(250 + int(rng.bounded(900)));
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL
                ++interrupted;
            }
            p.waitForFinished();

            const Run check = run(QStringList{QStringLiteral("unlock-check")} + profileArgs(dir), m_password);
            QVERIFY2(check.exit == 0, check.err.constData());
            QCOMPARE(check.json()[QStringLiteral("integrity")].toString(), QStringLiteral("ok"));
            const int n = check.json()[QStringLiteral("households")].toInt();
            QVERIFY2(n % batch == 0, qPrintable(QStringLiteral("round %1: %2 households").arg(round).arg(n)));
            const Run audit = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + profileArgs(dir), m_password);
            QVERIFY2(audit.exit == 0, audit.out.constData());
            const Run list = run(QStringList{QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--limit"),
                                             QStringLiteral("10000")} +
                                     profileArgs(dir),
                                 m_password);
            const QJsonArray all = list.json().toArray();
            QCOMPARE(all.size(), n);
            for (const QJsonValue &h : all)
                QVERIFY(h[QStringLiteral("members")].toInt() >= 1 && !h[QStringLiteral("head")].toString().isEmpty());
            QDir(dir).removeRecursively();
        }
        QVERIFY2(interrupted >= 15, "most rounds must really be interrupted mid-import");
    }

    // A township's roster from the command line: checked (--dry-run saves nothing), imported
    // once, refused the second time with every row named, the report written 0600.
    void import_checksThenImportsOnceAndReports()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("import"));
        const QByteArray pw = "Lucun-zhengfu-2026";
        m_now = QStringLiteral("2026-12-15T09:00:00");
        Run r = run({QStringLiteral("init"), QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("head"),
                     QStringLiteral("--role"), QStringLiteral("township_head"), QStringLiteral("--area"),
                     QStringLiteral("370323102000"), QStringLiteral("--kdf-iterations"), QStringLiteral("1000")},
                    pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QStringList prof = {QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("head")};
        QVERIFY(run(QStringList{QStringLiteral("policy"), QStringLiteral("import"),
                                QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")} +
                        prof,
                    pw)
                    .exit == 0);
        const auto householdCount = [&](const QStringList &profile, const QByteArray &password) {
            const Run list = run(QStringList{QStringLiteral("household"), QStringLiteral("list")} + profile, password);
            return list.exit == 0 ? int(list.json().toArray().size()) : -1;
        };
        const QString roster = QStringLiteral(DOUDI_SOURCE_DIR "/tests/data/roster/roster.xlsx");
        QCOMPARE(run(QStringList{QStringLiteral("import"), QStringLiteral("--help")}).exit, 0);
        QCOMPARE(run(QStringList{QStringLiteral("import")} + prof, pw).exit, 2);

        r = run(QStringList{QStringLiteral("import"), roster, QStringLiteral("--dry-run")} + prof, pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QJsonObject report = r.json().toObject();
        QCOMPARE(report[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(report[QStringLiteral("households")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("persons")].toInt(), 4);
        QCOMPARE(report[QStringLiteral("mapping_source")].toString(), QStringLiteral("headers"));
        QCOMPARE(report[QStringLiteral("mapping")]
                     .toObject()[QStringLiteral("columns")]
                     .toObject()[QStringLiteral("id_number")]
                     .toString(),
                 QStringLiteral("F"));
        QVERIFY(!report.contains(QStringLiteral("imported")));
        QCOMPARE(householdCount(prof, pw), 0);

        r = run(QStringList{QStringLiteral("import"), roster} + prof, pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject imported = r.json().toObject()[QStringLiteral("imported")].toObject();
        QCOMPARE(imported[QStringLiteral("households")].toInt(), 2);
        QCOMPARE(imported[QStringLiteral("monthly_fen")].toInteger(), 307150);
        QCOMPARE(householdCount(prof, pw), 2);

        // The same households from the .xls: refused, each row named, nothing saved; the report
        // as a spreadsheet only its owner reads.
        const QString sheet = m_tmp.filePath(QStringLiteral("problems.xlsx"));
        r = run(QStringList{QStringLiteral("import"), QStringLiteral(DOUDI_SOURCE_DIR "/tests/data/roster/roster.xls"),
                            QStringLiteral("--report"), sheet} +
                    prof,
                pw);
        QCOMPARE(r.exit, 3);
        report = r.json().toObject();
        QCOMPARE(report[QStringLiteral("mapping_source")].toString(), QStringLiteral("remembered"));
        const QJsonArray problems = report[QStringLiteral("problems")].toArray();
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems[0].toObject()[QStringLiteral("row")].toInt(), 2);
        QCOMPARE(problems[0].toObject()[QStringLiteral("column")].toString(), QStringLiteral("F"));
        QCOMPARE(householdCount(prof, pw), 2);
        QVERIFY(QFile::exists(sheet));
        QCOMPARE(QFile(sheet).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // 月报 and lists out of what was imported.
        r = run(QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                            QStringLiteral("2026-12")} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject figures = r.json()[QStringLiteral("areas")].toArray().first()[QStringLiteral("figures")].toObject();
        QCOMPARE(figures[QStringLiteral("dibao")][QStringLiteral("households")].toInt(), 1);
        QCOMPARE(figures[QStringLiteral("dibao")][QStringLiteral("fen")].toInteger(), 174000);
        QCOMPARE(figures[QStringLiteral("tekun")][QStringLiteral("fen")].toInteger(), 133150);
        QCOMPARE(run(QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                                 QStringLiteral("2026-13")} +
                         prof,
                     pw)
                     .exit,
                 2);
        const QString pay = m_tmp.filePath(QStringLiteral("pay.csv"));
        r = run(QStringList{QStringLiteral("export"), QStringLiteral("payments"), QStringLiteral("--township"),
                            QStringLiteral("370323102000"), QStringLiteral("--month"), QStringLiteral("2026-12"),
                            QStringLiteral("--out"), pay} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("rows")].toInt(), 2);
        QCOMPARE(QFile(pay).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(fileBytes(pay).contains("3071.50"));
        r = run(QStringList{QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("hh.xlsx"))} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("rows")].toInt(), 2);
        QCOMPARE(
            run(QStringList{QStringLiteral("export"), QStringLiteral("payments"), QStringLiteral("--out"), pay} + prof, pw).exit,
            2);

        // A mapping file that names no real column is refused before anything is read.
        const QString mapping = m_tmp.filePath(QStringLiteral("mapping.json"));
        QFile m(mapping);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(R"({"header_row": 1, "columns": {"id_number": "F6"}})");
        m.close();
        r = run(QStringList{QStringLiteral("import"), roster, QStringLiteral("--mapping"), mapping, QStringLiteral("--dry-run")} +
                    prof,
                pw);
        QCOMPARE(r.exit, 3);
        QVERIFY(r.err.contains("F6"));
    }

    // 调标 from the command line: the demo's paid cases (decided in 2025) under the 2026 standards
    // from 2026-07-01, listed as JSON, printed, applied once; a second run has nothing to re-rate.
    void rerate_listsAppliesOnceAndPrints()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("rerate"));
        const QByteArray pw = "Xian-minzheng-2026";
        Run r = run({QStringLiteral("init"), QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("county"),
                     QStringLiteral("--role"), QStringLiteral("county"), QStringLiteral("--area"), QStringLiteral("370323000000"),
                     QStringLiteral("--kdf-iterations"), QStringLiteral("1000")},
                    pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QStringList prof = {QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("county")};
        QVERIFY(run(QStringList{QStringLiteral("policy"), QStringLiteral("import"),
                                QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")} +
                        prof,
                    pw)
                    .exit == 0);
        m_now = QStringLiteral("2026-06-01T09:00:00");
        r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("400"),
                            QStringLiteral("--cases"), QStringLiteral("160")} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        m_now = QStringLiteral("2026-07-02T09:00:00");
        QCOMPARE(run(QStringList{QStringLiteral("rerate"), QStringLiteral("--help")}).exit, 0);
        QCOMPARE(run(QStringList{QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("July")} + prof, pw).exit, 2);
        r = run(QStringList{QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                            QStringLiteral("--township"), QStringLiteral("370323000000")} +
                    prof,
                pw);
        QCOMPARE(r.exit, 3); // the county's code, not a township's
        r = run(QStringList{QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("2026-07-01")} + prof, pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject list = r.json().toObject();
        QCOMPARE(list[QStringLiteral("amounts_from")].toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(list[QStringLiteral("standards")].toArray().size(), 2);
        const int rerated = list[QStringLiteral("rerated")].toInt();
        QVERIFY2(rerated > 0, r.out.constData());
        QCOMPARE(list[QStringLiteral("lines")].toArray().size(), rerated + list[QStringLiteral("flagged")].toInt());
        for (const QJsonValue &l : list[QStringLiteral("lines")].toArray()) {
            const QString reason = l[QStringLiteral("reason")].toString();
            QVERIFY(reason == QLatin1String("standard") || reason == QLatin1String("household") ||
                    reason == QLatin1String("programme"));
            QVERIFY(!l[QStringLiteral("reason_text")].toString().isEmpty());
        }
        // The list of a township with paid cases, printed to PDF and numbered.
        const QString township =
            list[QStringLiteral("lines")][0][QStringLiteral("area_code")].toString().left(9) + QStringLiteral("000");
        const QString pdf = m_tmp.filePath(QStringLiteral("rerate.pdf"));
        r = run(QStringList{QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                            QStringLiteral("--township"), township, QStringLiteral("--out"), pdf} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        QVERIFY(r.json()[QStringLiteral("document")].toString().startsWith(township.left(9)));
        r = run(QStringList{QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                            QStringLiteral("--apply")} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("applied")][QStringLiteral("rerated")].toInt(), rerated);
        r = run(QStringList{QStringLiteral("rerate"), QStringLiteral("--from"), QStringLiteral("2026-07-01"),
                            QStringLiteral("--apply")} +
                    prof,
                pw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("rerated")].toInt(), 0);
        QCOMPARE(r.json()[QStringLiteral("applied")][QStringLiteral("rerated")].toInt(), 0);
        QCOMPARE(r.json()[QStringLiteral("applied")][QStringLiteral("flagged")].toInt(), 0);
        m_now.clear();
    }

    // A village helper's account, as issue 10 found it: everything outside the village is
    // refused (and audited), everything inside it still works.
    void villageHelper_seesAndDoesOnlyTheirVillage()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("county"));
        const QByteArray countyPw = "Xian-minzheng-2026";
        const QByteArray helperPw = "Cun-xieli-2026!";
        Run r = run({QStringLiteral("init"), QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("county"),
                     QStringLiteral("--role"), QStringLiteral("county"), QStringLiteral("--area"), QStringLiteral("370323000000"),
                     QStringLiteral("--kdf-iterations"), QStringLiteral("1000")},
                    countyPw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QStringList asCounty = {QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("county")};
        QVERIFY(run(QStringList{QStringLiteral("policy"), QStringLiteral("import"),
                                QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")} +
                        asCounty,
                    countyPw)
                    .exit == 0);
        r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                            QStringLiteral("--cases"), QStringLiteral("0")} +
                    asCounty,
                countyPw);
        QVERIFY2(r.exit == 0, r.err.constData());
        r = run(
            QStringList{QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000")} +
                asCounty,
            countyPw);
        const QJsonArray all = r.json().toArray();
        QCOMPARE(all.size(), 300);
        // The helper's village: the first household's; an outsider: one in another township.
        const QString village = all.first()[QStringLiteral("area_code")].toString();
        QString inside, outside;
        int inVillage = 0;
        for (const QJsonValue &h : all) {
            const QString area = h[QStringLiteral("area_code")].toString();
            inVillage += area == village;
            if (area == village && inside.isEmpty())
                inside = h[QStringLiteral("id")].toString();
            if (!area.startsWith(village.left(9)) && outside.isEmpty())
                outside = h[QStringLiteral("id")].toString();
        }
        QVERIFY(!outside.isEmpty());
        const auto caseOn = [&](const QString &household) {
            const Run c = run(QStringList{QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--household"), household,
                                          QStringLiteral("--programme"), QStringLiteral("dibao")} +
                                  asCounty,
                              countyPw);
            return c.json()[QStringLiteral("id")].toString();
        };
        const QString outsideCase = caseOn(outside);
        QVERIFY(!outsideCase.isEmpty());
        // The county adds the helper: the helper's password on the second line.
        r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lixia"), QStringLiteral("--name"),
                            QString::fromUtf8("李霞"), QStringLiteral("--role"), QStringLiteral("village"),
                            QStringLiteral("--area"), village} +
                    asCounty,
                {}, countyPw + '\n' + helperPw + '\n');
        QVERIFY2(r.exit == 0, r.err.constData());

        const QStringList asHelper = {QStringLiteral("--profile"), dir, QStringLiteral("--user"), QStringLiteral("lixia")};
        const auto refused = [&](const QStringList &args, const QByteArray &input = {}) {
            const Run x = input.isEmpty() ? run(args + asHelper, helperPw) : run(args + asHelper, {}, helperPw + '\n' + input);
            return x.exit != 0 && x.err.contains("not_allowed") ? QString() : QString::fromUtf8(x.out + x.err);
        };
        // Lists and searches hold the village only.
        r = run(
            QStringList{QStringLiteral("household"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000")} +
                asHelper,
            helperPw);
        QCOMPARE(r.json().toArray().size(), inVillage);
        r = run(QStringList{QStringLiteral("household"), QStringLiteral("search"), QString::fromUtf8("王"),
                            QStringLiteral("--limit"), QStringLiteral("1000")} +
                    asHelper,
                helperPw);
        for (const QJsonValue &h : r.json().toArray())
            QCOMPARE(h[QStringLiteral("area_code")].toString(), village);
        // Outside: refused.
        QVERIFY(refused({QStringLiteral("household"), QStringLiteral("show"), outside}).isEmpty());
        QJsonObject stranger = sampleHouseholdJson();
        stranger.insert(QStringLiteral("area_code"),
                        all.first()[QStringLiteral("area_code")].toString().left(6) + QStringLiteral("103001"));
        QVERIFY(refused({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("-")},
                        QJsonDocument(stranger).toJson(QJsonDocument::Compact))
                    .isEmpty());
        QVERIFY(refused({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--household"), outside,
                         QStringLiteral("--programme"), QStringLiteral("dibao")})
                    .isEmpty());
        QVERIFY(refused({QStringLiteral("case"), QStringLiteral("show"), outsideCase}).isEmpty());
        QVERIFY(
            refused({QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("application"), QStringLiteral("--case"),
                     outsideCase, QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("out.pdf"))})
                .isEmpty());
        // Never, for this role.
        QVERIFY(refused({QStringLiteral("policy"), QStringLiteral("import"),
                         QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")})
                    .isEmpty());
        QVERIFY(refused({QStringLiteral("backup"), m_tmp.filePath(QStringLiteral("helper.doudi"))}).isEmpty());
        QVERIFY(refused({QStringLiteral("rekey")}).isEmpty());
        QVERIFY(refused({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("friend"), QStringLiteral("--role"),
                         QStringLiteral("village"), QStringLiteral("--area"), village},
                        "Friend-pass-2026")
                    .isEmpty());
        // Inside: the work goes on.
        r = run(QStringList{QStringLiteral("household"), QStringLiteral("show"), inside} + asHelper, helperPw);
        QVERIFY2(r.exit == 0, r.err.constData());
        QJsonObject neighbour = sampleHouseholdJson(2);
        neighbour.insert(QStringLiteral("area_code"), village);
        r = run(QStringList{QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("-")} + asHelper, {},
                helperPw + '\n' + QJsonDocument(neighbour).toJson(QJsonDocument::Compact));
        QVERIFY2(r.exit == 0, r.err.constData());
        r = run(QStringList{QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--household"), inside,
                            QStringLiteral("--programme"), QStringLiteral("dibao")} +
                    asHelper,
                helperPw);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QString insideCase = r.json()[QStringLiteral("id")].toString();
        r = run(QStringList{QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("application"),
                            QStringLiteral("--case"), insideCase, QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("in.pdf"))} +
                    asHelper,
                helperPw);
        QVERIFY2(r.exit == 0, r.err.constData());
        // Each refusal above is in the audit log, which is still intact.
        r = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + asCounty, countyPw);
        QVERIFY2(r.exit == 0, r.err.constData());
        // The county disables the helper: the password no longer opens the profile.
        QVERIFY(run(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lixia")} + asCounty, countyPw)
                    .exit == 0);
        QVERIFY(run(QStringList{QStringLiteral("unlock-check")} + asHelper, helperPw).exit != 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
