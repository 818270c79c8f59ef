/* tests/fuzz/harness.h — shared by the libFuzzer targets in tests/fuzz/fuzz_*.c: builds a
 * cd_request in a fresh arena from fuzzer bytes and runs it through the generated engine for
 * openapi.yaml (generated/), with a fake authenticate hook and the weak 501 handler stubs.
 *
 * Nothing reaches a database or a socket: the targets exercise what parses untrusted input
 * before a handler runs — the runtime's query-string parser, routing, parameter decoding and
 * validation, security (credential extraction), Content-Type, JSON syntax and schema
 * validation, typed fill. A target fails on any sanitizer report (ASan, UBSan, leaks) or on an
 * answer the engine must never give for bad input (5xx other than the stubs' 501).
 */
#ifndef FUZZ_HARNESS_H
#define FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "request.h"

/* Initialises the generated API once (patterns, values) and installs the fake hooks. */
void harness_init(void);

/* A zeroed request in a fresh arena: method GET, path "/", no input. */
cd_request *harness_request(void);
void harness_free(cd_request *r);

/* Copies n bytes into r's arena as a NUL-terminated string (embedded NULs kept). */
char *harness_strndup(cd_request *r, const uint8_t *p, size_t n);

/* Adds a header / cookie / query argument (copied into the arena). */
void harness_add_header(cd_request *r, const char *name, const char *value);
void harness_add_cookie(cd_request *r, const char *name, const char *value);

/* Parses a Cookie header value the way libmicrohttpd does ("a=b; c=d") into r->cookies. */
void harness_parse_cookies(cd_request *r, const char *value);

/* Dispatches r to operation op with its path parameters set to `seg` (raw, not decoded); r's
 * method is set to the operation's. Checks the answer (see above) and aborts on a violation. */
void harness_dispatch_op(cd_request *r, size_t op, const char *seg);

/* Routes r->method + r->path and dispatches when an operation matched. */
void harness_route_and_dispatch(cd_request *r);

#endif
