#include "common/clock.h"
#include "security/crypto.h"
#include "security/keyslots.h"
#include "security/recoverycode.h"

#include <QTest>

using namespace doudi::core;

class TestKeySlots : public QObject
{
    Q_OBJECT
    const QByteArray m_key = QByteArray(32, '\x5a');
    static constexpr int kFast = 1000; // unit tests only; profiles always use the default

private Q_SLOTS:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)); }
    void cleanup() { Clock::setFixed({}); }

    void defaultIterations_meetTheFloor() { QVERIFY(KeySlots::kDefaultIterations >= 600000); }

    void passwordAndRecoveryCode_bothUnwrapTheKey()
    {
        QString code;
        Result<KeySlots> ks = KeySlots::create(m_key, QStringLiteral("zhang"), QStringLiteral("correct horse"), &code,
                                               QStringLiteral("aes-256-cbc"), kFast);
        QVERIFY(ks.ok());
        QCOMPARE(code.size(), 29);
        QCOMPARE(*ks->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("correct horse")), m_key);
        QCOMPARE(*ks->unlockWithRecoveryCode(code.toLower().remove(u'-')), m_key);
        QCOMPARE(ks->unlockWithPassword(QStringLiteral("li"), QStringLiteral("correct horse")).error().code(),
                 ErrorCode::WrongCredentials);
    }

    void slotsSurviveSaveAndLoad_andAreBoundToTheirUser()
    {
        Result<KeySlots> ks = KeySlots::create(m_key, QStringLiteral("zhang"), QStringLiteral("password-1"), nullptr,
                                               QStringLiteral("sm4-cbc"), kFast);
        QVERIFY(ks->setPassword(m_key, QStringLiteral("li"), QStringLiteral("password-2")).ok());
        Result<KeySlots> loaded = KeySlots::fromJson(ks->toJson());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->cipher(), QStringLiteral("sm4-cbc"));
        QCOMPARE(loaded->users().size(), 2);
        QVERIFY(loaded->unlockWithPassword(QStringLiteral("li"), QStringLiteral("password-2")).ok());
        // li's password does not open zhang's slot
        QVERIFY(!loaded->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("password-2")).ok());
    }

    void shortPassword_isRefused()
    {
        Result<KeySlots> ks = KeySlots::create(m_key, QStringLiteral("zhang"), QStringLiteral("short"), nullptr,
                                               QStringLiteral("aes-256-cbc"), kFast);
        QVERIFY(!ks.ok());
        QCOMPARE(ks.error().code(), ErrorCode::InvalidInput);
    }

    void failures_backOffExponentially()
    {
        Result<KeySlots> ks = KeySlots::create(m_key, QStringLiteral("zhang"), QStringLiteral("password-1"), nullptr,
                                               QStringLiteral("aes-256-cbc"), kFast);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ks->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("wrong")).error().code(),
                     ErrorCode::WrongCredentials);
        QCOMPARE(ks->waitMsecs(), 1000);
        // Even the right password is refused while waiting, without being tried.
        QCOMPARE(ks->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("password-1")).error().code(),
                 ErrorCode::LockedOut);
        Clock::advanceMsecs(1000);
        QVERIFY(!ks->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("wrong")).ok());
        QCOMPARE(ks->waitMsecs(), 2000);
        Clock::advanceMsecs(2000);
        QVERIFY(!ks->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("wrong")).ok());
        QCOMPARE(ks->waitMsecs(), 4000);
        QCOMPARE(KeySlots::backoffMsecs(40), 15 * 60 * 1000);
        // The count survives a restart of the program.
        Result<KeySlots> reloaded = KeySlots::fromJson(ks->toJson());
        QCOMPARE(reloaded->waitMsecs(), 4000);
        Clock::advanceMsecs(4000);
        QVERIFY(reloaded->unlockWithPassword(QStringLiteral("zhang"), QStringLiteral("password-1")).ok());
        QCOMPARE(reloaded->failures(), 0);
    }

    void tamperedSlot_isNotAccepted()
    {
        Result<KeySlots> ks = KeySlots::create(m_key, QStringLiteral("zhang"), QStringLiteral("password-1"), nullptr,
                                               QStringLiteral("aes-256-cbc"), kFast);
        QByteArray json = ks->toJson();
        QVERIFY(!KeySlots::fromJson(json.left(json.size() / 2)).ok());
        QVERIFY(!KeySlots::fromJson("{}").ok());
        json.replace("\"zhang\"", "\"li\"");
        Result<KeySlots> moved = KeySlots::fromJson(json);
        QVERIFY(moved.ok());
        // The slot now claims to be li's, but its user is authenticated with the key.
        QVERIFY(!moved->unlockWithPassword(QStringLiteral("li"), QStringLiteral("password-1")).ok());
    }

    void recoveryCode_normalizesWhatPeopleType()
    {
        const QString code = RecoveryCode::generate();
        QCOMPARE(RecoveryCode::normalize(code).size(), 24);
        QCOMPARE(RecoveryCode::normalize(QStringLiteral("ilo0-1111-2222-3333-4444-5555")),
                 QStringLiteral("11001111222233334444555" "5"));
        QVERIFY(RecoveryCode::normalize(QStringLiteral("too short")).isEmpty());
        QVERIFY(RecoveryCode::normalize(QString::fromUtf8("ＡＡＡＡ-1111-2222-3333-4444-5555")).isEmpty());
    }

    void gcm_detectsTampering()
    {
        Result<Crypto::Sealed> s = Crypto::seal(m_key, "secret", "aad");
        QVERIFY(s.ok());
        QCOMPARE(*Crypto::open(m_key, *s, "aad"), QByteArray("secret"));
        QVERIFY(!Crypto::open(m_key, *s, "other aad").ok());
        Crypto::Sealed bad = *s;
        bad.ciphertext[0] = char(bad.ciphertext[0] ^ 1);
        QVERIFY(!Crypto::open(m_key, bad, "aad").ok());
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
