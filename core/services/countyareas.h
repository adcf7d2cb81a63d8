#pragma once

namespace doudi::core {

class Database;

// Makes the county's area list this profile last received from the server the one the
// process shows and offers (AreaRegistry::current), or the list shipped with Doudi when the
// profile has none. At unlock, and after a sync that brought a new list.
void useCountyAreas(Database &db);

} // namespace doudi::core
