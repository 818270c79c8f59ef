/* handlers/lib/paging.h — reading back a page of a list in one statement: rows of (counts, item
 * columns...), where an empty page is still one row (counts, NULLs) so the total never needs a
 * second query. Shared by every list that is not a page of article ids (cards_page does those).
 */
#ifndef PAGING_H
#define PAGING_H

#include <libpq-fe.h>
#include <stddef.h>
#include <stdint.h>

#include "request.h"

typedef struct paging_page {
    int64_t total; /* column total_col of the first row (0 when total_col < 0) */
    size_t n;      /* items on this page */
    void *items;   /* n zeroed elements of the given size, arena-owned; NULL when n is 0 */
} paging_page;

/* Decode `res`: the page is empty when the first row's `key_col` is NULL. 0; CD_E_NOTFOUND when
 * there is no row at all (what the statement looked the list up by does not exist);
 * CD_E_NOMEM. */
int paging_decode(cd_request *r, const PGresult *res, int total_col, int key_col, size_t size,
                  paging_page *out);

#endif
