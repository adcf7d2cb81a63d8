#include "ui/householdform.h"

#include "common/money.h"
#include "domain/enums.h"
#include "domain/household.h"
#include "ui/areapickers.h"
#include "ui/enumcombo.h"
#include "ui/membereditor.h"
#include "ui/problemtext.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

namespace {
// Where a row keeps the record it was loaded from (id, version …): its header item's data,
// which moves and goes with the row.
constexpr int kRecordRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setDefaultSectionSize(30);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves between cells and on to the buttons below, rather than round the table.
    t->setTabKeyNavigation(false);
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
        selectCode(box, value);
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

// Money typed in yuan ("1,200.50"); an empty cell is 0.
std::optional<Fen> yuanCell(const QTableWidget *t, int row, int col)
{
    const QString s = text(t, row, col);
    return s.isEmpty() ? std::optional<Fen>(0) : money::parseYuan(s);
}

void keepRecord(QTableWidget *t, int row, const QJsonObject &record)
{
    auto *header = new QTableWidgetItem(QString::number(row + 1));
    header->setData(kRecordRole, record);
    t->setVerticalHeaderItem(row, header);
}

QJsonObject recordOf(const QTableWidget *t, int row)
{
    const QTableWidgetItem *header = t->verticalHeaderItem(row);
    return header ? header->data(kRecordRole).toJsonObject() : QJsonObject();
}

// Column widths for what each holds: names and amounts as wide as they need, the column with
// the longest words (an income's type: 城乡居民基础养老金) takes the rest.
void sizeColumns(QTableWidget *t, std::initializer_list<int> widths, int stretch)
{
    QHeaderView *header = t->horizontalHeader();
    header->setStretchLastSection(false);
    int col = 0;
    for (int w : widths)
        t->setColumnWidth(col++, w);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

// Explains a column whose title alone does not say enough (shown when hovering the title).
void explainColumn(QTableWidget *t, int col, const QString &tip)
{
    if (QTableWidgetItem *header = t->horizontalHeaderItem(col))
        header->setToolTip(tip);
}

QWidget *tablePage(QTableWidget *table, const QString &addLabel, const QString &removeLabel, const std::function<void()> &add,
                   QLabel *errors, const QString &name)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(addLabel);
    auto *remove = new QPushButton(removeLabel);
    addButton->setObjectName(QStringLiteral("add") + name);
    remove->setObjectName(QStringLiteral("remove") + name);
    QObject::connect(addButton, &QPushButton::clicked, w, [table, add] {
        add();
        table->setFocus(Qt::ShortcutFocusReason);
    });
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

QComboBox *memberCombo(const QStringList &names)
{
    auto *box = new QComboBox;
    box->addItem(HouseholdForm::tr("whole household"), -1);
    for (int r = 0; r < names.size(); ++r)
        box->addItem(names[r], r);
    return box;
}

// The member a row of money names: by position in new input, by record id when on record.
int memberIndex(const QJsonObject &row, const QJsonArray &members)
{
    if (row.contains(QStringLiteral("member")))
        return row.value(QStringLiteral("member")).toInt(-1);
    const QString person = row.value(QStringLiteral("person_id")).toString();
    for (int i = 0; !person.isEmpty() && i < members.size(); ++i) {
        if (members[i][QStringLiteral("id")].toString() == person)
            return i;
    }
    return -1;
}
} // namespace

HouseholdForm::HouseholdForm(QObject *parent)
    : QObject(parent), m_township(new QComboBox), m_village(new QComboBox), m_registration(enumCombo(Registration::Rural)),
      m_address(new QLineEdit), m_phone(new QLineEdit), m_members(new MemberEditor),
      m_incomes(makeTable({tr("Member"), tr("Type"), tr("Yuan a year")})),
      m_assets(makeTable({tr("Type"), tr("Quantity"), tr("Value (yuan)"), tr("Description")})),
      m_expenditures(makeTable({tr("Member"), tr("Type"), tr("Yuan a year")})),
      m_obligors(makeTable({tr("Name"), tr("ID number"), tr("Relation"), tr("Income a year (yuan)"), tr("Able to support")})),
      m_householdErrors(problemLabel()), m_memberErrors(problemLabel()), m_moneyErrors(problemLabel()),
      m_obligorErrors(problemLabel())
{
    setUpAreaPickers(m_township, m_village, false);
    m_village->setObjectName(QStringLiteral("village"));
    m_address->setObjectName(QStringLiteral("address"));
    m_phone->setToolTip(tr("A mobile number (11 digits) or a landline with its area code."));
    m_registration->setToolTip(tr("Urban or rural household registration (户籍): it decides which standard applies."));
    m_address->setToolTip(tr("Where the family actually lives, if not at the registered address."));
    sizeColumns(m_incomes, {130, 0, 150}, 1);
    sizeColumns(m_expenditures, {130, 0, 150}, 1);
    sizeColumns(m_assets, {190, 70, 150, 0}, 3);
    sizeColumns(m_obligors, {110, 190, 110, 150, 0}, 4);
    explainColumn(m_incomes, 0, tr("Whose income it is; \"whole household\" for income not tied to one person, e.g. land rent."));
    explainColumn(m_incomes, 2,
                  tr("Over the last twelve months, before any deduction; the county's policy decides what counts."));
    explainColumn(m_assets, 2, tr("For deposits and securities the balance; for a house or vehicle its estimated value."));
    explainColumn(m_expenditures, 2, tr("Necessary spending over the last twelve months, after insurance reimbursement."));
    explainColumn(m_obligors, 3, tr("The obligor's own yearly income, in yuan."));
    explainColumn(m_obligors, 4,
                  tr("Whether the obligor can in fact support the household; the reasons that count as unable "
                     "are listed (e.g. themselves in extreme poverty or severely disabled)."));

    auto *household = new QWidget;
    auto *form = new QFormLayout(household);
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Village:"), m_village);
    form->addRow(tr("&Household registration:"), m_registration);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(m_householdErrors);
    m_pages[HouseholdPage] = household;

    auto *members = new QWidget;
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_members, 1);
    membersLayout->addWidget(m_memberErrors);
    m_pages[MembersPage] = members;
    connect(m_members, &MemberEditor::namesChanged, this, &HouseholdForm::refreshMemberNames);
    connect(m_members, &MemberEditor::edited, m_memberErrors, &QLabel::clear); // the problems were of what was there

