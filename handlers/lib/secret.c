/* handlers/lib/secret.c — random tokens and SHA-256 digests (see secret.h). */
#include "secret.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

#include "auth.h"

const char *secret_random_token(cd_request *r, size_t bytes)
{
    unsigned char raw[64];
    if (bytes == 0 || bytes > sizeof raw || RAND_bytes(raw, (int)bytes) != 1)
        return NULL;
    char *out = cd_arena_alloc(r->arena, bytes * 2 + 4);
    if (!out)
        return NULL;
    cd_b64_encode(raw, bytes, out, 1);
    return out;
}

const char *secret_sha256_hex(cd_request *r, const char *s)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (EVP_Digest(s, strlen(s), md, &mdlen, EVP_sha256(), NULL) != 1)
        return NULL;
    static const char hex[] = "0123456789abcdef";
    char *out = cd_arena_alloc(r->arena, mdlen * 2 + 1);
    if (!out)
        return NULL;
    for (unsigned int i = 0; i < mdlen; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[mdlen * 2] = '\0';
    return out;
}
