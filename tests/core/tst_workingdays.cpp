#include "policy/workingdays.h"

#include <QTest>

using namespace doudi::core;

class TestWorkingDays : public QObject
{
    Q_OBJECT
    WorkingDays m_days{PolicyBook::demo().calendars()};

private Q_SLOTS:
    void ordinaryWeek()
    {
        // Thu 2026-03-05 + 3 working days: Fri 6, Mon 9, Tue 10.
        QCOMPARE(*m_days.addWorkingDays(QDate(2026, 3, 5), 3), QDate(2026, 3, 10));
        QCOMPARE(*m_days.isWorkingDay(QDate(2026, 3, 7)), false); // Saturday
    }

    void springFestival2026_andItsMakeUpDays()
    {
        QCOMPARE(*m_days.isWorkingDay(QDate(2026, 2, 14)), true);  // Saturday, 调休 working day
        QCOMPARE(*m_days.isWorkingDay(QDate(2026, 2, 16)), false); // Monday in the holiday
        QCOMPARE(*m_days.isWorkingDay(QDate(2026, 2, 28)), true);  // Saturday, 调休 working day
        // Accepted Fri 2026-02-13: the 3 working days are Sat 14, Tue 24, Wed 25.
        QCOMPARE(*m_days.addWorkingDays(QDate(2026, 2, 13), 3), QDate(2026, 2, 25));
        // 30 working days from Fri 2026-02-06, counted by hand: Feb 9–13 (5), Sat 14 (6), Feb 24–27 (10),
        // Sat 28 (11), Mar 2–6 (16), 9–13 (21), 16–20 (26), 23–26 (30).
        QCOMPARE(*m_days.addWorkingDays(QDate(2026, 2, 6), 30), QDate(2026, 3, 26));
        QCOMPARE(*m_days.workingDaysBetween(QDate(2026, 2, 6), QDate(2026, 3, 26)), 30);
    }

    void nationalDayAcrossMidAutumn2025()
    {
        // 2025-09-30 + 1 working day: the holiday runs to 10-08, 10-09 is Thursday.
        QCOMPARE(*m_days.addWorkingDays(QDate(2025, 9, 30), 1), QDate(2025, 10, 9));
        QCOMPARE(*m_days.isWorkingDay(QDate(2025, 9, 28)), true); // Sunday, 调休
    }

    void yearWithoutCalendar_isAnErrorNotAGuess()
    {
        const Result<QDate> d = m_days.addWorkingDays(QDate(2027, 12, 28), 10);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code(), ErrorCode::NotFound);
        QVERIFY(d.error().message().contains(QStringLiteral("2028")));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
