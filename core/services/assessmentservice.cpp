#include "services/assessmentservice.h"

#include <QFile>

namespace doudi::core {

Result<PolicyBook> AssessmentService::loadPolicyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The policy file %1 could not be opened.").arg(path));
    return PolicyBook::fromJson(f.read(16 << 20));
}

Result<Assessment> AssessmentService::assess(const QJsonObject &json, const AssessOptions &options, const PolicyBook &policy)
{
    Result<Household> h = Household::fromJson(json);
    if (!h)
        return h.error();
    return assess(*h, options, policy);
}

} // namespace doudi::core
