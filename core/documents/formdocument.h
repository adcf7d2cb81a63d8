#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPageLayout>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace doudi::core {

// The faces a form is set in, like an official document (公文): a Song/Ming body and a Hei title.
// Both must be faces whose text Qt's PDF writer maps back correctly (DESIGN §11: not Noto CJK).
struct FormFonts
{
    QString body;  // family; empty: the standard one
    QString title; // family, for titles and headings; empty: the standard one

    // AR PL UMing CN and WenQuanYi Zen Hei where installed, else the nearest that is. Needs a
    // QGuiApplication (as laying a form out does).
    static FormFonts standard();
    // These faces, the standard one where one is not given.
    FormFonts orStandard() const;
    // The family of a font file (a county's own face), loaded once per process.
    static Result<QString> loadFile(const QString &path);
    // The faces characters outside the BMP (rare characters in names, 𠮷) are drawn with when
    // the face itself lacks them; Qt 6.4 draws them but leaves them out of the PDF's text.
    static QStringList rareCharacterFaces();
};

// A filled form ready to lay out: its HTML, the QR code it shows, and A4 portrait or
// landscape. It renders the same to a PDF and to a printer.
class FormDocument
{
    Q_DECLARE_TR_FUNCTIONS(FormDocument)
public:
    FormDocument(QString html, QImage qr, QPageLayout::Orientation orientation, QString title);

    // The body face every form is set in unless the county names its own.
    static QString fontFamily();
    // The faces given, empty for the standard ones (resolved when the form is laid out, so
    // that a form can be made where there is no QGuiApplication).
    const FormFonts &fonts() const { return m_fonts; }
    void setFonts(const FormFonts &fonts) { m_fonts = fonts; }
    // An image the HTML shows as <img src="doudi:NAME"> (a signature captured on screen).
    void addImage(const QString &name, const QImage &image) { m_images.insert(name, image); }

    // A list that runs over several pages numbers them at the foot ("第 1 页，共 3 页"), so that
    // a page that comes loose can be put back.
    void setPageNumbers(bool on) { m_pageNumbers = on; }

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

    // The form laid out for a device, as paint() prints it: the body size that fits it, no
    // paragraph ending in a line of one or two characters, no paragraph leaving a single
    // line at the foot or the head of a page, no heading at the foot of a page, and no last
    // page holding only the closing lines.
    std::unique_ptr<QTextDocument> layout(QPagedPaintDevice *device) const;

private:
    std::unique_ptr<QTextDocument> build(QPagedPaintDevice *device, qreal bodyPoints) const;

    QString m_html;
    QImage m_qr;
    QPageLayout::Orientation m_orientation;
    QString m_title;
    FormFonts m_fonts;
    QHash<QString, QImage> m_images;
    bool m_pageNumbers = false;
};

} // namespace doudi::core
