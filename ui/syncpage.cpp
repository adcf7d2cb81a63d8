#include "ui/syncpage.h"
#include "ui/textsize.h"

#include "services/profileservice.h"
#include "services/syncservice.h"
#include "ui/backgroundtask.h"
#include "ui/listtable.h"
#include "ui/recordlabels.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doudi::ui {

using core::ErrorCode;

namespace {

QString when(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == QDate::currentDate())
        return SyncPage::tr("today %1").arg(time);
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

QString SyncPage::advice(ErrorCode code)
{
    // The error's own message says what happened; this says what the person does next.
    struct Row
    {
        ErrorCode code;
        const char *text;
    };
    static const Row kAdvice[] = {
        {ErrorCode::Busy, QT_TR_NOOP("Nothing is lost: everything stays on this laptop, and it tries again by itself every few "
                                     "minutes. Where there is no network at all, keep working.")},
        {ErrorCode::WrongCredentials, QT_TR_NOOP("Sign in to the county again with your county password (the button "
                                                 "below); if that is refused, ask the county for a new enrolment code and "
                                                 "join again.")},
        {ErrorCode::NotAllowed, QT_TR_NOOP("Call the county's civil affairs office: only they can allow this laptop or "
                                           "this account again. With a new enrolment code from them, join again below: "
                                           "the work on this laptop stays.")},
        {ErrorCode::Stale, QT_TR_NOOP("Make a backup of this laptop (设置), then call the county before anything else.")},
        {ErrorCode::Keychain, QT_TR_NOOP("Ask the county for a new enrolment code and join again: this laptop's own key "
                                         "for the county is missing.")},
        {ErrorCode::Corrupt, QT_TR_NOOP("Tell the county: what came from the server was damaged. Sync again later.")},
    };
    for (const Row &row : kAdvice) {
        if (row.code == code)
            return tr(row.text);
    }
    return tr("Try again with 同步 now; if it happens again, tell the county what the message says.");
}

SyncPage::SyncPage(core::Session &session, SyncScheduler &scheduler, QWidget *parent)
    : QWidget(parent), m_session(session), m_scheduler(scheduler), m_server(new QLabel), m_state(new QLabel),
      m_advice(new QLabel), m_waiting(new QLabel), m_syncNow(new QPushButton(tr("&Sync now"))),
      m_join(new QPushButton(tr("&Join the county server…"))), m_signIn(new QPushButton(tr("Sign &in to the county again…"))),
      m_joinAgain(new QPushButton(tr("Join the county &again…"))), m_writeBundle(new QPushButton(tr("&Write a USB bundle…"))),
      m_readAnswer(new QPushButton(tr("&Read the county's answer…"))),
      m_refused(makeListTable({tr("Record"), tr("Why the county refused it")})),
      m_history(makeListTable({tr("When"), tr("Outcome"), tr("Sent"), tr("Received"), tr("Conflicts"), tr("Note")}))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Sync with the county server"));
    setTextRole(heading, TextRole::PageTitle);
    layout->addWidget(heading);
    m_server->setWordWrap(true);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_server);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    setTextRole(m_state, TextRole::Emphasis);
    layout->addWidget(m_state);
    m_advice->setObjectName(QStringLiteral("syncAdvice"));
    m_advice->setWordWrap(true);
    layout->addWidget(m_advice);
    m_waiting->setObjectName(QStringLiteral("syncWaiting"));
    layout->addWidget(m_waiting);
    auto *buttons = new QHBoxLayout;
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_join->setObjectName(QStringLiteral("joinCounty"));
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_join);
    m_signIn->setObjectName(QStringLiteral("signInAgain"));
    m_joinAgain->setObjectName(QStringLiteral("joinAgain"));
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_joinAgain);
    m_writeBundle->setObjectName(QStringLiteral("writeBundle"));
    m_writeBundle->setToolTip(tr("Where there is no network at all: this laptop's changes in a file for a USB stick. The "
                                 "township office takes it in at the county and gives back an answer file."));
    m_readAnswer->setObjectName(QStringLiteral("readAnswer"));
    buttons->addWidget(m_writeBundle);
    buttons->addWidget(m_readAnswer);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_refusedLabel = new QLabel(tr("Refused by the county (kept here, not sent again):"));
    layout->addWidget(m_refusedLabel);
    m_refused->setObjectName(QStringLiteral("syncRefused"));
    m_refused->setMaximumHeight(120);
    layout->addWidget(m_refused);
    layout->addWidget(new QLabel(tr("Recent rounds:")));
    m_history->setObjectName(QStringLiteral("syncHistory"));
    layout->addWidget(m_history, 1);

    connect(m_syncNow, &QPushButton::clicked, &m_scheduler, &SyncScheduler::syncNow);
    connect(m_join, &QPushButton::clicked, this, &SyncPage::joinRequested);
    connect(m_signIn, &QPushButton::clicked, this, &SyncPage::signIn);
    connect(m_joinAgain, &QPushButton::clicked, this, &SyncPage::joinAgainRequested);
    connect(m_writeBundle, &QPushButton::clicked, this, &SyncPage::writeBundle);
    connect(m_readAnswer, &QPushButton::clicked, this, &SyncPage::readAnswer);
    connect(&m_scheduler, &SyncScheduler::roundStarted, this, [this] {
        m_state->setText(tr("Syncing with the county server…"));
        for (QPushButton *b : {m_syncNow, m_signIn, m_joinAgain, m_writeBundle, m_readAnswer})
            b->setEnabled(false);
    });
    connect(&m_scheduler, &SyncScheduler::roundFinished, this, [this] { refresh(); });
    refresh();
}

