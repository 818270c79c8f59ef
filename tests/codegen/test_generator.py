"""Generator unit tests: loader and $ref errors (with JSON pointer and line), unsupported
constructs, determinism, staleness of generated/, the CLI (report, stubs) and the docs page."""
import os
import subprocess
import sys
import textwrap

import pytest
import yaml

from conftest import HERE, REPO

from codegen import BANNER
from codegen.__main__ import main
from codegen.ir import Model
from codegen.loader import SpecError, SpecErrors, load_text
from codegen.render import render_all

SPEC = os.path.join(REPO, "openapi.yaml")


def model_of(text, path="t.yaml"):
    return Model(load_text(textwrap.dedent(text), path))


MINI = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /x/{id}:
    get:
      operationId: GetX
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/X'}
components:
  schemas:
    X:
      type: object
      properties:
        a: {type: string}
"""


def error_of(text):
    with pytest.raises(SpecError) as e:
        model_of(text)
    return e.value


# ---------------------------------------------------------------- loader / errors


def test_mini_spec_builds():
    m = model_of(MINI)
    assert [o["id"] for o in m.ops] == ["GetX"]
    assert m.ops[0]["path"] == "/x/{id}"


def test_error_names_pointer_and_line():
    e = error_of(MINI.replace("a: {type: string}", "a: {type: string, if: {}}"))
    assert e.pointer == "/components/schemas/X/properties/a/if"
    assert e.line == 20
    assert str(e).startswith("t.yaml:20: /components/schemas/X/properties/a/if: ")
    assert "unsupported schema keyword 'if'" in str(e)


@pytest.mark.parametrize("keyword", ["unevaluatedProperties", "dependentRequired", "contains",
                                     "$dynamicRef", "additionalItems"])
def test_unsupported_keywords_stop_generation(keyword):
    e = error_of(MINI.replace("a: {type: string}", f"a: {{type: string, {keyword}: {{}}}}"))
    assert keyword in e.message and e.pointer.endswith("/" + keyword.replace("/", "~1"))


def test_unknown_keyword_is_not_ignored():
    e = error_of(MINI.replace("a: {type: string}", "a: {type: string, maxlength: 3}"))
    assert "unknown schema keyword 'maxlength'" in e.message


def test_unknown_format_is_not_ignored():
    e = error_of(MINI.replace("a: {type: string}", "a: {type: string, format: regex}"))
    assert "unsupported format 'regex'" in e.message
    assert e.pointer == "/components/schemas/X/properties/a/format"


def test_unresolved_ref():
    e = error_of(MINI.replace("'#/components/schemas/X'", "'#/components/schemas/Y'"))
    assert "unresolved reference #/components/schemas/Y" in e.message
    assert e.pointer.endswith("/schema/$ref")


def test_external_ref():
    e = error_of(MINI.replace("'#/components/schemas/X'", "'other.yaml#/X'"))
    assert "only local references" in e.message


def test_ref_cycle():
    e = error_of((MINI + "    Y: {$ref: '#/components/schemas/Z'}\n"
                  "    Z: {$ref: '#/components/schemas/Y'}\n")
                 .replace("schema: {$ref: '#/components/schemas/X'}",
                          "schema: {$ref: '#/components/schemas/Y'}"))
    assert "reference cycle" in e.message


def test_unreferenced_component_schemas_are_checked_too():
    e = error_of(MINI + "    Unused: {type: string, format: nope}\n")
    assert e.pointer == "/components/schemas/Unused/format"


def test_yaml_syntax_error_has_line():
    with pytest.raises(SpecError) as e:
        load_text("openapi: 3.1.0\ninfo: [unclosed\n", "bad.yaml")
    assert e.value.line is not None and "invalid YAML" in e.value.message


def test_duplicate_yaml_key():
    with pytest.raises(SpecError) as e:
        load_text("openapi: 3.1.0\nopenapi: 3.0.0\n", "dup.yaml")
    assert "duplicate key" in e.value.message and e.value.line == 2


def test_version_checked():
    e = error_of(MINI.replace("openapi: 3.1.0", "openapi: 2.0"))
    assert e.pointer == "/openapi"


@pytest.mark.parametrize("old,new,needle", [
    ("required: true, schema: {type: integer}", "required: false, schema: {type: integer}",
     "path parameters must be required"),
    ("{name: id, in: path", "{name: other, in: path", "not in the path template"),
    ("operationId: GetX\n", "summary: no id\n", "needs an operationId"),
    ("{name: id, in: path, required: true, schema: {type: integer}}",
     "{name: id, in: path, required: true, schema: {type: object}}", "object-valued parameters"),
    ("{name: id, in: path, required: true, schema: {type: integer}}",
     "{name: id, in: path, required: true, style: matrix, schema: {type: integer}}",
     "style 'matrix' is not supported"),
    ("{name: id, in: path, required: true, schema: {type: integer}}",
     "{name: id, in: path, required: true, content: {}}", "parameters with content"),
    ("'200':", "'2XX':", "response status '2XX' is not supported"),
    ("application/json:", "text/plain:", "media type 'text/plain' is not supported"),
    ("      responses:", "      security: [{Nope: []}]\n      responses:", "unknown security scheme"),
    ("a: {type: string}", "a: {type: strin}", "unknown type 'strin'"),
    ("a: {type: string}", "a: {type: string, minLength: -1}", "non-negative integer"),
    ("a: {type: string}", "a: {type: number, multipleOf: 0}", "multipleOf must be > 0"),
    ("a: {type: string}", "a: {type: string, pattern: '(unclosed'}", "pattern does not compile"),
])
def test_invalid_or_unsupported_constructs(old, new, needle):
    assert old in MINI
    e = error_of(MINI.replace(old, new, 1))
    assert needle in str(e), str(e)
    assert e.pointer, "every error names a JSON pointer"


def test_duplicate_operation_id():
    text = MINI.replace("paths:\n", "paths:\n  /y:\n    put:\n      operationId: GetX\n"
                        "      responses: {'204': {description: x}}\n")
    assert "duplicate operationId" in str(error_of(text))


# ---------------------------------------------------------------- all errors in one run

# six independent mistakes, each in a different unit (operation, parameter, response, security,
# schema keyword, component schema): one run must name every one of them
MANY = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /x/{id}:
    get:
      operationId: GetX
      security: [{Nope: []}]
      parameters:
        - {name: id, in: path, required: true, style: matrix, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/X'}
        '2XX': {description: range}
components:
  schemas:
    X:
      type: object
      properties:
        a: {type: string, format: regex}
        b: {type: string, if: {}}
        c: {type: integer, maxlength: 3}
    Unused: {type: strin}
"""

