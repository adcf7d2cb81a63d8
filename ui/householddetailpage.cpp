#include "ui/householddetailpage.h"
#include "ui/textsize.h"

#include "common/clock.h"
#include "common/labeltable.h"
#include "identity/areacode.h"
#include "services/assessmentservice.h"
#include "services/caseservice.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "ui/caseactions.h"
#include "ui/householdeditor.h"
#include "ui/picturelist.h"
#include "ui/printing.h"
#include "ui/temporaryaiddialog.h"
#include "workflow/workflow.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    t->resizeColumnsToContents();
}

QString yuan(Fen f)
{
    return money::formatYuan(f);
}

// What an audit entry did, and to what (ChangeLog's operations and record types).
QString actionLabel(const QString &action)
{
    static const LabelTable<> actions("doudi::ui::HouseholdDetailPage",
                                      {
                                          {"insert", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "added")},
                                          {"update", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "changed")},
                                          {"delete", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "deleted")},
                                      });
    return actions.labelOfCode(action);
}

QString recordLabel(const QString &type)
{
    static const LabelTable<> types("doudi::ui::HouseholdDetailPage",
                                    {
                                        {"household", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "household")},
                                        {"person", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "member")},
                                        {"income", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "income")},
                                        {"asset", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "asset")},
                                        {"expenditure", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "expenditure")},
                                        {"obligor", QT_TRANSLATE_NOOP("doudi::ui::HouseholdDetailPage", "obligor")},
                                    });
    return types.labelOfCode(type);
}
} // namespace

