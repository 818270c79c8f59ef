/* runtime/arena.c — per-request bump allocator (see arena.h). */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct cd_arena_block {
    struct cd_arena_block *next;
    size_t size;
    size_t used;
    _Alignas(CD_ARENA_ALIGN) unsigned char data[];
} cd_arena_block;

struct cd_arena {
    cd_arena_block *head;  /* newest block: allocations come from here */
    cd_arena_block *first; /* kept across resets */
    size_t limit;
    size_t total;  /* bytes of all blocks, for the limit */
    size_t handed; /* bytes handed out */
    void *last;    /* most recent allocation, for cheap realloc in place */
};

static size_t cd__align(size_t n)
{
    return (n + (CD_ARENA_ALIGN - 1)) & ~(size_t)(CD_ARENA_ALIGN - 1);
}

static cd_arena_block *cd__block_new(size_t size)
{
    cd_arena_block *b = malloc(sizeof(*b) + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

cd_arena *cd_arena_new(size_t first, size_t limit)
{
    cd_arena *a = calloc(1, sizeof(*a));
    if (!a)
        return NULL;
    if (first < 256)
        first = 256;
    a->first = a->head = cd__block_new(cd__align(first));
    if (!a->first) {
        free(a);
        return NULL;
    }
    a->limit = limit;
    a->total = a->first->size;
    return a;
}

void cd_arena_free(cd_arena *a)
{
    if (!a)
        return;
    cd_arena_block *b = a->head;
    while (b) {
        cd_arena_block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void cd_arena_reset(cd_arena *a)
{
    cd_arena_block *b = a->head;
    while (b && b != a->first) {
        cd_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = a->first;
    a->first->next = NULL;
    a->first->used = 0;
    a->total = a->first->size;
    a->handed = 0;
    a->last = NULL;
}

void *cd_arena_alloc(cd_arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX / 2)
        return NULL;
    size_t need = cd__align(n);
    cd_arena_block *b = a->head;
    if (b->size - b->used < need) {
        /* Geometric growth keeps the block count logarithmic in the request's footprint. */
        size_t size = b->size * 2;
        if (size < need)
            size = cd__align(need);
        if (a->limit && a->total + size > a->limit) {
            size = cd__align(need);
            if (a->total + size > a->limit)
                return NULL;
        }
        cd_arena_block *nb = cd__block_new(size);
        if (!nb)
            return NULL;
        nb->next = a->head;
        a->head = b = nb;
        a->total += size;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->handed += need;
    a->last = p;
    memset(p, 0, n);
    return p;
}

void *cd_arena_calloc(cd_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    return cd_arena_alloc(a, count * size);
}

void *cd_arena_realloc(cd_arena *a, void *p, size_t old_n, size_t new_n)
{
    if (!p)
        return cd_arena_alloc(a, new_n);
    if (new_n <= old_n)
        return p;
    cd_arena_block *b = a->head;
    /* Extend in place when p is the newest allocation and the block has room. */
    if (p == a->last) {
        size_t off = (size_t)((unsigned char *)p - b->data);
        size_t need = cd__align(new_n);
        if (off + need <= b->size) {
            size_t old_al = b->used - off;
            b->used = off + need;
            a->handed += need - old_al;
            memset((unsigned char *)p + old_n, 0, new_n - old_n);
            return p;
        }
    }
    void *np = cd_arena_alloc(a, new_n);
    if (!np)
        return NULL;
    memcpy(np, p, old_n);
    return np;
}

char *cd_arena_strndup(cd_arena *a, const char *s, size_t n)
{
    char *d = cd_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *cd_arena_strdup(cd_arena *a, const char *s)
{
    return cd_arena_strndup(a, s, strlen(s));
}

char *cd_arena_vprintf(cd_arena *a, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *d = cd_arena_alloc(a, (size_t)n + 1);
    if (!d)
        return NULL;
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    return d;
}

char *cd_arena_printf(cd_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *d = cd_arena_vprintf(a, fmt, ap);
    va_end(ap);
    return d;
}

size_t cd_arena_used(const cd_arena *a)
{
    return a->handed;
}
