#include "ui/picturelist.h"
#include "ui/screenfit.h"

#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace doudi::ui {

namespace {
constexpr int kMaxSide = 1600; // enough to read a scanned paper, small enough to sync
constexpr int kThumb = 96;
} // namespace

QIcon thumbnailIcon(const QByteArray &imageBytes)
{
    QImage image;
    image.loadFromData(imageBytes);
    QPixmap thumb = QPixmap::fromImage(image.scaled(kThumb - 2, kThumb - 2, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QPixmap framed(thumb.width() + 2, thumb.height() + 2);
    framed.fill(QColor(0x90, 0x90, 0x90));
    QPainter(&framed).drawPixmap(1, 1, thumb);
    return QIcon(framed);
}

void showPicture(QWidget *parent, const QByteArray &imageBytes, const QString &caption)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(caption);
    auto *label = new QLabel;
    QPixmap pixmap;
    pixmap.loadFromData(imageBytes);
    label->setPixmap(pixmap);
    auto *scroll = new QScrollArea;
    scroll->setWidget(label);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(close);
    fitToScreen(&dialog, QSize(900, 700));
    dialog.exec();
}

PictureList::PictureList(const QString &addLabel, bool labelled, QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_labelled(labelled)
{
    m_list->setObjectName(QStringLiteral("pictures"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setGridSize(QSize(kThumb + 40, kThumb + 36));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(kThumb + 44);
    if (labelled)
        m_list->setToolTip(tr("Double-click a caption (or press F2) to say what the paper is."));
    connect(m_list, &QListWidget::itemChanged, this, &PictureList::changed);
    auto *add = new QPushButton(addLabel);
    add->setObjectName(QStringLiteral("addPictures"));
    connect(add, &QPushButton::clicked, this, &PictureList::choose);
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removePicture"));
    remove->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, remove, [remove](int row) { remove->setEnabled(row >= 0); });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        Q_EMIT changed();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

bool PictureList::addFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        Q_EMIT problem(tr("%1 is not a picture Doudi can read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (image.width() > kMaxSide || image.height() > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    addJpeg(jpeg, m_labelled ? QFileInfo(path).completeBaseName() : QString());
    return true;
}

void PictureList::addJpeg(const QByteArray &jpeg, const QString &label)
{
    auto *item = new QListWidgetItem(thumbnailIcon(jpeg), m_labelled ? label : tr("Photo %1").arg(m_list->count() + 1));
    item->setData(Qt::UserRole, jpeg);
    if (m_labelled)
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->addItem(item);
    Q_EMIT changed();
}

int PictureList::count() const
{
    return m_list->count();
}

QByteArray PictureList::jpeg(int i) const
{
    return m_list->item(i)->data(Qt::UserRole).toByteArray();
}

QString PictureList::label(int i) const
{
    return m_list->item(i)->text().trimmed();
}

void PictureList::choose()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose pictures"), QString(),
                                                            tr("Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    for (const QString &f : files)
        addFile(f);
}

} // namespace doudi::ui
