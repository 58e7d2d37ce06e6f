#pragma once

#include <gumbo.h>

#include <QByteArray>
#include <QString>

#include <memory>

// Small Gumbo helpers the SDK's page readers and the families that walk a Gumbo tree share. Only for
// code that links Gumbo itself (the pages room, the identifier family).
namespace Govscope::Sdk::Gumbo {

/// The value of attribute @p name of @p e, trimmed; empty when it is absent.
QString attribute(const GumboElement &e, const char *name);

/// The words under @p root — text and CDATA, script and style skipped — space-separated and simplified, at
/// most @p maxChars. Iterative, so a hostile deeply nested page cannot exhaust the stack.
QString textOf(const GumboNode *root, qsizetype maxChars);

/// A parsed document, destroyed with the default options it was parsed with.
using Tree = std::unique_ptr<GumboOutput, void (*)(GumboOutput *)>;

/// Parses @p utf8 with Gumbo's default options (callers cap the size first).
Tree parse(const QByteArray &utf8);

} // namespace Govscope::Sdk::Gumbo
