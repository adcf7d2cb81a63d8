#include "ui/intakewizard.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "common/money.h"
#include "domain/case.h"
#include "domain/household.h"
#include "identity/areacode.h"
#include "services/assessmentservice.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "ui/householdform.h"
#include "ui/messagebox.h"
#include "ui/picturelist.h"
#include "ui/problemtext.h"
#include "ui/registeredelsewhere.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QWizardPage *wrap(const QString &title, const QString &subtitle, QWidget *content)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(p);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollable(content)); // a small screen scrolls the page, not the buttons away
    return p;
}
} // namespace

IntakeWizard::IntakeWizard(HouseholdService &households, CaseService &cases, PolicyService &policy, QWidget *parent)
    : QWizard(parent), m_households(households), m_cases(cases), m_policy(policy), m_form(new HouseholdForm(this)),
      m_programme(new QComboBox), m_reason(new QPlainTextEdit),
      m_relative(new QCheckBox(tr("The household is related to a caseworker or village cadre (近亲属)"))),
      m_elsewhere(new RegisteredElsewhereNotice), m_preview(new QLabel), m_saveError(problemLabel()),
      m_papers(new PictureList(tr("Add &scans or photos…"), true)), m_autosave(new QTimer(this))
{
    setWindowTitle(tr("New application"));
    setWizardStyle(QWizard::ClassicStyle);
    setObjectName(QStringLiteral("intakeWizard"));

    setPage(HouseholdPage, wrap(tr("The household"), tr("Where the household lives and how to reach it."),
                                m_form->page(HouseholdForm::HouseholdPage)));
    // Someone already registered in another household: named, and taken in only when the
    // caseworker says they moved here.
    auto *members = new QWidget;
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_form->page(HouseholdForm::MembersPage), 1);
    membersLayout->addWidget(m_elsewhere);
    setPage(MembersPage,
            wrap(tr("Members"), tr("Everyone registered in the household; the first is usually the head."), members));
    setPage(MoneyPage, wrap(tr("Income, assets and expenditure"), tr("Amounts in yuan, as the household declares them."),
                            m_form->page(HouseholdForm::MoneyPage)));
    setPage(ObligorsPage, wrap(tr("Obligors"), tr("Relatives outside the household who must by law support its members."),
                               m_form->page(HouseholdForm::ObligorsPage)));

    for (CaseProgramme p : {CaseProgramme::Dibao, CaseProgramme::Tekun, CaseProgramme::Edge, CaseProgramme::Rigid,
                            CaseProgramme::TemporaryUrgent, CaseProgramme::TemporaryExpenditure})
        m_programme->addItem(Case::programmeLabel(p), Case::programmeCode(p));
    m_programme->setObjectName(QStringLiteral("programme"));
    m_reason->setPlaceholderText(tr("In the family's words: why they apply now."));
    m_reason->setTabChangesFocus(true); // Tab goes on to the next field, as everywhere else
    auto *application = new QWidget;
    auto *appForm = new QFormLayout(application);
    appForm->addRow(tr("&Programme:"), m_programme);
    appForm->addRow(tr("&Reason:"), m_reason);
    appForm->addRow(m_relative);
    m_programme->setToolTip(tr("What the family applies for; the assessment may find another programme fits better."));
    m_relative->setToolTip(tr("Close relatives (近亲属) of caseworkers and village cadres are recorded and decided by the "
                              "county, with a visit of its own."));
    setPage(ApplicationPage, wrap(tr("The application"), QString(), application));

    auto *papers = new QWidget;
    auto *papersLayout = new QVBoxLayout(papers);
    auto *papersHint = new QLabel(tr("Scans or photos of the papers handed in: ID cards, the household register (户口簿), "
                                     "proof of income, disability or illness certificates, the signed authorisation for "
                                     "the economic check. Give each a caption that says what it is."));
    papersHint->setWordWrap(true);
    auto *papersError = problemLabel();
    connect(m_papers, &PictureList::problem, papersError, &QLabel::setText);
    papersLayout->addWidget(papersHint);
    papersLayout->addWidget(m_papers, 1);
    papersLayout->addWidget(papersError);
    setPage(PapersPage, wrap(tr("Papers"), tr("Pictures are kept encrypted with the case, never as files."), papers));

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *preview = new QWidget;
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_saveError);
    setPage(PreviewPage, wrap(tr("Eligibility preview"),
                              tr("What the county's policy gives for these details today. Finish saves the household and "
                                 "registers the application; the investigation decides."),
                              preview));
    // Save as draft at any page; typed work is also kept every half minute.
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Save &draft"));
    button(QWizard::CustomButton1)->setToolTip(tr("Keep what was typed on this device to finish later, from Applications."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveDraft();
    });
    m_autosave->setInterval(30 * 1000);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (hasTypedAnything())
            saveDraft();
    });
    m_autosave->start();
    fitToScreen(this, QSize(1100, 640));
}

bool IntakeWizard::hasTypedAnything() const
{
    return m_form->hasTypedAnything() || !m_reason->toPlainText().isEmpty() || m_papers->count() > 0;
}

QJsonObject IntakeWizard::householdJson() const
{
    return m_form->json();
}