HouseholdDetailPage::HouseholdDetailPage(HouseholdService &households, CaseService &cases, PolicyService &policy,
                                         DocumentService &documents, QWidget *parent)
    : QWidget(parent), m_households(households), m_cases(cases), m_policy(policy), m_documents(documents), m_title(new QLabel),
      m_syncNotice(new QLabel), m_assessment(new QLabel), m_summary(new QLabel), m_tabs(new QTabWidget)
{
    setTextRole(m_title, TextRole::PageTitle);
    m_tabs->setObjectName(QStringLiteral("householdTabs"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *back = new QPushButton(tr("← Back"));
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the list (Alt+Left)"));
    connect(back, &QPushButton::clicked, this, &HouseholdDetailPage::backRequested);

    m_members = makeTable({tr("Name"), tr("Relation"), tr("ID number"), tr("Sex"), tr("Age"), tr("Health"), tr("Disability"),
                           tr("Schooling"), tr("Work"), tr("Membership")});
    m_incomes = makeTable({tr("Type"), tr("Member"), tr("Yuan a year")});
    m_assets = makeTable({tr("Type"), tr("Quantity"), tr("Value (yuan)"), tr("Description")});
    m_expenditures = makeTable({tr("Type"), tr("Member"), tr("Yuan a year")});
    m_obligors = makeTable({tr("Name"), tr("Relation"), tr("Income a year (yuan)"), tr("Able to support")});
    m_cases_ = makeTable({tr("Programme"), tr("State"), tr("Monthly amount (yuan)"), tr("Applied on"), tr("Next deadline")});
    m_history = makeTable({tr("Time"), tr("Who"), tr("Step"), tr("From"), tr("To"), tr("Note")});
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_printed = makeTable({tr("Number"), tr("Document"), tr("Printed"), tr("By"), tr("Reprints")});
    m_printed->setObjectName(QStringLiteral("printedDocuments"));
    m_audit = makeTable({tr("Time"), tr("Who"), tr("Action"), tr("Record")});
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_incomes, tr("Income"));
    m_tabs->addTab(m_assets, tr("Assets"));
    m_tabs->addTab(m_expenditures, tr("Rigid expenditure"));
    m_tabs->addTab(m_obligors, tr("Obligors"));
    auto *casesBox = new QWidget;
    auto *casesLayout = new QVBoxLayout(casesBox);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_cases_, 2);
    m_visit = new QPushButton(tr("Record the &home visit…"));
    m_visit->setObjectName(QStringLiteral("recordVisit"));
    m_visit->setEnabled(false);
    m_visit->setToolTip(tr("For an application under investigation: investigators, living conditions, photos and signatures."));
    m_step = new QPushButton(tr("Next &step…"));
    m_step->setObjectName(QStringLiteral("nextStep"));
    m_step->setEnabled(false);
    m_step->setToolTip(tr("The steps the procedure allows now, for your role."));
    auto *temporary = new QPushButton(tr("&Temporary assistance…"));
    temporary->setObjectName(QStringLiteral("temporaryAid"));
    temporary->setToolTip(tr("临时救助 for this household: urgent hardship or necessary expenditure; small quick aid is paid "
                             "at once."));
    connect(temporary, &QPushButton::clicked, this, [this] {
        TemporaryAidDialog dialog(m_cases, m_householdId, m_headName, this);
        if (dialog.exec() == QDialog::Accepted) {
            showHousehold(m_householdId);
            m_tabs->setCurrentWidget(m_casesTab);
        }
    });
    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setEnabled(false);
    m_print->setToolTip(tr("The official forms of the selected application: preview, print or save as PDF. Each printed "
                           "document gets a number and a QR code the county can verify."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_step);
    actions->addWidget(m_visit);
    actions->addWidget(m_print);
    actions->addWidget(temporary);
    actions->addStretch(1);
    casesLayout->addLayout(actions);
    casesLayout->addWidget(new QLabel(tr("History of the selected application:")));
    casesLayout->addWidget(m_history, 3);
    casesLayout->addWidget(new QLabel(tr("Documents printed for the selected application (reprint them from Printing):")));
    casesLayout->addWidget(m_printed, 2);
    m_tabs->addTab(casesBox, tr("Applications"));
    m_casesTab = casesBox;
    connect(m_cases_, &QTableWidget::currentCellChanged, this, &HouseholdDetailPage::showSelectedCase);
    connect(m_visit, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedCaseId(); !id.isEmpty())
            runStep(id, QStringLiteral("record_visit"));
    });
    connect(m_step, &QPushButton::clicked, this, [this] {
        const QString id = selectedCaseId();
        if (id.isEmpty())
            return;
        const Result<QStringList> possible = m_cases.possibleEvents(id, Clock::today());
        runStep(id, chooseStep(m_step, possible.valueOr(QStringList())));
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedCaseId(); !id.isEmpty())
            printForm(id);
    });
    m_visits = makeTable(
        {tr("Date"), tr("Investigators"), tr("Housing"), tr("Food"), tr("Clothing"), tr("Photos"), tr("Signed"), tr("Findings")});
    m_visits->setObjectName(QStringLiteral("visits"));
    m_tabs->addTab(m_visits, tr("Home visits"));
    m_papers = new QListWidget;
    m_papers->setObjectName(QStringLiteral("papers"));
    m_papers->setViewMode(QListView::IconMode);
    m_papers->setIconSize(QSize(96, 96));
    m_papers->setGridSize(QSize(150, 140));
    m_papers->setResizeMode(QListView::Adjust);
    m_papers->setMovement(QListView::Static);
    m_papers->setWordWrap(true);
    m_papers->setToolTip(tr("Scans, visit photos and signatures of every application. Double-click to see one full size."));
    connect(m_papers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QByteArray bytes = item->data(Qt::UserRole).toByteArray();
        const QString caption = item->text();
        // Still at the county: fetched now, then shown (issue 12).
        if (bytes.isNull() && fetchAttachment) {
            bytes = fetchAttachment(item->data(Qt::UserRole + 1).toString());
            if (!bytes.isNull()) {
                const int tab = m_tabs->currentIndex();
                showHousehold(m_householdId); // its thumbnail and caption as a picture here now
                m_tabs->setCurrentIndex(tab);
            }
        }
        if (!bytes.isNull())
            showPicture(this, bytes, caption);
    });
    m_tabs->addTab(m_papers, tr("Papers and photos"));
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_assessment->setWordWrap(true);
    m_assessment->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_assessment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assessment->setMargin(8);
    m_tabs->addTab(m_assessment, tr("Assessment"));
    m_changes = makeTable({tr("Time"), tr("Who"), tr("Reason"), tr("What changed")});
    m_changes->setObjectName(QStringLiteral("householdChanges"));
    m_changes->setWordWrap(true);
    auto *log = new QWidget;
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(new QLabel(tr("Edits of the household, with their reasons:")));
    logLayout->addWidget(m_changes, 2);
    logLayout->addWidget(new QLabel(tr("Every record written, by whom (the audit trail):")));
    logLayout->addWidget(m_audit, 1);
    m_tabs->addTab(log, tr("Change log"));

    auto *edit = new QPushButton(tr("&Edit the household…"));
    edit->setObjectName(QStringLiteral("editHousehold"));
    edit->setToolTip(tr("Correct or update members, income, assets and obligors, with the reason for the change."));
    connect(edit, &QPushButton::clicked, this, &HouseholdDetailPage::editHousehold);
    auto *header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(m_title, 1);
    header->addWidget(edit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    m_syncNotice->setObjectName(QStringLiteral("syncNotice"));
    m_syncNotice->setWordWrap(true);
    m_syncNotice->setStyleSheet(QStringLiteral("background: #fff4e5; color: #663c00; padding: 6px"));
    m_syncNotice->hide();
    layout->addWidget(m_syncNotice);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

void HouseholdDetailPage::setSyncNotice(const QString &text)
{
    m_syncNotice->setText(text);
    m_syncNotice->setVisible(!text.isEmpty());
}

void HouseholdDetailPage::runStep(const QString &caseId, const QString &event)
{
    if (runCaseStep(this, m_cases, caseId, event, m_headName)) {
        showHousehold(m_householdId);
        showCase(caseId); // the same application, with what its new state allows
    }
}

void HouseholdDetailPage::editHousehold()
{
    HouseholdEditor editor(m_households, m_householdId, this);
    if (!editor.isLoaded() || editor.exec() != QDialog::Accepted)
        return;
    showHousehold(m_householdId);
    // What changed may change what the household is entitled to: each open case, assessed again.
    ReassessmentDialog reassess(m_cases, m_householdId, m_headName, this);
    if (reassess.hasCases()) {
        reassess.exec();
        showHousehold(m_householdId);
    }
}

void HouseholdDetailPage::showCase(const QString &caseId)
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_casesTab));
    for (int row = 0; row < m_caseList.size(); ++row) {
        if (m_caseList[row].id == caseId)
            selectCase(row);
    }
    m_cases_->setFocus(Qt::OtherFocusReason);
}

