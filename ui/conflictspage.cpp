#include "ui/conflictspage.h"

#include "common/hlc.h"
#include "services/householdservice.h"
#include "services/syncservice.h"
#include "ui/listtable.h"
#include "ui/recordlabels.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

namespace {

enum Column
{
    Household,
    Record,
    Field,
    Before,
    Mine,
    Theirs,
    State
};

// A value as a person reads it: text as it is, money in yuan, nothing as 空.
QString shown(const QString &field, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return ConflictsPage::tr("(empty)");
    if (field.endsWith(QLatin1String("_fen")) && v.isDouble())
        return ConflictsPage::tr("%1 yuan").arg(QLocale().toString(v.toDouble() / 100.0, 'f', 2));
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? ConflictsPage::tr("yes") : ConflictsPage::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    return QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
}

// "王芳, 12-1 09:30": who changed it and when (the change's own timestamp).
QString byWhom(const QString &user, const QString &hlc)
{
    core::Hlc::Parts parts;
    if (!core::Hlc::parse(hlc, &parts))
        return user;
    return ConflictsPage::tr("%1, %2").arg(
        user, QLocale().toString(QDateTime::fromMSecsSinceEpoch(parts.msecs).toLocalTime(), QStringLiteral("M-d HH:mm")));
}

} // namespace

ConflictsPage::ConflictsPage(core::Session &session, core::HouseholdService &households, QWidget *parent)
    : QWidget(parent), m_session(session), m_households(households), m_summary(new QLabel),
      m_showDecided(new QCheckBox(tr("Show decided ones too"))),
      m_table(makeListTable({tr("Household"), tr("Record"), tr("Field"), tr("Before both changes"), tr("This laptop's value"),
                             tr("The county's value (in force)"), tr("State")})),
      m_keepTheirs(new QPushButton(tr("&Keep the county's value"))), m_keepMine(new QPushButton(tr("Keep this laptop's &value"))),
      m_openButton(new QPushButton(tr("&Open the household…")))
{
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("conflicts"));
    // The values are what the person compares: they get the width.
    for (int c : {Before, Mine, Theirs})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(State, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_keepTheirs->setToolTip(tr("This laptop takes the county's value; the conflict closes at the next sync, here and on "
                                "the other laptop."));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Puts this laptop's value back: an ordinary change of the household, checked as any, that goes "
                              "to the county and decides the conflict, here and on the other laptop."));
    m_openButton->setObjectName(QStringLiteral("openConflictHousehold"));
    m_openButton->setToolTip(tr("A case moved on twice, or a deletion: decide it on the household's page."));
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    buttons->addWidget(m_showDecided);
    layout->addLayout(buttons);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedHousehold(); !id.isEmpty())
            Q_EMIT openHousehold(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const QString id = selectedHousehold(); !id.isEmpty())
            Q_EMIT openHousehold(id);
    });
    connect(m_showDecided, &QCheckBox::toggled, this, &ConflictsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool open = row >= 0 && m_table->item(row, State)->data(Qt::UserRole).toBool();
        m_keepTheirs->setEnabled(open);
        m_keepMine->setEnabled(open && m_table->item(row, Field)->data(Qt::UserRole).toBool());
        m_openButton->setEnabled(row >= 0);
    });
    refresh();
}

QString ConflictsPage::selectedHousehold() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, Household)->data(Qt::UserRole).toString();
}

void ConflictsPage::refresh()
{
    const core::Result<QList<core::protocol::Conflict>> list =
        core::SyncService(m_session).conflicts(!m_showDecided->isChecked());
    m_table->setRowCount(0);
    m_openCount = 0;
    if (!list) {
        m_summary->setText(list.error().message());
        return;
    }
    QHash<QString, QString> heads; // household → its head's name, asked once
    for (const core::protocol::Conflict &c : *list) {
        if (!heads.contains(c.householdId)) {
            const core::Result<core::HouseholdSummary> s = m_households.summary(c.householdId);
            heads.insert(c.householdId, s ? s->headName : tr("(no longer on this laptop)"));
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto put = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
            return item;
        };
        put(Household, heads.value(c.householdId))->setData(Qt::UserRole, c.householdId);
        put(Record, recordKindLabel(c.recordType))->setData(Qt::UserRole, c.id);
        // Whether "keep mine" can put the value back: one field of a household's records.
        static const QStringList kHouseholdRecords{QStringLiteral("household"),   QStringLiteral("person"),
                                                   QStringLiteral("income"),      QStringLiteral("asset"),
                                                   QStringLiteral("expenditure"), QStringLiteral("obligor")};
        put(Field, fieldLabel(c.field))
            ->setData(Qt::UserRole, c.kind == QLatin1String("field") && kHouseholdRecords.contains(c.recordType));
        put(Before, shown(c.field, c.before));
        put(Mine, tr("%1 (%2)").arg(shown(c.field, c.mine), byWhom(c.mineUser, c.mineHlc)));
        put(Theirs, tr("%1 (%2)").arg(shown(c.field, c.theirs), byWhom(c.theirsUser, c.theirsHlc)));
        const bool open = !c.resolved;
        const QString decided = c.resolvedBy.isEmpty() ? tr("decided here: the county hears at the next sync")
                                                       : tr("decided by %1").arg(c.resolvedBy);
        put(State, open ? tr("to decide") : decided)->setData(Qt::UserRole, open);
        m_openCount += open ? 1 : 0;
    }
    m_summary->setText(m_openCount == 0 ? tr("No conflicts: every change made here and at the county fits together.")
                                        : tr("%n change(s) made here met another change of the same field at the county. Until "
                                             "someone decides, the county's value is the one in force everywhere.",
                                             nullptr, m_openCount));
    m_keepTheirs->setEnabled(false);
    m_keepMine->setEnabled(false);
    m_openButton->setEnabled(false);
}

void ConflictsPage::decide(bool mine)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    // The id is kept in the record column's item.
    const qint64 id = m_table->item(row, Record)->data(Qt::UserRole).toLongLong();
    core::SyncService sync(m_session);
    if (core::Status st = mine ? sync.keepMine(id) : sync.acceptTheirs(id); !st) {
        m_summary->setText(st.error().message());
        return;
    }
    refresh();
    Q_EMIT changed();
}

} // namespace doudi::ui
