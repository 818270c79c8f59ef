/* runtime/request.c — request accessors, validation-error collection, error responses, the
 * application hooks and the per-operation hook registry (see request.h, api.h). */
#include "request.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "api.h"
#include "jsonw.h"

cd_app_hooks cd_app;

static const char *const cd__method_names[CD_M__COUNT] = {
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
};

cd_method cd_method_parse(const char *s)
{
    if (!s)
        return CD_M__COUNT;
    for (int i = 0; i < CD_M__COUNT; i++)
        if (!strcmp(s, cd__method_names[i]))
            return (cd_method)i;
    return CD_M__COUNT;
}

const char *cd_method_name(cd_method m)
{
    return (m >= 0 && m < CD_M__COUNT) ? cd__method_names[m] : "UNKNOWN";
}

const char *cd_http_reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status";
    }
}

/* ---- accessors ---- */

static const char *cd__kv_find(const cd_kv *kv, size_t n, const char *name, int icase)
{
    if (!name)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!kv[i].key)
            continue;
        if (icase ? !strcasecmp(kv[i].key, name) : !strcmp(kv[i].key, name))
            return kv[i].value ? kv[i].value : "";
    }
    return NULL;
}

const char *cd_req_query(const cd_request *r, const char *name)
{
    return cd__kv_find(r->query, r->nquery, name, 0);
}

const char *cd_req_header(const cd_request *r, const char *name)
{
    return cd__kv_find(r->headers, r->nheaders, name, 1);
}

const char *cd_req_cookie(const cd_request *r, const char *name)
{
    return cd__kv_find(r->cookies, r->ncookies, name, 0);
}

size_t cd_req_query_all(const cd_request *r, const char *name, const char **out, size_t max)
{
    size_t n = 0;
    if (!name)
        return 0;
    for (size_t i = 0; i < r->nquery; i++) {
        if (!r->query[i].key || strcmp(r->query[i].key, name))
            continue;
        if (n < max && out)
            out[n] = r->query[i].value ? r->query[i].value : "";
        n++;
    }
    return n;
}

int cd_req_add_header(cd_request *r, const char *name, const char *value)
{
    int rc = CD_E_INVALID;
    if (!name || !value || r->nres_headers >= CD_MAX_RES_HEADERS)
        goto out;
    /* Header injection: a CR or LF in a name or value would split the response. */
    if (strpbrk(name, "\r\n:") || strpbrk(value, "\r\n") || !*name)
        goto out;
    rc = CD_E_NOMEM;
    const char *k = cd_arena_strdup(r->arena, name);
    const char *v = cd_arena_strdup(r->arena, value);
    if (!k || !v)
        goto out;
    r->res_headers[r->nres_headers].key = k;
    r->res_headers[r->nres_headers].value = v;
    r->nres_headers++;
    rc = 0;
out:
    return rc;
}

void cd_req_set_json(cd_request *r, int status, const char *body, size_t len)
{
    r->status = status;
    r->res_body = body;
    r->res_len = body ? len : 0;
    r->res_type = body ? "application/json" : NULL;
}

/* ---- validation errors ---- */

void cd_verrors_init(cd_verrors *e, cd_arena *arena)
{
    e->arena = arena;
    e->v = NULL;
    e->n = 0;
    e->cap = 0;
    e->truncated = false;
}

int cd_verrors_add(cd_verrors *e, const char *pointer, const char *keyword, const char *fmt, ...)
{
    int rc = CD_E_NOMEM;
    if (e->n >= CD_VERRORS_MAX) {
        e->truncated = true;
        rc = 0;
        goto out;
    }
    if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 4;
        if (cap > CD_VERRORS_MAX)
            cap = CD_VERRORS_MAX;
        cd_verror *nv = cd_arena_realloc(e->arena, e->v, e->cap * sizeof *nv, cap * sizeof *nv);
        if (!nv)
            goto out;
        e->v = nv;
        e->cap = cap;
    }
    cd_verror *v = &e->v[e->n];
    v->pointer = cd_arena_strdup(e->arena, pointer ? pointer : "");
    v->keyword = cd_arena_strdup(e->arena, keyword ? keyword : "");
    va_list ap;
    va_start(ap, fmt);
    v->message = cd_arena_vprintf(e->arena, fmt, ap);
    va_end(ap);
    if (!v->pointer || !v->keyword || !v->message)
        goto out;
    e->n++;
    rc = 0;
out:
    return rc;
}

/* ---- error responses ---- */

/* Last resort when even the arena is exhausted: a static body. */
static const char cd__oom_body[] =
    "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}";

