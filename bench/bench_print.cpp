// Printing benchmark (run offscreen): one form issued and written as PDF, warm; and a batch
// of N documents numbered and written as one PDF. Prints JSON figures.
//   QT_QPA_PLATFORM=offscreen bench_print [documents=500]
#include "common/clock.h"
#include "identity/areacode.h"
#include "services/caseservice.h"
#include "services/democases.h"
#include "services/demodata.h"
#include "services/documentservice.h"
#include "services/householdservice.h"
#include "services/policyservice.h"
#include "services/profileservice.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace doudi;
using namespace doudi::core;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int batch = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 500;
    QTemporaryDir dir;
    ProfileSetup setup;
    setup.user = QStringLiteral("bench");
    setup.password = QStringLiteral("Shuiku-2026-pass");
    setup.role = QStringLiteral("township_head");
    setup.iterations = 1000;
    auto profile = ProfileService::create(dir.path(), setup, nullptr);
    if (!profile)
        return 1;
    const QDate today = Clock::today();
    (void)PolicyService(**profile).importFile(QStringLiteral(":/doudi/policy/demo-370323.json"));
    DemoData demo(AreaRegistry::builtIn(), 7);
    QList<Household> households;
    for (int i = 0; i < 800; ++i)
        households << demo.household();
    if (!HouseholdService(**profile).importMany(households, 800) || !DemoCases::add(**profile, 64, today))
        return 1;
    const auto approved = CaseService(**profile).list({CaseState::Approved}, today);
    if (!approved)
        return 1;
    // The forms below are dibao's: the demo's 特困 cases have their own.
    QList<CaseRow> paid;
    for (const CaseRow &r : *approved) {
        if (r.c.programme == CaseProgramme::Dibao)
            paid << r;
    }
    if (paid.isEmpty()) {
        QTextStream(stderr) << "bench_print: the demo has no paid dibao case\n";
        return 1;
    }
    DocumentService documents(**profile);

    QList<double> single;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const auto d = documents.issue(QStringLiteral("dibao_confirmation"), paid.at(i % paid.size()).c.id, today);
        if (!d || !d->document.pdf())
            return 1;
        if (i > 0) // the first one loads fonts and templates
            single << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(single.begin(), single.end());

    QList<DocumentService::BatchItem> items;
    const QStringList forms = {QStringLiteral("approval_notice"), QStringLiteral("dibao_confirmation"),
                               QStringLiteral("application"), QStringLiteral("visit")};
    for (int i = 0; i < batch; ++i)
        items.append({forms[i % forms.size()], paid.at(i % paid.size()).c.id, QString()});
    QElapsedTimer t;
    t.start();
    const auto issued = documents.issueAll(items, today);
    if (!issued)
        return 1;
    const qint64 numberedMs = t.elapsed();
    QList<FormDocument> all;
    for (const IssuedDocument &d : *issued)
        all << d.document;
    const auto pdf = FormDocument::pdfOfAll(all, QStringLiteral("bench"));
    if (!pdf)
        return 1;
    const qint64 batchMs = t.elapsed();

    const QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("printing")},
                          {QStringLiteral("single_form_warm_p50_ms"), single[single.size() / 2]},
                          {QStringLiteral("single_form_warm_max_ms"), single.last()},
                          {QStringLiteral("batch_documents"), batch},
                          {QStringLiteral("batch_numbering_ms"), double(numberedMs)},
                          {QStringLiteral("batch_total_s"), double(batchMs) / 1000.0},
                          {QStringLiteral("batch_pdf_mb"), double(pdf->size()) / (1024.0 * 1024.0)},
                          {QStringLiteral("note"),
                           QStringLiteral("single form: filled, numbered, recorded and written as PDF (dibao_confirmation); "
                                          "batch: numbered and recorded one by one, then one PDF")}};
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
