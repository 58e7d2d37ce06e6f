// A whole APK as the app list's apk column names it: the v2/v3 signing block read from the end of the file,
// then the ZIP, AndroidManifest.xml (AXML) and the launcher icon.

#include "apkreader.h"
#include "fuzzsupport.h"

#include <QBuffer>

GOVSCOPE_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = GovscopeFuzz::bytesOf(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    (void)Govscope::Models::Import::ApkReader::read(&device, u"fuzz.apk"_qs);
    return 0;
}
