#pragma once

#include "domain/case.h"
#include "services/authorization.h"
#include "spreadsheet/spreadsheetwriter.h"

#include <QCoreApplication>

#include <memory>

namespace doudi::core {

class Session;

// Lists out (issue 16): the tables a township hands on, built for the unlocked user within their
// areas, and written as spreadsheets only its owner can read. Township and county staff only
// (Permission::ExportLists); every list written is in the audit log.
class ListService
{
    Q_DECLARE_TR_FUNCTIONS(ListService)
public:
    explicit ListService(Session &session);
    ~ListService();

    // The households of an area within the user's (the user's own area when none is given): head,
    // ID number, members, and the programme and state of the latest application.
    Result<OutputSheet> households(const QString &areaCode = {});
    // A work list: the cases in these states (all when empty), as the app's list pages show them.
    Result<OutputSheet> cases(const QString &title, const QList<CaseState> &states, const QDate &today);
    // 代发清单: every household of a township paid for a month (Case::paidForMonth), its head and ID
    // number for the bank, the people covered and the amount, with totals.
    Result<OutputSheet> paymentList(const QString &townshipCode, const QDate &month);
    // Writes the sheets (.xlsx, or the first as .csv), 0600; what names the list in the audit log.
    Status write(const QList<OutputSheet> &sheets, const QString &path, const QString &what);

private:
    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
};

} // namespace doudi::core
