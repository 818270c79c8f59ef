/* tests/codegen/support/feature_handlers.c — handlers for tests/codegen/feature.yaml: mostly
 * echoes, so the behaviour tests see exactly what the generated parser put into the typed
 * structs and what the serializer makes of it. PatchItem is deliberately missing (weak 501). */
#include <stdio.h>
#include <string.h>

#include "api_handlers.h"

int handle_ListItems(cd_request *r, const api_ListItems_req *in, api_ListItems_res *out)
{
    (void)r;
    api_ListResult *o = &out->body_200;
    out->status = 200;
    o->limit = in->limit;
    o->offset = in->offset;
    o->sort = (api_ListResult_sort)in->sort;
    o->has_tags = in->has_tags;
    o->tags = in->tags;
    o->tags_count = in->tags_count;
    o->has_ids = in->has_ids;
    o->ids = in->ids;
    o->ids_count = in->ids_count;
    o->has_q = in->has_q;
    o->q = in->q;
    o->has_ratio = in->has_ratio;
    o->ratio = in->ratio;
    o->has_flag = in->has_flag;
    o->flag = in->flag;
    o->has_day = in->has_day;
    o->day = in->day;
    o->has_pipes = in->has_pipes;
    o->pipes = in->pipes;
    o->pipes_count = in->pipes_count;
    o->has_spaces = in->has_spaces;
    o->spaces = in->spaces;
    o->spaces_count = in->spaces_count;
    o->has_mode = in->has_X_Mode;
    o->mode = in->has_X_Mode ? api_ListItems_X_Mode_names[in->X_Mode] : NULL;
    o->has_count = in->has_X_Count;
    o->count = in->X_Count;
    o->has_session = in->has_session;
    o->session = in->session;
    return 0;
}

int handle_CreateItem(cd_request *r, const api_CreateItem_req *in, api_CreateItem_res *out)
{
    (void)r;
    out->status = 201;
    out->body_201 = in->body;
    out->body_201.id = 42;
    return 0;
}

int handle_ItemsOptions(cd_request *r, const api_ItemsOptions_req *in, api_ItemsOptions_res *out)
{
    (void)r;
    (void)in;
    out->status = 204;
    return 0;
}

int handle_GetSpecial(cd_request *r, const api_GetSpecial_req *in, api_GetSpecial_res *out)
{
    (void)r;
    (void)in;
    out->status = 204;
    return 0;
}

int handle_GetItem(cd_request *r, const api_GetItem_req *in, api_GetItem_res *out)
{
    if (in->id == 404)
        return cd_req_fail(r, 404, "path/id", "item %lld not found", (long long)in->id);
    out->status = 200;
    out->body_200.id = in->id;
    out->body_200.name = cd_arena_printf(r->arena, "n%lld", (long long)(in->id % 10000));
    out->body_200.secret = "never-serialized";
    out->body_200.has_kind = API_VALUE;
    out->body_200.kind = API_ITEM_KIND_C;
    out->body_200.has_nickname = r->principal.authenticated ? API_VALUE : API_NULL;
    out->body_200.nickname = "friend";
    return 0;
}

int handle_PutItem(cd_request *r, const api_PutItem_req *in, api_PutItem_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->body;
    out->body_200.id = in->id;
    return 0;
}

int handle_DeleteItem(cd_request *r, const api_DeleteItem_req *in, api_DeleteItem_res *out)
{
    (void)r;
    (void)in;
    out->status = 204;
    return 0;
}

int handle_GetPart(cd_request *r, const api_GetPart_req *in, api_GetPart_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200.id = in->id;
    out->body_200.part = in->part;
    return 0;
}

