"""Rendering: IR → files, through logic-free Jinja2 templates, then clang-format.

Output is byte-stable: no timestamps, deterministic ordering, and clang-format (when installed)
with the repository's .clang-format. Files whose content did not change are not rewritten, so
make/ninja do not rebuild needlessly.
"""
import html
import json
import os
import re
import shutil
import subprocess

import jinja2
import markupsafe

from . import BANNER
from .views import blob, c_comment, c_str, op_tables, schema_tables

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, "templates")
REPO = os.path.dirname(HERE)


def env():
    e = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(["html.j2"], default_for_string=False,
                                            default=False),
    )
    e.filters["c_str"] = c_str
    e.filters["c_comment"] = c_comment
    return e


def _schema_text(value):
    return json.dumps(value, indent=2, ensure_ascii=False)


def _schema_html(value):
    """Pretty JSON of a schema, HTML-escaped, with component $refs linked to their section."""
    text = html.escape(_schema_text(value), quote=True)
    text = re.sub(r"&quot;#/components/schemas/([^&]+)&quot;",
                  r'&quot;<a href="#schema-\1">#/components/schemas/\1</a>&quot;', text)
    return markupsafe.Markup(text)


def _example_of(media):
    if not isinstance(media, dict):
        return None
    if "example" in media:
        return media["example"]
    ex = media.get("examples")
    if isinstance(ex, dict) and ex:
        first = next(iter(ex.values()))
        if isinstance(first, dict) and "$ref" in first and _SPEC[0] is not None:
            first, _ = _SPEC[0].deref(first, "", ["/components/examples/"])
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return None


_SPEC = [None]  # the spec being rendered, for example $refs


def _schema_example(model, node_raw):
    raw = node_raw
    if isinstance(raw, dict) and "$ref" in raw:
        try:
            raw, _ = model.spec.deref(raw, "")
        except Exception:
            return None
    if isinstance(raw, dict):
        if raw.get("examples"):
            return raw["examples"][0]
        if "example" in raw:
            return raw["example"]
    return None


def _sample(model, raw, depth=0):
    """A small sample value for curl examples, from examples or the schema's shape."""
    if depth > 6:
        return None
    ex = _schema_example(model, raw)
    if ex is not None:
        return ex
    if isinstance(raw, dict) and "$ref" in raw:
        raw, _ = model.spec.deref(raw, "")
    if not isinstance(raw, dict):
        return None
    t = raw.get("type")
    t = [x for x in t if x != "null"][0] if isinstance(t, list) else t
    if "enum" in raw:
        return raw["enum"][0]
    if t == "object" or "properties" in raw:
        out = {}
        for k, v in (raw.get("properties") or {}).items():
            if k in (raw.get("required") or []) or depth == 0:
                out[k] = _sample(model, v, depth + 1)
        return out
    if t == "array":
        return [_sample(model, raw.get("items", {}), depth + 1)]
    return {"string": "string", "integer": 0, "number": 0, "boolean": True}.get(t)


def docs_context(model):
    _SPEC[0] = model.spec
    ops_view = []
    for o in model.ops:
        v = dict(o)
        for p in v["params"]:
            p["schema_text"] = json.dumps(p["schema_raw"], ensure_ascii=False)
        v["body_schema_text"] = _schema_html(o["body"]["media"]["schema"]) if o["body"] else ""
        body_ex = None
        if o["body"]:
            body_ex = _example_of(o["body"]["media"])
            if body_ex is None:
                body_ex = _sample(model, o["body"]["media"]["schema"])
        v["body_example"] = _schema_text(body_ex) if body_ex is not None else ""
        v["responses_view"] = [
            {"status": r["status"], "description": r["description"],
             "schema_text": _schema_html(r["media"]["schema"]) if r["media"] else ""}
            for r in o["responses"]]
        path = o["path"]
        for p in o["params"]:
            if p["in"] == "path":
                path = path.replace("{" + p["name"] + "}", str(p["example"] or p["name"]))
        qs = "&".join(f"{p['name']}={p['example']}" for p in o["params"]
                      if p["in"] == "query" and p["example"] is not None)
        curl = f"curl -X {o['method']} 'http://localhost:8080{path}{'?' + qs if qs else ''}'"
        if o["security"] and o["security"][0]:
            sc = model.schemes[o["security"][0][0]["scheme"]]
            if sc["where"] == "header":
                val = "Token <jwt>" if sc["param"] == "Authorization" and sc["kind"] == \
                    "CDG_SEC_APIKEY" else ("Bearer <token>" if sc["param"] == "Authorization"
                                           else "<key>")
                curl += f" \\\n  -H '{sc['param']}: {val}'"
        if o["body"]:
            curl += " \\\n  -H 'Content-Type: application/json'"
            if body_ex is not None:
                curl += f" \\\n  -d '{json.dumps(body_ex, ensure_ascii=False)}'"
        v["curl"] = curl
        ops_view.append(v)
    by_id = {o["id"]: o for o in ops_view}
    tags = [{"name": t["name"], "file": t["file"], "ops": [by_id[o["id"]] for o in t["ops"]]}
            for t in model.tags()]
    schemas = []
    for name, s in ((model.spec.root.get("components") or {}).get("schemas") or {}).items():
        ex = s.get("examples", [None])[0] if isinstance(s, dict) and s.get("examples") else (
            s.get("example") if isinstance(s, dict) else None)
        schemas.append({"name": name, "text": _schema_html(s),
                        "example": _schema_text(ex) if ex is not None else ""})
    return {"title": model.title, "api_version": model.api_version,
            "openapi_version": model.version, "description": model.description,
            "base_path": model.base_path or "/", "tags": tags, "schemas": schemas,
            "schemes": model.schemes}


