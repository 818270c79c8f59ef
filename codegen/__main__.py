"""CLI: python3 -m codegen {generate,stubs,report} — see README "Editing the spec"."""
import argparse
import os
import re
import sys

from .ir import Model
from .loader import SpecError, SpecErrors, load

MAX_ERRORS = 200  # past this, one line says how many more there are


def _model(args):
    return Model(load(args.spec), api_name=getattr(args, "name", "conduit"))


def cmd_generate(args):
    from .render import render_all, write_all
    model = _model(args)
    files, _docs = render_all(model, args.name)
    changed = write_all(files, args.out)
    # stale files from an earlier generation (e.g. a removed template) would still be compiled
    for fn in sorted(os.listdir(args.out)):
        if fn not in files and (fn.endswith(".c") or fn.endswith(".h")):
            with open(os.path.join(args.out, fn), encoding="utf-8", errors="replace") as f:
                if f.readline().startswith("/* generated from openapi.yaml by codegen"):
                    os.remove(os.path.join(args.out, fn))
                    changed.append(fn + " (removed)")
    if not args.quiet:
        print(f"codegen: {len(model.ops)} operations, {len(model.nodes)} schemas, "
              f"{len(files)} files in {args.out} ({len(changed)} changed)")
    return 0


def implemented(handlers_dir):
    found = set()
    if os.path.isdir(handlers_dir):
        for fn in sorted(os.listdir(handlers_dir)):
            if fn.endswith(".c"):
                with open(os.path.join(handlers_dir, fn), encoding="utf-8", errors="replace") as f:
                    found.update(re.findall(r"^int\s+handle_(\w+)\s*\(", f.read(), re.M))
    return found


STUB = """/* handlers/{file}.c — {tag}: hand-written handlers (stubs written by codegen; edit freely). */
#include "api_handlers.h"
{body}"""

STUB_FN = """
/* {method} {path} */
int handle_{id}(cd_request *r, const {req} *in, {res} *out)
{{
    (void)in;
    (void)out;
    return cd_req_fail(r, 501, "", "{id} is not implemented yet");
}}
"""


def cmd_stubs(args):
    model = _model(args)
    have = implemented(args.handlers)
    missing = [o for o in model.ops if o["id"] not in have]
    for o in missing:
        print(f"missing handler: handle_{o['id']} ({o['method']} {o['path']}) "
              f"→ handlers/{o['tag_file']}.c")
    if args.check:
        return 1 if missing else 0
    if args.list:
        return 0
    for t in model.tags():
        ops = [o for o in t["ops"] if o["id"] not in have]
        path = os.path.join(args.handlers, t["file"] + ".c")
        if not ops:
            continue
        if os.path.exists(path):
            print(f"not touching existing {path}: add {', '.join('handle_' + o['id'] for o in ops)}"
                  " there yourself")
            continue
        body = "".join(STUB_FN.format(method=o["method"], path=o["path"], id=o["id"],
                                      req=o["req"], res=o["res"]) for o in ops)
        os.makedirs(args.handlers, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(STUB.format(file=t["file"], tag=t["name"], body=body))
        print(f"wrote {path} ({len(ops)} stubs)")
    return 0


# keywords that only say where sub-schemas are: their children are reported instead
_CONTAINERS = {"properties", "items", "prefixItems", "patternProperties", "$ref", "allOf"}


def _collect(node, out, seen, prefix):
    """(instance location, keyword, spec pointer) for every keyword enforced under node."""
    if node is None or node.idx in seen:
        return
    seen.add(node.idx)
    for kw, ptr in node.keywords:
        if kw not in _CONTAINERS:
            out.append((prefix, kw, ptr))
    for (pname, pn, _r, ro, wo) in node.props:
        if ro:
            out.append((f"{prefix}/{pname}", "readOnly (rejected in requests)",
                        node.where + "/properties/" + pname))
        _collect(pn, out, seen, f"{prefix}/{pname}")
    for pi, pn in node.pattern_props:
        _collect(pn, out, seen, f"{prefix}/<pattern {pi}>")
    _collect(node.additional_node, out, seen, f"{prefix}/<additional>")
    _collect(node.items, out, seen, f"{prefix}/<item>")
    for i, x in enumerate(node.prefix_items):
        _collect(x, out, seen, f"{prefix}/{i}")
    for x in node.all_of + node.any_of + node.one_of:
        _collect(x, out, seen, prefix)
    _collect(node.not_node, out, seen, prefix)
    _collect(node.property_names, out, seen, f"{prefix}/<name>")


def cmd_report(args):
    model = _model(args)
    for o in model.ops:
        if args.operation and o["id"] != args.operation:
            continue
        print(f"{o['id']}: {o['method']} {o['path']}  [auth: {o['auth']}"
              f"{', cpu pool' if o['cpu_heavy'] else ''}, max body {o['max_body']} bytes]")
        if o["security"]:
            alts = [" + ".join(r["name"] + (f"({','.join(r['scopes'])})" if r["scopes"] else "")
                               for r in a) or "{} anonymous" for a in o["security"]]
            print(f"  security: {' | '.join(alts)}  ← {o['pointer']}/security")
        for p in o["params"]:
            rows = []
            _collect(p["node"], rows, set(), p["pointer"])
            if p["required"]:
                print(f"  {p['pointer']}: required  ← {p['where']}/required")
            for where, kw, ptr in rows:
                print(f"  {where}: {kw}  ← {ptr}")
        if o["body"]:
            rows = []
            _collect(o["body"]["node"], rows, set(), "")
            if o["body"]["required"]:
                print(f"  body: required  ← {o['pointer']}/requestBody")
            for where, kw, ptr in rows:
                print(f"  body{where}: {kw}  ← {ptr}")
        print()
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m codegen", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate", help="generate C into --out")
    g.add_argument("--spec", required=True)
    g.add_argument("--out", required=True)
    g.add_argument("--name", default="conduit", help="the cd_api symbol is api_<name>")
    g.add_argument("-q", "--quiet", action="store_true")
    s = sub.add_parser("stubs", help="list / write handler stubs for unimplemented operations")
    s.add_argument("--spec", required=True)
    s.add_argument("--handlers", required=True)
    s.add_argument("--list", action="store_true", help="only list missing handlers")
    s.add_argument("--check", action="store_true", help="list, and exit 1 if any is missing")
    r = sub.add_parser("report", help="per operation, the enforced keywords and their source")
    r.add_argument("--spec", required=True)
    r.add_argument("--operation")
    args = ap.parse_args(argv)
    try:
        return {"generate": cmd_generate, "stubs": cmd_stubs, "report": cmd_report}[args.cmd](args)
    except SpecError as e:
        errors = e if isinstance(e, SpecErrors) else SpecErrors([e])
        for line in errors.lines(MAX_ERRORS):
            print(f"codegen: error: {line}", file=sys.stderr)
        n = len(errors.errors)
        print(f"codegen: {n} error{'s' if n != 1 else ''} in the spec",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
