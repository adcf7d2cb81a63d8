#pragma once

#include "common/result.h"
#include "domain/householdlisting.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QList>

namespace doudi::core {

class AreaRegistry;
class Database;

// As-you-type household search (DESIGN §8): by name (substring), 拼音首字母 (张桂英 → zgy),
// whole pinyin from the start of a syllable (wang, wangguiying, wangg), ID number fragment,
// phone fragment, or village name. One hit per household, best first: the whole name, then
// names that begin with it, then the rest.
class HouseholdSearch
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdSearch)
public:
    HouseholdSearch(Database &db, const AreaRegistry &areas) : m_index(db), m_areas(areas) {}

    // scopePrefix: limit to an area code prefix (a user's scope); empty for all.
    // Only households whose area code starts with one of prefixes (all when it is empty)
    // count toward the limit.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50, const QStringList &prefixes = {});
    // Loads the index now (the first search would otherwise pay for it).
    Status warmUp() { return m_index.ensureCurrent(); }
    // After this connection committed changes to a household.
    Status refreshHousehold(const QString &householdId) { return m_index.refreshHousehold(householdId); }

private:
    SearchIndex m_index;
    const AreaRegistry &m_areas;
};

} // namespace doudi::core
