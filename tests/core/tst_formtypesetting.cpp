#include "documents/formdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

using namespace doudi::core;

// How a form is set, the way a person checks a printed page: the faces (pdffonts), text that
// extracts (pdftotext), no paragraph ending in a lone character or two, none leaving a line
// alone at the foot or head of a page, no closing lines alone on a last page, and characters
// outside the BMP drawn (pdftoppm: Qt 6.4 leaves them out of the text layer, so nothing here
// depends on extracting them).
class TestFormTypesetting : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString pdfOf(const FormDocument &form, const QString &name)
    {
        const auto pdf = form.pdf();
        if (!pdf)
            return {};
        QString path = m_tmp.filePath(name + QStringLiteral(".pdf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(*pdf);
        return path;
    }

    static FormDocument form(const QString &html)
    {
        return FormDocument(html, QImage(), QPageLayout::Portrait, QStringLiteral("test"));
    }

    // The lines of each paragraph of the root frame, as page numbers, as paint() prints them.
    struct Laid
    {
        int pages = 0;
        QList<QList<int>> paragraphPages; // one list per paragraph: the page of each line
        QStringList paragraphTexts;
        QList<QList<int>> lastLineLengths;
    };

    static Laid lay(const FormDocument &f)
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setResolution(300);
        writer.setPageLayout(f.pageLayout());
        const std::unique_ptr<QTextDocument> doc = f.layout(&writer);
        Laid out;
        out.pages = doc->pageCount();
        const qreal pageHeight = doc->pageSize().height();
        for (QTextFrame::iterator it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
            const QTextBlock b = it.currentBlock();
            if (!b.isValid() || b.text().trimmed().isEmpty())
                continue;
            const QRectF r = doc->documentLayout()->blockBoundingRect(b);
            QList<int> pages;
            for (int i = 0; i < b.layout()->lineCount(); ++i)
                pages << int((r.top() + b.layout()->lineAt(i).y()) / pageHeight);
            out.paragraphPages << pages;
            out.paragraphTexts << b.text();
        }
        return out;
    }

    static int lastLineOf(const QTextBlock &b)
    {
        const QTextLine last = b.layout()->lineAt(b.layout()->lineCount() - 1);
        int n = 0;
        const QString text = b.text().mid(last.textStart(), last.textLength()).trimmed();
        for (const QChar c : text)
            n += !c.isLowSurrogate();
        return n;
    }

    // Columns of a page image that hold ink, between two rows.
    static QPair<int, int> inkExtent(const QImage &page, int *inkPixels)
    {
        int left = page.width(), right = -1;
        *inkPixels = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                if (qGray(page.pixel(x, y)) < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    ++*inkPixels;
                }
            }
        }
        return {left, right};
    }

    QImage render(const QString &pdf, const QString &name)
    {
        const QString prefix = m_tmp.filePath(name);
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-singlefile"), pdf, prefix});
        return QImage(prefix + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void standardFaces_areTheSongBodyAndTheHeiTitleWhereInstalled()
    {
        const FormFonts f = FormFonts::standard();
        const QStringList installed = QFontDatabase::families();
        QVERIFY2(installed.contains(f.body), qPrintable(f.body));
        QVERIFY2(installed.contains(f.title), qPrintable(f.title));
        // scripts/setup installs both; a machine without them falls back to an installed face.
        QCOMPARE(f.body, QStringLiteral("AR PL UMing CN"));
        QCOMPARE(f.title, QStringLiteral("WenQuanYi Zen Hei"));
        QCOMPARE(FormDocument::fontFamily(), f.body);
    }

    void pdf_namesBothFacesAndItsTextExtracts()
    {
        // Characters Noto CJK would give back as radicals (⽣ ⼈ ⽉ …): these faces give them back.
        const QString common = QStringLiteral("生人月日民户身金门车马");
        const QString path = pdfOf(form(QStringLiteral("<p align=\"center\" class=\"title\">最低生活保障审核确认表</p>"
                                                       "<p class=\"heading\">一、家庭成员</p><p>%1</p>")
                                            .arg(common)),
                                   QStringLiteral("faces"));
        const QString fonts = run(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral("UMing")), qPrintable(fonts));
        QVERIFY2(fonts.contains(QStringLiteral("ZenHei")), qPrintable(fonts));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("最低生活保障审核确认表")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("一、家庭成员")), qPrintable(text));
        QVERIFY2(text.contains(common), qPrintable(text));
    }

    void countyFontFile_isLoadedAndUsed()
    {
        // Any font file will do for the test: WenQuanYi Micro Hei stands in for a county's 仿宋.
        const QString file = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        if (!QFile::exists(file))
            QSKIP("fonts-wqy-microhei is not installed");
        const auto family = FormFonts::loadFile(file);
        QVERIFY(family.ok());
        QCOMPARE(*family, QStringLiteral("WenQuanYi Micro Hei"));
        FormDocument f = form(QStringLiteral("<p>县里自己的字体</p>"));
        f.setFonts({*family, FormFonts::standard().title});
        const QString fonts = run(QStringLiteral("pdffonts"), {pdfOf(f, QStringLiteral("county-font"))});
        QVERIFY2(fonts.contains(QStringLiteral("MicroHei")) && !fonts.contains(QStringLiteral("UMing")), qPrintable(fonts));
        QVERIFY(!FormFonts::loadFile(m_tmp.filePath(QStringLiteral("none.ttf"))).ok());
    }

    void noParagraph_endsInALineOfOneOrTwoCharacters()
    {
        // Paragraph lengths around a full line and two, with the notice's own closing sentence.
        QString html;
        const QString sentence =
            QStringLiteral("如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。");
        html += QStringLiteral("<p>%1</p>").arg(sentence);
        const QString filler =
            QStringLiteral("经入户调查、家庭经济状况核对、公示等程序，依据社会救助暂行办法及本县社会救助政策，");
        for (int n = 40; n <= 110; ++n)
            html += QStringLiteral("<p>%1。</p>").arg(QString(filler + filler + filler).left(n - 1));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setResolution(300);
        const FormDocument f = form(html);
        writer.setPageLayout(f.pageLayout());
        const std::unique_ptr<QTextDocument> doc = f.layout(&writer);
        int multiLine = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.layout()->lineCount() < 2)
                continue;
            ++multiLine;
            QVERIFY2(lastLineOf(b) >= 3,
                     qPrintable(QStringLiteral("%1 chars: the last line has %2").arg(b.text().size()).arg(lastLineOf(b))));
        }
        QVERIFY(multiLine > 50);
        // On paper: no line of the PDF is '讼。' alone.
        const QString text =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), pdfOf(form(QStringLiteral("<p>%1</p>").arg(sentence)), QStringLiteral("runt")),
                 QStringLiteral("-")});
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(line.trimmed().isEmpty() || line.trimmed().size() > 2, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("诉讼。")), qPrintable(text));
    }

    void noParagraph_leavesOneLineAloneAtTheFootOrHeadOfAPage()
    {
        const QString four =
            QStringLiteral("本人承诺以上所填内容及所交材料真实、完整，如有虚假，愿承担相应法律责任，并退还违规领取的救助金。")
                .repeated(3);
        for (int fillers = 5; fillers <= 90; ++fillers) {
            QString html;
            for (int i = 0; i < fillers; ++i)
                html += QStringLiteral("<p>第%1行</p>").arg(i + 1);
            html += QStringLiteral("<p>%1</p><p>结束</p>").arg(four);
            const Laid laid = lay(form(html));
            for (int p = 0; p < laid.paragraphPages.size(); ++p) {
                const QList<int> &pages = laid.paragraphPages[p];
                for (int page = pages.first(); page <= pages.last(); ++page) {
                    const auto lines = pages.count(page);
                    QVERIFY2(lines == pages.size() || lines >= 2,
                             qPrintable(QStringLiteral("%1 fillers: paragraph %2 has %3 of its %4 lines on page %5")
                                            .arg(fillers)
                                            .arg(p)
                                            .arg(lines)
                                            .arg(pages.size())
                                            .arg(page + 1)));
                }
            }
        }
    }

    void heading_staysWithWhatItHeads()
    {
        const QString table =
            QStringLiteral("<table border=\"1\" width=\"100%\"><tr><th>姓名</th><th>关系</th></tr>"
                           "<tr><td>张桂英</td><td>本人</td></tr><tr><td>李建国</td><td>配偶</td></tr></table>");
        for (int fillers = 5; fillers <= 90; ++fillers) {
            QString html;
            for (int i = 0; i < fillers; ++i)
                html += QStringLiteral("<p>第%1行</p>").arg(i + 1);
            html += QStringLiteral("<p class=\"heading\">二、家庭收入</p>") + table;
            const FormDocument f = form(html);
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QPdfWriter writer(&sink);
            writer.setResolution(300);
            writer.setPageLayout(f.pageLayout());
            const std::unique_ptr<QTextDocument> doc = f.layout(&writer);
            const qreal pageHeight = doc->pageSize().height();
            QTextBlock heading;
            QTextFrame *tableFrame = nullptr;
            for (QTextFrame::iterator it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().text() == QStringLiteral("二、家庭收入"))
                    heading = it.currentBlock();
                if (it.currentFrame())
                    tableFrame = it.currentFrame();
            }
            QVERIFY(heading.isValid() && tableFrame);
            const int headingPage = int(doc->documentLayout()->blockBoundingRect(heading).top() / pageHeight);
            const int tablePage = int((doc->documentLayout()->frameBoundingRect(tableFrame).top() + 1) / pageHeight);
            QVERIFY2(headingPage == tablePage, qPrintable(QStringLiteral("%1 fillers: heading on page %2, its table on %3")
                                                              .arg(fillers)
                                                              .arg(headingPage + 1)
                                                              .arg(tablePage + 1)));
        }
    }

    void closingLines_areNeverAloneOnTheLastPage()
    {
        const QString closing = QStringLiteral("<p align=\"right\">沂源县民政局（盖章）<br>2026年11月27日</p>");
        for (int fillers = 5; fillers <= 90; ++fillers) {
            QString html;
            for (int i = 0; i < fillers; ++i)
                html += QStringLiteral("<p>第%1段：经入户调查、家庭经济状况核对、公示等程序。</p>").arg(i + 1);
            html += closing;
            const Laid laid = lay(form(html));
            // Whatever the last page holds, it holds more than the closing: a paragraph of the
            // form stands above the seal.
            int onLast = 0;
            for (const QList<int> &pages : laid.paragraphPages)
                onLast += pages.contains(laid.pages - 1);
            QVERIFY2(laid.pages == 1 || onLast >= 2,
                     qPrintable(QStringLiteral("%1 fillers: %2 pages, %3 paragraph(s) on the last")
                                    .arg(fillers)
                                    .arg(laid.pages)
                                    .arg(onLast)));
        }
    }

    void charactersOutsideTheBmp_areDrawn()
    {
        if (FormFonts::rareCharacterFaces().isEmpty())
            QSKIP("no face with CJK Extension B (fonts-hanazono) is installed");
        // 吉𠮷祥 set large, alone on a page, against 吉祥: the middle character takes its own
        // em of the line and holds ink like its neighbours (a missing glyph takes no room, or
        // shows an empty box).
        const auto page = [&](const QString &name, const QString &file) {
            const QString pdf = pdfOf(form(QStringLiteral("<p style=\"font-size:48pt\">%1</p>").arg(name)), file);
            return std::make_pair(pdf, render(pdf, file));
        };
        const auto [threePdf, three] = page(QStringLiteral("吉𠮷祥"), QStringLiteral("rare"));
        const auto [twoPdf, two] = page(QStringLiteral("吉祥"), QStringLiteral("common"));
        QVERIFY(!three.isNull() && !two.isNull());
        int inkThree = 0, inkTwo = 0;
        const auto [l3, r3] = inkExtent(three, &inkThree);
        const auto [l2, r2] = inkExtent(two, &inkTwo);
        const double widthRatio = double(r3 - l3) / double(r2 - l2);
        QVERIFY2(widthRatio > 1.35 && widthRatio < 1.7, qPrintable(QString::number(widthRatio)));
        const double inkRatio = double(inkThree) / double(inkTwo);
        QVERIFY2(inkRatio > 1.3 && inkRatio < 1.8, qPrintable(QString::number(inkRatio)));
        // Drawn with a face that has it, embedded in the PDF.
        const QString fonts = run(QStringLiteral("pdffonts"), {threePdf});
        QVERIFY2(fonts.contains(QStringLiteral("HanaMin")), qPrintable(fonts));
        // The characters of the BMP around it still extract.
        const QString text = run(QStringLiteral("pdftotext"), {threePdf, QStringLiteral("-")});
        QVERIFY2(text.contains(u'吉') && text.contains(u'祥'), qPrintable(text));
    }
};

QTEST_MAIN(TestFormTypesetting)
#include "tst_formtypesetting.moc"
