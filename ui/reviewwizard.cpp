#include "ui/reviewwizard.h"
#include "ui/problemtext.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "common/money.h"
#include "services/caseservice.h"
#include "workflow/workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

ReviewWizard::ReviewWizard(CaseService &cases, QString caseId, QWidget *parent)
    : QWizard(parent), m_cases(cases), m_caseId(std::move(caseId)), m_outcome(new QComboBox), m_amount(new QLineEdit),
      m_note(new QLineEdit), m_reason(new QComboBox),
      m_unstable(new QCheckBox(tr("Income is unstable (reviewed every six months)"))), m_error(new QLabel)
{
    setWindowTitle(tr("Periodic review"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    QWizardPage *decision = makeDecisionPage(); // first: the changes page fills in its suggestion
    addPage(makeChangesPage());
    addPage(decision);
    fitToScreen(this, QSize(760, 560));
}

QWizardPage *ReviewWizard::makeChangesPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What has changed"));
    auto *layout = new QVBoxLayout(page);
    const Result<ReviewPreview> preview = m_cases.reviewPreview(m_caseId, Clock::today());
    if (!preview) {
        auto *error = new QLabel(preview.error().message());
        error->setWordWrap(true);
        layout->addWidget(error);
        return page;
    }
    const ReviewPreview &p = *preview;
    page->setSubTitle(tr("%1 · %2 · paid %3 yuan a month since %4")
                          .arg(p.headName, Case::programmeLabel(p.c.programme), money::formatYuan(p.c.monthlyFen),
                               p.c.entitlementStart.toString(Qt::ISODate)));
    auto *since =
        new QLabel(p.since.isValid()
                       ? tr("Changes to the household record since the last decision on %1:").arg(p.since.toString(Qt::ISODate))
                       : tr("This case was decided before Doudi kept the household as it stood at a "
                            "decision, so changes cannot be listed; check the record with the family."));
    since->setWordWrap(true);
    layout->addWidget(since);
    auto *changes = new QListWidget;
    changes->setObjectName(QStringLiteral("changes"));
    changes->addItems(p.changes);
    if (p.since.isValid() && p.changes.isEmpty())
        changes->addItem(tr("Nothing in the record has changed."));
    changes->setToolTip(tr("Update the household record first if the family's situation has changed; the assessment "
                           "below uses the record as it is now."));
    layout->addWidget(changes, 1);
    const Assessment &a = p.assessment;
    auto *verdict = new QLabel(tr("Today's policy: %1.").arg(a.headline()));
    verdict->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(verdict);
    auto *explanation = new QTextBrowser;
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setPlainText(a.explanation());
    layout->addWidget(explanation, 1);

    // The decision page starts from what the comparison suggests.
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(p.suggestedOutcome)));
    m_amount->setText(money::formatYuan(p.suggestedMonthlyFen > 0 ? p.suggestedMonthlyFen : p.c.monthlyFen));
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(p.suggestedReason)));
    m_unstable->setChecked(p.c.unstableIncome);
    updateDecisionFields();
    return page;
}

QWizardPage *ReviewWizard::makeDecisionPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Decision"));
    page->setSubTitle(tr("The amount changes from the month after this review; a stop is followed by a written notice."));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Keep the amount"), QStringLiteral("keep"));
    m_outcome->addItem(tr("Increase (增发)"), QStringLiteral("increase"));
    m_outcome->addItem(tr("Decrease (减发)"), QStringLiteral("decrease"));
    m_outcome->addItem(tr("Stop payment (停发)"), QStringLiteral("stop"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setToolTip(tr("The new monthly amount in yuan, e.g. 1372.00."));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setToolTip(tr("Required when the amount changes: what changed in the family's situation."));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(QString(), QString());
    for (const QString &code : Workflow::reasonCodes())
        m_reason->addItem(Workflow::reasonLabel(code), code);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    markAsProblem(m_error);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Monthly amount (yuan)"), m_amount);
    form->addRow(tr("Why it changes"), m_note);
    form->addRow(tr("Reason for stopping"), m_reason);
    form->addRow(QString(), m_unstable);
    form->addRow(m_error);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ReviewWizard::updateDecisionFields);
    updateDecisionFields();
    return page;
}

void ReviewWizard::updateDecisionFields()
{
    const QString outcome = m_outcome->currentData().toString();
    m_amount->setEnabled(outcome == QLatin1String("increase") || outcome == QLatin1String("decrease"));
    m_note->setEnabled(m_amount->isEnabled());
    m_reason->setEnabled(outcome == QLatin1String("stop"));
    m_unstable->setEnabled(outcome != QLatin1String("stop"));
}

bool ReviewWizard::validateCurrentPage()
{
    if (currentId() != pageIds().constLast())
        return true;
    const QString outcome = m_outcome->currentData().toString();
    QJsonObject payload{{QStringLiteral("outcome"), outcome}};
    if (m_amount->isEnabled()) {
        const std::optional<Fen> fen = money::parseYuan(m_amount->text().trimmed());
        if (!fen) {
            m_error->setText(tr("\"%1\" is not an amount in yuan.").arg(m_amount->text()));
            return false;
        }
        payload.insert(QStringLiteral("monthly_fen"), double(*fen));
        payload.insert(QStringLiteral("note"), m_note->text());
    }
    if (m_reason->isEnabled())
        payload.insert(QStringLiteral("reason"), m_reason->currentData().toString());
    if (m_unstable->isEnabled())
        payload.insert(QStringLiteral("unstable_income"), m_unstable->isChecked());
    const Result<Case> r = m_cases.advance(m_caseId, {QStringLiteral("review"), payload}, Clock::today());
    if (!r) {
        m_error->setText(r.error().message());
        return false;
    }
    return true;
}

} // namespace doudi::ui
