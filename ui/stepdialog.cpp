#include "ui/stepdialog.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "common/money.h"
#include "services/caseservice.h"
#include "workflow/workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
enum class Kind { Text, Lines, Yuan, Bool, Reason, Choice };

struct Field
{
    const char *key;
    Kind kind;
    const char *label;
    QStringList choices = {};
};

// What each step asks for. The workflow decides whether it is enough.
QList<Field> fieldsFor(const QString &event)
{
    using K = Kind;
    static const QHash<QString, QList<Field>> fields = {
        {QStringLiteral("request_papers"), {{"papers", K::Lines, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Missing papers (one per line)")}}},
        {QStringLiteral("pay_first"), {{"amount_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Amount paid first (yuan)")}}},
        {QStringLiteral("democratic_review"), {{"outcome", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Outcome (attendance, votes)")}}},
        {QStringLiteral("preliminary"),
         {{"approve", K::Bool, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "The township approves")},
          {"monthly_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Proposed amount (yuan a month)")},
          {"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason, if not approved")},
          {"approval_level", K::Choice, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Temporary aid approved by"), {QStringLiteral("township"), QStringLiteral("county")}}}},
        {QStringLiteral("objection"), {{"text", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "What the objection says")}}},
        {QStringLiteral("confirm"),
         {{"monthly_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Confirmed amount (yuan a month)")},
          {"unstable_income", K::Bool, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Income is unstable (reviewed every six months)")}}},
        {QStringLiteral("refuse"), {{"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason")}}},
        {QStringLiteral("extend"), {{"note", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Why more time is needed")}}},
        {QStringLiteral("review"),
         {{"outcome", K::Choice, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Outcome"), {QStringLiteral("keep"), QStringLiteral("increase"), QStringLiteral("decrease"), QStringLiteral("stop")}},
          {"monthly_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "New amount (yuan a month)")},
          {"note", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Why the amount changes")},
          {"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason, if payment stops")}}},
        {QStringLiteral("terminate"), {{"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason")}}},
    };
    return fields.value(event);
}

QString choiceLabel(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("township"), QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "the township (head of the township)")},
        {QStringLiteral("county"), QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "the county civil affairs bureau")},
        {QStringLiteral("keep"), QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "keep the amount")},
        {QStringLiteral("increase"), QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "increase")},
        {QStringLiteral("decrease"), QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "decrease")},
        {QStringLiteral("stop"), QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "stop payment")},
    };
    const char *label = labels.value(code);
    return label ? QCoreApplication::translate("doudi::ui::StepDialog", label) : code;
}
} // namespace

StepDialog::StepDialog(CaseService &cases, QString caseId, QString event, QWidget *parent)
    : QDialog(parent), m_cases(cases), m_caseId(std::move(caseId)), m_event(std::move(event)), m_form(new QFormLayout),
      m_error(new QLabel)
{
    setWindowTitle(Workflow::eventLabel(m_event));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    for (const Field &f : fieldsFor(m_event)) {
        QWidget *w = nullptr;
        switch (f.kind) {
        case Kind::Text: w = new QLineEdit; break;
        case Kind::Lines: w = new QPlainTextEdit; break;
        case Kind::Yuan: {
            auto *e = new QLineEdit;
            e->setPlaceholderText(QStringLiteral("0.00"));
            w = e;
            break;
        }
        case Kind::Bool: w = new QCheckBox; break;
        case Kind::Reason: {
            auto *box = new QComboBox;
            box->addItem(QString(), QString());
            for (const QString &code : Workflow::reasonCodes())
                box->addItem(Workflow::reasonLabel(code), code);
            w = box;
            break;
        }
        case Kind::Choice: {
            auto *box = new QComboBox;
            for (const QString &c : f.choices)
                box->addItem(choiceLabel(c), c);
            w = box;
            break;
        }
        }
        w->setObjectName(QString::fromLatin1(f.key));
        m_form->addRow(QCoreApplication::translate("doudi::ui::StepDialog", f.label), w);
        m_fields.append({QString::fromLatin1(f.key), w});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Step: %1").arg(Workflow::eventLabel(m_event)));
    what->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(what);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(520, sizeHint().height()));
}

void StepDialog::preset(const QString &key, const QVariant &value)
{
    for (const auto &f : std::as_const(m_fields)) {
        if (f.first != key)
            continue;
        if (auto *e = qobject_cast<QLineEdit *>(f.second))
            e->setText(value.toString());
        else if (auto *c = qobject_cast<QCheckBox *>(f.second))
            c->setChecked(value.toBool());
        else if (auto *box = qobject_cast<QComboBox *>(f.second))
            box->setCurrentIndex(std::max(0, box->findData(value)));
    }
}

void StepDialog::submit()
{
    QJsonObject payload;
    for (const auto &[key, w] : std::as_const(m_fields)) {
        if (auto *lines = qobject_cast<QPlainTextEdit *>(w)) {
            QJsonArray list;
            for (const QString &l : lines->toPlainText().split(u'\n', Qt::SkipEmptyParts))
                list.append(l.trimmed());
            payload.insert(key, list);
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            payload.insert(key, check->isChecked());
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            if (!box->currentData().toString().isEmpty())
                payload.insert(key, box->currentData().toString());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            const QString text = edit->text().trimmed();
            if (key.endsWith(QLatin1String("_fen"))) {
                if (text.isEmpty())
                    continue;
                const std::optional<Fen> fen = money::parseYuan(text);
                if (!fen) {
                    m_error->setText(tr("\"%1\" is not an amount in yuan.").arg(text));
                    return;
                }
                payload.insert(key, double(*fen));
            } else {
                payload.insert(key, text);
            }
        }
    }
    const Result<Case> r = m_cases.advance(m_caseId, {m_event, payload}, Clock::today());
    if (!r) {
        m_error->setText(r.error().message());
        return;
    }
    accept();
}

} // namespace doudi::ui
