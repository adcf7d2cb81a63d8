#include "ui/policyimport.h"

#include "common/clock.h"
#include "services/policyservice.h"
#include "services/rerateservice.h"
#include "ui/filedialog.h"
#include "ui/messagebox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>

namespace doudi::ui {

namespace {
struct PolicyImport
{
    Q_DECLARE_TR_FUNCTIONS(PolicyImport)
};
} // namespace

bool importPolicyFile(QWidget *parent, core::PolicyService &policy, const std::function<void(const QDate &)> &offerRerate)
{
    const QString file = FileDialog::openFile(parent, PolicyImport::tr("The county's policy file"), QDir::homePath(),
                                              PolicyImport::tr("Policy files (*.json);;All files (*)"));
    if (file.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::StoredPolicy> stored = policy.importFile(file);
    QApplication::restoreOverrideCursor();
    if (!stored) {
        MessageBox::warn(
            parent, PolicyImport::tr("Policy not imported"),
            PolicyImport::tr("The policy was not imported: %1\n\nNothing was changed. Check that this is the file the "
                             "county gave out, or ask the county for it again.")
                .arg(stored.error().message()));
        return false;
    }
    MessageBox::inform(parent, PolicyImport::tr("Policy imported"),
                       PolicyImport::tr("The county's policy \"%1\" is in use on this computer from now on.").arg(stored->title));
    const core::Result<core::PolicyBook> book = policy.current();
    const QDate next = book ? core::RerateService::nextStandardChange(*book, {}, core::Clock::today()) : QDate();
    if (offerRerate && next.isValid() &&
        MessageBox::ask(parent, PolicyImport::tr("New standards"),
                        PolicyImport::tr("This policy changes the standards on %1. Work out now what every household being "
                                         "paid will receive from then (调标)?")
                            .arg(next.toString(QStringLiteral("yyyy-MM-dd")))))
        offerRerate(next);
    return true;
}

} // namespace doudi::ui
