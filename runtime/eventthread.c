/* runtime/eventthread.c — the event-thread contract (see eventthread.h). */
#include "eventthread.h"

#include <stdatomic.h>

#include "log.h"

static _Thread_local bool cd__evt_thread;
static atomic_uint_fast64_t cd__evt_violations;

void cd_evt_mark_current(void)
{
    cd__evt_thread = true;
}

bool cd_evt_current(void)
{
    return cd__evt_thread;
}

void cd_evt_attempt_begin(cd_request *r)
{
    r->no_block = true;
    r->blocked = false;
}

bool cd_evt_attempt_end(cd_request *r)
{
    bool blocked = r->blocked;
    r->no_block = false;
    if (blocked)
        cd_req_reset_output(r); /* its arena allocations stay until the request ends (KiBs) */
    return blocked;
}

bool cd_req_may_block(cd_request *r)
{
    if (r && r->no_block) {
        r->blocked = true;
        return false;
    }
    return true;
}

void cd_req_reset_output(cd_request *r)
{
    /* Every output field of cd_request (request.h, "set during dispatch" and "output"). */
    r->blocked = false;
    r->status = 0;
    r->res_body = NULL;
    r->res_len = 0;
    r->res_type = NULL;
    r->nres_headers = 0;
    r->principal = (cd_principal){0};
    r->app = NULL;
}

void cd_evt_block_point(const char *what)
{
    if (!cd__evt_thread)
        return;
    uint64_t n = atomic_fetch_add(&cd__evt_violations, 1) + 1;
    if (n <= 10) /* enough to find the path; a hot loop must not flood the log */
        cd_log(CD_LOG_ERROR, NULL, "blocking call on an event thread: %s", what);
}

uint64_t cd_evt_violations(void)
{
    return atomic_load(&cd__evt_violations);
}
