// doudi-server as a county IT person runs it: init, serve over HTTPS with a pinned
// certificate, status, and a clean stop that takes the private PostgreSQL cluster down too.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

class TstServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_fingerprint;

    struct Run
    {
        int exitCode = -1;
        QJsonObject out;
        QJsonObject err;
    };
    static Run server(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), args);
        Run r;
        if (!p.waitForFinished(timeoutMs))
            return r;
        r.exitCode = p.exitCode();
        r.out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QJsonDocument::fromJson(p.readAllStandardError()).object();
        return r;
    }

    // GET over HTTPS, trusting the server's certificate only by its pinned SHA-256.
    QJsonObject get(int port, const QString &path, int *status = nullptr)
    {
        bool pinned = false; // before nam: it outlives the reply and its connection (clazy cannot tell)
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
        QNetworkReply *reply = nam.get(request);
        connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const bool ours = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()) == m_fingerprint;
            pinned = ours; // clazy:exclude=lambda-in-connect
            if (ours)
                reply->ignoreSslErrors(errors);
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(20000))
            return {};
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return pinned ? o : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // As root, the cluster runs as the postgres user, which must pass through the folders
        // above the data folder (a county's /var/lib/doudi is so).
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        m_data = m_tmp.filePath(QStringLiteral("county"));
    }

    // An installed program says what it is (issue 15): its name and the project's version.
    void version_namesTheProgramAndItsVersion()
    {
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray("doudi-server " DOUDI_VERSION "\n"));
    }

    void init_makesFolderCertificateAndDatabase()
    {
        Run bad = server(
            {QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--county"), QStringLiteral("37032")});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(!bad.err.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!QFile::exists(m_data));

        Run r = server(
            {QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--county"), QStringLiteral("370323")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.value(QStringLiteral("county")).toString(), QStringLiteral("370323"));
        QVERIFY(r.out.value(QStringLiteral("schema_version")).toInt() >= 2);
        m_fingerprint = r.out.value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(m_fingerprint.size(), 64);
        for (const char *file : {"server.json", "tls/key.pem", "tls/cert.pem"})
            QCOMPARE(int(QFile::permissions(m_data + u'/' + QLatin1String(file)) &
                         (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                          QFile::ExeOther)),
                     0);

        Run again = server(
            {QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--county"), QStringLiteral("370323")});
        QCOMPARE(again.exitCode, 3);
        Run status = server({QStringLiteral("status"), QStringLiteral("--data"), m_data});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.out.value(QStringLiteral("database_running")).toBool(), false);
        QCOMPARE(status.out.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);
    }

    void serve_answersOverPinnedTls_andStopsCleanly()
    {
        QProcess serve;
        serve.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")), {QStringLiteral("serve"), QStringLiteral("--data"), m_data,
                                                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() == QProcess::NotRunning, 60000);
        const QJsonObject ready = QJsonDocument::fromJson(serve.readLine()).object();
        const int port = ready.value(QStringLiteral("port")).toInt();
        QVERIFY2(port > 0, serve.readAllStandardError().constData());
        QCOMPARE(ready.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);

        int code = 0;
        const QJsonObject st = get(port, QStringLiteral("/v1/status"), &code);
        QCOMPARE(code, 200);
        QCOMPARE(st.value(QStringLiteral("protocol_version")).toInt(), 2);
        QCOMPARE(st.value(QStringLiteral("county")).toString(), QStringLiteral("370323"));
        QVERIFY(QDateTime::fromString(st.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs).isValid());

        // A certificate with another fingerprint is not trusted.
        const QString pinned = m_fingerprint;
        m_fingerprint = QString(64, u'0');
        QVERIFY(get(port, QStringLiteral("/v1/status")).isEmpty());
        m_fingerprint = pinned;

        Run status = server({QStringLiteral("status"), QStringLiteral("--data"), m_data});
        QCOMPARE(status.out.value(QStringLiteral("database_running")).toBool(), true);
        QCOMPARE(status.out.value(QStringLiteral("users")).toInt(), 0);

        // The same port again: refused as busy, and the cluster the first one runs is left alone.
        Run busy = server({QStringLiteral("serve"), QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(busy.exitCode, 7);
        QCOMPARE(get(port, QStringLiteral("/v1/status")).value(QStringLiteral("county")).toString(), QStringLiteral("370323"));

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(60000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        Run after = server({QStringLiteral("status"), QStringLiteral("--data"), m_data});
        QCOMPARE(after.out.value(QStringLiteral("database_running")).toBool(), false);
        QVERIFY(!QFile::exists(m_data + QStringLiteral("/postgres/postmaster.pid")));
    }
};

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
