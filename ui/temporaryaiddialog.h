#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace doudi::core {
class CaseService;
struct TemporaryRequest;
} // namespace doudi::core

namespace doudi::ui {

// 临时救助, the fast path for a household on record: what happened, what is asked, and as it
// is typed what the county's policy allows (caps, what was paid this year, who approves).
// Small quick aid for urgent hardship is paid first and the paperwork follows.
class TemporaryAidDialog : public QDialog
{
    Q_OBJECT
public:
    TemporaryAidDialog(core::CaseService &cases, QString householdId, const QString &headName, QWidget *parent = nullptr);

private:
    bool request(core::TemporaryRequest *out) const;
    void updatePreview();
    void submit();

    core::CaseService &m_cases;
    QString m_householdId;
    QComboBox *m_kind;
    QCheckBox *m_quick;
    QLineEdit *m_requested;
    QLineEdit *m_costs;
    QLineEdit *m_otherAid;
    QSpinBox *m_stages;
    QPlainTextEdit *m_reason;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace doudi::ui
