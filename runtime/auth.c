/* runtime/auth.c — JWT HS256 and PBKDF2-HMAC-SHA256 password hashes over OpenSSL (see auth.h).
 *
 * Invariants: the secret is copied once at init and never logged; every comparison of secret-
 * derived bytes is CRYPTO_memcmp; token and hash inputs are length-capped before any decoding so
 * a hostile header cannot make us allocate or hash without bound.
 */
#include "auth.h"

#include <errno.h>
#include <inttypes.h>
#include <json-c/json.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errors.h"
#include "eventthread.h"

#define CD__TOKEN_MAX 4096
#define CD__HASH_MAX 512
#define CD__SALT_LEN 16
#define CD__KEY_LEN 32
#define CD__MAX_ITER 100000000

static unsigned char *cd__secret;
static size_t cd__secret_len;
static int64_t cd__ttl_s = 3600;
static int64_t cd__leeway_s = 30;
static int cd__iterations = 600000;
static int64_t (*cd__clock)(void);

int cd_auth_init(const cd_auth_config *cfg)
{
    int rc = CD_E_INVALID;
    if (!cfg || !cfg->jwt_secret || cfg->jwt_secret_len == 0 || cfg->pbkdf2_iterations < 1 ||
        cfg->pbkdf2_iterations > CD__MAX_ITER || cfg->jwt_ttl_s <= 0 || cfg->jwt_leeway_s < 0)
        goto out;
    rc = CD_E_NOMEM;
    unsigned char *s = malloc(cfg->jwt_secret_len);
    if (!s)
        goto out;
    memcpy(s, cfg->jwt_secret, cfg->jwt_secret_len);
    if (cd__secret) {
        OPENSSL_cleanse(cd__secret, cd__secret_len);
        free(cd__secret);
    }
    cd__secret = s;
    cd__secret_len = cfg->jwt_secret_len;
    cd__ttl_s = cfg->jwt_ttl_s;
    cd__leeway_s = cfg->jwt_leeway_s;
    cd__iterations = cfg->pbkdf2_iterations;
    rc = 0;
out:
    return rc;
}

int cd_auth_pbkdf2_iterations(void)
{
    return cd__iterations;
}

void cd_auth_set_clock(int64_t (*now)(void))
{
    cd__clock = now;
}

static int64_t cd__now(void)
{
    if (cd__clock)
        return cd__clock();
    return (int64_t)time(NULL);
}

/* ---- base64 (standard with padding, and url-safe without) ---- */

static const char cd__b64std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char cd__b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t cd_b64_encode(const unsigned char *in, size_t n, char *out, int url)
{
    const char *t = url ? cd__b64url : cd__b64std;
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = t[v >> 18];
        out[o++] = t[(v >> 12) & 63];
        out[o++] = t[(v >> 6) & 63];
        out[o++] = t[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)in[i] << 16;
        out[o++] = t[v >> 18];
        out[o++] = t[(v >> 12) & 63];
        if (!url) {
            out[o++] = '=';
            out[o++] = '=';
        }
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
        out[o++] = t[v >> 18];
        out[o++] = t[(v >> 12) & 63];
        out[o++] = t[(v >> 6) & 63];
        if (!url)
            out[o++] = '=';
    }
    out[o] = '\0';
    return o;
}

static int cd__b64val(char c, int url)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == (url ? '-' : '+'))
        return 62;
    if (c == (url ? '_' : '/'))
        return 63;
    return -1;
}

/* Strict decoder: url mode takes no padding; standard mode needs correct padding. Non-zero
 * trailing bits are rejected so each value has exactly one encoding (no malleable tokens).
 * out needs n*3/4+3 bytes. Returns the decoded length or -1. */
long cd_b64_decode(const char *in, size_t n, unsigned char *out, int url)
{
    if (!url) {
        if (n % 4)
            return -1;
        if (n && in[n - 1] == '=')
            n--;
        if (n && in[n - 1] == '=')
            n--;
    }
    if (n % 4 == 1)
        return -1;
    size_t o = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = cd__b64val(in[i], url);
        if (v < 0)
            return -1;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (unsigned char)(acc >> bits);
        }
    }
    if (bits && (acc & ((1u << bits) - 1)))
        return -1;
    return (long)o;
}

/* ---- JWT ---- */

