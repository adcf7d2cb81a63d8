#include "documents/formdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QUrl>

namespace doudi::core {

namespace {
QString firstInstalled(const QStringList &wanted, const QString &otherwise)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &w : wanted) {
        if (families.contains(w))
            return w;
    }
    return otherwise;
}

QString cssFamilies(const QString &first)
{
    QStringList quoted;
    for (const QString &f : QStringList{first} + FormFonts::rareCharacterFaces())
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

// Characters that count as one in the runt rule: a surrogate pair (𠮷) is one character.
int characters(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        n += !text.at(i).isLowSurrogate();
    return n;
}

constexpr int kShortestLastLine = 3; // '讼。' alone is a runt; '诉讼。' is not

int lastLineLength(const QTextBlock &block)
{
    const QTextLayout *l = block.layout();
    if (!l || l->lineCount() < 2)
        return kShortestLastLine;
    const QTextLine last = l->lineAt(l->lineCount() - 1);
    return characters(block.text().mid(last.textStart(), last.textLength()).trimmed());
}

void setLetterSpacing(const QTextBlock &block, qreal percent)
{
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat f;
    f.setFontLetterSpacingType(QFont::PercentageSpacing);
    f.setFontLetterSpacing(percent);
    c.mergeCharFormat(f);
}

// A paragraph whose last line holds one or two characters ('讼。') is set a little tighter,
// so that they join the line before, or else a little looser, so that more come down to them.
void avoidRunts(QTextDocument &doc)
{
    doc.documentLayout()->documentSize(); // lays the whole document out
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!b.layout() || b.layout()->lineCount() < 2 || lastLineLength(b) >= kShortestLastLine)
            continue;
        const int lines = b.layout()->lineCount();
        bool fixed = false;
        for (const qreal percent : {99.0, 98.0, 97.0, 96.0, 95.0, 101.0, 102.0, 103.0, 104.0, 105.0}) {
            setLetterSpacing(b, percent);
            doc.documentLayout()->blockBoundingRect(b);
            if (b.layout()->lineCount() < lines || lastLineLength(b) >= kShortestLastLine) {
                fixed = true;
                break;
            }
        }
        if (!fixed)
            setLetterSpacing(b, 100.0);
    }
}

// One thing the root frame holds: a paragraph, or a table (or other frame) as a whole.
struct Item
{
    QTextBlock block; // valid for a paragraph
    QTextFrame *frame = nullptr;
    qreal top = 0, bottom = 0;
    QList<qreal> lineTops; // a paragraph's lines, in document coordinates
};

QList<Item> itemsOf(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    layout->documentSize();
    QList<Item> out;
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        Item item;
        if (QTextFrame *f = it.currentFrame()) {
            const QRectF r = layout->frameBoundingRect(f);
            item.frame = f;
            item.top = r.top();
            item.bottom = r.bottom();
        } else {
            item.block = it.currentBlock();
            const QRectF r = layout->blockBoundingRect(item.block);
            item.top = r.top();
            item.bottom = r.bottom();
            if (const QTextLayout *l = item.block.layout()) {
                for (int i = 0; i < l->lineCount(); ++i)
                    item.lineTops << r.top() + l->lineAt(i).y();
            }
            if (item.lineTops.isEmpty() || item.block.text().trimmed().isEmpty())
                continue; // an empty paragraph is only space
        }
        out << item;
    }
    return out;
}

void breakBefore(const Item &item)
{
    if (item.frame) {
        QTextFrameFormat f = item.frame->frameFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        item.frame->setFrameFormat(f);
    } else {
        QTextCursor c(item.block);
        QTextBlockFormat f = item.block.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        c.setBlockFormat(f);
    }
}

bool isHeading(const Item &item, const QString &titleFamily)
{
    if (!item.block.isValid() || item.lineTops.size() != 1)
        return false;
    const QStringList families = item.block.charFormat().fontFamilies().toStringList();
    for (QTextBlock::iterator it = item.block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().fontFamilies().toStringList().value(0) == titleFamily)
            return true;
    }
    return families.value(0) == titleFamily;
}

