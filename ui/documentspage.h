#pragma once

#include "services/documentservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace doudi::ui {

// 文书打印: every document printed on this device (number, form, household, who and when,
// reprints), a reprint marked 补打, checking a printout's number and check code, and all of
// a township's documents for a month as one print job, with progress and cancel.
class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    DocumentsPage(core::Session &session, core::DocumentService &documents, QWidget *parent = nullptr);
    void refresh();
    // The month's batch for a township: numbered with a progress bar, then previewed (print
    // or save from there). Returns how many documents were produced.
    int printMonth(const QString &townshipCode, const QDate &month);
    // What a number and check code say about a printout, in words.
    QString verify(const QString &number, const QString &checkCode);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reprintSelected();
    void askToVerify();
    void askForMonth();

    core::Session &m_session;
    core::DocumentService &m_documents;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_reprint;
    QList<core::DocumentRecord> m_records;
};

} // namespace doudi::ui
