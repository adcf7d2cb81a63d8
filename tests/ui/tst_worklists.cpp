#include "common/clock.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "ui/backgroundtask.h"
#include "ui/caselistpage.h"
#include "ui/documentspage.h"
#include "ui/householddetailpage.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/paymentcheckdialog.h"
#include "ui/publicitypage.h"
#include "ui/reviewwizard.h"
#include "ui/stepdialog.h"
#include "ui/temporaryaiddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

using namespace doudi;

// The work lists of the procedure (入户调查, 公示, 审核确认, 待遇发放, 复核) through the real
// widgets, on demo applications walked through the workflow to every stage.
class TestWorkLists : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    const QDate m_today{2026, 11, 27};

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    std::unique_ptr<core::Session> unlock()
    {
        auto p = core::ProfileService::unlock(m_dir, QStringLiteral("head"), QStringLiteral("township-chief-1"));
        return p ? std::move(p).value() : nullptr;
    }

    template <typename T> T *pageAt(ui::MainWindow &window, int row)
    {
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(row);
        return qobject_cast<T *>(window.findChild<QStackedWidget *>()->currentWidget());
    }

    // Modal dialogs block the test: once one of type T shows, look at it and close it (unless
    // look answered it).
    static QList<core::Case> cases(core::Session &profile)
    {
        QList<core::Case> out;
        const auto rows = core::CaseService(profile).list({core::CaseState::Approved}, QDate(2026, 11, 27));
        for (const core::CaseRow &r : *rows)
            out << r.c;
        return out;
    }

    template <typename T> std::unique_ptr<QTimer> whenShown(const std::function<void(T *)> &look)
    {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(20);
        QTimer *t = timer.get();
        connect(t, &QTimer::timeout, this, [t, look] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                    t->stop();
                    look(dialog);
                    if (dialog->isVisible()) // unless look already answered it
                        dialog->reject();
                    return;
                }
            }
        });
        t->start();
        return timer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        core::Clock::setFixed(QDateTime(m_today, QTime(9, 0), Qt::LocalTime));
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        core::ProfileSetup s;
        s.user = QStringLiteral("head");
        s.password = QStringLiteral("township-chief-1");
        s.role = QStringLiteral("township_head");
        s.iterations = 1000;
        auto p = core::ProfileService::create(m_dir, s, nullptr);
        QVERIFY(p.ok());
        QVERIFY(core::PolicyService(**p).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        core::DemoData demo(core::AreaRegistry::builtIn(), 11);
        QList<core::Household> many;
        for (int i = 0; i < 400; ++i)
            many << demo.household();
        QVERIFY(core::HouseholdService(**p).importMany(many, 400).ok());
        const core::Result<int> added = core::DemoCases::add(**p, 16, m_today);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message()));
        QCOMPARE(*added, 16);
    }

    void workLists_showTheCasesOfTheirStage()
    {
        ui::MainWindow window(unlock());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The workbench lists what waits on this township head: every open application but the
        // two whose notice still runs.
        auto *waiting = window.findChild<QTableWidget *>(QStringLiteral("waitingForYou"));
        QCOMPARE(waiting->rowCount(), 12);
        for (int r = 0; r < waiting->rowCount(); ++r)
            QVERIFY(!waiting->item(r, 4)->text().isEmpty());
        shoot(&window, QStringLiteral("workbench-demo"));
        const struct
        {
            int row;
            const char *shot;
            int cases;
        } lists[] = {{2, "list-applications", 14},
                     {3, "list-visits", 4},
                     {5, "list-confirmation", 2},
                     {6, "list-payments", 2},
                     {7, "list-reviews", 2}};
        for (const auto &l : lists) {
            auto *page = pageAt<ui::CaseListPage>(window, l.row);
            QVERIFY(page);
            auto *table = page->findChild<QTableWidget *>(QStringLiteral("caseTable"));
            QCOMPARE(table->rowCount(), l.cases);
            for (int r = 0; r < table->rowCount(); ++r)
                QVERIFY(!table->item(r, 0)->text().isEmpty());
            shoot(&window, QString::fromLatin1(l.shot));
        }
        // The reviews list shows the nearest review first.
        auto *reviews = pageAt<ui::CaseListPage>(window, 7)->findChild<QTableWidget *>(QStringLiteral("caseTable"));
        for (int r = 1; r < reviews->rowCount(); ++r)
            QVERIFY(reviews->item(r - 1, 0)->text() <= reviews->item(r, 0)->text());
        // A step the procedure does not allow yet says why, on its button.
        auto *visits = pageAt<ui::CaseListPage>(window, 3);
        auto *visitTable = visits->findChild<QTableWidget *>(QStringLiteral("caseTable"));
        for (int r = 0; r < visitTable->rowCount(); ++r) {
            if (visitTable->item(r, 3)->text() == QString::fromUtf8("已受理")) {
                visitTable->selectRow(r);
                break;
            }
        }
        auto *recordVisit = visits->findChild<QPushButton *>(QStringLiteral("record_visit"));
        QVERIFY(!recordVisit->isEnabled());
        QVERIFY2(recordVisit->toolTip().contains(QString::fromUtf8("已受理")), qPrintable(recordVisit->toolTip()));
        // Sorting by a column title keeps every row's data together.
        auto *payments = pageAt<ui::CaseListPage>(window, 6);
        auto *table = payments->findChild<QTableWidget *>(QStringLiteral("caseTable"));
        table->sortByColumn(3, Qt::DescendingOrder);
        QVERIFY(table->item(0, 3)->text().toDouble() >= table->item(1, 3)->text().toDouble());
        QVERIFY(payments->findChildren<QLabel *>().constLast()->text().contains(QString::fromUtf8("元")));
        // Buttons follow what the role may do on the selected case.
        auto *review = payments->findChild<QPushButton *>(QStringLiteral("review"));
        QVERIFY(!review->isEnabled());
        table->selectRow(0);
        QVERIFY(review->isEnabled());
    }

    void householdList_filtersByStateProgrammeAndVillage()
    {
        ui::MainWindow window(unlock());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("householdTable"));
        auto *state = window.findChild<QComboBox *>(QStringLiteral("filterState"));
        auto *programme = window.findChild<QComboBox *>(QStringLiteral("filterProgramme"));
        auto *township = window.findChild<QComboBox *>(QStringLiteral("filterTownship"));
        auto *village = window.findChild<QComboBox *>(QStringLiteral("filterVillage"));
        QCOMPARE(table->rowCount(), 400); // browsing: every household, by village

        state->setCurrentIndex(state->findData(QStringLiteral("publicity")));
        QCOMPARE(table->rowCount(), 4); // two notices running, two over but not yet closed
        for (int r = 0; r < table->rowCount(); ++r)
            QCOMPARE(table->item(r, 5)->text(), QString::fromUtf8("公示中"));
        shoot(&window, QStringLiteral("households-filtered"));
        state->setCurrentIndex(0);
        programme->setCurrentIndex(programme->findData(QStringLiteral("dibao")));
        const int dibao = table->rowCount();
        QVERIFY(dibao > 0 && dibao < 16);
        for (int r = 0; r < dibao; ++r)
            QCOMPARE(table->item(r, 4)->text(), QString::fromUtf8("低保"));
        programme->setCurrentIndex(0);

        // One village: every row lies in it; with search text too.
        const QString townshipName = table->item(0, 3)->text().section(u' ', 0, 0);
        const QString villageName = table->item(0, 3)->text().section(u' ', 1);
        township->setCurrentIndex(township->findText(townshipName));
        village->setCurrentIndex(village->findText(villageName));
        QVERIFY(table->rowCount() > 0 && table->rowCount() < 400);
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(table->item(r, 3)->text().endsWith(villageName));
        const QString head = table->item(0, 1)->text();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("householdSearch"));
        search->setText(head);
        QTRY_COMPARE(table->item(0, 1)->text(), head);
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(table->item(r, 3)->text().endsWith(villageName));
    }

    void publicity_startsABatchAndClosesAnEndedOne()
    {
        ui::MainWindow window(unlock());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = pageAt<ui::PublicityPage>(window, 4);
        QVERIFY(page);
        auto *waiting = page->findChild<QTableWidget *>(QStringLiteral("waiting"));
        auto *batches = page->findChild<QTreeWidget *>(QStringLiteral("batches"));
        QCOMPARE(waiting->rowCount(), 2);
        const int before = batches->topLevelItemCount();
        QVERIFY(before >= 1);
        shoot(&window, QStringLiteral("publicity-before"));

        auto *start = page->findChild<QPushButton *>(QStringLiteral("startBatch"));
        QVERIFY(!start->isEnabled());
        for (int r = 0; r < waiting->rowCount(); ++r)
            waiting->item(r, 0)->setCheckState(Qt::Checked);
        QVERIFY(start->isEnabled());
        ui::MessageBox::setNextAnswer(true);
        start->click();
        auto *message = page->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY2(message->text().contains(m_today.addDays(7).toString(Qt::ISODate)), qPrintable(message->text()));
        QCOMPARE(waiting->rowCount(), 0);
        QVERIFY(batches->topLevelItemCount() > before);

        // The batch whose seven days are over closes; its households go on to confirmation.
        QTreeWidgetItem *ended = nullptr;
        for (int i = 0; i < batches->topLevelItemCount(); ++i) {
            if (batches->topLevelItem(i)->text(4) == QString::fromUtf8("公示期满，待结束"))
                ended = batches->topLevelItem(i);
        }
        QVERIFY(ended);
        const int households = ended->childCount();
        batches->setCurrentItem(ended);
        auto *close = page->findChild<QPushButton *>(QStringLiteral("closeBatch"));
        QVERIFY(close->isEnabled());
        close->click();
        QVERIFY2(message->text().contains(QString::number(households)), qPrintable(message->text()));
        shoot(&window, QStringLiteral("publicity-after"));

        // A running batch cannot be closed early.
        batches->setCurrentItem(batches->topLevelItem(0));
        QVERIFY(!close->isEnabled());

        // An objection during a running notice sends that household back to a new visit.
        QTreeWidgetItem *household = batches->topLevelItem(0)->child(0);
        batches->setCurrentItem(household);
        auto *objection = page->findChild<QPushButton *>(QStringLiteral("objection"));
        QVERIFY(objection->isEnabled());
        QTimer fill;
        fill.setInterval(20);
        connect(&fill, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<ui::StepDialog *>(w); dialog && dialog->isVisible()) {
                    fill.stop();
                    dialog->findChild<QLineEdit *>(QStringLiteral("text"))
                        ->setText(QString::fromUtf8("村民反映其子女在外务工收入较高"));
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                }
            }
        });
        fill.start();
        const QString head = household->text(0);
        objection->click();
        bool back = false;
        for (int i = 0; i < batches->topLevelItemCount(); ++i) {
            for (int c = 0; c < batches->topLevelItem(i)->childCount(); ++c) {
                QTreeWidgetItem *row = batches->topLevelItem(i)->child(c);
                if (row->text(0) == head && row->text(4) == QString::fromUtf8("调查中") && row->text(5) == QStringLiteral("1"))
                    back = true;
            }
        }
        QVERIFY2(back, qPrintable(head));
    }

    void payments_checkedAgainstTodaysPolicyOnAWorkerThread()
    {
        ui::MainWindow window(unlock());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = pageAt<ui::CaseListPage>(window, 6);
        int rows = -1;
        QString summary;
        QStringList programmes;
        // The result dialog is modal: once it is up (after the worker finished), look at it and close it.
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<ui::PaymentCheckDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            watch.stop();
            rows = dialog->findChild<QTableWidget *>(QStringLiteral("differences"))->rowCount();
            for (int r = 0; r < rows; ++r)
                programmes << dialog->findChild<QTableWidget *>(QStringLiteral("differences"))->item(r, 3)->text();
            summary = dialog->findChildren<QLabel *>().constFirst()->text();
            shoot(dialog, QStringLiteral("payments-check"));
            dialog->reject();
        });
        watch.start();
        page->findChild<QPushButton *>(QStringLiteral("checkPayments"))->click();
        // The demo raised one paid household's income after its decision: its amount is now too high.
        // The other paid household, decided on dibao last year, is assessed today as 特困 (its
        // members are a year older and judged one by one): a dibao case to review.
        QCOMPARE(rows, 2);
        QCOMPARE(programmes.count(QString::fromUtf8("最低生活保障（低保）")), 1);
        QCOMPARE(programmes.count(QString::fromUtf8("特困人员救助供养")), 1);
        QVERIFY2(summary.contains(QString::fromUtf8("共 2 户")), qPrintable(summary));
    }

    void backgroundWork_stopsWhenCancelled()
    {
        QWidget parent;
        std::atomic<int> steps{0};
        QTimer::singleShot(50, this, [] { ui::cancelBackgroundWork(); });
        ui::runInBackground(&parent, QStringLiteral("test"), [&](ui::TaskProgress &progress) {
            for (int i = 0; i < 1000 && !progress.cancelled(); ++i) {
                progress.report(i, 1000);
                ++steps;
                QThread::msleep(5);
            }
        });
        QVERIFY(steps > 0 && steps < 1000); // stopped partway, and runInBackground returned
    }

    void temporaryAid_fastPathPaysFirstWithinTheQuickLimit()
    {
        auto profile = unlock();
        core::HouseholdService households(*profile);
        core::CaseService cases(*profile);
        // A household without applications.
        QString id;
        const auto all = households.list(0, 400);
        for (const core::HouseholdSummary &h : *all) {
            if (cases.forHousehold(h.id)->isEmpty()) {
                id = h.id;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const core::Household h = *households.get(id);
        // The demo policy's standards on m_today (2026-11-27): those of 2026, in force since 1 July.
        const core::Fen standard = h.registration == core::Registration::Urban ? 100000 : 87000;

        ui::TemporaryAidDialog dialog(cases, id, h.head()->name);
        dialog.show();
        dialog.findChild<QCheckBox *>(QStringLiteral("quick"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("requested"))->setText(QStringLiteral("5000"));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("preview"));
        // Small quick aid is capped at one month's standard, and the township approves it.
        QVERIFY2(preview->text().startsWith(core::money::formatYuan(standard)), qPrintable(preview->text()));
        shoot(&dialog, QStringLiteral("temporary-aid"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog.isVisible()); // no reason written yet: refused, nothing saved
        QVERIFY(cases.forHousehold(id)->isEmpty());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("reason"))
            ->setPlainText(QString::fromUtf8("11月20日夜间房屋失火，衣物被褥烧毁。"));
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<core::Case> saved = *cases.forHousehold(id);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().programme, core::CaseProgramme::TemporaryUrgent);
        QCOMPARE(saved.first().state, core::CaseState::PaidFirst);
        QCOMPARE(saved.first().paidFirstFen, standard);
        // What was paid counts against the year's cap the next time.
        core::TemporaryRequest again;
        again.requestedFen = 100000000;
        const auto next = cases.previewTemporary(id, again, m_today);
        QVERIFY(next.ok());
        QCOMPARE(next->amountFen, standard * 6); // the event cap (6 months) still fits under 12 months less one paid
    }

    void printing_fromTheHouseholdPageAndThePrintingPage()
    {
        ui::MainWindow window(unlock());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A paid household's confirmation notice, from its page.
        auto *payments = pageAt<ui::CaseListPage>(window, 6);
        auto *table = payments->findChild<QTableWidget *>(QStringLiteral("caseTable"));
        table->selectRow(0);
        payments->findChild<QPushButton *>(QStringLiteral("openHousehold"))->click();
        auto *detail = window.findChild<ui::HouseholdDetailPage *>();
        QTRY_VERIFY(detail->isVisible());
        detail->findChild<QTabWidget *>(QStringLiteral("householdTabs"))->setCurrentIndex(5);
        auto *print = detail->findChild<QPushButton *>(QStringLiteral("print"));
        QVERIFY(print->isEnabled());
        const auto chooseNotice = [&] {
            auto watch = std::make_unique<QTimer>();
            watch->setInterval(20);
            QTimer *w = watch.get();
            connect(w, &QTimer::timeout, this, [w] {
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    w->stop();
                    for (QAction *a : menu->actions()) {
                        if (a->data().toString() == QLatin1String("approval_notice"))
                            menu->setActiveAction(a);
                    }
                    QTest::keyClick(menu, Qt::Key_Return);
                }
            });
            w->start();
            return watch;
        };
        // Saving from the preview: the personal-data warning is answered yes, the file dialog
        // given a name.
        const auto saveFromPreview = [&](QPrintPreviewDialog *preview, const QString &file) {
            auto fileWatch = whenShown<QFileDialog>([&](QFileDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(file); // typed, as a person would
                static_cast<QDialog *>(dialog)->accept();
            });
            ui::MessageBox::setNextAnswer(true);
            preview->findChild<QAction *>(QStringLiteral("saveAsPdf"))->trigger();
        };
        auto *printed = detail->findChild<QTableWidget *>(QStringLiteral("printedDocuments"));
        // A look at the preview takes no number.
        int pages = 0;
        {
            auto menu = chooseNotice();
            auto watch = whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
                QTRY_VERIFY(preview->findChild<QPrintPreviewWidget *>()->pageCount() > 0);
                pages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
                shoot(preview, QStringLiteral("print-preview"));
            });
            print->click();
        }
        QCOMPARE(pages, 1);
        QCOMPARE(printed->rowCount(), 0);
        // Saving it as PDF numbers and records it, and the file is its owner's only.
        const QString file = m_tmp.filePath(QStringLiteral("notice.pdf"));
        {
            auto menu = chooseNotice();
            auto watch = whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
                QTRY_VERIFY(preview->findChild<QPrintPreviewWidget *>()->pageCount() > 0);
                saveFromPreview(preview, file);
            });
            print->click();
        }
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(printed->rowCount(), 1);
        shoot(&window, QStringLiteral("household-printed"));

        // The printing page lists it; the check code verifies; a reprint keeps the number and
        // counts once it is saved (or printed).
        auto *documents = pageAt<ui::DocumentsPage>(window, 9);
        auto *list = documents->findChild<QTableWidget *>(QStringLiteral("documents"));
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 1)->text(), QString::fromUtf8("确认通知书"));
        const QString number = list->item(0, 0)->text();
        auto reader = unlock();
        const auto records = core::DocumentService(*reader).list();
        const QString code = core::DocumentService::shortHash(records->first().sha256);
        QVERIFY2(documents->verify(number, code).startsWith(QString::fromUtf8("真实")),
                 qPrintable(documents->verify(number, code)));
        QVERIFY(!documents->verify(number, QStringLiteral("0000-0000-0000-0000")).startsWith(QString::fromUtf8("真实")));
        list->selectRow(0);
        {
            auto watch = whenShown<QPrintPreviewDialog>(
                [&](QPrintPreviewDialog *preview) { QTRY_VERIFY(preview->findChild<QPrintPreviewWidget *>()->pageCount() > 0); });
            documents->findChild<QPushButton *>(QStringLiteral("reprint"))->click();
        }
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("0"));
        list->selectRow(0);
        {
            auto watch = whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
                QTRY_VERIFY(preview->findChild<QPrintPreviewWidget *>()->pageCount() > 0);
                saveFromPreview(preview, m_tmp.filePath(QStringLiteral("again.pdf")));
            });
            documents->findChild<QPushButton *>(QStringLiteral("reprint"))->click();
        }
        QCOMPARE(list->item(0, 5)->text(), QStringLiteral("1"));
        shoot(&window, QStringLiteral("printing-page"));

        // A township's month in one job: numbered with a progress bar, then previewed.
        const core::Case paid = cases(*reader).constFirst();
        int monthPages = 0;
        auto monthWatch = whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
            QTRY_VERIFY(preview->findChild<QPrintPreviewWidget *>()->pageCount() > 0);
            monthPages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
        });
        const int inMonth = documents->printMonth(paid.areaCode.left(9) + QStringLiteral("000"), paid.decidedOn);
        QVERIFY(inMonth >= 2); // its confirmation form and its notice, at least
        QVERIFY(monthPages >= inMonth);
        QCOMPARE(list->rowCount(), 1 + inMonth); // a reprint adds no row, only to its count
    }

    void reviewWizard_showsChangesAndSuggestsTheDecision()
    {
        auto profile = unlock();
        core::CaseService cases(*profile);
        const auto paid = cases.list({core::CaseState::Approved}, m_today);
        QVERIFY(paid.ok());
        // The demo raised one paid household's income after its decision.
        const core::CaseRow *changed = nullptr;
        for (const core::CaseRow &r : *paid) {
            if (!cases.reviewPreview(r.c.id, m_today)->changes.isEmpty())
                changed = &r;
        }
        QVERIFY(changed);
        ui::ReviewWizard wizard(cases, changed->c.id);
        wizard.show();
        auto *changes = wizard.findChild<QListWidget *>(QStringLiteral("changes"));
        QVERIFY(changes->count() >= 1);
        QVERIFY(changes->item(0)->text().contains(QStringLiteral("→")));
        shoot(&wizard, QStringLiteral("review-changes"));
        wizard.next();
        auto *outcome = wizard.findChild<QComboBox *>(QStringLiteral("outcome"));
        const QString suggested = outcome->currentData().toString();
        QVERIFY2(suggested == QLatin1String("decrease") || suggested == QLatin1String("stop"), qPrintable(suggested));
        shoot(&wizard, QStringLiteral("review-decision"));
        // A change of amount needs its reason written down: refused, the wizard stays open.
        if (suggested == QLatin1String("decrease")) {
            wizard.findChild<QLineEdit *>(QStringLiteral("note"))->clear();
            wizard.button(QWizard::FinishButton)->click();
            QVERIFY(wizard.isVisible());
            QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
            wizard.findChild<QLineEdit *>(QStringLiteral("note"))->setText(QString::fromUtf8("务工收入增加"));
        }
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const core::Case after = *cases.get(changed->c.id);
        QCOMPARE(after.state, suggested == QLatin1String("stop") ? core::CaseState::Stopped : core::CaseState::Approved);
        if (after.state == core::CaseState::Approved) {
            QVERIFY(after.monthlyFen < changed->c.monthlyFen);
            QCOMPARE(after.baselineOn, m_today); // the next review compares with today
            QVERIFY(cases.reviewPreview(after.id, m_today)->changes.isEmpty());
        }
    }
};

QTEST_MAIN(TestWorkLists)
#include "tst_worklists.moc"
