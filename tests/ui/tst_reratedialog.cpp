#include "common/clock.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "ui/filedialog.h"
#include "ui/messagebox.h"
#include "ui/policyimport.h"
#include "ui/reratedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi;

// The 调标 dialog on a demo county (400 households, their paid cases decided in 2025), worked
// out for the 2026 standards from 2026-07-01: its list, the rows sent to review marked, who may
// confirm, and a confirmation that applies the list.
class TestRerateDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    const QString m_pw = QStringLiteral("Zhang-sanfeng-2026");
    QStringList m_messages;

    std::unique_ptr<core::Session> open(const QString &user)
    {
        auto s = core::ProfileService::unlock(m_dir, user, m_pw);
        return s ? std::move(s).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::MessageBox::setMessageSink(&m_messages);
        core::Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::LocalTime));
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        core::ProfileSetup s;
        s.user = QStringLiteral("county");
        s.password = m_pw;
        s.iterations = 1000;
        s.role = QStringLiteral("county");
        s.scope = QStringLiteral("370323000000");
        auto p = core::ProfileService::create(m_dir, s, nullptr);
        QVERIFY(p.ok());
        core::Session &session = **p;
        QVERIFY(core::PolicyService(session).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        core::DemoData families(core::AreaRegistry::builtIn(), 2026);
        QList<core::Household> many;
        for (int i = 0; i < 400; ++i)
            many << families.household();
        QVERIFY(core::HouseholdService(session).importMany(many, 400).ok());
        QVERIFY(core::DemoCases::add(session, 240, core::Clock::today()).ok());
        core::Clock::setFixed(QDateTime(QDate(2026, 6, 25), QTime(9, 0), Qt::LocalTime)); // the county announced it
    }

    void cleanupTestCase() { core::Clock::setFixed({}); }

    // Importing a policy that raises the standards later offers the 调标 for that day.
    void anImportAnnouncingNewStandardsOffersTheRerate()
    {
        std::unique_ptr<core::Session> s = open(QStringLiteral("county"));
        core::PolicyService policy(*s);
        QDate offered;
        ui::FileDialog::setNextFileName(QStringLiteral(":/doudi/policy/demo-370323.json"));
        ui::MessageBox::setNextAnswer(true);
        QVERIFY(ui::importPolicyFile(nullptr, policy, [&](const QDate &from) { offered = from; }));
        QCOMPARE(offered, QDate(2026, 7, 1));
    }

    void theListShowsEveryTownshipRowAndMarksTheReviews()
    {
        std::unique_ptr<core::Session> s = open(QStringLiteral("county"));
        core::DocumentService documents(*s);
        ui::RerateDialog dialog(*s, documents);
        // The date offered is the next change of standards.
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("from"))->date(), QDate(2026, 7, 1));
        QComboBox *box = dialog.findChild<QComboBox *>(QStringLiteral("township"));
        box->setCurrentIndex(0); // all townships
        dialog.makeList();
        const core::RerateList &list = dialog.list();
        QVERIFY(list.rerated() > 0);
        QVERIFY(list.flagged() > 0);
        QTableWidget *table = dialog.findChild<QTableWidget *>(QStringLiteral("rerateList"));
        QCOMPARE(table->rowCount(), int(list.lines.size()));
        int marked = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            marked += table->item(r, 0)->foreground().color() == QColor(QStringLiteral("#b00020"));
        QCOMPARE(marked, list.flagged());
        // Sorted by the change, as amounts (not as text): the largest rise last.
        table->sortItems(6);
        QVERIFY(table->item(table->rowCount() - 1, 6)->text().startsWith(u'+'));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("confirm"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("print"))->isEnabled()); // a township's list only
        dialog.resize(1024, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/rerate-dialog.png"));
    }

    void confirmingAppliesTheListOnce()
    {
        std::unique_ptr<core::Session> s = open(QStringLiteral("county"));
        core::DocumentService documents(*s);
        ui::RerateDialog dialog(*s, documents);
        dialog.findChild<QComboBox *>(QStringLiteral("township"))->setCurrentIndex(0);
        dialog.makeList();
        const int rerated = dialog.list().rerated();
        ui::MessageBox::setNextAnswer(true);
        dialog.findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY2(m_messages.last().contains(QString::number(rerated)), qPrintable(m_messages.last()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("confirm"))->isEnabled());
        dialog.makeList();
        QCOMPARE(dialog.list().rerated(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("confirm"))->isEnabled()); // nothing left to do
    }
};

QTEST_MAIN(TestRerateDialog)
#include "tst_reratedialog.moc"
