#include "ui/intakewizard.h"

#include "common/clock.h"
#include "domain/case.h"
#include "domain/household.h"
#include "identity/areacode.h"
#include "services/assessmentservice.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "ui/areapickers.h"
#include "ui/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
template <typename E>
QComboBox *enumCombo(E initial)
{
    auto *box = new QComboBox;
    for (const EnumEntry<E> &e : enumTable<E>())
        box->addItem(labelOf(e.value), QString::fromLatin1(e.code));
    box->setCurrentIndex(box->findData(codeOf(initial)));
    return box;
}

QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setDefaultSectionSize(30);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QString text(const QTableWidget *t, int row, int col)
{
    const QTableWidgetItem *item = t->item(row, col);
    return item ? item->text().trimmed() : QString();
}

QString code(const QTableWidget *t, int row, int col)
{
    const auto *box = qobject_cast<QComboBox *>(t->cellWidget(row, col));
    return box ? box->currentData().toString() : QString();
}

QWidget *tablePage(QTableWidget *table, const QString &addLabel, const std::function<void()> &add, QLabel *errors)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(addLabel);
    auto *remove = new QPushButton(IntakeWizard::tr("Remove the selected row"));
    QObject::connect(addButton, &QPushButton::clicked, w, add);
    QObject::connect(remove, &QPushButton::clicked, w, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(addButton);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    if (errors)
        layout->addWidget(errors);
    return w;
}

QLabel *errorLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020"));
    return l;
}

QWizardPage *wrap(const QString &title, const QString &subtitle, QWidget *content)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(p);
    layout->addWidget(content);
    return p;
}

// Money typed in yuan ("1,200.50"); an empty cell is 0.
std::optional<Fen> yuanCell(const QTableWidget *t, int row, int col)
{
    const QString s = text(t, row, col);
    return s.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(s);
}
} // namespace

IntakeWizard::IntakeWizard(HouseholdService &households, CaseService &cases, PolicyService &policy, QWidget *parent)
    : QWizard(parent), m_households(households), m_cases(cases), m_policy(policy), m_township(new QComboBox),
      m_village(new QComboBox), m_registration(enumCombo(Registration::Rural)), m_programme(new QComboBox),
      m_address(new QLineEdit), m_phone(new QLineEdit),
      m_members(makeTable({tr("Name"), tr("ID number"), tr("Relation"), tr("Born · sex · age"), tr("Health"), tr("Disability"),
                           tr("Grade"), tr("Schooling"), tr("Work"), tr("Membership")})),
      m_incomes(makeTable({tr("Member"), tr("Type"), tr("Yuan a year")})),
      m_assets(makeTable({tr("Type"), tr("Quantity"), tr("Value (yuan)"), tr("Description")})),
      m_expenditures(makeTable({tr("Member"), tr("Type"), tr("Yuan a year")})),
      m_obligors(makeTable({tr("Name"), tr("ID number"), tr("Relation"), tr("Income a year (yuan)"), tr("Able to support")})),
      m_reason(new QPlainTextEdit), m_relative(new QCheckBox(tr("The household is related to a caseworker or village cadre (近亲属)"))),
      m_householdErrors(errorLabel()), m_memberErrors(errorLabel()), m_moneyErrors(errorLabel()), m_obligorErrors(errorLabel()),
      m_preview(new QLabel), m_saveError(errorLabel())
{
    setWindowTitle(tr("New application"));
    setWizardStyle(QWizard::ClassicStyle);
    setObjectName(QStringLiteral("intakeWizard"));

    setUpAreaPickers(m_township, m_village, false);
    m_village->setObjectName(QStringLiteral("village"));
    m_phone->setToolTip(tr("A mobile number (11 digits) or a landline with its area code."));
    auto *household = new QWidget;
    auto *form = new QFormLayout(household);
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Village:"), m_village);
    form->addRow(tr("&Household registration:"), m_registration);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(m_householdErrors);
    setPage(HouseholdPage, wrap(tr("The household"), tr("Where the household lives and how to reach it."), household));

    m_members->setObjectName(QStringLiteral("members"));
    m_members->setToolTip(tr("Type the ID number: birth date, sex and age fill in by themselves."));
    connect(m_members, &QTableWidget::cellChanged, this, [this](int row, int col) {
        m_memberErrors->clear(); // the list of problems was for what was there before
        if (col == 1)
            updateDerived(row);
    });
    // Wide enough to read a whole ID number and what it says.
    m_members->setColumnWidth(0, 90);
    m_members->setColumnWidth(1, 170);
    m_members->setColumnWidth(2, 110);
    m_members->setColumnWidth(3, 170);
    setPage(MembersPage, wrap(tr("Members"), tr("Everyone registered in the household; the first row is usually the head."),
                              tablePage(m_members, tr("&Add a member"), [this] { addMemberRow(); }, m_memberErrors)));

    auto *moneyBox = new QWidget;
    auto *money = new QVBoxLayout(moneyBox);
    money->setContentsMargins(0, 0, 0, 0);
    money->addWidget(new QLabel(tr("Income over the last twelve months (yuan a year):")));
    money->addWidget(tablePage(m_incomes, tr("Add &income"), [this] { addIncomeRow(); }, nullptr), 1);
    money->addWidget(new QLabel(tr("Assets:")));
    money->addWidget(tablePage(m_assets, tr("Add a&sset"), [this] { addAssetRow(); }, nullptr), 1);
    money->addWidget(new QLabel(tr("Rigid expenditure over the last twelve months (medical, education …):")));
    money->addWidget(tablePage(m_expenditures, tr("Add e&xpenditure"), [this] { addExpenditureRow(); }, nullptr), 1);
    money->addWidget(m_moneyErrors);
    m_incomes->setObjectName(QStringLiteral("incomes"));
    setPage(MoneyPage, wrap(tr("Income, assets and expenditure"), tr("Amounts in yuan, as the household declares them."), moneyBox));

    setPage(ObligorsPage, wrap(tr("Obligors"), tr("Relatives outside the household who must by law support its members."),
                               tablePage(m_obligors, tr("Add an &obligor"), [this] { addObligorRow(); }, m_obligorErrors)));

    for (CaseProgramme p : {CaseProgramme::Dibao, CaseProgramme::Tekun, CaseProgramme::Edge, CaseProgramme::Rigid,
                            CaseProgramme::TemporaryUrgent, CaseProgramme::TemporaryExpenditure})
        m_programme->addItem(Case::programmeLabel(p), Case::programmeCode(p));
    m_programme->setObjectName(QStringLiteral("programme"));
    m_reason->setPlaceholderText(tr("In the family's words: why they apply now."));
    auto *application = new QWidget;
    auto *appForm = new QFormLayout(application);
    appForm->addRow(tr("&Programme:"), m_programme);
    appForm->addRow(tr("&Reason:"), m_reason);
    appForm->addRow(m_relative);
    setPage(ApplicationPage, wrap(tr("The application"), QString(), application));

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
    addMemberRow();
    resize(1100, 640);
}

