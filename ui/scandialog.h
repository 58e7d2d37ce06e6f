#pragma once

#include "types.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QLabel;

namespace Govscope::Ui {

/// A check family the dialog offers (the widgets layer knows no plugins: the controller passes these).
struct ScanFamilyEntry
{
    QString id;
    QString name;
};

/// The latest scan of the case when it was left unfinished.
struct ScanResumeOffer
{
    qint64 scanId = 0;
    QString description; ///< e.g. "scan 4 of 2026-11-25 10:00, 120 of 400 tasks left"
};

/// What the person chose.
struct ScanChoice
{
    QStringList families;
    QStringList orgs;
    QString profilePath;       ///< empty: default profile
    QString feedsDir;          ///< empty: the shipped and the user's feeds
    bool allowPrivate = false; ///< scan private, loopback and link-local addresses (a lab; as --allow-private)
    qint64 resumeScan = 0;
};

/// Chooses what to scan: families, organisations (filterable), a profile file and a feeds directory, or
/// resuming the unfinished scan when there is one. Non-modal friendly: use open() and accepted().
class ScanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanDialog)

public:
    ScanDialog(const QList<ScanFamilyEntry> &families, const QList<Models::Organization> &orgs,
               const std::optional<ScanResumeOffer> &resume, QWidget *parent = nullptr);
    ~ScanDialog() override;

    ScanChoice choice() const;

    // For tests.
    QListWidget *familyList() const { return m_families; }
    QListWidget *orgList() const { return m_orgs; }
    QCheckBox *resumeBox() const { return m_resume; }
    QCheckBox *allowPrivateBox() const { return m_allowPrivate; }

    void accept() override;

private:
    void filterOrgs(const QString &text);
    void setAllOrgs(bool checked);
    void browse(QLineEdit *edit, bool directory);
    void updateEnabled();

    QListWidget *m_families = nullptr;
    QListWidget *m_orgs = nullptr;
    QLineEdit *m_orgFilter = nullptr;
    QLineEdit *m_profile = nullptr;
    QLineEdit *m_feeds = nullptr;
    QCheckBox *m_resume = nullptr;
    QCheckBox *m_allowPrivate = nullptr;
    QLabel *m_problem = nullptr;
    qint64 m_resumeScan = 0;
};

} // namespace Govscope::Ui