void SyncPage::refresh()
{
    core::SyncService sync(m_session);
    const core::Result<QJsonObject> status = sync.status();
    const bool joined = status && !status->value(QStringLiteral("server_url")).toString().isEmpty();
    m_join->setVisible(!joined);
    m_syncNow->setVisible(joined);
    m_writeBundle->setVisible(joined);
    m_readAnswer->setVisible(joined);
    m_signIn->setVisible(false);
    m_joinAgain->setVisible(false);
    for (QPushButton *b : {m_syncNow, m_signIn, m_joinAgain, m_writeBundle, m_readAnswer})
        b->setEnabled(!m_scheduler.isRunning());
    m_refused->setVisible(false);
    m_refusedLabel->setVisible(false);
    m_history->setVisible(joined);
    if (!status) {
        m_server->clear();
        m_state->setText(status.error().message());
        m_advice->clear();
        m_waiting->clear();
        return;
    }
    if (!joined) {
        m_server->setText(tr("This laptop works on its own: it has not joined a county server. Join with the server "
                             "address and the one-time enrolment code the county gives you; from then on it syncs by "
                             "itself whenever the server can be reached."));
        m_state->clear();
        m_advice->clear();
        m_waiting->clear();
        return;
    }
    const QString store = status->value(QStringLiteral("credential_store")).toString();
    m_server->setText(tr("County %1 · server %2 · this laptop's key for the county is kept in %3")
                          .arg(status->value(QStringLiteral("county")).toString(),
                               status->value(QStringLiteral("server_url")).toString(),
                               store == QLatin1String("keychain") ? tr("the system keychain") : tr("the encrypted profile")));
    const int waiting = status->value(QStringLiteral("waiting")).toInt();
    const int other = status->value(QStringLiteral("waiting_other")).toInt();
    m_waiting->setText(other > 0 ? tr("Waiting to be sent: %1 changes (and %2 by other users of this laptop, sent when "
                                      "they sign in).")
                                       .arg(waiting)
                                       .arg(other)
                                 : tr("Waiting to be sent: %1 changes.").arg(waiting));

    const core::Result<QList<core::SyncService::Run>> history = sync.history();
    const QList<core::SyncService::Run> runs = history.valueOr(QList<core::SyncService::Run>());
    const QString last = status->value(QStringLiteral("last_success")).toString();
    const QString lastText = last.isEmpty() ? tr("never") : when(QDateTime::fromString(last, Qt::ISODate));
    if (m_scheduler.isRunning()) {
        m_state->setText(tr("Syncing with the county server…"));
        m_advice->clear();
    } else if (!runs.isEmpty() && !runs.constFirst().ok) {
        const core::SyncService::Run &failed = runs.constFirst();
        m_state->setText(
            tr("The last sync (%1) did not succeed: %2 Last success: %3.").arg(when(failed.at), failed.error, lastText));
        const ErrorCode code = core::Error::codeFromName(failed.errorCode);
        m_advice->setText(advice(code));
        // What the advice says to do, one click away.
        m_signIn->setVisible(code == ErrorCode::WrongCredentials);
        m_joinAgain->setVisible(code == ErrorCode::NotAllowed || code == ErrorCode::Keychain ||
                                code == ErrorCode::WrongCredentials);
    } else {
        m_state->setText(tr("Last successful sync: %1.").arg(lastText));
        m_advice->clear();
    }

    const QJsonArray refused = status->value(QStringLiteral("refused")).toArray();
    m_refused->setVisible(!refused.isEmpty());
    m_refusedLabel->setVisible(!refused.isEmpty());
    m_refused->setRowCount(0);
    for (const QJsonValue &v : refused) {
        const QJsonObject o = v.toObject();
        const int row = m_refused->rowCount();
        m_refused->insertRow(row);
        m_refused->setItem(row, 0, cell(recordKindLabel(o.value(QStringLiteral("record_type")).toString())));
        m_refused->setItem(row, 1, cell(o.value(QStringLiteral("reason")).toString()));
    }
    m_advice->setVisible(!m_advice->text().isEmpty());
    m_history->setRowCount(0);
    for (const core::SyncService::Run &r : runs) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, cell(when(r.at)));
        m_history->setItem(row, 1, cell(r.ok ? tr("done") : tr("failed")));
        m_history->setItem(row, 2, cell(r.ok ? QString::number(r.pushed) : QString()));
        m_history->setItem(row, 3, cell(r.ok ? QString::number(r.pulled) : QString()));
        m_history->setItem(row, 4, cell(r.ok ? QString::number(r.conflicts) : QString()));
        m_history->setItem(row, 5, cell(r.ok ? (r.refused ? tr("%1 refused").arg(r.refused) : QString()) : r.error));
    }
}