    auto *moneyBox = new QWidget;
    auto *money = new QVBoxLayout(moneyBox);
    money->setContentsMargins(0, 0, 0, 0);
    money->addWidget(new QLabel(tr("Income over the last twelve months (yuan a year):")));
    money->addWidget(tablePage(
                         m_incomes, tr("Add &income"), tr("Remove the selected income"), [this] { addIncomeRow(); }, nullptr,
                         QStringLiteral("Income")),
                     1);
    money->addWidget(new QLabel(tr("Assets:")));
    money->addWidget(tablePage(
                         m_assets, tr("Add a&sset"), tr("Remove the selected asset"), [this] { addAssetRow(); }, nullptr,
                         QStringLiteral("Asset")),
                     1);
    money->addWidget(new QLabel(tr("Rigid expenditure over the last twelve months (medical, education …):")));
    money->addWidget(tablePage(
                         m_expenditures, tr("Add e&xpenditure"), tr("Remove the selected expenditure"),
                         [this] { addExpenditureRow(); }, nullptr, QStringLiteral("Expenditure")),
                     1);
    money->addWidget(m_moneyErrors);
    m_incomes->setObjectName(QStringLiteral("incomes"));
    m_pages[MoneyPage] = moneyBox;

    m_pages[ObligorsPage] = tablePage(
        m_obligors, tr("Add an &obligor"), tr("Remove the selected obligor"), [this] { addObligorRow(); }, m_obligorErrors,
        QStringLiteral("Obligor"));

