#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace doudi::core {

// A filled form ready to lay out: its HTML, the QR code it shows, and A4 portrait or
// landscape. It renders the same to a PDF and to a printer.
class FormDocument
{
    Q_DECLARE_TR_FUNCTIONS(FormDocument)
public:
    FormDocument(QString html, QImage qr, QPageLayout::Orientation orientation, QString title);

    // The font every form is set in: one whose text extracts correctly from a PDF.
    static QString fontFamily();
    QPageLayout pageLayout() const;
    // Paints the form's pages with a painter already open on the device, after what is there
    // (a new page first unless this is the first thing painted): several forms, one print job.
    void paint(QPainter &painter, QPagedPaintDevice *device, bool first) const;
    Result<QByteArray> pdf() const;
    // Several forms as one print job (one PDF, or one job on a printer). progress(done, total)
    // returns false to stop; the result is then Cancelled. Runs on any thread.
    static Status paintAll(const QList<FormDocument> &forms, QPagedPaintDevice *device,
                           const std::function<bool(int done, int total)> &progress = {});
    static Result<QByteArray> pdfOfAll(const QList<FormDocument> &forms, const QString &title,
                                       const std::function<bool(int done, int total)> &progress = {});
    const QString &html() const { return m_html; }

private:
    std::unique_ptr<QTextDocument> layout(QPagedPaintDevice *device) const;

    QString m_html;
    QImage m_qr;
    QPageLayout::Orientation m_orientation;
    QString m_title;
};

} // namespace doudi::core
