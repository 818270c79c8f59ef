"""Shared fixtures: generate C from a spec into a temp dir, compile it with the runtime's
arena/jsonw/errors and the fake runtime into a driver binary, and run request cases through it.
"""
import json
import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SUPPORT = os.path.join(HERE, "support")
if REPO not in sys.path:
    sys.path.insert(0, REPO)

CFLAGS = ["-std=c17", "-D_GNU_SOURCE", "-O0", "-g", "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
# CODEGEN_SANITIZE=1: build the drivers with ASan + UBSan (slower; run it before a release)
SANITIZE = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined",
            "-fno-omit-frame-pointer"] if os.environ.get("CODEGEN_SANITIZE") == "1" else []


def pkg(*args):
    return subprocess.run(["pkg-config", *args, "json-c", "libpcre2-8"], check=True,
                          capture_output=True, text=True).stdout.split()


def generate(spec, out):
    from codegen.__main__ import main
    rc = main(["generate", "--spec", spec, "--out", str(out), "--quiet"])
    assert rc == 0, f"codegen failed for {spec}"


def build_driver(spec, workdir, handlers=None):
    """Generates spec into workdir/gen and builds workdir/driver; returns the binary path."""
    if not shutil.which("gcc"):
        pytest.skip("gcc not installed")
    gen = os.path.join(workdir, "gen")
    generate(spec, gen)
    srcs = sorted(os.path.join(gen, f) for f in os.listdir(gen) if f.endswith(".c"))
    srcs += [os.path.join(REPO, "runtime", f) for f in ("arena.c", "jsonw.c", "errors.c")]
    srcs += [os.path.join(SUPPORT, "fake_runtime.c"), os.path.join(SUPPORT, "driver.c")]
    if handlers:
        srcs.append(handlers)
    exe = os.path.join(workdir, "driver")
    objs = []
    procs = []
    # compile in parallel (2 cores in CI), link once
    for src in srcs:
        obj = os.path.join(workdir, os.path.basename(os.path.dirname(src)) + "_" +
                           os.path.basename(src) + ".o")
        objs.append(obj)
        procs.append((src, subprocess.Popen(
            ["gcc", *CFLAGS, *SANITIZE, "-I", os.path.join(REPO, "runtime"), "-I", gen, "-I", SUPPORT,
             *pkg("--cflags"), "-c", src, "-o", obj],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)))
    for src, p in procs:
        out, _ = p.communicate()
        assert p.returncode == 0, f"compiling {src} failed:\n{out}"
    r = subprocess.run(["gcc", *SANITIZE, *objs, *pkg("--libs"), "-lpthread", "-lm", "-o", exe],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return exe


class Driver:
    def __init__(self, exe):
        self.exe = exe

    def run(self, cases, env=None):
        """cases: list of request dicts; returns (results, stderr)."""
        lines = "".join(json.dumps(c) + "\n" for c in cases)
        e = dict(os.environ)
        e.pop("CONDUIT_VALIDATE_RESPONSES", None)
        e.update(env or {})
        r = subprocess.run([self.exe], input=lines, capture_output=True, text=True, env=e,
                           timeout=60)
        assert r.returncode == 0, r.stderr
        out = [json.loads(x) for x in r.stdout.splitlines()]
        assert len(out) == len(cases), r.stdout + r.stderr
        return out, r.stderr

    def one(self, case, env=None):
        res, err = self.run([case], env)
        return res[0], err


@pytest.fixture(scope="session")
def feature_driver(tmp_path_factory):
    d = tmp_path_factory.mktemp("feature")
    return Driver(build_driver(os.path.join(HERE, "feature.yaml"), str(d),
                               os.path.join(SUPPORT, "feature_handlers.c")))


@pytest.fixture(scope="session")
def conduit_driver(tmp_path_factory):
    d = tmp_path_factory.mktemp("conduit")
    return Driver(build_driver(os.path.join(REPO, "openapi.yaml"), str(d)))


@pytest.fixture(scope="session")
def feature30_driver(tmp_path_factory):
    d = tmp_path_factory.mktemp("feature30")
    return Driver(build_driver(os.path.join(HERE, "feature30.json"), str(d),
                               os.path.join(SUPPORT, "feature30_handlers.c")))
