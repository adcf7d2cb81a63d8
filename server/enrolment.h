#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QCoreApplication>

namespace doudi::server {

class ServerStore;

// Joining the county: a device trades its one-time code for a credential, and a user signs
// in on an enrolled device with their county password (then unlocks offline from there on).
class Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(Enrolment)
public:
    static core::Result<core::protocol::EnrolResponse> enrol(ServerStore &store, const core::protocol::EnrolRequest &request,
                                                             const QString &county);
    static core::Result<core::protocol::SignInResponse> signIn(ServerStore &store, const QString &deviceId,
                                                               const core::protocol::SignInRequest &request);
};

} // namespace doudi::server
