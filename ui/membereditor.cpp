#include "ui/membereditor.h"

#include "common/clock.h"
#include "domain/enums.h"
#include "identity/idnumber.h"
#include "ui/enumcombo.h"
#include "ui/problemtext.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcutEvent>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
const QString kName = QStringLiteral("name"), kIdNumber = QStringLiteral("id_number"), kBirth = QStringLiteral("birth_date"),
              kSex = QStringLiteral("sex"), kRelation = QStringLiteral("relation"), kHealth = QStringLiteral("health"),
              kDisability = QStringLiteral("disability"), kGrade = QStringLiteral("disability_grade"),
              kSchooling = QStringLiteral("schooling"), kEmployment = QStringLiteral("employment"),
              kExclusion = QStringLiteral("exclusion"), kPhone = QStringLiteral("phone"), kNote = QStringLiteral("note");

// A birth date not given: the date editor cannot be empty, so its lowest date stands for none.
const QDate kNoDate(1880, 1, 1);

// A date editor that Tab leaves, like every other field (Qt's walks through its year, month
// and day first; typing the digits moves through them anyway).
class FieldDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call): past QDateTimeEdit's
    }
};

// A button whose mnemonic acts at once: Qt's animates the press for 100 ms first, and what a
// quick typist types meanwhile (the next member's name) lands in the field they were in.
class ImmediateButton : public QPushButton
{
public:
    using QPushButton::QPushButton;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Shortcut && !static_cast<QShortcutEvent *>(e)->isAmbiguous() && isEnabled()) {
            click();
            return true;
        }
        return QPushButton::event(e);
    }
};
} // namespace

