#include "ui/dashboardpage.h"
#include "ui/textsize.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "identity/idnumber.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "ui/listtable.h"
#include "ui/messagebox.h"
#include "ui/policyimport.h"
#include "workflow/workflow.h"

#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
// Besides the household (Qt::UserRole): the row's application, and the step a task asks for.
constexpr int kCaseRole = Qt::UserRole + 1;
constexpr int kStepRole = Qt::UserRole + 2;
} // namespace

DashboardPage::DashboardPage(HouseholdService &households, CaseService &cases, PolicyService &policy, QWidget *parent)
    : QWidget(parent), m_households(households), m_cases(cases), m_policy(policy), m_policyPanel(new QFrame),
      m_policyText(new QLabel), m_importPolicy(new QPushButton(tr("&Import the county's policy file…"))), m_summary(new QLabel),
      m_tasks(makeListTable({tr("Urgency"), tr("Due"), tr("What"), tr("Head of household"), tr("Village")})),
      m_waitingTitle(new QLabel),
      m_waiting(makeListTable({tr("Head of household"), tr("Village"), tr("Programme"), tr("State"), tr("Your next step")}))
{
    auto *title = new QLabel(tr("Workbench"));
    setTextRole(title, TextRole::PageTitle);
    setTextRole(m_summary, TextRole::Emphasis);
    m_summary->setWordWrap(true);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setToolTip(tr("Double-click or press Enter to open the application (a review due opens the review)."));
    connect(m_tasks, &QTableWidget::cellActivated, this, [this](int row) {
        QTableWidgetItem *item = m_tasks->item(row, 0);
        if (!item)
            return;
        const QString caseId = item->data(kCaseRole).toString();
        if (item->data(Qt::UserRole).toString().isEmpty()) // moved out: no longer on this laptop
            MessageBox::inform(this, tr("Moved out of your area"), item->toolTip());
        else if (caseId.isEmpty())
            Q_EMIT openHousehold(item->data(Qt::UserRole).toString());
        else // the task's application, and for a review due the review itself
            Q_EMIT openCase(item->data(Qt::UserRole).toString(), caseId, item->data(kStepRole).toString());
    });
    m_waiting->setObjectName(QStringLiteral("waitingForYou"));
    m_waiting->setToolTip(tr("Double-click or press Enter to open the household."));
    connect(m_waiting, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem *item = m_waiting->item(row, 0))
            Q_EMIT openCase(item->data(Qt::UserRole).toString(), item->data(kCaseRole).toString(), QString());
    });
    setTextRole(m_waitingTitle, TextRole::Section);
    auto *hint = new QLabel(tr("Press Ctrl+F to find a household by name, pinyin initials, ID number, phone or village."));
    hint->setWordWrap(true);
    // No policy yet: what it is and how it comes, instead of the tasks' errors.
    m_policyPanel->setObjectName(QStringLiteral("policyPanel"));
    m_policyPanel->setFrameShape(QFrame::StyledPanel);
    m_policyPanel->setStyleSheet(QStringLiteral("QFrame#policyPanel { background: #fff8e1; border: 1px solid #e0c068 }"));
    auto *policyTitle = new QLabel(tr("The county's policy is not on this computer yet"));
    policyTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_policyText->setObjectName(QStringLiteral("policyText"));
    m_policyText->setWordWrap(true);
    m_importPolicy->setObjectName(QStringLiteral("importPolicy"));
    m_importPolicy->setToolTip(tr("The policy file (.json) from the county civil affairs office, e.g. on a USB stick. It is "
                                  "checked whole first: a file with a mistake changes nothing."));
    connect(m_importPolicy, &QPushButton::clicked, this, &DashboardPage::importPolicy);
    auto *panel = new QVBoxLayout(m_policyPanel);
    panel->addWidget(policyTitle);
    panel->addWidget(m_policyText);
    panel->addWidget(m_importPolicy, 0, Qt::AlignLeft);
    m_policyPanel->hide();
    m_policyPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_policyPanel);
    layout->addWidget(m_summary);
    layout->addWidget(m_tasks, 3);
    layout->addWidget(m_waitingTitle);
    layout->addWidget(m_waiting, 2);
    layout->addStretch(0); // takes the room of the lists while the policy panel shows instead
    layout->addWidget(hint);
}