int handle_Search(cd_request *r, const api_Search_req *in, api_Search_res *out)
{
    out->status = 200;
    out->body_200.term = in->term;
    out->body_200.has_ids = in->has_X_Ids;
    out->body_200.ids = in->X_Ids;
    out->body_200.ids_count = in->X_Ids_count;
    out->body_200.has_prefs = in->has_prefs;
    out->body_200.prefs_count = in->prefs_count;
    out->body_200.prefs = cd_arena_calloc(r->arena, in->prefs_count + 1, sizeof(const char *));
    for (size_t i = 0; i < in->prefs_count; i++)
        out->body_200.prefs[i] = api_Search_prefs_item_names[in->prefs[i]];
    return 0;
}

int handle_GetFile(cd_request *r, const api_GetFile_req *in, api_GetFile_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->name;
    return 0;
}

int handle_Formats(cd_request *r, const api_Formats_req *in, api_Formats_res *out)
{
    (void)r;
    (void)in;
    out->status = 204;
    return 0;
}

int handle_Combos(cd_request *r, const api_Combos_req *in, api_Combos_res *out)
{
    (void)r;
    (void)in;
    out->status = 204;
    return 0;
}

int handle_Shapes(cd_request *r, const api_Shapes_req *in, api_Shapes_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->body;
    return 0;
}

int handle_Tree(cd_request *r, const api_Tree_req *in, api_Tree_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->body;
    return 0;
}

int handle_CreatePet(cd_request *r, const api_CreatePet_req *in, api_CreatePet_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->body;
    return 0;
}

int handle_OptionalBody(cd_request *r, const api_OptionalBody_req *in, api_OptionalBody_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->has_body == API_VALUE ? in->body.n : -1;
    return 0;
}

int handle_Arrays(cd_request *r, const api_Arrays_req *in, api_Arrays_res *out)
{
    (void)r;
    out->status = 200;
    for (size_t i = 0; i < in->body_count; i++)
        out->body_200 += in->body[i];
    return 0;
}

static const char *presence_name(api_presence p)
{
    return p == API_ABSENT ? "absent" : p == API_NULL ? "null" : "value";
}

int handle_Nullable(cd_request *r, const api_Nullable_req *in, api_Nullable_res *out)
{
    out->status = 200;
    if (in->has_body != API_VALUE) {
        out->body_200 = cd_arena_printf(r->arena, "{\"body\":\"%s\"}", presence_name(in->has_body));
        return 0;
    }
    out->body_200 = cd_arena_printf(r->arena, "{\"s\":\"%s\",\"i\":\"%s\",\"o\":\"%s\"}",
                                    presence_name(in->body.has_s), presence_name(in->body.has_i),
                                    presence_name(in->body.has_o));
    return 0;
}

#define WHO(op)                                                                                    \
    int handle_##op(cd_request *r, const api_##op##_req *in, api_##op##_res *out)                  \
    {                                                                                              \
        (void)in;                                                                                  \
        out->status = 200;                                                                         \
        out->body_200.user = r->principal.authenticated ? r->principal.user_id : 0;                \
        return 0;                                                                                  \
    }
WHO(SecureHeader)
WHO(SecureQuery)
WHO(SecureCookie)
WHO(SecureBearer)
WHO(SecureOptional)
WHO(SecureBoth)
WHO(SecureEither)

int handle_BadResponse(cd_request *r, const api_BadResponse_req *in, api_BadResponse_res *out)
{
    (void)r;
    switch (in->mode) {
    case API_BADRESPONSE_MODE_GOOD:
        out->status = 200;
        out->body_200.name = "ok";
        out->body_200.secret = "hidden";
        return 0;
    case API_BADRESPONSE_MODE_INVALID:
        out->status = 200;
        out->body_200.name = "far too long";
        out->body_200.has_count = API_VALUE;
        out->body_200.count = 99;
        return 0;
    case API_BADRESPONSE_MODE_UNDECLARED:
        out->status = 42; /* not an HTTP status: dispatch answers 500 */
        return 0;
    case API_BADRESPONSE_MODE_NOBODY:
        out->status = 204;
        return 0;
    default:
        return CD_E_NOTFOUND;
    }
}
