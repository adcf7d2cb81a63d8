#include "ui/reratedialog.h"

#include "common/clock.h"
#include "identity/areacode.h"
#include "services/documentservice.h"
#include "services/rerateservice.h"
#include "ui/backgroundtask.h"
#include "ui/listtable.h"
#include "ui/messagebox.h"
#include "ui/printing.h"
#include "ui/problemtext.h"
#include "ui/screenfit.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
enum Column
{
    Head,
    Village,
    Programme,
    Covered,
    Now,
    New,
    Change,
    Reason,
    Columns
};

// Sorts by its key (an amount in fen, a count), not by the text shown.
class KeyedItem : public QTableWidgetItem
{
public:
    KeyedItem(const QString &text, const QVariant &key) : QTableWidgetItem(text) { setData(Qt::UserRole + 1, key); }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return QVariant::compare(data(Qt::UserRole + 1), other.data(Qt::UserRole + 1)) == QPartialOrdering::Less;
    }
};

QString signedYuan(Fen fen)
{
    return (fen > 0 ? QStringLiteral("+") : QString()) + money::formatYuan(fen);
}
} // namespace

RerateDialog::RerateDialog(Session &session, DocumentService &documents, QWidget *parent)
    : QDialog(parent), m_rerate(std::make_unique<RerateService>(session)), m_documents(documents), m_from(new QDateEdit),
      m_township(new QComboBox), m_summary(new QLabel), m_totals(new QLabel),
      m_table(makeListTable({tr("Head of household"), tr("Village"), tr("Programme"), tr("People"), tr("Now (yuan a month)"),
                             tr("New (yuan a month)"), tr("Change"), tr("Reason")})),
      m_confirm(new QPushButton(tr("&Confirm the new amounts…"))), m_print(new QPushButton(tr("&Print the list…")))
{
    setWindowTitle(tr("Change of standards"));
    const QDate today = Clock::today();
    const Result<QDate> next = m_rerate->nextStandardChange(today);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDate(next && next->isValid() ? *next : today);
    m_township->setObjectName(QStringLiteral("township"));
    const QStringList townships = m_rerate->townships();
    if (townships.size() > 1)
        m_township->addItem(tr("All my townships"), QString());
    for (const QString &code : townships)
        m_township->addItem(AreaRegistry::current().name(code), code);
    if (townships.size() > 1)
        m_township->setCurrentIndex(1); // a list is printed and confirmed township by township
    auto *make = new QPushButton(tr("&Work out the list"));
    make->setObjectName(QStringLiteral("makeList"));
    connect(make, &QPushButton::clicked, this, &RerateDialog::makeList);

    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("New standards from:")));
    choice->addWidget(m_from);
    choice->addWidget(new QLabel(tr("Township:")));
    choice->addWidget(m_township, 1);
    choice->addWidget(make);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose the day the county's new standards take effect and work out the list: every household "
                          "being paid is assessed again as of that day."));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("rerateList"));
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_print->setObjectName(QStringLiteral("print"));
    m_confirm->setEnabled(false);
    m_print->setEnabled(false);
    connect(m_confirm, &QPushButton::clicked, this, &RerateDialog::confirm);
    connect(m_print, &QPushButton::clicked, this, &RerateDialog::print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_confirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A new date or township makes the list shown out of date: work it out again first.
    const auto stale = [this] {
        m_confirm->setEnabled(false);
        m_print->setEnabled(false);
    };
    connect(m_from, &QDateEdit::dateChanged, this, stale);
    connect(m_township, &QComboBox::currentIndexChanged, this, stale);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(960, 560));
}

RerateDialog::~RerateDialog() = default;

void RerateDialog::setFrom(const QDate &from)
{
    m_from->setDate(from);
}

QString RerateDialog::townshipCode() const
{
    return m_township->currentData().toString();
}

void RerateDialog::makeList()
{
    Result<RerateService::Job> job = m_rerate->previewJob(m_from->date(), townshipCode(), Clock::today());
    if (!job) {
        MessageBox::warn(this, windowTitle(), job.error().message());
        return;
    }
    Result<RerateList> result = Error(ErrorCode::Internal, QString());
    runInBackground(this, tr("Working out every payment under the new standards…"), [&](TaskProgress &progress) {
        result = (*job)([&](int done, int total) {
            progress.report(done, total);
            return !progress.cancelled();
        });
    });
    if (!result) {
        if (result.error().code() != ErrorCode::Cancelled)
            MessageBox::warn(this, windowTitle(), result.error().message());
        return;
    }
    m_list = *result;
    m_haveList = true;
    showList();
}

