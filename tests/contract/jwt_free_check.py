"""Tiny JWT inspection for tests (no signature check: the server's own unit tests do that)."""
import base64
import json


def _b64(part):
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def looks_like_jwt(token):
    parts = token.split(".")
    if len(parts) != 3:
        return False
    header = json.loads(_b64(parts[0]))
    return header.get("alg") == "HS256" and len(_b64(parts[2])) == 32


def claims(token):
    return json.loads(_b64(token.split(".")[1]))