void HouseholdDetailPage::selectCase(int row)
{
    if (row >= 0 && row < m_caseList.size() && m_cases_->currentRow() != row)
        m_cases_->setCurrentCell(row, 0); // shows it through currentCellChanged
    else
        showSelectedCase();
}

void HouseholdDetailPage::showSelectedCase()
{
    const int row = m_cases_->currentRow();
    const bool valid = row >= 0 && row < m_caseList.size();
    m_step->setEnabled(valid && m_caseList[row].isOpen());
    m_print->setEnabled(valid);
    m_visit->setEnabled(valid && m_caseList[row].state == CaseState::Investigating);
    QList<QStringList> history;
    if (valid) {
        for (const CaseHistory &e : m_caseList[row].history)
            history << QStringList{e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   e.user,
                                   Workflow::eventLabel(e.event),
                                   Case::stateLabel(e.from),
                                   Case::stateLabel(e.to),
                                   e.note};
    }
    fill(m_history, history);
    showPrinted(valid ? m_caseList[row].id : QString());
}

QString HouseholdDetailPage::selectedCaseId() const
{
    const int row = m_cases_->currentRow();
    return row >= 0 && row < m_caseList.size() ? m_caseList[row].id : QString();
}

bool HouseholdDetailPage::showHousehold(const QString &householdId)
{
    const Result<Household> loaded = m_households.get(householdId);
    if (!loaded) {
        m_title->setText(tr("Household record"));
        m_summary->setText(loaded.error().message());
        return false;
    }
    const Household &h = *loaded;
    const QDate today = Clock::today();
    const Person *head = h.head();
    QHash<QString, QString> nameOf;
    for (const Person &p : h.members)
        nameOf.insert(p.meta.id, p.name);
    m_headName = head ? head->name : QString();
    m_title->setText(tr("Household of %1").arg(m_headName));
    m_summary->setText(tr("%1 · %2 registration · %3 · phone %4 · %5 member(s)")
                           .arg(AreaRegistry::current().fullName(h.areaCode), labelOf(h.registration),
                                h.address.isEmpty() ? tr("no address recorded") : h.address,
                                h.phone.isEmpty() ? tr("none") : h.phone)
                           .arg(h.members.size()));

    QList<QStringList> rows;
    for (const Person &p : h.members)
        rows << QStringList{p.name,
                            labelOf(p.relation),
                            IdNumber::mask(p.idNumber),
                            labelOf(p.sex),
                            QString::number(p.ageAt(today)),
                            labelOf(p.health),
                            p.disabilityLabel(),
                            labelOf(p.schooling),
                            labelOf(p.employment),
                            labelOf(p.exclusion)};
    fill(m_members, rows);
    rows.clear();
    for (const Income &i : h.incomes)
        rows << QStringList{labelOf(i.kind), nameOf.value(i.personId, tr("whole household")), yuan(i.annualFen)};
    fill(m_incomes, rows);
    rows.clear();
    for (const Asset &a : h.assets)
        rows << QStringList{labelOf(a.kind), QString::number(a.quantity), yuan(a.valueFen), a.description};
    fill(m_assets, rows);
    rows.clear();
    for (const Expenditure &e : h.expenditures)
        rows << QStringList{labelOf(e.kind), nameOf.value(e.personId, tr("whole household")), yuan(e.annualFen)};
    fill(m_expenditures, rows);
    rows.clear();
    for (const Obligor &o : h.obligors)
        rows << QStringList{o.name, labelOf(o.relation), yuan(o.annualIncomeFen), labelOf(o.capacity)};
    fill(m_obligors, rows);

    // The same household shown again (after a step, an edit): the same tab and application.
    const bool again = h.meta.id == m_householdId && !m_householdId.isEmpty();
    const QString keptCase = again ? selectedCaseId() : QString();
    const int keptTab = again ? m_tabs->currentIndex() : 0;
    m_householdId = h.meta.id;
    const Result<QList<Case>> cases = m_cases.forHousehold(h.meta.id);
    rows.clear();
    m_caseList = cases.valueOr(QList<Case>());
    for (const Case &c : std::as_const(m_caseList)) {
        QDate next;
        for (const QDate &d : c.deadlines)
            next = !next.isValid() || d < next ? d : next;
        rows << QStringList{Case::programmeLabel(c.programme), Case::stateLabel(c.state),
                            c.monthlyFen ? yuan(c.monthlyFen) : (c.proposedMonthlyFen ? yuan(c.proposedMonthlyFen) : QString()),
                            c.submittedOn.toString(Qt::ISODate), next.toString(Qt::ISODate)};
    }
    {
        const QSignalBlocker quiet(m_cases_);
        fill(m_cases_, rows);
    }
    int caseRow = 0;
    for (int row = 0; row < m_caseList.size(); ++row) {
        if (m_caseList[row].id == keptCase)
            caseRow = row;
    }
    if (!m_caseList.isEmpty()) {
        const QSignalBlocker quiet(m_cases_);
        m_cases_->setCurrentCell(caseRow, 0);
    }
    showSelectedCase();
    showVisitsAndPapers(m_caseList);

    // What the county's policy gives this household today, with every rule that decided it.
    const Result<PolicyBook> policy = m_policy.current();
    AssessOptions options;
    options.date = today;
    const Result<Assessment> assessment =
        policy ? AssessmentService::assess(h, options, *policy) : Result<Assessment>(policy.error());
    if (assessment) {
        QString html = QStringLiteral("<p style='font-size:large'><b>%1</b>").arg(assessment->headline().toHtmlEscaped());
        html += QStringLiteral("</p><p>") + assessment->explanation().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
                QStringLiteral("</p>");
        m_assessment->setText(html);
    } else {
        m_assessment->setText(assessment.error().message().toHtmlEscaped());
    }

    rows.clear();
    const Result<QList<HouseholdChange>> changes = m_households.changes(h.meta.id);
    for (const HouseholdChange &c : changes.valueOr(QList<HouseholdChange>()))
        rows << QStringList{c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.user, c.reason,
                            c.changes.join(u'\n')};
    fill(m_changes, rows);
    m_changes->resizeRowsToContents();

    const Result<QList<AuditEntry>> audit = m_households.auditTrail(h);
    rows.clear();
    if (audit) {
        for (const AuditEntry &a : *audit)
            rows << QStringList{
                QDateTime::fromString(a.deviceTime, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                a.user, actionLabel(a.action), recordLabel(a.recordType)};
    }
    fill(m_audit, rows);
    m_tabs->setCurrentIndex(keptTab);
    return true;
}

void HouseholdDetailPage::showPrinted(const QString &caseId)
{
    QList<QStringList> rows;
    const Result<QList<DocumentRecord>> printed =
        caseId.isEmpty() ? Result<QList<DocumentRecord>>(QList<DocumentRecord>()) : m_documents.list(caseId);
    for (const DocumentRecord &d : printed.valueOr(QList<DocumentRecord>())) {
        const FormSpec *spec = Forms::find(d.form);
        rows << QStringList{d.number, spec ? Forms::title(*spec) : d.form,
                            d.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), d.user,
                            QString::number(d.reprints)};
    }
    fill(m_printed, rows);
}

