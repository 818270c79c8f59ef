/* runtime/errors.h — the one table of runtime error codes: name, message and HTTP status.
 *
 * Functions across runtime/, generated/ and handlers/ return 0 on success or a negative
 * CD_E_* code. cd_error_status() maps a code to the HTTP status a client should see.
 */
#ifndef CD_ERRORS_H
#define CD_ERRORS_H

/* Kept aligned in columns by hand. */
/* clang-format off */
/*  X(name,          code, http, message) */
#define CD_ERROR_MAP(X)                                                                  \
    X(CD_E_NOMEM,       -1, 503, "out of memory")                                        \
    X(CD_E_UNAVAILABLE, -2, 503, "service temporarily unavailable")                      \
    X(CD_E_TIMEOUT,     -3, 503, "request deadline exceeded")                            \
    X(CD_E_INTERNAL,    -4, 500, "internal error")                                       \
    X(CD_E_INVALID,     -5, 400, "invalid request")                                      \
    X(CD_E_NOTFOUND,    -6, 404, "not found")                                            \
    X(CD_E_CONFLICT,    -7, 409, "conflict")                                             \
    X(CD_E_UNAUTHORIZED,-8, 401, "unauthorized")                                         \
    X(CD_E_FORBIDDEN,   -9, 403, "forbidden")                                            \
    X(CD_E_TOOLARGE,   -10, 413, "request body too large")                               \
    X(CD_E_DB,         -11, 500, "database error")                                       \
    X(CD_E_NOTIMPL,    -12, 501, "not implemented")                                      \
    X(CD_E_RESPONDED,  -13, 0,   "response already set") /* not an error: r holds it */
/* clang-format on */

enum {
#define CD__ERR_ENUM(name, code, http, msg) name = code,
    CD_ERROR_MAP(CD__ERR_ENUM)
#undef CD__ERR_ENUM
};

const char *cd_error_name(int code);
const char *cd_error_message(int code);
int cd_error_status(int code); /* 500 for unknown codes */

#endif
