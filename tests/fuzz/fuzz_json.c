/* tests/fuzz/fuzz_json.c — libFuzzer target: a request body.
 *
 * The bytes are given as an application/json body to every operation of openapi.yaml that
 * takes one: UTF-8 check, the strict RFC 8259 lexer (escapes, surrogates, numbers, depth),
 * json-c, schema validation (every keyword the spec uses, error collection) and the typed fill
 * of request structs. Seeds: tests/fuzz/corpus/json/ (bodies of real requests).
 */
#include <stddef.h>
#include <stdint.h>

#include "api_handlers.h"
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    harness_init();
    cd_request *r = harness_request();
    harness_add_header(r, "Authorization", "Token fuzz");
    harness_add_header(r, "Content-Type", "application/json");
    r->body = harness_strndup(r, data, size);
    r->body_len = size;
    for (size_t i = 0; i < api_conduit.nops; i++)
        if (api_conduit.ops[i].max_body)
            harness_dispatch_op(r, i, "1");
    harness_free(r);
    return 0;
}
