/* tests/codegen/support/feature30_handlers.c — handler for tests/codegen/feature30.json. */
#include "api_handlers.h"

int handle_PutThing(cd_request *r, const api_PutThing_req *in, api_PutThing_res *out)
{
    (void)r;
    out->status = 200;
    out->body_200 = in->body;
    return 0;
}
