#pragma once

#include "domain/person.h"

#include <QCoreApplication>

namespace doudi::core {

// The tests of 民发〔2021〕43号《特困人员认定办法》 that judge one person, apart from the money
// (the assessor compares incomes and assets with the policy in force). Each answers with the
// reason in words, or an empty string when the test does not hold.
class ExtremePoverty
{
    Q_DECLARE_TR_FUNCTIONS(ExtremePoverty)
public:
    // 第六条 无劳动能力: 60 or older, a minor, or a disability that prevents work. 第十条: support
    // already granted to a minor continues past 18 while in compulsory schooling, 普通高中 or
    // 中等职业学校; it is never newly granted to an adult student, nor continued at university.
    static QString unableToWork(const Person &p, const QDate &date, bool alreadySupported);

    // Whether `from` owes `to` support in law (赡养、抚养、扶养), as far as their relations to
    // the head of the household tell: spouses, parents and children, grandparents and
    // grandchildren. A minor owes no one support. Siblings' duties (only in narrow cases) and
    // in-laws are left to the obligor list, where the caseworker records them.
    static bool owesSupport(const Person &from, const Person &to, const QDate &date);

    // What the assessor knows of a co-resident member who owes support (第八条).
    struct Supporter
    {
        bool inExtremePoverty = false; // judged 特困 in the same assessment
        bool onDibao = false;          // the household receives dibao now
        bool lowIncome = false;        // own income below last year's per-capita disposable income
        bool assetsWithinDibaoLimits = false;
    };
    // 第八条: why this member cannot fulfil their duty; empty when they can.
    static QString cannotSupport(const Person &q, const QDate &date, const Supporter &facts);

    // 一/二级 disability, or 三级 intellectual or mental: "severely disabled" (重度残疾) as the
    // 分类施保 top-ups, 单人保 and 第八条 use it.
    static bool severelyDisabled(const Person &p);
};

} // namespace doudi::core