void IntakeWizard::addMemberRow()
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, 0, new QTableWidgetItem);
    m_members->setItem(row, 1, new QTableWidgetItem);
    auto *derived = new QTableWidgetItem;
    derived->setFlags(Qt::ItemIsEnabled);
    m_members->setItem(row, 3, derived);
    m_members->setCellWidget(row, 2, enumCombo(row == 0 ? Relation::Head : Relation::Child));
    m_members->setCellWidget(row, 4, enumCombo(Health::Healthy));
    m_members->setCellWidget(row, 5, enumCombo(Disability::None));
    auto *grade = new QComboBox;
    grade->addItem(tr("—"), 0);
    for (int g = 1; g <= 4; ++g)
        grade->addItem(tr("grade %1").arg(g), g);
    m_members->setCellWidget(row, 6, grade);
    m_members->setCellWidget(row, 7, enumCombo(Schooling::None));
    m_members->setCellWidget(row, 8, enumCombo(Employment::Unemployed));
    m_members->setCellWidget(row, 9, enumCombo(Exclusion::None));
    m_members->setCurrentCell(row, 0);
}

void IntakeWizard::updateDerived(int row)
{
    QTableWidgetItem *derived = m_members->item(row, 3);
    if (!derived)
        return;
    const QString number = text(m_members, row, 1);
    const Result<IdNumber::Info> info = IdNumber::parse(number);
    if (number.isEmpty()) {
        derived->setText(QString());
    } else if (!info) {
        derived->setText(tr("check the number"));
    } else {
        derived->setText(tr("%1 · %2 · %3").arg(info->birthDate.toString(Qt::ISODate), labelOf(info->sex))
                             .arg(IdNumber::ageAt(info->birthDate, Clock::today())));
    }
}

namespace {
QComboBox *memberCombo(const QTableWidget *members)
{
    auto *box = new QComboBox;
    box->addItem(IntakeWizard::tr("whole household"), -1);
    for (int r = 0; r < members->rowCount(); ++r)
        box->addItem(text(members, r, 0).isEmpty() ? IntakeWizard::tr("member %1").arg(r + 1) : text(members, r, 0), r);
    return box;
}
} // namespace

