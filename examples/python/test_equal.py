#!/usr/bin/env python3
"""Proves that Python (ctypes over the C API) rates exactly as C++.

    python3 test_equal.py LIB CLI [--count N] [--seed S] [--wasm WASM [--node NODE]]

LIB is libteleworksec_c (shared), CLI the `teleworksec` binary. Plain
python3, no pytest; exit status 0 when every check passes, 1 otherwise.

1. Every bundled sample (examples/assessments) rated through ctypes is byte
   for byte `teleworksec rate --format json FILE`, and its grades and level
   are those of examples/assessments/EXPECTED.md (the table the C++ tests
   check the engine against).
2. Every file of the bad-input corpus (tests/data/bad) is refused by both,
   with the same message.
3. N (default 200) seeded random assessments of both catalogs, written in
   Python from the catalog IDs of tests/data/golden_ids.txt, rate to the same
   bytes through ctypes and the CLI; for those without overrides, the compact
   entry (tws_rate_certification_compact_evidence) agrees with the JSON
   result on grades, level, provisional, unanswered and fingerprint.
4. With --wasm (teleworksec.wasm of examples/wasm), all of the above — samples,
   bad inputs and random assessments — also rate through WebAssembly under
   Node.js (examples/wasm/rate_batch.mjs, one process) to the same bytes and
   the same status, and the engine lists the same catalogs, fingerprints and
   version.
"""

import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# The binding of the Python package (python/), over the library given.
sys.path.insert(0, os.path.join(ROOT, "python"))
from teleworksec import _capi as rate  # noqa: E402

SAMPLES = os.path.join(ROOT, "examples", "assessments")
BAD = os.path.join(ROOT, "tests", "data", "bad")
GOLDEN = os.path.join(ROOT, "tests", "data", "golden_ids.txt")

failures = []

# What WebAssembly must reproduce: (label, name, input bytes, status, output bytes).
WASM_CASES = []


def expect_wasm(label, name, data, status, out):
    WASM_CASES.append((label, name, data, status, out))


def check(cond, what):
    if not cond:
        failures.append(what)
        sys.stderr.write("FAIL: " + what + "\n")


# The CLI runs without this process's LD_PRELOAD (set by the sanitizer build to
# load the runtime an instrumented library needs into python3).
CLI_ENV = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}


def cli_run(cli, *args, text=False):
    return subprocess.run([cli, *args], capture_output=True, env=CLI_ENV, text=text)


def cli_rate(cli, path):
    p = cli_run(cli, "rate", "--format", "json", path)
    return p.returncode, p.stdout, p.stderr


