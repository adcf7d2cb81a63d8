#include "ui/stepdialog.h"
#include "ui/problemtext.h"
#include "ui/screenfit.h"

#include "common/clock.h"
#include "common/labeltable.h"
#include "common/money.h"
#include "services/caseservice.h"
#include "workflow/workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
enum class Kind
{
    Text,
    Lines,
    Paragraph,
    Yuan,
    Bool,
    Reason,
    Choice,
    Date,
    Checks
};

using Programmes = QList<CaseProgramme>;
// Who is paid a monthly amount; 低保边缘 and 刚性支出 households get 专项救助, not money (DOMAIN §1).
const Programmes kMonthly = {CaseProgramme::Dibao, CaseProgramme::Tekun};
const Programmes kTemporary = {CaseProgramme::TemporaryUrgent, CaseProgramme::TemporaryExpenditure};
// Whose review cycle depends on how stable the income is (特困 and 刚性支出 have their own).
const Programmes kIncomeReviewed = {CaseProgramme::Dibao, CaseProgramme::Edge};

QString choiceLabel(const QString &code);

struct Field
{
    const char *key;
    Kind kind;
    const char *label;
    QStringList choices = {};
    Programmes programmes = {};                            // empty: every programme
    QString (*labelOf)(const QString &code) = choiceLabel; // a choice in words
    bool blank = false;                                    // a choice starts unmade

    bool isFor(const std::optional<CaseProgramme> &p) const { return programmes.isEmpty() || (p && programmes.contains(*p)); }
};

// What each step asks for, and for which programmes. The workflow decides whether it is enough.
QList<Field> fieldsFor(const QString &event)
{
    using K = Kind;
    static const QHash<QString, QList<Field>> fields = {
        {QStringLiteral("request_papers"),
         {{"papers", K::Lines, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Missing papers (one per line)")}}},
        {QStringLiteral("pay_first"),
         {{"amount_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Amount paid first (yuan)")}}},
        {QStringLiteral("record_check"),
         {{"date", K::Date, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Date of the check report")},
          {"report_number", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Check report number")},
          {"agencies",
           K::Checks,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Items checked"),
           CaseCheck::agencyCodes(),
           {},
           CaseCheck::agencyLabel},
          {"result",
           K::Choice,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Result"),
           CaseCheck::resultCodes(),
           {},
           CaseCheck::resultLabel,
           true},
          {"differences", K::Paragraph, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "What differs from the declaration")}}},
        {QStringLiteral("democratic_review"),
         {{"outcome", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Outcome (attendance, votes)")}}},
        {QStringLiteral("preliminary"),
         {{"approve", K::Bool, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "The township approves")},
          {"monthly_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Proposed amount (yuan a month)"), {}, kMonthly},
          {"monthly_fen",
           K::Yuan,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Proposed amount of assistance (yuan)"),
           {},
           kTemporary},
          {"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason, if not approved")},
          {"approval_level",
           K::Choice,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Temporary aid approved by"),
           {QStringLiteral("township"), QStringLiteral("county")},
           kTemporary}}},
        {QStringLiteral("objection"), {{"text", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "What the objection says")}}},
        {QStringLiteral("confirm"),
         {{"monthly_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Confirmed amount (yuan a month)"), {}, kMonthly},
          {"monthly_fen",
           K::Yuan,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Confirmed amount of assistance (yuan)"),
           {},
           kTemporary},
          {"unstable_income",
           K::Bool,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Income is unstable (reviewed every six months)"),
           {},
           kIncomeReviewed}}},
        {QStringLiteral("refuse"), {{"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason")}}},
        {QStringLiteral("extend"), {{"note", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Why more time is needed")}}},
        {QStringLiteral("review"),
         {{"outcome",
           K::Choice,
           QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Outcome"),
           {QStringLiteral("keep"), QStringLiteral("increase"), QStringLiteral("decrease"), QStringLiteral("stop")}},
          {"monthly_fen", K::Yuan, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "New amount (yuan a month)"), {}, kMonthly},
          {"note", K::Text, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Why the amount changes")},
          {"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason, if payment stops")}}},
        {QStringLiteral("terminate"), {{"reason", K::Reason, QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "Reason")}}},
    };
    return fields.value(event);
}

QString choiceLabel(const QString &code)
{
    static const LabelTable<> choices(
        "doudi::ui::StepDialog",
        {
            {"township", QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "the township (head of the township)")},
            {"county", QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "the county civil affairs bureau")},
            {"keep", QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "keep the amount")},
            {"increase", QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "increase")},
            {"decrease", QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "decrease")},
            {"stop", QT_TRANSLATE_NOOP("doudi::ui::StepDialog", "stop payment")},
        });
    return choices.labelOfCode(code);
}
} // namespace