static const char cd__jwt_header[] = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

int cd_jwt_hs256(const void *key, size_t keylen, const char *input, size_t n, char out[44])
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int maclen = 0;
    if (keylen > INT32_MAX ||
        !HMAC(EVP_sha256(), key, (int)keylen, (const unsigned char *)input, n, mac, &maclen) ||
        maclen != 32)
        return CD_E_INTERNAL;
    cd_b64_encode(mac, 32, out, 1);
    return 0;
}

int cd_jwt_issue(cd_arena *a, int64_t sub, const char *username, const char **out)
{
    int rc = CD_E_INTERNAL;
    json_object *claims = NULL;
    char *tok = NULL;
    if (!cd__secret)
        goto out;
    int64_t now = cd__now();
    char subs[24];
    snprintf(subs, sizeof subs, "%" PRId64, sub);
    rc = CD_E_NOMEM;
    claims = json_object_new_object();
    if (!claims || json_object_object_add(claims, "sub", json_object_new_string(subs)) ||
        json_object_object_add(claims, "username",
                               json_object_new_string(username ? username : "")) ||
        json_object_object_add(claims, "iat", json_object_new_int64(now)) ||
        json_object_object_add(claims, "nbf", json_object_new_int64(now)) ||
        json_object_object_add(claims, "exp", json_object_new_int64(now + cd__ttl_s)))
        goto out;
    size_t plen = 0;
    const char *payload = json_object_to_json_string_length(claims, JSON_C_TO_STRING_PLAIN, &plen);
    if (!payload)
        goto out;
    size_t hlen = sizeof cd__jwt_header - 1;
    size_t cap = (hlen + 2) / 3 * 4 + (plen + 2) / 3 * 4 + 2 + 44 + 1;
    tok = cd_arena_alloc(a, cap);
    if (!tok)
        goto out;
    size_t o = cd_b64_encode((const unsigned char *)cd__jwt_header, hlen, tok, 1);
    tok[o++] = '.';
    o += cd_b64_encode((const unsigned char *)payload, plen, tok + o, 1);
    char sig[44];
    rc = cd_jwt_hs256(cd__secret, cd__secret_len, tok, o, sig);
    if (rc)
        goto out;
    tok[o++] = '.';
    memcpy(tok + o, sig, strlen(sig) + 1);
    *out = tok;
    rc = 0;
out:
    json_object_put(claims);
    return rc;
}

/* Parses a JSON object from base64url segment [s, s+n) into a json-c tree (caller puts). */
static json_object *cd__segment_json(const char *s, size_t n)
{
    json_object *obj = NULL;
    json_tokener *tk = NULL;
    unsigned char *buf = malloc(n * 3 / 4 + 4);
    if (!buf)
        goto out;
    long len = cd_b64_decode(s, n, buf, 1);
    if (len <= 0)
        goto out;
    tk = json_tokener_new_ex(8);
    if (!tk)
        goto out;
    json_tokener_set_flags(tk, JSON_TOKENER_STRICT);
    obj = json_tokener_parse_ex(tk, (const char *)buf, (int)len);
    if (obj && (json_tokener_get_error(tk) != json_tokener_success ||
                json_tokener_get_parse_end(tk) != (size_t)len ||
                !json_object_is_type(obj, json_type_object))) {
        json_object_put(obj);
        obj = NULL;
    }
out:
    if (tk) /* json_tokener_free(NULL) crashes in json-c 0.16 */
        json_tokener_free(tk);
    free(buf);
    return obj;
}

/* An integer claim (NumericDate). Absent → *present = 0. Wrong type → -1. */
static int cd__claim_int(json_object *o, const char *name, int64_t *v, int *present)
{
    json_object *x = NULL;
    *present = 0;
    if (!json_object_object_get_ex(o, name, &x))
        return 0;
    if (!json_object_is_type(x, json_type_int))
        return -1;
    errno = 0;
    *v = json_object_get_int64(x);
    if (errno)
        return -1;
    *present = 1;
    return 0;
}

