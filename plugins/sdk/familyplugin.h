#pragma once

#include "checkfamily.h"
#include "familymetadata.h"

#include <QDate>
#include <QObject>

#include <mutex>

namespace Govscope::Sdk {

/// The base of every built-in family: a QObject plugin whose identity — id, version, checks — is its
/// metadata file, and whose name is the catalogue's. A family class declares only its plugin metadata
/// and run():
///
///     class DomainFamily final : public Sdk::FamilyPlugin
///     {
///         Q_OBJECT
///         Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "domain.json")
///         Q_INTERFACES(Govscope::Sdk::CheckFamily)
///     public:
///         QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
///     };
class FamilyPlugin : public QObject, public CheckFamily
{
    Q_OBJECT
public:
    QString id() const override;
    /// The catalogue's name of the family in the installed language (域名安全 / Domain names).
    QString name() const override;
    QString version() const override;
    /// The declared checks with severity, titles, legal basis and advice from the catalogue.
    QList<CheckInfo> checks() const override;

    const FamilyMetadata &metadata() const;

    /// Pins the day date-dependent checks measure from (expiry of assessments, staleness); tests pin it.
    void setToday(const QDate &today) { m_today = today; }

protected:
    FamilyPlugin() = default;
    /// The pinned day, else the current date.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

private:
    QDate m_today;
    // Read on first use, not in the constructor: there metaObject() is still this base's. Families are
    // asked from the GUI and the network thread, hence the once-flag.
    mutable std::once_flag m_metadataRead;
    mutable FamilyMetadata m_metadata;
};

} // namespace Govscope::Sdk
