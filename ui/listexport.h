#pragma once

#include "domain/case.h"

#include <QStringList>

class QWidget;

namespace doudi::core {
class Session;
}

namespace doudi::ui {

// Lists out of the app (issue 16), each after the personal-data warning and written 0600
// through ListService: a work list of cases, the households of the user's area, and a
// township's 代发清单 of a month (township and month asked for first).
void exportCaseList(QWidget *parent, core::Session &session, const QString &title, const QList<core::CaseState> &states);
void exportHouseholds(QWidget *parent, core::Session &session);
void exportPaymentList(QWidget *parent, core::Session &session, const QStringList &townships);

} // namespace doudi::ui
