#include "ui/registeredelsewhere.h"
#include "ui/problemtext.h"

#include "services/householdservice.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace doudi::ui {

using namespace doudi::core;

RegisteredElsewhereNotice::RegisteredElsewhereNotice(QWidget *parent)
    : QWidget(parent), m_text(new QLabel),
      m_moved(new QCheckBox(tr("These people have &moved into this household: take them out of the old one")))
{
    m_text->setObjectName(QStringLiteral("registeredElsewhere"));
    m_text->setWordWrap(true);
    markAsProblem(m_text);
    m_moved->setObjectName(QStringLiteral("movedIn"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_moved);
    hide();
}

bool RegisteredElsewhereNotice::check(HouseholdService &households, const QJsonObject &household, QString *errorOut)
{
    const Result<QList<RegisteredElsewhere>> found = households.registeredElsewhere(household);
    if (!found) {
        *errorOut = found.error().message();
        return false;
    }
    QStringList numbers, lines;
    for (const RegisteredElsewhere &e : *found) {
        numbers << e.idNumber;
        lines << HouseholdService::describe(e);
    }
    if (numbers.isEmpty()) {
        reset();
        return true;
    }
    if (numbers == m_numbers && m_moved->isChecked())
        return true;
    m_numbers = numbers;
    m_moved->setChecked(false);
    lines << tr("A person is registered in one household only. Correct the ID number, or tick below if they have moved "
                "here.");
    m_text->setText(lines.join(u'\n'));
    show();
    return false;
}

QStringList RegisteredElsewhereNotice::movedIn() const
{
    return m_moved->isChecked() ? m_numbers : QStringList();
}

void RegisteredElsewhereNotice::reset()
{
    m_numbers.clear();
    m_moved->setChecked(false);
    hide();
}

} // namespace doudi::ui
