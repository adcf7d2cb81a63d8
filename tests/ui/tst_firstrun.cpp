#include "i18n.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/userservice.h"
#include "ui/dashboardpage.h"
#include "ui/filedialog.h"
#include "ui/firstrunwizard.h"
#include "ui/messagebox.h"
#include "ui/settings.h"
#include "ui/settingspage.h"
#include "ui/textsize.h"
#include "ui/unlockdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace doudi;

// A new profile made usable from the app alone (issue 13, point 8 and the text size of point
// 10): the first-run wizard offers only roles with the area that fits them, says what is wrong
// with a password as it is typed, explains the cipher; the unlock dialog sets a new password
// with the recovery code; the workbench imports the county's policy file; larger text applies
// at once to every text. Offscreen; with DOUDI_SCREENSHOT_DIR set it saves what a person sees.
class TestFirstRun : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QStringList m_messages; // what MessageBox::inform and warn would have shown

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DOUDI_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
        }
    }

    static QString testData(const QString &name)
    {
        QString root = qEnvironmentVariable("DOUDI_TEST_DATA");
        if (root.isEmpty())
            root = QStringLiteral(DOUDI_SOURCE_DIR "/tests/data");
        return root + u'/' + name;
    }

    // A profile made as the services make one (a cheap key derivation: tests only).
    std::unique_ptr<core::Session> makeProfile(const QString &dir, const QString &role, const QString &scope,
                                               QString *code = nullptr)
    {
        core::ProfileSetup s;
        s.user = QStringLiteral("liuguifang");
        s.displayName = QString::fromUtf8("刘桂芳");
        s.password = QStringLiteral("Yanya-2026-lucun");
        s.role = role;
        s.scope = scope;
        s.iterations = core::ProfileService::kMinKdfCost;
        core::Result<std::unique_ptr<core::Session>> p = core::ProfileService::createWorkingAlone(dir, s, code);
        return p ? std::move(p).value() : nullptr;
    }

    // The wizard on its area page, working alone.
    void toAreaPage(ui::FirstRunWizard &wizard)
    {
        wizard.resize(640, 480);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton *>(QStringLiteral("aloneChoice"))->setChecked(true);
        wizard.next();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("DoudiTestFirstRun"));
        QSettings().clear();
        installTranslations(QStringLiteral("zh_CN"));
        ui::MessageBox::setMessageSink(&m_messages);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void firstRun_offersEachRoleOnlyTheAreaThatFitsIt()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("village-helper"));
        ui::FirstRunWizard wizard(dir);
        toAreaPage(wizard);
        auto *role = wizard.findChild<QComboBox *>(QStringLiteral("role"));
        auto *township = wizard.findChild<QComboBox *>(QStringLiteral("township"));
        auto *village = wizard.findChild<QComboBox *>(QStringLiteral("village"));
        auto *county = wizard.findChild<QLabel *>(QStringLiteral("county"));
        QVERIFY(role && township && village && county);
        // No administrator: that account comes from the county.
        QStringList offered;
        for (int i = 0; i < role->count(); ++i)
            offered << role->itemData(i).toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("township_head"),
                                       QStringLiteral("county")}));
        // Township staff: a township, no village to pick.
        QCOMPARE(role->currentData().toString(), QStringLiteral("township"));
        QVERIFY(township->isVisible() && !village->isVisible() && !county->isVisible());
        shoot(&wizard, QStringLiteral("firstrun-2-area-township"));
        // County staff: the county, nothing to pick.
        role->setCurrentIndex(role->findData(QStringLiteral("county")));
        QVERIFY(!township->isVisible() && !village->isVisible() && county->isVisible());
        QCOMPARE(county->text(), QString::fromUtf8("沂源县"));
        // A village helper: one village, never "the whole township".
        role->setCurrentIndex(role->findData(QStringLiteral("village")));
        QVERIFY(township->isVisible() && village->isVisible() && !county->isVisible());
        township->setCurrentIndex(township->findData(QStringLiteral("370323102000")));
        for (int i = 0; i < village->count(); ++i)
            QCOMPARE(core::AreaCode::levelOf(village->itemData(i).toString()), core::AreaCode::Level::Village);
        village->setCurrentIndex(village->findData(QStringLiteral("370323102207")));
        shoot(&wizard, QStringLiteral("firstrun-2-area-village"));
        const int areaPage = wizard.currentId();
        wizard.next();
        QVERIFY(wizard.currentId() != areaPage);

        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("user")), QStringLiteral("zhaoxiulan"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("Beizhuang-2026"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("confirm")), QStringLiteral("Beizhuang-2026"));
        wizard.next();
        // The cipher in words: AES-256 unless the county requires 国密, and it cannot change later.
        auto *aes = wizard.findChild<QRadioButton *>(QStringLiteral("aes"));
        QVERIFY(aes && aes->isChecked());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("cipherNote"))->text().isEmpty());
        shoot(&wizard, QStringLiteral("firstrun-4-cipher"));
        wizard.next(); // makes the profile
        QVERIFY(core::ProfileService::exists(dir));
        wizard.findChild<QCheckBox *>(QStringLiteral("wroteDown"))->setChecked(true);
        wizard.button(QWizard::FinishButton)->click();
        std::unique_ptr<core::Session> session = wizard.takeSession();
        QVERIFY(session && session->isUnlocked());
        QCOMPARE(session->role(), QStringLiteral("village"));
        QCOMPARE(session->scopes(), QStringList{QStringLiteral("370323102207")});
    }

    void firstRun_saysPasswordProblemsAsTypedAndForgetsThemWhenFixed()
    {
        ui::FirstRunWizard wizard(m_tmp.filePath(QStringLiteral("typing")));
        toAreaPage(wizard);
        wizard.next(); // a township caseworker of the first township
        auto *user = wizard.findChild<QLineEdit *>(QStringLiteral("user"));
        auto *password = wizard.findChild<QLineEdit *>(QStringLiteral("password"));
        auto *confirm = wizard.findChild<QLineEdit *>(QStringLiteral("confirm"));
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("passwordHint"));
        auto *confirmHint = wizard.findChild<QLabel *>(QStringLiteral("confirmHint"));
        auto *userHint = wizard.findChild<QLabel *>(QStringLiteral("userHint"));
        auto *error = wizard.findChild<QLabel *>(QStringLiteral("accountError"));
        QVERIFY(user && password && confirm && hint && confirmHint && userHint && error);
        const int accountPage = wizard.currentId();
        QVERIFY(!hint->isVisible() && !confirmHint->isVisible()); // nothing said before typing

        QTest::keyClicks(user, QStringLiteral("li ming"));
        QVERIFY(userHint->isVisible()); // a space: said at once
        QTest::keyClicks(password, QStringLiteral("short"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), core::ProfileService::checkPassword(QStringLiteral("short")).error().message());
        shoot(&wizard, QStringLiteral("firstrun-3-account-typing"));
        QTest::keyClicks(password, QStringLiteral("-lucun-26"));
        QVERIFY(!hint->isVisible()); // fixed: the message goes
        QTest::keyClicks(confirm, QStringLiteral("short-lucun-25"));
        QVERIFY(confirmHint->isVisible()); // cannot become the same by typing on
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("short-lu"));
        QVERIFY(!confirmHint->isVisible() || confirmHint->text().isEmpty()); // still typing
        QTest::keyClicks(confirm, QStringLiteral("cun-26"));
        QVERIFY(confirmHint->isVisible()); // the same, and good
        QVERIFY(!confirmHint->text().isEmpty());

        wizard.next(); // the user name is still wrong
        QCOMPARE(wizard.currentId(), accountPage);
        QVERIFY(!error->text().isEmpty());
        shoot(&wizard, QStringLiteral("firstrun-3-account-refused"));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("liming"));
        QVERIFY(error->text().isEmpty()); // fixed: the message after Next goes too
        QVERIFY(!userHint->isVisible());
        // A password that holds the name, found once the name is typed.
        password->clear();
        QTest::keyClicks(password, QStringLiteral("Liming2026"));
        QVERIFY(hint->isVisible());
        password->clear();
        QTest::keyClicks(password, QStringLiteral("short-lucun-26"));
        QVERIFY(!hint->isVisible());
        wizard.next();
        QVERIFY(wizard.currentId() != accountPage);
    }

    void unlock_forgotPasswordSetsANewOneWithTheRecoveryCode()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("forgotten"));
        QString code;
        QVERIFY(makeProfile(dir, QStringLiteral("township"), QStringLiteral("370323102000"), &code));
        ui::UnlockDialog dialog(dir, QStringLiteral("liuguifang"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *forgot = dialog.findChild<QPushButton *>(QStringLiteral("forgotPassword"));
        QVERIFY(forgot && forgot->isVisible());
        // A wrong password says what else there is.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("Yanya-2025-lucun"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
        shoot(&dialog, QStringLiteral("unlock-1-wrong"));

        forgot->click();
        auto *codeEdit = dialog.findChild<QLineEdit *>(QStringLiteral("recoveryCode"));
        auto *user = dialog.findChild<QComboBox *>(QStringLiteral("recoveryUser"));
        QVERIFY(codeEdit && codeEdit->isVisible() && user);
        QCOMPARE(user->currentText(), QStringLiteral("liuguifang"));
        const QList<QLineEdit *> fresh = {dialog.findChild<QLineEdit *>(QStringLiteral("newPassword")),
                                          dialog.findChild<QLineEdit *>(QStringLiteral("newPasswordAgain"))};
        QVERIFY(fresh[0] && fresh[1] && fresh[0]->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("password"))->isVisible()); // the other page
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("passwordHint"));
        QVERIFY(hint);
        QTest::keyClicks(fresh[0], QStringLiteral("123456"));
        QVERIFY(hint->isVisible()); // said as it is typed here too
        fresh[0]->clear();
        QVERIFY(!hint->isVisible());
        QTest::keyClicks(fresh[0], QStringLiteral("Qiushou-2026-xin"));
        QTest::keyClicks(fresh[1], QStringLiteral("Qiushou-2026-xin"));
        QTest::keyClicks(codeEdit, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("ok"));
        ok->click();
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("recoveryMessage"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!message->text().isEmpty());
        shoot(&dialog, QStringLiteral("unlock-2-recovery-wrong-code"));
        codeEdit->selectAll();
        QTest::keyClick(codeEdit, Qt::Key_Backspace);
        QVERIFY(message->text().isEmpty()); // typing again clears it
        QTest::keyClicks(codeEdit, code.toLower());
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<core::Session> session = dialog.takeSession();
        QVERIFY(session && session->isUnlocked());
        QCOMPARE(session->user(), QStringLiteral("liuguifang"));
        session.reset();
        QVERIFY(!core::ProfileService::unlock(dir, QStringLiteral("liuguifang"), QStringLiteral("Yanya-2026-lucun")).ok());
        QVERIFY(core::ProfileService::unlock(dir, QStringLiteral("liuguifang"), QStringLiteral("Qiushou-2026-xin")).ok());
    }

    void workbench_importsThePolicyFileInTheApp()
    {
        std::unique_ptr<core::Session> session =
            makeProfile(m_tmp.filePath(QStringLiteral("nopolicy")), QStringLiteral("township"), QStringLiteral("370323102000"));
        QVERIFY(session);
        core::HouseholdService households(*session);
        core::CaseService cases(*session);
        core::PolicyService policy(*session);
        ui::DashboardPage page(households, cases, policy);
        page.resize(1024, 600);
        page.show();
        page.refresh();
        auto *panel = page.findChild<QWidget *>(QStringLiteral("policyPanel"));
        auto *text = page.findChild<QLabel *>(QStringLiteral("policyText"));
        auto *import = page.findChild<QPushButton *>(QStringLiteral("importPolicy"));
        QVERIFY(panel && panel->isVisible() && import->isVisible());
        // Said once, and no command line anywhere on the page.
        for (QLabel *l : page.findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QStringLiteral("doudi-cli")), qPrintable(l->text()));
        QVERIFY(!text->text().isEmpty());
        QCoreApplication::processEvents();                              // the layout, as the event loop would
        QVERIFY(text->height() >= text->heightForWidth(text->width())); // all of it shows
        shoot(&page, QStringLiteral("workbench-no-policy"));

        // Cancelled: nothing happens.
        m_messages.clear();
        ui::FileDialog::setNextFileName(QString());
        import->click();
        QVERIFY(m_messages.isEmpty());
        // A file with a mistake: said, and nothing imported.
        ui::FileDialog::setNextFileName(testData(QStringLiteral("policy/bad-field.json")));
        import->click();
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(!m_messages.first().isEmpty());
        QCOMPARE(*policy.hasPolicy(), false);
        QVERIFY(panel->isVisible());
        ui::FileDialog::setNextFileName(testData(QStringLiteral("policy/not-json.json")));
        import->click();
        QCOMPARE(m_messages.size(), 2);
        QCOMPARE(*policy.hasPolicy(), false);
        // The county's file: in use, the panel goes.
        ui::FileDialog::setNextFileName(QStringLiteral(":/doudi/policy/demo-370323.json"));
        import->click();
        QCOMPARE(m_messages.size(), 3);
        QCOMPARE(*policy.hasPolicy(), true);
        QVERIFY(!panel->isVisible());
    }

    void workbench_tellsAVillageHelperWhoBringsThePolicy()
    {
        std::unique_ptr<core::Session> session =
            makeProfile(m_tmp.filePath(QStringLiteral("village")), QStringLiteral("village"), QStringLiteral("370323102207"));
        QVERIFY(session);
        core::HouseholdService households(*session);
        core::CaseService cases(*session);
        core::PolicyService policy(*session);
        ui::DashboardPage page(households, cases, policy);
        page.show();
        page.refresh();
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("policyPanel"))->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("importPolicy"))->isVisible()); // may not import
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("policyText"))->text().isEmpty());
    }

    void largeText_appliesAtOnceToAllTextAndIsKept()
    {
        ui::applyTextSize(false);
        QWidget window;
        auto *body = new QLabel(QStringLiteral("正文"), &window);
        auto *title = new QLabel(QStringLiteral("标题"), &window);
        ui::setTextRole(title, ui::TextRole::PageTitle);
        auto *button = new QPushButton(QStringLiteral("按钮"), &window);
        auto *table = new QTableWidget(1, 1, &window);
        window.show();
        ui::SettingsPage settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const auto size = [](QWidget *w) {
            w->ensurePolished();
            return QFontInfo(w->font()).pointSizeF();
        };
        const double bodyBefore = size(body), titleBefore = size(title), buttonBefore = size(button), tableBefore = size(table);
        QVERIFY(titleBefore > bodyBefore);
        auto *large = settings.findChild<QCheckBox *>(QStringLiteral("largeFont"));
        large->setChecked(true); // no Save needed
        QCoreApplication::processEvents();
        QVERIFY(ui::settings::largeFont.value()); // kept for the next start
        for (auto [w, before] : {std::pair<QWidget *, double>{body, bodyBefore},
                                 {title, titleBefore},
                                 {button, buttonBefore},
                                 {table, tableBefore}}) {
            QVERIFY2(size(w) > before * 1.2, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(size(w))));
        }
        // A window made afterwards is large too.
        QLabel later(QStringLiteral("后来的窗口"));
        QVERIFY(size(&later) > bodyBefore * 1.2);
        shoot(&settings, QStringLiteral("settings-large-text"));
        large->setChecked(false);
        QCoreApplication::processEvents();
        QVERIFY(!ui::settings::largeFont.value());
        QCOMPARE(size(body), bodyBefore);
        QCOMPARE(size(title), titleBefore);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