void HouseholdDetailPage::printForm(const QString &caseId)
{
    const Result<Case> c = m_cases.get(caseId);
    if (!c)
        return;
    QMenu menu(m_print);
    for (const QString &code : Forms::forCase(*c))
        menu.addAction(Forms::title(*Forms::find(code)))->setData(code);
    QAction *chosen = menu.exec(m_print->mapToGlobal(QPoint(0, m_print->height())));
    if (!chosen)
        return;
    const QString form = chosen->data().toString();
    const Result<IssuedDocument> draft = m_documents.preview(form, caseId, Clock::today());
    if (!m_documents.templateWarnings().isEmpty())
        QMessageBox::information(this, tr("County template"), m_documents.templateWarnings().last());
    if (!draft) {
        QMessageBox::warning(this, chosen->text(), draft.error().message());
        return;
    }
    // The number is taken when the form is really printed or saved, not for a look.
    previewForms(this, {draft->document}, draft->title, true, [&]() -> Result<QList<FormDocument>> {
        const Result<IssuedDocument> d = m_documents.issue(form, caseId, Clock::today());
        if (!d)
            return d.error();
        return QList<FormDocument>{d->document};
    });
    showPrinted(caseId);
}

void HouseholdDetailPage::showVisitsAndPapers(const QList<Case> &cases)
{
    const auto condition = [](const QJsonObject &checklist, const QString &key) {
        return CaseVisit::conditionLabel(checklist.value(key).toString());
    };
    QList<QStringList> rows;
    m_papers->clear();
    for (const Case &c : cases) {
        for (const CaseVisit &v : c.visits)
            rows << QStringList{v.date.toString(Qt::ISODate),
                                v.investigators.join(QStringLiteral("、")) + (v.byCounty ? tr(" (county)") : QString()),
                                condition(v.checklist, QStringLiteral("housing")),
                                condition(v.checklist, QStringLiteral("food")),
                                condition(v.checklist, QStringLiteral("clothing")),
                                QString::number(v.photos.size()),
                                v.signedOnPaper ? tr("on paper") : tr("on screen"),
                                v.findings};
        const Result<QList<Attachment>> attachments = m_cases.attachments(c.id, true);
        for (const Attachment &a : attachments.valueOr(QList<Attachment>())) {
            QString caption = a.kind == QLatin1String("signature")
                                  ? tr("Signature: %1").arg(a.label == QLatin1String("interviewee") ? tr("interviewee") : a.label)
                              : a.kind == QLatin1String("photo") ? tr("Visit photo")
                                                                 : a.label;
            // Pulled from the county without its bytes: fetched when opened (issue 12).
            if (a.data.isNull())
                caption = tr("%1 (at the county, not on this computer yet)").arg(caption);
            auto *item = new QListWidgetItem(thumbnailIcon(a.data), caption);
            item->setData(Qt::UserRole, a.data);
            item->setData(Qt::UserRole + 1, a.id);
            item->setToolTip(Case::programmeLabel(c.programme));
            m_papers->addItem(item);
        }
    }
    fill(m_visits, rows);
}

} // namespace doudi::ui
