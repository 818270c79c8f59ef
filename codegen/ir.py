"""Validated intermediate model: spec → schemas with C layouts, operations, routes, security.

Everything the templates print is decided here; templates only loop and format. Every construct
the generator cannot honour is a SpecError naming its JSON pointer (and line): a validation
keyword is never silently ignored. Errors are collected, not raised one by one: each independent
unit (a schema keyword, a schema, a parameter, a response, an operation, a security scheme) is
checked inside _collecting(), which records its error and lets the next unit be checked; the
model raises SpecErrors with all of them at the end. A failing unit skips only the checks that
depend on it (e.g. a broken $ref: the target is not checked through that reference).
"""
import contextlib
import json
import re
from dataclasses import dataclass, field

from .loader import SpecError, SpecErrors, join, raise_collected

METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
CD_METHOD = {"get": "CD_M_GET", "head": "CD_M_HEAD", "post": "CD_M_POST", "put": "CD_M_PUT",
             "patch": "CD_M_PATCH", "delete": "CD_M_DELETE", "options": "CD_M_OPTIONS",
             "trace": "CD_M_TRACE"}

# Keywords that only annotate (never asserted); accepted anywhere in a schema.
ANNOTATIONS = {"title", "description", "examples", "example", "deprecated", "$comment",
               "externalDocs", "xml", "$schema", "$id", "contentEncoding", "contentMediaType",
               "summary"}
VALIDATION = {"type", "enum", "const", "minimum", "maximum", "exclusiveMinimum",
              "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "format",
              "items", "prefixItems", "minItems", "maxItems", "uniqueItems", "properties",
              "required", "additionalProperties", "patternProperties", "propertyNames",
              "minProperties", "maxProperties", "allOf", "anyOf", "oneOf", "not",
              "discriminator", "readOnly", "writeOnly", "default", "nullable", "$ref"}
UNSUPPORTED = {"if", "then", "else", "dependentRequired", "dependentSchemas",
               "unevaluatedProperties", "unevaluatedItems", "contains", "minContains",
               "maxContains", "$dynamicRef", "$dynamicAnchor", "$anchor", "$recursiveRef",
               "$recursiveAnchor", "dependencies", "additionalItems", "$defs", "definitions",
               "contentSchema", "$vocabulary"}
FORMATS = {"date-time": "CDG_F_DATE_TIME", "date": "CDG_F_DATE", "time": "CDG_F_TIME",
           "email": "CDG_F_EMAIL", "uuid": "CDG_F_UUID", "uri": "CDG_F_URI",
           "uri-reference": "CDG_F_URI_REFERENCE", "ipv4": "CDG_F_IPV4", "ipv6": "CDG_F_IPV6",
           "hostname": "CDG_F_HOSTNAME", "byte": "CDG_F_BYTE", "int32": "CDG_F_INT32",
           "int64": "CDG_F_INT64",
           # annotation-only formats (OpenAPI): nothing to assert
           "password": "CDG_F_NONE", "float": "CDG_F_NONE", "double": "CDG_F_NONE"}
TYPE_BITS = {"null": "CDG_T_NULL", "boolean": "CDG_T_BOOLEAN", "object": "CDG_T_OBJECT",
             "array": "CDG_T_ARRAY", "number": "CDG_T_NUMBER", "string": "CDG_T_STRING",
             "integer": "CDG_T_INTEGER"}
C_KEYWORDS = {"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
              "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
              "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
              "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool",
              "true", "false"}
DEFAULT_MAX_BODY = 1 << 20
WS_SLACK = 1024


def c_ident(name):
    s = re.sub(r"[^A-Za-z0-9_]", "_", str(name))
    if not s or s[0].isdigit():
        s = "_" + s
    if s in C_KEYWORDS:
        s += "_"
    return s


def snake(name):
    s = re.sub(r"[^A-Za-z0-9]+", "_", str(name)).strip("_").lower()
    return s or "default"


def upper_ident(name):
    return re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9]", "_", str(name))).strip("_").upper() or "X"


def json_text(v):
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def c_double(v):
    r = repr(float(v))
    if r in ("inf", "-inf", "nan"):
        raise ValueError(r)
    return r


@dataclass
class Field:
    name: str          # JSON name
    cname: str         # C member name
    node: "Node"
    required: bool
    read_only: bool
    write_only: bool
    presence: bool = False
    by_ptr: bool = False


@dataclass
class Node:
    idx: int
    where: str
    hint: str
    raw: object
    types: list = field(default_factory=list)   # declared JSON types (empty = any)
    nullable: bool = False
    is_false: bool = False
    flags: list = field(default_factory=list)
    num: dict = field(default_factory=dict)
    ints: dict = field(default_factory=dict)
    pattern: int = -1
    format: str = "CDG_F_NONE"
    const_value: int = -1
    enum_first: int = 0
    nenum: int = 0
    enum_values: list = field(default_factory=list)
    default_value: int = -1
    default_raw: object = None
    has_default: bool = False
    props: list = field(default_factory=list)    # (name, node|None, required, ro, wo)
    pattern_props: list = field(default_factory=list)  # (pattern idx, node)
    additional: str = "CDG_ADD_ANY"
    additional_node: "Node" = None
    property_names: "Node" = None
    items: "Node" = None
    prefix_items: list = field(default_factory=list)
    all_of: list = field(default_factory=list)
    any_of: list = field(default_factory=list)
    one_of: list = field(default_factory=list)
    not_node: "Node" = None
    discriminator: str = None
    mapping: list = field(default_factory=list)   # (value, node)
    read_only: bool = False
    write_only: bool = False
    keywords: list = field(default_factory=list)  # (keyword, pointer) for the report
    # layout
    kind: str = None
    ctype: str = None      # C type of a value slot (element type for arrays' items)
    fields: list = field(default_factory=list)
    enum_names: list = field(default_factory=list)
    enum_consts: list = field(default_factory=list)
    messages: list = field(default_factory=list)   # (keyword, text) from x-conduit-messages


