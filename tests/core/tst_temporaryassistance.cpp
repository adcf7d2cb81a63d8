#include "policy/temporaryassistance.h"

#include <QFile>
#include <QTest>

using namespace doudi::core;

// Under the demo county's policy (urban standard 924.00): per event ≤ 6 × 924 = 5544.00,
// per year ≤ 12 × 924 = 11088.00, township approves ≤ 3 × 924 = 2772.00, quick aid ≤ 924.00.
// Every figure was worked out by hand first.
class TestTemporaryAssistance : public QObject
{
    Q_OBJECT
    Household household(Registration r = Registration::Urban)
    {
        Household h;
        h.areaCode = QStringLiteral("370323106001");
        h.registration = r;
        return h;
    }
    TemporaryDecision decide(const TemporaryRequest &r, Registration reg = Registration::Urban)
    {
        Result<TemporaryDecision> d = TemporaryAssistance(PolicyBook::demo()).decide(household(reg), r, QDate(2026, 3, 1));
        if (!d)
            qFatal("%s", qPrintable(d.error().message()));
        return *d;
    }

private Q_SLOTS:
    void urgent_withinTownshipLimit()
    {
        TemporaryRequest r;
        r.requestedFen = 200000;
        const TemporaryDecision d = decide(r);
        QCOMPARE(d.amountFen, 200000);
        QCOMPARE(d.approvalLevel, QStringLiteral("township"));
    }

    void exactlyAtTownshipLimit_isTheTownships()
    {
        TemporaryRequest r;
        r.requestedFen = 277200;
        QCOMPARE(decide(r).approvalLevel, QStringLiteral("township"));
        r.requestedFen = 277201;
        QCOMPARE(decide(r).approvalLevel, QStringLiteral("county"));
    }

    void cappedPerEvent()
    {
        TemporaryRequest r;
        r.requestedFen = 800000;
        const TemporaryDecision d = decide(r);
        QCOMPARE(d.amountFen, 554400);
        QCOMPARE(d.approvalLevel, QStringLiteral("county"));
    }

    void expenditure_coversOnlyWhatOthersDidNot()
    {
        TemporaryRequest r;
        r.kind = TemporaryRequest::Kind::ExpenditureHardship;
        r.requestedFen = 500000;
        r.costsFen = 1200000;   // a hospital bill of 12000.00
        r.otherAidFen = 900000; // 9000.00 from medical insurance and medical assistance
        QCOMPARE(decide(r).amountFen, 300000);
    }

    void yearlyCap_countsWhatWasPaid()
    {
        TemporaryRequest r;
        r.requestedFen = 400000;
        r.aidThisYearFen = 900000; // 11088.00 − 9000.00 = 2088.00 left
        QCOMPARE(decide(r).amountFen, 208800);
        r.aidThisYearFen = 1200000; // over already: nothing more
        QCOMPARE(decide(r).amountFen, 0);
    }

    void quickAid_isSmallAndTheTownships()
    {
        TemporaryRequest r;
        r.quick = true;
        r.requestedFen = 150000;
        const TemporaryDecision d = decide(r);
        QCOMPARE(d.amountFen, 92400);
        QCOMPARE(d.approvalLevel, QStringLiteral("township"));
    }

    void rural_usesTheRuralStandard()
    {
        TemporaryRequest r;
        r.requestedFen = 900000; // cap 6 × 801 = 4806.00
        QCOMPARE(decide(r, Registration::Rural).amountFen, 480600);
    }

    void stages_addUpToTheAmount()
    {
        TemporaryRequest r;
        r.requestedFen = 100001;
        r.stages = 3;
        const TemporaryDecision d = decide(r);
        QCOMPARE(d.stagesFen, (QList<Fen>{33335, 33333, 33333}));
        QVERIFY(d.explanation().contains(QStringLiteral("3")));
    }

    void badInput_isRefused()
    {
        TemporaryRequest r;
        r.requestedFen = -1;
        QVERIFY(!TemporaryAssistance(PolicyBook::demo()).decide(household(), r, QDate(2026, 3, 1)).ok());
        r.requestedFen = 100;
        r.stages = 0;
        QVERIFY(!TemporaryAssistance(PolicyBook::demo()).decide(household(), r, QDate(2026, 3, 1)).ok());
    }
};

QTEST_GUILESS_MAIN(TestTemporaryAssistance)
#include "tst_temporaryassistance.moc"