MemberEditor::MemberEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_name(new QLineEdit), m_idNumber(new QLineEdit), m_phone(new QLineEdit),
      m_note(new QLineEdit), m_derived(new QLabel), m_birthDate(new FieldDateEdit), m_sex(enumCombo(Sex::Unknown)),
      m_relation(enumCombo(Relation::Head)), m_health(enumCombo(Health::Healthy)), m_disability(enumCombo(Disability::None)),
      m_grade(new QComboBox), m_schooling(enumCombo(Schooling::None)), m_employment(enumCombo(Employment::Unemployed)),
      m_exclusion(enumCombo(Exclusion::None)), m_add(new ImmediateButton(tr("&Add a member"))),
      m_remove(new QPushButton(tr("Remo&ve this member"))), m_form(new QWidget)
{
    setObjectName(QStringLiteral("members"));
    m_list->setObjectName(QStringLiteral("memberList"));
    m_list->setAccessibleName(tr("Members"));
    m_list->setMinimumWidth(180);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_idNumber->setObjectName(QStringLiteral("memberIdNumber"));
    m_idNumber->setMaxLength(24);
    m_idNumber->setToolTip(tr("Type the ID number: birth date, sex and age fill in by themselves."));
    m_derived->setObjectName(QStringLiteral("memberDerived"));
    m_birthDate->setObjectName(QStringLiteral("memberBirthDate"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setMinimumDate(kNoDate);
    m_birthDate->setSpecialValueText(tr("not given"));
    m_birthDate->setToolTip(tr("Only for someone without an ID number (a newborn not yet registered, for example)."));
    m_sex->setObjectName(QStringLiteral("memberSex"));
    m_relation->setObjectName(QStringLiteral("memberRelation"));
    m_health->setObjectName(QStringLiteral("memberHealth"));
    m_disability->setObjectName(QStringLiteral("memberDisability"));
    m_grade->setObjectName(QStringLiteral("memberGrade"));
    m_relation->setToolTip(tr("Relation to the head of household."));
    m_health->setToolTip(tr("A serious illness or a chronic one needing long treatment can bring extra support (分类施保)."));
    m_grade->addItem(tr("—"), 0);
    for (int g = 1; g <= 4; ++g)
        m_grade->addItem(tr("grade %1").arg(g), g);
    m_grade->setToolTip(tr("Grade on the disability certificate: 1 is the most severe, 4 the least."));
    m_employment->setObjectName(QStringLiteral("memberEmployment"));
    m_employment->setToolTip(tr("Whether the person works, farms, is in school, retired or unable to work."));
    m_exclusion->setToolTip(tr("Registered here but not counted: religious staff living away, in prison, in compulsory "
                               "drug rehabilitation, or missing."));
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove->setObjectName(QStringLiteral("removeMember"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&ID number:"), m_idNumber);
    form->addRow(QString(), m_derived);
    form->addRow(tr("Bir&th date:"), m_birthDate);
    form->addRow(tr("Se&x:"), m_sex);
    form->addRow(tr("&Relation to head:"), m_relation);
    form->addRow(tr("&Health:"), m_health);
    form->addRow(tr("Disabilit&y:"), m_disability);
    form->addRow(tr("Disability &grade:"), m_grade);
    form->addRow(tr("Schoo&ling:"), m_schooling);
    form->addRow(tr("&Work:"), m_employment);
    form->addRow(tr("Co&unted as member:"), m_exclusion);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("N&ote:"), m_note);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_form, 3);

    // Tab follows what the eye follows: the list, the form top to bottom, then the buttons.
    QWidget *order[] = {m_list,  m_name,      m_idNumber,   m_birthDate, m_sex,   m_relation, m_health, m_disability,
                        m_grade, m_schooling, m_employment, m_exclusion, m_phone, m_note,     m_add,    m_remove};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_list, &QListWidget::currentRowChanged, this, &MemberEditor::select);
    connect(m_add, &QPushButton::clicked, this, &MemberEditor::addMember);
    connect(m_remove, &QPushButton::clicked, this, &MemberEditor::removeSelected);
    for (QLineEdit *e : {m_name, m_idNumber, m_phone, m_note})
        connect(e, &QLineEdit::textEdited, this, &MemberEditor::store);
    for (QComboBox *c : {m_sex, m_relation, m_health, m_disability, m_grade, m_schooling, m_employment, m_exclusion})
        connect(c, &QComboBox::currentIndexChanged, this, &MemberEditor::store);
    connect(m_birthDate, &QDateEdit::dateChanged, this, &MemberEditor::store);
    setMembers({});
}

QString MemberEditor::listText(const QJsonObject &m, int row) const
{
    const QString name = m.value(kName).toString().trimmed();
    const Relation relation = enumFromCode<Relation>(m.value(kRelation).toString()).value_or(Relation::Child);
    return tr("%1 (%2)").arg(name.isEmpty() ? tr("member %1").arg(row + 1) : name, labelOf(relation));
}

void MemberEditor::setMembers(const QJsonArray &members)
{
    m_members.clear();
    for (const QJsonValue &v : members)
        m_members << v.toObject();
    m_current = -1;
    m_loading = true;
    m_list->clear();
    for (int i = 0; i < m_members.size(); ++i)
        m_list->addItem(listText(m_members[i], i));
    m_loading = false;
    if (m_members.isEmpty())
        addMember();
    else
        m_list->setCurrentRow(0);
    Q_EMIT namesChanged();
}

QJsonArray MemberEditor::members() const
{
    QJsonArray out;
    for (const QJsonObject &m : m_members)
        out.append(m);
    return out;
}

QStringList MemberEditor::names() const
{
    QStringList out;
    for (int i = 0; i < m_members.size(); ++i) {
        const QString name = m_members[i].value(kName).toString().trimmed();
        out << (name.isEmpty() ? tr("member %1").arg(i + 1) : name);
    }
    return out;
}

bool MemberEditor::isEmpty() const
{
    return m_members.size() == 1 && m_members.first().value(kName).toString().trimmed().isEmpty() &&
           m_members.first().value(kIdNumber).toString().trimmed().isEmpty();
}

void MemberEditor::addMember()
{
    // The first member is usually the head; everyone after, a child until said otherwise.
    const Relation relation = m_members.isEmpty() ? Relation::Head : Relation::Child;
    m_members << QJsonObject{{kName, QString()},
                             {kIdNumber, QString()},
                             {kRelation, codeOf(relation)},
                             {kHealth, codeOf(Health::Healthy)},
                             {kDisability, codeOf(Disability::None)},
                             {kGrade, 0},
                             {kSchooling, codeOf(Schooling::None)},
                             {kEmployment, codeOf(Employment::Unemployed)},
                             {kExclusion, codeOf(Exclusion::None)}};
    m_list->addItem(listText(m_members.last(), int(m_members.size()) - 1));
    m_list->setCurrentRow(int(m_members.size()) - 1);
    m_name->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT namesChanged();
    Q_EMIT edited();
}

void MemberEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_members.size() <= 1)
        return; // a household has someone in it: change this one instead
    m_members.removeAt(row);
    m_current = -1;
    delete m_list->takeItem(row);
    for (int i = 0; i < m_members.size(); ++i)
        m_list->item(i)->setText(listText(m_members[i], i));
    select(m_list->currentRow());
    Q_EMIT namesChanged();
    Q_EMIT edited();
}