void RerateDialog::showList()
{
    QStringList standards;
    for (const StandardChange &s : std::as_const(m_list.standards))
        standards << tr("%1: %2 → %3")
                         .arg(s.label, s.before.isEmpty() ? tr("none") : s.before, s.after.isEmpty() ? tr("none") : s.after);
    const QString what =
        standards.isEmpty()
            ? tr("No standard changes on %1.").arg(m_list.from.toString(QStringLiteral("yyyy-MM-dd")))
            : tr("Changing on %1: %2.").arg(m_list.from.toString(QStringLiteral("yyyy-MM-dd")), standards.join(tr("; ")));
    m_summary->setText(what + u'\n' +
                       tr("%n household(s) being paid looked at: %1 get a new amount from %2, %3 changed since their "
                          "decision or no longer fit their programme and go to review (marked), %4 stay as they are.",
                          nullptr, m_list.checked)
                           .arg(m_list.rerated())
                           .arg(m_list.amountsFrom().toString(QStringLiteral("yyyy-MM")))
                           .arg(m_list.flagged())
                           .arg(m_list.unchanged));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.lines.size()));
    const AreaRegistry &areas = AreaRegistry::current();
    for (int r = 0; r < m_list.lines.size(); ++r) {
        const RerateLine &l = m_list.lines[r];
        QString reason;
        switch (l.reason) {
        case RerateLine::Reason::Standard:
            reason = tr("New standard");
            break;
        case RerateLine::Reason::Household:
            reason = tr("Household changed: review");
            break; // what changed: the tooltip
        case RerateLine::Reason::Programme:
            reason = tr("Programme or people covered would change: review");
            break;
        }
        const QList<QTableWidgetItem *> items = {new QTableWidgetItem(l.headName),
                                                 new QTableWidgetItem(areas.name(l.areaCode)),
                                                 new QTableWidgetItem(Case::programmeLabel(l.programme)),
                                                 new KeyedItem(QString::number(l.covered), l.covered),
                                                 new KeyedItem(money::formatYuan(l.currentFen), l.currentFen),
                                                 new KeyedItem(money::formatYuan(l.newFen), l.newFen),
                                                 new KeyedItem(l.isFlagged() ? tr("review") : signedYuan(l.differenceFen()),
                                                               l.isFlagged() ? Fen(0) : l.differenceFen()),
                                                 new QTableWidgetItem(reason)};
        for (int c = 0; c < Columns; ++c) {
            if (c >= Covered && c <= Change)
                items[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (l.isFlagged())
                markAsProblem(items[c]);
            if (c == Reason)
                items[c]->setToolTip(l.changes.join(u'\n'));
            m_table->setItem(r, c, items[c]);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_totals->setText(
        tr("Each month for the %n household(s) re-rated: now %1 yuan, new %2 yuan, change %3 yuan.", nullptr, m_list.rerated())
            .arg(money::formatYuan(m_list.totalCurrentFen()), money::formatYuan(m_list.totalNewFen()),
                 signedYuan(m_list.totalNewFen() - m_list.totalCurrentFen())));
    const Status may = m_rerate->mayConfirm(m_list.township, m_list.from);
    const bool anythingToApply =
        std::any_of(m_list.lines.cbegin(), m_list.lines.cend(), [](const RerateLine &l) { return !l.alreadyFlagged; });
    m_confirm->setEnabled(may.ok() && anythingToApply);
    m_confirm->setToolTip(may.ok() ? QString() : may.error().message());
    m_print->setEnabled(!m_list.township.isEmpty() && !m_list.lines.isEmpty());
    m_print->setToolTip(m_list.township.isEmpty() ? tr("Choose a township: the list is printed township by township.")
                                                  : QString());
}

void RerateDialog::confirm()
{
    if (!m_haveList)
        return;
    const QString question =
        tr("Pay %n household(s) the new amounts from %1: each month %2 yuan instead of %3 yuan (%4 yuan)?", nullptr,
           m_list.rerated())
            .arg(m_list.amountsFrom().toString(QStringLiteral("yyyy-MM")), money::formatYuan(m_list.totalNewFen()),
                 money::formatYuan(m_list.totalCurrentFen()), signedYuan(m_list.totalNewFen() - m_list.totalCurrentFen())) +
        u'\n' +
        tr("%n household(s) that changed go to review now instead, their amounts unchanged. All of it is saved, or none.",
           nullptr, m_list.flagged());
    if (!MessageBox::ask(this, tr("Confirm the change of standards"), question))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RerateApplied> applied = m_rerate->apply(m_list, Clock::today());
    QApplication::restoreOverrideCursor();
    if (!applied) {
        MessageBox::warn(this, tr("Confirm the change of standards"), applied.error().message());
        if (applied.error().code() == ErrorCode::Stale)
            makeList(); // what is there now, to check again
        return;
    }
    MessageBox::inform(this, tr("Confirm the change of standards"),
                       tr("%1 household(s) re-rated from %2; %3 brought forward for review.")
                           .arg(applied->rerated)
                           .arg(m_list.amountsFrom().toString(QStringLiteral("yyyy-MM")))
                           .arg(applied->flagged));
    m_confirm->setEnabled(false);
}

void RerateDialog::print()
{
    Result<IssuedDocument> draft = m_documents.rerateList(m_list, false, Clock::today());
    if (!draft) {
        MessageBox::warn(this, tr("Print the list"), draft.error().message());
        return;
    }
    previewForms(this, {draft->document}, draft->title, true, [this]() -> Result<QList<FormDocument>> {
        Result<IssuedDocument> issued = m_documents.rerateList(m_list, true, Clock::today());
        if (!issued)
            return issued.error();
        return QList<FormDocument>{issued->document};
    });
}

void openRerate(QWidget *parent, Session &session, DocumentService &documents, const QDate &from)
{
    RerateDialog dialog(session, documents, parent);
    if (from.isValid()) {
        dialog.setFrom(from);
        dialog.makeList();
    }
    dialog.exec();
}

} // namespace doudi::ui