void IntakeWizard::addIncomeRow()
{
    const int row = m_incomes->rowCount();
    m_incomes->insertRow(row);
    m_incomes->setCellWidget(row, 0, memberCombo(m_members));
    m_incomes->setCellWidget(row, 1, enumCombo(IncomeKind::Wages));
    m_incomes->setItem(row, 2, new QTableWidgetItem);
}

void IntakeWizard::addAssetRow()
{
    const int row = m_assets->rowCount();
    m_assets->insertRow(row);
    m_assets->setCellWidget(row, 0, enumCombo(AssetKind::Deposit));
    m_assets->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
    m_assets->setItem(row, 2, new QTableWidgetItem);
    m_assets->setItem(row, 3, new QTableWidgetItem);
}

void IntakeWizard::addExpenditureRow()
{
    const int row = m_expenditures->rowCount();
    m_expenditures->insertRow(row);
    m_expenditures->setCellWidget(row, 0, memberCombo(m_members));
    m_expenditures->setCellWidget(row, 1, enumCombo(ExpenditureKind::Medical));
    m_expenditures->setItem(row, 2, new QTableWidgetItem);
}

void IntakeWizard::addObligorRow()
{
    const int row = m_obligors->rowCount();
    m_obligors->insertRow(row);
    m_obligors->setItem(row, 0, new QTableWidgetItem);
    m_obligors->setItem(row, 1, new QTableWidgetItem);
    m_obligors->setCellWidget(row, 2, enumCombo(Relation::Child));
    m_obligors->setItem(row, 3, new QTableWidgetItem);
    m_obligors->setCellWidget(row, 4, enumCombo(ObligorCapacity::Able));
}

QJsonObject IntakeWizard::householdJson() const
{
    QJsonObject h{{QStringLiteral("area_code"), m_village->currentData().toString()},
                  {QStringLiteral("registration"), m_registration->currentData().toString()},
                  {QStringLiteral("address"), m_address->text()},
                  {QStringLiteral("phone"), m_phone->text().trimmed()}};
    QJsonArray members;
    for (int r = 0; r < m_members->rowCount(); ++r) {
        const auto *grade = qobject_cast<QComboBox *>(m_members->cellWidget(r, 6));
        members.append(QJsonObject{{QStringLiteral("name"), text(m_members, r, 0)},
                                   {QStringLiteral("id_number"), text(m_members, r, 1)},
                                   {QStringLiteral("relation"), code(m_members, r, 2)},
                                   {QStringLiteral("health"), code(m_members, r, 4)},
                                   {QStringLiteral("disability"), code(m_members, r, 5)},
                                   {QStringLiteral("disability_grade"), grade ? grade->currentData().toInt() : 0},
                                   {QStringLiteral("schooling"), code(m_members, r, 7)},
                                   {QStringLiteral("employment"), code(m_members, r, 8)},
                                   {QStringLiteral("exclusion"), code(m_members, r, 9)}});
    }
    h.insert(QStringLiteral("members"), members);
    const auto withMember = [](QJsonObject o, const QTableWidget *t, int row) {
        const auto *box = qobject_cast<QComboBox *>(t->cellWidget(row, 0));
        if (box && box->currentData().toInt() >= 0)
            o.insert(QStringLiteral("member"), box->currentData().toInt());
        return o;
    };
    QJsonArray incomes, assets, expenditures, obligors;
    for (int r = 0; r < m_incomes->rowCount(); ++r)
        incomes.append(withMember({{QStringLiteral("kind"), code(m_incomes, r, 1)},
                                   {QStringLiteral("annual_fen"), double(yuanCell(m_incomes, r, 2).value_or(0))}},
                                  m_incomes, r));
    for (int r = 0; r < m_assets->rowCount(); ++r)
        assets.append(QJsonObject{{QStringLiteral("kind"), code(m_assets, r, 0)},
                                  {QStringLiteral("quantity"), text(m_assets, r, 1).toInt()},
                                  {QStringLiteral("value_fen"), double(yuanCell(m_assets, r, 2).value_or(0))},
                                  {QStringLiteral("description"), text(m_assets, r, 3)}});
    for (int r = 0; r < m_expenditures->rowCount(); ++r)
        expenditures.append(withMember({{QStringLiteral("kind"), code(m_expenditures, r, 1)},
                                        {QStringLiteral("annual_fen"), double(yuanCell(m_expenditures, r, 2).value_or(0))}},
                                       m_expenditures, r));
    for (int r = 0; r < m_obligors->rowCount(); ++r)
        obligors.append(QJsonObject{{QStringLiteral("name"), text(m_obligors, r, 0)},
                                    {QStringLiteral("id_number"), text(m_obligors, r, 1)},
                                    {QStringLiteral("relation"), code(m_obligors, r, 2)},
                                    {QStringLiteral("annual_income_fen"), double(yuanCell(m_obligors, r, 3).value_or(0))},
                                    {QStringLiteral("capacity"), code(m_obligors, r, 4)}});
    h.insert(QStringLiteral("incomes"), incomes);
    h.insert(QStringLiteral("assets"), assets);
    h.insert(QStringLiteral("expenditures"), expenditures);
    h.insert(QStringLiteral("obligors"), obligors);
    return h;
}