bool DashboardPage::showPolicyPanel()
{
    const Result<bool> has = m_policy.hasPolicy();
    const bool missing = has && !*has;
    m_policyPanel->setVisible(missing);
    // Without a policy the lists stay empty: the panel takes their place.
    for (QWidget *w :
         {static_cast<QWidget *>(m_tasks), static_cast<QWidget *>(m_waiting), static_cast<QWidget *>(m_waitingTitle)})
        w->setVisible(!missing);
    if (!missing)
        return false;
    const QString what = tr("It holds the standards, amounts and deadlines that applications are assessed and counted "
                            "by; until it is here, no application can be worked on.");
    QString how;
    if (m_policy.receivesFromCounty())
        how = tr("This laptop has joined the county server: it receives the policy at its next sync (同步).");
    else if (m_policy.mayImport())
        how = tr("Import the policy file the county civil affairs office gave out (for example on a USB stick). A laptop "
                 "that has joined the county server receives the policy by sync instead.");
    else
        how = tr("Ask the township office for it: they import the county's policy file on this computer. Once the laptop "
                 "joins the county server (设置), the policy comes by sync.");
    m_policyText->setText(what + u'\n' + how);
    m_importPolicy->setVisible(m_policy.mayImport());
    return true;
}

void DashboardPage::importPolicy()
{
    if (importPolicyFile(this, m_policy, [this](const QDate &from) { Q_EMIT rerateAsked(from); }))
        refresh();
}

void DashboardPage::refresh()
{
    const QDate today = Clock::today();
    if (showPolicyPanel()) {
        // Nothing can be worked out without it: the panel says why, once.
        m_waiting->setRowCount(0);
        m_waitingTitle->clear();
        m_tasks->setRowCount(0);
        const Result<qint64> count = m_households.count();
        m_summary->setText(count ? tr("%1 households on this device.").arg(*count) : QString());
        showDuplicates();
        showMovedOut();
        return;
    }
    const Result<QList<CaseRow>> waiting = m_cases.waitingOnUser(today);
    m_waiting->setRowCount(0);
    if (waiting) {
        m_waiting->setRowCount(int(waiting->size()));
        for (int row = 0; row < waiting->size(); ++row) {
            const CaseRow &r = waiting->at(row);
            QStringList steps;
            for (const QString &e : r.nextSteps)
                steps << Workflow::eventLabel(e);
            auto *head = new QTableWidgetItem(r.headName);
            head->setData(Qt::UserRole, r.c.householdId);
            head->setData(kCaseRole, r.c.id);
            m_waiting->setItem(row, 0, head);
            m_waiting->setItem(row, 1, new QTableWidgetItem(AreaRegistry::current().fullName(r.c.areaCode)));
            m_waiting->setItem(row, 2, new QTableWidgetItem(Case::programmeLabel(r.c.programme)));
            m_waiting->setItem(row, 3, new QTableWidgetItem(Case::stateLabel(r.c.state)));
            m_waiting->setItem(row, 4, new QTableWidgetItem(steps.join(QStringLiteral("、"))));
        }
        m_waiting->resizeColumnsToContents();
    }
    m_waitingTitle->setText(waiting ? tr("Applications waiting for you: %1").arg(waiting->size()) : waiting.error().message());
    const Result<qint64> count = m_households.count();
    const Result<QList<CaseTask>> tasks = m_cases.tasks(today);
    m_tasks->setRowCount(0);
    if (!tasks) {
        m_summary->setText((count ? tr("%1 households on this device.").arg(*count) + u' ' : QString()) +
                           tasks.error().message());
        showDuplicates();
        showMovedOut();
        return;
    }
    int overdue = 0, soon = 0;
    QHash<QString, QPair<QString, QString>> households; // id → head, village
    m_tasks->setRowCount(int(tasks->size()));
    for (int row = 0; row < tasks->size(); ++row) {
        const CaseTask &t = tasks->at(row);
        overdue += t.urgency == CaseTask::Urgency::Overdue;
        soon += t.urgency == CaseTask::Urgency::DueSoon;
        if (!households.contains(t.householdId)) {
            const Result<HouseholdSummary> h = m_households.summary(t.householdId);
            households.insert(t.householdId, {h ? h->headName : QString(), AreaRegistry::current().fullName(t.areaCode)});
        }
        const QString urgency = t.urgency == CaseTask::Urgency::Overdue   ? tr("Overdue")
                                : t.urgency == CaseTask::Urgency::DueSoon ? tr("Due soon")
                                                                          : tr("Upcoming");
        auto *first = new QTableWidgetItem(urgency);
        first->setData(Qt::UserRole, t.householdId);
        first->setData(kCaseRole, t.caseId);
        if (t.kind == QLatin1String("review_due"))
            first->setData(kStepRole, QStringLiteral("review"));
        if (t.urgency != CaseTask::Urgency::Upcoming)
            first->setForeground(t.urgency == CaseTask::Urgency::Overdue ? QColor(0xb0, 0x00, 0x20) : QColor(0xa0, 0x60, 0x00));
        m_tasks->setItem(row, 0, first);
        m_tasks->setItem(row, 1, new QTableWidgetItem(t.due.toString(Qt::ISODate)));
        m_tasks->setItem(row, 2, new QTableWidgetItem(CaseTask::kindLabel(t.kind)));
        m_tasks->setItem(row, 3, new QTableWidgetItem(households[t.householdId].first));
        m_tasks->setItem(row, 4, new QTableWidgetItem(households[t.householdId].second));
    }
    showDuplicates();
    showMovedOut();
    m_tasks->resizeColumnsToContents();
    m_summary->setText(tr("%1 households on this device. Today, %2: %3 overdue, %4 due within three working days, %5 in all.")
                           .arg(count.valueOr(0))
                           .arg(today.toString(Qt::ISODate))
                           .arg(overdue)
                           .arg(soon)
                           .arg(tasks->size()));
}

