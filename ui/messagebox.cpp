#include "ui/messagebox.h"

#include <QMessageBox>
#include <QPushButton>

namespace doudi::ui {

bool MessageBox::ask(QWidget *parent, const QString &title, const QString &question)
{
    if (s_next) {
        const bool answer = *s_next == 0;
        s_next.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

int MessageBox::choose(QWidget *parent, const QString &title, const QString &question, const QStringList &answers)
{
    if (s_next) {
        const int answer = *s_next;
        s_next.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QList<QPushButton *> buttons;
    for (const QString &a : answers)
        buttons << box.addButton(a, QMessageBox::ActionRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(buttons.first());
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (s_sink) {
        s_sink->append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::warn(QWidget *parent, const QString &title, const QString &text)
{
    if (s_sink) {
        s_sink->append(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

} // namespace doudi::ui
