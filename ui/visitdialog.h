#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace doudi::core {
class CaseService;
}

namespace doudi::ui {

class PictureList;
class SignaturePad;

// 入户调查: the home visit of an application under investigation — who visited (the signed-in
// user and a colleague this device knows, or anyone named by hand), the living conditions, what was found, photos, and the
// signatures of the investigators and the person interviewed, written on the screen.
class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    VisitDialog(core::CaseService &cases, QString caseId, const QString &interviewee, QWidget *parent = nullptr);
    // Adds a photo from a file, downscaled (a file dialog calls this; tests call it directly).
    bool addPhotoFile(const QString &path);

private:
    void save();

    core::CaseService &m_cases;
    QString m_caseId;
    QDateEdit *m_date;
    QLineEdit *m_lateReason;
    QComboBox *m_first;  // the signed-in user to start with
    QComboBox *m_second; // a colleague from the list, or anyone by name
    QComboBox *m_housing;
    QComboBox *m_food;
    QComboBox *m_clothing;
    QLineEdit *m_appliances;
    QPlainTextEdit *m_findings;
    PictureList *m_photos;
    SignaturePad *m_firstSignature;
    SignaturePad *m_secondSignature;
    SignaturePad *m_intervieweeSignature;
    QLabel *m_error;
};

} // namespace doudi::ui
