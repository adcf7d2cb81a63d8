#pragma once

#include "domain/audit.h"
#include "domain/household.h"
#include "domain/householdchange.h"
#include "domain/householdlisting.h"
#include "services/authorization.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace doudi::core {

class Session;

// A line of the household list: the person who matched (the head when browsing) and the
// application shown beside it (codes; empty when the household has none).
struct HouseholdRow
{
    QString householdId;
    QString name;
    QString headName;
    QString idNumber; // callers mask it for display
    QString areaCode;
    QString programme;
    QString state;
};

// What a save of a household says besides the household itself.
struct HouseholdEdit
{
    // Why a household on record is changed (required when anything in it changes): kept in
    // its change log with what changed.
    QString reason;
    // ID numbers of members who moved here from another household on record: they are taken
    // out of it in the same transaction. Anyone else already registered elsewhere is refused.
    QStringList movedIn;
};

// Household use cases shared by doudi and doudi-cli: everything that reads or writes a
// household goes through here, as the unlocked user, within the user's areas.
class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdService)
public:
    explicit HouseholdService(Session &session);
    ~HouseholdService();

    // Checks every field and rule; saves all of it or nothing.
    Result<Household> add(const QJsonObject &json, const QStringList &movedIn = {});
    Result<Household> update(const QString &id, const QJsonObject &json, const HouseholdEdit &edit);
    // Members of this household (as entered, not yet saved) whose ID number is registered in
    // another household on record: what a save would refuse unless they moved here.
    Result<QList<RegisteredElsewhere>> registeredElsewhere(const QJsonObject &json);
    // "王秀兰 (ID number 3703…0062) is already registered in the household of 张桂英, 鲁村镇 …"
    static QString describe(const RegisteredElsewhere &e);
    // The household's edits after it was first saved, newest first.
    Result<QList<HouseholdChange>> changes(const QString &householdId);
    Result<Household> get(const QString &id);
    // Who changed what in this household and its records, newest first.
    Result<QList<AuditEntry>> auditTrail(const Household &h);
    Status remove(const QString &id);
    Result<qint64> count();
    Result<QList<HouseholdSummary>> list(int offset, int limit);
    Result<HouseholdSummary> summary(const QString &id);
    // Households the user's syncs removed lately because they moved out of the user's areas
    // (the county moved them to another village, or narrowed the user's areas): the work lists
    // say so rather than let them vanish.
    Result<QList<SyncState::MovedOut>> movedOut();
    // ID numbers the county found in two households, one of them in the user's areas (as the
    // last sync brought the list): the same person twice may mean two benefits.
    Result<QList<protocol::Duplicate>> duplicates();
    Result<QList<SearchHit>> search(const QString &text, int limit = 50);
    // The household list within the user's scopes: search text (empty: browse by village),
    // narrowed by area and by the programme and state of an application.
    Result<QList<HouseholdRow>> find(const QString &text, const HouseholdFilter &filter, int limit);
    // Prepares search so that the first keystroke is as fast as the rest.
    Status prepareSearch();
    // Brings search up to date with a household as stored (e.g. after a rolled-back save).
    Status refreshSearch(const QString &id);
    // Saves many households, one transaction per batch, calling progress after each batch
    // (return false from it to stop). Returns how many were saved.
    Result<int> importMany(QList<Household> households, int batchSize, const std::function<bool(int saved)> &progress = {});

private:
    // Checks, saves, and brings the search index up to date with the commit.
    Result<Household> saveJson(const QJsonObject &json, const HouseholdEdit &edit, bool isNew);
    Status save(Household &h, const HouseholdEdit &edit, bool isNew);
    // Takes the people who moved here out of the households they were in (inside save's
    // transaction); refuses anyone else registered elsewhere. Fills the households touched.
    Status takeInMoved(const Household &h, const HouseholdEdit &edit, QStringList &touched);

    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
};

} // namespace doudi::core