static void cd__default_error_body(cd_request *r, int status, const cd_verrors *errs)
{
    cd_jsonw w;
    char num[16];
    cd_jsonw_init(&w, r->arena, 256);
    cd_jsonw_lit(&w, "{\"type\":\"about:blank\",\"title\":");
    cd_jsonw_str(&w, cd_http_reason(status));
    int n = snprintf(num, sizeof num, "%d", status);
    cd_jsonw_lit(&w, ",\"status\":");
    cd_jsonw_raw(&w, num, n > 0 ? (size_t)n : 0);
    if (errs && errs->n > 0) {
        cd_jsonw_lit(&w, ",\"detail\":");
        cd_jsonw_str(&w, errs->v[0].message);
    }
    if (r->request_id) {
        cd_jsonw_lit(&w, ",\"request_id\":");
        cd_jsonw_str(&w, r->request_id);
    }
    cd_jsonw_lit(&w, ",\"errors\":[");
    for (size_t i = 0; errs && i < errs->n; i++) {
        if (i)
            cd_jsonw_char(&w, ',');
        cd_jsonw_lit(&w, "{\"pointer\":");
        cd_jsonw_str(&w, errs->v[i].pointer);
        cd_jsonw_lit(&w, ",\"keyword\":");
        cd_jsonw_str(&w, errs->v[i].keyword);
        cd_jsonw_lit(&w, ",\"message\":");
        cd_jsonw_str(&w, errs->v[i].message);
        cd_jsonw_char(&w, '}');
    }
    cd_jsonw_char(&w, ']');
    if (errs && errs->truncated)
        cd_jsonw_lit(&w, ",\"truncated\":true");
    cd_jsonw_char(&w, '}');
    size_t len = 0;
    const char *body = cd_jsonw_finish(&w, &len);
    r->status = status;
    if (body) {
        r->res_body = body;
        r->res_len = len;
        r->res_type = "application/problem+json";
    } else {
        r->status = 503;
        r->res_body = cd__oom_body;
        r->res_len = sizeof cd__oom_body - 1;
        r->res_type = "application/problem+json";
    }
}

int cd_req_error(cd_request *r, int status, const cd_verrors *errs)
{
    if (status < 100 || status > 599)
        status = 500;
    if (cd_app.error_body)
        cd_app.error_body(r, status, errs);
    else
        cd__default_error_body(r, status, errs);
    if (r->status == 0)
        r->status = status; /* a hook that forgot the status still answers */
    return CD_E_RESPONDED;
}

int cd_req_fail(cd_request *r, int status, const char *pointer, const char *fmt, ...)
{
    cd_verrors e;
    cd_verrors_init(&e, r->arena);
    cd_verror one;
    va_list ap;
    va_start(ap, fmt);
    char *msg = cd_arena_vprintf(r->arena, fmt, ap);
    va_end(ap);
    one.pointer = pointer ? pointer : "";
    one.keyword = "";
    one.message = msg ? msg : cd_http_reason(status);
    e.v = &one;
    e.n = 1;
    e.cap = 1;
    return cd_req_error(r, status, &e);
}

/* ---- API installation and per-operation hooks ---- */

#define CD__MAX_OPS 1024

static const cd_api *cd__api;
static cd_hook_before_fn cd__before[CD__MAX_OPS];
static cd_hook_after_fn cd__after[CD__MAX_OPS];
static cd_hook_before_fn cd__before_all;
static cd_hook_after_fn cd__after_all;

void cd_api_install(const cd_api *api)
{
    cd__api = api;
    memset(cd__before, 0, sizeof cd__before);
    memset(cd__after, 0, sizeof cd__after);
    cd__before_all = NULL;
    cd__after_all = NULL;
}

const cd_api *cd_api_installed(void)
{
    return cd__api;
}

int cd_hooks_register(const char *operation_id, cd_hook_before_fn before, cd_hook_after_fn after)
{
    int rc = CD_E_INVALID;
    if (!operation_id)
        goto out;
    if (!strcmp(operation_id, "*")) {
        cd__before_all = before;
        cd__after_all = after;
        rc = 0;
        goto out;
    }
    if (!cd__api)
        goto out;
    for (size_t i = 0; i < cd__api->nops && i < CD__MAX_OPS; i++) {
        if (cd__api->ops[i].operation_id && !strcmp(cd__api->ops[i].operation_id, operation_id)) {
            cd__before[i] = before;
            cd__after[i] = after;
            rc = 0;
            goto out;
        }
    }
out:
    return rc;
}

static long cd__op_index(const cd_request *r)
{
    if (!cd__api || !r->op || r->op < cd__api->ops || r->op >= cd__api->ops + cd__api->nops)
        return -1;
    long i = (long)(r->op - cd__api->ops);
    return i < CD__MAX_OPS ? i : -1;
}

int cd_hooks_run_before(cd_request *r)
{
    int rc = 0;
    if (cd__before_all && (rc = cd__before_all(r)) != 0)
        goto out;
    long i = cd__op_index(r);
    if (i >= 0 && cd__before[i])
        rc = cd__before[i](r);
out:
    return rc;
}

void cd_hooks_run_after(cd_request *r)
{
    long i = cd__op_index(r);
    if (i >= 0 && cd__after[i])
        cd__after[i](r);
    if (cd__after_all)
        cd__after_all(r);
}
