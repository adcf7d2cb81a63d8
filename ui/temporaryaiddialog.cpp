#include "ui/temporaryaiddialog.h"
#include "ui/problemtext.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "common/money.h"
#include "services/caseservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
std::optional<Fen> yuan(const QLineEdit *e)
{
    const QString text = e->text().trimmed();
    return text.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(text);
}
} // namespace

TemporaryAidDialog::TemporaryAidDialog(CaseService &cases, QString householdId, const QString &headName, QWidget *parent)
    : QDialog(parent), m_cases(cases), m_householdId(std::move(householdId)), m_kind(new QComboBox),
      m_quick(new QCheckBox(tr("Small quick aid: pay now, the paperwork follows (小额先行救助)"))), m_requested(new QLineEdit),
      m_costs(new QLineEdit), m_otherAid(new QLineEdit), m_stages(new QSpinBox), m_reason(new QPlainTextEdit),
      m_preview(new QLabel), m_error(new QLabel)
{
    setWindowTitle(tr("Temporary assistance for the household of %1").arg(headName));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Urgent hardship (急难型): fire, accident, sudden illness …"), int(TemporaryRequest::Kind::Urgent));
    m_kind->addItem(tr("Necessary expenditure (支出型): medical or school costs beyond means"),
                    int(TemporaryRequest::Kind::ExpenditureHardship));
    m_quick->setObjectName(QStringLiteral("quick"));
    m_requested->setObjectName(QStringLiteral("requested"));
    m_requested->setPlaceholderText(QStringLiteral("0.00"));
    m_requested->setToolTip(tr("What the caseworker proposes, in yuan; the policy caps it."));
    m_costs->setObjectName(QStringLiteral("costs"));
    m_costs->setPlaceholderText(QStringLiteral("0.00"));
    m_costs->setToolTip(tr("The documented costs of the event (bills, receipts), in yuan."));
    m_otherAid->setPlaceholderText(QStringLiteral("0.00"));
    m_otherAid->setToolTip(tr("Insurance payouts and other departments' aid for the same event, in yuan."));
    m_stages->setRange(1, 12);
    m_stages->setToolTip(tr("Approved once, paid in this many stages (e.g. along a course of treatment)."));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("What happened, when, and what the family needs now."));
    m_reason->setMaximumHeight(80);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    markAsProblem(m_error);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_quick);
    form->addRow(tr("&Proposed amount (yuan):"), m_requested);
    form->addRow(tr("Documented &costs (yuan):"), m_costs);
    form->addRow(tr("&Other aid received (yuan):"), m_otherAid);
    form->addRow(tr("Paid in &stages:"), m_stages);
    form->addRow(tr("&What happened:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemporaryAidDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [this, ok] {
        const bool quick = m_quick->isChecked() && m_quick->isEnabled();
        ok->setText(quick ? tr("Pay first and register") : tr("Register the application"));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, updateOk] {
        const bool urgent = m_kind->currentData().toInt() == int(TemporaryRequest::Kind::Urgent);
        m_quick->setEnabled(urgent);
        m_costs->setEnabled(!urgent);
        updateOk();
        updatePreview();
    });
    connect(m_quick, &QCheckBox::toggled, this, [this, updateOk] {
        updateOk();
        updatePreview();
    });
    for (QLineEdit *e : {m_requested, m_costs, m_otherAid})
        connect(e, &QLineEdit::textChanged, this, &TemporaryAidDialog::updatePreview);
    connect(m_stages, &QSpinBox::valueChanged, this, &TemporaryAidDialog::updatePreview);
    m_costs->setEnabled(false);
    // Wide enough for either text, which changes with the choice above.
    ok->setMinimumWidth(std::max(ok->fontMetrics().horizontalAdvance(tr("Pay first and register")),
                                 ok->fontMetrics().horizontalAdvance(tr("Register the application"))) +
                        32);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the county's policy allows:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(720, 560));
    updatePreview();
}

bool TemporaryAidDialog::request(TemporaryRequest *out) const
{
    const std::optional<Fen> requested = yuan(m_requested), costs = yuan(m_costs), other = yuan(m_otherAid);
    if (!requested || !costs || !other)
        return false;
    out->kind = TemporaryRequest::Kind(m_kind->currentData().toInt());
    out->quick = m_quick->isChecked() && m_quick->isEnabled();
    out->requestedFen = *requested;
    out->costsFen = m_costs->isEnabled() ? *costs : 0;
    out->otherAidFen = *other;
    out->stages = m_stages->value();
    return true;
}

void TemporaryAidDialog::updatePreview()
{
    TemporaryRequest r;
    if (!request(&r)) {
        m_preview->setText(tr("Type amounts in yuan, e.g. 1500 or 1,500.50."));
        return;
    }
    const Result<TemporaryDecision> d = m_cases.previewTemporary(m_householdId, r, Clock::today());
    if (!d) {
        m_preview->setText(d.error().message());
        return;
    }
    QString text = tr("%1 yuan, approved by the %2.")
                       .arg(money::formatYuan(d->amountFen),
                            d->approvalLevel == QLatin1String("county") ? tr("county civil affairs bureau") : tr("township"));
    text += u'\n' + d->explanation();
    m_preview->setText(text);
}

void TemporaryAidDialog::submit()
{
    TemporaryRequest r;
    if (!request(&r)) {
        m_error->setText(tr("Type amounts in yuan, e.g. 1500 or 1,500.50."));
        return;
    }
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Write down what happened: the application needs its reason."));
        return;
    }
    const Result<Case> c = m_cases.grantTemporary(m_householdId, r, m_reason->toPlainText(), Clock::today());
    if (!c) {
        m_error->setText(c.error().message());
        return;
    }
    accept();
}

} // namespace doudi::ui
