#pragma once

// Domain value types shared by every layer: organisations, assets, findings, evidence, scans.
// The English ids (the strings) are the contract of spec/checks.md and spec/interfaces.md.

#include "message.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Govscope::Models {

enum class OrgKind { PartyGov, Institution, Enterprise, Other };
enum class OrgLevel { Unknown, National, Province, City, County, Township };
enum class OrgRole { Unknown, Government, Department };
/// Ordered from least to most severe, so `>=` compares severities.
enum class Severity { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };
enum class FindingStatus { Open, Confirmed, FalsePositive, Fixed, Reopened };
enum class Outcome { Pass, Finding, Inconclusive };
enum class AssetType { Website, Host, MailDomain, MailHost, App, Account };
enum class AssetSource { Declared, Discovered };

QString toId(OrgKind v);
QString toId(OrgLevel v);
QString toId(OrgRole v);
QString toId(Severity v);
QString toId(FindingStatus v);
QString toId(Outcome v);
QString toId(AssetType v);
QString toId(AssetSource v);

/// Parse an English id or (for kind, level, role, severity) the Chinese label; nullopt when unknown.
std::optional<OrgKind> orgKindFrom(const QString &text);
std::optional<OrgLevel> orgLevelFrom(const QString &text);
std::optional<OrgRole> orgRoleFrom(const QString &text);
std::optional<Severity> severityFrom(const QString &text);
std::optional<FindingStatus> findingStatusFrom(const QString &text);
std::optional<Outcome> outcomeFrom(const QString &text);
std::optional<AssetType> assetTypeFrom(const QString &text);

/// Chinese label for reports and the zh_CN UI (党政机关, 高危, …).
QString chineseLabel(OrgKind v);
QString chineseLabel(OrgLevel v);
QString chineseLabel(OrgRole v);
QString chineseLabel(Severity v);

struct Organization
{
    QString id;
    QString name;
    OrgKind kind = OrgKind::Other;
    OrgLevel level = OrgLevel::Unknown;
    OrgRole role = OrgRole::Unknown;
    QString region; ///< 6-digit 行政区划代码
    QString parent; ///< id of the parent org, empty at the top
    QStringList websites;
    QStringList mailDomains;
    QStringList webmail;
    QStringList apps;
    QStringList accounts;
    bool authorized = false;
};

struct Asset
{
    qint64 id = 0;
    QString org;
    AssetType type = AssetType::Website;
    QString value;
    AssetSource source = AssetSource::Declared;
};

struct Evidence
{
    qint64 id = 0;
    QString kind;    ///< dns, http, tls, tcp, transcript, screenshot, text, org, …
    QString summary; ///< one line a person can read; personal data masked
    QString blob;    ///< SHA-256 (hex) of the content in the blob store, empty when none
    QString mime;
    /// The summary as template and facts (schema 3); empty for evidence recorded as finished text.
    Message summaryText = {};
};

struct Finding
{
    qint64 id = 0;
    QString org;
    QString family;
    QString check;
    Severity severity = Severity::Info;
    FindingStatus status = FindingStatus::Open;
    QString target;
    QString title; ///< as stored: English for findings with a titleText (see FindingText), else as recorded
    Message titleText = {}; ///< the title as template and facts (schema 3); empty for older findings
    QDateTime firstSeen;
    QDateTime lastSeen;
    QList<Evidence> evidence;
};

struct CheckResult
{
    QString org;
    QString family;
    QString check;
    QString target;
    Outcome outcome = Outcome::Pass;
    QString reason; ///< why inconclusive, or a note on the pass
};

struct App
{
    QString store, name, developer, package, version, signerSha256, icon, apk, org;
    bool official = false;
};

struct Account
{
    QString platform, name, accountId, operatorName, org;
    bool official = false;
};

struct Lead
{
    QString url, org, source, note;
};

struct Scan
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; ///< running, finished, cancelled, interrupted
    QStringList families;
    QStringList orgs;
};

/// Triage decision on a finding: who changed it, when and why.
struct StatusChange
{
    QDateTime at;
    FindingStatus status = FindingStatus::Open;
    QString who;
    QString why;
};

/// A note an analyst wrote on a finding during triage.
struct TriageNote
{
    QDateTime at;
    QString who;
    QString note;
};

/// A status the scanner itself (not an analyst) gave a finding of @c org at @c at: what the report's trend counts.
struct ScannerTransition
{
    QString org;
    QDateTime at;
    FindingStatus status = FindingStatus::Open;
};

} // namespace Govscope::Models