void DashboardPage::showDuplicates()
{
    // The county found one ID number in two households: the person may be paid twice.
    const Result<QList<protocol::Duplicate>> found = m_households.duplicates();
    if (!found)
        return;
    for (const protocol::Duplicate &d : *found) {
        // The household on this laptop first (the other may be outside the user's areas).
        const Result<HouseholdSummary> here = m_households.summary(d.householdId);
        const Result<HouseholdSummary> there = m_households.summary(d.otherHouseholdId);
        const bool first = here.ok() || !there.ok();
        const QString head = first ? (here ? here->headName : QString()) : there->headName;
        const QString otherArea = first ? d.otherAreaCode : d.areaCode;
        auto *item = new QTableWidgetItem(tr("Possible duplicate"));
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        item->setData(Qt::UserRole, first ? d.householdId : d.otherHouseholdId);
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        m_tasks->setItem(row, 0, item);
        m_tasks->setItem(
            row, 1,
            new QTableWidgetItem(QDateTime::fromString(d.foundAt, Qt::ISODate).toLocalTime().date().toString(Qt::ISODate)));
        auto *what = new QTableWidgetItem(tr("ID number %1 also in a household of %2")
                                              .arg(IdNumber::mask(d.idNumber), AreaRegistry::current().fullName(otherArea)));
        const auto labels = [](const QStringList &codes) {
            QStringList out;
            for (const QString &code : codes) {
                CaseProgramme p;
                out << (Case::programmeFromCode(code, &p) ? Case::programmeLabel(p) : code);
            }
            return out.isEmpty() ? tr("none") : out.join(QStringLiteral("、"));
        };
        what->setToolTip(
            tr("The county found this ID number in two households: one person may be paid twice. Check with the "
               "family and the other village which household the person belongs to, and correct the other.") +
            u'\n' +
            tr("Open applications: this household %1; the other %2.")
                .arg(labels(first ? d.programmes : d.otherProgrammes), labels(first ? d.otherProgrammes : d.programmes)));
        item->setToolTip(what->toolTip());
        m_tasks->setItem(row, 2, what);
        m_tasks->setItem(row, 3, new QTableWidgetItem(head));
        m_tasks->setItem(row, 4, new QTableWidgetItem(AreaRegistry::current().fullName(first ? d.areaCode : d.otherAreaCode)));
    }
}

void DashboardPage::showMovedOut()
{
    // Households the county moved to villages outside this user's areas: they left this laptop
    // with their cases at the last sync; the rows say so rather than let them vanish.
    const Result<QList<SyncState::MovedOut>> moved = m_households.movedOut();
    if (!moved)
        return;
    for (const SyncState::MovedOut &m : *moved) {
        const QString village = AreaRegistry::current().fullName(m.areaCode);
        auto *first = new QTableWidgetItem(tr("Moved out"));
        first->setForeground(QColor(0x55, 0x55, 0x55));
        first->setToolTip(tr("%1's household (%2) moved out of your area: the county moved it to another village, and it "
                             "left this laptop with its %3 applications at the sync of %4. The township of its new "
                             "village carries on with it.")
                              .arg(m.headName, village)
                              .arg(m.cases)
                              .arg(QLocale().toString(m.at.toLocalTime(), QLocale::ShortFormat)));
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        m_tasks->setItem(row, 0, first);
        m_tasks->setItem(row, 1, new QTableWidgetItem(m.at.toLocalTime().date().toString(Qt::ISODate)));
        m_tasks->setItem(
            row, 2,
            new QTableWidgetItem(m.cases > 0 ? tr("Moved out of your area (%n application(s) went with it)", nullptr, m.cases)
                                             : tr("Moved out of your area")));
        m_tasks->setItem(row, 3, new QTableWidgetItem(m.headName));
        m_tasks->setItem(row, 4, new QTableWidgetItem(village));
    }
}

} // namespace doudi::ui
