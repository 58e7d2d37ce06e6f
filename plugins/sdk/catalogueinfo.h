#pragma once

#include "checkinfo.h"
#include "newfinding.h"

namespace Govscope::Sdk {

/// The CheckInfo of every check of @p family, from Models::CheckCatalogue (the single source of
/// ids, severities, legal basis and advice).
QList<CheckInfo> catalogueChecks(const QString &family);

/// A finding of @p checkId for @p org on @p target, with family and severity from the catalogue.
/// @p title is the one line shown in lists (translated by the caller).
Models::NewFinding makeFinding(const Models::Organization &org, const QString &checkId, const QString &target,
                               const QString &title);
/// The same with the title as a template and its facts, rendered in each reader's language:
/// `makeFinding(org, id, host, Models::message(QT_TRANSLATE_NOOP("Finding", "{host} …"), {{"host", host}}))`.
Models::NewFinding makeFinding(const Models::Organization &org, const QString &checkId, const QString &target,
                               const Models::Message &title);

} // namespace Govscope::Sdk