void IntakeWizard::reject()
{
    const bool typed = !text(m_members, 0, 0).isEmpty() || !text(m_members, 0, 1).isEmpty() || !m_address->text().isEmpty()
                       || m_members->rowCount() > 1 || !m_reason->toPlainText().isEmpty();
    if (typed && m_householdId.isEmpty()
        && !MessageBox::ask(this, tr("New application"), tr("Close without saving? What was typed will be lost.")))
        return;
    QWizard::reject();
}

bool IntakeWizard::showProblems(const QStringList &prefixes, QLabel *where)
{
    QList<FieldError> errors;
    (void)Household::fromJson(householdJson(), &errors);
    QStringList mine;
    for (const FieldError &e : std::as_const(errors)) {
        if (std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return e.field.startsWith(p); }))
            mine << e.message;
    }
    where->setText(mine.join(u'\n'));
    return mine.isEmpty();
}

bool IntakeWizard::validateCurrentPage()
{
    switch (currentId()) {
    case HouseholdPage:
        return showProblems({QStringLiteral("area_code"), QStringLiteral("address"), QStringLiteral("phone"),
                             QStringLiteral("registration")},
                            m_householdErrors);
    case MembersPage:
        return showProblems({QStringLiteral("members")}, m_memberErrors);
    case MoneyPage: {
        // Amounts are typed in yuan: a figure that is not money is named here, by row.
        QStringList bad;
        const auto check = [&](const QTableWidget *t, int col, const QString &what) {
            for (int r = 0; r < t->rowCount(); ++r) {
                if (!yuanCell(t, r, col) || yuanCell(t, r, col).value_or(0) < 0)
                    bad << tr("%1, row %2: \"%3\" is not an amount in yuan.").arg(what).arg(r + 1).arg(text(t, r, col));
            }
        };
        check(m_incomes, 2, tr("Income"));
        check(m_assets, 2, tr("Assets"));
        check(m_expenditures, 2, tr("Expenditure"));
        if (!bad.isEmpty()) {
            m_moneyErrors->setText(bad.join(u'\n'));
            return false;
        }
        return showProblems({QStringLiteral("incomes"), QStringLiteral("assets"), QStringLiteral("expenditures")}, m_moneyErrors);
    }
    case ObligorsPage:
        for (int r = 0; r < m_obligors->rowCount(); ++r) {
            if (!yuanCell(m_obligors, r, 3)) {
                m_obligorErrors->setText(tr("Row %1: \"%2\" is not an amount in yuan.").arg(r + 1).arg(text(m_obligors, r, 3)));
                return false;
            }
        }
        return showProblems({QStringLiteral("obligors")}, m_obligorErrors);
    case PreviewPage:
        return save();
    default:
        return true;
    }
}

void IntakeWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == MoneyPage && m_incomes->rowCount() == 0)
        addIncomeRow();
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
    QString head = QStringLiteral("<p style='font-size:14pt'><b>%1</b>").arg(Assessment::programmeLabel(a->programme).toHtmlEscaped());
    if (a->monthlyAmountFen > 0)
        head += tr(": %1 yuan a month").arg(money::formatYuan(a->monthlyAmountFen)).toHtmlEscaped();
    head += QStringLiteral("</p><p>") + a->explanation().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_preview->setText(head);
}

bool IntakeWizard::save()
{
    // Both or neither: check that the application can be registered before saving anything.
    if (Status ready = m_cases.readyToRegister(); !ready) {
        m_saveError->setText(ready.error().message());
        return false;
    }
    CaseProgramme programme = CaseProgramme::Dibao;
    Case::programmeFromCode(m_programme->currentData().toString(), &programme);
    const Result<Household> h = m_households.add(householdJson());
    if (!h) {
        m_saveError->setText(h.error().message());
        return false;
    }
    const Result<Case> c = m_cases.create(h->meta.id, programme, m_relative->isChecked(), Clock::today(), m_reason->toPlainText());
    if (!c) {
        m_saveError->setText(tr("The household was saved, but the application was not registered: %1").arg(c.error().message()));
        return false;
    }
    m_householdId = h->meta.id;
    return true;
}

} // namespace doudi::ui
