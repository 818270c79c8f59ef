/* runtime/arena.h — per-request bump allocator: everything a request allocates is freed at once.
 *
 * Ownership: memory returned by cd_arena_* belongs to the arena and lives until cd_arena_reset()
 * or cd_arena_free(); callers never free individual allocations. Allocation never fails silently:
 * functions return NULL when the arena's hard limit (cd_arena_new's `limit`) or the system is out
 * of memory, and callers must check.
 *
 * Invariants: blocks form a singly linked list, newest first; `used <= size` in every block;
 * returned pointers are aligned to CD_ARENA_ALIGN. Not thread-safe: one arena, one thread at
 * a time.
 */
#ifndef CD_ARENA_H
#define CD_ARENA_H

#include <stdarg.h>
#include <stddef.h>

#define CD_ARENA_ALIGN 16

typedef struct cd_arena cd_arena;

/* A new arena whose first block holds `first` bytes; `limit` caps the total bytes it may hold
 * (0 = no cap). Returns NULL on allocation failure. */
cd_arena *cd_arena_new(size_t first, size_t limit);
void cd_arena_free(cd_arena *a);
/* Drop every allocation but keep the first block for reuse (pooled arenas). */
void cd_arena_reset(cd_arena *a);

/* n bytes, zeroed, aligned. NULL on failure (limit reached or out of memory). */
void *cd_arena_alloc(cd_arena *a, size_t n);
/* Like cd_arena_alloc for an array, with overflow check on count * size. */
void *cd_arena_calloc(cd_arena *a, size_t count, size_t size);
/* Grow the most recent allocation `p` (of old_n bytes) to new_n bytes; may move. */
void *cd_arena_realloc(cd_arena *a, void *p, size_t old_n, size_t new_n);
char *cd_arena_strdup(cd_arena *a, const char *s);
char *cd_arena_strndup(cd_arena *a, const char *s, size_t n);
char *cd_arena_printf(cd_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *cd_arena_vprintf(cd_arena *a, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* Total bytes handed out since creation/reset (for metrics and tests). */
size_t cd_arena_used(const cd_arena *a);

#endif
