#pragma once

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace doudi::core {
class CaseService;
}

namespace doudi::ui {

// One step of the procedure (受理, 初审, 审核确认, 复核 …): asks for what that step records,
// then hands it to the workflow, whose reason for a refusal is shown here, the dialog
// staying open with what was typed.
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
    QList<QPair<QString, QWidget *>> m_fields;
};

} // namespace doudi::ui
