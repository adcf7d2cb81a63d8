#pragma once

// A county for an integration test: doudi-server with its private PostgreSQL cluster in a folder
// of the test's, serving on 127.0.0.1, and laptops that are doudi-cli profiles (tst_sync,
// tst_synccredential). DOUDI_SERVER and DOUDI_CLI name the programs (tests/CMakeLists.txt).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

namespace doudi::test {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson(out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    // The {"error": {...}} a failure prints, after any warning Qt wrote before it.
    QJsonObject error() const
    {
        const qsizetype start = err.indexOf('{');
        return QJsonDocument::fromJson(start < 0 ? QByteArray() : err.mid(start)).object()[QStringLiteral("error")].toObject();
    }
};

// Variables to set for a program (a null value: to take out of its environment).
using Environment = QList<QPair<QString, QString>>;

// The program the environment variable program names, in the test's environment changed by env.
inline Run exec(const QByteArray &program, const QStringList &args, const Environment &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : env) {
        if (value.isNull())
            e.remove(name);
        else
            e.insert(name, value);
    }
    p.setProcessEnvironment(e);
    p.start(QString::fromLocal8Bit(qgetenv(program)), args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// A PostgreSQL 15 program (psql, pg_restore, …): Debian's, else the one on the PATH.
inline QString postgresTool(const QString &name)
{
    const QString debian = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/15/bin")});
    return debian.isEmpty() ? QStandardPaths::findExecutable(name) : debian;
}

struct Laptop
{
    QString dir;
    QString user;
    QByteArray password;
};

// doudi-cli on the laptop's profile, signed in as its user.
inline Run cli(const Laptop &l, const QStringList &args, Environment env = {})
{
    env.append({QStringLiteral("DOUDI_PASSWORD"), QString::fromUtf8(l.password)});
    return exec("DOUDI_CLI", args + QStringList{QStringLiteral("--profile"), l.dir}, env);
}

class County
{
public:
    County() = default;
    County(const County &) = delete;
    County &operator=(const County &) = delete;
    ~County() { stop(); }

    // A new county server in data, listening on a free port of 127.0.0.1. False (with a warning)
    // when it did not start.
    bool start(const QString &data, const QString &county = QStringLiteral("370323"))
    {
        m_data = data;
        const Run init =
            exec("DOUDI_SERVER", {QStringLiteral("init"), QStringLiteral("--data"), m_data, QStringLiteral("--county"), county});
        if (init.exit != 0) {
            qWarning("doudi-server init: %s", init.err.constData());
            return false;
        }
        m_serve.start(QString::fromLocal8Bit(qgetenv("DOUDI_SERVER")),
                      {QStringLiteral("serve"), QStringLiteral("--data"), m_data, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0")});
        if (!m_serve.waitForStarted())
            return false;
        // Its first line names the port, once the cluster is up.
        while (!m_serve.canReadLine() && m_serve.state() == QProcess::Running) {
            if (!m_serve.waitForReadyRead(60000))
                break;
        }
        m_port = QJsonDocument::fromJson(m_serve.readLine()).object().value(QStringLiteral("port")).toInt();
        if (m_port <= 0)
            qWarning("doudi-server serve: %s", m_serve.readAllStandardError().constData());
        return m_port > 0;
    }

    // Stops the server as a county would (SIGTERM); true when it ended well.
    bool stop()
    {
        if (m_serve.state() != QProcess::Running)
            return true;
        ::kill(pid_t(m_serve.processId()), SIGTERM);
        return m_serve.waitForFinished(60000) && m_serve.exitStatus() == QProcess::NormalExit && m_serve.exitCode() == 0;
    }

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    // A doudi-server command on this county's data; password, when given, as DOUDI_NEW_PASSWORD.
    Run server(const QStringList &args, const QByteArray &password = {}) const
    {
        Environment env;
        if (!password.isEmpty())
            env.append({QStringLiteral("DOUDI_NEW_PASSWORD"), QString::fromUtf8(password)});
        return exec("DOUDI_SERVER", QStringList{args.first(), QStringLiteral("--data"), m_data} + args.mid(1), env);
    }

    // A statement run with psql on the county's private cluster, as its operator would: its
    // output (unaligned, without headers), or a null array with a warning when it failed.
    QByteArray sql(const QString &statement) const
    {
        QProcess p;
        p.start(postgresTool(QStringLiteral("psql")),
                {QStringLiteral("-h"), m_data + QStringLiteral("/run"), QStringLiteral("-U"), QStringLiteral("doudi"),
                 QStringLiteral("-d"), QStringLiteral("doudi"), QStringLiteral("-AtqX"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), statement});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("psql: %s", p.readAllStandardError().constData());
            return {};
        }
        const QByteArray out = p.readAllStandardOutput().trimmed();
        return out.isNull() ? QByteArray("") : out;
    }

    // A one-time enrolment code for a laptop.
    QString enrolCode(const QString &label) const
    {
        return server({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--label"), label})
            .json()
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

    bool addUser(const QString &name, const QString &display, const QString &role, const QString &area,
                 const QByteArray &password) const
    {
        const Run r = server({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"), name,
                              QStringLiteral("--name"), display, QStringLiteral("--role"), role, QStringLiteral("--area"), area},
                             password);
        if (r.exit != 0)
            qWarning("user add: %s", r.err.constData());
        return r.exit == 0;
    }

    // doudi-cli enrol of the laptop with code (its folder gets a profile if it has none).
    Run enrol(const Laptop &l, const QString &code, const Environment &env = {}) const
    {
        return cli(l,
                   {QStringLiteral("enrol"), QStringLiteral("--server"), url(), QStringLiteral("--code"), code,
                    QStringLiteral("--user"), l.user},
                   env);
    }

private:
    QString m_data;
    QProcess m_serve;
    int m_port = 0;
};

} // namespace doudi::test
