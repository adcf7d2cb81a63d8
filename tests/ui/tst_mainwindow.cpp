#include "common/clock.h"
#include "i18n.h"
#include "identity/areacode.h"
#include "keyboard.h"
#include "modal.h"
#include "services/caseservice.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/sessionaccess.h"
#include "services/userservice.h"
#include "storage/remoteapplier.h"
#include "sync/syncstate.h"
#include "testdata.h"
#include "ui/firstrunwizard.h"
#include "ui/householddetailpage.h"
#include "ui/idlewatcher.h"
#include "ui/intakewizard.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/picturelist.h"
#include "ui/rekeydialog.h"
#include "ui/settings.h"
#include "ui/settingspage.h"
#include "ui/signaturepad.h"
#include "ui/stepdialog.h"
#include "ui/unlockdialog.h"
#include "ui/userspage.h"
#include "ui/visitdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace doudi;

// The desktop app through its real widgets, offscreen. With DOUDI_SCREENSHOT_DIR set it
// saves what a person would see (for looking at, not for comparing).
class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    QStringList m_messages; // what MessageBox::inform and warn would have shown

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    static core::ProfileSetup townshipHead(const QString &password)
    {
        core::ProfileSetup s;
        s.user = QStringLiteral("head");
        s.password = password;
        s.role = QStringLiteral("township_head");
        s.scope = QStringLiteral("370323102000");
        s.iterations = 1000;
        return s;
    }

