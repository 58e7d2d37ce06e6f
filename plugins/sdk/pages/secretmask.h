#pragma once

#include <QString>

namespace Govscope::Sdk {

/// A text with the secrets it carried replaced by markers.
struct MaskedText
{
    QString text;
    int masked = 0; ///< how many secrets were replaced
};

/// Masks the secrets a served file or banner can carry before it becomes evidence: values of settings named like
/// passwords, secrets, tokens or keys (`.env`, properties, INI, YAML, JSON, XML), passwords in connection strings
/// (`scheme://user:password@host`, `Password=…;`), and PEM private-key blocks. A value is replaced by
/// `[secret masked sha256:<first 16 hex digits>]`: the case and the report never hold the secret, yet whoever has
/// the real value (the site's operator, a third party checking the report) can hash it and match the finding.
/// Short values (under 4 characters) and obvious placeholders are left alone: they are not secrets and masking
/// them would hide what the file says.
MaskedText maskSecrets(const QString &text);

} // namespace Govscope::Sdk
