#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace doudi::core {
class HouseholdService;
}

namespace doudi::ui {

// Below a household's members: who among them is registered in another household, named, with
// the one way past it — the caseworker says they moved here (they then leave the old one).
class RegisteredElsewhereNotice : public QWidget
{
    Q_OBJECT
public:
    explicit RegisteredElsewhereNotice(QWidget *parent = nullptr);
    // True when nobody is registered elsewhere, or the caseworker said they moved here;
    // otherwise shows who and where. A problem reading says so on errorOut.
    bool check(core::HouseholdService &households, const QJsonObject &household, QString *errorOut);
    // The ID numbers to take in as moved (empty unless the box is ticked).
    QStringList movedIn() const;
    // The members changed: what was said is out of date.
    void reset();

private:
    QLabel *m_text;
    QCheckBox *m_moved;
    QStringList m_numbers;
};

} // namespace doudi::ui
