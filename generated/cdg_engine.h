/* generated from openapi.yaml by codegen — do not edit */
/* cdg_engine.h — the spec-independent engine behind the generated API tables: JSON Schema
 * validation, typed fill of request structs, JSON serialization of response structs, parameter
 * decoding, security and per-operation dispatch.
 *
 * The generator copies this file (and cdg_engine.c) verbatim into generated/; everything
 * spec-specific is data (generated/api_tables.c: schemas, fields, parameters, operations) or
 * small generated functions (routing tree, handler thunks). Keeping the engine table-driven keeps
 * the generator small and the templates logic-free, and lets one validator serve request bodies,
 * parameters and (in debug mode) outgoing responses with identical semantics.
 *
 * Ownership: every allocation goes to r->arena. json-c values (request body, converted
 * parameters) are owned by the dispatch call and released before cdg_dispatch returns; strings
 * in typed request structs borrow from them, which is safe because handlers and serialization
 * finish inside the same call. Tables are immutable after cdg_init(); cdg_init() runs once
 * (pthread_once in the generated code) and compiles every pattern with PCRE2 (JIT when
 * available) and parses every enum/const/default value.
 */
#ifndef CDG_ENGINE_H
#define CDG_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "jsonw.h"
#include "request.h"

struct json_object;

/* Three-state presence of an optional or nullable value in a typed model. */
typedef enum api_presence {
    API_ABSENT = 0, /* not sent (or not to be serialized) */
    API_NULL = 1,   /* JSON null */
    API_VALUE = 2   /* the typed value is set */
} api_presence;

/* JSON Schema "type" bits; 0 = any type. */
enum {
    CDG_T_NULL = 1 << 0,
    CDG_T_BOOLEAN = 1 << 1,
    CDG_T_OBJECT = 1 << 2,
    CDG_T_ARRAY = 1 << 3,
    CDG_T_NUMBER = 1 << 4,
    CDG_T_STRING = 1 << 5,
    CDG_T_INTEGER = 1 << 6
};

/* Which numeric / collection keywords a schema carries. */
enum {
    CDG_HAS_MINIMUM = 1 << 0,
    CDG_HAS_MAXIMUM = 1 << 1,
    CDG_HAS_XMINIMUM = 1 << 2,
    CDG_HAS_XMAXIMUM = 1 << 3,
    CDG_HAS_MULTIPLE_OF = 1 << 4,
    CDG_UNIQUE_ITEMS = 1 << 5,
    CDG_READ_ONLY = 1 << 6,
    CDG_WRITE_ONLY = 1 << 7,
    CDG_FALSE = 1 << 8 /* the boolean schema `false` */
};

typedef enum cdg_format {
    CDG_F_NONE = 0,
    CDG_F_DATE_TIME,
    CDG_F_DATE,
    CDG_F_TIME,
    CDG_F_EMAIL,
    CDG_F_UUID,
    CDG_F_URI,
    CDG_F_URI_REFERENCE,
    CDG_F_IPV4,
    CDG_F_IPV6,
    CDG_F_HOSTNAME,
    CDG_F_BYTE,
    CDG_F_INT32,
    CDG_F_INT64,
    CDG_F__COUNT
} cdg_format;

/* C representation of a value slot. */
typedef enum cdg_kind {
    CDG_K_JSON = 0, /* const char * holding raw JSON text (values with no single C type) */
    CDG_K_STR,      /* const char * */
    CDG_K_INT,      /* int64_t */
    CDG_K_NUM,      /* double */
    CDG_K_BOOL,     /* bool */
    CDG_K_ENUM,     /* C enum (int-sized), index into enum_names */
    CDG_K_STRUCT,   /* a generated struct */
    CDG_K_ARRAY     /* T *items + size_t count */
} cdg_kind;

enum { CDG_ADD_ANY = 0, CDG_ADD_FORBID, CDG_ADD_SCHEMA };
enum { CDG_DIR_REQUEST = 0, CDG_DIR_RESPONSE };
enum { CDG_IN_PATH = 0, CDG_IN_QUERY, CDG_IN_HEADER, CDG_IN_COOKIE };
enum { CDG_STYLE_SIMPLE = 0, CDG_STYLE_FORM, CDG_STYLE_SPACE, CDG_STYLE_PIPE };
enum { CDG_SEC_APIKEY = 0, CDG_SEC_BEARER, CDG_SEC_BASIC };

/* A typed value slot: where a value lives relative to a base address. */
typedef struct cdg_slot {
    int schema;           /* index into cdg_spec.schemas */
    size_t offset;        /* of the value (the items pointer for arrays) */
    long has_offset;      /* of the api_presence companion, -1 when none */
    long count_offset;    /* arrays: of the size_t count, -1 otherwise */
    unsigned char by_ptr; /* structs held by pointer (breaks recursive embedding) */
} cdg_slot;

