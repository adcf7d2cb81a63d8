// doudi-server's administration as the county's IT person does it: users with roles and
// areas, devices with one-time enrolment codes, and backups, with or without serve running.
#include "sync/enrolmentcode.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using doudi::core::EnrolmentCode;

class TstServerAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_fingerprint;

    struct Run
    {
        int exitCode = -1;
        QJsonDocument out;
        QJsonObject err;
        QString message() const
        {
            return err.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        }
        QString code() const { return err.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
    };
    // doudi-server COMMAND --data DATA ARGS, with input on standard input (the password line).
    Run server(const QString &command, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), QStringList{command, QStringLiteral("--data"), m_data} + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QJsonDocument::fromJson(p.readAllStandardOutput());
        r.err = QJsonDocument::fromJson(p.readAllStandardError()).object();
        return r;
    }
    Run addUser(const QString &name, const QString &role, const QStringList &areas, const QByteArray &password)
    {
        QStringList args{QStringLiteral("add"),    QStringLiteral("--user"), name, QStringLiteral("--name"),
                         QStringLiteral("测试员"), QStringLiteral("--role"), role};
        for (const QString &a : areas)
            args << QStringLiteral("--area") << a;
        return server(QStringLiteral("user"), args, password + '\n');
    }
    QJsonObject findIn(const QJsonDocument &list, const QString &key, const QString &value)
    {
        for (const QJsonValue &v : list.array()) {
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        }
        return {};
    }

    static constexpr const char *kGood = "Qm7#vLp2@xRz";

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // As root, the cluster runs as the postgres user, which must pass through this folder.
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        m_data = m_tmp.filePath(QStringLiteral("county"));
        QProcess init;
        init.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), {QStringLiteral("init"), QStringLiteral("--data"), m_data,
                                                                     QStringLiteral("--county"), QStringLiteral("370323")});
        QVERIFY(init.waitForFinished(120000));
        QCOMPARE(init.exitCode(), 0);
        Run status = server(QStringLiteral("status"), {});
        m_fingerprint = status.out.object().value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(m_fingerprint.size(), 64);
    }

    void userAdd_checksPasswordRoleAndArea()
    {
        Run weak = addUser(QStringLiteral("zhangsf"), QStringLiteral("township"), {QStringLiteral("370323102000")}, "12345678");
        QCOMPARE(weak.exitCode, 3);
        QVERIFY(!weak.message().isEmpty());

        Run township = addUser(QStringLiteral("zhangsf"), QStringLiteral("township"), {QStringLiteral("370323102000")}, kGood);
        QCOMPARE(township.exitCode, 0);
        const QJsonObject t = township.out.object();
        QCOMPARE(t.value(QStringLiteral("user")).toString(), QStringLiteral("zhangsf"));
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("测试员"));
        QCOMPARE(t.value(QStringLiteral("role")).toString(), QStringLiteral("township"));
        QCOMPARE(t.value(QStringLiteral("scopes")).toArray(), QJsonArray{QStringLiteral("370323102000")});

        Run village = addUser(QStringLiteral("lisi"), QStringLiteral("village"), {QStringLiteral("370323102001")}, kGood);
        QCOMPARE(village.exitCode, 0);
        QCOMPARE(village.out.object().value(QStringLiteral("role")).toString(), QStringLiteral("village"));

        Run again = addUser(QStringLiteral("lisi"), QStringLiteral("village"), {QStringLiteral("370323102002")}, kGood);
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.code(), QStringLiteral("already_exists"));
        QVERIFY(again.message().contains(QStringLiteral("lisi")));

        // Another county, a village user given a township, a township user given the county,
        // a short code, an unknown role, no area: each refused, with the reason.
        const struct
        {
            const char *role;
            QStringList areas;
        } refused[] = {{"township", {QStringLiteral("370324102000")}}, {"village", {QStringLiteral("370323102000")}},
                       {"township", {QStringLiteral("370323000000")}}, {"village", {QStringLiteral("370323102")}},
                       {"chief", {QStringLiteral("370323102001")}},    {"village", {}}};
        for (const auto &r : refused) {
            Run bad = addUser(QStringLiteral("wangwu"), QLatin1String(r.role), r.areas, kGood);
            QCOMPARE(bad.exitCode, 3);
            QVERIFY(!bad.message().isEmpty());
        }
        QVERIFY(addUser(QStringLiteral("zhaoliu"), QStringLiteral("village"), {QStringLiteral("370324102001")}, kGood)
                    .message()
                    .contains(QStringLiteral("370323")));
        // A county user may have the whole county.
        QCOMPARE(addUser(QStringLiteral("county1"), QStringLiteral("county"), {QStringLiteral("370323000000")}, kGood).exitCode,
                 0);
    }

    void userList_showsNoHash()
    {
        Run list = server(QStringLiteral("user"), {QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.array().size(), 3);
        const QByteArray text = list.out.toJson();
        QVERIFY(!text.contains("hash"));
        QVERIFY(!text.contains("argon2"));
        QCOMPARE(findIn(list.out, QStringLiteral("user"), QStringLiteral("lisi")).value(QStringLiteral("active")).toBool(), true);
        QVERIFY(!findIn(list.out, QStringLiteral("user"), QStringLiteral("zhangsf")).isEmpty());
    }

    void userPasswd_andDisable()
    {
        const auto updatedAt = [&](const QString &user) {
            return QDateTime::fromString(
                findIn(server(QStringLiteral("user"), {QStringLiteral("list")}).out, QStringLiteral("user"), user)
                    .value(QStringLiteral("updated_at"))
                    .toString(),
                Qt::ISODateWithMs);
        };
        const QDateTime before = updatedAt(QStringLiteral("lisi"));
        QVERIFY(before.isValid());
        QCOMPARE(server(QStringLiteral("user"), {QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("lisi")},
                        "lisi2026\n")
                     .exitCode,
                 3);
        QCOMPARE(updatedAt(QStringLiteral("lisi")), before);
        Run passwd = server(QStringLiteral("user"), {QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("lisi")},
                            "Zt9!wqBn#4Lk\n");
        QCOMPARE(passwd.exitCode, 0);
        QVERIFY(updatedAt(QStringLiteral("lisi")) > before);
        QCOMPARE(server(QStringLiteral("user"), {QStringLiteral("passwd"), QStringLiteral("--user"), QStringLiteral("nobody")},
                        "Zt9!wqBn#4Lk\n")
                     .exitCode,
                 5);

        Run disable =
            server(QStringLiteral("user"), {QStringLiteral("disable"), QStringLiteral("--user"), QStringLiteral("lisi")});
        QCOMPARE(disable.exitCode, 0);
        Run list = server(QStringLiteral("user"), {QStringLiteral("list")});
        QCOMPARE(findIn(list.out, QStringLiteral("user"), QStringLiteral("lisi")).value(QStringLiteral("active")).toBool(),
                 false);
        QCOMPARE(findIn(list.out, QStringLiteral("user"), QStringLiteral("zhangsf")).value(QStringLiteral("active")).toBool(),
                 true);
        QCOMPARE(server(QStringLiteral("user"), {QStringLiteral("disable"), QStringLiteral("--user"), QStringLiteral("nobody")})
                     .exitCode,
                 5);
    }

    void device_enrolListRevoke()
    {
        Run enrol = server(QStringLiteral("device"),
                           {QStringLiteral("enrol"), QStringLiteral("--label"), QStringLiteral("南麻街道 民政办")});
        QCOMPARE(enrol.exitCode, 0);
        const QJsonObject e = enrol.out.object();
        const QString id = e.value(QStringLiteral("device_id")).toString();
        QVERIFY(!id.isEmpty() && !id.startsWith(u'{'));
        QCOMPARE(e.value(QStringLiteral("label")).toString(), QStringLiteral("南麻街道 民政办"));
        const QString text = e.value(QStringLiteral("code")).toString();
        const QStringList groups = text.split(u'-');
        QCOMPARE(groups.size(), 7);
        QCOMPARE(groups.join(QString()).size(), 42);
        doudi::core::Result<EnrolmentCode> code = EnrolmentCode::parse(text);
        QVERIFY(code.ok());
        QVERIFY(code->pins(m_fingerprint));
        const QDateTime expires = QDateTime::fromString(e.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 7 * 86400) < 600);

        Run list = server(QStringLiteral("device"), {QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(findIn(list.out, QStringLiteral("id"), id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("waiting"));
        QVERIFY(!list.out.toJson().contains(code->secretHash().toLatin1()));

        Run revoke = server(QStringLiteral("device"), {QStringLiteral("revoke"), QStringLiteral("--id"), id});
        QCOMPARE(revoke.exitCode, 0);
        QCOMPARE(revoke.out.object().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        list = server(QStringLiteral("device"), {QStringLiteral("list")});
        const QJsonObject revoked = findIn(list.out, QStringLiteral("id"), id);
        QCOMPARE(revoked.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QVERIFY(!revoked.value(QStringLiteral("revoked_at")).isNull());

        Run unknown = server(QStringLiteral("device"), {QStringLiteral("revoke"), QStringLiteral("--id"),
                                                        QStringLiteral("00000000-0000-0000-0000-000000000000")});
        QCOMPARE(unknown.exitCode, 5);
        QVERIFY(!unknown.message().isEmpty());
    }

    void backup_writesACompleteDumpForItsOwnerOnly()
    {
        const QString file = m_tmp.filePath(QStringLiteral("county.dump"));
        Run backup = server(QStringLiteral("backup"), {QStringLiteral("--file"), file});
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(backup.out.object().value(QStringLiteral("file")).toString(), file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 0);
        QCOMPARE(backup.out.object().value(QStringLiteral("bytes")).toInteger(), f.size());
        QVERIFY(f.read(5) == "PGDMP");
        struct stat st;
        QCOMPARE(stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(st.st_uid, geteuid());
        // pg_restore reads the archive (it needs no server for --list, and runs as root).
        const QString pgRestore = QStringLiteral("/usr/lib/postgresql/15/bin/pg_restore");
        if (QFile::exists(pgRestore)) {
            QProcess restore;
            restore.start(pgRestore, {QStringLiteral("--list"), file});
            QVERIFY(restore.waitForFinished(30000));
            QCOMPARE(restore.exitCode(), 0);
            QVERIFY(restore.readAllStandardOutput().contains("TABLE public users"));
        }

        // Nowhere to write: refused, and nothing left behind.
        const QString nowhere = m_tmp.filePath(QStringLiteral("missing/county.dump"));
        Run failed = server(QStringLiteral("backup"), {QStringLiteral("--file"), nowhere});
        QVERIFY(failed.exitCode != 0);
        QVERIFY(!failed.message().isEmpty());
        QVERIFY(!QFile::exists(nowhere));
    }

    // The same commands beside a running serve: they use its cluster and leave it running.
    void commands_whileServeRuns()
    {
        QProcess serve;
        serve.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), {QStringLiteral("serve"), QStringLiteral("--data"), m_data,
                                                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() == QProcess::NotRunning, 60000);
        QVERIFY2(QJsonDocument::fromJson(serve.readLine()).object().value(QStringLiteral("port")).toInt() > 0,
                 serve.readAllStandardError().constData());

        QCOMPARE(
            addUser(QStringLiteral("wangwu"), QStringLiteral("township_head"), {QStringLiteral("370323102000")}, kGood).exitCode,
            0);
        const QString file = m_tmp.filePath(QStringLiteral("while-serving.dump"));
        QCOMPARE(server(QStringLiteral("backup"), {QStringLiteral("--file"), file}).exitCode, 0);
        QCOMPARE(server(QStringLiteral("status"), {}).out.object().value(QStringLiteral("database_running")).toBool(), true);
        QCOMPARE(server(QStringLiteral("user"), {QStringLiteral("list")}).out.array().size(), 4);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(60000));
        QCOMPARE(serve.exitCode(), 0);
        QCOMPARE(server(QStringLiteral("status"), {}).out.object().value(QStringLiteral("database_running")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TstServerAdmin)
#include "tst_serveradmin.moc"
