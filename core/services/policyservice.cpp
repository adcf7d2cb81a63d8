#include "services/policyservice.h"

#include "services/authorization.h"

#include "storage/profile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace doudi::core {

PolicyService::PolicyService(Profile &profile) : m_profile(profile), m_repo(profile.database(), profile.changes()) {}

Result<StoredPolicy> PolicyService::importFile(const QString &path)
{
    if (Status st = Authorization(m_profile).require(Permission::ImportPolicy); !st)
        return st.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The policy file %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
    const QByteArray content = f.read(16 << 20);
    Result<PolicyBook> book = PolicyBook::fromJson(content);
    if (!book)
        return book.error();
    return m_repo.store(book->title(), content, m_profile.user());
}

Result<PolicyBook> PolicyService::current()
{
    Result<std::optional<StoredPolicy>> stored = m_repo.current();
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error(ErrorCode::NotFound, tr("No county policy has been imported on this device yet: import it with "
                                             "doudi-cli policy import, or sync with the county server."));
    return PolicyBook::fromJson((*stored)->content);
}

Status PolicyService::exportTo(const QString &path)
{
    Result<std::optional<StoredPolicy>> stored = m_repo.current();
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
