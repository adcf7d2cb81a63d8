#pragma once

#include "services/session.h"
#include "storage/profile.h"

namespace doudi::core {

// The store behind a Session, for the services (and the tests that set a store up). An
// internal header of doudi_services: ui/ and app/ cannot include it (ADR 0010).
class SessionAccess
{
public:
    static std::unique_ptr<Session> adopt(std::unique_ptr<Profile> profile);
    static Profile &profile(Session &session);
    static const Profile &profile(const Session &session);
};

} // namespace doudi::core
