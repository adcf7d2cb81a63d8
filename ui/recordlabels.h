#pragma once

#include <QString>

namespace doudi::ui {

// What a caseworker calls a kind of record and a field, where sync names them as its tables do
// (the 冲突 tab, the county's refusals on 同步). A name without a label comes back as it is.
QString recordKindLabel(const QString &recordType);
QString fieldLabel(const QString &field);

} // namespace doudi::ui
