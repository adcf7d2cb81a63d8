#include "services/session.h"

#include "services/sessionaccess.h"

namespace doudi::core {

struct Session::Data
{
    std::unique_ptr<Profile> profile;
};

Session::Session(std::unique_ptr<Data> data) : d(std::move(data)) {}

Session::~Session() = default;

const QString &Session::user() const
{
    return d->profile->user();
}
const QString &Session::role() const
{
    return d->profile->role();
}
const QStringList &Session::scopes() const
{
    return d->profile->scopes();
}
QString Session::cipher() const
{
    return d->profile->cipher();
}
const QString &Session::directory() const
{
    return d->profile->directory();
}
bool Session::isUnlocked() const
{
    return d->profile->isUnlocked();
}
void Session::lock()
{
    d->profile->lock();
}
bool Session::isRekeying() const
{
    return d->profile->isRekeying();
}

std::unique_ptr<Session> SessionAccess::adopt(std::unique_ptr<Profile> profile)
{
    Q_ASSERT(profile);
    auto data = std::make_unique<Session::Data>();
    data->profile = std::move(profile);
    return std::unique_ptr<Session>(new Session(std::move(data)));
}

Profile &SessionAccess::profile(Session &session)
{
    return *session.d->profile;
}
const Profile &SessionAccess::profile(const Session &session)
{
    return *session.d->profile;
}

} // namespace doudi::core
