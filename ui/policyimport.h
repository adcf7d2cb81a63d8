#pragma once

#include <QDate>

#include <functional>

class QWidget;

namespace doudi::core {
class PolicyService;
}

namespace doudi::ui {

// Asks for the county's policy file and imports it through PolicyService (the door doudi-cli
// policy import uses): checked whole first, so a bad file changes nothing; the person is told
// either way. True when a policy was imported.
// With offerRerate: when the policy announces a change of standards after today, the person is
// asked whether to work out the change (调标) now, and offerRerate is called with its date.
bool importPolicyFile(QWidget *parent, core::PolicyService &policy,
                      const std::function<void(const QDate &from)> &offerRerate = {});

} // namespace doudi::ui
