/* runtime/jsonw.h — append-only JSON text writer into a per-request arena.
 *
 * Generated serializers write responses with it directly (no intermediate json-c tree), which
 * keeps serialization to one pass and no heap churn. Errors are sticky: after an allocation
 * failure every call is a no-op and cd_jsonw_finish() returns NULL, so callers check once.
 * The writer does not track commas or nesting: the caller (generated code) emits structure.
 */
#ifndef CD_JSONW_H
#define CD_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct cd_jsonw {
    cd_arena *arena;
    char *buf;
    size_t len;
    size_t cap;
    int err; /* non-zero after a failure */
} cd_jsonw;

void cd_jsonw_init(cd_jsonw *w, cd_arena *arena, size_t initial);
void cd_jsonw_raw(cd_jsonw *w, const char *s, size_t n);
/* A literal: cd_jsonw_lit(w, "{\"user\":") — length computed at compile time. */
#define cd_jsonw_lit(w, s) cd_jsonw_raw((w), (s), sizeof(s) - 1)
void cd_jsonw_char(cd_jsonw *w, char c);
/* A JSON string, quoted and escaped; NULL writes null. Invalid UTF-8 is replaced by U+FFFD so
 * the output is always valid JSON. */
void cd_jsonw_str(cd_jsonw *w, const char *s);
void cd_jsonw_strn(cd_jsonw *w, const char *s, size_t n);
void cd_jsonw_int(cd_jsonw *w, int64_t v);
/* Finite doubles in shortest round-trip form; NaN/Inf (not JSON) write null. */
void cd_jsonw_double(cd_jsonw *w, double v);
void cd_jsonw_bool(cd_jsonw *w, bool v);
void cd_jsonw_null(cd_jsonw *w);
/* NUL-terminates and returns the text (arena-owned), or NULL if any write failed. */
const char *cd_jsonw_finish(cd_jsonw *w, size_t *len);

#endif
