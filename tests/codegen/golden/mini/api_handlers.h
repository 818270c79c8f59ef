/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_handlers.h — the typed seam between generated dispatch and handlers/.
 *
 * Golden 1 (3 operations). Naming rules:
 *   - one struct per named schema: api_<SchemaName>; inline schemas are named after where they
 *     are defined: api_<Parent>_<property>, api_<Parent>_<property>_item, api_<opId>_body,
 *     api_<opId>_<status>, or the components/requestBodies|responses name;
 *   - members keep the JSON property names (characters outside [A-Za-z0-9_] become '_', C
 *     keywords get a trailing '_');
 *   - an optional or nullable member `x` has a companion `api_presence has_x` (API_ABSENT /
 *     API_NULL / API_VALUE); defaults from the spec are folded in (has_x == API_VALUE);
 *   - arrays are `T *x` + `size_t x_count`; strings are `const char *` (NUL-terminated UTF-8);
 *     values with no single C type are `const char *` raw JSON text;
 *   - string enums are C enums `API_<TYPE>_<VALUE>` with `api_<Type>_names[]` string tables.
 *
 * Handler contract: fill `out` and return 0 — set out->status to a declared status and the
 * matching out->body_<status> (statuses without a JSON body send none); or return
 * cd_req_fail()/cd_req_error() (CD_E_RESPONDED); or a negative CD_E_* code (mapped by the
 * runtime). Everything in `in` is owned by the request (arena / parsed body) and valid until the
 * handler returns; everything handlers allocate goes to r->arena. Handlers never free.
 */
#ifndef API_HANDLERS_H
#define API_HANDLERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "cdg_engine.h"
#include "request.h"

extern const cd_api api_conduit;

/* Compiles patterns and parses spec values once (thread-safe); dispatch calls it lazily, main
 * may call it at start-up to fail fast. 0 or CD_E_INTERNAL. */
int api_init(void);

/* Operations still answered by the generated 501 stub (no handle_<operationId> linked in):
 * writes up to max operationIds to ids and returns how many there are. For a start-up log. */
size_t api_missing_operations(const char **ids, size_t max);

/* ---------------------------------------------------------------- enums */

/* /components/schemas/Note/properties/color */
typedef enum api_Note_color {
    API_NOTE_COLOR_RED = 0,   /* red */
    API_NOTE_COLOR_GREEN = 1, /* green */
} api_Note_color;
_Static_assert(sizeof(api_Note_color) == sizeof(int), "enums are stored as int");
extern const char *const api_Note_color_names[2];

/* ---------------------------------------------------------------- models */

typedef struct api_ListNotes_200 api_ListNotes_200;
typedef struct api_Note api_Note;

/* /paths/~1notes/get/responses/200/content/application~1json/schema */
struct api_ListNotes_200 {
    api_Note *notes; /* "notes", required */
    size_t notes_count;
};

/* /components/schemas/Note */
struct api_Note {
    api_presence has_id;
    int64_t id;       /* "id", optional, readOnly */
    const char *text; /* "text", required */
    api_presence has_color;
    api_Note_color color; /* "color", optional, default "red" */
    api_presence has_pinned;
    bool pinned; /* "pinned", optional, nullable */
    api_presence has_tags;
    const char **tags; /* "tags", optional */
    size_t tags_count;
    api_presence has_reply;
    api_Note *reply; /* "reply", optional */
};

/* ---------------------------------------------------------------- operations */

/* GET /g/notes — ListNotes */
typedef struct api_ListNotes_req {
    api_presence has_limit;
    int64_t limit; /* query limit, optional, default 10 */
} api_ListNotes_req;

typedef struct api_ListNotes_res {
    int status;                 /* one of: 200 */
    api_ListNotes_200 body_200; /* 200: notes */
} api_ListNotes_res;

/* POST /g/notes — CreateNote */
typedef struct api_CreateNote_req {
    api_Note body; /* request body (application/json) */
} api_CreateNote_req;

typedef struct api_CreateNote_res {
    int status;        /* one of: 201 422 */
    api_Note body_201; /* 201: created */
} api_CreateNote_res;

/* DELETE /g/notes/{id} — DeleteNote */
typedef struct api_DeleteNote_req {
    int64_t id; /* path id */
} api_DeleteNote_req;

typedef struct api_DeleteNote_res {
    int status; /* one of: 204 */
} api_DeleteNote_res;

/* ---------------------------------------------------------------- handlers, by tag */

/* Notes — handlers/notes.c */
/* GET /g/notes (auth: none) */
int handle_ListNotes(cd_request *r, const api_ListNotes_req *in, api_ListNotes_res *out);
/* POST /g/notes (auth: required) */
int handle_CreateNote(cd_request *r, const api_CreateNote_req *in, api_CreateNote_res *out);
/* DELETE /g/notes/{id} (auth: none) */
int handle_DeleteNote(cd_request *r, const api_DeleteNote_req *in, api_DeleteNote_res *out);

#endif
