#pragma once

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace doudi::core {
class CaseService;
}

namespace doudi::ui {

// One step of the procedure (受理, 核对, 初审, 审核确认, 复核 …): asks for what that step records
// for the case's programme, then hands it to the workflow, whose reason for a refusal is
// shown here, the dialog staying open with what was typed.
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(core::CaseService &cases, QString caseId, QString event, QWidget *parent = nullptr);
    // Fills a field before the person sees it (e.g. the assessed amount for 初审).
    void preset(const QString &key, const QVariant &value);

private:
    void submit();

    core::CaseService &m_cases;
    QString m_caseId;
    QString m_event;
    QFormLayout *m_form;
    QLabel *m_error;
    struct Input
    {
        QString key;
        int kind; // how the widget's value goes into the step's data (Kind in the source)
        QWidget *widget;
    };
    QList<Input> m_fields;
};

} // namespace doudi::ui
