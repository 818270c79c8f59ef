/* handlers/lib/ratelimit.c — per-client-IP token buckets for the credential endpoints. */
#include "ratelimit.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "request.h"

/* A fixed table of buckets, hashed by key: memory stays bounded whatever clients do. A
 * collision evicts the older bucket (its client gets a fresh budget), which errs on the side of
 * availability; with thousands of slots and a handful of abusive IPs it does not matter. */
typedef struct {
    char key[48]; /* client IP (IPv6 text fits in 46) */
    double tokens;
    int64_t at_ms; /* last refill */
} ratelimit__bucket;

struct ratelimit {
    pthread_mutex_t lock;
    unsigned per_minute;
    unsigned nslots;
    ratelimit__bucket *slots;
};

static uint64_t ratelimit__hash(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

ratelimit *ratelimit_new(unsigned per_minute, unsigned slots)
{
    ratelimit *rl = calloc(1, sizeof *rl);
    if (!rl)
        return NULL;
    rl->slots = calloc(slots, sizeof *rl->slots);
    if (!rl->slots) {
        free(rl);
        return NULL;
    }
    pthread_mutex_init(&rl->lock, NULL);
    rl->per_minute = per_minute;
    rl->nslots = slots;
    return rl;
}

void ratelimit_free(ratelimit *rl)
{
    if (!rl)
        return;
    pthread_mutex_destroy(&rl->lock);
    free(rl->slots);
    free(rl);
}

unsigned ratelimit_take(ratelimit *rl, const char *key, int64_t now_ms)
{
    unsigned wait = 0;
    double rate = rl->per_minute / 60000.0; /* tokens per ms */
    pthread_mutex_lock(&rl->lock);
    ratelimit__bucket *b = &rl->slots[ratelimit__hash(key) % rl->nslots];
    if (strncmp(b->key, key, sizeof b->key) != 0) {
        size_t n = strnlen(key, sizeof b->key - 1); /* longer keys are cut: still one bucket */
        memcpy(b->key, key, n);
        b->key[n] = '\0';
        b->tokens = rl->per_minute;
        b->at_ms = now_ms;
    }
    if (now_ms > b->at_ms) {
        b->tokens += (double)(now_ms - b->at_ms) * rate;
        if (b->tokens > rl->per_minute)
            b->tokens = rl->per_minute;
        b->at_ms = now_ms;
    }
    if (b->tokens >= 1.0) {
        b->tokens -= 1.0;
    } else {
        double ms = (1.0 - b->tokens) / rate;
        wait = (unsigned)ceil(ms / 1000.0 - 1e-9); /* seconds until one token, rounded up */
        if (wait == 0)
            wait = 1;
    }
    pthread_mutex_unlock(&rl->lock);
    return wait;
}

/* ---- the hooks ---- */

static const char *const ratelimit__limited_ops[] = {"Login", "CreateUser", "RequestPasswordReset",
                                                     "ConfirmPasswordReset"};
#define RATELIMIT__NOPS (sizeof ratelimit__limited_ops / sizeof ratelimit__limited_ops[0])
static ratelimit *ratelimit__limits[RATELIMIT__NOPS];

static int ratelimit__before(cd_request *r, size_t which)
{
    const char *ip = r->client_ip && *r->client_ip ? r->client_ip : "unknown";
    unsigned wait = ratelimit_take(ratelimit__limits[which], ip, cd_clock_ns() / 1000000);
    if (wait == 0)
        return 0;
    char secs[16];
    snprintf(secs, sizeof secs, "%u", wait);
    cd_req_add_header(r, "Retry-After", secs);
    return cd_req_fail(r, 429, "", "too many attempts from your address; retry in %u s", wait);
}

static int ratelimit__before_0(cd_request *r)
{
    return ratelimit__before(r, 0);
}
static int ratelimit__before_1(cd_request *r)
{
    return ratelimit__before(r, 1);
}
static int ratelimit__before_2(cd_request *r)
{
    return ratelimit__before(r, 2);
}
static int ratelimit__before_3(cd_request *r)
{
    return ratelimit__before(r, 3);
}
static const cd_hook_before_fn ratelimit__hooks[RATELIMIT__NOPS] = {
    ratelimit__before_0, ratelimit__before_1, ratelimit__before_2, ratelimit__before_3};

int ratelimit_install(int per_minute)
{
    if (per_minute < 0 || per_minute > 1000000)
        return CD_E_INVALID;
    if (per_minute == 0)
        return 0;
    for (size_t i = 0; i < RATELIMIT__NOPS; i++) {
        ratelimit__limits[i] = ratelimit_new((unsigned)per_minute, 4096);
        if (!ratelimit__limits[i])
            return CD_E_NOMEM;
        int rc = cd_hooks_register(ratelimit__limited_ops[i], ratelimit__hooks[i], NULL);
        if (rc)
            return rc;
    }
    return 0;
}