// Moves to the next page a paragraph that leaves one line alone at the foot or the head of a
// page, and a heading that would stand at the foot of a page with what it heads on the next.
// One change at a time, the layout redone after each.
void keepTogether(QTextDocument &doc, const QString &titleFamily)
{
    const qreal pageHeight = doc.pageSize().height();
    const auto pageOf = [&](qreal y) { return int(y / pageHeight); };
    for (int round = 0; round < 40; ++round) {
        const QList<Item> items = itemsOf(doc);
        bool changed = false;
        for (int i = 0; i < items.size() && !changed; ++i) {
            const Item &item = items[i];
            if (item.block.isValid() && item.lineTops.size() >= 2 && item.bottom - item.top < pageHeight / 2) {
                const int firstPage = pageOf(item.lineTops.first());
                const int lastPage = pageOf(item.lineTops.last());
                if (firstPage != lastPage) {
                    const auto onFirst = std::count_if(item.lineTops.cbegin(), item.lineTops.cend(),
                                                       [&](qreal y) { return pageOf(y) == firstPage; });
                    if (onFirst == 1 || item.lineTops.size() - onFirst == 1) {
                        breakBefore(item);
                        changed = true;
                    }
                }
            }
            if (!changed && i + 1 < items.size() && isHeading(item, titleFamily) &&
                pageOf(items[i + 1].top + 1) > pageOf(item.lineTops.first())) {
                breakBefore(item);
                changed = true;
            }
        }
        if (!changed)
            return;
    }
}

// Whether the last page holds only the closing few lines of a longer form.
bool lastPageHoldsOnlyTheClosing(QTextDocument &doc)
{
    if (doc.pageCount() < 2)
        return false;
    const qreal pageHeight = doc.pageSize().height();
    const qreal used = doc.documentLayout()->documentSize().height() - (doc.pageCount() - 1) * pageHeight;
    return used < pageHeight * 0.15;
}

// Takes the last thing before the closing lines over to the last page with them, so that what
// is signed or sealed there stands under text of the form (GB/T 9704 7.3.5.3 says the same).
void pullToLastPage(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    const int last = doc.pageCount() - 1;
    const QList<Item> items = itemsOf(doc);
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (items[i].top < last * pageHeight) {
            if (items[i].bottom - items[i].top < pageHeight * 0.4 && i > 0)
                breakBefore(items[i]);
            return;
        }
    }
}
} // namespace

FormFonts FormFonts::standard()
{
    static const FormFonts fonts = [] {
        FormFonts f;
        f.body = firstInstalled(
            {QStringLiteral("AR PL UMing CN"), QStringLiteral("AR PL SungtiL GB"), QStringLiteral("WenQuanYi Micro Hei")},
            QStringLiteral("WenQuanYi Micro Hei"));
        f.title = firstInstalled({QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei")}, f.body);
        return f;
    }();
    return fonts;
}

FormFonts FormFonts::orStandard() const
{
    if (!body.isEmpty() && !title.isEmpty())
        return *this;
    const FormFonts standard = FormFonts::standard();
    return {body.isEmpty() ? standard.body : body, title.isEmpty() ? standard.title : title};
}

QStringList FormFonts::rareCharacterFaces()
{
    static const QStringList faces = [] {
        QStringList out;
        const QStringList families = QFontDatabase::families();
        for (const QString &f : {QStringLiteral("HanaMinA"), QStringLiteral("HanaMinB"), QStringLiteral("BabelStone Han")}) {
            if (families.contains(f))
                out << f;
        }
        return out;
    }();
    return faces;
}

Result<QString> FormFonts::loadFile(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, QString> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded.constFind(path); it != loaded.cend())
        return *it;
    const int id = QFontDatabase::addApplicationFont(path);
    const QString family = id < 0 ? QString() : QFontDatabase::applicationFontFamilies(id).value(0);
    if (family.isEmpty())
        return Error(ErrorCode::InvalidInput, FormDocument::tr("%1 is not a font file that can be used.").arg(path));
    loaded.insert(path, family);
    return family;
}

FormDocument::FormDocument(QString html, QImage qr, QPageLayout::Orientation orientation, QString title)
    : m_html(std::move(html)), m_qr(std::move(qr)), m_orientation(orientation), m_title(std::move(title))
{
}

QString FormDocument::fontFamily()
{
    return FormFonts::standard().body;
}

QPageLayout FormDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_orientation, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> FormDocument::build(QPagedPaintDevice *device, qreal bodyPoints) const
{
    const FormFonts fonts = m_fonts.orStandard();
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    QFont font;
    font.setFamilies(QStringList{fonts.body} + FormFonts::rareCharacterFaces());
    font.setPointSizeF(bodyPoints); // 五号 (10.5 pt), the size of official forms' body text
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    // Titles and headings in the Hei face, not bold (a 公文 title is set in its face, not
    // emboldened); the number line small under the title.
    const QString title = cssFamilies(fonts.title);
    doc->setDefaultStyleSheet(QStringLiteral(".title { font-family: %1; font-size: 18pt; font-weight: normal; }\n"
                                             ".heading, th { font-family: %1; font-weight: normal; }\n"
                                             ".number { font-size: 9pt; }\n")
                                  .arg(title));
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("doudi:qr")), m_qr);
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("doudi:") + it.key()), it.value());
    doc->setHtml(m_html);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    doc->setPageSize(page.size());
    avoidRunts(*doc);
    keepTogether(*doc, fonts.title);
    return doc;
}