    for (QLineEdit *e : {m_address, m_phone})
        connect(e, &QLineEdit::textEdited, this, &HouseholdForm::edited);
    connect(m_members, &MemberEditor::edited, this, &HouseholdForm::edited);
    for (QTableWidget *t : {m_incomes, m_assets, m_expenditures, m_obligors}) {
        connect(t, &QTableWidget::cellChanged, this, &HouseholdForm::edited);
        t->installEventFilter(this); // Ctrl+V on a cell that is not being edited
    }
}

bool HouseholdForm::eventFilter(QObject *watched, QEvent *event)
{
    auto *table = qobject_cast<QTableWidget *>(watched);
    if (table && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        pasteInto(table);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void HouseholdForm::pasteInto(QTableWidget *table)
{
    // What a spreadsheet copies: lines of tab-separated cells, from the current cell on, into
    // the cells that take text (a drop-down is left as it is); no rows are added.
    QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    const int top = std::max(0, table->currentRow()), left = std::max(0, table->currentColumn());
    for (int r = 0; r < lines.size() && top + r < table->rowCount(); ++r) {
        const QStringList cells = lines[r].split(u'\t');
        for (int c = 0; c < cells.size() && left + c < table->columnCount(); ++c) {
            QTableWidgetItem *item = table->item(top + r, left + c);
            if (item && (item->flags() & Qt::ItemIsEditable) && !table->cellWidget(top + r, left + c))
                item->setText(cells[c].trimmed());
        }
    }
}

HouseholdForm::~HouseholdForm()
{
    // Pages nobody laid out are still ours.
    for (const QPointer<QWidget> &p : m_pages) {
        if (p && !p->parent())
            delete p;
    }
}

QWidget *HouseholdForm::page(Page p) const
{
    return m_pages[p];
}

void HouseholdForm::refreshMemberNames()
{
    const QStringList names = m_members->names();
    for (QTableWidget *t : {m_incomes, m_expenditures}) {
        for (int r = 0; r < t->rowCount(); ++r) {
            auto *box = qobject_cast<QComboBox *>(t->cellWidget(r, 0));
            if (!box)
                continue;
            const int chosen = box->currentData().toInt();
            const QSignalBlocker quiet(box);
            while (box->count() > 1)
                box->removeItem(1);
            for (int i = 0; i < names.size(); ++i)
                box->addItem(names[i], i);
            box->setCurrentIndex(std::max(0, box->findData(chosen)));
        }
    }
}

bool HouseholdForm::hasTypedAnything() const
{
    return !m_members->isEmpty() || !m_address->text().isEmpty() || m_incomes->rowCount() > 0 || m_assets->rowCount() > 0 ||
           m_expenditures->rowCount() > 0 || m_obligors->rowCount() > 0;
}

QString HouseholdForm::headName() const
{
    for (const QJsonValue &m : m_members->members()) {
        if (m[QStringLiteral("relation")].toString() == codeOf(Relation::Head))
            return m[QStringLiteral("name")].toString();
    }
    return {};
}

void HouseholdForm::setJson(const QJsonObject &h)
{
    m_record = h;
    for (const char *key :
         {"area_code", "registration", "address", "phone", "members", "incomes", "assets", "expenditures", "obligors"})
        m_record.remove(QLatin1String(key));
    const QString village = h.value(QStringLiteral("area_code")).toString();
    if (!village.isEmpty()) {
        selectCode(m_township, village.left(9) + QStringLiteral("000"));
        selectCode(m_village, village);
    }
    selectCode(m_registration, h.value(QStringLiteral("registration")).toString(codeOf(Registration::Rural)));
    m_address->setText(h.value(QStringLiteral("address")).toString());
    m_phone->setText(h.value(QStringLiteral("phone")).toString());
    const QJsonArray members = h.value(QStringLiteral("members")).toArray();
    m_members->setMembers(members);
    m_incomes->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("incomes")).toArray()) {
        addIncomeRow();
        const int r = m_incomes->rowCount() - 1;
        keepRecord(m_incomes, r, v.toObject());
        setCode(m_incomes, r, 0, memberIndex(v.toObject(), members));
        setCode(m_incomes, r, 1, v[QStringLiteral("kind")].toString());
        setText(m_incomes, r, 2, yuanText(v[QStringLiteral("annual_fen")]));
    }
    m_assets->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("assets")).toArray()) {
        addAssetRow();
        const int r = m_assets->rowCount() - 1;
        keepRecord(m_assets, r, v.toObject());
        setCode(m_assets, r, 0, v[QStringLiteral("kind")].toString());
        setText(m_assets, r, 1, QString::number(v[QStringLiteral("quantity")].toInt(1)));
        setText(m_assets, r, 2, yuanText(v[QStringLiteral("value_fen")]));
        setText(m_assets, r, 3, v[QStringLiteral("description")].toString());
    }
    m_expenditures->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("expenditures")).toArray()) {
        addExpenditureRow();
        const int r = m_expenditures->rowCount() - 1;
        keepRecord(m_expenditures, r, v.toObject());
        setCode(m_expenditures, r, 0, memberIndex(v.toObject(), members));
        setCode(m_expenditures, r, 1, v[QStringLiteral("kind")].toString());
        setText(m_expenditures, r, 2, yuanText(v[QStringLiteral("annual_fen")]));
    }
    m_obligors->setRowCount(0);
    for (const QJsonValue &v : h.value(QStringLiteral("obligors")).toArray()) {
        addObligorRow();
        const int r = m_obligors->rowCount() - 1;
        keepRecord(m_obligors, r, v.toObject());
        setText(m_obligors, r, 0, v[QStringLiteral("name")].toString());
        setText(m_obligors, r, 1, v[QStringLiteral("id_number")].toString());
        setCode(m_obligors, r, 2, v[QStringLiteral("relation")].toString());
        setText(m_obligors, r, 3, yuanText(v[QStringLiteral("annual_income_fen")]));
        setCode(m_obligors, r, 4, v[QStringLiteral("capacity")].toString());
    }
}

