/* tests/codegen/support/fake_runtime.c — test-only implementation of the runtime/request.h
 * functions the generated code calls, so generator tests build without the real server.
 * Errors given to cd_req_error() are also kept in fake_last_errors for the driver to print. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "fake_runtime.h"
#include "jsonw.h"

cd_app_hooks cd_app;
const cd_verrors *fake_last_errors;
int fake_hook_calls;
int fake_hook_block; /* when set, the "*" before hook answers 429 */

static const char *const fake_method_names[] = {"GET",    "HEAD",    "POST",  "PUT",
                                                 "PATCH",  "DELETE",  "OPTIONS", "TRACE"};

cd_method cd_method_parse(const char *s)
{
    for (int i = 0; i < CD_M__COUNT; i++)
        if (strcmp(s, fake_method_names[i]) == 0)
            return (cd_method)i;
    return CD_M__COUNT;
}

const char *cd_method_name(cd_method m)
{
    return m < CD_M__COUNT ? fake_method_names[m] : "?";
}

static const char *fake_find(const cd_kv *kv, size_t n, const char *name, int icase)
{
    for (size_t i = 0; i < n; i++)
        if (icase ? strcasecmp(kv[i].key, name) == 0 : strcmp(kv[i].key, name) == 0)
            return kv[i].value ? kv[i].value : "";
    return NULL;
}

const char *cd_req_query(const cd_request *r, const char *name)
{
    return fake_find(r->query, r->nquery, name, 0);
}

const char *cd_req_header(const cd_request *r, const char *name)
{
    return fake_find(r->headers, r->nheaders, name, 1);
}

const char *cd_req_cookie(const cd_request *r, const char *name)
{
    return fake_find(r->cookies, r->ncookies, name, 0);
}

size_t cd_req_query_all(const cd_request *r, const char *name, const char **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < r->nquery; i++) {
        if (strcmp(r->query[i].key, name) != 0)
            continue;
        if (n < max)
            out[n] = r->query[i].value ? r->query[i].value : "";
        n++;
    }
    return n;
}

int cd_req_add_header(cd_request *r, const char *name, const char *value)
{
    if (r->nres_headers >= CD_MAX_RES_HEADERS)
        return CD_E_INVALID;
    r->res_headers[r->nres_headers].key = cd_arena_strdup(r->arena, name);
    r->res_headers[r->nres_headers].value = cd_arena_strdup(r->arena, value);
    r->nres_headers++;
    return 0;
}

void cd_req_set_json(cd_request *r, int status, const char *body, size_t len)
{
    r->status = status;
    r->res_body = body;
    r->res_len = len;
    r->res_type = "application/json";
}

void cd_verrors_init(cd_verrors *e, cd_arena *arena)
{
    memset(e, 0, sizeof *e);
    e->arena = arena;
}

int cd_verrors_add(cd_verrors *e, const char *pointer, const char *keyword, const char *fmt, ...)
{
    if (e->n >= CD_VERRORS_MAX) {
        e->truncated = true;
        return 0;
    }
    if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 8;
        cd_verror *v = cd_arena_realloc(e->arena, e->v, e->cap * sizeof *v, cap * sizeof *v);
        if (!v)
            return CD_E_NOMEM;
        e->v = v;
        e->cap = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = cd_arena_vprintf(e->arena, fmt, ap);
    va_end(ap);
    e->v[e->n].pointer = cd_arena_strdup(e->arena, pointer);
    e->v[e->n].keyword = cd_arena_strdup(e->arena, keyword);
    e->v[e->n].message = msg;
    e->n++;
    return 0;
}

int cd_req_error(cd_request *r, int status, const cd_verrors *errs)
{
    /* errs may live on the caller's stack: keep a copy in the arena */
    cd_verrors *copy = cd_arena_alloc(r->arena, sizeof *copy);
    if (copy && errs)
        *copy = *errs;
    fake_last_errors = copy;
    if (cd_app.error_body) {
        cd_app.error_body(r, status, errs);
        return CD_E_RESPONDED;
    }
    cd_jsonw w;
    cd_jsonw_init(&w, r->arena, 128);
    cd_jsonw_lit(&w, "{\"status\":");
    cd_jsonw_int(&w, status);
    cd_jsonw_lit(&w, ",\"errors\":[");
    for (size_t i = 0; errs && i < errs->n; i++) {
        if (i)
            cd_jsonw_char(&w, ',');
        cd_jsonw_lit(&w, "{\"pointer\":");
        cd_jsonw_str(&w, errs->v[i].pointer);
        cd_jsonw_lit(&w, ",\"message\":");
        cd_jsonw_str(&w, errs->v[i].message);
        cd_jsonw_char(&w, '}');
    }
    cd_jsonw_lit(&w, "]}");
    size_t len = 0;
    const char *body = cd_jsonw_finish(&w, &len);
    cd_req_set_json(r, status, body, len);
    r->res_type = "application/problem+json";
    return CD_E_RESPONDED;
}

int cd_req_fail(cd_request *r, int status, const char *pointer, const char *fmt, ...)
{
    cd_verrors *e = cd_arena_alloc(r->arena, sizeof *e);
    if (!e)
        return CD_E_NOMEM;
    cd_verrors_init(e, r->arena);
    va_list ap;
    va_start(ap, fmt);
    char *msg = cd_arena_vprintf(r->arena, fmt, ap);
    va_end(ap);
    cd_verrors_add(e, pointer, "", "%s", msg ? msg : "");
    return cd_req_error(r, status, e);
}

int cd_hooks_register(const char *operation_id, cd_hook_before_fn before, cd_hook_after_fn after)
{
    (void)operation_id;
    (void)before;
    (void)after;
    return 0;
}

int cd_hooks_run_before(cd_request *r)
{
    fake_hook_calls++;
    if (fake_hook_block)
        return cd_req_fail(r, 429, "", "rate limited by a before hook");
    return 0;
}

void cd_hooks_run_after(cd_request *r)
{
    (void)r;
    fake_hook_calls++;
}

static const cd_api *fake_api;

void cd_api_install(const cd_api *api)
{
    fake_api = api;
}

const cd_api *cd_api_installed(void)
{
    return fake_api;
}
