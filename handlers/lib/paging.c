/* handlers/lib/paging.c — decoding one-statement pages (see paging.h). */
#include "paging.h"

#include "db.h"

int paging_decode(cd_request *r, const PGresult *res, int total_col, int key_col, size_t size,
                  paging_page *out)
{
    *out = (paging_page){0};
    int rows = PQntuples(res);
    if (rows < 1)
        return CD_E_NOTFOUND;
    if (total_col >= 0)
        out->total = cd_db_i64(res, 0, total_col);
    if (PQgetisnull(res, 0, key_col))
        return 0;
    out->items = cd_arena_calloc(r->arena, (size_t)rows, size);
    if (!out->items)
        return CD_E_NOMEM;
    out->n = (size_t)rows;
    return 0;
}
