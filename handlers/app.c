/* handlers/app.c — Conduit's application hooks: RealWorld error envelope, token authentication.
 *
 * Errors: every error response is RealWorld's {"errors":{"body":["..."]}}; a validation error's
 * message names the field it is about (the generated validators put the JSON pointer in it).
 * Auth: the `Token` scheme carries "Token <jwt>" (RealWorld) or "Bearer <jwt>" in Authorization.
 */
#include "app.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api.h"
#include "auth.h"
#include "db.h"
#include "jsonw.h"

/* "user/email: must be a valid email" — the pointer ("/user/email") without its leading slash,
 * so each message names the field even when read without the structure. */
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
        if (*ptr) {
            const char *msg = cd_arena_printf(r->arena, "%s: %s", ptr, e->message);
            cd_jsonw_str(&w, msg ? msg : e->message);
        } else {
            cd_jsonw_str(&w, e->message);
        }
    }
    if (n == 0)
        cd_jsonw_str(&w, cd_error_message(status == 404   ? CD_E_NOTFOUND
                                          : status == 401 ? CD_E_UNAUTHORIZED
                                          : status == 403 ? CD_E_FORBIDDEN
                                          : status >= 500 ? CD_E_INTERNAL
                                                          : CD_E_INVALID));
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

static int app__authenticate(cd_request *r, const char *scheme, const char *credential,
                             cd_principal *out)
{
    (void)scheme;
    const char *sp = strchr(credential, ' ');
    if (!sp)
        return CD_E_UNAUTHORIZED;
    size_t kind = (size_t)(sp - credential);
    if (!((kind == 5 && strncasecmp(credential, "Token", 5) == 0) ||
          (kind == 6 && strncasecmp(credential, "Bearer", 6) == 0)))
        return CD_E_UNAUTHORIZED;
    const char *token = sp + 1;
    while (*token == ' ')
        token++;
    cd_jwt_claims claims;
    int rc = cd_jwt_verify(r->arena, token, &claims);
    if (rc)
        return CD_E_UNAUTHORIZED;
    out->authenticated = true;
    out->user_id = claims.sub;
    out->username = claims.username;
    out->role = "user";
    out->scheme = "Token";
    out->token = cd_arena_strdup(r->arena, token);
    return out->token ? 0 : CD_E_NOMEM;
}

int app_db_error(cd_request *r, int rc)
{
    if (rc != CD_E_DB)
        return rc;
    const char *state = cd_db_sqlstate(r);
    const char *constraint = cd_db_constraint(r);
    if (strcmp(state, "23505") == 0) {
        if (strcmp(constraint, "users_email_key") == 0)
            return cd_req_fail(r, 422, "/user/email", "email has already been taken");
        if (strcmp(constraint, "users_username_key") == 0)
            return cd_req_fail(r, 422, "/user/username", "username has already been taken");
        return cd_req_fail(r, 409, "", "conflict with an existing resource");
    }
    return rc;
}

int app_init(void)
{
    cd_app.error_body = app__error_body;
    cd_app.authenticate = app__authenticate;
    return 0;
}
