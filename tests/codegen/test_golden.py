"""Golden output: the generated header and routing tree for tests/codegen/golden/mini.yaml.

A diff here means the handler-facing shape or the routing code changed; if intended, regenerate
with CODEGEN_UPDATE_GOLDEN=1 scripts/python -m pytest tests/codegen/test_golden.py and review the
diff like any other code change."""
import os

import pytest

from conftest import HERE

from codegen.ir import Model
from codegen.loader import load
from codegen.render import render_all

GOLDEN = os.path.join(HERE, "golden")


@pytest.fixture(scope="module")
def files():
    return render_all(Model(load(os.path.join(GOLDEN, "mini.yaml"))))[0]


@pytest.mark.parametrize("name", ["api_handlers.h", "api_routes.c", "api_stubs.c"])
def test_golden(files, name):
    path = os.path.join(GOLDEN, "mini", name)
    if os.environ.get("CODEGEN_UPDATE_GOLDEN") == "1":
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(files[name])
    with open(path, encoding="utf-8") as f:
        assert files[name] == f.read(), f"{name} differs from tests/codegen/golden/mini/{name}"