StepDialog::StepDialog(CaseService &cases, QString caseId, QString event, QWidget *parent)
    : QDialog(parent), m_cases(cases), m_caseId(std::move(caseId)), m_event(std::move(event)), m_form(new QFormLayout),
      m_error(new QLabel)
{
    setWindowTitle(Workflow::eventLabel(m_event));
    m_error->setWordWrap(true);
    markAsProblem(m_error);
    // The fields of the case's own programme; a case that cannot be read says why, and gets
    // only the fields every programme has.
    std::optional<CaseProgramme> programme;
    if (const Result<Case> c = m_cases.get(m_caseId); c)
        programme = c->programme;
    else
        m_error->setText(c.error().message());
    for (const Field &f : fieldsFor(m_event)) {
        if (!f.isFor(programme))
            continue;
        const QString key = QString::fromLatin1(f.key);
        QWidget *w = nullptr;
        switch (f.kind) {
        case Kind::Text:
            w = new QLineEdit;
            break;
        case Kind::Lines:
            w = new QPlainTextEdit;
            break;
        case Kind::Paragraph: {
            auto *e = new QPlainTextEdit;
            e->setTabChangesFocus(true);
            w = e;
            break;
        }
        case Kind::Yuan: {
            auto *e = new QLineEdit;
            e->setPlaceholderText(QStringLiteral("0.00"));
            w = e;
            break;
        }
        case Kind::Bool:
            w = new QCheckBox;
            break;
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
            if (f.blank)
                box->addItem(QString(), QString());
            for (const QString &c : f.choices)
                box->addItem(f.labelOf(c), c);
            w = box;
            break;
        }
        case Kind::Date: {
            auto *date = new QDateEdit(Clock::today());
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setMaximumDate(Clock::today());
            w = date;
            break;
        }
        case Kind::Checks: {
            // Every item ticked to start with, as the county's platform checks them all; the
            // caseworker unticks what the report does not cover.
            w = new QWidget;
            auto *grid = new QGridLayout(w);
            grid->setContentsMargins(0, 0, 0, 0);
            for (int i = 0; i < f.choices.size(); ++i) {
                auto *box = new QCheckBox(f.labelOf(f.choices[i]));
                box->setObjectName(key + u'_' + f.choices[i]);
                box->setProperty("code", f.choices[i]);
                box->setChecked(true);
                grid->addWidget(box, i / 3, i % 3);
            }
            break;
        }
        }
        w->setObjectName(key);
        m_form->addRow(QCoreApplication::translate("doudi::ui::StepDialog", f.label), w);
        m_fields.append({key, int(f.kind), w});
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
    for (const Input &f : std::as_const(m_fields)) {
        if (f.key != key)
            continue;
        if (auto *e = qobject_cast<QLineEdit *>(f.widget))
            e->setText(value.toString());
        else if (auto *c = qobject_cast<QCheckBox *>(f.widget))
            c->setChecked(value.toBool());
        else if (auto *box = qobject_cast<QComboBox *>(f.widget))
            box->setCurrentIndex(std::max(0, box->findData(value)));
        else if (auto *date = qobject_cast<QDateEdit *>(f.widget))
            date->setDate(value.toDate());
    }
}

void StepDialog::submit()
{
    QJsonObject payload;
    for (const Input &f : std::as_const(m_fields)) {
        const QString &key = f.key;
        QWidget *w = f.widget;
        switch (Kind(f.kind)) {
        case Kind::Lines: {
            QJsonArray list;
            for (const QString &l : static_cast<QPlainTextEdit *>(w)->toPlainText().split(u'\n', Qt::SkipEmptyParts))
                list.append(l.trimmed());
            payload.insert(key, list);
            break;
        }
        case Kind::Paragraph:
            payload.insert(key, static_cast<QPlainTextEdit *>(w)->toPlainText().trimmed());
            break;
        case Kind::Bool:
            payload.insert(key, static_cast<QCheckBox *>(w)->isChecked());
            break;
        case Kind::Reason:
        case Kind::Choice: {
            const QString code = static_cast<QComboBox *>(w)->currentData().toString();
            if (!code.isEmpty())
                payload.insert(key, code);
            break;
        }
        case Kind::Date:
            payload.insert(key, static_cast<QDateEdit *>(w)->date().toString(Qt::ISODate));
            break;
        case Kind::Checks: {
            QJsonArray codes;
            for (const QCheckBox *box : w->findChildren<QCheckBox *>()) {
                if (box->isChecked())
                    codes.append(box->property("code").toString());
            }
            payload.insert(key, codes);
            break;
        }
        case Kind::Yuan: {
            const QString text = static_cast<QLineEdit *>(w)->text().trimmed();
            if (text.isEmpty())
                break;
            const std::optional<Fen> fen = money::parseYuan(text);
            if (!fen) {
                m_error->setText(tr("\"%1\" is not an amount in yuan.").arg(text));
                return;
            }
            payload.insert(key, double(*fen));
            break;
        }
        case Kind::Text:
            payload.insert(key, static_cast<QLineEdit *>(w)->text().trimmed());
            break;
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
