"""Table views: turns IR nodes and operations into the rows the C templates print.

Kept apart from ir.py so the IR stays about meaning and this file about C spelling.
"""
from .ir import TYPE_BITS, c_double


def c_str(s):
    """A C string literal (UTF-8 bytes; non-ASCII and controls as 3-digit octal escapes)."""
    if s is None:
        return "NULL"
    out = ['"']
    for b in str(s).encode("utf-8"):
        ch = chr(b)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "?":
            out.append("\\?")  # no trigraphs
        elif 32 <= b < 127:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def c_comment(s):
    return " ".join(str(s).replace("*/", "* /").split())


def _idx(n):
    return str(n.idx) if n is not None else "-1"


def schema_tables(model):
    """Returns (aux_arrays, rows): aux arrays are {ctype, name, items}; rows are lists of
    "  .field = value" strings, one row per schema node, in index order."""
    aux, rows = [], []
    for n in model.nodes:
        i = n.idx
        f = [(".where", c_str(n.where))]
        types = [TYPE_BITS[t] for t in n.types]
        if n.nullable and "CDG_T_NULL" not in types and types:
            types.append("CDG_T_NULL")
        f.append((".types", " | ".join(types) if types else "0"))
        flags = list(n.flags)
        if n.is_false:
            flags.append("CDG_FALSE")
        for k, bit in (("minimum", "CDG_HAS_MINIMUM"), ("maximum", "CDG_HAS_MAXIMUM"),
                       ("exclusiveMinimum", "CDG_HAS_XMINIMUM"),
                       ("exclusiveMaximum", "CDG_HAS_XMAXIMUM"),
                       ("multipleOf", "CDG_HAS_MULTIPLE_OF")):
            if k in n.num:
                flags.append(bit)
        f.append((".flags", " | ".join(flags) if flags else "0"))
        for k, cf in (("minimum", ".minimum"), ("maximum", ".maximum"),
                      ("exclusiveMinimum", ".exclusive_minimum"),
                      ("exclusiveMaximum", ".exclusive_maximum"),
                      ("multipleOf", ".multiple_of")):
            if k in n.num:
                f.append((cf, c_double(n.num[k])))
        f.append((".min_length", str(n.ints.get("minLength", 0))))
        f.append((".max_length", str(n.ints.get("maxLength", -1))))
        f.append((".min_items", str(n.ints.get("minItems", 0))))
        f.append((".max_items", str(n.ints.get("maxItems", -1))))
        f.append((".min_props", str(n.ints.get("minProperties", 0))))
        f.append((".max_props", str(n.ints.get("maxProperties", -1))))
        f.append((".pattern", str(n.pattern)))
        f.append((".format", n.format))
        f.append((".const_value", str(n.const_value)))
        f.append((".enum_first", str(n.enum_first)))
        f.append((".nenum", str(n.nenum)))
        f.append((".default_value", str(n.default_value)))
        if n.props:
            name = f"api__props_{i}"
            aux.append({"ctype": "cdg_prop", "name": name, "items": [
                "{%s, %s, %d, %d, %d}" % (c_str(p), _idx(pn), int(r), int(ro), int(wo))
                for (p, pn, r, ro, wo) in n.props]})
            f += [(".props", name), (".nprops", str(len(n.props)))]
        if n.pattern_props:
            name = f"api__patprops_{i}"
            aux.append({"ctype": "cdg_patprop", "name": name, "items": [
                "{%d, %d}" % (pi, pn.idx) for (pi, pn) in n.pattern_props]})
            f += [(".pattern_props", name), (".npattern_props", str(len(n.pattern_props)))]
        f.append((".additional", n.additional))
        f.append((".additional_schema", _idx(n.additional_node)))
        f.append((".property_names", _idx(n.property_names)))
        f.append((".items", _idx(n.items)))
        for attr, cname, cnt in (("prefix_items", "prefix_items", "nprefix"),
                                 ("all_of", "all_of", "nall_of"), ("any_of", "any_of", "nany_of"),
                                 ("one_of", "one_of", "none_of")):
            lst = getattr(n, attr)
            if lst:
                name = f"api__{attr}_{i}"
                aux.append({"ctype": "int", "name": name, "items": [str(x.idx) for x in lst]})
                f += [(f".{cname}", name), (f".{cnt}", str(len(lst)))]
        f.append((".not_schema", _idx(n.not_node)))
        if n.discriminator:
            name = f"api__mapping_{i}"
            aux.append({"ctype": "cdg_mapping", "name": name, "items": [
                "{%s, %d}" % (c_str(v), m.idx) for (v, m) in n.mapping]})
            f += [(".discriminator", c_str(n.discriminator)), (".mapping", name),
                  (".nmapping", str(len(n.mapping)))]
        f.append((".kind", n.kind))
        f.append((".size", n.size))
        if n.kind == "CDG_K_STRUCT":
            name = f"api__fields_{i}"
            items = []
            for fl in n.fields:
                sl = model.slot(fl.node, n.ctype, fl.cname, fl.presence, fl.by_ptr)
                items.append("{%s, %s, %d, %d}" % (c_str(fl.name), slot_init(sl), int(fl.required),
                                                   int(fl.write_only)))
            aux.append({"ctype": "cdg_field", "name": name, "items": items})
            f += [(".fields", name), (".nfields", str(len(n.fields)))]
        if n.kind == "CDG_K_ENUM":
            f += [(".enum_names", f"{n.ctype}_names"), (".nenum_names", str(len(n.enum_names)))]
        if n.messages:
            name = f"api__messages_{i}"
            aux.append({"ctype": "char *const", "name": name,
                        "items": [c_str(x) for pair in n.messages for x in pair]})
            f += [(".messages", name), (".nmessages", str(len(n.messages)))]
        rows.append({"idx": i, "where": c_comment(n.where or "(any)"),
                     "fields": [f"{k} = {v}" for k, v in f]})
    return aux, rows