void HouseholdForm::addIncomeRow()
{
    const int row = m_incomes->rowCount();
    m_incomes->insertRow(row);
    m_incomes->setCellWidget(row, 0, memberCombo(m_members->names()));
    m_incomes->setCellWidget(row, 1, enumCombo(IncomeKind::Wages));
    m_incomes->setItem(row, 2, new QTableWidgetItem);
    m_incomes->setCurrentCell(row, 2);
}

void HouseholdForm::addAssetRow()
{
    const int row = m_assets->rowCount();
    m_assets->insertRow(row);
    m_assets->setCellWidget(row, 0, enumCombo(AssetKind::Deposit));
    m_assets->setItem(row, 1, new QTableWidgetItem(QStringLiteral("1")));
    m_assets->setItem(row, 2, new QTableWidgetItem);
    m_assets->setItem(row, 3, new QTableWidgetItem);
    m_assets->setCurrentCell(row, 2);
}

void HouseholdForm::addExpenditureRow()
{
    const int row = m_expenditures->rowCount();
    m_expenditures->insertRow(row);
    m_expenditures->setCellWidget(row, 0, memberCombo(m_members->names()));
    m_expenditures->setCellWidget(row, 1, enumCombo(ExpenditureKind::Medical));
    m_expenditures->setItem(row, 2, new QTableWidgetItem);
    m_expenditures->setCurrentCell(row, 2);
}

void HouseholdForm::addObligorRow()
{
    const int row = m_obligors->rowCount();
    m_obligors->insertRow(row);
    m_obligors->setItem(row, 0, new QTableWidgetItem);
    m_obligors->setItem(row, 1, new QTableWidgetItem);
    m_obligors->setCellWidget(row, 2, enumCombo(Relation::Child));
    m_obligors->setItem(row, 3, new QTableWidgetItem);
    m_obligors->setCellWidget(row, 4, enumCombo(ObligorCapacity::Able));
    m_obligors->setCurrentCell(row, 0);
}