/* A property as validation sees it (the schema's own `properties` + `required`). */
typedef struct cdg_prop {
    const char *name;
    int schema; /* -1: any value (a name listed in `required` only) */
    unsigned char required;
    unsigned char read_only;
    unsigned char write_only;
} cdg_prop;

/* A struct member as fill/serialization see it (allOf parts merged). */
typedef struct cdg_field {
    const char *name;
    cdg_slot slot;
    unsigned char required;
    unsigned char write_only;
} cdg_field;

typedef struct cdg_mapping {
    const char *value;
    int schema;
} cdg_mapping;

typedef struct cdg_patprop {
    int pattern;
    int schema;
} cdg_patprop;

typedef struct cdg_schema {
    const char *where; /* JSON pointer in the spec */
    unsigned types;
    unsigned flags;
    double minimum, maximum, exclusive_minimum, exclusive_maximum, multiple_of;
    int64_t min_length, max_length; /* code points; -1 = unbounded */
    int64_t min_items, max_items;
    int64_t min_props, max_props;
    int pattern;     /* index into cdg_spec.patterns, -1 none */
    int format;      /* cdg_format */
    int const_value; /* index into cdg_spec.values, -1 none */
    int enum_first, nenum;
    int default_value;
    const cdg_prop *props;
    size_t nprops;
    const cdg_patprop *pattern_props;
    size_t npattern_props;
    int additional; /* CDG_ADD_* */
    int additional_schema;
    int property_names;
    int items;
    const int *prefix_items;
    size_t nprefix;
    const int *all_of;
    size_t nall_of;
    const int *any_of;
    size_t nany_of;
    const int *one_of;
    size_t none_of;
    int not_schema;
    const char *discriminator; /* property name, NULL none */
    const cdg_mapping *mapping;
    size_t nmapping;
    /* layout */
    int kind;    /* cdg_kind */
    size_t size; /* sizeof the C slot type (element size in arrays) */
    const cdg_field *fields;
    size_t nfields;
    const char *const *enum_names;
    size_t nenum_names;
    /* x-conduit-messages: {keyword: text} pairs replacing the default message text */
    const char *const *messages;
    size_t nmessages;
} cdg_schema;

typedef struct cdg_param {
    const char *name;
    const char *pointer; /* "query/limit" */
    int in;
    int style;
    unsigned char explode;
    unsigned char required;
    int path_index; /* path params: position in the template */
    cdg_slot slot;  /* in the request struct */
} cdg_param;

typedef struct cdg_response {
    int status;    /* 0 = default */
    cdg_slot slot; /* in the response struct; schema -1 = no JSON body */
} cdg_response;

typedef struct cdg_secreq {
    int scheme;
    const char *const *scopes;
    size_t nscopes;
} cdg_secreq;

typedef struct cdg_secalt {
    const cdg_secreq *reqs;
    size_t nreqs; /* 0: the empty alternative {} (anonymous allowed) */
} cdg_secalt;

typedef struct cdg_scheme {
    const char *name;
    int type;              /* CDG_SEC_* */
    int in;                /* apiKey: CDG_IN_* */
    const char *param;     /* apiKey: header/query/cookie name */
    const char *challenge; /* WWW-Authenticate value */
} cdg_scheme;

typedef int (*cdg_call_fn)(cd_request *r, void *in, void *out);

typedef struct cdg_op {
    const cdg_param *params;
    size_t nparams;
    int has_body;
    unsigned char body_required;
    cdg_slot body; /* in the request struct */
    size_t req_size, res_size;
    const cdg_response *responses;
    size_t nresponses;
    const cdg_secalt *security;
    size_t nsecurity; /* 0: no requirement */
    cdg_call_fn call;
} cdg_op;

typedef struct cdg_spec {
    const cdg_schema *schemas;
    size_t nschemas;
    const char *const *patterns;
    size_t npatterns;
    void **compiled;           /* npatterns slots, filled by cdg_init */
    const char *const *values; /* JSON texts of enum/const/default values */
    size_t nvalues;
    struct json_object **value_objs; /* nvalues slots, filled by cdg_init */
    const cdg_scheme *schemes;
    size_t nschemes;
    const cdg_op *ops;
    const cd_op_info *infos;
    size_t nops;
} cdg_spec;

/* Compiles patterns and parses values; reads CONDUIT_VALIDATE_RESPONSES. 0 or CD_E_INTERNAL
 * (message on stderr naming the spec location). Call once (the generated code uses pthread_once).
 */
int cdg_init(const cdg_spec *spec);

/* Runs route->op: security, parameters, body, hooks, handler, serialization. See api.h. */
int cdg_dispatch(const cdg_spec *spec, cd_request *r, const cd_route *route);

/* Validates a JSON text against schema `schema` in the given direction; errors go to errs
 * (pointers relative to `base`, "" for a body). Returns the number of errors, or -1 when the
 * text is not JSON. Used by debug response validation and tests. */
int cdg_validate_text(const cdg_spec *spec, int schema, int direction, const char *text, size_t len,
                      const char *base, cd_verrors *errs);

#endif