class Model:
    """The whole IR. Build with Model(spec)."""

    def __init__(self, spec, api_name="conduit"):
        self.spec = spec
        self.api_name = api_name
        self.nodes = []
        self.by_pointer = {}
        self.patterns = []
        self.values = []
        self.structs = []
        self.enums = []
        self.cnames = set()
        self.ops = []
        self.schemes = []
        self.errors = []
        self._check_root()
        self._schemes()
        self._operations()
        # every named schema is checked and modelled, referenced by an operation or not
        schemas = (self.spec.root.get("components") or {}).get("schemas") or {}
        if not isinstance(schemas, dict):
            self.note("schemas must be an object", "/components/schemas")
            schemas = {}
        for name, value in schemas.items():
            self.schema(value, join("/components/schemas", name), name)
        with self._collecting():
            self._routes()
        # layouts of a partly checked spec mean nothing (and never add an error): stop here
        raise_collected(self.errors)
        self._layouts()

    # ------------------------------------------------------------------ helpers
    def err(self, message, pointer):
        return self.spec.error(message, pointer)

    def note(self, message, pointer):
        """Records an error whose unit can still be checked further."""
        self.errors.append(self.err(message, pointer))

    @contextlib.contextmanager
    def _collecting(self):
        """Runs one independent unit of checks; its first error is recorded, not raised."""
        try:
            yield
        except SpecErrors as e:
            self.errors.extend(e.errors)
        except SpecError as e:
            self.errors.append(e)

    def _pattern(self, text, pointer):
        if not isinstance(text, str):
            raise self.err("pattern must be a string", pointer)
        try:
            re.compile(text)
        except re.error as e:
            # Python's engine is close enough to catch typos; PCRE2 compiles it at start-up.
            if "bad escape" not in str(e):
                raise self.err(f"pattern does not compile: {e}", pointer) from None
        if text not in self.patterns:
            self.patterns.append(text)
        return self.patterns.index(text)

    def _value(self, v):
        t = json_text(v)
        if t not in self.values:
            self.values.append(t)
        return self.values.index(t)

    def _unique_cname(self, base):
        name = base
        i = 2
        while name in self.cnames:
            name = f"{base}{i}"
            i += 1
        self.cnames.add(name)
        return name

    # ------------------------------------------------------------------ root
    def _check_root(self):
        root = self.spec.root
        ver = str(root.get("openapi", ""))
        if not (ver.startswith("3.0") or ver.startswith("3.1")):
            self.note(f"unsupported OpenAPI version {ver!r} (3.0.x or 3.1.x)", "/openapi")
        self.version = ver
        info = root.get("info") or {}
        self.title = str(info.get("title", "API"))
        self.api_version = str(info.get("version", ""))
        self.description = str(info.get("description", ""))
        servers = root.get("servers") or [{"url": "/"}]
        url = str(servers[0].get("url", "/"))
        m = re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*(.*)$", url)
        base = m.group(1) if m else url
        if "{" in base:
            self.note("server URL variables are not supported", "/servers/0/url")
        self.base_path = "/" + base.strip("/") if base.strip("/") else ""
        for key in root:
            if key == "webhooks" and root[key]:
                self.note("webhooks are not supported", "/webhooks")

    # ------------------------------------------------------------------ schemas
    def schema(self, value, pointer, hint):
        """Compiles a schema (following $ref); returns its Node. An error is recorded, and a
        schema whose reference is broken stands in as the any-schema (nothing to check there)."""
        with self._collecting():
            return self._schema(value, pointer, hint)
        return self._any_node()

    def _schema(self, value, pointer, hint):
        if isinstance(value, dict) and "$ref" in value:
            extra = {k: v for k, v in value.items()
                     if k != "$ref" and k not in ANNOTATIONS and not k.startswith("x-")}
            if not extra:
                target, tptr = self.spec.deref(value, pointer)
                if tptr.startswith("/components/schemas/"):
                    hint = tptr.split("/")[3]
                return self._schema(target, tptr, hint)
        if pointer in self.by_pointer:
            return self.by_pointer[pointer]
        n = Node(idx=len(self.nodes), where=pointer, hint=hint, raw=value)
        self.nodes.append(n)
        self.by_pointer[pointer] = n
        if value is True or value == {}:
            return n
        if value is False:
            n.is_false = True
            n.keywords.append(("false", pointer))
            return n
        if not isinstance(value, dict):
            raise self.err("a schema must be an object or a boolean", pointer)
        self._keywords(n, value, pointer, hint)
        return n

    def _keywords(self, n, s, ptr, hint):
        for k in s:
            if k.startswith("x-") or k in ANNOTATIONS or k in VALIDATION:
                continue
            if k in UNSUPPORTED:
                self.note(f"unsupported schema keyword {k!r}", join(ptr, k))
            else:
                self.note(f"unknown schema keyword {k!r}", join(ptr, k))
        # one group of keywords after another: an error in one leaves the others checked
        for group in (self._kw_ref, self._kw_type_enum, self._kw_numbers, self._kw_strings_flags,
                      self._kw_arrays, self._kw_objects, self._kw_combinators,
                      self._kw_discriminator, self._kw_messages_default):
            with self._collecting():
                group(n, s, ptr, hint, lambda k: n.keywords.append((k, join(ptr, k))))

    def _kw_ref(self, n, s, ptr, hint, kw):
        if "$ref" in s:  # $ref with sibling keywords (3.1): an implicit allOf member
            target, tptr = self.spec.deref({"$ref": s["$ref"]}, ptr)
            h = tptr.split("/")[3] if tptr.startswith("/components/schemas/") else hint + "_ref"
            n.all_of.append(self.schema(target, tptr, h))
            kw("$ref")

    def _kw_type_enum(self, n, s, ptr, hint, kw):
        t = s.get("type")
        if t is not None:
            ts = t if isinstance(t, list) else [t]
            for x in ts:
                if x not in TYPE_BITS:
                    raise self.err(f"unknown type {x!r}", join(ptr, "type"))
            n.types = list(dict.fromkeys(ts))
            kw("type")
        if s.get("nullable") is True:
            if not n.types:
                raise self.err("nullable: true needs a type", join(ptr, "nullable"))
            if "null" not in n.types:
                n.types.append("null")
            kw("nullable")
        elif "nullable" in s and s["nullable"] is not False:
            raise self.err("nullable must be a boolean", join(ptr, "nullable"))
        n.nullable = "null" in n.types
        if "enum" in s:
            if not isinstance(s["enum"], list) or not s["enum"]:
                raise self.err("enum must be a non-empty array", join(ptr, "enum"))
            n.enum_values = list(s["enum"])
            # an enum's values must be contiguous in the value table: append a private run
            start = len(self.values)
            for v in s["enum"]:
                self.values.append(json_text(v))
            n.enum_first, n.nenum = start, len(s["enum"])
            if None in s["enum"]:
                n.nullable = True
            kw("enum")
        if "const" in s:
            n.const_value = self._value(s["const"])
            kw("const")

    def _kw_numbers(self, n, s, ptr, hint, kw):
        # numbers (3.0 boolean exclusive bounds are converted)
        for k in ("minimum", "maximum", "multipleOf"):
            if k in s:
                if isinstance(s[k], bool) or not isinstance(s[k], (int, float)):
                    raise self.err(f"{k} must be a number", join(ptr, k))
                if k == "multipleOf" and s[k] <= 0:
                    raise self.err("multipleOf must be > 0", join(ptr, k))
                n.num[k] = s[k]
                kw(k)
        for k, base in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if k in s:
                v = s[k]
                if isinstance(v, bool):
                    if v:
                        if base not in s:
                            raise self.err(f"{k}: true needs {base}", join(ptr, k))
                        n.num[k] = s[base]
                        n.num.pop(base, None)
                        kw(k)
                elif isinstance(v, (int, float)):
                    n.num[k] = v
                    kw(k)
                else:
                    raise self.err(f"{k} must be a number", join(ptr, k))
        for k in ("minLength", "maxLength", "minItems", "maxItems", "minProperties",
                  "maxProperties"):
            if k in s:
                v = s[k]
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    raise self.err(f"{k} must be a non-negative integer", join(ptr, k))
                n.ints[k] = v
                kw(k)

    def _kw_strings_flags(self, n, s, ptr, hint, kw):
        if "pattern" in s:
            with self._collecting():
                n.pattern = self._pattern(s["pattern"], join(ptr, "pattern"))
                kw("pattern")
        if "format" in s:
            f = s["format"]
            if f not in FORMATS:
                self.note(f"unsupported format {f!r} (supported: {', '.join(sorted(FORMATS))})",
                          join(ptr, "format"))
            else:
                n.format = FORMATS[f]
                if n.format != "CDG_F_NONE":
                    kw("format")
        if s.get("uniqueItems") is True:
            n.flags.append("CDG_UNIQUE_ITEMS")
            kw("uniqueItems")
        if s.get("readOnly") is True:
            n.read_only = True
            n.flags.append("CDG_READ_ONLY")
            kw("readOnly")
        if s.get("writeOnly") is True:
            n.write_only = True
            n.flags.append("CDG_WRITE_ONLY")
            kw("writeOnly")

    def _kw_arrays(self, n, s, ptr, hint, kw):
        if "items" in s:
            if isinstance(s["items"], list):
                raise self.err("items must be a schema (use prefixItems for tuples)",
                               join(ptr, "items"))
            n.items = self.schema(s["items"], join(ptr, "items"), hint + "_item")
            kw("items")
        if "prefixItems" in s:
            if not isinstance(s["prefixItems"], list):
                raise self.err("prefixItems must be an array", join(ptr, "prefixItems"))
            n.prefix_items = [self.schema(v, join(ptr, "prefixItems", i), f"{hint}_{i}")
                              for i, v in enumerate(s["prefixItems"])]
            kw("prefixItems")

    def _kw_objects(self, n, s, ptr, hint, kw):
        required = s.get("required", [])
        if not isinstance(required, list) or not all(isinstance(x, str) for x in required):
            raise self.err("required must be an array of strings", join(ptr, "required"))
        if required:
            kw("required")
        props = s.get("properties", {}) or {}
        if not isinstance(props, dict):
            raise self.err("properties must be an object", join(ptr, "properties"))
        for pname, pval in props.items():
            pn = self.schema(pval, join(ptr, "properties", pname), f"{hint}_{c_ident(pname)}")
            ro, wo = self._ro_wo(pval, join(ptr, "properties", pname))
            n.props.append((pname, pn, pname in required, ro, wo))
        for r in required:
            if r not in props:
                n.props.append((r, None, True, False, False))
        if props:
            kw("properties")
        for pat, pval in (s.get("patternProperties") or {}).items():
            pi = self._pattern(pat, join(ptr, "patternProperties", pat))
            n.pattern_props.append((pi, self.schema(pval, join(ptr, "patternProperties", pat),
                                                    hint + "_pp")))
        if s.get("patternProperties"):
            kw("patternProperties")
        if "additionalProperties" in s:
            ap = s["additionalProperties"]
            if ap is False:
                n.additional = "CDG_ADD_FORBID"
                kw("additionalProperties")
            elif ap is True or ap == {}:
                pass
            else:
                n.additional = "CDG_ADD_SCHEMA"
                n.additional_node = self.schema(ap, join(ptr, "additionalProperties"),
                                                hint + "_value")
                kw("additionalProperties")
        if "propertyNames" in s:
            n.property_names = self.schema(s["propertyNames"], join(ptr, "propertyNames"),
                                           hint + "_name")
            kw("propertyNames")

    def _kw_combinators(self, n, s, ptr, hint, kw):
        for k, attr in (("allOf", "all_of"), ("anyOf", "any_of"), ("oneOf", "one_of")):
            if k in s:
                if not isinstance(s[k], list) or not s[k]:
                    raise self.err(f"{k} must be a non-empty array", join(ptr, k))
                getattr(n, attr).extend(self.schema(v, join(ptr, k, i), f"{hint}_{k}{i}")
                                        for i, v in enumerate(s[k]))
                kw(k)
        if "not" in s:
            n.not_node = self.schema(s["not"], join(ptr, "not"), hint + "_not")
            kw("not")

    def _kw_discriminator(self, n, s, ptr, hint, kw):
        if "discriminator" in s:
            d = s["discriminator"]
            dptr = join(ptr, "discriminator")
            if not isinstance(d, dict) or not isinstance(d.get("propertyName"), str):
                raise self.err("discriminator needs a propertyName", dptr)
            alts = s.get("oneOf") or s.get("anyOf")
            if not alts:
                raise self.err("discriminator needs oneOf or anyOf in the same schema", dptr)
            n.discriminator = d["propertyName"]
            mapping = []
            for val, ref in (d.get("mapping") or {}).items():
                ref = ref if ref.startswith("#") else "#/components/schemas/" + ref
                target, tptr = self.spec.deref({"$ref": ref}, join(dptr, "mapping", val))
                mapping.append((val, self.schema(target, tptr, tptr.split("/")[-1])))
            for i, alt in enumerate(alts):
                if isinstance(alt, dict) and "$ref" in alt:
                    name = alt["$ref"].rsplit("/", 1)[-1]
                    if name not in [m[0] for m in mapping]:
                        target, tptr = self.spec.deref(alt, join(ptr, "oneOf", i))
                        mapping.append((name, self.schema(target, tptr, name)))
            n.mapping = mapping
            kw("discriminator")

    def _kw_messages_default(self, n, s, ptr, hint, kw):
        if "x-conduit-messages" in s:
            mptr = join(ptr, "x-conduit-messages")
            msgs = s["x-conduit-messages"]
            if not isinstance(msgs, dict):
                raise self.err("x-conduit-messages must map keywords to message texts", mptr)
            allowed = (VALIDATION | {"false", "readOnly", "writeOnly"}) - {"$ref", "default",
                                                                            "nullable"}
            for k, text in msgs.items():
                if k not in allowed or not isinstance(text, str):
                    raise self.err(f"x-conduit-messages: {k!r} is not a validation keyword "
                                   "with a message text", join(mptr, k))
                n.messages.append((k, text))
        if "default" in s:
            n.has_default = True
            n.default_raw = s["default"]
            n.default_value = self._value(s["default"])
            kw("default")

    def _ro_wo(self, value, pointer):
        seen = 0
        ro = wo = False
        while isinstance(value, dict) and seen < 32:
            ro = ro or value.get("readOnly") is True
            wo = wo or value.get("writeOnly") is True
            if "$ref" not in value:
                break
            try:
                value, pointer = self.spec.deref({"$ref": value["$ref"]}, pointer)
            except SpecError:
                break  # schema() has reported the broken reference already
            seen += 1
        return ro, wo

    # ------------------------------------------------------------------ layouts
    def _eff_types(self, n, seen=None):
        seen = seen or set()
        if n.idx in seen:
            return None
        seen = seen | {n.idx}
        ts = set(n.types) if n.types else None
        for part in n.all_of:
            pt = self._eff_types(part, seen)
            if pt is not None:
                ts = pt if ts is None else ts & pt
        if ts is None:
            if n.props or n.additional != "CDG_ADD_ANY" or n.pattern_props or any(
                    p.props for p in n.all_of):
                ts = {"object"}
            elif n.enum_values:
                ts = {self._json_type(v) for v in n.enum_values}
            elif n.const_value >= 0:
                ts = {self._json_type(json.loads(self.values[n.const_value]))}
        return ts

    @staticmethod
    def _json_type(v):
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "boolean"
        if isinstance(v, int):
            return "integer"
        if isinstance(v, float):
            return "number"
        if isinstance(v, str):
            return "string"
        if isinstance(v, list):
            return "array"
        return "object"

    def _merged_props(self, n, seen=None):
        seen = seen or set()
        if n.idx in seen:
            return []
        seen.add(n.idx)
        out = list(n.props)
        for part in n.all_of:
            out.extend(self._merged_props(part, seen))
        return out

    def _layout(self, n):
        if n.kind is not None:
            return
        n.kind = "CDG_K_JSON"  # provisional (recursion)
        n.ctype = "const char *"
        ts = self._eff_types(n)
        nonnull = (ts or set()) - {"null"}
        if ts is not None and "number" in nonnull and "integer" in nonnull:
            nonnull.discard("integer")
        if ts is None or len(nonnull) != 1:
            return
        t = next(iter(nonnull))
        if t == "string":
            strs = [v for v in n.enum_values if v is not None]
            if n.enum_values and all(isinstance(v, str) for v in strs) and strs:
                n.kind = "CDG_K_ENUM"
                n.ctype = "api_" + self._unique_cname(c_ident(n.hint))
                n.enum_names = strs
                base = upper_ident(n.ctype)
                n.enum_consts = [self._unique_cname(f"{base}_{upper_ident(v)}") for v in strs]
                self.enums.append(n)
            else:
                n.kind, n.ctype = "CDG_K_STR", "const char *"
        elif t == "integer":
            n.kind, n.ctype = "CDG_K_INT", "int64_t"
        elif t == "number":
            n.kind, n.ctype = "CDG_K_NUM", "double"
        elif t == "boolean":
            n.kind, n.ctype = "CDG_K_BOOL", "bool"
        elif t == "array":
            if n.items is None or n.prefix_items:
                return
            self._layout(n.items)
            it = n.items
            if it.kind == "CDG_K_ARRAY" or (it.nullable and it.kind not in ("CDG_K_STR",
                                                                               "CDG_K_JSON")):
                return
            n.kind, n.ctype = "CDG_K_ARRAY", it.ctype + ("*" if it.ctype.endswith("*") else " *")
        elif t == "object":
            if n.one_of or n.any_of:
                return
            merged = []
            names = set()
            req = set()
            for (pname, pn, preq, ro, wo) in self._merged_props(n):
                if preq:
                    req.add(pname)
                if pname in names:
                    continue
                names.add(pname)
                merged.append((pname, pn, ro, wo))
            if not merged:
                return
            n.kind = "CDG_K_STRUCT"
            n.ctype = "api_" + self._unique_cname(c_ident(n.hint))
            used = set()
            for (pname, pn, ro, wo) in merged:
                cname = c_ident(pname)
                while cname in used or f"has_{cname}" in used or cname.endswith("_count"):
                    cname += "_"
                used.update({cname, f"has_{cname}", f"{cname}_count"})
                n.fields.append(Field(pname, cname, pn, pname in req, ro, wo))
            self.structs.append(n)
            for f in n.fields:
                if f.node is None:
                    f.node = self._any_node()
                self._layout(f.node)
                f.presence = (not f.required) or f.node.nullable

    def _any_node(self):
        key = "#any"
        if key not in self.by_pointer:
            n = Node(idx=len(self.nodes), where="", hint="any", raw=True)
            self.nodes.append(n)
            self.by_pointer[key] = n
        return self.by_pointer[key]

    def _layouts(self):
        i = 0
        while i < len(self.nodes):
            self._layout(self.nodes[i])
            i += 1
        # by-value embedding must be acyclic: back edges become pointers; emit in post-order
        order, state = [], {}

        def visit(s):
            state[s.idx] = 1
            for f in s.fields:
                t = f.node
                if t.kind == "CDG_K_STRUCT":
                    if state.get(t.idx) == 1:
                        f.by_ptr = True
                    elif t.idx not in state:
                        visit(t)
            state[s.idx] = 2
            order.append(s)

        for s in self.structs:
            if s.idx not in state:
                visit(s)
        self.structs = order
        for n in self.nodes:
            n.size = "sizeof(%s)" % n.ctype.strip()
        for s in self.structs:
            for f in s.fields:
                f.decl = self._decl(f.node, f.cname, f.by_ptr)

    def _decl(self, node, cname, by_ptr=False):
        k = node.kind
        if k == "CDG_K_ARRAY":
            return [f"{node.ctype}{cname};" if node.ctype.endswith("*") else
                    f"{node.ctype} {cname};", f"size_t {cname}_count;"]
        if k == "CDG_K_STRUCT" and by_ptr:
            return [f"{node.ctype} *{cname};"]
        if k == "CDG_K_JSON":
            return [f"const char *{cname};"]
        ct = node.ctype
        return [f"{ct}{cname};" if ct.endswith("*") else f"{ct} {cname};"]

    def slot(self, node, struct, cname, presence, by_ptr=False):
        return {
            "schema": node.idx,
            "offset": f"offsetof({struct}, {cname})",
            "has_offset": f"(long)offsetof({struct}, has_{cname})" if presence else "-1",
            "count_offset": (f"(long)offsetof({struct}, {cname}_count)"
                             if node.kind == "CDG_K_ARRAY" else "-1"),
            "by_ptr": 1 if by_ptr else 0,
        }

    # ------------------------------------------------------------------ security
    def _schemes(self):
        comps = self.spec.root.get("components") or {}
        self.scheme_index = {}
        self.bad_schemes = set()
        for name, sc in (comps.get("securitySchemes") or {}).items():
            self.bad_schemes.add(name)
            with self._collecting():
                self._scheme(name, sc)
                self.bad_schemes.discard(name)

    def _scheme(self, name, sc):
        ptr = join("/components/securitySchemes", name)
        sc, ptr = self.spec.deref(sc, ptr)
        t = sc.get("type")
        challenge = sc.get("x-conduit-www-authenticate")
        if t == "apiKey":
            where = sc.get("in")
            if where not in ("header", "query", "cookie"):
                raise self.err("apiKey 'in' must be header, query or cookie", join(ptr, "in"))
            kind, param = "CDG_SEC_APIKEY", sc.get("name")
            if not isinstance(param, str) or not param:
                raise self.err("apiKey needs a name", join(ptr, "name"))
            challenge = challenge or f'ApiKey name="{param}"'
        elif t == "http":
            scheme = str(sc.get("scheme", "")).lower()
            if scheme == "bearer":
                kind = "CDG_SEC_BEARER"
            elif scheme == "basic":
                kind = "CDG_SEC_BASIC"
            else:
                raise self.err(f"http scheme {scheme!r} is not supported (bearer, basic)",
                               join(ptr, "scheme"))
            where, param = "header", "Authorization"
            challenge = challenge or f'{scheme.capitalize()} realm="{self.title}"'
        elif t in ("oauth2", "openIdConnect"):
            # tokens are presented as bearer tokens; scopes are checked against the role
            kind, where, param = "CDG_SEC_BEARER", "header", "Authorization"
            challenge = challenge or f'Bearer realm="{self.title}"'
        else:
            raise self.err(f"security scheme type {t!r} is not supported", join(ptr, "type"))
        self.scheme_index[name] = len(self.schemes)
        self.schemes.append({"name": name, "kind": kind,
                             "in": {"header": "CDG_IN_HEADER", "query": "CDG_IN_QUERY",
                                    "cookie": "CDG_IN_COOKIE"}[where],
                             "param": param, "challenge": challenge, "type": t,
                             "where": where, "description": sc.get("description", "")})

    def _security(self, reqs, ptr):
        if not isinstance(reqs, list):
            raise self.err("security must be an array", ptr)
        alts = []
        for i, req in enumerate(reqs):
            if not isinstance(req, dict):
                raise self.err("a security requirement must be an object", join(ptr, i))
            items = []
            for name, scopes in req.items():
                if name in self.bad_schemes:
                    continue  # its own error is reported; every use of it would repeat it
                if name not in self.scheme_index:
                    raise self.err(f"unknown security scheme {name!r}", join(ptr, i, name))
                if len(req) > 8:
                    raise self.err("at most 8 schemes per requirement", join(ptr, i))
                items.append({"scheme": self.scheme_index[name], "name": name,
                              "scopes": [str(s) for s in (scopes or [])]})
            alts.append(items)
        return alts

    # ------------------------------------------------------------------ operations
    def _operations(self):
        root = self.spec.root
        paths = root.get("paths") or {}
        if not isinstance(paths, dict):
            raise self.err("paths must be an object", "/paths")
        root_sec = root.get("security")
        ids = set()
        for path, item in paths.items():
            with self._collecting():
                self._path_item(path, item, root_sec, ids)

    def _path_item(self, path, item, root_sec, ids):
        pptr = join("/paths", path)
        if not path.startswith("/"):
            raise self.err("a path must start with '/'", pptr)
        item, iptr = self.spec.deref(item, pptr)
        for k in item:
            if k not in METHODS + ["parameters", "summary", "description", "servers"] \
                    and not k.startswith("x-"):
                self.note(f"unknown path item field {k!r}", join(iptr, k))
        if item.get("servers"):
            self.note("per-path servers are not supported", join(iptr, "servers"))
        for method in [m for m in item if m in METHODS]:
            with self._collecting():
                self._method(path, method, item, iptr, root_sec, ids)

    def _method(self, path, method, item, iptr, root_sec, ids):
        op = item[method]
        optr = join(iptr, method)
        opid = op.get("operationId")
        if not isinstance(opid, str) or not opid:
            raise self.err("every operation needs an operationId", optr)
        if c_ident(opid) != opid:
            raise self.err(f"operationId {opid!r} must be a C identifier", join(optr, "operationId"))
        if opid in ids:
            raise self.err(f"duplicate operationId {opid!r}", join(optr, "operationId"))
        ids.add(opid)
        self.ops.append(self._operation(path, method, op, optr, item, iptr, root_sec))

    def _operation(self, path, method, op, optr, item, iptr, root_sec):
        opid = op["operationId"]
        if op.get("callbacks"):
            self.note("callbacks are not supported", join(optr, "callbacks"))
        if op.get("servers"):
            self.note("per-operation servers are not supported", join(optr, "servers"))
        tags = op.get("tags") or ["default"]
        o = {"id": opid, "method": method.upper(), "cd_method": CD_METHOD[method],
             "path": self.base_path + path, "spec_path": path, "tag": str(tags[0]),
             "tag_file": snake(tags[0]), "summary": op.get("summary", ""),
             "description": op.get("description", ""), "pointer": optr,
             "req": f"api_{opid}_req", "res": f"api_{opid}_res",
             "cpu_heavy": 1 if op.get("x-conduit-pool") == "cpu" else 0,
             "deprecated": bool(op.get("deprecated"))}
        if "x-conduit-pool" in op and op["x-conduit-pool"] not in ("cpu", "io"):
            self.note("x-conduit-pool must be cpu or io", join(optr, "x-conduit-pool"))
        # parameters: path-level, overridden by operation-level
        params = {}
        for src, sptr in ((item.get("parameters") or [], join(iptr, "parameters")),
                          (op.get("parameters") or [], join(optr, "parameters"))):
            for i, p in enumerate(src):
                with self._collecting():
                    p, pptr = self.spec.deref(p, join(sptr, i), ["/components/parameters/"])
                    if not isinstance(p, dict) or "name" not in p or "in" not in p:
                        raise self.err("a parameter needs name and in", pptr)
                    params[(p["in"], p["name"])] = (p, pptr)
        template = re.findall(r"\{([^}/]+)\}", path)
        for seg in path.split("/"):
            if "{" in seg and not re.fullmatch(r"\{[^}/]+\}", seg):
                self.note("a path template variable must be a whole segment", join(optr))
        o["params"] = []
        req_fields = []
        used = set()
        for (pin, pname), (p, pptr) in params.items():
            with self._collecting():
                o["params"].append(self._param(o, p, pptr, template, used, req_fields))
        for t in template:
            if ("path", t) not in params:
                self.note(f"path parameter {{{t}}} is not declared", optr)
        # body
        o["body"] = None
        o["max_body"] = 0
        if "requestBody" in op:
            with self._collecting():
                o["body"] = self._body(o, op["requestBody"], join(optr, "requestBody"))
                used.add("body")
                req_fields.append(o["body"]["field"])
                o["max_body"] = o["body"]["max_body"]
        if "x-conduit-max-body" in op:
            o["max_body"] = int(op["x-conduit-max-body"])
        o["req_fields"] = req_fields
        # responses
        o["responses"] = []
        o["res_fields"] = []
        responses = op.get("responses") or {}
        if not responses:
            self.note("an operation needs responses", join(optr, "responses"))
        for status, resp in responses.items():
            with self._collecting():
                self._response(o, str(status), resp, join(optr, "responses", status))
        # security
        sec = op.get("security", root_sec)
        sptr = join(optr, "security") if "security" in op else "/security"
        o["security"] = []
        with self._collecting():
            o["security"] = self._security(sec, sptr) if sec is not None else []
        o["auth"] = ("none" if not o["security"] else
                     "optional" if any(not a for a in o["security"]) else "required")
        return o

    def _param(self, o, p, pptr, template, used, req_fields):
        for k in p:
            if k not in ("name", "in", "description", "required", "deprecated", "schema",
                         "style", "explode", "example", "examples", "allowReserved",
                         "allowEmptyValue") and not k.startswith("x-"):
                if k == "content":
                    raise self.err("parameters with content are not supported (use schema)",
                                   join(pptr, k))
                raise self.err(f"unknown parameter field {k!r}", join(pptr, k))
        pin, name = p["in"], str(p["name"])
        if pin not in ("path", "query", "header", "cookie"):
            raise self.err(f"parameter location {pin!r} is not supported", join(pptr, "in"))
        required = bool(p.get("required", False))
        if pin == "path":
            if not required:
                raise self.err("path parameters must be required: true", pptr)
            if name not in template:
                raise self.err(f"path parameter {name!r} is not in the path template", pptr)
        if "schema" not in p:
            raise self.err("a parameter needs a schema", pptr)
        if pin == "header" and name.lower() in ("accept", "content-type", "authorization"):
            raise self.err(f"header parameter {name!r} is ignored by OpenAPI; not allowed", pptr)
        node = self.schema(p["schema"], join(pptr, "schema"), f"{o['id']}_{c_ident(name)}")
        self._layout(node)
        style = p.get("style", "form" if pin in ("query", "cookie") else "simple")
        allowed = {"path": ["simple"], "query": ["form", "spaceDelimited", "pipeDelimited"],
                   "header": ["simple"], "cookie": ["form"]}[pin]
        if style not in allowed:
            raise self.err(f"style {style!r} is not supported for {pin} parameters "
                           f"(supported: {', '.join(allowed)})", join(pptr, "style"))
        explode = bool(p.get("explode", style == "form"))
        if node.kind == "CDG_K_STRUCT" or (self._eff_types(node) or set()) & {"object"}:
            raise self.err("object-valued parameters are not supported", join(pptr, "schema"))
        if node.kind == "CDG_K_ARRAY":
            if node.items.kind not in ("CDG_K_STR", "CDG_K_INT", "CDG_K_NUM", "CDG_K_BOOL",
                                       "CDG_K_ENUM"):
                raise self.err("array parameters need scalar items", join(pptr, "schema"))
        if style in ("spaceDelimited", "pipeDelimited") and node.kind != "CDG_K_ARRAY":
            raise self.err(f"style {style} needs an array schema", join(pptr, "style"))
        cname = c_ident(name)
        if cname in used:
            cname = c_ident(f"{pin}_{name}")
        used.add(cname)
        presence = not required
        fld = {"cname": cname, "decl": self._decl(node, cname), "presence": presence,
               "comment": f"{pin} {name}" + ("" if required else ", optional") +
               (", raw JSON text" if node.kind == "CDG_K_JSON" else "") +
               (f", default {json_text(node.default_raw)}" if node.has_default else "")}
        req_fields.append(fld)
        return {"name": name, "in": pin, "cin": "CDG_IN_" + pin.upper(),
                "pointer": f"{pin}/{name}", "required": 1 if required else 0,
                "style": {"simple": "CDG_STYLE_SIMPLE", "form": "CDG_STYLE_FORM",
                          "spaceDelimited": "CDG_STYLE_SPACE",
                          "pipeDelimited": "CDG_STYLE_PIPE"}[style],
                "explode": 1 if explode else 0,
                "path_index": template.index(name) if pin == "path" else -1,
                "node": node, "slot": self.slot(node, o["req"], cname, presence),
                "description": p.get("description", ""), "example": p.get("example"),
                "schema_raw": p["schema"], "cname": cname, "where": pptr}

    def _json_media(self, content, ptr, what):
        if not isinstance(content, dict):
            raise self.err("content must be an object", ptr)
        keys = list(content)
        json_keys = [k for k in keys if k.split(";")[0].strip().lower() == "application/json"
                     or k.split(";")[0].strip().lower().endswith("+json")]
        others = [k for k in keys if k not in json_keys]
        if others:
            raise self.err(f"{what} media type {others[0]!r} is not supported (JSON only)",
                           join(ptr, others[0]))
        if len(json_keys) > 1:
            raise self.err(f"more than one JSON media type for a {what}", ptr)
        if not json_keys:
            return None, None, None
        media = content[json_keys[0]]
        mptr = join(ptr, json_keys[0])
        for k in media:
            if k not in ("schema", "example", "examples") and not k.startswith("x-"):
                raise self.err(f"media type field {k!r} is not supported", join(mptr, k))
        return json_keys[0], media, mptr

    def _hint_for(self, ptr, fallback):
        parts = ptr.split("/")
        if len(parts) > 3 and parts[1] == "components" and parts[2] in ("requestBodies",
                                                                        "responses"):
            return parts[3]
        return fallback

    def _body(self, o, rb, ptr):
        rb, ptr = self.spec.deref(rb, ptr, ["/components/requestBodies/"])
        mt, media, mptr = self._json_media(rb.get("content") or {}, join(ptr, "content"),
                                           "request body")
        if media is None or "schema" not in media:
            raise self.err("a request body needs an application/json schema", ptr)
        node = self.schema(media["schema"], join(mptr, "schema"),
                           self._hint_for(ptr, f"{o['id']}_body"))
        self._layout(node)
        required = bool(rb.get("required", False))
        presence = (not required) or node.nullable
        bound = self._bound(node, set())
        max_body = DEFAULT_MAX_BODY if bound is None else min(
            DEFAULT_MAX_BODY * 16, (bound * 5 // 4 + WS_SLACK + 1023) // 1024 * 1024)
        return {"node": node, "required": 1 if required else 0,
                "slot": self.slot(node, o["req"], "body", presence),
                "field": {"cname": "body", "decl": self._decl(node, "body"),
                          "presence": presence,
                          "comment": "request body (" + mt + ")" + ("" if required else
                                                                     ", optional")},
                "max_body": max_body, "bounded": bound is not None,
                "description": rb.get("description", ""), "media": media,
                "media_type": mt}

    def _response(self, o, status, resp, ptr):
        if status != "default" and not re.fullmatch(r"[1-5][0-9][0-9]", status):
            raise self.err(f"response status {status!r} is not supported (use NNN or default)",
                           ptr)
        resp, rptr = self.spec.deref(resp, ptr, ["/components/responses/"])
        code = 0 if status == "default" else int(status)
        entry = {"status": status, "code": code, "description": resp.get("description", ""),
                 "node": None, "cname": None, "media": None}
        mt, media, mptr = self._json_media(resp.get("content") or {}, join(rptr, "content"),
                                           "response")
        if media is not None and "schema" in media:
            node = self.schema(media["schema"], join(mptr, "schema"),
                               self._hint_for(rptr, f"{o['id']}_{status}"))
            self._layout(node)
            cname = f"body_{status}"
            presence = node.nullable
            entry.update(node=node, cname=cname, media=media,
                         slot=self.slot(node, o["res"], cname, presence))
            o["res_fields"].append({"cname": cname, "decl": self._decl(node, cname),
                                    "presence": presence,
                                    "comment": f"{status}: {resp.get('description', '')}".strip()})
        else:
            entry["slot"] = {"schema": -1, "offset": "0", "has_offset": "-1",
                             "count_offset": "-1", "by_ptr": 0}
        o["responses"].append(entry)

    # ------------------------------------------------------------------ body bounds
    def _bound(self, n, seen):
        """Largest JSON text (bytes) a value valid against n can take, without whitespace;
        None when unbounded."""
        if n.idx in seen:
            return None
        seen = seen | {n.idx}
        if n.is_false:
            return 0
        cands = []
        own = self._own_bound(n, seen)
        if own is not None:
            cands.append(own)
        for part in n.all_of:
            b = self._bound(part, seen)
            if b is not None:
                cands.append(b)
        for alts in (n.any_of, n.one_of):
            if alts:
                bs = [self._bound(a, seen) for a in alts]
                if all(b is not None for b in bs):
                    cands.append(max(bs))
        if n.enum_values:
            cands.append(max(len(json_text(v)) * 6 for v in n.enum_values))
        if n.const_value >= 0:
            cands.append(len(self.values[n.const_value]) * 6)
        return min(cands) if cands else None

    def _own_bound(self, n, seen):
        ts = set(n.types) if n.types else None
        if ts is None:
            return None
        out = 0
        for t in ts:
            if t == "null":
                b = 4
            elif t == "boolean":
                b = 5
            elif t in ("integer", "number"):
                b = 32
            elif t == "string":
                if "maxLength" not in n.ints:
                    return None
                b = 2 + 12 * n.ints["maxLength"]
            elif t == "array":
                if "maxItems" not in n.ints:
                    return None
                items = [self._bound(x, seen) for x in n.prefix_items]
                rest = self._bound(n.items, seen) if n.items is not None else None
                k = n.ints["maxItems"]
                if any(x is None for x in items) or (k > len(items) and rest is None):
                    return None
                b = 2 + sum(x + 1 for x in items[:k]) + max(0, k - len(items)) * (
                    (rest or 0) + 1)
            elif t == "object":
                if n.additional != "CDG_ADD_FORBID" or n.pattern_props:
                    return None
                b = 2
                for (pname, pn, _r, _ro, _wo) in n.props:
                    if pn is None:
                        return None
                    pb = self._bound(pn, seen)
                    if pb is None:
                        return None
                    b += 6 * len(pname.encode()) + 2 + 1 + pb + 1
            else:
                return None
            out = max(out, b)
        return out

    # ------------------------------------------------------------------ routing
    def _routes(self):
        nodes = [{"children": {}, "param": None, "methods": {}, "label": "/"}]
        for i, o in enumerate(self.ops):
            cur = 0
            segs = o["path"].strip("/").split("/") if o["path"].strip("/") else []
            label = ""
            for seg in segs:
                label += "/" + seg
                if seg.startswith("{"):
                    nxt = nodes[cur]["param"]
                    if nxt is None:
                        nxt = len(nodes)
                        nodes.append({"children": {}, "param": None, "methods": {},
                                      "label": label})
                        nodes[cur]["param"] = nxt
                else:
                    nxt = nodes[cur]["children"].get(seg)
                    if nxt is None:
                        nxt = len(nodes)
                        nodes.append({"children": {}, "param": None, "methods": {},
                                      "label": label})
                        nodes[cur]["children"][seg] = nxt
                cur = nxt
            if o["method"] in nodes[cur]["methods"]:
                raise self.err(f"{o['method']} {o['path']} is declared twice", o["pointer"])
            nodes[cur]["methods"][o["method"]] = i
        out = []
        for idx, n in enumerate(nodes):
            methods = [(m, op) for m, op in n["methods"].items()]
            if "GET" in n["methods"] and "HEAD" not in n["methods"]:
                methods.append(("HEAD", n["methods"]["GET"]))
            order = {m.upper(): k for k, m in enumerate(METHODS)}
            methods.sort(key=lambda x: order[x[0]])
            by_len = {}
            for seg, child in sorted(n["children"].items()):
                seg_bytes = len(seg.encode())
                by_len.setdefault(seg_bytes, []).append({"literal": seg, "child": child})
            out.append({"idx": idx, "label": n["label"] or "/",
                        "methods": [{"cd": "CD_M_" + m, "op": op,
                                     "id": self.ops[op]["id"]} for m, op in methods],
                        "allow": " | ".join(f"CD_METHOD_BIT(CD_M_{m})" for m, _ in methods)
                        or "0",
                        "lengths": [{"len": k, "children": v} for k, v in sorted(by_len.items())],
                        "param": n["param"]})
        self.route_nodes = out
        self.max_path_params = max((len(re.findall(r"\{", o["path"])) for o in self.ops),
                                   default=0)
        if self.max_path_params > 8:
            raise self.err("at most 8 path parameters per path (CD_MAX_PATH_PARAMS)", "/paths")

    # ------------------------------------------------------------------ views for templates
    def tags(self):
        order = [t.get("name") for t in (self.spec.root.get("tags") or []) if isinstance(t, dict)]
        for o in self.ops:
            if o["tag"] not in order:
                order.append(o["tag"])
        out = []
        for t in order:
            ops = [o for o in self.ops if o["tag"] == t]
            if ops:
                out.append({"name": t, "file": snake(t), "ops": ops})
        return out
