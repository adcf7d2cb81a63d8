#include "../integration/county.h"
#include "i18n.h"
#include "services/householdservice.h"
#include "services/profileservice.h"
#include "services/syncservice.h"
#include "ui/firstrunwizard.h"
#include "ui/mainwindow.h"
#include "ui/syncpage.h"
#include "ui/syncscheduler.h"

#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace doudi;
using namespace doudi::test;

// Sync in the desktop app (issue 12) against a real county server: joining from the first
// start, a round in the background while the person types, the 同步 page and the status bar.
// With DOUDI_SCREENSHOT_DIR set it saves what a person would see.
class TestSyncUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    County m_county;
    Laptop m_other; // a second laptop of the township, through doudi-cli
    std::unique_ptr<core::Session> m_session;
    QString m_dir; // laptop A's profile, the app's
    const QByteArray m_password = "lucun-2026-pass";

    std::unique_ptr<core::Session> unlockA()
    {
        core::Result<std::unique_ptr<core::Session>> s =
            core::ProfileService::unlock(m_dir, QStringLiteral("wangfang"), QString::fromUtf8(m_password));
        return s ? std::move(s).value() : nullptr;
    }

    // One round started with 同步 → "sync now", waited for.
    static ui::SyncScheduler::Outcome syncNow(ui::MainWindow &window)
    {
        auto *scheduler = window.findChild<ui::SyncScheduler *>();
        QSignalSpy finished(scheduler, &ui::SyncScheduler::roundFinished);
        window.findChild<QPushButton *>(QStringLiteral("syncNow"))->click();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<ui::SyncScheduler::Outcome>();
    }

    // The app's main window on the session, on screen at 1366×768.
    static std::unique_ptr<ui::MainWindow> showApp(std::unique_ptr<core::Session> session)
    {
        auto window = std::make_unique<ui::MainWindow>(std::move(session));
        window->resize(1366, 768);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static QJsonArray openConflicts(const Laptop &l)
    {
        return cli(l, {QStringLiteral("conflicts"), QStringLiteral("list")}).json().toArray();
    }

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    // Answers the dialogs a click opens, on the event loop: a file dialog with file, then the
    // message that follows (its text kept in *message, its picture taken as shot).
    void answerDialogs(const QString &file, QString *message, const QString &shot)
    {
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll, file, message, shot] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                dialog->selectFile(file);
                // As a person types it (selectFile alone keeps the suggested name in a folder not read yet).
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(file);
                QMetaObject::invokeMethod(dialog, "accept"); // its Save button (protected in QFileDialog)
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                *message = box->text();
                shoot(box, shot);
                box->accept();
                poll->deleteLater();
            }
        });
        poll->start(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOUDI_KEYCHAIN", "off");
        installTranslations(QStringLiteral("zh_CN")); // as the people who use it see it
        QVERIFY(m_tmp.isValid());
        QFile::setPermissions(m_tmp.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QVERIFY(m_county.start(m_tmp.filePath(QStringLiteral("county"))));
        QVERIFY(m_county.addUser(QStringLiteral("wangfang"), QString::fromUtf8("王芳"), QStringLiteral("township_head"),
                                 QStringLiteral("370323102000"), m_password));
        m_other = {m_tmp.filePath(QStringLiteral("laptop-b")), QStringLiteral("qianwu"), "hill-2026-stone"};
        QVERIFY(m_county.addUser(m_other.user, QString::fromUtf8("钱武"), QStringLiteral("township_head"),
                                 QStringLiteral("370323102000"), m_other.password));
        const Run enrolled = m_county.enrol(m_other, m_county.enrolCode(QStringLiteral("laptop-b")));
        QVERIFY2(enrolled.exit == 0, enrolled.err.constData());
    }

    void firstStart_joinsTheCounty()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("laptop-a"));
        m_dir = dir;
        ui::FirstRunWizard wizard(dir);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("joinChoice"))->isChecked()); // the usual way
        wizard.next();
        auto field = [&](const char *name) { return wizard.findChild<QLineEdit *>(QLatin1String(name)); };
        QTest::keyClicks(field("joinServer"), m_county.url());
        QTest::keyClicks(field("joinCode"), QStringLiteral("DD1-AAAA-BBBB-CCCC")); // not a code the county gave
        QTest::keyClicks(field("joinUser"), QStringLiteral("wangfang"));
        QTest::keyClicks(field("joinPassword"), QString::fromUtf8(m_password));
        const int joinPage = wizard.currentId();
        wizard.next();
        QCOMPARE(wizard.currentId(), joinPage); // refused: stays, says why, nothing made
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("joinError"));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!core::ProfileService::exists(dir));
        QVERIFY(field("joinPassword")->text().isEmpty());
        shoot(&wizard, QStringLiteral("join-1-refused"));

        field("joinCode")->clear();
        QTest::keyClicks(field("joinCode"), m_county.enrolCode(QStringLiteral("laptop-a")));
        QTest::keyClicks(field("joinPassword"), QString::fromUtf8(m_password));
        shoot(&wizard, QStringLiteral("join-2-form"));
        wizard.next();
        QVERIFY2(wizard.currentId() != joinPage, qPrintable(error->text()));
        QVERIFY(core::ProfileService::exists(dir));
        // The recovery code of the profile the county's account made, shown once as at any first start.
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("recoveryCode"))->text().size(), 29);
        shoot(&wizard, QStringLiteral("join-3-recovery"));
        m_session = wizard.takeSession();
        QVERIFY(m_session);
        QCOMPARE(m_session->role(), QStringLiteral("township_head"));
        const core::Result<QJsonObject> status = core::SyncService(*m_session).status();
        QVERIFY(status.ok());
        QCOMPARE(status->value(QStringLiteral("server_url")).toString(), m_county.url());
    }

    void backgroundSync_neverHoldsUpTyping()
    {
        QVERIFY(m_session);
        // The other laptop of the township has work for this one.
        const Run demo = cli(m_other, {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("400"),
                                       QStringLiteral("--cases"), QStringLiteral("0")});
        QVERIFY2(demo.exit == 0, demo.err.constData());
        const Run pushed = cli(m_other, {QStringLiteral("sync")});
        QVERIFY2(pushed.exit == 0, pushed.err.constData());

        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(m_session));
        QVERIFY(app);
        ui::MainWindow &window = *app;
        auto *scheduler = window.findChild<ui::SyncScheduler *>();
        QVERIFY(scheduler);
        QSignalSpy finished(scheduler, &ui::SyncScheduler::roundFinished);
        QSignalSpy progressed(scheduler, &ui::SyncScheduler::roundProgress);
        QStringList statusTexts; // what the status bar said while the round ran
        // app, and so the connection, ends with this function; no event loop runs between
        // statusTexts' end and its.
        auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
        connect(scheduler, &ui::SyncScheduler::roundProgress, &window,
                [&statusTexts, status] { statusTexts << status->text(); }); // clazy:exclude=lambda-in-connect
        // The households page, its search box in focus: the person types while sync runs.
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(1);
        QLineEdit *search = window.findChild<QLineEdit *>(QStringLiteral("householdSearch"));
        QVERIFY(search);
        search->setFocus();

        // The longest the UI thread went without turning its event loop, while a round runs.
        QElapsedTimer sinceTick;
        qint64 longestMs = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] { longestMs = qMax(longestMs, sinceTick.restart()); });
        window.findChild<QPushButton *>(QStringLiteral("syncNow"))->click(); // not joined yet when the window came: now
        QTRY_VERIFY(scheduler->isRunning());
        sinceTick.start();
        ticker.start();
        const QString typed = QStringLiteral("w"); // (pinyin initials find names)
        QElapsedTimer round;
        round.start();
        while (finished.isEmpty() && round.elapsed() < 120000) {
            QTest::keyClick(search, Qt::Key_Backspace);
            QTest::keyClicks(search, typed);
            QTest::qWait(30);
        }
        ticker.stop();
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<ui::SyncScheduler::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.report.pulled >= 400);
        qInfo("round: %lld ms, %d records; longest the UI thread was busy: %lld ms", round.elapsed(), outcome.report.pulled,
              longestMs);
        QVERIFY2(longestMs < 100, qPrintable(QStringLiteral("the UI thread was held %1 ms").arg(longestMs)));

        // The status bar said how far the round was: this first one from the county's snapshot,
        // its bytes counted against the whole.
        QVERIFY(!progressed.isEmpty());
        bool snapshot = false;
        for (const QList<QVariant> &signal : std::as_const(progressed)) {
            const auto p = signal.first().value<core::SyncProgress>();
            snapshot = snapshot || (p.stage == core::SyncProgress::Stage::Snapshot && p.total > 0 && p.done <= p.total);
        }
        QVERIFY(snapshot);
        QVERIFY2(std::any_of(statusTexts.cbegin(), statusTexts.cend(),
                             [](const QString &t) { return t.startsWith(QString::fromUtf8("正在同步")); }),
                 qPrintable(statusTexts.join(u'|')));

        // The status bar and the 同步 page say what happened.
        QVERIFY(status->text() != QCoreApplication::translate("doudi::ui::MainWindow", "Syncing…"));
        nav->setCurrentRow(nav->count() - 2);
        auto *history = window.findChild<QTableWidget *>(QStringLiteral("syncHistory"));
        QVERIFY(history->isVisible());
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 3)->text(), QString::number(outcome.report.pulled));
        shoot(&window, QStringLiteral("sync-page"));
        window.close();
    }

    void conflict_decidedInTheApp_isGoneOnTheOtherLaptop()
    {
        std::unique_ptr<core::Session> a = unlockA();
        QVERIFY(a);
        const core::Result<QList<core::HouseholdSummary>> list = core::HouseholdService(*a).list(0, 1);
        QVERIFY(list.ok() && !list->isEmpty());
        const QString id = list->constFirst().id;
        // The other laptop changes the address and syncs first; this one changes it too.
        QJsonObject b = cli(m_other, {QStringLiteral("household"), QStringLiteral("show"), id}).json().toObject();
        b.insert(QStringLiteral("address"), QString::fromUtf8("中庄村东街8号"));
        QFile file(m_tmp.filePath(QStringLiteral("b-edit.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(b).toJson());
        file.close();
        QCOMPARE(cli(m_other, {QStringLiteral("household"), QStringLiteral("update"), id, file.fileName()}).exit, 0);
        QCOMPARE(cli(m_other, {QStringLiteral("sync")}).exit, 0);
        {
            core::HouseholdService households(*a);
            QJsonObject mine = households.get(id)->toJson();
            mine.insert(QStringLiteral("address"), QString::fromUtf8("中庄村西街1号"));
            QVERIFY(households.update(id, mine, {QStringLiteral("核实后更正"), {}}).ok());
        }

        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(a));
        QVERIFY(app);
        ui::MainWindow &window = *app;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(nav->count() - 2);
        const ui::SyncScheduler::Outcome pushed = syncNow(window);
        QVERIFY2(pushed.ok, qPrintable(pushed.error));
        QCOMPARE(pushed.report.conflicts, 1);
        QCOMPARE(cli(m_other, {QStringLiteral("sync")}).exit, 0);
        QCOMPARE(openConflicts(m_other).size(), 1); // both laptops see it

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("syncTabs"));
        QCOMPARE(tabs->tabText(1), QCoreApplication::translate("doudi::ui::MainWindow", "Conflicts (%1)").arg(1));
        tabs->setCurrentIndex(1);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("conflicts"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 4)->text().contains(QString::fromUtf8("西街1号"))); // this laptop's
        QVERIFY(table->item(0, 5)->text().contains(QString::fromUtf8("东街8号"))); // the county's
        QVERIFY(table->item(0, 5)->text().contains(m_other.user));
        shoot(&window, QStringLiteral("conflicts-page"));

        // The household's page says it has one.
        table->setCurrentCell(0, 0);
        window.findChild<QPushButton *>(QStringLiteral("openConflictHousehold"))->click();
        auto *notice = window.findChild<QLabel *>(QStringLiteral("syncNotice"));
        QVERIFY(notice->isVisible());
        shoot(&window, QStringLiteral("conflict-household"));

        // Decided here: the county's value stays; the decision reaches the other laptop.
        nav->setCurrentRow(nav->count() - 2);
        table->setCurrentCell(0, 0);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("keepMine"))->isEnabled()); // one field: either value may stay
        window.findChild<QPushButton *>(QStringLiteral("keepTheirs"))->click();
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(tabs->tabText(1), QCoreApplication::translate("doudi::ui::MainWindow", "Conflicts"));
        const ui::SyncScheduler::Outcome decided = syncNow(window);
        QVERIFY2(decided.ok, qPrintable(decided.error));
        QCOMPARE(cli(m_other, {QStringLiteral("sync")}).exit, 0);
        QVERIFY(openConflicts(m_other).isEmpty());
        window.close();
    }

    void photoAtTheCounty_isFetchedWhenOpened()
    {
        // The other laptop records a home visit with a photo and syncs it, bytes and all.
        std::unique_ptr<core::Session> a = unlockA();
        QVERIFY(a);
        const QString id = core::HouseholdService(*a).list(0, 1)->constFirst().id;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(cli(m_other, {QStringLiteral("policy"), QStringLiteral("import"),
                               QStringLiteral(DOUDI_SOURCE_DIR "/resources/policy/demo-370323.json")})
                     .exit,
                 0);
        const Run made = cli(m_other, {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--household"), id,
                                       QStringLiteral("--programme"), QStringLiteral("dibao"), QStringLiteral("--date"), today});
        QVERIFY2(made.exit == 0, made.err.constData());
        const QString caseId = made.json().toObject().value(QStringLiteral("id")).toString();
        for (const char *step : {"accept", "start_investigation"})
            QCOMPARE(cli(m_other, {QStringLiteral("case"), QStringLiteral("advance"), caseId, QLatin1String(step),
                                   QStringLiteral("--date"), today})
                         .exit,
                     0);
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(QColor(120, 160, 90));
        const QString photo = m_tmp.filePath(QStringLiteral("kitchen.png"));
        QVERIFY(picture.save(photo));
        const Run visited =
            cli(m_other, {QStringLiteral("case"), QStringLiteral("visit"), caseId, QStringLiteral("--date"), today,
                          QStringLiteral("--data"),
                          QStringLiteral("{\"investigators\":[\"qianwu\",\"wangfang\"],\"findings\":\"灶台破旧。\","
                                         "\"signed_on_paper\":true}"),
                          QStringLiteral("--photo"), photo});
        QVERIFY2(visited.exit == 0, visited.err.constData());
        QCOMPARE(cli(m_other, {QStringLiteral("sync")}).exit, 0);

        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(a));
        QVERIFY(app);
        ui::MainWindow &window = *app;
        const ui::SyncScheduler::Outcome pulled = syncNow(window);
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        window.openHousehold(id);
        auto *papers = window.findChild<QListWidget *>(QStringLiteral("papers"));
        QListWidgetItem *atCounty = nullptr;
        for (int i = 0; i < papers->count(); ++i) {
            if (papers->item(i)->data(Qt::UserRole).toByteArray().isNull())
                atCounty = papers->item(i);
        }
        QVERIFY(atCounty); // came without its bytes
        const QString attachmentId = atCounty->data(Qt::UserRole + 1).toString();
        // Opened: fetched from the county behind a progress dialog, then shown full size.
        bool shown = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog && dialog->findChild<QScrollArea *>()) {
                shown = true;
                dialog->reject();
            }
        });
        closer.start(50);
        Q_EMIT papers->itemActivated(atCounty);
        closer.stop();
        QVERIFY(shown);
        bool nowHere = false;
        for (int i = 0; i < papers->count(); ++i) {
            if (papers->item(i)->data(Qt::UserRole + 1).toString() == attachmentId)
                nowHere = !papers->item(i)->data(Qt::UserRole).toByteArray().isNull();
        }
        QVERIFY(nowHere);
        window.close();
    }

    void aloneProfile_joinsLaterFromSettings()
    {
        // A township head who started alone; the county has her account with the same role.
        QVERIFY(m_county.addUser(QStringLiteral("sunli"), QString::fromUtf8("孙丽"), QStringLiteral("township_head"),
                                 QStringLiteral("370323102000"), m_password));
        core::ProfileSetup setup;
        setup.user = QStringLiteral("sunli");
        setup.displayName = QString::fromUtf8("孙丽");
        setup.password = QString::fromUtf8(m_password);
        setup.role = QStringLiteral("township_head");
        setup.scope = QStringLiteral("370323102000");
        QString code;
        core::Result<std::unique_ptr<core::Session>> alone =
            core::ProfileService::create(m_tmp.filePath(QStringLiteral("laptop-c")), setup, &code);
        QVERIFY(alone.ok());
        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(alone).value());
        QVERIFY(app);
        ui::MainWindow &window = *app;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(nav->count() - 1);
        // The join dialog is modal: filled in and confirmed as it opens.
        const QString enrolment = m_county.enrolCode(QStringLiteral("laptop-c"));
        QTimer::singleShot(0, this, [&] {
            QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("joinServer")), m_county.url());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("joinCode")), enrolment);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("joinPassword")), QString::fromUtf8(m_password));
            shoot(dialog, QStringLiteral("join-later"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        auto *scheduler = window.findChild<ui::SyncScheduler *>();
        QSignalSpy finished(scheduler, &ui::SyncScheduler::roundFinished);
        window.findChild<QPushButton *>(QStringLiteral("settingsJoin"))->click();
        // Joined: the first round runs at once and brings the township's households.
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<ui::SyncScheduler::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.report.pulled >= 400);
        window.close();
    }

    // A village without any network: the person writes a USB bundle on 同步, the township takes
    // it in at the county, and the person reads the answer back on 同步 (issue 12).
    void usbBundle_writtenAndAnswerRead_fromTheSyncPage()
    {
        std::unique_ptr<core::Session> a = unlockA();
        QVERIFY(a);
        const QString id = core::HouseholdService(*a).list(0, 1)->constFirst().id;
        {
            core::HouseholdService households(*a);
            QJsonObject mine = households.get(id)->toJson();
            mine.insert(QStringLiteral("phone"), QStringLiteral("13700000077"));
            QVERIFY(households.update(id, mine, {QStringLiteral("核实后更正"), {}}).ok());
        }
        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(a));
        QVERIFY(app);
        ui::MainWindow &window = *app;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(nav->count() - 2);
        auto *writeBundle = window.findChild<QPushButton *>(QStringLiteral("writeBundle"));
        QVERIFY(writeBundle->isVisible() && writeBundle->isEnabled());

        const QString bundle = m_tmp.filePath(QStringLiteral("stick/village.doudi"));
        const QString answer = m_tmp.filePath(QStringLiteral("stick/answer.doudi"));
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("stick"))));
        QString message;
        answerDialogs(bundle, &message, QStringLiteral("sync-bundle-written"));
        writeBundle->click();
        QVERIFY2(message.contains(QStringLiteral("village.doudi")), qPrintable(message));
        QVERIFY(QFile::exists(bundle));
        QCOMPARE(QFile(bundle).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const Run taken =
            m_county.server({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--answer"), answer});
        QVERIFY2(taken.exit == 0, taken.err.constData());
        QCOMPARE(taken.json().toObject().value(QStringLiteral("applied")).toInt(), 1);

        message.clear();
        answerDialogs(answer, &message, QStringLiteral("sync-bundle-read"));
        window.findChild<QPushButton *>(QStringLiteral("readAnswer"))->click();
        QVERIFY2(message.contains(QString::fromUtf8("县里接收了 1 项修改")), qPrintable(message));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncWaiting"))->text(),
                 QCoreApplication::translate("doudi::ui::SyncPage", "Waiting to be sent: %1 changes.").arg(0));
        // The other laptop gets the change from the county as from any sync.
        QCOMPARE(cli(m_other, {QStringLiteral("sync")}).exit, 0);
        QCOMPARE(cli(m_other, {QStringLiteral("household"), QStringLiteral("show"), id})
                     .json()
                     .toObject()
                     .value(QStringLiteral("phone"))
                     .toString(),
                 QStringLiteral("13700000077"));
        window.close();
    }

    // The county withdrew the laptop: the 同步 page says so and offers to join again, which keeps
    // the work and syncs on as a new device.
    void withdrawnDevice_joinsAgainFromTheSyncPage()
    {
        std::unique_ptr<core::Session> a = unlockA();
        QVERIFY(a);
        const QString device = core::SyncService(*a).status()->value(QStringLiteral("device_id")).toString();
        QVERIFY(!device.isEmpty());
        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(a));
        QVERIFY(app);
        ui::MainWindow &window = *app;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(nav->count() - 2);
        QCOMPARE(m_county.server({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--id"), device}).exit, 0);
        const ui::SyncScheduler::Outcome refused = syncNow(window);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.code, core::ErrorCode::NotAllowed);
        auto *joinAgain = window.findChild<QPushButton *>(QStringLiteral("joinAgain"));
        QVERIFY(joinAgain->isVisible());
        shoot(&window, QStringLiteral("sync-page-withdrawn"));

        const QString enrolment = m_county.enrolCode(QStringLiteral("laptop-a-again"));
        QString server;
        QTimer::singleShot(0, this, [&] {
            QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            server = dialog->findChild<QLineEdit *>(QStringLiteral("joinServer"))->text();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("joinCode")), enrolment);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("joinPassword")), QString::fromUtf8(m_password));
            shoot(dialog, QStringLiteral("join-again"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        auto *scheduler = window.findChild<ui::SyncScheduler *>();
        QSignalSpy finished(scheduler, &ui::SyncScheduler::roundFinished);
        joinAgain->click();
        QCOMPARE(server, m_county.url()); // filled in: the same county
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<ui::SyncScheduler::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!joinAgain->isVisible());
        window.close();
    }

    void countyUnreachable_givesAdvice()
    {
        std::unique_ptr<core::Session> a = unlockA();
        QVERIFY(a);
        const std::unique_ptr<ui::MainWindow> app = showApp(std::move(a));
        QVERIFY(app);
        ui::MainWindow &window = *app;
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        nav->setCurrentRow(nav->count() - 2);
        auto *history = window.findChild<QTableWidget *>(QStringLiteral("syncHistory"));
        const int before = history->rowCount();
        QVERIFY(m_county.stop());
        const ui::SyncScheduler::Outcome failed = syncNow(window);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.code, core::ErrorCode::Busy);
        QCOMPARE(history->rowCount(), before + 1);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("syncAdvice"))->text(), ui::SyncPage::advice(core::ErrorCode::Busy));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatus"))->styleSheet().contains(QStringLiteral("#b00020")));
        shoot(&window, QStringLiteral("sync-page-offline"));
        window.resize(1024, 600);
        shoot(&window, QStringLiteral("sync-page-offline-1024"));
        window.close();
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