MANY_EXPECTED = [
    (7, "/paths/~1x~1{id}/get/security/0/Nope", "unknown security scheme 'Nope'"),
    (9, "/paths/~1x~1{id}/get/parameters/0/style", "style 'matrix' is not supported"),
    (16, "/paths/~1x~1{id}/get/responses/2XX", "response status '2XX' is not supported"),
    (22, "/components/schemas/X/properties/a/format", "unsupported format 'regex'"),
    (23, "/components/schemas/X/properties/b/if", "unsupported schema keyword 'if'"),
    (24, "/components/schemas/X/properties/c/maxlength", "unknown schema keyword 'maxlength'"),
    (25, "/components/schemas/Unused/type", "unknown type 'strin'"),
]


def test_independent_errors_are_all_reported_in_file_order():
    with pytest.raises(SpecErrors) as e:
        model_of(MANY)
    got = [(x.line, x.pointer, x.message) for x in e.value.errors]
    assert len(got) == len(MANY_EXPECTED), "\n".join(map(str, got))
    for (line, ptr, msg), (eline, eptr, needle) in zip(got, MANY_EXPECTED):
        assert (line, ptr) == (eline, eptr) and needle in msg, (line, ptr, msg)
    # the aggregate reads as its first error, so one-error callers keep working
    assert (e.value.line, e.value.pointer) == MANY_EXPECTED[0][:2]


def test_error_order_is_deterministic():
    def run():
        with pytest.raises(SpecErrors) as e:
            model_of(MANY)
        return str(e.value)
    first = run()
    assert first.count("\n") == len(MANY_EXPECTED) - 1
    assert all(run() == first for _ in range(3))


def test_several_errors_in_one_schema_keyword_groups():
    e = error_of(MINI.replace("a: {type: string}",
                              "a: {type: string, minLength: -1, format: regex, pattern: '(x'}"))
    msgs = [x.message for x in e.errors]
    assert len(msgs) == 3, msgs
    assert any("non-negative integer" in m for m in msgs)
    assert any("unsupported format 'regex'" in m for m in msgs)
    assert any("pattern does not compile" in m for m in msgs)


def test_broken_ref_reported_once_per_reference_and_target_not_rechecked():
    text = MINI.replace("a: {type: string}", "a: {$ref: '#/components/schemas/Gone'}\n"
                        "        b: {$ref: '#/components/schemas/Gone'}")
    e = error_of(text)
    assert [(x.pointer, x.message) for x in e.errors] == [
        ("/components/schemas/X/properties/a/$ref", "unresolved reference #/components/schemas/Gone"),
        ("/components/schemas/X/properties/b/$ref", "unresolved reference #/components/schemas/Gone"),
    ]


