#include "ui/messagebox.h"

#include <QMessageBox>

namespace doudi::ui {

bool MessageBox::ask(QWidget *parent, const QString &title, const QString &question)
{
    if (s_next) {
        const bool answer = *s_next;
        s_next.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

} // namespace doudi::ui
