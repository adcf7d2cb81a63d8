// Issue 16: the 月报 page on a township's demo data (its roster imported), worked out, a figure
// opened to its households and one of them to its page; the lists saved from the Payments page
// and a case list, each after the personal-data warning and readable by its owner only.
#include "modal.h"

#include "common/clock.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/rosterimportservice.h"
#include "spreadsheet/spreadsheetreader.h"
#include "ui/barchart.h"
#include "ui/filedialog.h"
#include "ui/listexport.h"
#include "ui/messagebox.h"
#include "ui/monthlyreportpage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi;

class TestReportPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QStringList m_messages;
    std::unique_ptr<core::Session> m_session;

    static bool ownerOnly(const QString &path)
    {
        return QFile::exists(path) && (QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                                                    QFile::WriteOther)) == QFile::Permissions();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::MessageBox::setMessageSink(&m_messages);
        core::Clock::setFixed(QDateTime(QDate(2026, 12, 15), QTime(9, 0), Qt::LocalTime));
        core::ProfileSetup s;
        s.user = QStringLiteral("head");
        s.password = QStringLiteral("Lucun-roster-2026");
        s.iterations = 1000;
        s.role = QStringLiteral("township_head");
        s.scope = QStringLiteral("370323102000");
        auto p = core::ProfileService::create(m_tmp.filePath(QStringLiteral("p")), s, nullptr);
        QVERIFY(p);
        m_session = std::move(p).value();
        QVERIFY(core::PolicyService(*m_session).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")));
        core::RosterImportService rosters(*m_session);
        auto file = rosters.open(qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/roster/roster.xlsx"));
        QVERIFY(file);
        auto plan = rosters.check(*file, file->mapping, core::Clock::today());
        QVERIFY(plan && plan->ok());
        QVERIFY(rosters.commit(*plan, *file, file->mapping, core::Clock::today()));
    }
    void cleanupTestCase() { core::Clock::setFixed({}); }

    void theReportShowsItsFiguresAndOpensTheirHouseholds()
    {
        core::DocumentService documents(*m_session);
        ui::MonthlyReportPage page(*m_session, documents);
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("area"))->currentData().toString(), QStringLiteral("370323102000"));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("print"))->isEnabled());
        page.findChild<QPushButton *>(QStringLiteral("workOut"))->click();
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("print"))->isEnabled());
        const QString summary = page.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1740.00")) && summary.contains(QStringLiteral("1331.50")), qPrintable(summary));
        auto *areas = page.findChild<QTableWidget *>(QStringLiteral("areas"));
        QCOMPARE(areas->item(0, 0)->text().trimmed(), QString::fromUtf8("鲁村镇"));
        QVERIFY(areas->rowCount() > 2); // the township and its villages
        QCOMPARE(page.findChild<ui::BarChart *>(QStringLiteral("chart"))->data().labels.size(), 12);

        // 低保: one household; its figure opens to it, and it to its page.
        QString opened;
        connect(&page, &ui::MonthlyReportPage::openHousehold, this, [&](const QString &id) { opened = id; });
        QStringList seen;
        modal::whenDialogOpens([&](QWidget *dialog) {
            auto *list = dialog->findChild<QTableWidget *>(QStringLiteral("households"));
            for (int r = 0; r < list->rowCount(); ++r)
                seen << list->item(r, 0)->text();
            QVERIFY(list->item(0, 2)->text().contains(u'*')); // ID numbers masked
            Q_EMIT list->cellActivated(0, 0);
        });
        page.showHouseholds(QStringLiteral("370323102000"), QStringLiteral("dibao"));
        QCOMPARE(seen, QStringList{QString::fromUtf8("李桂芳")});
        QVERIFY(!opened.isEmpty());
        QCOMPARE(core::HouseholdService(*m_session).get(opened)->head()->name, QString::fromUtf8("李桂芳"));

        // Saved as a spreadsheet: figures, no names, so no personal-data warning.
        const QString path = m_tmp.filePath(QStringLiteral("report.xlsx"));
        ui::FileDialog::setNextFileName(path);
        page.findChild<QPushButton *>(QStringLiteral("save"))->click();
        QVERIFY(QFile::exists(path));
        auto back = core::SpreadsheetReader::read(path);
        QVERIFY(back);
        QCOMPARE(back->first().cell(2, 0), QStringLiteral("370323102000"));
    }

    void thePaymentListAndACaseListAreSaved()
    {
        const QString pay = m_tmp.filePath(QStringLiteral("pay.xlsx"));
        modal::whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QDateEdit *>(QStringLiteral("month"))->setDate(QDate(2026, 12, 1));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        ui::MessageBox::setNextAnswer(true); // the personal-data warning
        ui::FileDialog::setNextFileName(pay);
        ui::exportPaymentList(nullptr, *m_session, {QStringLiteral("370323102000")});
        QVERIFY(ownerOnly(pay));
        auto sheet = core::SpreadsheetReader::read(pay);
        QVERIFY(sheet);
        const core::Sheet &s = sheet->first();
        QCOMPARE(s.rows.size(), 5); // title, headers, two households, totals
        QCOMPARE(s.cell(4, 6), QStringLiteral("3071.5"));

        const QString cases = m_tmp.filePath(QStringLiteral("cases.csv"));
        ui::MessageBox::setNextAnswer(true);
        ui::FileDialog::setNextFileName(cases);
        ui::exportCaseList(nullptr, *m_session, QStringLiteral("Payments"), {core::CaseState::Approved});
        QVERIFY(ownerOnly(cases));
        QCOMPARE(core::SpreadsheetReader::read(cases)->first().rows.size(), 4);

        // No to the warning: nothing is written.
        const QString refused = m_tmp.filePath(QStringLiteral("refused.xlsx"));
        ui::MessageBox::setNextAnswer(false);
        ui::FileDialog::setNextFileName(refused);
        ui::exportHouseholds(nullptr, *m_session);
        ui::FileDialog::setNextFileName(QString()); // not asked for
        QVERIFY(!QFile::exists(refused));
    }
};

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