def catalog_ids():
    with open(GOLDEN, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    facts = [i[len("fact:"):] for i in ids if i.startswith("fact:")]
    questions = [i for i in ids if i.startswith("coworking-v2/") and i.count(".") == 2]
    measures = [i for i in ids if i.startswith("coworking-v2/") and i.count(".") == 1]
    audit = [i for i in ids if i.startswith("certification-v2/audit/")]
    checks = [i for i in ids if i.startswith("certification-v2/vuln/")]
    assert len(facts) == 16 and len(questions) == 56 and len(checks) == 32, "golden_ids.txt"
    assert len(measures) == 32 and len(audit) == 32, "golden_ids.txt"
    return facts, questions, measures, audit, checks


# --- 1. samples -------------------------------------------------------------

LEVELS = {"認証不可 (0)": 0, "★★ 安心": 2, "★★★ 安全": 3, "★★★★ 信頼": 4}


def expected_table():
    rows = {}
    with open(os.path.join(SAMPLES, "EXPECTED.md"), encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 8 and cells[0].startswith("`") and cells[0].endswith(".json`"):
                rows[cells[0].strip("`")] = cells
    return rows


def test_samples(engine, cli):
    table = expected_table()
    names = sorted(n for n in os.listdir(SAMPLES) if n.endswith(".json"))
    check(len(names) >= 7, "at least 7 samples")
    for name in names:
        path = os.path.join(SAMPLES, name)
        with open(path, "rb") as f:
            text = f.read()
        ours = engine.rate_json(text, path).encode("utf-8")
        expect_wasm(name, path, text, rate.TWS_OK, ours)
        code, theirs, err = cli_rate(cli, path)
        check(code == 0, f"{name}: CLI exit {code}: {err!r}")
        check(ours == theirs, f"{name}: ctypes and CLI results differ")
        result = json.loads(ours)
        if result["catalog"] not in ("certification-v2", "coworking-v2"):
            continue  # telework samples: their outcomes are checked by samples_test.cpp
        check(name in table, f"{name}: not in EXPECTED.md")
        if name not in table:
            continue
        _, catalog, policy, audit, diagnosis, level, indicative, provisional = table[name]
        check(result["catalog"] == catalog, f"{name}: catalog")
        check(result["policy"] == policy, f"{name}: policy")
        check(result["audit"]["grade"] == audit, f"{name}: audit grade")
        got_diag = "—" if result["diagnosis"] is None else result["diagnosis"]["grade"]
        check(got_diag == diagnosis, f"{name}: diagnosis grade {got_diag} != {diagnosis}")
        check(result["level"]["stars"] == LEVELS[level], f"{name}: level")
        check(result["level"]["indicative"] == (indicative == "yes"), f"{name}: indicative")
        want_prov = "no" if provisional == "no" else provisional
        got_prov = f"yes ({result['unanswered']})" if result["provisional"] else "no"
        check(got_prov == want_prov, f"{name}: provisional {got_prov} != {want_prov}")
    return len(names)


# --- 2. bad inputs ----------------------------------------------------------

def test_bad(engine, cli):
    names = sorted(n for n in os.listdir(BAD) if n.endswith(".json"))
    for name in names:
        path = os.path.join(BAD, name)
        with open(path, "rb") as f:
            text = f.read()
        try:
            engine.rate_json(text, path)
            message = None
        except rate.BadInput as e:
            message = str(e)
        code, _, err = cli_rate(cli, path)
        check(message is not None, f"{name}: ctypes accepted a bad file")
        check(code == 2, f"{name}: CLI exit {code}")
        if message is not None:
            expect_wasm(name, path, text, rate.TWS_BAD_INPUT, message.encode("utf-8"))
            check(message.startswith(path + ": "), f"{name}: message does not name the path")
            check((message + "\n").encode("utf-8") == err,
                  f"{name}: messages differ: {message!r} / {err!r}")
    return len(names)


# --- 3. random assessments --------------------------------------------------

EVIDENCE = ["document", "record", "configuration", "scan_report", "interview", "observation",
            "self_declaration"]
STATUSES = ["compliant", "partial", "noncompliant", "not_applicable"]
SEVERITIES = ["low", "medium", "high", "urgent"]
WORDS = ["渋谷", "ラウンジ", "Booth", "a \"quoted\" name", "tab\there", "é", "🙂", "\\", "x"]


def random_text(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4)))


