#include "ui/userspage.h"
#include "ui/problemtext.h"
#include "ui/textsize.h"

#include "identity/areacode.h"
#include "services/profileservice.h"
#include "services/userservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

UsersPage::UsersPage(UserService &users, QWidget *parent)
    : QWidget(parent), m_users(users), m_table(new QTableWidget(0, 4)), m_name(new QLineEdit), m_display(new QLineEdit),
      m_role(new QComboBox), m_area(new QComboBox), m_password(new QLineEdit), m_passwordHint(new QLabel), m_message(new QLabel)
{
    auto *title = new QLabel(tr("Users of this computer"));
    setTextRole(title, TextRole::PageTitle);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Area")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (const QString &role : m_users.grantableRoles()) // no higher than one's own
        m_role->addItem(UserService::roleLabel(role), role);
    const AreaRegistry &areas = AreaRegistry::current();
    for (const Area &county : areas.atLevel(AreaCode::Level::County)) {
        m_area->addItem(county.name, county.code);
        for (const Area &t : areas.children(county.code)) {
            m_area->addItem(QStringLiteral("  ") + t.name, t.code);
            for (const Area &v : areas.children(t.code))
                m_area->addItem(QStringLiteral("    ") + v.name, v.code);
        }
    }
    m_name->setObjectName(QStringLiteral("newUser"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("A first password of at least 8 characters, not the person's name nor a common password; "
                              "tell it to the person, who should change it."));
    // What is wrong with the first password, as it is typed (UserService::add checks the same).
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_passwordHint->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_passwordHint->setWordWrap(true);
    for (QLineEdit *edit : {m_name, m_display, m_password})
        connect(edit, &QLineEdit::textChanged, this, &UsersPage::updatePasswordHint);
    m_message->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add user"));
    add->setObjectName(QStringLiteral("add"));
    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    auto *reset = new QPushButton(tr("Set a new pass&word for the selected user…"));
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);

    auto *form = new QFormLayout;
    form->addRow(tr("User &name:"), m_name);
    form->addRow(tr("&Full name:"), m_display);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Area of wor&k:"), m_area);
    form->addRow(tr("First &password:"), m_password);
    form->addRow(QString(), m_passwordHint);
    form->addRow(add);
    auto *box = new QGroupBox(tr("Add a user"));
    box->setLayout(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addWidget(box);
    layout->addWidget(m_message);
    refresh();
}

void UsersPage::refresh()
{
    const Result<QList<UserInfo>> users = m_users.list();
    m_table->setRowCount(0);
    if (!users) {
        m_message->setText(users.error().message());
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int r = 0; r < users->size(); ++r) {
        const UserInfo &u = users->at(r);
        QStringList areas;
        for (const QString &s : u.scopes)
            areas << AreaRegistry::current().fullName(s);
        m_table->setItem(r, 0, new QTableWidgetItem(u.name));
        m_table->setItem(r, 1, new QTableWidgetItem(u.displayName));
        m_table->setItem(r, 2, new QTableWidgetItem(UserService::roleLabel(u.role)));
        m_table->setItem(r, 3, new QTableWidgetItem(areas.join(QStringLiteral("、"))));
    }
    m_table->resizeColumnsToContents();
}

void UsersPage::addUser()
{
    UserInfo u;
    u.name = m_name->text().trimmed();
    u.displayName = m_display->text().trimmed();
    u.role = m_role->currentData().toString();
    u.scopes = QStringList{m_area->currentData().toString()};
    const Status st = m_users.add(u, m_password->text());
    m_password->clear();
    if (!st) {
        markAsProblem(m_message);
        m_message->setText(st.error().message());
        return;
    }
    markAsProblem(m_message, false);
    m_message->setText(tr("%1 can now sign in on this computer.").arg(u.name));
    m_name->clear();
    m_display->clear();
    refresh();
}

void UsersPage::updatePasswordHint()
{
    if (m_password->text().isEmpty()) {
        m_passwordHint->clear();
        return;
    }
    const Status st =
        ProfileService::checkPassword(m_password->text(), {m_name->text().trimmed(), m_display->text().trimmed(), {}});
    m_passwordHint->setText(st ? QString() : st.error().message());
}

void UsersPage::resetPassword()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Select a user in the list first."));
        return;
    }
    const QString name = m_table->item(row, 0)->text();
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("New password"), tr("New password for %1:").arg(name),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const Status st = m_users.resetPassword(name, password);
    markAsProblem(m_message, !st);
    m_message->setText(st ? tr("The password of %1 has been changed.").arg(name) : st.error().message());
}

} // namespace doudi::ui
