/* tests/fuzz/fuzz_http1.c — the HTTP/1.1 framing checker (runtime/http1.c) on arbitrary bytes.
 *
 * Besides sanitizer reports, the target fails when the verdict depends on how the stream was
 * split into reads (the guard sees whatever recv() returns): the input is fed once whole and
 * once in pieces whose sizes come from the input itself, and both must agree on the verdict,
 * status, offending offset, and the counts of request heads and complete requests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http1.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const cd_http1_limits lim = {
    .max_target = 256,
    .max_head = 1024,
    .max_fields = 16,
    .max_params = 8,
    .max_cookies = 8,
    .max_chunk = 4096,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned seed = data[0];
    const char *buf = (const char *)data + 1;
    size_t n = size - 1;

    cd_http1 whole, split;
    cd_http1_init(&whole, &lim);
    cd_http1_init(&split, &lim);
    size_t ok_whole = cd_http1_feed(&whole, buf, n);
    if (ok_whole > n)
        abort();

    size_t off = 0, ok_split = 0;
    bool stopped = false;
    while (off < n) {
        size_t piece = 1 + (seed % 7);
        seed = seed * 1103515245u + 12345u;
        if (piece > n - off)
            piece = n - off;
        size_t ok = cd_http1_feed(&split, buf + off, piece);
        if (ok > piece)
            abort();
        if (!stopped) {
            ok_split += ok;
            if (split.verdict != CD_HTTP1_OK)
                stopped = true;
        }
        off += piece;
    }
    if (whole.verdict != split.verdict || whole.status != split.status ||
        whole.requests != split.requests || whole.complete != split.complete ||
        ok_whole != ok_split || whole.complete > whole.requests) {
        fprintf(stderr, "split-dependent verdict: %d/%d status %d/%d ok %zu/%zu req %llu/%llu\n",
                whole.verdict, split.verdict, whole.status, split.status, ok_whole, ok_split,
                (unsigned long long)whole.requests, (unsigned long long)split.requests);
        abort();
    }
    return 0;
}
