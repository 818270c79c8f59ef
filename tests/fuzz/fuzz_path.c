/* tests/fuzz/fuzz_path.c — libFuzzer target: a raw request path (no query string).
 *
 * Routed by the generated decision tree for GET, POST, PUT and DELETE; a match is dispatched:
 * percent-decoding of path parameters (bad escapes, %00, invalid UTF-8), their conversion and
 * validation, then security and an empty body. Seeds: tests/fuzz/corpus/path/.
 */
#include <stddef.h>
#include <stdint.h>

#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const cd_method methods[] = {CD_M_GET, CD_M_POST, CD_M_PUT, CD_M_DELETE};
    harness_init();
    for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
        cd_request *r = harness_request();
        r->path = harness_strndup(r, data, size);
        r->path_len = size;
        r->method = methods[m];
        harness_add_header(r, "Authorization", "Token fuzz");
        harness_route_and_dispatch(r);
        harness_free(r);
    }
    return 0;
}
