/* runtime/auth.h — credentials: JWT HS256 tokens and PBKDF2-HMAC-SHA256 password hashes.
 *
 * Tokens: header {"alg":"HS256","typ":"JWT"}; claims sub (user id, string), username, iat, nbf,
 * exp. Verification compares signatures in constant time, rejects any alg but HS256 (including
 * "none"), and checks exp/nbf/iat with a small leeway.
 * Passwords: stored as "pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>" (16-byte random salt,
 * 32-byte key) — the legacy service's format, so its users keep working; the iteration count in
 * the string lets the cost rise later (cd_password_verify reports when a rehash is due).
 */
#ifndef CD_AUTH_H
#define CD_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct cd_auth_config {
    const char *jwt_secret;
    size_t jwt_secret_len;
    int64_t jwt_ttl_s;     /* token lifetime */
    int64_t jwt_leeway_s;  /* clock skew allowed on exp/nbf/iat */
    int pbkdf2_iterations; /* cost for new hashes (600000 by default) */
} cd_auth_config;

int cd_auth_init(const cd_auth_config *cfg); /* copies the config */
int cd_auth_pbkdf2_iterations(void);

typedef struct cd_jwt_claims {
    int64_t sub;
    const char *username; /* arena-owned */
    int64_t iat, nbf, exp;
} cd_jwt_claims;

/* Issue a token for user `sub` (arena-owned, NUL-terminated). */
int cd_jwt_issue(cd_arena *a, int64_t sub, const char *username, const char **out);
/* Verify a token; on success fill *out (strings in a). CD_E_UNAUTHORIZED for any bad token. */
int cd_jwt_verify(cd_arena *a, const char *token, cd_jwt_claims *out);

/* Hash a password with a fresh random salt at the configured cost (arena-owned string). */
int cd_password_hash(cd_arena *a, const char *password, const char **out);
/* 0 when password matches stored (constant-time compare); CD_E_UNAUTHORIZED when not, or when
 * stored is malformed. *needs_rehash (may be NULL) is set when stored uses a lower cost.
 * A failure always costs at least the configured PBKDF2 work (a cheaper or malformed stored hash
 * is padded), so failures are alike in time whatever was stored. */
int cd_password_verify(const char *password, const char *stored, bool *needs_rehash);
/* The work of cd_password_verify against a hash of the configured cost, for a lookup that found
 * no account: answering "no such user" faster than "wrong password" would reveal which
 * identifiers have accounts. Always CD_E_UNAUTHORIZED (CD_E_INTERNAL if hashing fails). */
int cd_password_verify_nobody(const char *password);

/* ---- lower-level pieces, exposed for tests and tooling ---- */

/* HMAC-SHA256 of input under key, base64url without padding (43 chars + NUL) into out. */
int cd_jwt_hs256(const void *key, size_t keylen, const char *input, size_t n, char out[44]);
/* Base64: url=1 → url-safe alphabet, no padding; url=0 → standard with padding. encode writes
 * 4*ceil(n/3)+1 bytes at most (NUL-terminated) and returns the length. decode is strict (rejects
 * bad padding and non-canonical trailing bits), out needs n*3/4+3 bytes; returns length or -1. */
size_t cd_b64_encode(const unsigned char *in, size_t n, char *out, int url);
long cd_b64_decode(const char *in, size_t n, unsigned char *out, int url);
/* Replace the clock (Unix seconds) used for iat/nbf/exp; NULL restores time(). Tests only. */
void cd_auth_set_clock(int64_t (*now)(void));

#endif
