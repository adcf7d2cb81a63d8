#include "ui/rosterimportdialog.h"

#include "common/clock.h"
#include "services/profileservice.h"
#include "ui/backgroundtask.h"
#include "ui/filedialog.h"
#include "ui/listtable.h"
#include "ui/messagebox.h"
#include "ui/problemtext.h"
#include "ui/screenfit.h"
#include "ui/spreadsheetsave.h"
#include "ui/waitcursor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
// The fields in the order the person reads them: the required ones first.
const QList<RosterField> kFields = {RosterField::Township,      RosterField::Village,    RosterField::MemberName,
                                    RosterField::Relation,      RosterField::IdNumber,   RosterField::Programme,
                                    RosterField::MonthlyAmount, RosterField::StartMonth, RosterField::HouseholdNumber,
                                    RosterField::HeadIdNumber,  RosterField::HeadName,   RosterField::MonthlyIncome,
                                    RosterField::Phone,         RosterField::Address};
constexpr int kFieldsPerColumn = 5;

enum ProblemColumn
{
    Row,
    Column,
    Field,
    Value,
    Reason
};

} // namespace

RosterImportDialog::RosterImportDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_rosters(session), m_fileName(new QLabel), m_source(new QLabel),
      m_headerRow(new QSpinBox), m_tabs(new QTabWidget), m_summary(new QLabel),
      m_problems(makeListTable({tr("Row"), tr("Column"), tr("Field"), tr("Value"), tr("Problem")})),
      m_check(new QPushButton(tr("C&heck every row"))), m_import(new QPushButton(tr("&Import the whole file…"))),
      m_report(new QPushButton(tr("&Save the problems…")))
{
    setWindowTitle(tr("Import a roster"));
    auto *choose = new QPushButton(tr("&Choose a file…"));
    choose->setObjectName(QStringLiteral("chooseFile"));
    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    m_fileName->setObjectName(QStringLiteral("fileName"));
    m_fileName->setText(tr("A township's roster of 低保 and 特困 households: .xlsx, .xls or .csv, one row per member."));
    m_fileName->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(choose);

    // Which column holds what.
    auto *mappingPage = new QWidget;
    auto *grid = new QGridLayout;
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(1, 20);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        showHeaders();
        mappingChanged();
    });
    for (int i = 0; i < kFields.size(); ++i) {
        const RosterField f = kFields[i];
        const bool required = RosterMapping::required().contains(f);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("column_") + RosterMapping::fieldCode(f));
        combo->setMinimumContentsLength(8);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::currentIndexChanged, this, &RosterImportDialog::mappingChanged);
        auto *label = new QLabel(required ? tr("%1 *").arg(RosterMapping::fieldLabel(f)) : RosterMapping::fieldLabel(f));
        label->setBuddy(combo);
        const int row = i % kFieldsPerColumn;
        const int column = (i / kFieldsPerColumn) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        m_columns.insert(f, combo);
    }
    for (int c = 1; c < grid->columnCount(); c += 2)
        grid->setColumnStretch(c, 1);
    auto *headerLine = new QHBoxLayout;
    auto *headerLabel = new QLabel(tr("Headers on row:"));
    headerLabel->setBuddy(m_headerRow);
    headerLine->addWidget(headerLabel);
    headerLine->addWidget(m_headerRow);
    headerLine->addSpacing(12);
    m_source->setObjectName(QStringLiteral("mappingSource"));
    m_source->setWordWrap(true);
    headerLine->addWidget(m_source, 1);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addLayout(headerLine);
    mappingLayout->addLayout(grid);
    auto *note = new QLabel(tr("Fields marked * are needed. Rows are grouped into households by the household number, or the "
                               "head's ID number, when the file has one; otherwise each head's row starts a household."));
    note->setWordWrap(true);
    mappingLayout->addWidget(note);
    mappingLayout->addStretch(1);

    // What the check found.
    auto *resultPage = new QWidget;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);

    m_tabs->setObjectName(QStringLiteral("steps"));
    m_tabs->addTab(mappingPage, tr("1. Columns"));
    m_tabs->addTab(resultPage, tr("2. Check"));

    m_check->setObjectName(QStringLiteral("check"));
    m_import->setObjectName(QStringLiteral("import"));
    m_report->setObjectName(QStringLiteral("saveReport"));
    connect(m_check, &QPushButton::clicked, this, &RosterImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::importAll);
    connect(m_report, &QPushButton::clicked, this, &RosterImportDialog::saveReport);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_report, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    showFile();
    fitToScreen(this, QSize(940, 540));
}

