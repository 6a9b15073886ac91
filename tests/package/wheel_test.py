#!/usr/bin/env python3
"""package.wheel: the Python wheel on a fresh virtual environment.

    python3 wheel_test.py PYTHON DIST CLI SOURCE_DIR WORK

DIST holds the wheel the build made (target teleworksec_wheel), CLI is the
`teleworksec` command, WORK a scratch folder (emptied). Checks that

1. there is one wheel, tagged for this platform (it carries a native library:
   not py3-none-any), holding the library, the modules and py.typed;
2. `pip install --no-index` installs it into a fresh venv of PYTHON;
3. from there, `python -m teleworksec rate FILE` prints the CLI's
   `rate --format json FILE` bytes for every sample (also with --format json,
   and from standard input), and `--version` the CLI's;
4. a bad file, a missing file and an unknown format exit 2 with the CLI's
   message on standard error (the format's message is our own);
5. the typed API (teleworksec.rate, teleworksec.types) agrees with
   result-v1.schema.json on every key, and rates every sample.
Exit status 0 when all pass.
"""

import os
import shutil
import subprocess
import sys
import zipfile

PYTHON, DIST, CLI, SOURCE, WORK = sys.argv[1:6]
SAMPLES = os.path.join(SOURCE, "examples", "assessments")
BAD = os.path.join(SOURCE, "tests", "data", "bad", "bad-policy.json")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        sys.stderr.write("FAIL: " + what + "\n")


def run(*args, stdin=None):
    # Nothing of the source tree or of this environment's library choice:
    # the venv must work from the wheel alone.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TELEWORKSEC_C_LIB")}
    return subprocess.run(args, capture_output=True, cwd=WORK, env=env, input=stdin)


# 1. the wheel
wheels = [n for n in os.listdir(DIST) if n.endswith(".whl")]
check(len(wheels) == 1, f"one wheel in {DIST}: {wheels}")
wheel = os.path.join(DIST, wheels[0])
tag = wheels[0][:-len(".whl")].split("-")[-3:]
check(tag[:2] == ["py3", "none"] and tag[2] != "any", f"platform tag: {wheels[0]}")
with zipfile.ZipFile(wheel) as z:
    names = set(z.namelist())
for name in ("teleworksec/__init__.py", "teleworksec/__main__.py", "teleworksec/types.py",
             "teleworksec/py.typed"):
    check(name in names, f"{name} not in the wheel")
check(any(n.startswith("teleworksec/libteleworksec_c.") for n in names), "no library in the wheel")

# 2. a fresh venv
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
venv = os.path.join(WORK, "venv")
p = run(PYTHON, "-m", "venv", venv)
check(p.returncode == 0, f"venv: {p.stderr.decode()}")
python = os.path.join(venv, "bin", "python")
p = run(python, "-m", "pip", "install", "--no-index", "--disable-pip-version-check", wheel)
check(p.returncode == 0, f"pip install: {p.stdout.decode()}{p.stderr.decode()}")
if failures:
    sys.exit(1)

# 3. the same bytes as the CLI
samples = sorted(os.path.join(SAMPLES, n) for n in os.listdir(SAMPLES) if n.endswith(".json"))
for path in samples:
    want = run(CLI, "rate", "--format", "json", path)
    check(want.returncode == 0, f"CLI on {path}: {want.stderr.decode()}")
    for args in ([path], [path, "--format", "json"]):
        got = run(python, "-m", "teleworksec", "rate", *args)
        check(got.returncode == 0 and got.stdout == want.stdout,
              f"python -m teleworksec rate {' '.join(args)}: exit {got.returncode}, "
              f"{'same' if got.stdout == want.stdout else 'different'} output {got.stderr.decode()}")
with open(samples[0], "rb") as f:
    text = f.read()
want = run(CLI, "rate", "--format", "json", "-", stdin=text)
got = run(python, "-m", "teleworksec", "rate", "-", stdin=text)
check(got.returncode == 0 and got.stdout == want.stdout, "rate - (standard input)")
want, got = run(CLI, "--version"), run(python, "-m", "teleworksec", "--version")
check(got.returncode == 0 and got.stdout == want.stdout, f"--version: {got.stdout!r}")

# 4. bad input
for path in (BAD, os.path.join(WORK, "missing.json")):
    want = run(CLI, "rate", "--format", "json", path)
    got = run(python, "-m", "teleworksec", "rate", path)
    check(want.returncode == 2 and got.returncode == 2, f"{path}: exit {got.returncode}")
    check(got.stderr == want.stderr and got.stdout == b"",
          f"{path}: message {got.stderr!r}, the CLI's {want.stderr!r}")
got = run(python, "-m", "teleworksec", "rate", samples[0], "--format", "text")
check(got.returncode == 2 and b"only json" in got.stderr, f"--format text: {got.stderr!r}")

# 5. the typed API
CHECK_TYPES = r'''
import json, sys, typing
import teleworksec
from teleworksec import types

schema = json.load(open(sys.argv[1], encoding="utf-8"))
defs = schema["$defs"]

def resolve(node):
    while "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[1]]
    return node

def compare(td, node, where):
    node = resolve(node)
    if typing.get_origin(td) is typing.Union:  # Optional[X]: the schema's anyOf null/X
        td = [a for a in typing.get_args(td) if a is not type(None)][0]
        node = [resolve(n) for n in node["anyOf"] if resolve(n).get("type") != "null"][0]
    origin = typing.get_origin(td)
    if origin is list:
        compare(typing.get_args(td)[0], node["items"], where + "[]")
    elif origin is dict:
        compare(typing.get_args(td)[1], node["additionalProperties"], where + "[*]")
    elif isinstance(td, type) and issubclass(td, dict):  # a TypedDict
        keys, schema_keys = set(td.__annotations__), set(node["properties"])
        if keys != schema_keys:
            errors.append(f"{where}: keys {sorted(keys - schema_keys)} not in the schema, "
                          f"{sorted(schema_keys - keys)} not typed")
        if set(td.__required_keys__) != set(node.get("required", [])):
            errors.append(f"{where}: required {sorted(td.__required_keys__)}, "
                          f"the schema's {sorted(node.get('required', []))}")
        hints = typing.get_type_hints(td)
        for key in keys & schema_keys:
            compare(hints[key], node["properties"][key], where + "." + key)

errors = []
for td, name in types.SCHEMA_DEFS.items():
    compare(td, defs[name], name)
assert not errors, "\n".join(errors)
kinds = set()
for path in sys.argv[2:]:
    result = teleworksec.rate(open(path, encoding="utf-8").read(), path)
    kind = [n for td, n in types.SCHEMA_DEFS.items() if set(td.__annotations__) == set(result)]
    assert len(kind) == 1, (path, sorted(result))
    kinds.add(kind[0])
assert kinds == set(types.SCHEMA_DEFS.values()), kinds
try:
    teleworksec.rate("{}", "empty.json")
    raise AssertionError("{} was rated")
except teleworksec.BadInput as e:
    assert str(e).startswith("empty.json: "), e
print("types agree with the schema;", len(sys.argv) - 2, "samples rated")
'''
schema = os.path.join(SOURCE, "examples", "schemas", "result-v1.schema.json")
p = run(python, "-c", CHECK_TYPES, schema, *samples)
check(p.returncode == 0, f"typed API: {p.stdout.decode()}{p.stderr.decode()}")

if failures:
    sys.stderr.write(f"{len(failures)} check(s) failed\n")
    sys.exit(1)
print(f"{wheels[0]}: installed in a fresh venv; {len(samples)} samples, standard input, "
      "--version, bad and missing files as the CLI; typed API = schema")