int cd_jwt_verify(cd_arena *a, const char *token, cd_jwt_claims *out)
{
    int rc = CD_E_UNAUTHORIZED;
    json_object *hdr = NULL, *claims = NULL;
    if (!token || !cd__secret)
        goto out;
    size_t n = strnlen(token, CD__TOKEN_MAX + 1);
    if (n > CD__TOKEN_MAX)
        goto out;
    const char *d1 = memchr(token, '.', n);
    if (!d1)
        goto out;
    const char *d2 = memchr(d1 + 1, '.', n - (size_t)(d1 + 1 - token));
    if (!d2 || memchr(d2 + 1, '.', n - (size_t)(d2 + 1 - token)))
        goto out;

    /* Signature first: nothing from an unauthenticated payload is parsed before it checks out,
     * except the header, whose alg must be exactly HS256 (no "none", no key confusion). */
    hdr = cd__segment_json(token, (size_t)(d1 - token));
    json_object *alg = NULL;
    if (!hdr || !json_object_object_get_ex(hdr, "alg", &alg) ||
        !json_object_is_type(alg, json_type_string) || strcmp(json_object_get_string(alg), "HS256"))
        goto out;
    json_object *crit = NULL;
    if (json_object_object_get_ex(hdr, "crit", &crit))
        goto out; /* we understand no extensions */

    char expect[44];
    if (cd_jwt_hs256(cd__secret, cd__secret_len, token, (size_t)(d2 - token), expect))
        goto out;
    size_t slen = n - (size_t)(d2 + 1 - token);
    if (slen != 43 || CRYPTO_memcmp(expect, d2 + 1, 43) != 0)
        goto out;

    claims = cd__segment_json(d1 + 1, (size_t)(d2 - d1 - 1));
    if (!claims)
        goto out;
    int64_t now = cd__now(), exp = 0, nbf = 0, iat = 0;
    int has_exp, has_nbf, has_iat;
    if (cd__claim_int(claims, "exp", &exp, &has_exp) ||
        cd__claim_int(claims, "nbf", &nbf, &has_nbf) ||
        cd__claim_int(claims, "iat", &iat, &has_iat))
        goto out;
    if (!has_exp || now > exp + cd__leeway_s)
        goto out; /* tokens without exp never expire: refuse them */
    if (has_nbf && now + cd__leeway_s < nbf)
        goto out;
    if (has_iat && now + cd__leeway_s < iat)
        goto out;

    /* sub: a decimal string (ours); legacy tokens carry a numeric "id" instead. */
    int64_t sub = 0;
    json_object *js = NULL;
    if (json_object_object_get_ex(claims, "sub", &js)) {
        if (!json_object_is_type(js, json_type_string))
            goto out;
        const char *s = json_object_get_string(js);
        char *end = NULL;
        errno = 0;
        long long v = strtoll(s, &end, 10);
        if (errno || end == s || *end || v <= 0)
            goto out;
        sub = v;
    } else {
        int has_id = 0;
        if (cd__claim_int(claims, "id", &sub, &has_id) || !has_id || sub <= 0)
            goto out;
    }
    const char *username = NULL;
    json_object *ju = NULL;
    if (json_object_object_get_ex(claims, "username", &ju)) {
        if (!json_object_is_type(ju, json_type_string))
            goto out;
        username = cd_arena_strdup(a, json_object_get_string(ju));
        if (!username) {
            rc = CD_E_NOMEM;
            goto out;
        }
    }
    out->sub = sub;
    out->username = username;
    out->iat = has_iat ? iat : 0;
    out->nbf = has_nbf ? nbf : 0;
    out->exp = exp;
    rc = 0;
out:
    json_object_put(hdr);
    json_object_put(claims);
    return rc;
}

/* ---- passwords ---- */

static const char cd__scheme[] = "pbkdf2_sha256";

int cd_password_hash(cd_arena *a, const char *password, const char **out)
{
    cd_evt_block_point("pbkdf2");
    int rc = CD_E_INVALID;
    unsigned char salt[CD__SALT_LEN], key[CD__KEY_LEN];
    if (!password)
        goto out;
    rc = CD_E_INTERNAL;
    if (RAND_bytes(salt, sizeof salt) != 1)
        goto out;
    if (PKCS5_PBKDF2_HMAC(password, (int)strnlen(password, INT32_MAX), salt, sizeof salt,
                          cd__iterations, EVP_sha256(), sizeof key, key) != 1)
        goto out;
    char s64[32], k64[48];
    cd_b64_encode(salt, sizeof salt, s64, 0);
    cd_b64_encode(key, sizeof key, k64, 0);
    rc = CD_E_NOMEM;
    char *h = cd_arena_printf(a, "%s$%d$%s$%s", cd__scheme, cd__iterations, s64, k64);
    if (!h)
        goto out;
    *out = h;
    rc = 0;
out:
    OPENSSL_cleanse(key, sizeof key);
    return rc;
}