def random_assessment(rng, ids):
    facts, questions, measures, audit, checks = ids
    catalog = rng.choice(["certification-v2", "certification-v2", "coworking-v2"])
    doc = {"schema": "teleworksec/assessment/v1", "catalog": catalog}
    if rng.random() < 0.8:
        doc["policy"] = rng.choice(["self_assessment", "audit"])
    if rng.random() < 0.5:
        doc["date"] = f"20{rng.randint(20, 39)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    facility = {}
    if rng.random() < 0.7:
        facility["name"] = random_text(rng)
    fact_values = {f: rng.random() < 0.7 for f in facts if rng.random() < 0.6}
    facility["facts"] = fact_values
    doc["facility"] = facility
    # How good the facility is: from careless to (nearly) perfect, so that the
    # random assessments reach every level.
    good = rng.choice([0.0, 0.8, 0.95, 1.0, 1.0])
    answers = {}
    for q in questions:
        r = rng.random()
        if r < 0.15 * (1 - good):
            continue
        value = "yes" if r < 0.55 + 0.45 * good else "no" if r < 0.85 + 0.14 * good else "na"
        if rng.random() < 0.4 + 0.6 * good:
            entry = {"answer": value}
            if value == "yes" and rng.random() < 0.8 + 0.2 * good:
                kinds = EVIDENCE if rng.random() > good else EVIDENCE[:6]
                entry["evidence"] = [{"kind": rng.choice(kinds), "ref": random_text(rng)}
                                     for _ in range(rng.randint(1, 3 + int(4 * good)))]
            if value == "na" and rng.random() < 0.7:
                entry["reason"] = random_text(rng)
            answers[q] = entry
        else:
            answers[q] = value
    doc["answers"] = answers
    if rng.random() < 0.3 * (1 - good) + 0.05:
        keys = audit if catalog == "certification-v2" else measures
        overrides = {}
        for k in rng.sample(keys, rng.randint(1, 4)):
            o = {"status": rng.choice(STATUSES)}
            if rng.random() < 0.5:
                o["by"] = random_text(rng)
            if rng.random() < 0.5:
                o["note"] = random_text(rng)
            overrides[k] = o
        doc["overrides"] = overrides
    if catalog == "certification-v2" and rng.random() < 0.8:
        diagnosis = {}
        for k in checks:
            r = rng.random()
            if r < 0.2 * (1 - good):
                continue
            if r < 0.6 + 0.38 * good:
                diagnosis[k] = "passed"
            elif r < 0.7:
                diagnosis[k] = rng.choice(["not_applicable", "not_performed"])
            elif r < 0.75:
                diagnosis[k] = {"status": "passed", "note": random_text(rng)}
            else:
                diagnosis[k] = {"status": "findings", "findings": [
                    {"severity": rng.choice(SEVERITIES[:2] if good else SEVERITIES), "title": random_text(rng),
                     "ref": random_text(rng)}
                    for _ in range(rng.randint(1, 3))]}
        doc["diagnosis"] = diagnosis
    return doc


ANSWER_CODES = {"yes": 1, "no": 2, "na": 3}
CHECK_CODES = {"not_performed": 0, "not_applicable": 1, "passed": 2}
GRADES = "ABCDE"


def compact_of(engine, doc, ids):
    """Rates a certification-v2 document without overrides through the compact entry."""
    facts, questions, _, _, checks = ids
    answers, evidence = [], []
    for q in questions:
        a = doc["answers"].get(q)
        value = a if isinstance(a, str) or a is None else a["answer"]
        answers.append(ANSWER_CODES.get(value, 0))
        mask = 0
        if isinstance(a, dict):
            for e in a.get("evidence", []):
                mask |= 1 << EVIDENCE.index(e["kind"])
        evidence.append(mask)
    codes = []
    for k in checks:
        c = doc.get("diagnosis", {}).get(k, "not_performed")
        if isinstance(c, dict):
            if c["status"] == "findings":
                codes.append(3 + max(SEVERITIES.index(f["severity"]) for f in c["findings"]))
                continue
            c = c["status"]
        codes.append(CHECK_CODES[c])
    false_facts = 0
    for i, f in enumerate(facts):
        if doc["facility"]["facts"].get(f) is False:
            false_facts |= 1 << i
    return engine.rate_compact(answers, codes, false_facts, doc.get("policy") == "audit", evidence)