RosterImportDialog::~RosterImportDialog() = default;

void RosterImportDialog::chooseFile()
{
    const QString path =
        FileDialog::openFile(this, tr("Import a roster"), QString(), tr("Rosters (*.xlsx *.xls *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<RosterFile> file = [&] {
        const WaitCursor wait;
        return m_rosters.open(path);
    }();
    if (!file) {
        MessageBox::warn(this, windowTitle(), file.error().message());
        return;
    }
    m_file = std::move(file).value();
    showFile();
}

void RosterImportDialog::showFile()
{
    const bool have = m_file.has_value();
    m_check->setEnabled(have);
    m_headerRow->setEnabled(have);
    for (QComboBox *combo : std::as_const(m_columns))
        combo->setEnabled(have);
    if (!have) {
        mappingChanged();
        return;
    }
    m_fileName->setText(
        tr("%1 — sheet “%2”, %n row(s)", nullptr, int(m_file->sheet.rows.size())).arg(m_file->fileName, m_file->sheet.name));
    m_source->setText(m_file->remembered ? tr("The columns as you confirmed them last time for files laid out like this one.")
                      : m_file->mapping.columns.isEmpty() ? tr("No usual headers found: choose the column of each field.")
                                                          : tr("Read from the headers: check each field before you go on."));
    {
        const QSignalBlocker block(m_headerRow);
        m_headerRow->setMaximum(qMax(1, qMin(20, int(m_file->sheet.rows.size()))));
        m_headerRow->setValue(m_file->mapping.headerRow + 1);
    }
    showHeaders();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setCurrentIndex(it.value()->findData(m_file->mapping.column(it.key())));
    }
    m_tabs->setCurrentIndex(0);
    mappingChanged();
}

void RosterImportDialog::showHeaders()
{
    if (!m_file)
        return;
    const QStringList headers = m_file->sheet.rows.value(m_headerRow->value() - 1);
    int width = 0;
    for (const QStringList &row : std::as_const(m_file->sheet.rows))
        width = qMax(width, int(row.size()));
    for (QComboBox *combo : std::as_const(m_columns)) {
        const QSignalBlocker block(combo);
        const int chosen = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < width; ++c)
            combo->addItem(tr("%1 — %2").arg(columnLetters(c), headers.value(c).simplified().left(20)), c);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    }
}

RosterMapping RosterImportDialog::mapping() const
{
    RosterMapping m;
    m.headerRow = m_headerRow->value() - 1;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (const int column = it.value()->currentData().toInt(); column >= 0)
            m.columns.insert(it.key(), column);
    }
    return m;
}

// A change of the mapping makes the last check stale: check again before importing.
void RosterImportDialog::mappingChanged()
{
    m_checked = false;
    m_plan = {};
    m_import->setEnabled(false);
    m_report->setEnabled(false);
    m_problems->setRowCount(0);
    const QStringList missing = m_file ? mapping().missing() : QStringList();
    m_summary->setText(!m_file             ? tr("Choose the roster file first.")
                       : missing.isEmpty() ? tr("Check every row before anything is imported.")
                                           : tr("Still to choose: %1.").arg(missing.join(tr(", "))));
}

void RosterImportDialog::check()
{
    if (!m_file)
        return;
    const RosterMapping m = mapping();
    Result<RosterPlan> plan = [&] {
        const WaitCursor wait;
        return m_rosters.check(*m_file, m, Clock::today());
    }();
    if (!plan) {
        MessageBox::warn(this, windowTitle(), plan.error().message());
        return;
    }
    m_plan = std::move(plan).value();
    m_checked = true;
    showPlan();
    m_tabs->setCurrentIndex(1);
}

