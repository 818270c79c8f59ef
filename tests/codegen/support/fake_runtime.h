/* tests/codegen/support/fake_runtime.h — test-only stand-in for runtime/request.c. */
#ifndef FAKE_RUNTIME_H
#define FAKE_RUNTIME_H

#include "api.h"
#include "request.h"

extern const cd_verrors *fake_last_errors; /* errors of the last cd_req_error(), or NULL */
extern int fake_hook_calls;
extern int fake_hook_block;

#endif
