#include "common/clock.h"
#include "identity/pinyin.h"
#include "security/passwordquality.h"
#include "services/profileservice.h"
#include "services/userservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doudi::core;

Q_DECLARE_METATYPE(doudi::core::PasswordQuality::Reason)

namespace {
using Reason = PasswordQuality::Reason;

// 张三丰, user zhangsf, with an ID number (born 1985-03-12).
const PasswordContext kZhang{QStringLiteral("zhangsf"), QStringLiteral("张三丰"), QStringLiteral("370323198503121236")};
// Surnames read their own way: 单 shan, 吕 lv (typed lv or lu).
const PasswordContext kShan{QStringLiteral("shantf"), QStringLiteral("单田芳"), {}};
const PasswordContext kLv{QStringLiteral("xiaobu"), QStringLiteral("吕布"), {}};
} // namespace

class TestPasswordQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinyin()
    {
        QCOMPARE(Pinyin::nameSyllables(QStringLiteral("张三丰")), QStringLiteral("zhangsanfeng"));
        QCOMPARE(Pinyin::nameSyllables(QStringLiteral("单田芳")), QStringLiteral("shantianfang"));
        QCOMPARE(Pinyin::nameSyllables(QStringLiteral("吕布")), QStringLiteral("lvbu"));
        QCOMPARE(Pinyin::nameSyllables(QStringLiteral("曾 Li 2")), QStringLiteral("zengli2"));
        QCOMPARE(Pinyin::syllableOf(U'王'), QStringLiteral("wang"));
        QCOMPARE(Pinyin::nameInitials(QStringLiteral("张桂英")), QStringLiteral("zgy"));
    }

    void dictionaryInstalled()
    {
        // scripts/setup installs cracklib-runtime; without it English words would pass.
        QVERIFY(PasswordQuality::dictionaryAvailable());
        QVERIFY(PasswordQuality::isListed(QStringLiteral("WoAiNi1314")));
        QVERIFY(!PasswordQuality::isListed(QStringLiteral("wangwei2026")));
    }

    void assess_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<PasswordContext>("who");
        QTest::addColumn<Reason>("expected");
        const PasswordContext none;
        auto row = [](const char *name, const QString &pw, const PasswordContext &who, Reason r) {
            QTest::newRow(name) << pw << who << r;
        };
        // too short
        row("empty", QString(), none, Reason::TooShort);
        row("7 chars", QStringLiteral("Tq9#vLm"), none, Reason::TooShort);
        row("6 digits", QStringLiteral("888888"), none, Reason::TooShort);
        // English dictionary (cracklib)
        row("password", QStringLiteral("password"), none, Reason::Common);
        row("sunshine", QStringLiteral("sunshine"), none, Reason::Common);
        row("Elephant", QStringLiteral("Elephant"), none, Reason::Common);
        row("systematic (cracklib)", QStringLiteral("Abc-defgh-2026"), none, Reason::Common);
        row("iloveyou", QStringLiteral("iloveyou"), none, Reason::Common);
        // the Chinese list, whole, in any case, and with a year, digits or symbols added
        row("woaini1314", QStringLiteral("woaini1314"), none, Reason::Common);
        row("WoAiNi1314", QStringLiteral("WoAiNi1314"), none, Reason::Common);
        row("qq123456", QStringLiteral("qq123456"), none, Reason::Common);
        row("88888888", QStringLiteral("88888888"), none, Reason::Common);
        row("5201314520", QStringLiteral("5201314520"), none, Reason::Common);
        row("147258369", QStringLiteral("147258369"), none, Reason::Common);
        row("a1234567", QStringLiteral("a1234567"), none, Reason::Common);
        row("woaiwojia", QStringLiteral("woaiwojia"), none, Reason::Common);
        row("wangwei2026", QStringLiteral("wangwei2026"), none, Reason::Common);
        row("Zhangwei@2026", QStringLiteral("Zhangwei@2026"), none, Reason::Common);
        row("liuyang1988!", QStringLiteral("liuyang1988!"), none, Reason::Common);
        row("2026xiaoming", QStringLiteral("2026xiaoming"), none, Reason::Common);
        row("full-width", QStringLiteral("ｗｏａｉｎｉ１３１４"), none, Reason::Common);
        // the person's own names
        row("user name", QStringLiteral("Zhangsf#2026"), kZhang, Reason::ContainsName);
        row("name in characters", QStringLiteral("张三丰abc-9!"), kZhang, Reason::ContainsName);
        row("given name in characters", QStringLiteral("三丰-kq7#x2"), kZhang, Reason::ContainsName);
        row("pinyin", QStringLiteral("ZhangSanFeng88"), kZhang, Reason::ContainsName);
        row("pinyin with separators", QStringLiteral("zhang-san-feng-1"), kZhang, Reason::ContainsName);
        row("given name pinyin", QStringLiteral("Sanfeng-k9!x"), kZhang, Reason::ContainsName);
        row("given name first", QStringLiteral("sanfengzhang#1"), kZhang, Reason::ContainsName);
        row("initials", QStringLiteral("ZSF-love-2026"), kZhang, Reason::ContainsName);
        row("surname reading", QStringLiteral("Shantianfang!7"), kShan, Reason::ContainsName);
        row("lv", QStringLiteral("lvbu-7!kq9x"), kLv, Reason::ContainsName);
        row("lu for lv", QStringLiteral("Lubu#9271kq"), kLv, Reason::ContainsName);
        // digits of the ID number
        row("birth date", QStringLiteral("Kx!19850312"), kZhang, Reason::ContainsIdNumber);
        row("yymmdd", QStringLiteral("kq#850312x"), kZhang, Reason::ContainsIdNumber);
        row("with a separator", QStringLiteral("tq#8503-12x"), kZhang, Reason::ContainsIdNumber);
        row("last six", QStringLiteral("pw-121236-x"), kZhang, Reason::ContainsIdNumber);
        row("whole number", QStringLiteral("370323198503121236"), kZhang, Reason::ContainsIdNumber);
        row("area code", QStringLiteral("Home#370323"), kZhang, Reason::ContainsIdNumber);
        // sequences and keyboard walks
        row("23456789", QStringLiteral("23456789"), none, Reason::Sequence);
        row("98765432", QStringLiteral("98765432"), none, Reason::Sequence);
        row("abcdefgh", QStringLiteral("abcdefgh"), none, Reason::Sequence);
        row("1qaz2wsx", QStringLiteral("1qaz2wsx"), none, Reason::Sequence);
        row("1q2w3e4r", QStringLiteral("1q2w3e4r"), none, Reason::Sequence);
        row("qwertyuiop", QStringLiteral("QWERTYuiop"), none, Reason::Sequence);
        row("asdfgh!!", QStringLiteral("asdfgh!!"), none, Reason::Sequence);
        row("zxcvbnm123", QStringLiteral("zxcvbnm123"), none, Reason::Sequence);
        row("abababab", QStringLiteral("abababab"), none, Reason::Sequence);
        row("zaq12wsx", QStringLiteral("zaq12wsx"), none, Reason::Sequence);
        // too simple
        row("two letters", QStringLiteral("aabbaabb"), none, Reason::TooSimple);
        row("palindrome", QStringLiteral("kq7#mm#7qk"), none, Reason::TooSimple);
        // good enough
        row("a short run inside", QStringLiteral("Abc-river-2026"), none, Reason::None);
        row("strong", QStringLiteral("Tq9#vLm2!kz"), none, Reason::None);
        row("phrase", QStringLiteral("correct horse battery staple"), none, Reason::None);
        row("county", QStringLiteral("Xian-minzheng-2026"), kZhang, Reason::None);
        row("helper", QStringLiteral("Cun-xieli-2026!"), kZhang, Reason::None);
        row("another person's name", QStringLiteral("Li-xiaolong-2026"), kZhang, Reason::None);
        row("own surname alone", QStringLiteral("Zhang-2026-river"), kZhang, Reason::None);
        row("Chinese words", QStringLiteral("马上回家-7391"), kZhang, Reason::None);
        row("a date not of the ID", QStringLiteral("Spring#19991001"), kZhang, Reason::None);
        row("a listed name with letters", QStringLiteral("wangwei-river-Tq9"), none, Reason::None);
    }

    void assess()
    {
        QFETCH(QString, password);
        QFETCH(PasswordContext, who);
        QFETCH(Reason, expected);
        QCOMPARE(PasswordQuality::assess(password, who), expected);
        const Status st = PasswordQuality::check(password, who);
        QCOMPARE(st.ok(), expected == Reason::None);
        if (!st) {
            QCOMPARE(st.error().code(), ErrorCode::InvalidInput);
            QCOMPARE(st.error().message(), PasswordQuality::message(expected));
        }
    }

    void messages()
    {
        // Every reason has a message of its own, and none is libpwquality's English.
        QStringList seen;
        for (Reason r : {Reason::TooShort, Reason::Common, Reason::ContainsName, Reason::ContainsIdNumber, Reason::Sequence,
                         Reason::TooSimple, Reason::CheckFailed}) {
            const QString m = PasswordQuality::message(r);
            QVERIFY(!m.isEmpty());
            QVERIFY(!seen.contains(m));
            seen << m;
        }
        const Status st = PasswordQuality::check(QStringLiteral("password"));
        QVERIFY(!st.error().message().contains(QLatin1String("dictionary")));
        QVERIFY(!st.error().fullText().contains(QLatin1String("dictionary")));
        QVERIFY(PasswordQuality::message(Reason::TooShort).contains(QLatin1String("8")));
    }

    // Through the services: the first user (Profile::create) and UserService::add and
    // resetPassword check against the user's names.
    void throughServices()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::LocalTime));
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("profile"));
        ProfileSetup s;
        s.user = QStringLiteral("wangfang");
        s.displayName = QStringLiteral("王芳");
        s.role = QStringLiteral("township_head");
        s.scope = QStringLiteral("370323102000");
        s.iterations = ProfileService::kMinKdfCost;
        QString code;
        s.password = QStringLiteral("Wangfang-2026!");
        Result<std::unique_ptr<Session>> refused = ProfileService::create(dir, s, &code);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), PasswordQuality::message(Reason::ContainsName));
        QVERIFY(!ProfileService::exists(dir));
        s.password = QStringLiteral("12345678");
        QVERIFY(!ProfileService::create(dir, s, &code));
        s.password = QStringLiteral("Xian-minzheng-2026");
        Result<std::unique_ptr<Session>> created = ProfileService::create(dir, s, &code);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        Session &p = **created;

        UserService users(p);
        const UserInfo helper{
            QStringLiteral("liming"), QStringLiteral("李明"), QStringLiteral("village"), {QStringLiteral("370323102001")}};
        for (const auto &[pw, reason] : {std::pair{QStringLiteral("woaini1314"), Reason::Common},
                                         std::pair{QStringLiteral("Liming#2026"), Reason::ContainsName},
                                         std::pair{QStringLiteral("Lm-7q#x"), Reason::TooShort},
                                         std::pair{QStringLiteral("1qaz2wsx3edc"), Reason::Sequence}}) {
            const Status st = users.add(helper, pw);
            QVERIFY2(!st, qPrintable(pw));
            QCOMPARE(st.error().message(), PasswordQuality::message(reason));
        }
        Result<QList<UserInfo>> list = users.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1); // nothing was added by the refused attempts
        QVERIFY(users.add(helper, QStringLiteral("Cun-xieli-2026!")).ok());
        // A reset is held against the user's own names, not the one who resets it.
        const Status reset = users.resetPassword(QStringLiteral("liming"), QStringLiteral("Liming#2027"));
        QVERIFY(!reset);
        QCOMPARE(reset.error().message(), PasswordQuality::message(Reason::ContainsName));
        QVERIFY(users.resetPassword(QStringLiteral("liming"), QStringLiteral("Shuiku-river-7391")).ok());
        p.lock();
        QVERIFY(ProfileService::unlock(dir, QStringLiteral("liming"), QStringLiteral("Shuiku-river-7391")));
        Clock::setFixed(QDateTime());
    }
};

QTEST_GUILESS_MAIN(TestPasswordQuality)
#include "tst_passwordquality.moc"