void RosterImportDialog::showPlan()
{
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(int(m_plan.problems.size()));
    for (int r = 0; r < m_plan.problems.size(); ++r) {
        const RosterProblem &p = m_plan.problems[r];
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, p.row);
        const QList<QTableWidgetItem *> items = {row, new QTableWidgetItem(p.column), new QTableWidgetItem(p.field),
                                                 new QTableWidgetItem(p.value.simplified()),
                                                 new QTableWidgetItem(p.reason.simplified())};
        for (int c = 0; c < items.size(); ++c) {
            markAsProblem(items[c]);
            if (c == Reason)
                items[c]->setToolTip(p.reason);
            m_problems->setItem(r, c, items[c]);
        }
    }
    m_problems->setSortingEnabled(true);
    m_problems->resizeColumnsToContents();
    Fen monthly = 0;
    for (const RosterHousehold &h : std::as_const(m_plan.households))
        monthly += h.monthlyFen;
    if (m_plan.ok()) {
        m_summary->setText(tr("All %n row(s) can be imported: %1 households, %2 persons, paid %3 yuan a month in all. Each "
                              "becomes a case being paid, to be reviewed on its cycle.",
                              nullptr, m_plan.rows)
                               .arg(m_plan.households.size())
                               .arg(m_plan.persons())
                               .arg(money::formatYuan(monthly)));
    } else {
        m_summary->setText(tr("%n problem(s) in %1 rows read. Nothing can be imported until the file is fixed: save the problems "
                              "as a spreadsheet, correct the file, and check it again.",
                              nullptr, int(m_plan.problems.size()))
                               .arg(m_plan.rows));
    }
    m_import->setEnabled(m_plan.ok());
    m_report->setEnabled(!m_plan.problems.isEmpty());
}

void RosterImportDialog::importAll()
{
    if (!m_file || !m_checked || !m_plan.ok())
        return;
    if (!MessageBox::ask(this, windowTitle(),
                         tr("Import %1 households (%2 persons) from %3, each as a case being paid since the month the file "
                            "gives? They go to the county at the next sync.")
                             .arg(m_plan.households.size())
                             .arg(m_plan.persons())
                             .arg(m_file->fileName)))
        return;
    std::optional<Result<RosterImported>> done;
    // On a worker thread over a connection of its own, all in one transaction: a cancel, a
    // crash or a power cut leaves the store as it was. The worker has its own copy of what it
    // saves, and the dialog takes no input meanwhile (the progress window shows after a moment).
    const QList<QWidget *> inputs = {m_tabs, m_check, m_import, m_report, findChild<QWidget *>(QStringLiteral("chooseFile"))};
    for (QWidget *w : inputs)
        w->setEnabled(false);
    runInBackground(this, tr("Importing the roster…"),
                    [&done, plan = m_plan, file = *m_file, m = mapping(), &session = m_session](TaskProgress &progress) {
                        Result<std::unique_ptr<Session>> sibling = ProfileService::openSibling(session);
                        if (!sibling) {
                            done = sibling.error();
                            return;
                        }
                        done = RosterImportService(**sibling).commit(plan, file, m, Clock::today(), [&](int n, int total) {
                            progress.report(n, total);
                            return !progress.cancelled();
                        });
                    });
    for (QWidget *w : inputs)
        w->setEnabled(true);
    if (!done)
        return;
    if (!*done) {
        if (done->error().code() == ErrorCode::Cancelled)
            MessageBox::inform(this, windowTitle(), done->error().message());
        else
            MessageBox::warn(this, windowTitle(), done->error().message());
        return;
    }
    m_imported = (*done)->households;
    MessageBox::inform(this, windowTitle(),
                       tr("%n household(s) imported (%1 persons), paid %2 yuan a month in all. They are on the Payments "
                          "page, each with its next review date.",
                          nullptr, (*done)->households)
                           .arg((*done)->persons)
                           .arg(money::formatYuan((*done)->monthlyFen)));
    accept();
}

void RosterImportDialog::saveReport()
{
    if (!m_file || m_plan.problems.isEmpty())
        return;
    const QString name = QFileInfo(m_file->fileName).completeBaseName() + tr("-problems") + QStringLiteral(".xlsx");
    saveSpreadsheet(this, tr("Save the problems"), name,
                    [&](const QString &path) { return m_rosters.writeReport(m_plan, path); });
}

} // namespace doudi::ui