def _enum_views(model):
    return [{"ctype": n.ctype, "where": c_comment(n.where), "count": len(n.enum_names),
             "consts": [{"name": c, "value": i, "text": t}
                        for i, (c, t) in enumerate(zip(n.enum_consts, n.enum_names))]}
            for n in model.enums]


def _struct_views(model):
    out = []
    for s in model.structs:
        fields = []
        for f in s.fields:
            bits = ["required" if f.required else "optional"]
            if f.node.kind == "CDG_K_JSON":
                bits.append("raw JSON text")
            if f.node.nullable:
                bits.append("nullable")
            if f.read_only:
                bits.append("readOnly")
            if f.write_only:
                bits.append("writeOnly: never serialized")
            if f.node.has_default:
                bits.append("default " + json.dumps(f.node.default_raw, ensure_ascii=False))
            decl = model._decl(f.node, f.cname, f.by_ptr)
            fields.append({"cname": f.cname, "presence": f.presence, "decl": decl,
                           "comment": c_comment(f'"{f.name}", ' + ", ".join(bits))})
        out.append({"ctype": s.ctype, "where": c_comment(s.where), "fields": fields})
    return out


def clang_format_all(texts):
    """Formats {filename: text} with the repository's .clang-format, all files concurrently.
    Without clang-format the template output (already close to the style) is kept."""
    exe = shutil.which("clang-format")
    if not exe or not os.path.exists(os.path.join(REPO, ".clang-format")):
        return dict(texts)
    procs = {}
    for name, text in texts.items():
        # --style=file looks for .clang-format from the assumed file's directory upwards
        p = subprocess.Popen([exe, "--style=file",
                              f"--assume-filename={os.path.join(REPO, 'generated', name)}"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs[name] = (p, text)
    out = {}
    for name, (p, text) in procs.items():
        stdout, stderr = p.communicate(text.encode())
        if p.returncode != 0:
            raise RuntimeError(f"clang-format failed on {name}: {stderr.decode()}")
        out[name] = stdout.decode()
    return out


def render_all(model, name="conduit"):
    """Returns {filename: text} for generated/."""
    e = env()
    aux, rows = schema_tables(model)
    docs = e.get_template("docs.html.j2").render(**docs_context(model))
    spec_json = json.dumps(model.spec.root, indent=2, ensure_ascii=False) + "\n"
    spec_yaml = model.spec.text
    ctx = {
        "banner": BANNER, "name": name, "title": model.title,
        "api_version": model.api_version, "nops": len(model.ops), "ops": model.ops,
        "enums": _enum_views(model), "structs": _struct_views(model), "tags": model.tags(),
        "nodes": model.route_nodes, "patterns": model.patterns, "values": model.values,
        "aux": aux, "rows": rows, "schemes": model.schemes, "optables": op_tables(model),
        "spec_json": blob(spec_json.encode()), "spec_yaml": blob(spec_yaml.encode()),
        "docs_html": blob(docs.encode()),
        "spec_json_size": len(spec_json.encode()) + 1,
        "spec_yaml_size": len(spec_yaml.encode()) + 1,
        "docs_html_size": len(docs.encode()) + 1,
    }
    to_format = {}
    for name in ("api_handlers.h", "api_internal.h", "api_tables.c", "api_routes.c",
                 "api_stubs.c"):
        to_format[name] = e.get_template(name + ".j2").render(**ctx)
    # the engine: spec-independent C kept as templates so the build's codegen dependencies
    # (codegen/*.j2) cover it
    for name in ("cdg_engine.h", "cdg_engine.c"):
        to_format[name] = e.get_template(name + ".j2").render(banner=BANNER)
    files = clang_format_all(to_format)
    # byte arrays: already one formatted line per 20 bytes; clang-format would only be slow
    files["api_spec.c"] = e.get_template("api_spec.c.j2").render(**ctx)
    return files, docs


def write_all(files, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    changed = []
    for name, text in sorted(files.items()):
        path = os.path.join(out_dir, name)
        data = text.encode("utf-8")
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        changed.append(name)
    return changed