def slot_init(sl):
    return "{%s, %s, %s, %s, %s}" % (sl["schema"], sl["offset"], sl["has_offset"],
                                     sl["count_offset"], sl["by_ptr"])


def op_tables(model):
    out = []
    for i, o in enumerate(model.ops):
        params = ["{%s, %s, %s, %s, %d, %d, %d, %s}" % (
            c_str(p["name"]), c_str(p["pointer"]), p["cin"], p["style"], p["explode"],
            p["required"], p["path_index"], slot_init(p["slot"])) for p in o["params"]]
        responses = ["{%d, %s}" % (r["code"], slot_init(r["slot"])) for r in o["responses"]]
        sec_reqs, sec_alts, scopes = [], [], []
        for a, alt in enumerate(o["security"]):
            reqs = []
            for k, rq in enumerate(alt):
                sname = "NULL"
                if rq["scopes"]:
                    sname = f"api__scopes_{i}_{a}_{k}"
                    scopes.append({"name": sname, "items": [c_str(s) for s in rq["scopes"]]})
                reqs.append("{%d, %s, %d}" % (rq["scheme"], sname, len(rq["scopes"])))
            rname = f"api__secreqs_{i}_{a}" if reqs else "NULL"
            if reqs:
                sec_reqs.append({"name": rname, "items": reqs})
            sec_alts.append("{%s, %d}" % (rname, len(reqs)))
        b = o["body"]
        out.append({
            "i": i, "op": o, "params": params, "responses": responses,
            "sec_reqs": sec_reqs, "sec_alts": sec_alts, "scopes": scopes,
            "has_body": 1 if b else 0, "body_required": b["required"] if b else 0,
            "body_slot": slot_init(b["slot"]) if b else "{-1, 0, -1, -1, 0}",
        })
    return out


def blob(data):
    """Bytes → lines of a C initializer that fit the 100-column style (4-space indent): decimal
    for ASCII, character constants above 127 (no -Woverflow where char is signed). Avoids
    -Woverlength-strings that one huge string literal would trigger."""
    toks = [str(b) if b < 128 else "'\\%03o'" % b for b in data] + ["0"]
    lines, cur, width = [], [], 0
    for t in toks:
        if cur and width + len(t) + 2 > 96:
            lines.append(", ".join(cur) + ",")
            cur, width = [], 0
        cur.append(t)
        width += len(t) + 2
    if cur:
        lines.append(", ".join(cur) + ",")
    return lines
