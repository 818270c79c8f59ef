/* handlers/lib/secret.h — the secrets handlers mint and store: random URL-safe tokens (refresh
 * tokens, API keys, reset tokens, webhook secrets) and the SHA-256 under which they are stored, so
 * that a database leak does not hand out live credentials. */
#ifndef SECRET_H
#define SECRET_H

#include <stddef.h>

#include "request.h"

/* Random URL-safe secret of `bytes` random bytes (base64url, no padding), arena-owned; NULL when
 * bytes is 0 or over 64, or on failure. */
const char *secret_random_token(cd_request *r, size_t bytes);
/* Lower-case hex SHA-256 of s, arena-owned (for tokens stored hashed). NULL on failure. */
const char *secret_sha256_hex(cd_request *r, const char *s);

#endif
