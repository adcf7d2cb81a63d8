#include "common/clock.h"
#include "documents/chinesetext.h"
#include "documents/forms.h"
#include "documents/qrcode.h"
#include "documents/template.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi;
using namespace doudi::core;

// Printing: the template language, Chinese amounts and dates, and every form rendered for
// demo cases, checked the way a person checks a PDF (pdftotext, pdfinfo).
class TestDocuments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_profile;
    const QDate m_today{2026, 11, 27};

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString write(const QString &name, const QByteArray &pdf)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(pdf);
        return path;
    }

    // A case in the wanted state (the demo walks 16 applications to every stage).
    Case caseIn(CaseState state)
    {
        const auto rows = CaseService(*m_profile).list({state}, m_today);
        return rows->isEmpty() ? Case() : rows->first().c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        Clock::setFixed(QDateTime(m_today, QTime(10, 0), Qt::LocalTime));
        ProfileSetup s;
        s.user = QStringLiteral("wangfang");
        s.password = QStringLiteral("township-head-1");
        s.role = QStringLiteral("township_head");
        s.iterations = 1000;
        auto p = ProfileService::create(m_tmp.filePath(QStringLiteral("profile")), s, nullptr);
        QVERIFY(p.ok());
        m_profile = std::move(p).value();
        QVERIFY(PolicyService(*m_profile).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        DemoData demo(AreaRegistry::builtIn(), 11);
        QList<Household> many;
        for (int i = 0; i < 400; ++i)
            many << demo.household();
        QVERIFY(HouseholdService(*m_profile).importMany(many, 400).ok());
        QCOMPARE(*DemoCases::add(*m_profile, 16, m_today), 16);

        // Beside the demo's stages: a democratic review, a refusal, 特困 and 临时救助.
        CaseService cases = CaseService::forHistory(*m_profile); // the fixture: applications of past weeks
        const Case investigating = caseIn(CaseState::Investigating);
        QVERIFY(cases.advance(investigating.id, {QStringLiteral("democratic_review"),
                                                 QJsonObject{{QStringLiteral("outcome"), QString::fromUtf8("到会 23 人，同意 21 人，不同意 2 人")}}},
                              m_today).ok());
        QVERIFY(cases.advance(caseIn(CaseState::AwaitingConfirmation).id,
                              {QStringLiteral("refuse"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("income_over_standard")}}},
                              m_today).ok());
        const auto all = HouseholdService(*m_profile).list(0, 400);
        QStringList free;
        for (const HouseholdSummary &h : *all) {
            if (cases.forHousehold(h.id)->isEmpty())
                free << h.id;
        }
        const auto tekun = cases.create(free.at(0), CaseProgramme::Tekun, false, m_today.addDays(-20));
        QVERIFY(tekun.ok());
        const QDate d = m_today.addDays(-19);
        const QList<QPair<QString, QJsonObject>> steps = {
            {QStringLiteral("accept"), {}},
            {QStringLiteral("start_investigation"), {}},
            {QStringLiteral("record_check"), {}},
            {QStringLiteral("record_visit"), {{QStringLiteral("investigators"), QJsonArray{QString::fromUtf8("王立新"), QString::fromUtf8("赵秀梅")}},
                                              {QStringLiteral("signed_on_paper"), true}}},
            {QStringLiteral("complete_investigation"), {}},
            {QStringLiteral("preliminary"), {{QStringLiteral("approve"), true}, {QStringLiteral("monthly_fen"), 240120}}},
        };
        for (const auto &[event, data] : steps)
            QVERIFY2(cases.advance(tekun->id, {event, data}, d).ok(), qPrintable(event));
        QVERIFY(cases.advance(tekun->id, {QStringLiteral("close_publicity"), {}}, m_today).ok());
        TemporaryRequest quick;
        quick.quick = true;
        quick.requestedFen = 50000;
        QVERIFY(cases.grantTemporary(free.at(1), quick, QString::fromUtf8("房屋失火"), m_today).ok());
    }

    void template_rendersValuesSectionsAndEscapes()
    {
        const auto t = Template::parse(QStringLiteral("<p>{{name}}</p>{{#rows}}<td>{{index}}.{{v}}</td>{{/rows}}{{^rows}}无{{/rows}}"
                                                      "{{#flag}}!{{/flag}}{{head.name}}"));
        QVERIFY(t.ok());
        const QJsonObject ctx{{QStringLiteral("name"), QStringLiteral("<张桂英>")},
                              {QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("v"), 1}}, QJsonObject{{QStringLiteral("v"), 2}}}},
                              {QStringLiteral("flag"), true},
                              {QStringLiteral("head"), QJsonObject{{QStringLiteral("name"), QStringLiteral("李")}}}};
        QCOMPARE(t->render(ctx), QStringLiteral("<p>&lt;张桂英&gt;</p><td>1.1</td><td>2.2</td>!李"));
        QCOMPARE(t->render({}), QStringLiteral("<p></p>无"));
    }

    void template_brokenIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed section") << QStringLiteral("a\nb\n{{#rows}}x") << QStringLiteral("3");
        QTest::newRow("wrong close") << QStringLiteral("{{#a}}\n{{/b}}") << QStringLiteral("2");
        QTest::newRow("unclosed tag") << QStringLiteral("\n\n\n{{name") << QStringLiteral("4");
        QTest::newRow("bad name") << QStringLiteral("{{na me}}") << QStringLiteral("1");
        QTest::newRow("missing number") << QStringLiteral("{{hash}}") << QStringLiteral("number");
    }

    void template_brokenIsRefusedWithItsLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto t = Template::parse(text, {QStringLiteral("number"), QStringLiteral("hash")});
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message().contains(says), qPrintable(t.error().message()));
    }

    void chinese_capitalsAndDates_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("capitals");
        QTest::newRow("1372.00") << qint64(137200) << QString::fromUtf8("壹仟叁佰柒拾贰元整");
        QTest::newRow("1005.30") << qint64(100530) << QString::fromUtf8("壹仟零伍元叁角");
        QTest::newRow("0.05") << qint64(5) << QString::fromUtf8("伍分");
        QTest::newRow("10.05") << qint64(1005) << QString::fromUtf8("壹拾元零伍分");
        QTest::newRow("100000") << qint64(10000000) << QString::fromUtf8("壹拾万元整");
        QTest::newRow("100005") << qint64(10000500) << QString::fromUtf8("壹拾万零伍元整");
        QTest::newRow("10010000") << qint64(1001000000) << QString::fromUtf8("壹仟零壹万元整");
        QTest::newRow("100000005") << qint64(10000000500) << QString::fromUtf8("壹亿零伍元整");
        QTest::newRow("2401.20") << qint64(240120) << QString::fromUtf8("贰仟肆佰零壹元贰角");
        QTest::newRow("0") << qint64(0) << QString::fromUtf8("零元整");
    }

    void chinese_capitalsAndDates()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, capitals);
        QCOMPARE(chinese::yuanInCapitals(fen), capitals);
        QCOMPARE(chinese::date(QDate(2026, 3, 5)), QString::fromUtf8("2026年3月5日"));
    }

    void qrCode_isSquareWithAQuietZone()
    {
        const QImage qr = qrCode("DOUDI|370323102-2026-3F2A9C1E-0001|93BCB6C005A06C42", 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(qr.pixelColor(16, 16), QColor(Qt::black)); // the finder pattern's corner, after 4 modules of quiet zone
    }

    void everyForm_rendersItsLabelsAndValues()
    {
        DocumentService documents(*m_profile);
        const Case approved = caseIn(CaseState::Approved);
        const Case waiting = caseIn(CaseState::AwaitingConfirmation);
        const Case refused = caseIn(CaseState::Refused);
        const Case temporary = caseIn(CaseState::PaidFirst);
        Case reviewed, tekun;
        const auto everyCase = CaseService(*m_profile).list({}, m_today);
        for (const CaseRow &r : *everyCase) {
            if (!r.c.democraticReview.isEmpty())
                reviewed = r.c;
            if (r.c.programme == CaseProgramme::Tekun && r.c.state == CaseState::AwaitingConfirmation)
                tekun = r.c;
        }
        QVERIFY(!approved.id.isEmpty() && !waiting.id.isEmpty() && !refused.id.isEmpty() && !temporary.id.isEmpty());
        QVERIFY(!reviewed.id.isEmpty() && !tekun.id.isEmpty());
        const Household h = *HouseholdService(*m_profile).get(approved.householdId);
        struct Expect
        {
            const char *form;
            const Case *c;
            QStringList words;
        };
        const QString head = h.head()->name;
        const QList<Expect> expected = {
            {"application", &approved, {QStringLiteral("社会救助申请书"), head, h.head()->idNumber, QStringLiteral("承诺"), QStringLiteral("按手印")}},
            {"authorisation", &approved, {QStringLiteral("家庭经济状况核对授权书"), head, QStringLiteral("本人签名并按手印")}},
            {"visit", &approved, {QStringLiteral("入户调查表"), QStringLiteral("王立新、赵秀梅"), QStringLiteral("调查情况")}},
            {"publicity", &approved, {QStringLiteral("社会救助对象公示"), QStringLiteral("公示期"), QStringLiteral("盖章")}},
            {"dibao_confirmation", &approved, {QStringLiteral("最低生活保障审核确认表"), head, QStringLiteral("低保标准"), QStringLiteral("起始发放月份")}},
            {"approval_notice", &approved, {QStringLiteral("社会救助确认通知书"), QStringLiteral("行政复议"), QStringLiteral("六个月"),
                                            chinese::yuanInCapitals(approved.monthlyFen)}},
            {"democratic_review", &reviewed, {QStringLiteral("民主评议记录"), QStringLiteral("同意 21 人")}},
            {"refusal_notice", &refused, {QStringLiteral("不予社会救助告知书"), QStringLiteral("行政复议"), QStringLiteral("理由")}},
            {"tekun_approval", &tekun, {QStringLiteral("特困人员认定审批表"), QStringLiteral("生活自理能力"), QStringLiteral("贰仟肆佰零壹元贰角")}},
            {"temporary_approval", &temporary, {QStringLiteral("临时救助审批表"), QStringLiteral("房屋失火"), QStringLiteral("已先行救助")}},
        };
        for (const Expect &e : expected) {
            const auto d = documents.issue(QString::fromLatin1(e.form), e.c->id, m_today);
            QVERIFY2(d.ok(), d ? e.form : qPrintable(d.error().message()));
            const auto pdf = d->document.pdf();
            QVERIFY(pdf.ok());
            const QString file = write(QString::fromLatin1(e.form) + QStringLiteral(".pdf"), *pdf);
            const QString text = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
            for (const QString &w : e.words)
                QVERIFY2(text.contains(w), qPrintable(QStringLiteral("%1 lacks %2").arg(QString::fromLatin1(e.form), w)));
            QVERIFY2(text.contains(d->record.number), e.form);
            QVERIFY2(text.contains(DocumentService::shortHash(d->record.sha256)), e.form);
            const QString info = run(QStringLiteral("pdfinfo"), {file});
            QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
            const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
            QVERIFY2(pages >= 1 && pages <= 3, qPrintable(info));
            if (QLatin1String(e.form) == QLatin1String("publicity")) {
                QVERIFY(info.contains(QStringLiteral("842 x 595"))); // landscape
                // Posted in public: no full ID number, no phone.
                QVERIFY(!QRegularExpression(QStringLiteral("\\d{17}[\\dX]")).match(text).hasMatch());
                QVERIFY(!text.contains(h.phone) || h.phone.isEmpty());
            }
        }
        // A form that does not fit the case's state is refused, with the reason.
        const auto early = documents.issue(QStringLiteral("approval_notice"), waiting.id, m_today);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code(), ErrorCode::NotAllowed);
    }

    void preview_isNotNumberedOrRecorded()
    {
        DocumentService documents(*m_profile);
        const Case c = caseIn(CaseState::Approved);
        const qint64 before = documents.list()->size();
        const auto draft = documents.preview(QStringLiteral("approval_notice"), c.id, m_today);
        QVERIFY(draft.ok());
        QVERIFY(draft->record.number.isEmpty());
        QVERIFY(draft->document.html().contains(QString::fromUtf8("打印时生成")));
        QCOMPARE(documents.list()->size(), before);
    }

    void forms_areChineseWhateverTheScreensLanguage()
    {
        installTranslations(QStringLiteral("en"));
        DocumentService documents(*m_profile);
        const auto draft = documents.preview(QStringLiteral("dibao_confirmation"), caseIn(CaseState::Approved).id, m_today);
        QVERIFY(QCoreApplication::translate("doudi::core::Case", "Dibao") == QStringLiteral("Dibao")); // the screen stays English
        installTranslations(QStringLiteral("zh_CN"));
        QVERIFY(draft.ok());
        QVERIFY2(draft->document.html().contains(QString::fromUtf8("户主")) && !draft->document.html().contains(QStringLiteral("Dibao"))
                     && !draft->document.html().contains(QStringLiteral("given when printed")),
                 qPrintable(draft->document.html().left(2000)));
    }

    void numbers_areUniqueAndPrintoutsVerify()
    {
        DocumentService documents(*m_profile);
        const Case c = caseIn(CaseState::Approved);
        const auto first = documents.issue(QStringLiteral("approval_notice"), c.id, m_today);
        const auto second = documents.issue(QStringLiteral("approval_notice"), c.id, m_today);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->record.number != second->record.number);
        QVERIFY(first->record.number.startsWith(c.areaCode.left(9) + QStringLiteral("-2026-")));
        // What is printed on the paper verifies; a changed code does not.
        const QString printed = DocumentService::shortHash(first->record.sha256);
        QVERIFY(documents.verify(first->record.number, printed)->matches);
        QVERIFY(documents.verify(first->record.number, first->record.sha256)->matches);
        QString altered = printed;
        altered[0] = altered[0] == u'A' ? u'B' : u'A';
        QVERIFY(!documents.verify(first->record.number, altered)->matches);
        QCOMPARE(documents.verify(QStringLiteral("370323102-2026-00000000-9999"), printed).error().code(), ErrorCode::NotFound);
        // A reprint keeps the number and says 补打.
        auto again = documents.reprint(first->record.number);
        QVERIFY(again.ok());
        QCOMPARE(documents.verify(first->record.number, printed)->record.reprints, 0); // not until printed
        QVERIFY(documents.recordReprint(first->record.number).ok());
        QCOMPARE(again->record.number, first->record.number);
        const QString text = run(QStringLiteral("pdftotext"), {write(QStringLiteral("reprint.pdf"), *again->document.pdf()), QStringLiteral("-")});
        QVERIFY(text.contains(QString::fromUtf8("补打")));
        QCOMPARE(documents.verify(first->record.number, printed)->record.reprints, 1);
    }

    void postedList_leavesMinorsOut()
    {
        const QJsonObject list = Forms::postedList(QStringLiteral("南麻街道"), m_today, m_today.addDays(7),
                                                   {{QStringLiteral("张桂英"), QDate(1966, 3, 15), QStringLiteral("城北居委会"), CaseProgramme::Dibao, 3, 137200},
                                                    {QStringLiteral("李小明"), QDate(2012, 3, 15), QStringLiteral("城北居委会"), CaseProgramme::Tekun, 1, 120000}},
                                                   m_today);
        QCOMPARE(list.value(QStringLiteral("rows")).toArray().size(), 1);
        QCOMPARE(list.value(QStringLiteral("left_out")).toInt(), 1);
    }

    void countyTemplate_overridesAndABrokenOneIsRefused()
    {
        const QString dir = DocumentService(*m_profile).templateDirectory();
        QDir().mkpath(dir);
        const Case c = caseIn(CaseState::Approved);
        QFile good(dir + QStringLiteral("/approval_notice.html"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("<p>沂源县民政局专用格式</p><p>{{number}} {{hash}} {{head_name}}</p><img src=\"doudi:qr\">");
        good.close();
        {
            DocumentService documents(*m_profile);
            const auto d = documents.issue(QStringLiteral("approval_notice"), c.id, m_today);
            QVERIFY(d.ok());
            QVERIFY(d->document.html().contains(QString::fromUtf8("沂源县民政局专用格式")));
            QVERIFY(documents.templateWarnings().isEmpty());
        }
        QVERIFY(good.open(QIODevice::WriteOnly | QIODevice::Truncate));
        good.write("<p>{{#members}}{{name}}</p>{{number}}{{hash}}");
        good.close();
        DocumentService documents(*m_profile);
        const auto d = documents.issue(QStringLiteral("approval_notice"), c.id, m_today);
        QVERIFY(d.ok()); // printed all the same, on the built-in form
        QVERIFY(d->document.html().contains(QString::fromUtf8("社会救助确认通知书")));
        QCOMPARE(documents.templateWarnings().size(), 1);
        QVERIFY2(documents.templateWarnings().first().contains(QStringLiteral("approval_notice.html")),
                 qPrintable(documents.templateWarnings().first()));
        QFile::remove(good.fileName());
    }

    void monthBatch_printsEveryDocumentOfTheMonthInOnePdf()
    {
        DocumentService documents(*m_profile);
        const Case c = caseIn(CaseState::Approved);
        const auto items = documents.monthBatch(c.areaCode.left(9) + QStringLiteral("000"), c.decidedOn);
        QVERIFY2(items.ok(), items ? "" : qPrintable(items.error().message()));
        QVERIFY(!items->isEmpty());
        const auto issued = documents.issueAll(*items, m_today);
        QVERIFY(issued.ok());
        QList<FormDocument> forms;
        for (const IssuedDocument &d : *issued)
            forms << d.document;
        const auto pdf = FormDocument::pdfOfAll(forms, QStringLiteral("batch"));
        QVERIFY(pdf.ok());
        const QString text = run(QStringLiteral("pdftotext"), {write(QStringLiteral("batch.pdf"), *pdf), QStringLiteral("-")});
        for (const IssuedDocument &d : *issued)
            QVERIFY(text.contains(d.record.number));
        int stopped = 0;
        QCOMPARE(FormDocument::pdfOfAll(forms, QStringLiteral("batch"), [&](int, int) { return ++stopped < 2; }).error().code(),
                 ErrorCode::Cancelled);
    }

    void monthBatch_onlyForTheUsersTownships()
    {
        ProfileSetup s;
        s.user = QStringLiteral("lucun");
        s.password = QStringLiteral("township-north-1");
        s.scope = QStringLiteral("370323102000");
        s.iterations = 1000;
        auto p = ProfileService::create(m_tmp.filePath(QStringLiteral("scoped")), s, nullptr);
        QVERIFY(p.ok());
        DocumentService documents(**p);
        QCOMPARE(documents.townships(), QStringList{QStringLiteral("370323102000")});
        QVERIFY(documents.monthBatch(QStringLiteral("370323102000"), m_today).ok());
        QCOMPARE(documents.monthBatch(QStringLiteral("370323104000"), m_today).error().code(), ErrorCode::NotAllowed);
    }

    void recoverySheet_showsTheCodeAndIsNotRecorded()
    {
        const qint64 before = DocumentService(*m_profile).list()->size();
        const auto sheet = DocumentService::recoverySheet(QStringLiteral("ABCD-EFGH-2345-6789-JKMN-PQRS"), QStringLiteral("wangfang"),
                                                          QString::fromUtf8("南麻街道"), m_today);
        QVERIFY(sheet.ok());
        const QString text = run(QStringLiteral("pdftotext"), {write(QStringLiteral("recovery.pdf"), *sheet->pdf()), QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("ABCD-EFGH-2345-6789-JKMN-PQRS")));
        QVERIFY(text.contains(QString::fromUtf8("保险柜")));
        QCOMPARE(DocumentService(*m_profile).list()->size(), before);
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
