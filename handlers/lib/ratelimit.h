/* handlers/lib/ratelimit.h — per-client-IP rate limits on the credential endpoints (login,
 * register, password reset), answered with 429 + Retry-After. Installed as per-operation `before`
 * hooks.
 *
 * Limits are per process: behind a load balancer with N instances a client gets up to N times
 * the budget, which still bounds password guessing; a shared store would be needed to do better.
 * Setting: CONDUIT_RATE_LIMIT (cd_config.rate_limit) = attempts per minute per IP and operation.
 */
#ifndef RATELIMIT_H
#define RATELIMIT_H

#include <stdint.h>

/* Register the hooks with `per_minute` attempts (0 = off). 0, CD_E_INVALID or CD_E_NOMEM. */
int ratelimit_install(int per_minute);

/* Token bucket check for (key, now): 0 = allowed, otherwise the seconds to wait (>= 1).
 * Exposed for unit tests; `per_minute` is the bucket size and refill rate. */
typedef struct ratelimit ratelimit;
ratelimit *ratelimit_new(unsigned per_minute, unsigned slots);
void ratelimit_free(ratelimit *rl);
unsigned ratelimit_take(ratelimit *rl, const char *key, int64_t now_ms);

#endif