QJsonObject IntakeWizard::draftJson() const
{
    QJsonArray papers;
    for (int i = 0; i < m_papers->count(); ++i)
        papers.append(QJsonObject{{QStringLiteral("label"), m_papers->label(i)},
                                  {QStringLiteral("jpeg"), QString::fromLatin1(m_papers->jpeg(i).toBase64())}});
    return {{QStringLiteral("household"), householdJson()},
            {QStringLiteral("programme"), m_programme->currentData().toString()},
            {QStringLiteral("relative"), m_relative->isChecked()},
            {QStringLiteral("reason"), m_reason->toPlainText()},
            {QStringLiteral("papers"), papers}};
}

bool IntakeWizard::saveDraft()
{
    const QJsonObject content = draftJson();
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    if (bytes == m_savedDraft)
        return true;
    Draft draft;
    draft.id = m_draftId;
    draft.data = content;
    const QString head = m_form->headName();
    draft.title = head.isEmpty() ? tr("Application without a name yet") : tr("Application of %1").arg(head);
    if (Status st = m_cases.saveIntakeDraft(draft); !st) {
        m_saveError->setText(tr("The draft could not be saved: %1").arg(st.error().message()));
        return false;
    }
    m_draftId = draft.id;
    m_savedDraft = bytes;
    setButtonText(QWizard::CustomButton1,
                  tr("Save &draft (saved %1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    return true;
}

void IntakeWizard::keepDraft()
{
    if (m_householdId.isEmpty() && hasTypedAnything())
        saveDraft();
}

void IntakeWizard::loadDraft(const Draft &draft)
{
    const QJsonObject &d = draft.data;
    m_form->setJson(d.value(QStringLiteral("household")).toObject());
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(d.value(QStringLiteral("programme")).toString())));
    m_relative->setChecked(d.value(QStringLiteral("relative")).toBool());
    m_reason->setPlainText(d.value(QStringLiteral("reason")).toString());
    for (const QJsonValue &p : d.value(QStringLiteral("papers")).toArray())
        m_papers->addJpeg(QByteArray::fromBase64(p[QStringLiteral("jpeg")].toString().toLatin1()),
                          p[QStringLiteral("label")].toString());
    m_draftId = draft.id;
    m_savedDraft = QJsonDocument(draftJson()).toJson(QJsonDocument::Compact);
}

void IntakeWizard::reject()
{
    if (m_householdId.isEmpty() && hasTypedAnything()) {
        const int choice = MessageBox::choose(this, tr("New application"),
                                              tr("The application is not finished. Keep what was typed as a draft?"),
                                              {tr("Keep as draft"), tr("Discard"), tr("Continue typing")});
        if (choice == 0 && !saveDraft())
            return;
        if (choice == 1 && !discardDraft())
            return;
        if (choice != 0 && choice != 1)
            return;
    }
    m_autosave->stop();
    QWizard::reject();
}

bool IntakeWizard::validateCurrentPage()
{
    switch (currentId()) {
    case HouseholdPage:
        return m_form->check(HouseholdForm::HouseholdPage);
    case MembersPage:
        return m_form->check(HouseholdForm::MembersPage) && checkRegisteredElsewhere();
    case MoneyPage:
        return m_form->check(HouseholdForm::MoneyPage);
    case ObligorsPage:
        return m_form->check(HouseholdForm::ObligorsPage);
    case PreviewPage:
        return save();
    default:
        return true;
    }
}

bool IntakeWizard::checkRegisteredElsewhere()
{
    QString error;
    const bool ok = m_elsewhere->check(m_households, householdJson(), &error);
    if (!error.isEmpty())
        m_form->showMemberProblem(error);
    return ok;
}

void IntakeWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != PreviewPage)
        return;
    Result<PolicyBook> policy = m_policy.current();
    if (!policy) {
        m_preview->setText(policy.error().message());
        return;
    }
    AssessOptions options;
    options.date = Clock::today();
    const Result<Assessment> a = AssessmentService::assess(householdJson(), options, *policy);
    if (!a) {
        m_preview->setText(a.error().message());
        return;
    }
    QString head = QStringLiteral("<p style='font-size:x-large'><b>%1</b>").arg(a->headline().toHtmlEscaped());
    head += QStringLiteral("</p><p>") + a->explanation().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    m_preview->setText(head);
}

bool IntakeWizard::save()
{
    CaseService::Intake intake;
    intake.household = householdJson();
    intake.movedIn = m_elsewhere->movedIn();
    Case::programmeFromCode(m_programme->currentData().toString(), &intake.programme);
    intake.relative = m_relative->isChecked();
    intake.reason = m_reason->toPlainText();
    intake.draftId = m_draftId; // deleted with the save: the real thing has it all
    for (int i = 0; i < m_papers->count(); ++i)
        intake.papers.append({m_papers->jpeg(i), m_papers->label(i)});
    const Result<Case> c = m_cases.registerApplication(m_households, intake, Clock::today());
    if (!c) {
        m_saveError->setText(c.error().message());
        return false;
    }
    m_householdId = c->householdId;
    m_draftId.clear();
    m_autosave->stop();
    return true;
}

bool IntakeWizard::discardDraft()
{
    if (m_draftId.isEmpty())
        return true;
    // A draft left behind keeps a family's personal data on the laptop: the person is told,
    // and the wizard stays open so that they can try again or keep it knowingly.
    if (Status st = m_cases.removeIntakeDraft(m_draftId); !st) {
        MessageBox::warn(this, tr("New application"),
                         tr("The draft could not be deleted: %1\nIt stays in the list of drafts.").arg(st.error().message()));
        return false;
    }
    m_draftId.clear();
    return true;
}

} // namespace doudi::ui
