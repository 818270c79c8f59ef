/* runtime/conditional.h — conditional responses and compression: ETags (FNV-1a of the body),
 * If-None-Match (weak comparison), Accept-Encoding, gzip, and the embedded static bodies (spec,
 * docs) whose ETag and gzip form are computed once, on first use (gzip of the three took ~5 ms,
 * a quarter of start-up), so serving them costs no hashing or deflate per request.
 */
#ifndef CD_CONDITIONAL_H
#define CD_CONDITIONAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

#define CD_COND_GZIP_MIN 1024 /* smaller bodies are sent as they are */
#define CD_COND_MAX_BLOBS 8

/* FNV-1a 64: an ETag only needs to change when the body does; it is not a security boundary. */
uint64_t cd_cond_fnv1a(const char *p, size_t n);
/* If-None-Match (list, W/ prefixes, "*") matches etag (weak comparison). */
bool cd_cond_etag_matches(const char *if_none_match, const char *etag);
/* Accept-Encoding allows gzip (gzip, x-gzip or *, with q > 0). */
bool cd_cond_accepts_gzip(const char *accept_encoding);
/* gzip [in, in+n) into the arena; false when it would not help or zlib fails. */
bool cd_cond_gzip(cd_arena *a, const char *in, size_t n, const char **out, size_t *outn);

/* A static body served often: its ETag and gzip form, prepared on first use. */
typedef struct cd_cond_blob {
    const char *body;
    size_t len;
    bool ready;
    char etag[24];
    char *gz; /* malloc'd, NULL when gzip would not help */
    size_t gzlen;
} cd_cond_blob;

/* Registers a body (before serving; not thread-safe). */
void cd_cond_blob_register(const char *body, size_t len);
/* The prepared blob whose body pointer is `body`, or NULL (thread-safe). */
const cd_cond_blob *cd_cond_blob_find(const char *body);
void cd_cond_blobs_free(void);

#endif