def test_broken_security_scheme_is_not_repeated_at_each_use():
    text = MINI.replace("paths:", "security: [{K: []}]\npaths:") + \
        "  securitySchemes:\n    K: {type: mutualTLS}\n"
    e = error_of(text)
    assert isinstance(e, SpecError) and not isinstance(e, SpecErrors)
    assert e.pointer == "/components/securitySchemes/K/type"


def test_yaml_duplicate_and_merge_keys_all_reported():
    with pytest.raises(SpecErrors) as e:
        load_text("openapi: 3.1.0\nopenapi: 3.0.0\ninfo: {a: 1, a: 2}\nx: {<<: {b: 1}}\n",
                  "dup.yaml")
    got = [(x.line, x.message) for x in e.value.errors]
    assert got == [(2, "duplicate key 'openapi'"), (3, "duplicate key 'a'"),
                   (4, "YAML merge keys (<<) are not supported")]
    assert str(e.value).splitlines()[0].startswith("dup.yaml:2: /: duplicate key")


def test_cli_prints_every_error_and_a_count(tmp_path, capsys):
    bad = tmp_path / "many.yaml"
    bad.write_text(MANY)
    assert main(["generate", "--spec", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == len(MANY_EXPECTED) + 1
    for line, (eline, eptr, needle) in zip(err, MANY_EXPECTED):
        assert line.startswith(f"codegen: error: {bad}:{eline}: {eptr}: ") and needle in line
    assert err[-1] == f"codegen: {len(MANY_EXPECTED)} errors in the spec"
    assert not (tmp_path / "o").exists()


def test_cli_caps_the_error_list(tmp_path, capsys):
    props = "".join(f"        p{i}: {{type: string, format: nope{i}}}\n" for i in range(250))
    bad = tmp_path / "lots.yaml"
    bad.write_text(MINI.replace("        a: {type: string}\n", props))
    assert main(["report", "--spec", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 202
    assert all("unsupported format 'nope" in x for x in err[:200])
    assert "/properties/p0/format" in err[0] and "/properties/p199/format" in err[199]
    assert err[200] == "codegen: error: ... and 50 more"
    assert err[201] == "codegen: 250 errors in the spec"


# ---------------------------------------------------------------- models


def test_three_state_fields_and_arrays():
    m = model_of(MINI.replace("a: {type: string}",
                              "a: {type: [string, 'null']}\n        b: {type: array, items: {type: integer}}"))
    files, _ = render_all(m)
    h = files["api_handlers.h"]
    assert "api_presence has_a;" in h and "const char *a;" in h
    assert "int64_t *b;" in h and "size_t b_count;" in h


def test_recursive_schema_uses_pointer():
    m = model_of(MINI.replace("a: {type: string}", "next: {$ref: '#/components/schemas/X'}"))
    h = render_all(m)[0]["api_handlers.h"]
    assert "api_X *next;" in h


def test_enum_becomes_c_enum_with_names():
    m = model_of(MINI.replace("a: {type: string}", "a: {type: string, enum: [red, dark-blue]}"))
    files = render_all(m)[0]
    assert "API_X_A_RED = 0" in files["api_handlers.h"]
    assert "API_X_A_DARK_BLUE = 1" in files["api_handlers.h"]
    assert "api_X_a_names[2]" in files["api_tables.c"]


def test_body_limit_derived_from_bounds():
    text = MINI.replace("paths:\n", """paths:
  /y:
    post:
      operationId: PostX
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              properties:
                s: {type: string, maxLength: 100}
                n: {type: integer}
      responses: {'204': {description: x}}
""")
    m = model_of(text)
    op = [o for o in m.ops if o["id"] == "PostX"][0]
    # 2 + ("s": 6*1+2+1 + 2+1200 + 1) + ("n": 6+2+1 + 32 + 1) = 1256 → *1.25 + 1024 → 2 KiB... 3 KiB
    assert op["max_body"] == 3072
    assert [o for o in m.ops if o["id"] == "GetX"][0]["max_body"] == 0


# ---------------------------------------------------------------- the project spec


@pytest.fixture(scope="module")
def project_files():
    return render_all(Model(__import__("codegen.loader", fromlist=["load"]).load(SPEC)))


def test_generation_is_deterministic(project_files):
    """A second, independent generation gives identical bytes (no timestamps, stable order)."""
    from codegen.loader import load
    again = render_all(Model(load(SPEC)))
    assert sorted(again[0]) == sorted(project_files[0])
    for n, text in project_files[0].items():
        assert again[0][n] == text, n
    assert again[1] == project_files[1]


def test_generated_dir_is_fresh(project_files):
    """The staleness check: generated/ is exactly what the generator writes."""
    gen = os.path.join(REPO, "generated")
    assert sorted(project_files[0]) == sorted(f for f in os.listdir(gen) if not f.startswith("."))
    for n, text in project_files[0].items():
        with open(os.path.join(gen, n), "rb") as f:
            assert f.read() == text.encode(), f"generated/{n} is stale: run scripts/python -m codegen generate --spec openapi.yaml --out generated/"


def test_cli_generate_writes_only_changes(tmp_path, capsys):
    out = tmp_path / "g"
    assert main(["generate", "--spec", os.path.join(HERE, "feature30.json"), "--out", str(out)]) == 0
    assert "(8 changed)" in capsys.readouterr().out
    assert main(["generate", "--spec", os.path.join(HERE, "feature30.json"), "--out", str(out)]) == 0
    assert "(0 changed)" in capsys.readouterr().out


def test_every_file_has_the_banner(project_files):
    files, _docs = project_files
    for name, text in files.items():
        assert text.startswith(BANNER + "\n"), name


def test_handler_prototypes(project_files):
    h = " ".join(project_files[0]["api_handlers.h"].split())
    spec = yaml.safe_load(open(SPEC, encoding="utf-8"))
    ids = [op["operationId"] for item in spec["paths"].values() for m, op in item.items()
           if isinstance(op, dict) and "operationId" in op]
    for i in ids:
        assert f"int handle_{i}(cd_request *r, const api_{i}_req *in, api_{i}_res *out);" in h
    assert "extern const cd_api api_conduit;" in h
    assert "/* POST /api/users/login" in h


def test_weak_stubs(project_files):
    s = project_files[0]["api_stubs.c"]
    assert s.count("__attribute__((weak, alias(") == len(Model(__import__("codegen.loader", fromlist=["load"]).load(SPEC)).ops)
    assert "cd_req_fail(r, 501," in s


def test_docs_page_self_contained(project_files):
    import html
    docs = html.unescape(project_files[1])
    assert "<script src" not in docs and "http://cdn" not in docs and "https://cdn" not in docs
    assert "<link" not in docs
    assert "curl -X POST 'http://localhost:8080/api/users/login'" in docs
    assert 'id="op-Login"' in docs and "User and Authentication" in docs
    assert "jake@jake.jake" in docs  # examples are shown


def test_report(capsys):
    assert main(["report", "--spec", SPEC, "--operation", "GetArticles"]) == 0
    out = capsys.readouterr().out
    assert "GetArticles: GET /api/articles" in out
    assert "query/limit: maximum  ← /components/parameters/limitParam/schema/maximum" in out
    assert "security: Token" in out and "| {} anonymous" in out


def test_report_body_keywords(capsys):
    assert main(["report", "--spec", SPEC, "--operation", "CreateUser"]) == 0
    out = capsys.readouterr().out
    assert "body/user/email: format  ← /components/schemas/Email/format" in out
    assert "body/user: additionalProperties  ← /components/schemas/NewUser/additionalProperties" in out


def test_stubs_command(tmp_path, capsys):
    hd = tmp_path / "handlers"
    hd.mkdir()
    (hd / "tags.c").write_text("int handle_GetTags(cd_request *r, const api_GetTags_req *in, "
                               "api_GetTags_res *out)\n{\n    return 0;\n}\n")
    assert main(["stubs", "--spec", SPEC, "--handlers", str(hd), "--check"]) == 1
    out = capsys.readouterr().out
    assert "missing handler: handle_Login" in out and "handle_GetTags" not in out
    assert main(["stubs", "--spec", SPEC, "--handlers", str(hd)]) == 0
    text = (hd / "user_and_authentication.c").read_text()
    assert "int handle_Login(cd_request *r, const api_Login_req *in, api_Login_res *out)" in text
    before = text
    assert main(["stubs", "--spec", SPEC, "--handlers", str(hd)]) == 0
    assert (hd / "user_and_authentication.c").read_text() == before  # never overwritten


def test_cli_error_exit_code(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINI.replace("a: {type: string}", "a: {type: string, if: {}}"))
    assert main(["generate", "--spec", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "bad.yaml:20: /components/schemas/X/properties/a/if:" in capsys.readouterr().err


def test_cli_module_entry_point(tmp_path):
    r = subprocess.run([sys.executable, "-m", "codegen", "report", "--spec", SPEC,
                        "--operation", "GetTags"], cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 0 and "GetTags: GET /api/tags" in r.stdout


# ---------------------------------------------------------------- OpenAPI 3.0 input (JSON)


CASES30 = [
    ({"m": "PUT", "p": "/things/1", "b": '{"label":null}'}, 200, [], {"label": None}),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":"ab","weight":2}'}, 200, [],
     {"label": "ab", "weight": 2}),
    ({"m": "PUT", "p": "/things/1", "b": '{}'}, 422, [("/label", "required")], None),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":"abcde"}'}, 422, [("/label", "maxLength")], None),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":null,"weight":0}'}, 422,
     [("/weight", "exclusiveMinimum")], None),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":null,"weight":10}'}, 422,
     [("/weight", "exclusiveMaximum")], None),
    ({"m": "PUT", "p": "/things/0", "b": '{"label":null}'}, 422, [("path/id", "exclusiveMinimum")],
     None),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":null,"color":null}'}, 200, [],
     {"label": None, "color": None}),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":null,"color":"blue"}'}, 200, [],
     {"label": None, "color": "blue"}),
    ({"m": "PUT", "p": "/things/1", "b": '{"label":null,"color":"green"}'}, 422,
     [("/color", "enum")], None),
]


def test_openapi30_json_spec(feature30_driver):
    out, _ = feature30_driver.run([c[0] for c in CASES30])
    for (req, status, errs, body), got in zip(CASES30, out):
        assert got["status"] == status, (req, got)
        assert sorted((e["pointer"], e["keyword"]) for e in got["errors"]) == sorted(errs), got
        if body is not None:
            assert got["body"] == body, got


@pytest.mark.parametrize("old,new,needle", [
    ("a: {type: string}", "a: {nullable: true}", "nullable: true needs a type"),
    ("a: {type: string}", "a: {type: string, discriminator: {propertyName: k}}",
     "discriminator needs oneOf or anyOf"),
    ("a: {type: string}", "a: {type: number, exclusiveMinimum: true}",
     "exclusiveMinimum: true needs minimum"),
    ("a: {type: string}", "a: {type: string, enum: []}", "enum must be a non-empty array"),
    ("a: {type: string}", "a: {type: array, items: [{type: string}]}", "use prefixItems"),
    ("a: {type: string}", "a: {type: string, required: [1]}", "required must be an array of strings"),
    ("a: {type: string}", "a: {type: string, x-conduit-messages: {maxLen: x}}",
     "'maxLen' is not a validation keyword"),
])
def test_more_invalid_schemas(old, new, needle):
    assert needle in str(error_of(MINI.replace(old, new, 1)))


def test_feature_specs_use_every_supported_construct():
    """tests/codegen/feature.yaml + feature30.json exercise every keyword the generator
    enforces, every parameter location/style and every security scheme type."""
    from codegen.ir import VALIDATION
    from codegen.loader import load
    models = [Model(load(os.path.join(HERE, "feature.yaml"))),
              Model(load(os.path.join(HERE, "feature30.json")))]
    used = {kw for m in models for n in m.nodes for kw, _ in n.keywords}
    missing = VALIDATION - used - {"readOnly", "writeOnly"}  # flags, checked below
    assert not missing, missing
    nodes = [n for m in models for n in m.nodes]
    assert any(n.read_only for n in nodes) and any(n.write_only for n in nodes)
    assert any(n.is_false for n in nodes)
    formats = {n.format for n in nodes}
    from codegen.ir import FORMATS
    assert {f for f in FORMATS.values() if f != "CDG_F_NONE"} <= formats
    params = [(p["in"], p["style"], p["explode"]) for m in models for o in m.ops
              for p in o["params"]]
    for loc in ("path", "query", "header", "cookie"):
        assert any(p[0] == loc for p in params), loc
    for style in ("CDG_STYLE_SIMPLE", "CDG_STYLE_FORM", "CDG_STYLE_SPACE", "CDG_STYLE_PIPE"):
        assert any(p[1] == style for p in params), style
    kinds = {(s["kind"], s["in"]) for s in models[0].schemes}
    assert {("CDG_SEC_APIKEY", "CDG_IN_HEADER"), ("CDG_SEC_APIKEY", "CDG_IN_QUERY"),
            ("CDG_SEC_APIKEY", "CDG_IN_COOKIE"), ("CDG_SEC_BEARER", "CDG_IN_HEADER")} <= kinds
    methods = {o["method"] for o in models[0].ops}
    assert {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"} <= methods
    assert models[1].version.startswith("3.0") and models[0].version.startswith("3.1")
