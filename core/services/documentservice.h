#pragma once

#include "documents/formdocument.h"
#include "documents/forms.h"
#include "documents/template.h"
#include "domain/documentrecord.h"
#include "services/authorization.h"
#include "services/monthlyreport.h"
#include "services/rerate.h"

#include <QCoreApplication>

#include <memory>

namespace doudi::core {

class Session;

struct IssuedDocument
{
    DocumentRecord record;
    QString title;
    FormDocument document;
};

// Printing official documents (DOMAIN §5): each form filled from its case through a
// template (the county's own from <profile>/templates/, else the built-in one), numbered,
// recorded with a hash of its content, and shown with a QR code the county can verify.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
public:
    explicit DocumentService(Session &session);
    ~DocumentService();

    // A form filled from its case as it would print, without a number: nothing is recorded.
    Result<IssuedDocument> preview(const QString &form, const QString &caseId, const QDate &date);
    // The form numbered and recorded: call it when the document is really printed or saved.
    Result<IssuedDocument> issue(const QString &form, const QString &caseId, const QDate &date);
    // The same document again, under its number, marked 补打; recordReprint counts it once it
    // has really been printed.
    Result<IssuedDocument> reprint(const QString &number);
    Status recordReprint(const QString &number);
    Result<QList<DocumentRecord>> list(const QString &caseId = {}, int limit = 500);

    struct Verification
    {
        bool matches = false;
        DocumentRecord record;
    };
    // Whether a printout's number and hash (the 16 characters printed, or the whole hash) are
    // those of a document printed here.
    Result<Verification> verify(const QString &number, const QString &hash);

    // The documents of a township's month: notices and forms of the cases decided in it and
    // the 公示 lists posted in it.
    struct BatchItem
    {
        QString form;
        QString caseId;
        QString label; // "张桂英 · 确认通知书"
    };
    Result<QList<BatchItem>> monthBatch(const QString &townshipCode, const QDate &month);
    // The townships whose documents this user may print (those of their scopes; all when none).
    QStringList townships() const;
    // Issues each item (numbered and recorded, one after another); progress as in paintAll.
    Result<QList<IssuedDocument>> issueAll(const QList<BatchItem> &items, const QDate &date,
                                           const std::function<bool(int done, int total)> &progress = {});

    // A township's 调标变动清单 (list.township must be set): a preview without a number, or
    // issued, numbered and recorded under the township (it belongs to no one case).
    Result<IssuedDocument> rerateList(const RerateList &list, bool issue, const QDate &date);
    // 月报 on paper (A4 landscape): a preview, or issued, numbered and recorded under the
    // report's area, so that the county can check the copy it receives.
    Result<IssuedDocument> monthlyReport(const MonthlyReport &report, bool issue, const QDate &date);

    // The recovery-code sheet (not numbered or recorded: it holds a secret).
    static Result<FormDocument> recoverySheet(const QString &code, const QString &user, const QString &area, const QDate &date,
                                              const QString &templateDirectory = {});

    QString templateDirectory() const;
    // County templates refused since this service was made (the built-in one was used).
    const QStringList &templateWarnings() const { return m_warnings; }
    // The short form of a hash printed on documents: 16 hex digits in groups of four.
    static QString shortHash(const QString &sha256);

private:
    static Result<Template> loadTemplate(const FormSpec &spec, const QString &directory, QStringList *warnings);
    Result<QJsonObject> contentFor(const FormSpec &spec, const Case &c, const QDate &date);
    Result<DocumentRecord> unnumbered(const QString &form, const QString &caseId, const QDate &date);
    Result<IssuedDocument> finish(const FormSpec &spec, const DocumentRecord &record, bool reprint);
    Result<Case> caseFor(const QString &caseId, Permission permission);
    // The case a document was printed for may act on it; a township's list, the township's staff.
    Status mayReprint(const DocumentRecord &record);
    // The faces forms of an area are set in: the county's own font files where its policy names
    // them (print.font.body, print.font.title; in the profile's fonts folder), else the standard.
    FormFonts fonts(const QString &areaCode, const QDate &date);

    struct Private;
    std::unique_ptr<Private> d;
    Authorization m_auth;
    QStringList m_warnings;
};

} // namespace doudi::core
