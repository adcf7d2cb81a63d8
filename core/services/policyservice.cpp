#include "services/policyservice.h"

#include "services/authorization.h"
#include "services/sessionaccess.h"
#include "services/syncservice.h"
#include "storage/policyrepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace doudi::core {

struct PolicyService::Private
{
    explicit Private(Session &s) : session(s), profile(SessionAccess::profile(s)), repo(profile.database(), profile.changes()) {}
    Session &session;
    Profile &profile;
    PolicyRepository repo;
};

PolicyService::PolicyService(Session &session) : d(std::make_unique<Private>(session)) {}

PolicyService::~PolicyService() = default;

Result<StoredPolicy> PolicyService::importFile(const QString &path)
{
    if (Status st = Authorization(d->session).require(Permission::ImportPolicy); !st)
        return st.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The policy file %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
    const QByteArray content = f.read(16 << 20);
    Result<PolicyBook> book = PolicyBook::fromJson(content);
    if (!book)
        return book.error();
    return d->repo.store(book->title(), content, d->profile.user());
}

bool PolicyService::mayImport() const
{
    return Authorization::roleMay(d->session.role(), Permission::ImportPolicy);
}

Result<std::optional<StoredPolicy>> PolicyService::stored()
{
    return d->repo.current();
}

Result<bool> PolicyService::hasPolicy()
{
    Result<std::optional<StoredPolicy>> s = d->repo.current();
    if (!s)
        return s.error();
    return s->has_value();
}

bool PolicyService::receivesFromCounty()
{
    const Result<QString> server = SyncService(d->session).serverAddress();
    return server && !server->isEmpty();
}

Result<PolicyBook> PolicyService::current()
{
    Result<std::optional<StoredPolicy>> stored = d->repo.current();
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error(ErrorCode::NotFound, tr("No county policy is on this computer yet. A laptop joined to the county "
                                             "server receives it at its next sync; on a laptop that works alone, the "
                                             "township office imports the county's policy file (工作台)."));
    return PolicyBook::fromJson((*stored)->content);
}

Status PolicyService::exportTo(const QString &path)
{
    Result<std::optional<StoredPolicy>> stored = d->repo.current();
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error(ErrorCode::NotFound, tr("No county policy has been imported on this device yet."));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write((*stored)->content) < 0 || !f.commit())
        return Error(ErrorCode::Io, tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<QList<Parameter>> PolicyService::inForce(const QString &areaCode, const QDate &date)
{
    Result<PolicyBook> book = current();
    if (!book)
        return book.error();
    QList<Parameter> out;
    for (const ParameterSpec &spec : ParameterSpecs::all()) {
        Result<Parameter> p = book->lookup(QString::fromLatin1(spec.key), areaCode, date);
        if (p)
            out << *p;
    }
    return out;
}

} // namespace doudi::core
