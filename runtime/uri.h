/* runtime/uri.h — the runtime's one percent-decoder and its query-string parser.
 *
 * Raw query strings are split and decoded once, on the event thread, into the request's arena;
 * path parameters are decoded by the generated engine (strictly: bad escapes are errors there).
 */
#ifndef CD_URI_H
#define CD_URI_H

#include <stddef.h>

#include "arena.h"
#include "request.h"

/* Value of one hex digit, or -1. */
int cd_uri_hexval(char c);
/* Percent-decodes [s, s+n) into a new arena string; '+' is a space (form encoding, as the
 * legacy Express service parsed queries). Malformed escapes are kept literally. The decoded
 * length (which counts decoded NULs) goes to *len when len is not NULL. NULL on NOMEM. */
char *cd_uri_form_decode(cd_arena *a, const char *s, size_t n, size_t *len);
/* Parses a raw query string (after '?') into r->query (arena): '&'-separated, percent-decoded,
 * '+' as space, a name without '=' has value NULL. 0, CD_E_NOMEM, or CD_E_INVALID when a name or
 * value decodes to a NUL byte (%00). */
int cd_uri_parse_query(cd_request *r, const char *q);

#endif