/* PBKDF2 work whose result is thrown away: `iterations` rounds of one 32-byte block. A fixed salt
 * is fine, nothing is compared. 0, or CD_E_INTERNAL. */
static int cd__burn(const char *password, long long iterations)
{
    static const unsigned char salt[CD__SALT_LEN] = "conduit-no-user";
    unsigned char key[CD__KEY_LEN];
    int rc = 0;
    if (iterations > 0 &&
        PKCS5_PBKDF2_HMAC(password, (int)strnlen(password, INT32_MAX), salt, sizeof salt,
                          (int)iterations, EVP_sha256(), sizeof key, key) != 1)
        rc = CD_E_INTERNAL;
    OPENSSL_cleanse(key, sizeof key);
    return rc;
}

int cd_password_verify(const char *password, const char *stored, bool *needs_rehash)
{
    cd_evt_block_point("pbkdf2");
    int rc = CD_E_UNAUTHORIZED;
    long long work = 0; /* PBKDF2 rounds done, in 32-byte blocks */
    unsigned char salt[CD__HASH_MAX], want[CD__HASH_MAX], got[CD__HASH_MAX];
    if (needs_rehash)
        *needs_rehash = false;
    if (!password || !stored)
        goto out;
    size_t n = strnlen(stored, CD__HASH_MAX + 1);
    if (n > CD__HASH_MAX)
        goto out;
    /* pbkdf2_sha256$<iter>$<salt>$<hash> */
    const char *p1 = memchr(stored, '$', n);
    if (!p1 || (size_t)(p1 - stored) != sizeof cd__scheme - 1 ||
        memcmp(stored, cd__scheme, sizeof cd__scheme - 1))
        goto out;
    const char *p2 = memchr(p1 + 1, '$', n - (size_t)(p1 + 1 - stored));
    if (!p2)
        goto out;
    const char *p3 = memchr(p2 + 1, '$', n - (size_t)(p2 + 1 - stored));
    if (!p3 || memchr(p3 + 1, '$', n - (size_t)(p3 + 1 - stored)))
        goto out;
    long long iter = 0;
    for (const char *q = p1 + 1; q < p2; q++) {
        if (*q < '0' || *q > '9' || iter > CD__MAX_ITER)
            goto out;
        iter = iter * 10 + (*q - '0');
    }
    if (p2 == p1 + 1 || iter < 1 || iter > CD__MAX_ITER)
        goto out;
    long slen = cd_b64_decode(p2 + 1, (size_t)(p3 - p2 - 1), salt, 0);
    long klen = cd_b64_decode(p3 + 1, n - (size_t)(p3 + 1 - stored), want, 0);
    if (slen < 0 || klen < 16 || klen > 64)
        goto out;
    if (PKCS5_PBKDF2_HMAC(password, (int)strnlen(password, INT32_MAX), salt, (int)slen, (int)iter,
                          EVP_sha256(), (int)klen, got) != 1) {
        rc = CD_E_INTERNAL;
        goto out;
    }
    work = iter * ((klen + CD__KEY_LEN - 1) / CD__KEY_LEN);
    if (CRYPTO_memcmp(got, want, (size_t)klen) != 0)
        goto out;
    if (needs_rehash)
        *needs_rehash = iter < cd__iterations || klen != CD__KEY_LEN || slen < CD__SALT_LEN;
    rc = 0;
out:
    /* A failure costs at least a verification at the configured cost — whether the account is
     * missing, its hash malformed or cheaper (legacy) — so its timing tells nothing about it. */
    if (rc == CD_E_UNAUTHORIZED && cd__burn(password ? password : "", cd__iterations - work))
        rc = CD_E_INTERNAL;
    OPENSSL_cleanse(got, sizeof got);
    return rc;
}

int cd_password_verify_nobody(const char *password)
{
    cd_evt_block_point("pbkdf2");
    return cd_password_verify(password, NULL, NULL);
}
