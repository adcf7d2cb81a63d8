#pragma once

class QWidget;

namespace doudi::core {
class PolicyService;
}

namespace doudi::ui {

// Asks for the county's policy file and imports it through PolicyService (the door doudi-cli
// policy import uses): checked whole first, so a bad file changes nothing; the person is told
// either way. True when a policy was imported.
bool importPolicyFile(QWidget *parent, core::PolicyService &policy);

} // namespace doudi::ui
