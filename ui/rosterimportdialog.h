#pragma once

#include "roster/rosterplan.h"
#include "services/rosterimportservice.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace doudi::core {
class Session;
}

namespace doudi::ui {

// Issue 16: a township's existing roster carried over. The person chooses the file, confirms
// which column holds what (remembered for the file's layout, or read from the usual headers),
// has every row checked, and either imports the whole file (on a worker thread, with progress
// and Cancel) or saves the list of problems as a spreadsheet to fix the file from.
class RosterImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RosterImportDialog(core::Session &session, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    // The steps, as the buttons take them (tests call them too).
    void chooseFile();
    void check();
    void importAll();
    void saveReport();
    const core::RosterPlan &plan() const { return m_plan; }
    int imported() const { return m_imported; }

private:
    void showFile();
    void showHeaders();
    void showPlan();
    core::RosterMapping mapping() const;
    void mappingChanged();

    core::Session &m_session;
    core::RosterImportService m_rosters;
    std::optional<core::RosterFile> m_file;
    core::RosterPlan m_plan;
    bool m_checked = false;
    int m_imported = 0;
    QLabel *m_fileName;
    QLabel *m_source;
    QSpinBox *m_headerRow;
    QMap<core::RosterField, QComboBox *> m_columns;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_report;
};

} // namespace doudi::ui
