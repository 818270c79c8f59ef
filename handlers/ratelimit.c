/* handlers/ratelimit.c — per-client-IP token buckets for the credential endpoints. */
#include "ratelimit.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "request.h"

/* A fixed table of buckets, hashed by key: memory stays bounded whatever clients do. A
 * collision evicts the older bucket (its client gets a fresh budget), which errs on the side of
 * availability; with thousands of slots and a handful of abusive IPs it does not matter. */
typedef struct {
    char key[48];  /* client IP (IPv6 text fits in 46) */
    double tokens;
    int64_t at_ms; /* last refill */
} app__bucket;

struct app_ratelimit {
    pthread_mutex_t lock;
    unsigned per_minute;
    unsigned nslots;
    app__bucket *slots;
};

static uint64_t app__hash(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

app_ratelimit *app_ratelimit_new(unsigned per_minute, unsigned slots)
{
    app_ratelimit *rl = calloc(1, sizeof *rl);
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

void app_ratelimit_free(app_ratelimit *rl)
{
    if (!rl)
        return;
    pthread_mutex_destroy(&rl->lock);
    free(rl->slots);
    free(rl);
}

unsigned app_ratelimit_take(app_ratelimit *rl, const char *key, int64_t now_ms)
{
    unsigned wait = 0;
    double rate = rl->per_minute / 60000.0; /* tokens per ms */
    pthread_mutex_lock(&rl->lock);
    app__bucket *b = &rl->slots[app__hash(key) % rl->nslots];
    if (strncmp(b->key, key, sizeof b->key) != 0) {
        strncpy(b->key, key, sizeof b->key - 1);
        b->key[sizeof b->key - 1] = '\0';
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

static const char *const app__limited_ops[] = {"Login", "CreateUser", "RequestPasswordReset",
                                               "ConfirmPasswordReset"};
#define APP__NOPS (sizeof app__limited_ops / sizeof app__limited_ops[0])
static app_ratelimit *app__limits[APP__NOPS];

static int64_t app__now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int app__before(cd_request *r, size_t which)
{
    const char *ip = r->client_ip && *r->client_ip ? r->client_ip : "unknown";
    unsigned wait = app_ratelimit_take(app__limits[which], ip, app__now_ms());
    if (wait == 0)
        return 0;
    char secs[16];
    snprintf(secs, sizeof secs, "%u", wait);
    cd_req_add_header(r, "Retry-After", secs);
    return cd_req_fail(r, 429, "", "too many attempts from your address; retry in %u s", wait);
}

static int app__before_0(cd_request *r) { return app__before(r, 0); }
static int app__before_1(cd_request *r) { return app__before(r, 1); }
static int app__before_2(cd_request *r) { return app__before(r, 2); }
static int app__before_3(cd_request *r) { return app__before(r, 3); }
static const cd_hook_before_fn app__hooks[APP__NOPS] = {app__before_0, app__before_1,
                                                        app__before_2, app__before_3};

int app_ratelimit_init(void)
{
    const char *env = getenv("CONDUIT_RATE_LIMIT");
    long per_minute = 10;
    if (env && *env) {
        char *end;
        per_minute = strtol(env, &end, 10);
        if (*end || per_minute < 0 || per_minute > 1000000)
            return CD_E_INVALID;
    }
    if (per_minute == 0)
        return 0;
    for (size_t i = 0; i < APP__NOPS; i++) {
        app__limits[i] = app_ratelimit_new((unsigned)per_minute, 4096);
        if (!app__limits[i])
            return CD_E_NOMEM;
        int rc = cd_hooks_register(app__limited_ops[i], app__hooks[i], NULL);
        if (rc)
            return rc;
    }
    return 0;
}
