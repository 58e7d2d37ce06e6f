#include "reportcontroller.h"

#include "bundleverifier.h"
#include "casefile.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "orgrepository.h"
#include "reportdialog.h"
#include "reportgenerator.h"
#include "signingidentitydialog.h"
#include "verifydialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QUrl>
#include <QtConcurrent>

namespace Govscope {

namespace {

/// Runs @p work on the thread pool and @p done with its result on @p context's thread.
template<typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

struct Prepared
{
    Result<std::optional<Report::SigningIdentity>> identity = makeError(QString());
    Result<Report::ReportData> data = makeError(QString());
};

} // namespace

ReportController::ReportController(Ui::MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(window, &Ui::MainWindow::reportRequested, this, &ReportController::showReportDialog);
    connect(window, &Ui::MainWindow::verifyRequested, this, &ReportController::showVerifyDialog);
}

ReportController::~ReportController()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportController::showReportDialog()
{
    const QString casePath = m_window->casePath();
    if (casePath.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Open a case first; a report is made from a case."), 5000);
        return;
    }
    if (m_running) {
        m_window->statusBar()->showMessage(tr("A report is being written; see the jobs panel."), 5000);
        return;
    }
    runInBackground(
        this,
        [casePath]() -> Result<QList<Models::Organization>> {
            Models::Connection conn(casePath, true);
            if (!conn.ok())
                return makeError(conn.error());
            return Models::OrgRepository::all(conn.db());
        },
        [this, casePath](const Result<QList<Models::Organization>> &orgs) {
            if (!orgs) {
                m_window->statusBar()->showMessage(orgs.errorMessage(), 10000);
                return;
            }
            const QFileInfo info(casePath);
            const QString suggested = info.dir().filePath(info.completeBaseName() + u"-report.zip"_qs);
            m_reportDialog = new Ui::ReportDialog(*orgs, suggested, m_window);
            m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_reportDialog, &Ui::ReportDialog::newIdentityRequested, this,
                    &ReportController::showIdentityDialog);
            connect(m_reportDialog, &QDialog::accepted, this, [this] { startReport(m_reportDialog->choice()); });
            m_reportDialog->open();
        });
}

void ReportController::showIdentityDialog()
{
    if (m_identityDialog) {
        m_identityDialog->raise();
        return;
    }
    m_identityDialog =
        new Ui::SigningIdentityDialog(m_reportDialog ? static_cast<QWidget *>(m_reportDialog) : m_window);
    m_identityDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_identityDialog, &Ui::SigningIdentityDialog::createRequested, this, [this](const Ui::IdentityRequest &r) {
        Report::NewIdentity request;
        request.subject = r.subject;
        request.keyType = r.rsa ? Report::NewIdentity::KeyType::Rsa3072 : Report::NewIdentity::KeyType::EcdsaP256;
        request.passphrase = r.passphrase;
        // Key generation (RSA 3072 takes a moment) stays off the GUI thread.
        runInBackground(
            this, [request, r] { return Report::createIdentity(request, r.keyPath, r.certPath); },
            [this, r](const Status &made) {
                if (m_identityDialog)
                    m_identityDialog->showResult(made.ok(), made.ok()
                                                                ? tr("Created %1 and %2.").arg(r.keyPath, r.certPath)
                                                                : made.errorMessage());
            });
    });
    connect(m_identityDialog, &Ui::SigningIdentityDialog::created, this,
            [this](const QString &key, const QString &cert) {
                if (m_reportDialog)
                    m_reportDialog->useIdentity(key, cert);
            });
    m_identityDialog->open();
}

void ReportController::startReport(const Ui::ReportChoice &choice)
{
    Report::ReportOptions options;
    options.casePath = m_window->casePath();
    options.outPath = choice.outPath;
    options.orgs = choice.orgs;
    options.language = Report::languageFrom(choice.language);
    options.auditor = choice.auditor;
    options.signing.keyPem = choice.keyPem;
    options.signing.certPem = choice.certPem;
    options.signing.pkcs12 = choice.pkcs12;
    options.signing.passphrase = choice.passphrase;

    m_running = true;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    Ui::JobsPanel *jobs = m_window->jobs();
    const int job =
        jobs->startJob(tr("Report %1").arg(QFileInfo(options.outPath).fileName()), [cancel] { cancel->store(true); });
    const auto finish = [this, jobs, job](bool ok, const QString &message) {
        m_running = false;
        jobs->finishJob(job, ok, message);
    };

    // Step 1, pool: the identity (a wrong passphrase fails before any work) and the case's data.
    runInBackground(
        this,
        [options] {
            Prepared p;
            p.identity = Report::ReportGenerator::loadIdentity(options);
            if (p.identity)
                p.data = Report::ReportGenerator::loadData(options);
            return std::make_shared<Prepared>(std::move(p));
        },
        [this, options, cancel, jobs, job, finish](const std::shared_ptr<Prepared> &prepared) {
            if (!prepared->identity)
                return finish(false, prepared->identity.errorMessage());
            if (!prepared->data)
                return finish(false, prepared->data.errorMessage());
            if (cancel->load())
                return finish(false, tr("Cancelled."));
            // Step 2, GUI thread: the charts.
            auto charts = Report::ReportGenerator::drawCharts(*prepared->data, options.language);
            if (!charts)
                return finish(false, charts.errorMessage());
            // Step 3, pool: document, PDF, bundle. Progress is posted back to the jobs panel.
            QPointer<Ui::JobsPanel> panel(jobs);
            runInBackground(
                this,
                [options, prepared, charts = *charts, cancel, panel, job] {
                    return Report::ReportGenerator::writeBundle(
                        options, *prepared->data, charts, *prepared->identity,
                        [cancel, panel, job](const QString &stage, qint64 done, qint64 total) {
                            QMetaObject::invokeMethod(panel, [panel, job, stage, done, total] {
                                if (panel)
                                    panel->updateJob(job, done, total, stage);
                            });
                            return !cancel->load();
                        });
                },
                [finish](const Result<Report::BundleSummary> &summary) {
                    if (!summary)
                        return finish(false, summary.errorMessage());
                    finish(true, tr("%1: %2 findings, %3 pages%4")
                                     .arg(summary->path)
                                     .arg(summary->findings)
                                     .arg(summary->pages)
                                     .arg(summary->signer.isEmpty() ? tr(", unsigned")
                                                                    : tr(", signed by %1").arg(summary->signer)));
                    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(summary->path).absolutePath()));
                });
        });
}

void ReportController::showVerifyDialog()
{
    if (m_verifyDialog) {
        m_verifyDialog->raise();
        return;
    }
    m_verifyDialog = new Ui::VerifyDialog(m_window);
    m_verifyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_verifyDialog, &Ui::VerifyDialog::verifyRequested, this, [this](const QString &bundle, const QString &ca) {
        runInBackground(
            this, [bundle, ca] { return Report::BundleVerifier::verify(bundle, ca); },
            [this, ca](const Report::Verification &v) {
                if (!m_verifyDialog)
                    return;
                QStringList lines;
                if (v.signatureValid)
                    lines << (v.chainChecked ? tr("Signed by %1; the certificate chains to %2.").arg(v.signer, ca)
                                             : tr("Signed by %1, not checked against a CA.").arg(v.signer));
                if (!v.signerSha256.isEmpty())
                    lines << tr("Signing certificate SHA-256: %1").arg(v.signerSha256);
                lines << tr("%1 files listed in the manifest.").arg(v.files);
                lines << v.problems;
                m_verifyDialog->showResult(v.ok(), v.chainChecked, lines);
            });
    });
    m_verifyDialog->open();
}

} // namespace Govscope
