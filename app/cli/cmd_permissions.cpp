#include "cli.h"

#include "services/authorization.h"

#include <QTextStream>

namespace doudi::cli {

using namespace doudi::core;

int runPermissions(const QStringList &args)
{
    QCommandLineParser p;
    if (int rc = parse(p, args, tr("Prints who may do what (the permission table) as Markdown; no profile is opened.")); rc >= 0)
        return rc;
    QTextStream(stdout) << Authorization::matrixMarkdown();
    return Ok;
}

} // namespace doudi::cli
