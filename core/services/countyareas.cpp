#include "services/countyareas.h"

#include "identity/areacode.h"
#include "storage/arealistrepository.h"

#include <QLoggingCategory>

namespace doudi::core {

Q_LOGGING_CATEGORY(lcAreas, "doudi.areas")

void useCountyAreas(Database &db)
{
    Result<std::optional<StoredAreaList>> stored = AreaListRepository(db).current();
    Result<AreaRegistry> list = !stored   ? Result<AreaRegistry>(stored.error())
                                : *stored ? AreaRegistry::fromCsv((*stored)->content)
                                          : Result<AreaRegistry>(AreaRegistry::builtIn());
    // The list was checked when it came; one that no longer reads is a damaged store, which the
    // audit check reports. Locking the person out of their work for it would help nobody: the
    // built-in list stands in, and the log says so (no personal data in it).
    if (!list) {
        qCWarning(lcAreas) << "the county's area list cannot be read; the built-in list is used:" << list.error().message();
        AreaRegistry::setCurrent(AreaRegistry::builtIn());
        return;
    }
    AreaRegistry::setCurrent(std::move(*list));
}

} // namespace doudi::core