private:
    // A new profile in the folder `folder` whose only user is the administrator `user`.
    core::Result<std::unique_ptr<core::Session>> administratorProfile(const QString &folder, const QString &user,
                                                                      const QString &password)
    {
        core::ProfileSetup s;
        s.user = user;
        s.password = password;
        s.role = QStringLiteral("admin");
        s.scope = QStringLiteral("370323");
        s.iterations = 1000;
        return core::ProfileService::create(m_tmp.filePath(folder), s, nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QStringLiteral("zh_CN"));
        ui::MessageBox::setMessageSink(&m_messages);
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        core::ProfileSetup s;
        s.user = QStringLiteral("zhang");
        s.password = QStringLiteral("township-2026");
        s.iterations = 1000;
        auto p = core::ProfileService::create(m_dir, s, nullptr);
        QVERIFY(p.ok());
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::LocalTime));
        QVERIFY(core::PolicyService(**p).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        core::HouseholdService service(**p);
        const core::Result<core::Household> sample = service.add(sampleHouseholdJson());
        QVERIFY(sample.ok());
        // An application accepted on 2 March: its investigation is due on the 5th (today).
        core::CaseService cases = core::CaseService::forHistory(**p); // accepted three days ago
        const core::Result<core::Case> c = cases.create(sample->meta.id, core::CaseProgramme::Dibao, false, QDate(2026, 3, 2));
        QVERIFY(c.ok());
        QVERIFY(cases.advance(c->id, {QStringLiteral("accept"), {}}, QDate(2026, 3, 2)).ok());
        core::DemoData demo(core::AreaRegistry::builtIn(), 3);
        QList<core::Household> many;
        for (int i = 0; i < 300; ++i)
            many << demo.household();
        QVERIFY(service.importMany(many, 300).ok());
    }

    void firstRun_createsTheProfileAndShowsTheRecoveryCodeOnce()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("first-run"));
        ui::FirstRunWizard wizard(dir);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shoot(&wizard, QStringLiteral("firstrun-1-welcome"));
        wizard.findChild<QRadioButton *>(QStringLiteral("aloneChoice"))->setChecked(true); // (joining: tst_syncui)
        wizard.next();
        shoot(&wizard, QStringLiteral("firstrun-2-area"));
        wizard.next();
        auto *user = wizard.findChild<QLineEdit *>(QStringLiteral("user"));
        auto *password = wizard.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *confirm = wizard.findChild<QLineEdit *>(QStringLiteral("confirm"));
        QTest::keyClicks(user, QStringLiteral("wangfang"));
        const int accountPage = wizard.currentId();
        // A password holding the user name: said as it is typed, and refused on Next.
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("passwordHint"));
        QTest::keyClicks(password, QStringLiteral("Wangfang88"));
        QTest::keyClicks(confirm, QStringLiteral("Wangfang88"));
        QCOMPARE(hint->text(), core::PasswordQuality::message(core::PasswordQuality::Reason::ContainsName));
        wizard.next();
        QCOMPARE(wizard.currentId(), accountPage);
        password->clear();
        confirm->clear();
        QVERIFY(hint->text().isEmpty());
        QTest::keyClicks(password, QStringLiteral("lucun-2026"));
        QVERIFY(hint->text().isEmpty());
        QTest::keyClicks(confirm, QStringLiteral("lucun-2025"));
        wizard.next();
        QCOMPARE(wizard.currentId(), accountPage); // the passwords differ: stays, and says so
        shoot(&wizard, QStringLiteral("firstrun-3-account-mismatch"));
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("lucun-2026"));
        wizard.next();
        shoot(&wizard, QStringLiteral("firstrun-4-cipher"));
        QVERIFY(!core::ProfileService::exists(dir));
        wizard.next(); // creates the profile
        QVERIFY(core::ProfileService::exists(dir));
        auto *code = wizard.findChild<QLabel *>(QStringLiteral("recoveryCode"));
        QCOMPARE(code->text().size(), 29);
        shoot(&wizard, QStringLiteral("firstrun-5-recovery"));
        // The code can be printed for the safe: the preview shows one page, nothing is recorded.
        int pages = 0;
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *preview = qobject_cast<QPrintPreviewDialog *>(w); preview && preview->isVisible()) {
                    watch.stop();
                    pages = preview->findChild<QPrintPreviewWidget *>()->pageCount();
                    preview->reject();
                }
            }
        });
        watch.start();
        wizard.findChild<QPushButton *>(QStringLiteral("printRecoveryCode"))->click();
        QCOMPARE(pages, 1);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible()); // not without ticking "written down"
        wizard.findChild<QCheckBox *>(QStringLiteral("wroteDown"))->setChecked(true);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        std::unique_ptr<core::Session> profile = wizard.takeSession();
        QVERIFY(profile && profile->isUnlocked());
        QCOMPARE(profile->role(), QStringLiteral("township"));
        QCOMPARE(profile->scopes(), QStringList{QStringLiteral("370323001000")}); // 历山街道, the first township
        profile.reset();
        QVERIFY(core::ProfileService::unlock(dir, QStringLiteral("wangfang"), QStringLiteral("lucun-2026")).ok());
    }

    void settingsPage_savesTheDeclaredSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DoudiTest"));
        QSettings().clear();
        QCOMPARE(ui::settings::autoLockMinutes.value(), 10); // the declared default
        ui::SettingsPage page;
        page.findChild<QSpinBox *>(QStringLiteral("autoLock"))->setValue(3);
        page.findChild<QCheckBox *>(QStringLiteral("largeFont"))->setChecked(true);
        // Without a profile signed into with a password, the key cannot be changed from here.
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("changeKey"))->isEnabled());
        page.findChild<QPushButton *>(QStringLiteral("save"))->click();
        QCOMPARE(ui::settings::autoLockMinutes.value(), 3);
        QCOMPARE(ui::settings::largeFont.value(), true);
        page.resize(700, 400);
        shoot(&page, QStringLiteral("settings"));
        QSettings().clear();
    }

    void usersPage_addsAUserWhoCanSignIn()
    {
        auto p = administratorProfile(QStringLiteral("users"), QStringLiteral("admin"), QStringLiteral("Guanli-2026-pass"));
        QVERIFY(p.ok());
        core::UserService users(**p);
        ui::UsersPage page(users);
        page.resize(900, 600);
        page.show();
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newUser")), QStringLiteral("lixia"));
        auto *area = page.findChildren<QComboBox *>().constLast();
        area->setCurrentIndex(area->findData(QStringLiteral("370323102001")));
        auto *role = page.findChildren<QComboBox *>().constFirst();
        role->setCurrentIndex(role->findData(QStringLiteral("village")));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("short"));
        page.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("users"))->rowCount(), 1); // refused: password too short
        // A common one is named as it is typed, and refused.
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("woaini1314"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("passwordHint"))->text(),
                 core::PasswordQuality::message(core::PasswordQuality::Reason::Common));
        page.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("users"))->rowCount(), 1);
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("caobu-village-1"));
        page.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("users"))->rowCount(), 2);
        shoot(&page, QStringLiteral("users"));
        // The same name again is refused.
        QVERIFY(!users
                     .add({QStringLiteral("lixia"), {}, QStringLiteral("village"), {QStringLiteral("370323102001")}, true},
                          QStringLiteral("another-pass-1"))
                     .ok());
        (*p)->lock();
        auto lixia = core::ProfileService::unlock(m_tmp.filePath(QStringLiteral("users")), QStringLiteral("lixia"),
                                                  QStringLiteral("caobu-village-1"));
        QVERIFY(lixia.ok());
        QCOMPARE((*lixia)->role(), QStringLiteral("village"));
        QCOMPARE((*lixia)->scopes(), QStringList{QStringLiteral("370323102001")});
        // A village helper may not add users.
        QCOMPARE(core::UserService(**lixia)
                     .add({QStringLiteral("x"), {}, QStringLiteral("village"), {}, true}, QStringLiteral("some-pass-123"))
                     .error()
                     .code(),
                 core::ErrorCode::NotAllowed);
    }

    void intake_fromDetailsToPreviewToSavedApplication()
    {
        auto p = core::ProfileService::unlock(m_dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        core::HouseholdService households(**p);
        core::CaseService cases(**p);
        core::PolicyService policy(**p);
        const qint64 before = *households.count();
        ui::IntakeWizard wizard(households, cases, policy);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto combos = wizard.findChildren<QComboBox *>();
        auto *village = wizard.findChild<QComboBox *>(QStringLiteral("village"));
        QVERIFY(village->count() > 0);
        shoot(&wizard, QStringLiteral("intake-1-household"));
        wizard.next();

        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("memberName"));
        auto *idNumber = wizard.findChild<QLineEdit *>(QStringLiteral("memberIdNumber"));
        auto *derived = wizard.findChild<QLabel *>(QStringLiteral("memberDerived"));
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("memberList"));
        const auto enter = [&](QLineEdit *field, const QString &text) {
            field->setFocus();
            field->selectAll();
            keyboard::type(field, text);
        };
        enter(name, QString::fromUtf8("赵秀英"));
        enter(idNumber, QStringLiteral("370323195511200027")); // wrong check character (…029 is right)
        QVERIFY2(derived->text().contains(QString::fromUtf8("核对")), qPrintable(derived->text()));
        const int membersPage = wizard.currentId();
        wizard.next();
        QCOMPARE(wizard.currentId(), membersPage); // refused, with the reason on the page
        shoot(&wizard, QStringLiteral("intake-2-members-error"));
        // Cancelling now asks first; "continue typing" keeps everything typed.
        ui::MessageBox::setNextChoice(2);
        wizard.reject();
        QVERIFY(wizard.isVisible());
        QCOMPARE(name->text(), QString::fromUtf8("赵秀英"));
        enter(idNumber, QStringLiteral("370323195511200029"));
        QVERIFY2(derived->text().contains(QStringLiteral("1955-11-20")), qPrintable(derived->text()));
        auto *addMember = wizard.findChild<QPushButton *>(QStringLiteral("addMember"));
        addMember->click();
        QCOMPARE(list->count(), 2);
        QCOMPARE(keyboard::focused(), name); // straight on to the new member's name
        keyboard::typeHere(QString::fromUtf8("钱小军"));
        enter(idNumber, QStringLiteral("370323201203150013"));
        // Two more: the husband (with a disability) and a daughter, four members in all.
        addMember->click();
        keyboard::typeHere(QString::fromUtf8("钱德明"));
        enter(idNumber, QStringLiteral("370323195307020039"));
        auto *relation = wizard.findChild<QComboBox *>(QStringLiteral("memberRelation"));
        relation->setCurrentIndex(relation->findData(QStringLiteral("spouse")));
        auto *disability = wizard.findChild<QComboBox *>(QStringLiteral("memberDisability"));
        disability->setCurrentIndex(disability->findData(QStringLiteral("physical")));
        auto *grade = wizard.findChild<QComboBox *>(QStringLiteral("memberGrade"));
        grade->setCurrentIndex(grade->findData(2));
        addMember->click();
        keyboard::typeHere(QString::fromUtf8("钱丽"));
        enter(idNumber, QStringLiteral("370323198004180055"));
        QCOMPARE(list->count(), 4);
        QVERIFY(list->item(2)->text().startsWith(QString::fromUtf8("钱德明")));
        shoot(&wizard, QStringLiteral("intake-2-members"));
        wizard.next();
        QVERIFY2(wizard.currentId() != membersPage, qPrintable(wizard.findChildren<QLabel *>().at(0)->text()));

        auto *incomes = wizard.findChild<QTableWidget *>(QStringLiteral("incomes"));
        QCOMPARE(incomes->rowCount(), 0);
        wizard.findChild<QPushButton *>(QStringLiteral("addIncome"))->click();
        qobject_cast<QComboBox *>(incomes->cellWidget(0, 1))->setCurrentIndex(1); // net business income
        incomes->item(0, 2)->setText(QStringLiteral("6,000"));
        shoot(&wizard, QStringLiteral("intake-3-money"));
        wizard.next(); // obligors
        shoot(&wizard, QStringLiteral("intake-4-obligors"));
        wizard.next(); // application
        shoot(&wizard, QStringLiteral("intake-5-application"));
        wizard.next(); // papers: a scan of the household register, shown as a thumbnail
        const QString scan = m_tmp.filePath(QString::fromUtf8("户口簿.png"));
        QImage page(2480, 3508, QImage::Format_RGB32); // A4 at 300 dpi
        page.fill(Qt::white);
        QVERIFY(page.save(scan, "PNG"));
        QVERIFY(wizard.papers()->addFile(scan));
        QVERIFY(!wizard.papers()->addFile(m_tmp.filePath(QStringLiteral("missing.jpg"))));
        QCOMPARE(wizard.papers()->count(), 1);
        QCOMPARE(wizard.papers()->label(0), QString::fromUtf8("户口簿"));
        shoot(&wizard, QStringLiteral("intake-6-papers"));
        wizard.next(); // preview
        auto *preview = wizard.findChild<QLabel *>(QStringLiteral("preview"));
        QVERIFY2(preview->text().contains(QString::fromUtf8("低保")), qPrintable(preview->text()));
        shoot(&wizard, QStringLiteral("intake-7-preview"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.householdId().isEmpty());
        QCOMPARE(*households.count(), before + 1);
        const auto saved = cases.forHousehold(wizard.householdId());
        QCOMPARE(saved->size(), 1);
        QCOMPARE(saved->first().programme, core::CaseProgramme::Dibao);
        const core::Household stored = *households.get(wizard.householdId());
        QCOMPARE(stored.members.size(), 4);
        QCOMPARE(stored.members[2].disabilityGrade, 2);
        QCOMPARE(stored.members[3].birthDate, QDate(1980, 4, 18)); // filled from the ID number
        const auto papers = cases.attachments(saved->first().id, true);
        QCOMPARE(papers->size(), 1);
        QCOMPARE(papers->first().kind, QStringLiteral("scan"));
        QCOMPARE(papers->first().label, QString::fromUtf8("户口簿"));
        QImage stored_;
        QVERIFY(stored_.loadFromData(papers->first().data, "JPEG"));
        QCOMPARE(stored_.height(), 1600); // downscaled on the device
        Q_UNUSED(combos);
    }

    void intake_draftKeepsEverythingTypedAndContinuesLater()
    {
        auto p = core::ProfileService::unlock(m_dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        core::HouseholdService households(**p);
        core::CaseService cases(**p);
        core::PolicyService policy(**p);
        const qint64 before = *households.count();
        QString draftId;
        {
            ui::IntakeWizard wizard(households, cases, policy);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            wizard.next();
            wizard.findChild<QLineEdit *>(QStringLiteral("memberName"))->setFocus();
            keyboard::typeHere(QString::fromUtf8("孙玉兰"));
            keyboard::tab();
            keyboard::typeHere(QStringLiteral("370323196208150027"));
            auto *health = wizard.findChild<QComboBox *>(QStringLiteral("memberHealth"));
            health->setCurrentIndex(health->findData(QStringLiteral("serious")));
            wizard.next();
            wizard.findChild<QPushButton *>(QStringLiteral("addIncome"))->click();
            wizard.findChild<QTableWidget *>(QStringLiteral("incomes"))->item(0, 2)->setText(QStringLiteral("3600"));
            QImage photo(800, 600, QImage::Format_RGB32);
            photo.fill(Qt::gray);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            photo.save(&buffer, "JPEG");
            wizard.papers()->addJpeg(buffer.data(), QString::fromUtf8("病历"));
            // Closing keeps it as a draft, encrypted in the profile.
            ui::MessageBox::setNextChoice(0);
            wizard.reject();
            QVERIFY(!wizard.isVisible());
            draftId = wizard.draftId();
        }
        QVERIFY(!draftId.isEmpty());
        QCOMPARE(*households.count(), before); // a draft is not a household
        const auto drafts = cases.intakeDrafts();
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().title, QString::fromUtf8("孙玉兰的申请"));

        ui::IntakeWizard again(households, cases, policy);
        again.loadDraft(*cases.intakeDraft(draftId));
        again.show();
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("memberName"))->text(), QString::fromUtf8("孙玉兰"));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("memberDerived"))->text().contains(QStringLiteral("1962-08-15")));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("memberHealth"))->currentData().toString(),
                 QStringLiteral("serious"));
        QCOMPARE(again.findChild<QTableWidget *>(QStringLiteral("incomes"))->item(0, 2)->text(), QStringLiteral("3600.00"));
        QCOMPARE(again.papers()->count(), 1);
        QCOMPARE(again.papers()->label(0), QString::fromUtf8("病历"));
        while (again.currentId() != again.pageIds().constLast())
            again.next();
        again.button(QWizard::FinishButton)->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(*households.count(), before + 1);
        QCOMPARE(cases.intakeDrafts()->size(), 0); // finished: the draft is gone
    }

    void visit_needsEverySignatureAndKeepsPhotosEncrypted()
    {
        auto p = core::ProfileService::unlock(m_dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        core::HouseholdService households(**p);
        core::CaseService cases = core::CaseService::forHistory(**p); // the case of the days before
        const QString hid = households.search(QStringLiteral("zgy"))->first().householdId;
        auto c = cases.create(hid, core::CaseProgramme::Dibao, false, QDate(2026, 3, 2));
        QVERIFY(c.ok());
        QVERIFY(cases.advance(c->id, {QStringLiteral("accept"), {}}, QDate(2026, 3, 2)).ok());
        QVERIFY(cases.advance(c->id, {QStringLiteral("start_investigation"), {}}, QDate(2026, 3, 3)).ok());

        ui::VisitDialog dialog(cases, c->id, QString::fromUtf8("张桂英"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // (QTest types ASCII only: Chinese names are set as an input method would leave them.)
        dialog.findChild<QComboBox *>(QStringLiteral("firstInvestigator"))->setEditText(QString::fromUtf8("王芳"));
        dialog.findChild<QComboBox *>(QStringLiteral("secondInvestigator"))->setEditText(QString::fromUtf8("刘强"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("findings"))
            ->setPlainText(QString::fromUtf8("两间平房，屋顶漏雨；户主患慢性病，常年服药。"));
        const QList<QPoint> stroke = {{20, 60}, {60, 30}, {100, 70}, {140, 35}, {180, 65}, {220, 40}};
        dialog.findChild<ui::SignaturePad *>(QStringLiteral("signature1"))->drawStroke(stroke);
        dialog.findChild<ui::SignaturePad *>(QStringLiteral("signature2"))->drawStroke(stroke);
        const QString photo = m_tmp.filePath(QStringLiteral("house.jpg"));
        QImage big(3000, 2000, QImage::Format_RGB32);
        big.fill(QColor(180, 160, 120));
        QVERIFY(big.save(photo, "JPEG"));
        QVERIFY(dialog.addPhotoFile(photo));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        QVERIFY(dialog.isVisible()); // the interviewee has not signed
        QVERIFY(dialog.findChildren<QLabel *>().constLast()->text().contains(QString::fromUtf8("受访人")));
        QCOMPARE(cases.attachments(c->id, false)->size(), 0); // nothing half-saved
        dialog.findChild<ui::SignaturePad *>(QStringLiteral("signature3"))->drawStroke(stroke);
        shoot(&dialog, QStringLiteral("visit-form"));
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const core::Case after = *cases.get(c->id);
        QCOMPARE(after.visits.size(), 1);
        QCOMPARE(after.visits.first().signatures.size(), 3);
        QCOMPARE(after.visits.first().photos.size(), 1);
        const auto stored = cases.attachments(c->id, true);
        QCOMPARE(stored->size(), 4);
        QImage back;
        for (const core::Attachment &a : *stored) {
            if (a.kind == QLatin1String("photo"))
                back.loadFromData(a.data);
        }
        QCOMPARE(back.width(), 1600); // downscaled on the device

        // The household page lists the visit and shows the photo and the three signatures.
        core::PolicyService policy(**p);
        core::DocumentService documents(**p);
        ui::HouseholdDetailPage page(households, cases, policy, documents);
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.showHousehold(hid));
        auto *visits = page.findChild<QTableWidget *>(QStringLiteral("visits"));
        QCOMPARE(visits->rowCount(), 1);
        QCOMPARE(visits->item(0, 1)->text(), QString::fromUtf8("王芳、刘强"));
        QCOMPARE(visits->item(0, 6)->text(), QString::fromUtf8("屏幕签名"));
        auto *papers = page.findChild<QListWidget *>(QStringLiteral("papers"));
        QCOMPARE(papers->count(), 4);
        page.findChild<QTabWidget *>(QStringLiteral("householdTabs"))->setCurrentWidget(papers);
        shoot(&page, QStringLiteral("household-papers"));
    }

    void steps_runACaseToNoticeAndConfirmation()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("head"));
        core::ProfileSetup s;
        s.user = QStringLiteral("head");
        s.password = QStringLiteral("township-chief-1");
        s.role = QStringLiteral("township_head");
        s.scope = QStringLiteral("370323102000");
        s.iterations = 1000;
        auto p = core::ProfileService::create(dir, s, nullptr);
        QVERIFY(p.ok());
        QVERIFY(core::PolicyService(**p).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        core::HouseholdService households(**p);
        core::CaseService cases(**p);
        const auto h = households.add(sampleHouseholdJson());
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::LocalTime)); // applied for on the day
        const auto created = cases.create(h->meta.id, core::CaseProgramme::Dibao, false, QDate(2026, 3, 2));
        const QString id = created->id;
        const auto step = [&](const char *event, const std::function<void(ui::StepDialog &)> &fill = {}) {
            ui::StepDialog dialog(cases, id, QString::fromLatin1(event));
            dialog.show();
            if (fill)
                fill(dialog);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            return dialog.result() == QDialog::Accepted;
        };
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::LocalTime));
        QVERIFY(step("accept"));
        QVERIFY(step("start_investigation"));
        QVERIFY(step("record_check", [](ui::StepDialog &d) {
            d.findChild<QLineEdit *>(QStringLiteral("report_number"))->setText(QString::fromUtf8("沂核〔2026〕0301号"));
            d.preset(QStringLiteral("result"), QStringLiteral("consistent"));
        }));
        QVERIFY(cases
                    .advance(id,
                             {QStringLiteral("record_visit"),
                              QJsonObject{{QStringLiteral("investigators"),
                                           QJsonArray{QString::fromUtf8("王芳"), QString::fromUtf8("刘强")}},
                                          {QStringLiteral("signed_on_paper"), true}}},
                             QDate(2026, 3, 2))
                    .ok());
        QVERIFY(step("complete_investigation"));
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::LocalTime));
        QVERIFY(step("preliminary", [&](ui::StepDialog &d) {
            d.findChild<QCheckBox *>(QStringLiteral("approve"))->setChecked(true);
            d.findChild<QLineEdit *>(QStringLiteral("monthly_fen"))->setText(QStringLiteral("2,816.07"));
            shoot(&d, QStringLiteral("step-preliminary"));
        }));
        QCOMPARE(cases.get(id)->state, core::CaseState::Publicity);
        // Confirming during the notice is refused, with the workflow's reason, and nothing changes.
        {
            ui::StepDialog early(cases, id, QStringLiteral("confirm"));
            early.show();
            early.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(early.isVisible());
            QVERIFY(early.findChildren<QLabel *>().constLast()->text().contains(QString::fromUtf8("公示中")));
            shoot(&early, QStringLiteral("step-refused"));
        }
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::LocalTime));
        QVERIFY(step("close_publicity"));
        QVERIFY(step("confirm", [](ui::StepDialog &d) { d.preset(QStringLiteral("monthly_fen"), QStringLiteral("2816.07")); }));
        const core::Case done = *cases.get(id);
        QCOMPARE(done.state, core::CaseState::Approved);
        QCOMPARE(done.monthlyFen, 281607);
        QCOMPARE(done.entitlementStart, QDate(2026, 4, 1));

        core::PolicyService policy(**p);
        core::DocumentService documents(**p);
        ui::HouseholdDetailPage page(households, cases, policy, documents);
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.showHousehold(h->meta.id));
        page.findChild<QTabWidget *>(QStringLiteral("householdTabs"))->setCurrentIndex(5);
        shoot(&page, QStringLiteral("household-approved"));
        core::Clock::setFixed(QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::LocalTime));
    }

    // Runs script on the rekey dialog once the settings page has opened it (exec(): a real modal
    // loop, as a person sees it). A script that stops half-way is cancelled, so the test goes on.
    void whenRekeyDialogOpens(const std::function<void(ui::RekeyDialog &)> &script)
    {
        auto *watch = new QTimer(this);
        watch->setInterval(20);
        connect(watch, &QTimer::timeout, this, [watch, script] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<ui::RekeyDialog *>(w); d && d->isVisible()) {
                    watch->stop();
                    watch->deleteLater();
                    script(*d);
                    if (d->isVisible())
                        d->reject();
                    return;
                }
            }
        });
        watch->start();
    }

    void settings_changesTheDatabaseKeyOnlyAfterTheNewCodeIsConfirmed()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("rekey"));
        const QString password = QStringLiteral("township-chief-1");
        const core::ProfileSetup s = townshipHead(password);
        QString oldCode;
        {
            auto p = core::ProfileService::create(dir, s, &oldCode);
            QVERIFY(p.ok());
            QVERIFY(core::UserService(**p)
                        .add({QStringLiteral("lixia"), {}, QStringLiteral("village"), {QStringLiteral("370323102001")}, true},
                             QStringLiteral("caobu-village-1"))
                        .ok());
        }
        QStringList &messages = m_messages;
        messages.clear();
        const auto opensWith = [&](const QString &code) { return core::ProfileService::unlockWithRecoveryCode(dir, code).ok(); };

        // After a recovery-code unlock there is no user whose password slot would be kept.
        {
            auto rescued = core::ProfileService::unlockWithRecoveryCode(dir, oldCode);
            QVERIFY(rescued.ok());
            ui::SettingsPage page(rescued->get());
            QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("changeKey"))->isEnabled());
        }

        auto p = core::ProfileService::unlock(dir, QStringLiteral("head"), password);
        QVERIFY(p.ok());
        ui::MainWindow window(std::move(p).value());
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy locked(&window, &ui::MainWindow::lockRequested);
        auto *changeKey = window.findChild<QPushButton *>(QStringLiteral("changeKey"));
        QVERIFY(changeKey && changeKey->isEnabled());

        QString newCode, busyMessage, expectedBusy, wrongMessage, droppedNote;
        bool okBeforeTyping = true, okWithWrongGroup = true, okUnticked = true, okReady = false, stayedOnFirstPage = false;
        whenRekeyDialogOpens([&](ui::RekeyDialog &d) {
            shoot(&d, QStringLiteral("rekey-1-password"));
            auto *ok = d.findChild<QPushButton *>(QStringLiteral("ok"));
            auto *pw = d.findChild<QLineEdit *>(QStringLiteral("password"));
            auto *code = d.findChild<QLabel *>(QStringLiteral("recoveryCode"));
            // Another program (here: another Profile on the folder) has it open: refused, and said why.
            {
                auto other = core::ProfileService::unlock(dir, QStringLiteral("head"), password);
                QTest::keyClicks(pw, password);
                ok->click();
                busyMessage = messages.value(messages.size() - 1);
                // The message is core's own (ErrorCode::Busy), as the other program would be told.
                if (other) {
                    const auto refused = core::ProfileService::beginRekey(**other, password);
                    if (!refused && refused.error().code() == core::ErrorCode::Busy)
                        expectedBusy = refused.error().message();
                }
            }
            QTest::keyClicks(pw, QStringLiteral("not-my-password"));
            ok->click();
            wrongMessage = messages.value(messages.size() - 1);
            stayedOnFirstPage = code->text().isEmpty() && !d.committed();
            QTest::keyClicks(pw, password);
            ok->click();
            newCode = code->text();
            droppedNote = d.findChild<QLabel *>(QStringLiteral("droppedUsers"))->text();
            auto *last = d.findChild<QLineEdit *>(QStringLiteral("lastGroup"));
            auto *ticked = d.findChild<QCheckBox *>(QStringLiteral("wroteDown"));
            okBeforeTyping = ok->isEnabled();
            QTest::keyClicks(last, QStringLiteral("ZZZZ"));
            okWithWrongGroup = ok->isEnabled();
            last->clear();
            QTest::keyClicks(last, newCode.right(4).toLower()); // as copied by hand
            okUnticked = ok->isEnabled();
            ticked->setChecked(true);
            okReady = ok->isEnabled();
            shoot(&d, QStringLiteral("rekey-2-new-code"));
            ok->click();
        });
        changeKey->click();
        QVERIFY(!expectedBusy.isEmpty());
        QCOMPARE(busyMessage, expectedBusy);
        QCOMPARE(wrongMessage, QString::fromUtf8("用户名或密码不正确。"));
        QVERIFY(stayedOnFirstPage);
        QCOMPARE(newCode.size(), 29);
        QVERIFY(newCode != oldCode);
        QVERIFY2(droppedNote.contains(QStringLiteral("lixia")), qPrintable(droppedNote));
        QVERIFY(!okBeforeTyping);
        QVERIFY(!okWithWrongGroup);
        QVERIFY(!okUnticked);
        QVERIFY(okReady);
        // Done: said so, with the users who need a new password; the app goes on working on the
        // same (reopened) database, and its services with it.
        QVERIFY2(messages.last().contains(QStringLiteral("lixia")), qPrintable(messages.last()));
        QTest::qWait(50);
        QCOMPARE(locked.count(), 0);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("householdSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("zgy")); // the search service reads the rekeyed file
        QTest::qWait(200);
        // The app still holds the profile (shared): the new code opens it beside, the old does not.
        QVERIFY(opensWith(newCode));
        QVERIFY(!opensWith(oldCode));
        QVERIFY(core::ProfileService::unlock(dir, QStringLiteral("head"), password).ok());
        QVERIFY(!core::ProfileService::unlock(dir, QStringLiteral("lixia"), QStringLiteral("caobu-village-1")).ok());
    }

    void settings_cancelledKeyChangeKeepsTheOldRecoveryCode()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("rekey-cancel"));
        const QString password = QStringLiteral("township-chief-1");
        const core::ProfileSetup s = townshipHead(password);
        QString oldCode;
        QVERIFY(core::ProfileService::create(dir, s, &oldCode).ok());
        QStringList &messages = m_messages;
        messages.clear();

        auto p = core::ProfileService::unlock(dir, QStringLiteral("head"), password);
        QVERIFY(p.ok());
        ui::MainWindow window(std::move(p).value());
        window.show();
        QSignalSpy locked(&window, &ui::MainWindow::lockRequested);
        QString newCode, droppedNote;
        whenRekeyDialogOpens([&](ui::RekeyDialog &d) {
            QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("password")), password);
            d.findChild<QPushButton *>(QStringLiteral("ok"))->click();
            newCode = d.findChild<QLabel *>(QStringLiteral("recoveryCode"))->text();
            droppedNote = d.findChild<QLabel *>(QStringLiteral("droppedUsers"))->text();
            d.findChild<QPushButton *>(QStringLiteral("cancel"))->click();
        });
        window.findChild<QPushButton *>(QStringLiteral("changeKey"))->click();
        QCOMPARE(newCode.size(), 29);
        QCOMPARE(droppedNote, QString::fromUtf8("本机没有其他用户设置了密码。"));
        QVERIFY2(messages.last().contains(QString::fromUtf8("原恢复码仍然有效")), qPrintable(messages.last()));
        QTest::qWait(50);
        QCOMPARE(locked.count(), 0); // nothing changed: the app goes on
        QVERIFY(core::ProfileService::unlockWithRecoveryCode(dir, oldCode).ok());
        QVERIFY(!core::ProfileService::unlockWithRecoveryCode(dir, newCode).ok());
    }

    // The administrator keeps the device and sees no households: only the administration is
    // offered, and nothing asks the services for what would be refused (no refusals logged).
    void mainWindow_ofTheAdministratorShowsOnlyAdministration()
    {
        auto p = administratorProfile(QStringLiteral("adminonly"), QStringLiteral("guanli"), QStringLiteral("Shebei-2026-pass"));
        QVERIFY(p.ok());
        core::Session *session = p->get();
        ui::MainWindow window(std::move(p).value());
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), 1);
        QVERIFY(window.findChild<ui::UsersPage *>());
        shoot(&window, QStringLiteral("admin-main-window"));
        core::Result<core::Query> refusals = core::SessionAccess::profile(*session).database().exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refuse'"));
        QVERIFY(refusals && refusals->next());
        QCOMPARE(refusals->value(0).toInt(), 0);
    }

    // Issue 15: Help › About Doudi shows the version, the licence and the libraries, with the
    // versions the process runs (Qt's and SQLCipher's asked at run time).
    void helpMenu_aboutShowsVersionLicenceAndLibraries()
    {
        auto p = administratorProfile(QStringLiteral("about"), QStringLiteral("guanli"), QStringLiteral("Shebei-2026-pass"));
        QVERIFY(p.ok());
        QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
        ui::MainWindow window(std::move(p).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QMenu *help = menus.last()->menu();
        QCOMPARE(help->title(), QString::fromUtf8("帮助(&H)"));
        QCOMPARE(help->actions().constFirst()->text(), QString::fromUtf8("关于兜底(&A)"));
        bool seen = false;
        modal::whenDialogOpens([&](QWidget *dialog) {
            seen = true;
            const QString title = dialog->findChild<QLabel *>(QStringLiteral("aboutTitle"))->text();
            QVERIFY2(title.contains(QStringLiteral("0.1.0")), qPrintable(title));
            QVERIFY(
                dialog->findChild<QLabel *>(QStringLiteral("aboutLicence"))->text().contains(QStringLiteral("GPL-3.0-or-later")));
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("aboutLibraries"));
            QHash<QString, QString> versions;
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < 4; ++column)
                    QVERIFY2(table->item(row, column) && !table->item(row, column)->text().isEmpty(),
                             qPrintable(table->item(row, 0)->text()));
                versions.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
            }
            QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
            QVERIFY2(versions.value(QStringLiteral("SQLCipher")).contains(QStringLiteral("SQLite 3.")),
                     qPrintable(versions.value(QStringLiteral("SQLCipher"))));
            for (const char *library : {"OpenSSL", "libargon2", "libpwquality", "QtKeychain", "libqrencode", "zlib"})
                QVERIFY2(versions.value(QLatin1String(library)).contains(QRegularExpression(QStringLiteral("^[0-9]"))), library);
            qobject_cast<QDialog *>(dialog)->reject();
        });
        help->actions().constFirst()->trigger();
        QVERIFY(seen);
    }

    // Issue 13: Ctrl+L from inside an open form hides every window at once (the form's work kept
    // as a draft, nothing for a passer-by to answer); the password brings everything back as it
    // was; "switch user" closes the form without a question and ends the session.
    void lock_hidesEveryWindowAndComesBackWhereItWas()
    {
        auto p = core::ProfileService::unlock(m_dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(p.ok());
        core::CaseService cases(**p);
        const qsizetype draftsBefore = cases.intakeDrafts()->size();
        ui::MainWindow window(std::move(p).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy ended(&window, &ui::MainWindow::lockRequested);
        bool checked = false;
        QTimer::singleShot(0, &window, [&] {
            auto *wizard = qobject_cast<ui::IntakeWizard *>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            wizard->next();
            auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("memberName"));
            keyboard::type(name, QString::fromUtf8("周桂香"));
            // Ctrl+L from the form itself.
            QTest::keyClick(name, Qt::Key_L, Qt::ControlModifier);
            auto *lock = QApplication::activeModalWidget();
            QVERIFY(lock && lock->objectName() == QStringLiteral("screenLock"));
            QVERIFY(lock->isVisible());
            QVERIFY(wizard->isMinimized());
            QVERIFY(window.isMinimized());
            QCOMPARE(cases.intakeDrafts()->size(), draftsBefore + 1); // kept, nobody asked
            shoot(lock, QStringLiteral("screen-lock"));
            auto *password = lock->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
            keyboard::type(password, QStringLiteral("not-my-password"));
            QTest::keyClick(password, Qt::Key_Return);
            QVERIFY(lock->isVisible());
            QVERIFY(!lock->findChild<QLabel *>(QStringLiteral("lockMessage"))->text().isEmpty());
            keyboard::type(password, QStringLiteral("township-2026"));
            QTest::keyClick(password, Qt::Key_Return);
            QVERIFY(!lock->isVisible());
            QVERIFY(!wizard->isMinimized());
            QVERIFY(wizard->isVisible());
            QCOMPARE(name->text(), QString::fromUtf8("周桂香")); // where the person was
            // Locked again, then another user: the form closes without a question.
            QTest::keyClick(name, Qt::Key_L, Qt::ControlModifier);
            lock->findChild<QPushButton *>(QStringLiteral("switchUser"))->click();
            checked = true;
        });
        window.findChild<QPushButton *>(QStringLiteral("newApplication"))->click();
        QVERIFY(checked);
        QCOMPARE(ended.count(), 1); // doudi's main() then closes the window and shows the unlock dialog
        QCOMPARE(cases.intakeDrafts()->size(), draftsBefore + 1);
    }

    void idleWatcher_firesOnlyAfterQuiet()
    {
        QWidget w;
        w.show();
        ui::IdleWatcher idle(300);
        QSignalSpy spy(&idle, &ui::IdleWatcher::idle);
        QTest::qWait(200);
        QTest::keyClick(&w, Qt::Key_A); // activity restarts the clock
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
    }

    void unlock_wrongThenRightPassword()
    {
        ui::UnlockDialog dialog(m_dir, QStringLiteral("zhang"));
        dialog.resize(480, 220);
        dialog.show();
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(password);
        QTest::keyClicks(password, QStringLiteral("wrong-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // stays open and says why
        shoot(&dialog, QStringLiteral("unlock-wrong-password"));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("township-2026"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<core::Session> profile = dialog.takeSession();
        QVERIFY(profile && profile->isUnlocked());

        ui::MainWindow window(std::move(profile));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        shoot(&window, QStringLiteral("workbench"));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), 12);

        window.activateWindow(); // shortcuts reach the active window (a desktop does this on show)
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("householdSearch"));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("householdTable"));
        QVERIFY(search && table);
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(table->rowCount() > 0); // before typing, the list browses by village
        QTest::keyClicks(search, QStringLiteral("zgy"));
        QTRY_COMPARE(table->item(0, 0)->text(), QString::fromUtf8("张桂英"));    // after the debounce
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("********"))); // masked on screen
        shoot(&window, QStringLiteral("household-search"));

        // Enter on the result opens the household page.
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Return);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("householdTabs"));
        QTRY_VERIFY(tabs && tabs->isVisible());
        auto *members = qobject_cast<QTableWidget *>(tabs->widget(0));
        QCOMPARE(members->rowCount(), 4);
        QVERIFY(members->item(0, 2)->text().contains(QStringLiteral("********")));
        shoot(&window, QStringLiteral("household-members"));
        tabs->setCurrentIndex(5); // applications, with the history of the selected one
        QVERIFY(window.findChildren<QTableWidget *>().size() >= 8);
        shoot(&window, QStringLiteral("household-applications"));
        tabs->setCurrentIndex(8);
        auto *assessment = window.findChild<QLabel *>(QStringLiteral("assessment"));
        QVERIFY2(assessment->text().contains(QString::fromUtf8("分类施保")), qPrintable(assessment->text()));
        shoot(&window, QStringLiteral("household-assessment"));
        tabs->setCurrentIndex(9);
        shoot(&window, QStringLiteral("household-changelog"));

        // Back, then the workbench lists the application's deadlines, overdue-first.
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        nav->setCurrentRow(0);
        auto *tasks = window.findChild<QTableWidget *>(QStringLiteral("tasks"));
        QVERIFY(tasks);
        QVERIFY(tasks->rowCount() >= 2); // start the investigation (today), finish the case (+ other tests' cases)
        QCOMPARE(tasks->item(0, 1)->text(), QStringLiteral("2026-03-05"));
        QCOMPARE(tasks->item(0, 3)->text(), QString::fromUtf8("张桂英"));
        shoot(&window, QStringLiteral("workbench-tasks"));
        tasks->setFocus();
        tasks->setCurrentCell(0, 0);
        QTest::keyClick(tasks, Qt::Key_Return);
        QTRY_VERIFY(tabs->isVisible());
    }

    // A household the county moved out of the user's areas leaves the laptop at a sync
    // (RemoteApplier::evict); the workbench says so rather than let it vanish (issue 12).
    void workbench_saysWhenAHouseholdMovedOut()
    {
        auto session = core::ProfileService::unlock(m_dir, QStringLiteral("zhang"), QStringLiteral("township-2026"));
        QVERIFY(session.ok());
        const core::Result<QList<core::HouseholdSummary>> list = core::HouseholdService(**session).list(10, 1);
        QVERIFY(list.ok() && !list->isEmpty());
        const core::HouseholdSummary gone = list->constFirst();
        core::Profile &profile = core::SessionAccess::profile(**session);
        const core::Result<int> removed =
            core::RemoteApplier(profile.database(), profile.changes()).evict(gone.id, QStringLiteral("zhang"));
        QVERIFY(removed.ok() && *removed > 1);
        QVERIFY(!core::HouseholdService(**session).get(gone.id).ok());
        // And the county found one of the user's households' ID numbers in a household elsewhere.
        const core::Household kept =
            core::HouseholdService(**session)
                .get(list->constFirst().id == gone.id ? core::HouseholdService(**session).list(11, 1)->constFirst().id
                                                      : list->constFirst().id)
                .value();
        core::protocol::Duplicate dup{7,
                                      kept.members.constFirst().idNumber,
                                      kept.meta.id,
                                      kept.areaCode,
                                      QStringLiteral("0192d8a4-7e1c-7c4e-8000-000000000001"),
                                      QStringLiteral("370323104203"),
                                      QStringLiteral("2026-03-04T08:00:00Z"),
                                      {QStringLiteral("dibao")},
                                      {QStringLiteral("tekun")}};
        QVERIFY(core::SyncState(profile.database())
                    .setValue(QStringLiteral("duplicates"),
                              QString::fromUtf8(QJsonDocument(core::protocol::DuplicateList{{dup}}.toJson()).toJson()))
                    .ok());

        ui::MainWindow window(std::move(*session));
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);
        auto *tasks = window.findChild<QTableWidget *>(QStringLiteral("tasks"));
        int row = -1;
        for (int r = 0; r < tasks->rowCount(); ++r) {
            if (tasks->item(r, 0)->text() == QString::fromUtf8("已迁出"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(tasks->item(row, 3)->text(), gone.headName);
        QVERIFY(tasks->item(row, 2)->text().startsWith(QString::fromUtf8("已迁出您的辖区")));
        int duplicate = -1;
        for (int r = 0; r < tasks->rowCount(); ++r) {
            if (tasks->item(r, 0)->text() == QString::fromUtf8("疑似重复"))
                duplicate = r;
        }
        QVERIFY(duplicate >= 0);
        QCOMPARE(tasks->item(duplicate, 3)->text(), kept.members.constFirst().name);
        QVERIFY(!tasks->item(duplicate, 2)->text().contains(kept.members.constFirst().idNumber)); // masked
        QVERIFY(tasks->item(duplicate, 2)->text().contains(kept.members.constFirst().idNumber.right(4)));
        QVERIFY2(tasks->item(duplicate, 2)->toolTip().contains(QString::fromUtf8("特困")),
                 qPrintable(tasks->item(duplicate, 2)->toolTip()));
        shoot(&window, QStringLiteral("workbench-moved-out"));
        m_messages.clear();
        tasks->setFocus();
        tasks->setCurrentCell(row, 0);
        QTest::keyClick(tasks, Qt::Key_Return);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(gone.headName), qPrintable(m_messages.first()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
