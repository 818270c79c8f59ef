/* handlers/lib/appdb.c — failed queries as API responses (see appdb.h). */
#include "appdb.h"

#include <string.h>

#include "db.h"

int appdb_error(cd_request *r, int rc)
{
    if (rc != CD_E_DB)
        return rc;
    const char *state = cd_db_sqlstate(r);
    const char *constraint = cd_db_constraint(r);
    if (strcmp(state, "23505") == 0) {
        if (strcmp(constraint, "users_email_key") == 0)
            return cd_req_fail(r, 422, "/user/email", "email has already been taken");
        if (strcmp(constraint, "users_username_key") == 0)
            return cd_req_fail(r, 422, "/user/username", "username has already been taken");
        return cd_req_fail(r, 409, "", "conflict with an existing resource");
    }
    if (strcmp(state, "23503") == 0) /* the row referred to went away concurrently */
        return cd_req_fail(r, 404, "", "the resource no longer exists");
    return rc;
}
