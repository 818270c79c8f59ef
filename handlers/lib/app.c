/* handlers/lib/app.c — the application's start-up and its error envelope (see app.h).
 *
 * Errors: every error response is RealWorld's {"errors":{"body":["..."]}}; a validation error's
 * message is prefixed with the field it is about (from the JSON pointer the validators report).
 */
#include "app.h"

#include <string.h>

#include "api.h"
#include "caller.h"
#include "jsonw.h"
#include "ratelimit.h"

/* ---------------------------------------------------------------- error envelope */

static int app__default_error_code(int status)
{
    switch (status) {
    case 401:
        return CD_E_UNAUTHORIZED;
    case 403:
        return CD_E_FORBIDDEN;
    case 404:
        return CD_E_NOTFOUND;
    case 409:
        return CD_E_CONFLICT;
    case 413:
        return CD_E_TOOLARGE;
    case 501:
        return CD_E_NOTIMPL;
    default:
        return status >= 500 ? CD_E_UNAVAILABLE : CD_E_INVALID;
    }
}

static void app__error_body(cd_request *r, int status, const cd_verrors *errs)
{
    cd_jsonw w;
    cd_jsonw_init(&w, r->arena, 256);
    cd_jsonw_lit(&w, "{\"errors\":{\"body\":[");
    size_t n = errs ? errs->n : 0;
    for (size_t i = 0; i < n; i++) {
        const cd_verror *e = &errs->v[i];
        if (i)
            cd_jsonw_char(&w, ',');
        const char *ptr = e->pointer ? e->pointer : "";
        while (*ptr == '/')
            ptr++;
        const char *msg = *ptr ? cd_arena_printf(r->arena, "%s: %s", ptr, e->message) : NULL;
        cd_jsonw_str(&w, msg ? msg : e->message);
    }
    if (n == 0)
        cd_jsonw_str(&w, status == 429   ? "too many requests, retry later"
                         : status == 405 ? "method not allowed"
                                         : cd_error_message(app__default_error_code(status)));
    cd_jsonw_lit(&w, "]}}");
    size_t len = 0;
    const char *body = cd_jsonw_finish(&w, &len);
    if (!body) {
        body = "{\"errors\":{\"body\":[\"out of memory\"]}}";
        len = strlen(body);
    }
    r->status = status;
    r->res_body = body;
    r->res_len = len;
    r->res_type = "application/json";
}

/* ---------------------------------------------------------------- start-up */

int app_init(const cd_config *cfg)
{
    cd_app.error_body = app__error_body;
    cd_app.authenticate = caller_authenticate;
    return ratelimit_install(cfg->rate_limit);
}
