/* runtime/cors.h — the CORS origin policy (CONDUIT_CORS_ORIGINS).
 *
 * A listed origin is echoed with credentials allowed (the refresh cookie); "*" allows any origin
 * without credentials (browsers refuse both together); an empty list means the local
 * development origins (http://localhost[:port], http://127.0.0.1[:port], http://[::1][:port])
 * in development mode and no cross-origin access in production mode. Set once at start-up.
 */
#ifndef CD_CORS_H
#define CD_CORS_H

#include <stdbool.h>

/* Parses the comma-separated list. 0 or CD_E_NOMEM. */
int cd_cors_init(const char *list, bool production);
bool cd_cors_allowed(const char *origin);
/* "*" is configured: answer Access-Control-Allow-Origin: * and no credentials. */
bool cd_cors_wildcard(void);
void cd_cors_free(void);

#endif
