#pragma once

#include <QWidget>

class QListWidget;

class QIcon;

namespace doudi::ui {

// A thumbnail of a stored picture with a thin frame, so that a white page stands out.
QIcon thumbnailIcon(const QByteArray &imageBytes);
// Shows one picture full size, scrollable, in a dialog of its own.
void showPicture(QWidget *parent, const QByteArray &imageBytes, const QString &caption);

// Pictures (photos, scanned papers) chosen from files, downscaled on the device (DESIGN §6)
// and shown as thumbnails. With labels, each picture's caption says what it shows and can
// be edited in place (double-click or F2).
class PictureList : public QWidget
{
    Q_OBJECT
public:
    PictureList(const QString &addLabel, bool labelled, QWidget *parent = nullptr);

    // Reads, downscales and adds one picture; false (and problem()) if it cannot be read.
    bool addFile(const QString &path);
    void addJpeg(const QByteArray &jpeg, const QString &label);
    int count() const;
    QByteArray jpeg(int i) const;
    QString label(int i) const;

Q_SIGNALS:
    void changed();
    void problem(const QString &message);

private:
    void choose();

    QListWidget *m_list;
    bool m_labelled;
};

} // namespace doudi::ui
