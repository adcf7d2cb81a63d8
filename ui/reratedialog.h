#pragma once

#include "services/rerate.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace doudi::core {
class DocumentService;
class RerateService;
class Session;
} // namespace doudi::core

namespace doudi::ui {

// 调标: the township works out every paid household again under the standards in force on a
// day (on a worker thread, with progress and Cancel), checks the list, confirms it as one
// batch and prints the 调标变动清单. Households that changed since their decision are marked
// as problems: they go to review, not to a new amount.
class RerateDialog : public QDialog
{
    Q_OBJECT
public:
    RerateDialog(core::Session &session, core::DocumentService &documents, QWidget *parent = nullptr);
    ~RerateDialog() override;

    void setFrom(const QDate &from);
    // Works the list out for the date and township shown (as the button does).
    void makeList();
    const core::RerateList &list() const { return m_list; }

private:
    void showList();
    void confirm();
    void print();
    QString townshipCode() const;

    std::unique_ptr<core::RerateService> m_rerate;
    core::DocumentService &m_documents;
    core::RerateList m_list;
    bool m_haveList = false;
    QDateEdit *m_from;
    QComboBox *m_township;
    QLabel *m_summary;
    QLabel *m_totals;
    QTableWidget *m_table;
    QPushButton *m_confirm;
    QPushButton *m_print;
};

// Opens the dialog; with a date (after a policy import announcing one) the list is made at once.
void openRerate(QWidget *parent, core::Session &session, core::DocumentService &documents, const QDate &from = {});

} // namespace doudi::ui
