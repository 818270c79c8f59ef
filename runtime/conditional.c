/* runtime/conditional.c — ETags, If-None-Match, gzip, and the static bodies (see conditional.h).
 */
#include "conditional.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* FNV-1a 64: an ETag only needs to change when the body does; it is not a security boundary. */
uint64_t cd_cond_fnv1a(const char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* If-None-Match: "*" or a list of (weak or strong) tags; weak comparison per RFC 9110 §13.1.2. */
bool cd_cond_etag_matches(const char *inm, const char *etag)
{
    if (!inm)
        return false;
    if (etag[0] == 'W' && etag[1] == '/')
        etag += 2; /* weak comparison: opaque tags only */
    size_t elen = strlen(etag);
    const char *p = inm;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        if (!*p)
            break;
        if (*p == '*')
            return true;
        if (p[0] == 'W' && p[1] == '/')
            p += 2;
        const char *end = p;
        if (*p == '"') {
            end = strchr(p + 1, '"');
            if (!end)
                return false;
            end++;
        } else {
            while (*end && *end != ',')
                end++;
        }
        if ((size_t)(end - p) == elen && !memcmp(p, etag, elen))
            return true;
        p = end;
    }
    return false;
}

/* Accept-Encoding allows gzip unless it is absent or given q=0. */
bool cd_cond_accepts_gzip(const char *ae)
{
    if (!ae)
        return false;
    const char *p = ae;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        const char *tok = p;
        while (*p && *p != ',' && *p != ';' && *p != ' ')
            p++;
        size_t tn = (size_t)(p - tok);
        bool is_gzip = (tn == 4 && !strncasecmp(tok, "gzip", 4)) ||
                       (tn == 6 && !strncasecmp(tok, "x-gzip", 6)) || (tn == 1 && *tok == '*');
        double q = 1.0;
        while (*p && *p != ',') {
            if (*p == ';') {
                p++;
                while (*p == ' ')
                    p++;
                if ((p[0] == 'q' || p[0] == 'Q') && p[1] == '=')
                    q = strtod(p + 2, NULL);
            } else {
                p++;
            }
        }
        if (is_gzip && q > 0)
            return true;
    }
    return false;
}

/* gzip body into the arena; false when it would not help or zlib fails. */
bool cd_cond_gzip(cd_arena *a, const char *in, size_t n, const char **out, size_t *outn)
{
    bool ok = false;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (n > UINT32_MAX / 2 || deflateInit2(&z, 4, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY))
        return false;
    uLong bound = deflateBound(&z, (uLong)n);
    unsigned char *buf = cd_arena_alloc(a, bound);
    if (!buf)
        goto out;
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)n;
    z.next_out = buf;
    z.avail_out = (uInt)bound;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END || z.total_out >= n)
        goto out;
    *out = (const char *)buf;
    *outn = z.total_out;
    ok = true;
out:
    deflateEnd(&z);
    return ok;
}

static cd_cond_blob cd__blobs[CD_COND_MAX_BLOBS];
static size_t cd__nblobs;
static pthread_mutex_t cd__blobs_mu = PTHREAD_MUTEX_INITIALIZER;

void cd_cond_blob_register(const char *body, size_t len)
{
    if (!body || cd__nblobs >= CD_COND_MAX_BLOBS)
        return;
    cd_cond_blob *b = &cd__blobs[cd__nblobs++];
    memset(b, 0, sizeof *b);
    b->body = body;
    b->len = len;
}

static void cd__blob_prepare(cd_cond_blob *b)
{
    snprintf(b->etag, sizeof b->etag, "\"%016" PRIx64 "\"", cd_cond_fnv1a(b->body, b->len));
    cd_arena *a = cd_arena_new(b->len + 4096, 0);
    const char *gz = NULL;
    size_t gzn = 0;
    if (a && b->len > CD_COND_GZIP_MIN && cd_cond_gzip(a, b->body, b->len, &gz, &gzn)) {
        b->gz = malloc(gzn);
        if (b->gz) {
            memcpy(b->gz, gz, gzn);
            b->gzlen = gzn;
        }
    }
    cd_arena_free(a);
    b->ready = true;
}

const cd_cond_blob *cd_cond_blob_find(const char *body)
{
    for (size_t i = 0; body && i < cd__nblobs; i++) {
        cd_cond_blob *b = &cd__blobs[i];
        if (b->body != body)
            continue;
        pthread_mutex_lock(&cd__blobs_mu);
        if (!b->ready)
            cd__blob_prepare(b);
        pthread_mutex_unlock(&cd__blobs_mu);
        return b;
    }
    return NULL;
}

void cd_cond_blobs_free(void)
{
    for (size_t i = 0; i < cd__nblobs; i++)
        free(cd__blobs[i].gz);
    memset(cd__blobs, 0, sizeof cd__blobs);
    cd__nblobs = 0;
}