void SyncPage::signIn()
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Sign in to the county"), tr("Your county password (%1):").arg(m_session.user()), QLineEdit::Password, {}, &ok);
    if (!ok || password.isEmpty() || !roundIsOver(tr("Sign in to the county")))
        return;
    // Over a connection of its own on a worker thread, as a round (the credential read here).
    core::Result<std::unique_ptr<core::SecretStore>> secrets = core::SyncService(m_session).credentialForWorker();
    std::optional<core::Status> done;
    if (secrets) {
        runInBackground(this, tr("Signing in to the county server…"), [&](TaskProgress &) {
            core::Result<std::unique_ptr<core::Session>> sibling = core::ProfileService::openSibling(m_session);
            done = sibling ? core::SyncService(**sibling, **secrets).signIn(password) : core::Status(sibling.error());
        });
    } else {
        done = core::Status(secrets.error());
    }
    if (!done)
        return;
    if (!*done) {
        QMessageBox::warning(this, tr("Sign in to the county"), done->error().message());
        return;
    }
    m_scheduler.syncNow();
}

bool SyncPage::roundIsOver(const QString &title)
{
    // A round may have begun while a file dialog was open: the two would write the same records.
    if (!m_scheduler.isRunning())
        return true;
    QMessageBox::information(this, title, tr("A sync with the county server is running: try again when it has ended."));
    return false;
}

void SyncPage::writeBundle()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write a USB bundle"),
        QDir::home().filePath(QStringLiteral("doudi-%1.doudi").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))),
        tr("Doudi bundles (*.doudi)"));
    if (path.isEmpty() || !roundIsOver(tr("Write a USB bundle")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::SyncService::BundleWritten> written = core::SyncService(m_session).exportBundle(path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Write a USB bundle"), written.error().message());
        return;
    }
    QMessageBox::information(this, tr("Write a USB bundle"),
                             tr("Bundle %1 with %2 changes is in %3.\n\nTake it to the township office: they take it in "
                                "at the county and give you an answer file, which you read here with “Read the county's "
                                "answer”. The changes stay on this laptop until the answer is read.")
                                 .arg(written->seq)
                                 .arg(written->ops)
                                 .arg(QDir::toNativeSeparators(path)));
}

void SyncPage::readAnswer()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Read the county's answer"), QDir::homePath(), tr("Doudi bundles (*.doudi)"));
    if (path.isEmpty() || !roundIsOver(tr("Read the county's answer")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::SyncReport> report = core::SyncService(m_session).importAnswer(path);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Read the county's answer"), report.error().message());
        return;
    }
    QMessageBox::information(this, tr("Read the county's answer"),
                             tr("The county's answer was read: %1 changes taken by the county, %2 records received from "
                                "it, %3 conflicts, %4 refused.")
                                 .arg(report->pushed)
                                 .arg(report->pulled)
                                 .arg(report->conflicts)
                                 .arg(report->refused));
    refresh();
    Q_EMIT answerRead();
}

} // namespace doudi::ui
