#include "documents/formdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace doudi::core {

FormDocument::FormDocument(QString html, QImage qr, QPageLayout::Orientation orientation, QString title)
    : m_html(std::move(html)), m_qr(std::move(qr)), m_orientation(orientation), m_title(std::move(title))
{
}

QString FormDocument::fontFamily()
{
    // WenQuanYi Micro Hei: with Noto CJK, text extracted from Qt's PDFs comes back as radicals.
    return QStringLiteral("WenQuanYi Micro Hei");
}

QPageLayout FormDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), m_orientation, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> FormDocument::layout(QPagedPaintDevice *device) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    QFont font(fontFamily());
    font.setPointSizeF(10.5); // 五号, the size of official forms' body text
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("doudi:qr")), m_qr);
    doc->setHtml(m_html);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    doc->setPageSize(page.size());
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
