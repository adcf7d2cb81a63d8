#pragma once

#include <QDialog>

namespace doudi::ui {

// Help › About Doudi: the version, the licence, and the libraries Doudi is built on, with theirs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace doudi::ui