void MemberEditor::select(int row)
{
    if (m_loading)
        return;
    m_current = row;
    m_remove->setEnabled(row >= 0 && m_members.size() > 1);
    m_form->setEnabled(row >= 0);
    if (row >= 0)
        showMember(m_members[row]);
}

void MemberEditor::showMember(const QJsonObject &m)
{
    m_loading = true;
    m_name->setText(m.value(kName).toString());
    m_idNumber->setText(m.value(kIdNumber).toString());
    const QDate birth = QDate::fromString(m.value(kBirth).toString(), Qt::ISODate);
    m_birthDate->setDate(birth.isValid() ? birth : kNoDate);
    selectCode(m_sex, m.value(kSex).toString(codeOf(Sex::Unknown)));
    selectCode(m_relation, m.value(kRelation).toString());
    selectCode(m_health, m.value(kHealth).toString());
    selectCode(m_disability, m.value(kDisability).toString());
    selectCode(m_grade, m.value(kGrade).toInt());
    selectCode(m_schooling, m.value(kSchooling).toString());
    selectCode(m_employment, m.value(kEmployment).toString());
    selectCode(m_exclusion, m.value(kExclusion).toString());
    m_phone->setText(m.value(kPhone).toString());
    m_note->setText(m.value(kNote).toString());
    m_loading = false;
    updateDerived();
}

void MemberEditor::store()
{
    if (m_loading || m_current < 0 || m_current >= m_members.size())
        return;
    QJsonObject &m = m_members[m_current];
    const QString oldName = m.value(kName).toString();
    const QString oldRelation = m.value(kRelation).toString();
    m.insert(kName, m_name->text().trimmed());
    m.insert(kIdNumber, m_idNumber->text().trimmed());
    m.insert(kRelation, m_relation->currentData().toString());
    m.insert(kHealth, m_health->currentData().toString());
    m.insert(kDisability, m_disability->currentData().toString());
    m.insert(kGrade, m_grade->currentData().toInt());
    m.insert(kSchooling, m_schooling->currentData().toString());
    m.insert(kEmployment, m_employment->currentData().toString());
    m.insert(kExclusion, m_exclusion->currentData().toString());
    m.insert(kPhone, m_phone->text().trimmed());
    m.insert(kNote, m_note->text().trimmed());
    // With an ID number the number says birth date and sex; without one they are typed.
    if (m_idNumber->text().trimmed().isEmpty()) {
        const QDate birth = m_birthDate->date();
        if (birth == kNoDate)
            m.remove(kBirth);
        else
            m.insert(kBirth, birth.toString(Qt::ISODate));
        m.insert(kSex, m_sex->currentData().toString());
    } else {
        m.remove(kBirth);
        m.remove(kSex);
    }
    updateDerived();
    if (m.value(kName).toString() != oldName || m.value(kRelation).toString() != oldRelation) {
        m_list->item(m_current)->setText(listText(m, m_current));
        Q_EMIT namesChanged();
    }
    Q_EMIT edited();
}

void MemberEditor::updateDerived()
{
    const QString number = m_idNumber->text().trimmed();
    const bool typed = number.isEmpty();
    m_birthDate->setEnabled(typed);
    m_sex->setEnabled(typed);
    const Result<IdNumber::Info> info = IdNumber::parse(number);
    markAsProblem(m_derived, !typed && !info);
    if (typed) {
        m_derived->setText(tr("No ID number: give the birth date and sex below."));
        return;
    }
    if (!info) {
        m_derived->setText(tr("Check the number: %1").arg(info.error().message()));
        return;
    }
    m_loading = true;
    m_birthDate->setDate(info->birthDate);
    selectCode(m_sex, codeOf(info->sex));
    m_loading = false;
    m_derived->setText(tr("Born %1 · %2 · %3 years old")
                           .arg(info->birthDate.toString(Qt::ISODate), labelOf(info->sex))
                           .arg(IdNumber::ageAt(info->birthDate, Clock::today())));
}

} // namespace doudi::ui
