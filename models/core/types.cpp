#include "types.h"

#include <array>
#include <utility>

namespace Govscope::Models {

namespace {

// One row per value: the English id first, then any labels accepted on import.
template<typename E, std::size_t N>
struct Names
{
    std::array<std::pair<E, QStringList>, N> rows;

    QString id(E v) const
    {
        for (const auto &[value, names] : rows)
            if (value == v)
                return names.first();
        return {};
    }
    QString label(E v, int index) const
    {
        for (const auto &[value, names] : rows)
            if (value == v)
                return names.value(index, names.first());
        return {};
    }
    std::optional<E> from(const QString &text) const
    {
        const QString t = text.trimmed();
        for (const auto &[value, names] : rows)
            for (const QString &n : names)
                if (t.compare(n, Qt::CaseInsensitive) == 0)
                    return value;
        return std::nullopt;
    }
};

const Names<OrgKind, 4> kKinds{{{
    {OrgKind::PartyGov, {u"party_gov"_qs, u"党政机关"_qs, u"党政"_qs}},
    {OrgKind::Institution, {u"institution"_qs, u"事业单位"_qs}},
    {OrgKind::Enterprise, {u"enterprise"_qs, u"企业"_qs}},
    {OrgKind::Other, {u"other"_qs, u"其他"_qs}},
}}};

const Names<OrgLevel, 6> kLevels{{{
    {OrgLevel::Unknown, {u""_qs, u"未知"_qs}},
    {OrgLevel::National, {u"national"_qs, u"中央"_qs, u"国家级"_qs}},
    {OrgLevel::Province, {u"province"_qs, u"省级"_qs, u"省"_qs}},
    {OrgLevel::City, {u"city"_qs, u"市级"_qs, u"市"_qs, u"地市级"_qs}},
    {OrgLevel::County, {u"county"_qs, u"县级"_qs, u"县"_qs, u"区县级"_qs}},
    {OrgLevel::Township, {u"township"_qs, u"乡镇"_qs, u"乡镇级"_qs, u"街道"_qs}},
}}};

const Names<OrgRole, 3> kRoles{{{
    {OrgRole::Unknown, {u""_qs, u"未知"_qs}},
    {OrgRole::Government, {u"government"_qs, u"政府"_qs, u"党委"_qs}},
    {OrgRole::Department, {u"department"_qs, u"部门"_qs}},
}}};

const Names<Severity, 5> kSeverities{{{
    {Severity::Info, {u"info"_qs, u"提示"_qs}},
    {Severity::Low, {u"low"_qs, u"低危"_qs}},
    {Severity::Medium, {u"medium"_qs, u"中危"_qs}},
    {Severity::High, {u"high"_qs, u"高危"_qs}},
    {Severity::Critical, {u"critical"_qs, u"严重"_qs}},
}}};

const Names<FindingStatus, 5> kStatuses{{{
    {FindingStatus::Open, {u"open"_qs}},
    {FindingStatus::Confirmed, {u"confirmed"_qs}},
    {FindingStatus::FalsePositive, {u"false_positive"_qs}},
    {FindingStatus::Fixed, {u"fixed"_qs}},
    {FindingStatus::Reopened, {u"reopened"_qs}},
}}};

const Names<Outcome, 3> kOutcomes{{{
    {Outcome::Pass, {u"pass"_qs}},
    {Outcome::Finding, {u"finding"_qs}},
    {Outcome::Inconclusive, {u"inconclusive"_qs}},
}}};

const Names<AssetType, 6> kAssetTypes{{{
    {AssetType::Website, {u"website"_qs}},
    {AssetType::Host, {u"host"_qs}},
    {AssetType::MailDomain, {u"mail_domain"_qs}},
    {AssetType::MailHost, {u"mail_host"_qs}},
    {AssetType::App, {u"app"_qs}},
    {AssetType::Account, {u"account"_qs}},
}}};

} // namespace

QString toId(OrgKind v) { return kKinds.id(v); }
QString toId(OrgLevel v) { return kLevels.id(v); }
QString toId(OrgRole v) { return kRoles.id(v); }
QString toId(Severity v) { return kSeverities.id(v); }
QString toId(FindingStatus v) { return kStatuses.id(v); }
QString toId(Outcome v) { return kOutcomes.id(v); }
QString toId(AssetType v) { return kAssetTypes.id(v); }
QString toId(AssetSource v) { return v == AssetSource::Declared ? u"declared"_qs : u"discovered"_qs; }

std::optional<OrgKind> orgKindFrom(const QString &t) { return kKinds.from(t); }
std::optional<OrgLevel> orgLevelFrom(const QString &t) { return kLevels.from(t); }
std::optional<OrgRole> orgRoleFrom(const QString &t) { return kRoles.from(t); }
std::optional<Severity> severityFrom(const QString &t) { return kSeverities.from(t); }
std::optional<FindingStatus> findingStatusFrom(const QString &t) { return kStatuses.from(t); }
std::optional<Outcome> outcomeFrom(const QString &t) { return kOutcomes.from(t); }
std::optional<AssetType> assetTypeFrom(const QString &t) { return kAssetTypes.from(t); }

QString chineseLabel(OrgKind v) { return kKinds.label(v, 1); }
QString chineseLabel(OrgLevel v) { return kLevels.label(v, 1); }
QString chineseLabel(OrgRole v) { return kRoles.label(v, 1); }
QString chineseLabel(Severity v) { return kSeverities.label(v, 1); }

} // namespace Govscope::Models
