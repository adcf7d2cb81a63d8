#include "common/clock.h"
#include "documents/forms.h"
#include "identity/areacode.h"
#include "services/authorization.h"
#include "services/caseservice.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"
#include "services/rerateservice.h"
#include "services/sessionaccess.h"
#include "services/userservice.h"
#include "storage/caserepository.h"
#include "storage/householdrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace doudi::core;

namespace {
template <typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}
} // namespace

// Every service action × every role × a household in the user's area (A) and one outside it
// (B), against a table written out here by hand (not read from Authorization's): a refusal is
// an error that leaves a "refuse" entry in the audit log; an allowed action succeeds.
class TestAuthorization : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_code; // recovery code
    const QDate m_today{2026, 11, 27};
    const QString m_pw = QStringLiteral("Zhang-sanfeng-2026");

    struct Target
    {
        QString household;
        QString village;
        QString caseId;
        QString document;
    };
    Target m_in, m_out;

    struct Action
    {
        const char *name;
        std::function<Status(Session &, const Target &)> run;
    };

    static Household firstIn(Session &p, const QString &prefix)
    {
        const Result<QList<HouseholdSummary>> all = HouseholdService(p).list(0, 1000);
        for (const HouseholdSummary &s : *all) {
            if (s.areaCode.startsWith(prefix))
                return *HouseholdService(p).get(s.id);
        }
        return {};
    }

    std::unique_ptr<Session> open(const QString &role)
    {
        Result<std::unique_ptr<Session>> p = role == QLatin1String("recovery")
                                                 ? ProfileService::unlockWithRecoveryCode(m_dir, m_code)
                                                 : ProfileService::unlock(m_dir, role, m_pw);
        return p ? std::move(p).value() : nullptr;
    }

    static qint64 refusals(Session &p)
    {
        Result<Query> q =
            SessionAccess::profile(p).database().exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refuse'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QList<Action> actions()
    {
        const QDate today = m_today;
        return {
            {"read", [](Session &p, const Target &t) { return statusOf(HouseholdService(p).get(t.household)); }},
            {"edit",
             [](Session &p, const Target &t) -> Status {
                 HouseholdService s(p);
                 Result<Household> h =
                     HouseholdRepository(SessionAccess::profile(p).database(), SessionAccess::profile(p).changes())
                         .load(t.household);
                 Result<Household> saved = s.update(t.household, h->toJson(), {QStringLiteral("核实"), {}});
                 return saved ? Status() : Status(saved.error());
             }},
            {"add",
             [](Session &p, const Target &t) -> Status {
                 static int seed = 99; // a new family each time: one person is registered in one household only
                 DemoData demo(AreaRegistry::builtIn(), ++seed);
                 Household h = demo.household();
                 h.areaCode = t.village;
                 Result<Household> saved = HouseholdService(p).add(h.toJson());
                 return saved ? Status() : Status(saved.error());
             }},
            {"case", [](Session &p, const Target &t) { return statusOf(CaseService(p).get(t.caseId)); }},
            {"apply",
             [today](Session &p, const Target &t) -> Status {
                 Result<Case> c = CaseService(p).create(t.household, CaseProgramme::TemporaryExpenditure, false, today);
                 return c ? Status() : Status(c.error());
             }},
            {"print",
             [today](Session &p, const Target &t) -> Status {
                 Result<Case> c =
                     CaseRepository(SessionAccess::profile(p).database(), SessionAccess::profile(p).changes()).load(t.caseId);
                 Result<IssuedDocument> d = DocumentService(p).preview(Forms::forCase(*c).constFirst(), t.caseId, today);
                 return d ? Status() : Status(d.error());
             }},
            {"reprint",
             [](Session &p, const Target &t) -> Status {
                 Result<IssuedDocument> d = DocumentService(p).reprint(t.document);
                 return d ? Status() : Status(d.error());
             }},
            {"policy",
             [](Session &p, const Target &) -> Status {
                 Result<StoredPolicy> s = PolicyService(p).importFile(QStringLiteral(":/doudi/policy/demo-370323.json"));
                 return s ? Status() : Status(s.error());
             }},
            {"user",
             [](Session &p, const Target &t) -> Status {
                 static int n = 0;
                 return UserService(p).add(
                     {QStringLiteral("helper%1").arg(++n), QString(), QStringLiteral("village"), {t.village}},
                     QStringLiteral("Li-xiaolong-2026"));
             }},
            {"backup",
             [this](Session &p, const Target &) {
                 return ProfileService::backup(
                     p, m_tmp.filePath(QStringLiteral("b%1.doudi").arg(QDateTime::currentMSecsSinceEpoch())));
             }},
            {"rekey",
             [this](Session &p, const Target &) -> Status {
                 Result<RekeyResult> r = ProfileService::beginRekey(p, m_pw);
                 if (!r)
                     return r.error();
                 ProfileService::abandonRekey(p);
                 return {};
             }},
            {"audit", [](Session &p, const Target &) { return statusOf(ProfileService::verifyAudit(p)); }},
            {"rerate",
             [today](Session &p, const Target &t) -> Status {
                 // The township's 调标 as listed (nothing is paid there yet: an empty list), confirmed.
                 RerateService rerate(p);
                 RerateList list;
                 list.from = today;
                 list.township = t.village.left(9) + QStringLiteral("000");
                 return statusOf(rerate.apply(list, today));
             }},
            {"remove",
             [](Session &p, const Target &t) -> Status {
                 // A household of its own, made for this call in the same village.
                 Result<Household> h =
                     HouseholdRepository(SessionAccess::profile(p).database(), SessionAccess::profile(p).changes())
                         .load(t.household);
                 Household copy = *h;
                 copy.meta = {};
                 for (Person &m : copy.members) {
                     m.meta = {};
                     m.idNumber.clear();
                 }
                 copy.incomes.clear();
                 copy.assets.clear();
                 copy.expenditures.clear();
                 copy.obligors.clear();
                 if (Status st = HouseholdRepository(SessionAccess::profile(p).database(), SessionAccess::profile(p).changes())
                                     .save(copy);
                     !st)
                     return st;
                 return HouseholdService(p).remove(copy.meta.id);
             }},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(m_today, QTime(10, 0), Qt::LocalTime));
        m_dir = m_tmp.filePath(QStringLiteral("profile"));
        ProfileSetup s;
        s.user = QStringLiteral("county");
        s.password = m_pw;
        s.role = QStringLiteral("county");
        s.scope = QStringLiteral("370323000000");
        s.iterations = ProfileService::kMinKdfCost;
        Result<std::unique_ptr<Session>> created = ProfileService::create(m_dir, s, &m_code);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        Session &p = **created;
        QVERIFY(PolicyService(p).importFile(QStringLiteral(":/doudi/policy/demo-370323.json")).ok());
        DemoData demo(AreaRegistry::builtIn(), 7);
        QList<Household> many;
        for (int i = 0; i < 300; ++i)
            many << demo.household();
        QVERIFY(HouseholdService(p).importMany(many, 300).ok());
        // A: a village of one township; B: another township of the same county.
        const Household a = firstIn(p, QStringLiteral("370323102"));
        const Household b = firstIn(p, QStringLiteral("370323103"));
        QVERIFY(!a.meta.id.isEmpty() && !b.meta.id.isEmpty());
        for (const auto &[t, h] : {std::pair<Target *, Household>{&m_in, a}, {&m_out, b}}) {
            t->household = h.meta.id;
            t->village = h.areaCode;
            Result<Case> c = CaseService(p).create(h.meta.id, CaseProgramme::Dibao, false, m_today);
            QVERIFY2(c, c ? "" : qPrintable(c.error().message()));
            t->caseId = c->id;
            Result<IssuedDocument> d = DocumentService(p).issue(Forms::forCase(*c).constFirst(), c->id, m_today);
            QVERIFY2(d, d ? "" : qPrintable(d.error().message()));
            t->document = d->record.number;
        }
        // One user of each role; those the county cannot make here (another county account, an
        // administrator) are written as a county server would bring them.
        const QString township = a.areaCode.left(9) + QStringLiteral("000");
        const QList<UserInfo> users = {{QStringLiteral("village"), QString(), QStringLiteral("village"), {a.areaCode}},
                                       {QStringLiteral("township"), QString(), QStringLiteral("township"), {township}},
                                       {QStringLiteral("township_head"), QString(), QStringLiteral("township_head"), {township}}};
        for (const UserInfo &u : users)
            QVERIFY(UserService(p).add(u, m_pw).ok());
        QVERIFY(SessionAccess::profile(p)
                    .database()
                    .exec(QStringLiteral("INSERT INTO users(name, display_name, role, scopes, created_at) VALUES "
                                         "('admin', 'admin', 'admin', '370323000000', '2026-11-27')"))
                    .ok());
        QVERIFY(SessionAccess::profile(p)
                    .changes()
                    .recordInserted(QStringLiteral("user"), QStringLiteral("admin"), SessionAccess::profile(p).changes().tick())
                    .ok());
        QVERIFY(SessionAccess::profile(p).setPassword(QStringLiteral("admin"), m_pw).ok());
    }

    void cleanupTestCase() { Clock::setFixed({}); }

    void everyActionEveryRoleBothAreas_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("inScope");
        QTest::addColumn<bool>("allowed");
        // Written out by hand: role → actions allowed in the area (A) and outside it (B).
        // Actions that belong to no area (policy, backup, rekey, audit) read the same in both.
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out << QString::fromLatin1(n);
            return out;
        };
        struct Expect
        {
            const char *role;
            QStringList inA, inB;
        };
        const QStringList casework = list({"read", "edit", "add", "case", "apply", "print", "audit"});
        const QStringList office = casework + list({"reprint", "remove", "policy", "backup"});
        const QList<Expect> table = {
            {"village", casework, list({"audit"})},
            {"township", office, list({"policy", "backup", "audit"})},
            // 调标 follows confirm.level (township in the demo policy): the head, or the county.
            {"township_head", office + list({"user", "rekey", "rerate"}), list({"policy", "backup", "rekey", "audit"})},
            {"county", office + list({"user", "rekey", "rerate"}), office + list({"user", "rekey", "rerate"})},
            {"admin", list({"policy", "user", "backup", "rekey", "audit"}), list({"policy", "user", "backup", "rekey", "audit"})},
            {"recovery", list({"backup", "audit"}), list({"backup", "audit"})},
        };
        for (const Expect &e : table) {
            for (const Action &a : actions()) {
                for (bool in : {true, false}) {
                    const QString name = QString::fromLatin1(a.name);
                    QTest::addRow("%s %s %s", e.role, a.name, in ? "A" : "B")
                        << QString::fromLatin1(e.role) << name << in << (in ? e.inA : e.inB).contains(name);
                }
            }
        }
    }

    void everyActionEveryRoleBothAreas()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, inScope);
        QFETCH(bool, allowed);
        std::unique_ptr<Session> p = open(role);
        QVERIFY(p);
        const QList<Action> all = actions();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Action &a) { return action == QLatin1String(a.name); });
        QVERIFY(it != all.cend());
        const qint64 before = refusals(*p);
        const Status st = it->run(*p, inScope ? m_in : m_out);
        const bool refused = refusals(*p) == before + 1;
        if (allowed) {
            QVERIFY2(st.ok(), qPrintable(st.error().fullText()));
            QVERIFY(!refused);
        } else {
            QVERIFY2(!st.ok(), "allowed, but the table says no");
            QCOMPARE(st.error().code(), ErrorCode::NotAllowed);
            QVERIFY2(refused, qPrintable(QStringLiteral("refused without an audit entry: ") + st.error().message()));
        }
    }

    // Lists, counts and searches hold only the user's area, before any limit.
    void listsHoldOnlyTheArea()
    {
        std::unique_ptr<Session> county = open(QStringLiteral("county"));
        Result<QList<HouseholdSummary>> everything = HouseholdService(*county).list(0, 1000);
        QVERIFY(everything);
        qint64 inVillage = 0;
        for (const HouseholdSummary &h : *everything)
            inVillage += h.areaCode == m_in.village;
        county.reset();
        std::unique_ptr<Session> village = open(QStringLiteral("village"));
        HouseholdService households(*village);
        QCOMPARE(*households.count(), inVillage);
        const Result<QList<HouseholdSummary>> listed = households.list(0, 1000);
        QCOMPARE(listed->size(), inVillage);
        for (const HouseholdSummary &h : *listed)
            QCOMPARE(h.areaCode, m_in.village);
        // A search for a common surname with a limit of 5 finds the village's own first.
        const Result<QList<SearchHit>> hits = households.search(QStringLiteral("王"), 5);
        QVERIFY(hits);
        for (const SearchHit &h : *hits)
            QCOMPARE(h.areaCode, m_in.village);
        const Result<QList<DocumentRecord>> documents = DocumentService(*village).list({}, 500);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().number, m_in.document);
    }

    // A step is dated today; late within the county's step.late.days (3 in the demo policy)
    // with a reason, kept with the step; never after today.
    void stepDatesCannotBeForged()
    {
        std::unique_ptr<Session> county = open(QStringLiteral("county"));
        CaseService cases(*county);
        const auto create = [&](const QDate &d, const QString &why) {
            return statusOf(cases.create(m_in.household, CaseProgramme::TemporaryUrgent, false, d, {}, why));
        };
        Status st = create(m_today.addDays(1), {});
        QCOMPARE(st.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(create(QDate(2099, 1, 1), QStringLiteral("typo")).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(create(m_today.addDays(-2), {}).error().code(), ErrorCode::InvalidInput);                     // no reason
        QCOMPARE(create(m_today.addDays(-4), QStringLiteral("停电")).error().code(), ErrorCode::InvalidInput); // too late
        Result<Case> late = cases.create(m_in.household, CaseProgramme::TemporaryUrgent, false, m_today.addDays(-3), {},
                                         QString::fromUtf8("村里停电，三天后补录"));
        QVERIFY2(late, late ? "" : qPrintable(late.error().message()));
        QCOMPARE(late->submittedOn, m_today.addDays(-3));
        QVERIFY(cases.advance(late->id, {QStringLiteral("accept"), {}}, m_today).ok());
        // The reason stays with the step, and the step with the audit log.
        Result<Query> q = SessionAccess::profile(*county).database().exec(
            QStringLiteral("SELECT data FROM case_steps WHERE case_id = ? AND event = 'submit'"), {late->id});
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).toString().contains(QString::fromUtf8("村里停电")));
        q->finish();
        QCOMPARE(cases.advance(late->id, {QStringLiteral("start_investigation"), {}}, m_today.addDays(5)).error().code(),
                 ErrorCode::InvalidInput);
        QVERIFY(ProfileService::verifyAudit(*county)->firstBadSeq < 0);
    }

    // docs/permissions.md is the table itself (doudi-cli permissions > docs/permissions.md).
    void documentedMatrixIsTheTable()
    {
        QFile doc(QStringLiteral(DOUDI_SOURCE_DIR "/docs/permissions.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(doc.readAll()), Authorization::matrixMarkdown());
    }

    // Nobody gives a higher role or a wider area than their own.
    void noEscalation()
    {
        std::unique_ptr<Session> head = open(QStringLiteral("township_head"));
        UserService users(*head);
        const QString township = m_in.village.left(9) + QStringLiteral("000");
        QCOMPARE(users.add({QStringLiteral("boss"), QString(), QStringLiteral("county"), {township}}, m_pw).error().code(),
                 ErrorCode::NotAllowed);
        QCOMPARE(users.add({QStringLiteral("admin2"), QString(), QStringLiteral("admin"), {township}}, m_pw).error().code(),
                 ErrorCode::NotAllowed);
        QCOMPARE(
            users.add({QStringLiteral("wide"), QString(), QStringLiteral("township"), {QStringLiteral("370323000000")}}, m_pw)
                .error()
                .code(),
            ErrorCode::NotAllowed);
        QCOMPARE(users.add({QStringLiteral("nowhere"), QString(), QStringLiteral("township"), {}}, m_pw).error().code(),
                 ErrorCode::NotAllowed);
        QVERIFY(users.add({QStringLiteral("peer"), QString(), QStringLiteral("township"), {township}}, m_pw).ok());
        // Nor a new password for someone above: the county's account is not the head's to reset.
        QCOMPARE(users.resetPassword(QStringLiteral("county"), m_pw).error().code(), ErrorCode::NotAllowed);
        QVERIFY(users.resetPassword(QStringLiteral("township_head"), m_pw).ok()); // one's own
    }

    // The first user of a laptop that works alone: a role whose area fits it, the area in the
    // county's list; an administrator only from the county. The service makes nothing else.
    void firstUserAlone_roleMustFitItsArea_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *name, const char *role, const char *scope, bool allowed) {
            QTest::newRow(name) << QString::fromLatin1(role) << QString::fromLatin1(scope) << allowed;
        };
        row("village helper, a village", "village", "370323102207", true);
        row("village helper, a township", "village", "370323102000", false);
        row("village helper, the county", "village", "370323000000", false);
        row("village helper, no area", "village", "", false);
        row("village helper, a village not in the list", "village", "370323102999", false);
        row("township caseworker, a township", "township", "370323102000", true);
        row("township caseworker, a village", "township", "370323102207", false);
        row("township caseworker, the county", "township", "370323000000", false);
        row("township head, a township", "township_head", "370323001000", true);
        row("township head, the county", "township_head", "370323", false);
        row("county, the county", "county", "370323000000", true);
        row("county, six digits", "county", "370323", true);
        row("county, a township", "county", "370323102000", false);
        row("county, another county", "county", "370322000000", false);
        row("administrator, the county", "admin", "370323000000", false);
        row("administrator, no area", "admin", "", false);
        row("unknown role", "boss", "370323102000", false);
    }
    void firstUserAlone_roleMustFitItsArea()
    {
        QFETCH(QString, role);
        QFETCH(QString, scope);
        QFETCH(bool, allowed);
        const Status rule = Authorization::checkFirstUser(role, scope);
        QCOMPARE(rule.ok(), allowed);
        if (!allowed)
            QVERIFY(!rule.error().message().isEmpty());
        QCOMPARE(ProfileService::firstUserRoles().contains(role),
                 role != QLatin1String("admin") && role != QLatin1String("boss"));
        ProfileSetup s;
        s.user = QStringLiteral("shouwei");
        s.password = m_pw;
        s.role = role;
        s.scope = scope;
        s.iterations = ProfileService::kMinKdfCost;
        static int n = 0;
        const QString dir = m_tmp.filePath(QStringLiteral("alone-%1").arg(++n));
        QString code;
        Result<std::unique_ptr<Session>> made = ProfileService::createWorkingAlone(dir, s, &code);
        QCOMPARE(made.ok(), allowed);
        QCOMPARE(ProfileService::exists(dir), allowed); // refused: nothing made
        if (allowed) {
            QCOMPARE((*made)->role(), role);
            QCOMPARE((*made)->scopes(), QStringList{AreaCode::toTwelve(scope)});
        }
    }

    // A forgotten password: the recovery code sets a new one and lets the person in, also
    // after the password was tried wrongly until it locked; the old password opens no more.
    void recoveryCode_setsANewPasswordAndLetsIn()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("forgotten"));
        ProfileSetup s;
        s.user = QStringLiteral("liuguifang");
        s.displayName = QString::fromUtf8("刘桂芳");
        s.password = QStringLiteral("Yanya-2026-lucun");
        s.role = QStringLiteral("township");
        s.scope = QStringLiteral("370323102000");
        s.iterations = ProfileService::kMinKdfCost;
        QString code;
        QVERIFY(ProfileService::createWorkingAlone(dir, s, &code).ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(!ProfileService::unlock(dir, s.user, QStringLiteral("Yanya-2025-lucun")).ok());
        const QString fresh = QStringLiteral("Qiushou-2026-xin");
        // A wrong code, a user not on this computer, a weak password: each said, nothing changed.
        Result<std::unique_ptr<Session>> wrong =
            ProfileService::resetPasswordWithRecoveryCode(dir, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"), s.user, fresh);
        QCOMPARE(wrong.error().code(), ErrorCode::WrongCredentials);
        Result<std::unique_ptr<Session>> nobody =
            ProfileService::resetPasswordWithRecoveryCode(dir, code, QStringLiteral("zhaosi"), fresh);
        QCOMPARE(nobody.error().code(), ErrorCode::NotFound);
        Result<std::unique_ptr<Session>> weak =
            ProfileService::resetPasswordWithRecoveryCode(dir, code, s.user, QStringLiteral("12345678"));
        QVERIFY(!weak.ok());
        QVERIFY(!weak.error().message().isEmpty());
        // Typed as a person copies it: small letters, spaces for dashes.
        Result<std::unique_ptr<Session>> in =
            ProfileService::resetPasswordWithRecoveryCode(dir, code.toLower().replace(u'-', u' '), s.user, fresh);
        QVERIFY2(in.ok(), in ? "" : qPrintable(in.error().message()));
        QCOMPARE((*in)->user(), s.user);
        QCOMPARE((*in)->role(), QStringLiteral("township"));
        in->reset();
        QVERIFY(!ProfileService::unlock(dir, s.user, s.password).ok());
        QVERIFY(ProfileService::unlock(dir, s.user, fresh).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
