#include "ui/visitdialog.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "services/caseservice.h"
#include "ui/picturelist.h"
#include "ui/problemtext.h"
#include "ui/signaturepad.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
QComboBox *choice(const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox;
    for (const auto &i : items)
        box->addItem(i.second, i.first);
    return box;
}

QWidget *signatureBox(const QString &label, SignaturePad *pad)
{
    auto *box = new QGroupBox(label);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(pad, 1);
    auto *clear = new QPushButton(VisitDialog::tr("Clear"));
    QObject::connect(clear, &QPushButton::clicked, pad, &SignaturePad::clear);
    layout->addWidget(clear, 0, Qt::AlignRight);
    return box;
}
} // namespace

VisitDialog::VisitDialog(CaseService &cases, QString caseId, const QString &interviewee, QWidget *parent)
    : QDialog(parent), m_cases(cases), m_caseId(std::move(caseId)), m_date(new QDateEdit(Clock::today())),
      m_lateReason(new QLineEdit), m_first(new QComboBox), m_second(new QComboBox),
      m_housing(choice({{QStringLiteral("safe"), tr("Safe")},
                        {QStringLiteral("poor"), tr("Poor repair")},
                        {QStringLiteral("unsafe"), tr("Unsafe (危房)")}})),
      m_food(choice({{QStringLiteral("adequate"), tr("Enough to eat")}, {QStringLiteral("short"), tr("Short of food")}})),
      m_clothing(choice({{QStringLiteral("adequate"), tr("Adequately clothed")},
                         {QStringLiteral("short"), tr("Short of clothing or bedding")}})),
      m_appliances(new QLineEdit), m_findings(new QPlainTextEdit), m_photos(new PictureList(tr("Add &photos…"), false)),
      m_firstSignature(new SignaturePad), m_secondSignature(new SignaturePad), m_intervieweeSignature(new SignaturePad),
      m_error(new QLabel)
{
    setWindowTitle(tr("Home visit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(Clock::today());
    m_first->setObjectName(QStringLiteral("firstInvestigator"));
    m_second->setObjectName(QStringLiteral("secondInvestigator"));
    m_findings->setObjectName(QStringLiteral("findings"));
    // At least two visit (DOMAIN §2): the person signed in, and a colleague this device knows
    // or, typed by full name, anyone else who went, such as a village committee member.
    const Result<CaseService::VisitTeam> team = m_cases.visitTeam(m_caseId);
    const QStringList people = team ? QStringList{team->me} + team->others : QStringList();
    for (QComboBox *box : {m_first, m_second}) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(people);
        box->setToolTip(tr("At least two people visit: pick township staff or village helpers from the list, or type "
                           "the full name of anyone else who went (e.g. a village committee member)."));
    }
    m_first->setCurrentIndex(people.isEmpty() ? -1 : 0);
    m_second->setCurrentIndex(-1);
    m_second->lineEdit()->setPlaceholderText(tr("Pick a colleague or type a full name"));
    m_housing->setToolTip(tr("The state of the dwelling as seen on the visit."));
    m_date->setToolTip(tr("The day of the visit; it cannot be in the future."));
    // A visit recorded on a later day says why (county rule: within a few days, audited).
    m_lateReason->setObjectName(QStringLiteral("lateReason"));
    m_lateReason->setPlaceholderText(tr("Why the visit is recorded only now, e.g. no computer in the village that day"));
    m_lateReason->setEnabled(false);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_lateReason->setEnabled(d < Clock::today()); });
    m_appliances->setPlaceholderText(tr("e.g. an old television, no washing machine"));
    m_findings->setPlaceholderText(tr("What the investigators saw and were told, compared with the declaration."));
    connect(m_photos, &PictureList::problem, m_error, &QLabel::setText);
    m_firstSignature->setObjectName(QStringLiteral("signature1"));
    m_secondSignature->setObjectName(QStringLiteral("signature2"));
    m_intervieweeSignature->setObjectName(QStringLiteral("signature3"));
    m_error->setWordWrap(true);
    markAsProblem(m_error);
    if (!team)
        m_error->setText(team.error().message());

    auto *form = new QFormLayout;
    form->addRow(tr("&Date of the visit:"), m_date);
    form->addRow(tr("Recorded &late because:"), m_lateReason);
    form->addRow(tr("&First investigator:"), m_first);
    form->addRow(tr("&Second investigator:"), m_second);
    form->addRow(tr("&Housing:"), m_housing);
    form->addRow(tr("F&ood:"), m_food);
    form->addRow(tr("&Clothing:"), m_clothing);
    form->addRow(tr("&Appliances and daily goods:"), m_appliances);
    form->addRow(tr("F&indings:"), m_findings);
    form->addRow(tr("Photos:"), m_photos);

    auto *signatures = new QGridLayout;
    signatures->addWidget(signatureBox(tr("First investigator signs"), m_firstSignature), 0, 0);
    signatures->addWidget(signatureBox(tr("Second investigator signs"), m_secondSignature), 0, 1);
    signatures->addWidget(signatureBox(tr("%1 (interviewed) signs").arg(interviewee), m_intervieweeSignature), 0, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The form and the signature pads scroll on a small screen; the buttons stay in sight.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addLayout(signatures, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrollable(content), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(1000, 720));
}

bool VisitDialog::addPhotoFile(const QString &path)
{
    return m_photos->addFile(path);
}

void VisitDialog::save()
{
    CaseService::VisitInput visit;
    visit.date = m_date->date();
    visit.lateReason = m_lateReason->isEnabled() ? m_lateReason->text().trimmed() : QString();
    visit.investigators = {m_first->currentText().trimmed(), m_second->currentText().trimmed()};
    visit.investigators.removeAll(QString());
    visit.findings = m_findings->toPlainText().trimmed();
    visit.checklist = {{QStringLiteral("housing"), m_housing->currentData().toString()},
                       {QStringLiteral("food"), m_food->currentData().toString()},
                       {QStringLiteral("clothing"), m_clothing->currentData().toString()},
                       {QStringLiteral("appliances"), m_appliances->text().trimmed()}};
    for (int i = 0; i < m_photos->count(); ++i)
        visit.photosJpeg << m_photos->jpeg(i);
    const QList<QPair<QString, SignaturePad *>> signers = {{m_first->currentText().trimmed(), m_firstSignature},
                                                           {m_second->currentText().trimmed(), m_secondSignature},
                                                           {QStringLiteral("interviewee"), m_intervieweeSignature}};
    for (const auto &s : signers) {
        if (!s.first.isEmpty() && !s.second->isEmpty())
            visit.signaturesPng.insert(s.first, s.second->toPng());
    }
    const Result<Case> saved = m_cases.recordVisit(m_caseId, visit, Clock::today());
    if (!saved) {
        m_error->setText(saved.error().message());
        return;
    }
    accept();
}

} // namespace doudi::ui