std::unique_ptr<QTextDocument> FormDocument::layout(QPagedPaintDevice *device) const
{
    std::unique_ptr<QTextDocument> doc = build(device, 10.5);
    if (!lastPageHoldsOnlyTheClosing(*doc))
        return doc;
    // A few closing lines alone on the last page: set the body a little smaller if that brings
    // them back (小五 9 pt is the smallest a form's body goes; 9.5 pt is kept to)…
    for (const qreal points : {10.0, 9.5}) {
        std::unique_ptr<QTextDocument> smaller = build(device, points);
        if (smaller->pageCount() < doc->pageCount() || !lastPageHoldsOnlyTheClosing(*smaller))
            return smaller;
    }
    // … else take the paragraph before them over to the last page too.
    pullToLastPage(*doc);
    keepTogether(*doc, m_fonts.orStandard().title);
    return doc;
}

void FormDocument::paint(QPainter &painter, QPagedPaintDevice *device, bool first) const
{
    device->setPageLayout(pageLayout()); // takes effect from the next page
    if (!first)
        device->newPage();
    const std::unique_ptr<QTextDocument> doc = layout(device);
    const QSizeF page = doc->pageSize();
    for (int i = 0; i < doc->pageCount(); ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        doc->drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        if (m_pageNumbers) {
            // In the bottom margin, under the text area (the painter draws outside the paint rect).
            painter.save();
            QFont font = doc->defaultFont();
            font.setPointSizeF(9);
            painter.setFont(font);
            const qreal line = painter.fontMetrics().height();
            painter.drawText(QRectF(0, page.height() + line * 0.5, page.width(), line * 1.5), Qt::AlignHCenter | Qt::AlignTop,
                             QStringLiteral("第 %1 页，共 %2 页").arg(i + 1).arg(doc->pageCount()));
            painter.restore();
        }
    }
}

Status FormDocument::paintAll(const QList<FormDocument> &forms, QPagedPaintDevice *device,
                              const std::function<bool(int, int)> &progress)
{
    if (forms.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("There is nothing to print."));
    device->setPageLayout(forms.first().pageLayout());
    QPainter painter(device);
    if (!painter.isActive())
        return Error(ErrorCode::Io, tr("The printer could not be opened."));
    for (int i = 0; i < forms.size(); ++i) {
        if (progress && !progress(i, int(forms.size()))) {
            painter.end();
            return Error(ErrorCode::Cancelled, tr("Printing was stopped."));
        }
        forms[i].paint(painter, device, i == 0);
    }
    if (progress)
        progress(int(forms.size()), int(forms.size()));
    return {};
}

Result<QByteArray> FormDocument::pdfOfAll(const QList<FormDocument> &forms, const QString &title,
                                          const std::function<bool(int, int)> &progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Doudi"));
        if (Status st = paintAll(forms, &writer, progress); !st)
            return st.error();
    }
    return bytes;
}

Result<QByteArray> FormDocument::pdf() const
{
    return pdfOfAll({*this}, m_title);
}

} // namespace doudi::core
