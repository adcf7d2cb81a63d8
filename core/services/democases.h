#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

namespace doudi::core {

class Session;

// Demo applications at every stage of the procedure (registered, accepted, visited,
// investigated, on notice, notice over, awaiting confirmation, paid and due for review),
// each walked through the real workflow with dates in the past, for the demo households
// whose assessment supports an application. Needs a user who may confirm (township_head
// where the county delegates confirmation, else county).
class DemoCases
{
    Q_DECLARE_TR_FUNCTIONS(DemoCases)
public:
    static Result<int> add(Session &session, int count, const QDate &today);
};

} // namespace doudi::core
