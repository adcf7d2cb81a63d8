#include "common/clock.h"
#include "documents/chinesetext.h"
#include "documents/forms.h"
#include "documents/qrcode.h"
#include "documents/template.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
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
        QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(pdf);
        return path;
    }

    // The title's word on the first page and the page's width, from pdftotext -bbox.
    static std::pair<double, double> titleCentreAndPageWidth(const QString &pdf, const QString &title)
    {
        const QString xml =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                              QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
        const auto page = QRegularExpression(QStringLiteral("<page width=\"([0-9.]+)\"")).match(xml);
        const auto word =
            QRegularExpression(
                QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>"))
                .globalMatch(xml);
        auto it = word;
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(3).startsWith(title))
                return {(m.captured(1).toDouble() + m.captured(2).toDouble()) / 2, page.captured(1).toDouble()};
        }
        return {-1, page.captured(1).toDouble()};
    }

    // A signature as the visit dialog's pad gives it: strokes on white, PNG.
    static QByteArray signaturePng(int seed)
    {
        QImage image(260, 110, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setPen(QPen(Qt::black, 3));
        for (int i = 0; i < 6; ++i)
            p.drawLine(30 + i * 30, 70 - (i + seed) % 3 * 15, 55 + i * 30, 40 + (i * seed) % 4 * 10);
        p.end();
        QByteArray png;
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        image.save(&b, "PNG");
        return png;
    }

    QString textOf(const QByteArray &pdf, const QString &name)
    {
        return run(QStringLiteral("pdftotext"), {write(name, pdf), QStringLiteral("-")});
    }

    // A case in the wanted state (the demo walks 16 applications to every stage), of dibao
    // or, for the steps 特困 has too, of temporary aid: families with a member in extreme
    // poverty give the demo 特困 cases as well.
    Case caseIn(CaseState state)
    {
        const auto rows = CaseService(*m_profile).list({state}, m_today);
        for (const auto &r : *rows) {
            if (r.c.programme != CaseProgramme::Tekun)
                return r.c;
        }
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
        QVERIFY(cases
                    .advance(investigating.id,
                             {QStringLiteral("democratic_review"),
                              QJsonObject{{QStringLiteral("outcome"), QString::fromUtf8("到会 23 人，同意 21 人，不同意 2 人")}}},
                             m_today)
                    .ok());
        QVERIFY(cases
                    .advance(caseIn(CaseState::AwaitingConfirmation).id,
                             {QStringLiteral("refuse"),
                              QJsonObject{{QStringLiteral("reason"), QStringLiteral("income_over_standard")}}},
                             m_today)
                    .ok());
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
            {QStringLiteral("record_check"),
             {{QStringLiteral("date"), d.toString(Qt::ISODate)},
              {QStringLiteral("report_number"), QString::fromUtf8("沂核〔2026〕0207号")},
              {QStringLiteral("agencies"), QJsonArray{QStringLiteral("tax"), QStringLiteral("real_estate"),
                                                      QStringLiteral("vehicles"), QStringLiteral("deposits")}},
              {QStringLiteral("result"), QStringLiteral("differs")},
              {QStringLiteral("differences"), QString::fromUtf8("长子名下有一辆2019年登记的小型轿车，申报时未列")}}},
            {QStringLiteral("record_visit"),
             {{QStringLiteral("investigators"), QJsonArray{QString::fromUtf8("王立新"), QString::fromUtf8("赵秀梅")}},
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
        const auto t =
            Template::parse(QStringLiteral("<p>{{name}}</p>{{#rows}}<td>{{index}}.{{v}}</td>{{/rows}}{{^rows}}无{{/rows}}"
                                           "{{#flag}}!{{/flag}}{{head.name}}"));
        QVERIFY(t.ok());
        const QJsonObject ctx{
            {QStringLiteral("name"), QStringLiteral("<张桂英>")},
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
        QVERIFY(!approved.check.reportNumber.isEmpty()); // the demo's 核对 report
        const Household h = *HouseholdService(*m_profile).get(approved.householdId);
        struct Expect
        {
            const char *form;
            const Case *c;
            QStringList words;
        };
        const QString head = h.head()->name;
        const QList<Expect> expected = {
            {"application",
             &approved,
             {QStringLiteral("社会救助申请书"), head, h.head()->idNumber, QStringLiteral("承诺"), QStringLiteral("按手印")}},
            {"authorisation", &approved, {QStringLiteral("家庭经济状况核对授权书"), head, QStringLiteral("本人签名并按手印")}},
            {"visit", &approved, {QStringLiteral("入户调查表"), QStringLiteral("王立新、赵秀梅"), QStringLiteral("调查情况")}},
            {"publicity", &approved, {QStringLiteral("社会救助对象公示"), QStringLiteral("公示期"), QStringLiteral("盖章")}},
            {"dibao_confirmation",
             &approved,
             {QStringLiteral("最低生活保障审核确认表"), head, QStringLiteral("低保标准"), QStringLiteral("起始发放月份"),
              approved.check.reportNumber, QStringLiteral("■纳税"), QStringLiteral("与申报情况一致")}},
            {"approval_notice",
             &approved,
             {QStringLiteral("社会救助确认通知书"), QStringLiteral("行政复议"), QStringLiteral("六个月"),
              chinese::yuanInCapitals(approved.monthlyFen)}},
            {"democratic_review", &reviewed, {QStringLiteral("民主评议记录"), QStringLiteral("同意 21 人")}},
            {"refusal_notice",
             &refused,
             {QStringLiteral("不予社会救助告知书"), QStringLiteral("行政复议"), QStringLiteral("理由")}},
            {"tekun_approval",
             &tekun,
             {QStringLiteral("特困人员认定审批表"), QStringLiteral("生活自理能力"), QStringLiteral("贰仟肆佰零壹元贰角"),
              QStringLiteral("沂核〔2026〕0207号"), QStringLiteral("□户籍"), QStringLiteral("■车辆"),
              QStringLiteral("与申报情况不符"), QStringLiteral("申报时未列")}},
            {"temporary_approval",
             &temporary,
             {QStringLiteral("临时救助审批表"), QStringLiteral("房屋失火"), QStringLiteral("已先行救助")}},
        };
        for (const Expect &e : expected) {
            const auto d = documents.issue(QString::fromLatin1(e.form), e.c->id, m_today);
            QVERIFY2(d.ok(), d ? e.form : qPrintable(d.error().message()));
            const auto pdf = d->document.pdf();
            QVERIFY(pdf.ok());
            const QString file = write(QString::fromLatin1(e.form) + QStringLiteral(".pdf"), *pdf);
            if (const QString keep = qEnvironmentVariable("DOUDI_FORMS_DIR"); !keep.isEmpty())
                QFile::copy(file, keep + u'/' + QString::fromLatin1(e.form) + QStringLiteral(".pdf")); // to look at
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
        QVERIFY2(draft->document.html().contains(QString::fromUtf8("户主")) &&
                     !draft->document.html().contains(QStringLiteral("Dibao")) &&
                     !draft->document.html().contains(QStringLiteral("given when printed")),
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
        const QString text =
            run(QStringLiteral("pdftotext"), {write(QStringLiteral("reprint.pdf"), *again->document.pdf()), QStringLiteral("-")});
        QVERIFY(text.contains(QString::fromUtf8("补打")));
        QCOMPARE(documents.verify(first->record.number, printed)->record.reprints, 1);
    }

    void postedList_leavesMinorsOut()
    {
        const QJsonObject list = Forms::postedList(
            QStringLiteral("南麻街道"), m_today, m_today.addDays(7),
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
        const auto sheet = DocumentService::recoverySheet(QStringLiteral("ABCD-EFGH-2345-6789-JKMN-PQRS"),
                                                          QStringLiteral("wangfang"), QString::fromUtf8("南麻街道"), m_today);
        QVERIFY(sheet.ok());
        const QString text =
            run(QStringLiteral("pdftotext"), {write(QStringLiteral("recovery.pdf"), *sheet->pdf()), QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("ABCD-EFGH-2345-6789-JKMN-PQRS")));
        QVERIFY(text.contains(QString::fromUtf8("保险柜")));
        QCOMPARE(DocumentService(*m_profile).list()->size(), before);
    }
    void everyForm_hasItsTitleCentredAndItsQrCodeInTheCorner()
    {
        DocumentService documents(*m_profile);
        const Case approved = caseIn(CaseState::Approved);
        for (const QString &form : {QStringLiteral("application"), QStringLiteral("visit"), QStringLiteral("publicity"),
                                    QStringLiteral("dibao_confirmation"), QStringLiteral("approval_notice")}) {
            const auto d = documents.issue(form, approved.id, m_today);
            QVERIFY2(d.ok(), qPrintable(form));
            const QString pdf = write(form + QStringLiteral("-centre.pdf"), *d->document.pdf());
            const QString title =
                QRegularExpression(QStringLiteral("class=\"title\">([^<{]+)")).match(d->document.html()).captured(1);
            QVERIFY2(!title.isEmpty(), qPrintable(form));
            const auto [centre, width] = titleCentreAndPageWidth(pdf, title.left(4));
            QVERIFY2(centre > 0, qPrintable(form + QStringLiteral(": no title ") + title));
            // The middle of the page (the margins are equal), to within a point.
            QVERIFY2(qAbs(centre - width / 2) < 1.5,
                     qPrintable(QStringLiteral("%1: title centred at %2 of %3").arg(form).arg(centre).arg(width)));
            // The QR code: ink in the top right corner of the first page, none in the top left.
            const QString prefix = m_tmp.filePath(form + QStringLiteral("-page"));
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"),
                 QStringLiteral("-f"), QStringLiteral("1"), pdf, prefix});
            const QImage page(prefix + QStringLiteral(".png"));
            QVERIFY(!page.isNull());
            const auto inkIn = [&](const QRect &r) {
                int n = 0;
                for (int y = r.top(); y <= r.bottom(); ++y)
                    for (int x = r.left(); x <= r.right(); ++x)
                        n += qGray(page.pixel(x, y)) < 100;
                return n;
            };
            const int w = page.width(), h = page.height();
            const QRect topRight(int(w * 0.80), 0, int(w * 0.20) - 1, int(h * 0.12));
            const QRect topLeft(0, 0, int(w * 0.20), int(h * 0.12));
            QVERIFY2(inkIn(topRight) > 150, qPrintable(QStringLiteral("%1: %2").arg(form).arg(inkIn(topRight))));
            QCOMPARE(inkIn(topLeft), 0);
        }
    }

    void authorities_areNamedByTheirKind()
    {
        QCOMPARE(Forms::countyAuthority(QStringLiteral("沂源县")), QStringLiteral("沂源县民政局"));
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("370323102000"), QStringLiteral("鲁村镇")),
                 QStringLiteral("鲁村镇人民政府"));
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("370323002000"), QStringLiteral("南麻街道")),
                 QStringLiteral("南麻街道办事处"));
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("370323201000"), QStringLiteral("土门乡")),
                 QStringLiteral("土门乡人民政府"));
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("152921201000"), QStringLiteral("巴彦诺日公苏木")),
                 QStringLiteral("巴彦诺日公苏木人民政府"));
        // A name that does not say: the statistics code does (001–099 street, 100–399 town or township).
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("370323003000"), QStringLiteral("城区")), QStringLiteral("城区办事处"));
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("370323150000"), QStringLiteral("新城")),
                 QStringLiteral("新城人民政府"));
        QCOMPARE(Forms::townshipAuthority(QStringLiteral("370323400000"), QStringLiteral("经济开发区管委会")),
                 QStringLiteral("经济开发区管委会"));
        // The decision's authority: whoever made it.
        Case c;
        c.state = CaseState::Approved;
        c.history << CaseHistory{QDateTime(),
                                 QStringLiteral("li"),
                                 QStringLiteral("county"),
                                 QStringLiteral("confirm"),
                                 CaseState::AwaitingConfirmation,
                                 CaseState::Approved,
                                 QString()};
        QCOMPARE(Forms::deciderOf(c, QStringLiteral("县"), QStringLiteral("镇")), QStringLiteral("县"));
        c.history.last().role = QStringLiteral("township_head");
        QCOMPARE(Forms::deciderOf(c, QStringLiteral("县"), QStringLiteral("镇")), QStringLiteral("镇"));
    }

    void notices_areIssuedByOneAuthorityOnALine()
    {
        DocumentService documents(*m_profile);
        const Case approved = caseIn(CaseState::Approved);
        const Case refused = caseIn(CaseState::Refused);
        for (const auto &[form, c] :
             {std::pair{QStringLiteral("approval_notice"), approved}, std::pair{QStringLiteral("refusal_notice"), refused},
              std::pair{QStringLiteral("publicity"), approved}, std::pair{QStringLiteral("authorisation"), approved}}) {
            const auto d = documents.issue(form, c.id, m_today);
            QVERIFY2(d.ok(), qPrintable(form));
            const QString township = AreaRegistry::current().name(c.areaCode.left(9) + QStringLiteral("000"));
            const QString authority =
                township + (township.endsWith(QStringLiteral("街道")) ? QStringLiteral("办事处") : QStringLiteral("人民政府"));
            const QString text = textOf(*d->document.pdf(), form + QStringLiteral("-issuer.pdf"));
            QVERIFY2(text.contains(authority), qPrintable(form + QStringLiteral(": ") + text));
            QVERIFY2(!text.contains(QStringLiteral("（街道办事处）")) && !text.contains(QStringLiteral("民政局 /")),
                     qPrintable(text));
            if (form.endsWith(QLatin1String("_notice"))) {
                // The demo county delegates confirmation to the township head, who decided these.
                const QStringList lines = text.split(u'\n');
                QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                                     [&](const QString &l) { return l.trimmed() == authority + QStringLiteral("（盖章）"); }),
                         qPrintable(text));
            }
        }
    }

    void publicNotice_printsTheSupervisionPhone()
    {
        DocumentService documents(*m_profile);
        const auto d = documents.issue(QStringLiteral("publicity"), caseIn(CaseState::Approved).id, m_today);
        QVERIFY(d.ok());
        const QString text = textOf(*d->document.pdf(), QStringLiteral("phone.pdf"));
        QVERIFY2(text.contains(QStringLiteral("监督电话：0533-3241234")), qPrintable(text)); // the demo policy's
        QVERIFY(documents.templateWarnings().isEmpty());
    }

    void visitForm_printsTheSignaturesDrawnAtTheVisit()
    {
        CaseService cases(*m_profile);
        const Case c = caseIn(CaseState::Investigating);
        QVERIFY(!c.id.isEmpty());
        CaseService::VisitInput v;
        v.date = m_today;
        v.investigators = {QStringLiteral("孙明"), QStringLiteral("周丽")};
        v.findings = QStringLiteral("屋内陈设简单，与申报一致。");
        v.checklist = {{QStringLiteral("housing"), QStringLiteral("safe")}};
        v.signaturesPng = {{QStringLiteral("孙明"), signaturePng(1)},
                           {QStringLiteral("周丽"), signaturePng(2)},
                           {QStringLiteral("interviewee"), signaturePng(3)}};
        QVERIFY(cases.recordVisit(c.id, v, m_today).ok());
        DocumentService documents(*m_profile);
        const auto d = documents.issue(QStringLiteral("visit"), c.id, m_today);
        QVERIFY(d.ok());
        QCOMPARE(d->document.html().count(QStringLiteral("src=\"doudi:signature-")), 3);
        const QString pdf = write(QStringLiteral("visit-signed.pdf"), *d->document.pdf());
        if (const QString keep = qEnvironmentVariable("DOUDI_FORMS_DIR"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/visit-signed.pdf"));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(!text.contains(QStringLiteral("已在系统中签名")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("调查人员签名")) && text.contains(QStringLiteral("受访人签名")) &&
                     text.contains(QStringLiteral("孙明")),
                 qPrintable(text));
        // The QR code and the three drawings, as images of the page.
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n').mid(2);
        const auto drawn =
            std::count_if(images.cbegin(), images.cend(), [](const QString &l) { return l.contains(QStringLiteral("image")); });
        QVERIFY2(drawn >= 4, qPrintable(images.join(u'\n')));
    }

    void confirmationForm_showsTheAssessmentTheDecisionWasMadeOn()
    {
        const Case approved = caseIn(CaseState::Approved);
        QVERIFY2(!approved.decisionAssessment.isEmpty(), "the confirmation kept its assessment");
        QCOMPARE(approved.decisionAssessment.value(QStringLiteral("step")).toString(), QStringLiteral("confirm"));
        const Assessment then = Assessment::fromJson(approved.decisionAssessment);
        QVERIFY(!then.trace.isEmpty());
        // The household's income rises after the decision: the form still shows the basis the
        // decision was made on.
        HouseholdService households(*m_profile);
        Household h = *households.get(approved.householdId);
        QVERIFY(!h.incomes.isEmpty());
        h.incomes.first().annualFen += 3600000;
        QVERIFY(households.update(h.meta.id, h.toJson(), {QString::fromUtf8("经营收入增加"), {}}).ok());
        const Assessment today = *CaseService(*m_profile).assess(approved.id, m_today);
        QVERIFY(today.annualCountedIncome != then.annualCountedIncome);
        DocumentService documents(*m_profile);
        const auto d = documents.issue(QStringLiteral("dibao_confirmation"), approved.id, m_today);
        QVERIFY(d.ok());
        const QString text = textOf(*d->document.pdf(), QStringLiteral("basis.pdf"));
        QVERIFY2(text.contains(money::formatYuan(then.annualCountedIncome)), qPrintable(text));
        QVERIFY2(!text.contains(money::formatYuan(today.annualCountedIncome)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("作出决定时的测算")), qPrintable(text));
        QVERIFY2(text.contains(then.trace.first().sentence.left(8)), qPrintable(text));
        // A case decided before decisions kept their assessment says so, and recomputes nothing.
        Case old = approved;
        old.decisionAssessment = {};
        const auto t = Template::parse([] {
            QFile f(QStringLiteral(":/doudi/templates/dibao_confirmation.html"));
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll());
        }());
        QVERIFY(t.ok());
        const QString html = t->render(Forms::context(QStringLiteral("dibao_confirmation"), FormInput{old,
                                                                                                      h,
                                                                                                      QStringLiteral("沂源县"),
                                                                                                      QStringLiteral("鲁村镇"),
                                                                                                      QStringLiteral("北村"),
                                                                                                      QStringLiteral("wangfang"),
                                                                                                      m_today,
                                                                                                      {}}));
        QVERIFY2(html.contains(QStringLiteral("未保存测算结果")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("月人均收入")));
    }

    void rareCharacterName_isPrintedAndTheRestExtracts()
    {
        // 吉𠮷祥: 𠮷 (U+20BB7) lies outside the BMP. The ID number is made up, its check character computed.
        const QString first17 = QStringLiteral("37032319800101999");
        const QString id = first17 + IdNumber::checkCharacter(first17);
        QVERIFY(IdNumber::isValid(id));
        DemoData demo(AreaRegistry::builtIn(), 99);
        Household h = demo.household();
        h.members.first().name = QStringLiteral("吉𠮷祥");
        h.members.first().idNumber = id;
        h.members.first().birthDate = QDate(1980, 1, 1);
        h.members.first().sex = Sex::Male;
        QVERIFY(HouseholdService(*m_profile).importMany({h}, 1).ok());
        const auto all = HouseholdService(*m_profile).list(0, 1000);
        QString householdId;
        for (const HouseholdSummary &s : *all) {
            if (s.headName == QStringLiteral("吉𠮷祥"))
                householdId = s.id;
        }
        QVERIFY(!householdId.isEmpty());
        const auto c = CaseService::forHistory(*m_profile).create(householdId, CaseProgramme::Dibao, false, m_today);
        QVERIFY(c.ok());
        const auto d = DocumentService(*m_profile).issue(QStringLiteral("application"), c->id, m_today);
        QVERIFY(d.ok());
        QVERIFY(d->document.html().contains(QStringLiteral("吉𠮷祥")));
        const QString pdf = write(QStringLiteral("rare.pdf"), *d->document.pdf());
        if (const QString keep = qEnvironmentVariable("DOUDI_FORMS_DIR"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/application-rare.pdf"));
        // Drawn with a face that has it (the glyphs are checked in tst_formtypesetting); the text
        // around it extracts, 𠮷 itself not (Qt 6.4), and nothing here depends on it.
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("HanaMin")), qPrintable(fonts));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(id), qPrintable(text));
        QVERIFY2(text.contains(u'吉') && text.contains(u'祥'), qPrintable(text));
    }

    // Last: it replaces the demo policy with one that names the county's own font files and
    // gives no supervision phone.
    void countyPolicy_fontFilesAndAMissingPhone()
    {
        const QString fontFile = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        if (!QFile::exists(fontFile))
            QSKIP("fonts-wqy-microhei is not installed");
        DocumentService documents(*m_profile);
        const QString fonts = QFileInfo(documents.templateDirectory()).dir().filePath(QStringLiteral("fonts"));
        QVERIFY(QDir().mkpath(fonts));
        QVERIFY(QFile::copy(fontFile, fonts + QStringLiteral("/county-song.ttc")));
        QFile demo(QStringLiteral(":/doudi/policy/demo-370323.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray params;
        for (const QJsonValue &v : policy.value(QStringLiteral("parameters")).toArray()) {
            if (v.toObject().value(QStringLiteral("key")).toString() != QLatin1String("print.supervision.phone"))
                params.append(v);
        }
        const auto param = [](const char *key, const char *value) {
            return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                               {QStringLiteral("area"), QStringLiteral("370323")},
                               {QStringLiteral("from"), QStringLiteral("2023-01-01")},
                               {QStringLiteral("value"), QString::fromLatin1(value)},
                               {QStringLiteral("source"), QStringLiteral("test")}};
        };
        params.append(param("print.font.body", "county-song.ttc"));
        params.append(param("print.font.title", "missing.ttf"));
        policy.insert(QStringLiteral("parameters"), params);
        policy.insert(QStringLiteral("title"), QStringLiteral("沂源县（字体测试）"));
        const QString file = write(QStringLiteral("policy-fonts.json"), QJsonDocument(policy).toJson());
        QVERIFY(PolicyService(*m_profile).importFile(file).ok());

        const auto d = documents.issue(QStringLiteral("publicity"), caseIn(CaseState::Approved).id, m_today);
        QVERIFY(d.ok());
        const QString pdf = write(QStringLiteral("county-fonts.pdf"), *d->document.pdf());
        const QString faces = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(faces.contains(QStringLiteral("MicroHei")) && !faces.contains(QStringLiteral("UMing")), qPrintable(faces));
        QVERIFY2(faces.contains(QStringLiteral("ZenHei")), qPrintable(faces)); // the title's file is missing: the standard face
        const QString warnings = documents.templateWarnings().join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("missing.ttf")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("print.supervision.phone")), qPrintable(warnings));
        // No phone: a line to write it on by hand, never a gap that looks like a fault.
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("监督电话：＿＿＿＿＿＿＿＿＿＿")), qPrintable(text));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
