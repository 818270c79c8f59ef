/* tests/fuzz/fuzz_query.c — libFuzzer target: a raw query string (the part after '?').
 *
 * Parsed by the runtime (cd_uri_parse_query: '&'-split, percent-decoding, '+'), then given to
 * every GET operation of openapi.yaml: repeated names, scalar/array styles, integer/number/
 * boolean conversion, enum/pattern/length validation, the ApiKey-in-query credential path.
 * Seeds: tests/fuzz/corpus/query/ (query strings of real requests).
 */
#include <stddef.h>
#include <stdint.h>

#include "api_handlers.h"
#include "harness.h"
#include "uri.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    harness_init();
    cd_request *r = harness_request();
    const char *q = harness_strndup(r, data, size);
    harness_add_header(r, "Authorization", "Token fuzz");
    if (cd_uri_parse_query(r, q) == 0)
        for (size_t i = 0; i < api_conduit.nops; i++)
            if (cd_method_parse(api_conduit.ops[i].method) == CD_M_GET)
                harness_dispatch_op(r, i, "1");
    harness_free(r);
    return 0;
}
