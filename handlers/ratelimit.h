/* handlers/ratelimit.h — per-client-IP rate limits on the credential endpoints (login, register,
 * password reset), answered with 429 + Retry-After. Installed as per-operation `before` hooks.
 *
 * Limits are per process: behind a load balancer with N instances a client gets up to N times
 * the budget, which still bounds password guessing; a shared store would be needed to do better.
 * Setting: CONDUIT_RATE_LIMIT = attempts per minute per IP and operation (default 10, 0 = off).
 */
#ifndef APP_RATELIMIT_H
#define APP_RATELIMIT_H

#include <stdint.h>

int app_ratelimit_init(void);

/* Token bucket check for (key, now): 0 = allowed, otherwise the seconds to wait (>= 1).
 * Exposed for unit tests; `per_minute` is the bucket size and refill rate. */
typedef struct app_ratelimit app_ratelimit;
app_ratelimit *app_ratelimit_new(unsigned per_minute, unsigned slots);
void app_ratelimit_free(app_ratelimit *rl);
unsigned app_ratelimit_take(app_ratelimit *rl, const char *key, int64_t now_ms);

#endif
