/* tests/fuzz/fuzz_headers.c — libFuzzer target: request header lines and cookies.
 *
 * Input: "Name: value" lines separated by '\n'; a Cookie line is also split into cookies the
 * way libmicrohttpd does. Every operation of openapi.yaml is dispatched with them (and a "{}"
 * body where the operation takes one): credentials in Authorization / X-API-Key (missing,
 * repeated, invalid, two users), Content-Type parsing (media type, parameters, charset,
 * repeats), header and cookie parameters. Seeds: tests/fuzz/corpus/headers/.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "api_handlers.h"
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_headers_parse(cd_request *r, const uint8_t *data, size_t size)
{
    size_t i = 0;
    while (i < size) {
        const uint8_t *nl = memchr(data + i, '\n', size - i);
        size_t len = nl ? (size_t)(nl - (data + i)) : size - i;
        const uint8_t *line = data + i;
        const uint8_t *colon = memchr(line, ':', len);
        if (colon && colon > line) {
            char *name = harness_strndup(r, line, (size_t)(colon - line));
            const uint8_t *v = colon + 1;
            size_t vn = len - (size_t)(v - line);
            while (vn && (*v == ' ' || *v == '\t')) {
                v++;
                vn--;
            }
            while (vn && (v[vn - 1] == ' ' || v[vn - 1] == '\t' || v[vn - 1] == '\r'))
                vn--;
            char *value = harness_strndup(r, v, vn);
            harness_add_header(r, name, value);
            if (strcasecmp(name, "Cookie") == 0)
                harness_parse_cookies(r, value);
        }
        i += len + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    harness_init();
    cd_request *r = harness_request();
    fuzz_headers_parse(r, data, size);
    for (size_t i = 0; i < api_conduit.nops; i++) {
        if (api_conduit.ops[i].max_body) {
            r->body = "{}";
            r->body_len = 2;
        } else {
            r->body = NULL;
            r->body_len = 0;
        }
        harness_dispatch_op(r, i, "1");
    }
    harness_free(r);
    return 0;
}
