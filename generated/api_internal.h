/* generated from openapi.yaml by codegen — do not edit */
/* generated/api_internal.h — declarations shared between the generated .c files only. */
#ifndef API_INTERNAL_H
#define API_INTERNAL_H

#include <stddef.h>

#include "api.h"

int api__route(cd_method m, const char *path, size_t len, cd_route *out);

/* sizes include the terminating NUL */
extern const char api__spec_json[146049];
extern const char api__spec_yaml[106532];
extern const char api__docs_html[286281];

#endif
