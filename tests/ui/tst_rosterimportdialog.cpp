// Issue 16: the roster import dialog as a township clerk uses it: a file with the usual headers
// goes in after its check; a file with problems cannot be imported and its problems are saved as
// a spreadsheet; a layout of the township's own is mapped by hand; a change of a column after
// the check asks for a new check.
#include "common/clock.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "spreadsheet/spreadsheetwriter.h"
#include "ui/filedialog.h"
#include "ui/messagebox.h"
#include "ui/rosterimportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi;

class TestRosterImportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QStringList m_messages;
    int m_profiles = 0;

    std::unique_ptr<core::Session> freshProfile()
    {
        core::ProfileSetup s;
        s.user = QStringLiteral("head");
        s.password = QStringLiteral("Lucun-roster-2026");
        s.iterations = 1000;
        s.role = QStringLiteral("township_head");
        s.scope = QStringLiteral("370323102000");
        auto p = core::ProfileService::create(m_tmp.filePath(QStringLiteral("p%1").arg(++m_profiles)), s, nullptr);
        if (!p || !core::PolicyService(**p).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")))
            return nullptr;
        return std::move(p).value();
    }

    static QString fixture(const char *name)
    {
        return qEnvironmentVariable("DOUDI_TEST_DATA") + QStringLiteral("/roster/") + QLatin1String(name);
    }

    static void choose(ui::RosterImportDialog &dialog, const QString &path)
    {
        ui::FileDialog::setNextFileName(path);
        dialog.findChild<QPushButton *>(QStringLiteral("chooseFile"))->click();
    }

    static QComboBox *column(ui::RosterImportDialog &dialog, const char *field)
    {
        return dialog.findChild<QComboBox *>(QStringLiteral("column_") + QLatin1String(field));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::MessageBox::setMessageSink(&m_messages);
        core::Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::LocalTime));
    }
    void cleanupTestCase() { core::Clock::setFixed({}); }

    void usualHeaders_checkThenImportTheWholeFile()
    {
        std::unique_ptr<core::Session> s = freshProfile();
        QVERIFY(s);
        ui::RosterImportDialog dialog(*s);
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("import"));
        auto *check = dialog.findChild<QPushButton *>(QStringLiteral("check"));
        QVERIFY(!check->isEnabled() && !import->isEnabled()); // no file yet
        choose(dialog, fixture("roster.xlsx"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("fileName"))->text().contains(QStringLiteral("roster.xlsx")));
        QCOMPARE(column(dialog, "id_number")->currentData().toInt(), 5); // F
        QCOMPARE(column(dialog, "phone")->currentData().toInt(), -1);    // none in this file
        QVERIFY(check->isEnabled());
        check->click();
        QVERIFY(dialog.plan().ok());
        QVERIFY(import->isEnabled());
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("problems"))->rowCount(), 0);
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("3071.50")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text()));

        // A column changed after the check: check again first.
        column(dialog, "phone")->setCurrentIndex(2);
        QVERIFY(!import->isEnabled());
        column(dialog, "phone")->setCurrentIndex(0);
        check->click();
        QVERIFY(import->isEnabled());

        ui::MessageBox::setNextAnswer(true);
        m_messages.clear();
        import->click();
        QCOMPARE(dialog.imported(), 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_messages.join(u'\n').contains(QStringLiteral("2 household")));
        QCOMPARE(*core::HouseholdService(*s).count(), 2);
    }

    void aFileWithProblems_cannotBeImportedAndItsProblemsAreSaved()
    {
        std::unique_ptr<core::Session> s = freshProfile();
        QVERIFY(s);
        ui::RosterImportDialog dialog(*s);
        choose(dialog, fixture("roster-gb18030.csv"));
        dialog.findChild<QPushButton *>(QStringLiteral("check"))->click();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("problems"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->data(Qt::DisplayRole).toInt(), 6);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveReport"));
        QVERIFY(save->isEnabled());
        const QString path = m_tmp.filePath(QStringLiteral("problems.xlsx"));
        ui::MessageBox::setNextAnswer(true); // the personal-data warning
        ui::FileDialog::setNextFileName(path);
        save->click();
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(*core::HouseholdService(*s).count(), 0);
    }

    void aLayoutOfItsOwn_isMappedByHand()
    {
        std::unique_ptr<core::Session> s = freshProfile();
        QVERIFY(s);
        core::OutputSheet sheet;
        for (const char *h : {"所属乡镇", "行政村", "保障对象", "身份", "证件", "待遇", "每月", "自何时"})
            sheet.columns << core::OutputColumn{QString::fromUtf8(h), core::OutputColumn::Kind::Text, 10};
        sheet.rows << QVariantList{QString::fromUtf8("鲁村镇"),
                                   QString::fromUtf8("北官庄村"),
                                   QString::fromUtf8("高玉兰"),
                                   QString::fromUtf8("户主"),
                                   QStringLiteral("370323195212030023"),
                                   QString::fromUtf8("特困"),
                                   QStringLiteral("1331.50"),
                                   QStringLiteral("2022-05")};
        const QString path = m_tmp.filePath(QStringLiteral("own.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(core::SpreadsheetWriter::csv(sheet));
        f.close();
        ui::RosterImportDialog dialog(*s);
        choose(dialog, path);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("Still to choose")));
        const QList<QPair<const char *, int>> byHand = {{"township", 0},       {"village", 1},    {"member_name", 2},
                                                        {"relation", 3},       {"id_number", 4},  {"programme", 5},
                                                        {"monthly_amount", 6}, {"start_month", 7}};
        for (const auto &[field, c] : byHand) {
            QComboBox *combo = column(dialog, field);
            combo->setCurrentIndex(combo->findData(c));
        }
        dialog.findChild<QPushButton *>(QStringLiteral("check"))->click();
        QVERIFY2(dialog.plan().ok(), qPrintable(dialog.plan().problems.value(0).reason));
    }
};

QTEST_MAIN(TestRosterImportDialog)
#include "tst_rosterimportdialog.moc"
