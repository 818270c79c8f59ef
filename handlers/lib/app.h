/* handlers/lib/app.h — the Conduit application as the composition root sees it: one call that
 * installs the application's hooks into the runtime (the RealWorld error envelope, authentication
 * through caller.h, the rate limits of ratelimit.h) from the configuration read at start-up. */
#ifndef APP_H
#define APP_H

#include "config.h"

/* Install the cd_app hooks and the per-operation hooks. Call after cd_api_install(), before
 * serving. 0, or a negative CD_E_* code. */
int app_init(const cd_config *cfg);

#endif
