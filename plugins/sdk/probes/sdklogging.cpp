#include "sdklogging.h"

Q_LOGGING_CATEGORY(lcSdk, "govscope.sdk")
