// Writes doudi_zh_TW.ts from doudi_zh_CN.ts: only the translations go through OpenCC (s2tw,
// character by character), in one run; sources, contexts and everything else stay as they are,
// so the Traditional file matches the same source strings.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: tsconvert doudi_zh_CN.ts doudi_zh_TW.ts\n";
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly))
        return 1;
    QString ts = QString::fromUtf8(in.readAll());
    static const QRegularExpression re(QStringLiteral("(<translation[^>]*>|<numerusform>)(.*?)(</translation>|</numerusform>)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    QList<QRegularExpressionMatch> matches;
    QStringList texts;
    for (auto it = re.globalMatch(ts); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2).isEmpty())
            continue;
        matches << m;
        texts << m.captured(2);
    }
    const QString separator = QStringLiteral("\n\u2063\u2063\u2063\n"); // invisible, never in a translation
    QProcess opencc;
    opencc.start(QStringLiteral("opencc"), {QStringLiteral("-c"), QStringLiteral("s2tw.json")});
    if (!opencc.waitForStarted()) {
        QTextStream(stderr) << "tsconvert: opencc is not installed (apt-get install opencc)\n";
        return 1;
    }
    opencc.write(texts.join(separator).toUtf8());
    opencc.closeWriteChannel();
    opencc.waitForFinished(60000);
    const QStringList converted = QString::fromUtf8(opencc.readAllStandardOutput()).split(separator);
    if (converted.size() != texts.size()) {
        QTextStream(stderr) << "tsconvert: opencc returned " << converted.size() << " texts for " << texts.size() << '\n';
        return 1;
    }
    for (qsizetype i = matches.size() - 1; i >= 0; --i) // from the end, so offsets stay valid
        ts.replace(matches[i].capturedStart(2), matches[i].capturedLength(2), converted[i]);
    ts.replace(QStringLiteral("language=\"zh_CN\""), QStringLiteral("language=\"zh_TW\""));
    QFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    out.write(ts.toUtf8());
    return 0;
}
