/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_stubs.c — weak 501 stubs: a build with missing handlers still links.
 *
 * Each handle_<operationId> is a weak alias of a local stub; a strong definition in handlers/
 * replaces it at link time (handlers are linked whole-archive), which api_missing_operations()
 * detects by comparing addresses. `scripts/python -m codegen stubs` lists or writes the missing
 * ones at build time.
 */
#include "api_handlers.h"

/* GET /g/notes */
static int api__stub_ListNotes(cd_request *r, const api_ListNotes_req *in, api_ListNotes_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation ListNotes is not implemented");
}
int handle_ListNotes(cd_request *r, const api_ListNotes_req *in, api_ListNotes_res *out)
    __attribute__((weak, alias("api__stub_ListNotes")));

/* POST /g/notes */
static int api__stub_CreateNote(cd_request *r, const api_CreateNote_req *in,
                                api_CreateNote_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation CreateNote is not implemented");
}
int handle_CreateNote(cd_request *r, const api_CreateNote_req *in, api_CreateNote_res *out)
    __attribute__((weak, alias("api__stub_CreateNote")));

/* DELETE /g/notes/{id} */
static int api__stub_DeleteNote(cd_request *r, const api_DeleteNote_req *in,
                                api_DeleteNote_res *out)
{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "operation DeleteNote is not implemented");
}
int handle_DeleteNote(cd_request *r, const api_DeleteNote_req *in, api_DeleteNote_res *out)
    __attribute__((weak, alias("api__stub_DeleteNote")));

size_t api_missing_operations(const char **ids, size_t max)
{
    size_t n = 0;
    if (handle_ListNotes == api__stub_ListNotes) {
        if (n < max)
            ids[n] = "ListNotes";
        n++;
    }
    if (handle_CreateNote == api__stub_CreateNote) {
        if (n < max)
            ids[n] = "CreateNote";
        n++;
    }
    if (handle_DeleteNote == api__stub_DeleteNote) {
        if (n < max)
            ids[n] = "DeleteNote";
        n++;
    }
    return n;
}
