/* runtime/errors.c — lookups over the CD_ERROR_MAP table. */
#include "errors.h"

#include <stddef.h>

typedef struct {
    int code;
    int http;
    const char *name;
    const char *msg;
} cd__err_row;

static const cd__err_row cd__errs[] = {
#define CD__ERR_ROW(name, code, http, msg) {code, http, #name, msg},
    CD_ERROR_MAP(CD__ERR_ROW)
#undef CD__ERR_ROW
};

static const cd__err_row *cd__find(int code)
{
    for (size_t i = 0; i < sizeof cd__errs / sizeof cd__errs[0]; i++)
        if (cd__errs[i].code == code)
            return &cd__errs[i];
    return NULL;
}

const char *cd_error_name(int code)
{
    const cd__err_row *r = cd__find(code);
    return r ? r->name : "CD_E_UNKNOWN";
}

const char *cd_error_message(int code)
{
    const cd__err_row *r = cd__find(code);
    return r ? r->msg : "unknown error";
}

int cd_error_status(int code)
{
    const cd__err_row *r = cd__find(code);
    return r ? r->http : 500;
}
