// The APK Signing Block (v2/v3) found from the ZIP end-of-directory record: its declared sizes, ID-value
// pairs, signers and certificates. Also the v1 PKCS#7 signer reading on the same bytes.

#include "apkreader.h"
#include "apksigningblock.h"
#include "fuzzsupport.h"

#include <QBuffer>

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = GovscopeFuzz::bytesOf(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    (void)Govscope::Models::Import::ApkSigningBlock::signerSha256(&device);
    (void)Govscope::Models::Import::ApkReader::signerSha256(bytes);
    return 0;
}
