#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace doudi::ui {

// The members of a household as a list (name, relation, masked ID number) and, beside it, a
// form for the one selected: every field reachable by Tab in the order it is seen, nothing
// scrolled out of sight. Members are kept as the JSON `household add` takes, each with its
// record id when it is on record already, so that an edit stays an edit.
class MemberEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MemberEditor(QWidget *parent = nullptr);

    void setMembers(const QJsonArray &members);
    QJsonArray members() const;
    int count() const { return int(m_members.size()); }
    // What lists of the household's money name each member by.
    QStringList names() const;
    bool isEmpty() const;

public Q_SLOTS:
    void addMember();
    void removeSelected();

Q_SIGNALS:
    // A member was added, removed or renamed (the income lists name members).
    void namesChanged();
    void edited();

private:
    void select(int row);
    void showMember(const QJsonObject &m);
    void store();
    void updateDerived();
    QString listText(const QJsonObject &m, int row) const;

    QList<QJsonObject> m_members;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name, *m_idNumber, *m_phone, *m_note;
    QLabel *m_derived;
    QDateEdit *m_birthDate;
    QComboBox *m_sex, *m_relation, *m_health, *m_disability, *m_grade, *m_schooling, *m_employment, *m_exclusion;
    QPushButton *m_add, *m_remove;
    QWidget *m_form;
};

} // namespace doudi::ui