def test_random(engine, cli, count, seed):
    ids = catalog_ids()
    rng = random.Random(seed)
    compared_compact = 0
    levels = set()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            doc = random_assessment(rng, ids)
            text = json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
            path = os.path.join(tmp, f"random-{seed}-{i}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            try:
                ours = engine.rate_json(text, path).encode("utf-8")
            except rate.BadInput as e:
                check(False, f"random {i}: refused: {e}")
                continue
            expect_wasm(f"random {i}", path, text.encode("utf-8"), rate.TWS_OK, ours)
            code, theirs, err = cli_rate(cli, path)
            check(code == 0, f"random {i}: CLI exit {code}: {err!r}")
            if ours != theirs:
                keep = os.path.join(tempfile.gettempdir(), f"teleworksec-random-{seed}-{i}.json")
                with open(keep, "w", encoding="utf-8") as f:
                    f.write(text)
                check(False, f"random {i}: ctypes and CLI results differ (input kept as {keep})")
                continue
            result = json.loads(ours)
            levels.add(result["level"]["stars"])
            if doc["catalog"] == "certification-v2" and "overrides" not in doc:
                c = compact_of(engine, doc, ids)
                compared_compact += 1
                diag = -1 if result["diagnosis"] is None else GRADES.index(result["diagnosis"]["grade"])
                got = (GRADES[c.audit_grade], c.diagnosis_grade, c.stars, bool(c.indicative),
                       bool(c.provisional), c.unanswered, f"{c.fingerprint:016x}")
                want = (result["audit"]["grade"], diag, result["level"]["stars"],
                        result["level"]["indicative"], result["provisional"],
                        result["unanswered"], result["fingerprint"])
                check(got == want, f"random {i}: compact {got} != JSON {want}")
    return compared_compact, levels


# --- 4. WebAssembly -----------------------------------------------------------

def test_wasm(engine, node, wasm):
    batch = os.path.join(HERE, "..", "wasm", "rate_batch.mjs")
    with tempfile.TemporaryDirectory() as tmp:
        manifest = []
        for i, (_, name, data, _, _) in enumerate(WASM_CASES):
            with open(os.path.join(tmp, f"{i}.in"), "wb") as f:
                f.write(data)
            manifest.append({"input": f"{i}.in", "name": name})
        with open(os.path.join(tmp, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f)
        p = subprocess.run([node, "--no-warnings", batch, wasm, tmp], capture_output=True,
                           env=CLI_ENV, text=True)
        check(p.returncode == 0, f"rate_batch.mjs: exit {p.returncode}: {p.stderr}")
        if p.returncode != 0:
            return 0
        with open(os.path.join(tmp, "results.json"), encoding="utf-8") as f:
            results = json.load(f)
        for i, (label, _, _, status, out) in enumerate(WASM_CASES):
            with open(os.path.join(tmp, f"{i}.out"), "rb") as f:
                got = f.read()
            check(results["statuses"][i] == status,
                  f"{label}: WebAssembly status {results['statuses'][i]}, expected {status}")
            check(got == out, f"{label}: WebAssembly and C API outputs differ")
    check(results["catalogs"] == engine.catalogs(),
          f"WebAssembly catalogs {results['catalogs']} != {engine.catalogs()}")
    check(results["version"] == engine.version(), "WebAssembly version")
    return len(WASM_CASES)


def main(argv):
    args = argv[1:]
    count, seed = 200, 20261126
    if "--count" in args:
        i = args.index("--count")
        count = int(args[i + 1])
        del args[i:i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    wasm, node = None, "node"
    if "--wasm" in args:
        i = args.index("--wasm")
        wasm = args[i + 1]
        del args[i:i + 2]
    if "--node" in args:
        i = args.index("--node")
        node = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    lib, cli = args
    engine = rate.Engine(lib)

    samples = test_samples(engine, cli)
    bad = test_bad(engine, cli)
    compact, levels = test_random(engine, cli, count, seed)
    if count >= 200:
        check(len(levels) >= 3, f"random assessments reach too few levels: {sorted(levels)}")
    catalogs = engine.catalogs()
    check(sorted(c["id"] for c in catalogs) == ["certification-v2", "coworking-user", "coworking-v2",
                                                "csaj-home-2018", "mic-telework-v4"], "catalogs")
    version = cli_run(cli, "--version", text=True).stdout
    for c in catalogs:
        check(f"{c['id']}" in version and c["fingerprint"] in version,
              f"{c['id']}: fingerprint {c['fingerprint']} not in `teleworksec --version`")
    check(engine.version() in version, "version")
    wasm_count = test_wasm(engine, node, wasm) if wasm else 0

    if failures:
        sys.stderr.write(f"{len(failures)} check(s) failed\n")
        return 1
    print(f"Python = C++: {samples} samples, {bad} bad inputs, {count} random assessments "
          f"(seed {seed}, levels seen {sorted(levels)}, {compact} also through the compact entry)")
    if wasm:
        print(f"WebAssembly = C++: the same {wasm_count} inputs, byte for byte, "
              f"fingerprints {' '.join(c['fingerprint'] for c in engine.catalogs())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
