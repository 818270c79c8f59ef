"""Spec loading: YAML or JSON text → plain Python values + a JSON-pointer → line map.

Errors are SpecError(message, pointer) and print as "openapi.yaml:42: /paths/~1users/post: ...".
A run collects every error it can find and raises them together as SpecErrors (a SpecError whose
fields are those of the first error, in file order), so one edit-generate cycle shows them all.
Only local references ("#/...") are supported; a reference is resolved lazily by Spec.deref().
"""
import json

import yaml


class SpecError(Exception):
    def __init__(self, message, pointer="", line=None, path=None):
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.line = line
        self.path = path

    def __str__(self):
        where = self.path or "spec"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.pointer or '/'}: {self.message}"


class SpecErrors(SpecError):
    """Several SpecErrors from one run, sorted by (line, pointer, message) and deduplicated."""

    def __init__(self, errors):
        uniq = {(e.path, e.line, e.pointer, e.message): e for e in errors}
        self.errors = [uniq[k] for k in sorted(uniq, key=lambda k: (k[1] or 0, k[2], k[3]))]
        first = self.errors[0]
        super().__init__(first.message, first.pointer, first.line, first.path)

    def lines(self, limit=200):
        """One text line per error; past limit, a last line saying how many were left out."""
        out = [SpecError.__str__(e) for e in self.errors[:limit]]
        if len(self.errors) > limit:
            out.append(f"... and {len(self.errors) - limit} more")
        return out

    def __str__(self):
        return "\n".join(self.lines())


def raise_collected(errors):
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SpecErrors(errors)


def escape_token(tok):
    return str(tok).replace("~", "~0").replace("/", "~1")


def unescape_token(tok):
    return tok.replace("~1", "/").replace("~0", "~")


def join(pointer, *tokens):
    for t in tokens:
        pointer += "/" + escape_token(t)
    return pointer


class _Builder:
    """Turns a composed YAML node tree into Python values, recording each node's line."""

    def __init__(self, loader):
        self.loader = loader
        self.lines = {}
        self.errors = []  # merge keys and duplicate keys: reported together after the build

    def build(self, node, pointer=""):
        self.lines[pointer] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            out = {}
            for knode, vnode in node.value:
                if knode.tag == "tag:yaml.org,2002:merge":
                    self.errors.append(SpecError("YAML merge keys (<<) are not supported",
                                                 pointer, knode.start_mark.line + 1))
                    continue
                key = self.loader.construct_object(knode, deep=True)
                key = str(key) if not isinstance(key, bool) else str(key).lower()
                if key in out:  # the first value is kept so the rest can still be checked
                    self.errors.append(SpecError(f"duplicate key {key!r}", pointer,
                                                 knode.start_mark.line + 1))
                    continue
                out[key] = self.build(vnode, join(pointer, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(v, join(pointer, i)) for i, v in enumerate(node.value)]
        value = self.loader.construct_object(node, deep=True)
        if hasattr(value, "isoformat"):  # YAML 1.1 timestamps: keep the text
            value = node.value
        return value


class Spec:
    """A loaded spec: .root (dict), .text (original text), .lines, .path."""

    def __init__(self, root, text, lines, path):
        self.root = root
        self.text = text
        self.lines = lines
        self.path = path

    def line(self, pointer):
        p = pointer
        while True:
            if p in self.lines:
                return self.lines[p]
            if not p:
                return None
            p = p.rsplit("/", 1)[0]

    def error(self, message, pointer):
        return SpecError(message, pointer, self.line(pointer), self.path)

    def get(self, pointer):
        """The value at a JSON pointer (no $ref following)."""
        node = self.root
        if pointer in ("", "#"):
            return node
        for tok in pointer.lstrip("#").split("/")[1:]:
            tok = unescape_token(tok)
            if isinstance(node, dict) and tok in node:
                node = node[tok]
            elif isinstance(node, list) and tok.isdigit() and int(tok) < len(node):
                node = node[int(tok)]
            else:
                raise KeyError(pointer)
        return node

    def deref(self, value, pointer, kinds=None):
        """Follows $ref chains; returns (value, pointer of the value). kinds: allowed targets
        prefix, e.g. "/components/schemas/"."""
        seen = set()
        while isinstance(value, dict) and "$ref" in value:
            ref = value["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise self.error(f"only local references (#/...) are supported, got {ref!r}",
                                 join(pointer, "$ref"))
            target = ref[1:]
            if target in seen:
                raise self.error(f"reference cycle through {ref}", pointer)
            seen.add(target)
            try:
                value = self.get(target)
            except KeyError:
                raise self.error(f"unresolved reference {ref}", join(pointer, "$ref")) from None
            if kinds and not any(target.startswith(k) for k in kinds):
                raise self.error(f"reference {ref} must point into {' or '.join(kinds)}",
                                 join(pointer, "$ref"))
            pointer = target
        return value, pointer


def load_text(text, path="spec"):
    if path.endswith(".json"):
        try:
            root = json.loads(text)
        except json.JSONDecodeError as e:
            raise SpecError(f"invalid JSON: {e.msg}", "", e.lineno, path) from None
        # line numbers for JSON come from the YAML parser (JSON is YAML)
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise SpecError("empty document", "", 1, path)
            b = _Builder(loader)
            root = b.build(node)
        finally:
            loader.dispose()
        for e in b.errors:
            e.path = path
        raise_collected(b.errors)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise SpecError(f"invalid YAML: {getattr(e, 'problem', e)}", "",
                        mark.line + 1 if mark else None, path) from None
    if not isinstance(root, dict):
        raise SpecError("the document must be a mapping", "", 1, path)
    return Spec(root, text, b.lines, path)


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return load_text(text, path)