QJsonObject HouseholdForm::json() const
{
    QJsonObject h = m_record;
    h.insert(QStringLiteral("area_code"), m_village->currentData().toString());
    h.insert(QStringLiteral("registration"), m_registration->currentData().toString());
    h.insert(QStringLiteral("address"), m_address->text());
    h.insert(QStringLiteral("phone"), m_phone->text().trimmed());
    h.insert(QStringLiteral("members"), m_members->members());
    // Each row: the record it was loaded from, with what the form shows written over it.
    const auto row = [](const QTableWidget *t, int r, std::initializer_list<std::pair<QString, QJsonValue>> fields) {
        QJsonObject o = recordOf(t, r);
        for (const auto &[key, value] : fields)
            o.insert(key, value);
        return o;
    };
    const auto withMember = [](QJsonObject o, const QTableWidget *t, int r) {
        const auto *box = qobject_cast<QComboBox *>(t->cellWidget(r, 0));
        o.remove(QStringLiteral("person_id"));
        o.remove(QStringLiteral("member"));
        if (box && box->currentData().toInt() >= 0)
            o.insert(QStringLiteral("member"), box->currentData().toInt());
        return o;
    };
    QJsonArray incomes, assets, expenditures, obligors;
    for (int r = 0; r < m_incomes->rowCount(); ++r)
        incomes.append(withMember(row(m_incomes, r,
                                      {{QStringLiteral("kind"), code(m_incomes, r, 1)},
                                       {QStringLiteral("annual_fen"), double(yuanCell(m_incomes, r, 2).value_or(0))}}),
                                  m_incomes, r));
    for (int r = 0; r < m_assets->rowCount(); ++r)
        assets.append(row(m_assets, r,
                          {{QStringLiteral("kind"), code(m_assets, r, 0)},
                           {QStringLiteral("quantity"), text(m_assets, r, 1).toInt()},
                           {QStringLiteral("value_fen"), double(yuanCell(m_assets, r, 2).value_or(0))},
                           {QStringLiteral("description"), text(m_assets, r, 3)}}));
    for (int r = 0; r < m_expenditures->rowCount(); ++r)
        expenditures.append(withMember(row(m_expenditures, r,
                                           {{QStringLiteral("kind"), code(m_expenditures, r, 1)},
                                            {QStringLiteral("annual_fen"), double(yuanCell(m_expenditures, r, 2).value_or(0))}}),
                                       m_expenditures, r));
    for (int r = 0; r < m_obligors->rowCount(); ++r)
        obligors.append(row(m_obligors, r,
                            {{QStringLiteral("name"), text(m_obligors, r, 0)},
                             {QStringLiteral("id_number"), text(m_obligors, r, 1)},
                             {QStringLiteral("relation"), code(m_obligors, r, 2)},
                             {QStringLiteral("annual_income_fen"), double(yuanCell(m_obligors, r, 3).value_or(0))},
                             {QStringLiteral("capacity"), code(m_obligors, r, 4)}}));
    h.insert(QStringLiteral("incomes"), incomes);
    h.insert(QStringLiteral("assets"), assets);
    h.insert(QStringLiteral("expenditures"), expenditures);
    h.insert(QStringLiteral("obligors"), obligors);
    return h;
}

void HouseholdForm::showMemberProblem(const QString &text)
{
    m_memberErrors->setText(text);
}

bool HouseholdForm::showProblems(const QStringList &prefixes, QLabel *where)
{
    QList<FieldError> errors;
    (void)Household::fromJson(json(), &errors);
    QStringList mine;
    for (const FieldError &e : std::as_const(errors)) {
        if (std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return e.field.startsWith(p); }))
            mine << e.message;
    }
    where->setText(mine.join(u'\n'));
    return mine.isEmpty();
}

bool HouseholdForm::check(Page p)
{
    switch (p) {
    case HouseholdPage:
        return showProblems(
            {QStringLiteral("area_code"), QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("registration")},
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
    }
    return true;
}

} // namespace doudi::ui
