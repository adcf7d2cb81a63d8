#include "ui/intakewizard.h"

#include "common/clock.h"
#include "domain/case.h"
#include "domain/household.h"
#include "identity/areacode.h"
#include "services/assessmentservice.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "common/money.h"
#include "ui/areapickers.h"
#include "ui/messagebox.h"
#include "ui/picturelist.h"

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
#include <QJsonDocument>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
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

void setCode(QTableWidget *t, int row, int col, const QVariant &value)
{
    if (auto *box = qobject_cast<QComboBox *>(t->cellWidget(row, col)))
        box->setCurrentIndex(std::max(0, box->findData(value)));
}

void setText(QTableWidget *t, int row, int col, const QString &value)
{
    if (QTableWidgetItem *item = t->item(row, col))
        item->setText(value);
    else
        t->setItem(row, col, new QTableWidgetItem(value));
}

QString yuanText(const QJsonValue &fen)
{
    return fen.toDouble() == 0 ? QString() : money::formatYuan(Fen(fen.toDouble()));
}

// Explains a column whose title alone does not say enough (shown when hovering the title).
void explainColumn(QTableWidget *t, int col, const QString &tip)
{
    if (QTableWidgetItem *header = t->horizontalHeaderItem(col))
        header->setToolTip(tip);
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
      m_preview(new QLabel), m_saveError(errorLabel()),
      m_papers(new PictureList(tr("Add &scans or photos…"), true)), m_autosave(new QTimer(this))
{
    setWindowTitle(tr("New application"));
    setWizardStyle(QWizard::ClassicStyle);
    setObjectName(QStringLiteral("intakeWizard"));

    setUpAreaPickers(m_township, m_village, false);
    m_village->setObjectName(QStringLiteral("village"));
    m_phone->setToolTip(tr("A mobile number (11 digits) or a landline with its area code."));
    m_registration->setToolTip(tr("Urban or rural household registration (户籍): it decides which standard applies."));
    m_address->setToolTip(tr("Where the family actually lives, if not at the registered address."));
    explainColumn(m_members, 2, tr("Relation to the head of household."));
    explainColumn(m_members, 4, tr("A serious illness or a chronic one needing long treatment can bring extra support (分类施保)."));
    explainColumn(m_members, 6, tr("Grade on the disability certificate: 1 is the most severe, 4 the least."));
    explainColumn(m_members, 8, tr("Whether the person works, farms, is in school, retired or unable to work."));
    explainColumn(m_members, 9, tr("Registered here but not counted: religious staff living away, in prison, in compulsory "
                                   "drug rehabilitation, or missing."));
    explainColumn(m_incomes, 0, tr("Whose income it is; \"whole household\" for income not tied to one person, e.g. land rent."));
    explainColumn(m_incomes, 2, tr("Over the last twelve months, before any deduction; the county's policy decides what counts."));
    explainColumn(m_assets, 2, tr("For deposits and securities the balance; for a house or vehicle its estimated value."));
    explainColumn(m_expenditures, 2, tr("Necessary spending over the last twelve months, after insurance reimbursement."));
    explainColumn(m_obligors, 3, tr("The obligor's own yearly income, in yuan."));
    explainColumn(m_obligors, 4, tr("Whether the obligor can in fact support the household; the reasons that count as unable "
                                    "are listed (e.g. themselves in extreme poverty or severely disabled)."));
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
    auto *papersError = errorLabel();
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
    addMemberRow();
    resize(1100, 640);
}

bool IntakeWizard::hasTypedAnything() const
{
    return !text(m_members, 0, 0).isEmpty() || !text(m_members, 0, 1).isEmpty() || !m_address->text().isEmpty()
           || m_members->rowCount() > 1 || !m_reason->toPlainText().isEmpty() || m_papers->count() > 0;
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
    const QString head = text(m_members, 0, 0);
    draft.title = head.isEmpty() ? tr("Application without a name yet") : tr("Application of %1").arg(head);
    if (Status st = m_cases.saveIntakeDraft(draft); !st) {
        m_saveError->setText(tr("The draft could not be saved: %1").arg(st.error().message()));
        return false;
    }
    m_draftId = draft.id;
    m_savedDraft = bytes;
    setButtonText(QWizard::CustomButton1, tr("Save &draft (saved %1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    return true;
}

void IntakeWizard::loadDraft(const Draft &draft)
{
    const QJsonObject &d = draft.data;
    setHouseholdJson(d.value(QStringLiteral("household")).toObject());
    m_programme->setCurrentIndex(std::max(0, m_programme->findData(d.value(QStringLiteral("programme")).toString())));
    m_relative->setChecked(d.value(QStringLiteral("relative")).toBool());
    m_reason->setPlainText(d.value(QStringLiteral("reason")).toString());
    for (const QJsonValue &p : d.value(QStringLiteral("papers")).toArray())
        m_papers->addJpeg(QByteArray::fromBase64(p[QStringLiteral("jpeg")].toString().toLatin1()), p[QStringLiteral("label")].toString());
    m_draftId = draft.id;
    m_savedDraft = QJsonDocument(draftJson()).toJson(QJsonDocument::Compact);
}

void IntakeWizard::setHouseholdJson(const QJsonObject &h)
{
    const QString village = h.value(QStringLiteral("area_code")).toString();
    m_township->setCurrentIndex(std::max(0, m_township->findData(village.left(9) + QStringLiteral("000"))));
    m_village->setCurrentIndex(std::max(0, m_village->findData(village)));
    m_registration->setCurrentIndex(std::max(0, m_registration->findData(h.value(QStringLiteral("registration")).toString())));
    m_address->setText(h.value(QStringLiteral("address")).toString());
    m_phone->setText(h.value(QStringLiteral("phone")).toString());
    m_members->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("members")).toArray()) {
        addMemberRow();
        const int r = m_members->rowCount() - 1;
        setText(m_members, r, 0, v[QStringLiteral("name")].toString());
        setText(m_members, r, 1, v[QStringLiteral("id_number")].toString());
        setCode(m_members, r, 2, v[QStringLiteral("relation")].toString());
        setCode(m_members, r, 4, v[QStringLiteral("health")].toString());
        setCode(m_members, r, 5, v[QStringLiteral("disability")].toString());
        setCode(m_members, r, 6, v[QStringLiteral("disability_grade")].toInt());
        setCode(m_members, r, 7, v[QStringLiteral("schooling")].toString());
        setCode(m_members, r, 8, v[QStringLiteral("employment")].toString());
        setCode(m_members, r, 9, v[QStringLiteral("exclusion")].toString());
    }
    if (m_members->rowCount() == 0)
        addMemberRow();
    const auto member = [](const QJsonValue &v) { return v.toObject().contains(QStringLiteral("member")) ? v[QStringLiteral("member")].toInt() : -1; };
    m_incomes->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("incomes")).toArray()) {
        addIncomeRow();
        const int r = m_incomes->rowCount() - 1;
        setCode(m_incomes, r, 0, member(v));
        setCode(m_incomes, r, 1, v[QStringLiteral("kind")].toString());
        setText(m_incomes, r, 2, yuanText(v[QStringLiteral("annual_fen")]));
    }
    m_assets->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("assets")).toArray()) {
        addAssetRow();
        const int r = m_assets->rowCount() - 1;
        setCode(m_assets, r, 0, v[QStringLiteral("kind")].toString());
        setText(m_assets, r, 1, QString::number(v[QStringLiteral("quantity")].toInt()));
        setText(m_assets, r, 2, yuanText(v[QStringLiteral("value_fen")]));
        setText(m_assets, r, 3, v[QStringLiteral("description")].toString());
    }
    m_expenditures->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("expenditures")).toArray()) {
        addExpenditureRow();
        const int r = m_expenditures->rowCount() - 1;
        setCode(m_expenditures, r, 0, member(v));
        setCode(m_expenditures, r, 1, v[QStringLiteral("kind")].toString());
        setText(m_expenditures, r, 2, yuanText(v[QStringLiteral("annual_fen")]));
    }
    m_obligors->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("obligors")).toArray()) {
        addObligorRow();
        const int r = m_obligors->rowCount() - 1;
        setText(m_obligors, r, 0, v[QStringLiteral("name")].toString());
        setText(m_obligors, r, 1, v[QStringLiteral("id_number")].toString());
        setCode(m_obligors, r, 2, v[QStringLiteral("relation")].toString());
        setText(m_obligors, r, 3, yuanText(v[QStringLiteral("annual_income_fen")]));
        setCode(m_obligors, r, 4, v[QStringLiteral("capacity")].toString());
    }
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
    if (m_householdId.isEmpty() && hasTypedAnything()) {
        const int choice = MessageBox::choose(this, tr("New application"),
                                              tr("The application is not finished. Keep what was typed as a draft?"),
                                              {tr("Keep as draft"), tr("Discard"), tr("Continue typing")});
        if (choice == 0 && !saveDraft())
            return;
        if (choice == 1 && !m_draftId.isEmpty())
            (void)m_cases.removeIntakeDraft(m_draftId);
        if (choice != 0 && choice != 1)
            return;
    }
    m_autosave->stop();
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
    QString head = QStringLiteral("<p style='font-size:x-large'><b>%1</b>").arg(Assessment::programmeLabel(a->programme).toHtmlEscaped());
    if (a->monthlyAmountFen > 0)
        head += tr(": %1 yuan a month").arg(money::formatYuan(a->monthlyAmountFen)).toHtmlEscaped();
    head += QStringLiteral("</p><p>") + a->explanation().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_preview->setText(head);
}

bool IntakeWizard::save()
{
    CaseService::Intake intake;
    intake.household = householdJson();
    Case::programmeFromCode(m_programme->currentData().toString(), &intake.programme);
    intake.relative = m_relative->isChecked();
    intake.reason = m_reason->toPlainText();
    for (int i = 0; i < m_papers->count(); ++i)
        intake.papers.append({m_papers->jpeg(i), m_papers->label(i)});
    const Result<Case> c = m_cases.registerApplication(m_households, intake, Clock::today());
    if (!c) {
        m_saveError->setText(c.error().message());
        return false;
    }
    m_householdId = c->householdId;
    m_autosave->stop();
    if (!m_draftId.isEmpty())
        (void)m_cases.removeIntakeDraft(m_draftId); // the real thing is saved: the draft has done its work
    return true;
}

} // namespace doudi::ui
