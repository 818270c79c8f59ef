/* runtime/request.h — one HTTP request as the generated API layer and handlers see it.
 *
 * This is the seam between the hand-written runtime and generated/ + handlers/:
 *   - the runtime (server.c) fills the input half on the event thread — copies of the query
 *     arguments, headers and cookies, the complete body — all in r->arena, then hands the request
 *     to a worker;
 *   - generated code parses/validates from it, authenticates through the app hooks, calls the
 *     handler and writes the response half (status, body, headers);
 *   - the runtime queues that response on the event thread after resuming the connection.
 * Ownership: every pointer in a cd_request is owned by r->arena (freed when the request completes)
 * unless documented otherwise. Nothing here is shared between threads while a worker runs.
 */
#ifndef CD_REQUEST_H
#define CD_REQUEST_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "errors.h"

typedef enum cd_method {
    CD_M_GET = 0,
    CD_M_HEAD,
    CD_M_POST,
    CD_M_PUT,
    CD_M_PATCH,
    CD_M_DELETE,
    CD_M_OPTIONS,
    CD_M_TRACE,
    CD_M__COUNT /* unknown method */
} cd_method;

#define CD_METHOD_BIT(m) (1u << (m))
cd_method cd_method_parse(const char *s);
const char *cd_method_name(cd_method m);
/* Reason phrase for an HTTP status ("Not Found"); never NULL. */
const char *cd_http_reason(int status);

typedef struct cd_kv {
    const char *key;
    const char *value; /* NULL when the query argument had no '=' */
} cd_kv;

typedef struct cd_slice {
    const char *ptr;
    size_t len;
} cd_slice;

/* Who is calling, set by the application's authenticate hook. */
typedef struct cd_principal {
    bool authenticated;
    int64_t user_id;
    const char *username;
    const char *role;   /* e.g. "user", "admin" */
    const char *scheme; /* security scheme name that admitted the caller */
    const char *token;  /* the raw credential (arena copy) */
} cd_principal;

struct cd_op_info;
struct cd_db_session;

#define CD_MAX_RES_HEADERS 12

typedef struct cd_request {
    cd_arena *arena;

    /* ---- input (read-only once dispatched) ---- */
    cd_method method;
    const char *path; /* raw path, no query string, not percent-decoded */
    size_t path_len;
    const cd_kv *query; /* percent-decoded, in arrival order; repeated keys repeat */
    size_t nquery;
    const cd_kv *headers; /* names as received; look up case-insensitively */
    size_t nheaders;
    const cd_kv *cookies;
    size_t ncookies;
    const char *body; /* complete body, NUL-terminated copy; NULL when empty */
    size_t body_len;
    const char *client_ip;
    const char *request_id;
    int64_t deadline_ns;         /* CLOCK_MONOTONIC; 0 = none */
    const struct cd_op_info *op; /* matched operation; NULL for runtime endpoints */

    /* ---- set during dispatch ---- */
    bool no_block; /* an event-thread attempt: cd_req_may_block refuses (eventthread.h) */
    bool blocked;  /* the attempt was refused something: its output is discarded */
    cd_principal principal;
    struct cd_db_session *db; /* lazily acquired connection; released by the runtime */
    void *app;                /* free for the application's hooks */

    /* ---- output ---- */
    int status;
    const char *res_body; /* arena-owned; may be NULL for empty bodies */
    size_t res_len;
    const char *res_type; /* Content-Type; NULL → application/json when res_body is set */
    cd_kv res_headers[CD_MAX_RES_HEADERS];
    size_t nres_headers;
} cd_request;

/* First value of a query argument / header / cookie, or NULL. Header names compare
 * case-insensitively. A query argument present without '=' yields "" (not NULL). */
const char *cd_req_query(const cd_request *r, const char *name);
const char *cd_req_header(const cd_request *r, const char *name);
const char *cd_req_cookie(const cd_request *r, const char *name);
/* All values of a repeated query argument (explode=true arrays), in order; returns the count,
 * writes at most max pointers. */
size_t cd_req_query_all(const cd_request *r, const char *name, const char **out, size_t max);

/* Adds a response header (value copied into the arena). CD_E_NOMEM / CD_E_INVALID when full. */
int cd_req_add_header(cd_request *r, const char *name, const char *value);
/* Sets a JSON response; body must be arena-owned or static. */
void cd_req_set_json(cd_request *r, int status, const char *body, size_t len);

/* ---- validation / error collection ---- */

typedef struct cd_verror {
    const char *pointer; /* JSON pointer of the failing value ("" = whole body), or
                            "query/limit", "path/slug", "header/X-Foo", "cookie/x" for params */
    const char *keyword; /* failing keyword: "type", "required", "maxLength", "format", ... */
    const char *message; /* plain message, names the field */
} cd_verror;

#define CD_VERRORS_MAX 64 /* collect at most this many: hostile bodies cannot grow it */

typedef struct cd_verrors {
    cd_arena *arena;
    cd_verror *v;
    size_t n;
    size_t cap;
    bool truncated; /* more errors than CD_VERRORS_MAX */
} cd_verrors;

void cd_verrors_init(cd_verrors *e, cd_arena *arena);
/* pointer and keyword are copied; message is formatted into the arena. Returns 0 or CD_E_NOMEM. */
int cd_verrors_add(cd_verrors *e, const char *pointer, const char *keyword, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- error responses ---- */

/* Writes an error response for `status` with the given errors (may be NULL/empty) through the
 * application's error_body hook, or the default RFC 9457 problem+json body. Always returns
 * CD_E_RESPONDED so callers can `return cd_req_error(...)`. */
int cd_req_error(cd_request *r, int status, const cd_verrors *errs);
/* One-message convenience: cd_req_fail(r, 404, "article", "article not found"). */
int cd_req_fail(cd_request *r, int status, const char *pointer, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- application hooks (set once at start-up, before the server starts) ---- */

typedef struct cd_app_hooks {
    /* Shape the error body for status with errs (errs may have n == 0). Must set r->status,
     * r->res_body/res_len/res_type. NULL → RFC 9457 problem+json with an "errors" list. */
    void (*error_body)(cd_request *r, int status, const cd_verrors *errs);
    /* Verify `credential` for the security scheme `scheme` (as named in the spec). On success fill
     * *out and return 0; return CD_E_UNAUTHORIZED for a bad credential, or another CD_E_* code
     * (e.g. CD_E_UNAVAILABLE when the database is down). NULL → every credential is rejected. */
    int (*authenticate)(cd_request *r, const char *scheme, const char *credential,
                        cd_principal *out);
} cd_app_hooks;

extern cd_app_hooks cd_app;

/* Per-operation hooks keyed by operationId, run by generated dispatch code around the handler.
 * before: return 0 to continue, or a CD_E_* code / CD_E_RESPONDED (after setting a response)
 * to stop. after: runs after the handler (and after `before` stopped it), may adjust headers.
 * Register before the server starts; returns CD_E_INVALID for an unknown operationId.
 * Registering for "*" applies to every operation. */
typedef int (*cd_hook_before_fn)(cd_request *r);
typedef void (*cd_hook_after_fn)(cd_request *r);
int cd_hooks_register(const char *operation_id, cd_hook_before_fn before, cd_hook_after_fn after);
/* Called by generated code. */
int cd_hooks_run_before(cd_request *r);
void cd_hooks_run_after(cd_request *r);

#endif
