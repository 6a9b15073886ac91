#!/usr/bin/env python3
"""Checks the OSCAL output of teleworksec against the official OSCAL 1.1.2
JSON Schemas (tests/schema/vendor/oscal/, with NIST's ECMA-262 regular
expressions bridged by the vendored validate.py).

1. `teleworksec export oscal-catalog CATALOG` of each shipped catalog is a
   valid OSCAL catalog, the same bytes twice, with unique IDs, and its
   controls are exactly the catalog's IDs of the golden lists
   (tests/data/golden_ids*.txt) in token form ("/" -> "_"), each with a
   statement part "<token>_smt".
2. `teleworksec rate --format oscal FILE` of every sample (examples/assessments,
   tests/data/telework) and of a hostile assessment is valid OSCAL assessment
   results, the same bytes twice, and consistent (check_results below).
3. With --random N: N random assessments per catalog (the generator of
   tests/cli/record_outputs.py) rated by teleworksec_dump_oscal, checked as in
   2, validated in --jobs processes.

A rated document is consistent when its UUIDs are unique; import-ap, related
observations and subjects point at UUIDs of the document; its findings target
exactly the statement parts the rules give findings for (one per measure;
certification-v2 also per audit item and check; one per item, statement,
measure and risk of the other kinds), each a control of the exported catalog;
and no text of the assessment file appears unescaped (no "<", no Markdown
link, no bidi control).

Usage: oscal_validate.py --root REPO [--cli EXE] [--dump-oscal EXE --random N --jobs J]
Needs jsonschema (Debian: python3-jsonschema); without it exits 77 (skipped),
or 1 with CI=true.
"""

import argparse
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jsonschema_or_skip  # noqa: E402,F401 (the vendored validate.py needs jsonschema)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "vendor", "oscal"))
import validate as oscal_validate  # noqa: E402
from jsonschema import validators  # noqa: E402

CATALOGS = ("coworking-v2", "certification-v2", "mic-telework-v4", "csaj-home-2018", "coworking-user")
HOSTILE = ["<script>alert(1)</script>", "[click](javascript:alert(1))", "![x](https://evil.example/x.png)",
           "\u202eevil\u202c", "*bold* _it_ `code`", "# heading", "line\nbreak", "&lt;entity&gt;", "<b>",
           "\u2066isolate\u2069"]
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unescaped(text):
    """Where Markdown text has what a renderer would act on: a "<" (a tag), an
    unescaped "](" (a link or image), a bidi control; None when it has none."""
    if BIDI.search(text):
        return BIDI.search(text).start()
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "<" or text.startswith("](", i):
            return i
        i += 1
    return None

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def token(our_id):
    return our_id.replace("_", "__").replace("/", "_")


def golden(root, name):
    with open(os.path.join(root, "tests", "data", name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("fact:")]


def expected_controls(root):
    """Our IDs that each catalog's OSCAL controls are, from the golden lists."""
    cert = golden(root, "golden_ids.txt")
    checklist = [i for i in cert if i.startswith("coworking-v2/")]
    return {"coworking-v2": set(checklist), "certification-v2": set(cert),
            "mic-telework-v4": set(golden(root, "golden_ids_mic_telework_v4.txt")),
            "csaj-home-2018": set(golden(root, "golden_ids_csaj_home_2018.txt")),
            "coworking-user": set(golden(root, "golden_ids_coworking_user.txt"))}


def expected_findings(catalog, controls):
    """The controls a rating of `catalog` has a finding for (README, OSCAL):
    every control but a certification catalog's questions."""
    if catalog in ("coworking-v2", "certification-v2"):
        return {i for i in controls if not re.fullmatch(r"coworking-v2/\d+\.\d+\.\d+", i)}
    return set(controls)


def walk(node, visit):
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            walk(value, visit)
    elif isinstance(node, list):
        for item in node:
            walk(item, visit)


def memoizing_validator(schema):
    """The vendored validator, with the validation of small leaf objects (props,
    links, references: {"name", "ns", "value"} repeated thousands of times)
    memoized by value: a $ref's verdict depends only on its target and the
    instance, so the result is the same, about twice as fast. Only successes
    are remembered, so every error is still reported where it occurs."""
    plain = oscal_validate.make_validator(schema)
    base = type(plain)
    ref = base.VALIDATORS["$ref"]
    valid = set()

    def memoized_ref(validator, target, instance, subschema):
        if not isinstance(instance, dict) or any(isinstance(v, (dict, list)) for v in instance.values()):
            yield from ref(validator, target, instance, subschema)
            return
        key = (target, json.dumps(instance, sort_keys=True))
        if key in valid:
            return
        errors = list(ref(validator, target, instance, subschema))
        if not errors:
            valid.add(key)
        yield from errors
    return validators.extend(base, {"$ref": memoized_ref})(schema, format_checker=plain.format_checker)


def load_schema(name):
    with open(os.path.join(HERE, "vendor", "oscal", name), encoding="utf-8") as f:
        return json.load(f)


def run(command):
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)


def check_catalogs(cli, validator, root):
    """The exported catalogs; returns {catalog: {control id: statement part id}}."""
    expected = expected_controls(root)
    exported = {}
    for catalog in CATALOGS:
        first, second = run([cli, "export", "oscal-catalog", catalog]), run([cli, "export", "oscal-catalog", catalog])
        if first.returncode != 0:
            fail("export oscal-catalog %s: exit %d: %s" % (catalog, first.returncode, first.stderr.decode()))
            continue
        if first.stdout != second.stdout:
            fail("export oscal-catalog %s: different bytes on a second run" % catalog)
        doc = json.loads(first.stdout)
        for e in validator.iter_errors(doc):
            fail("catalog %s: %s: %s" % (catalog, e.json_path, e.message[:200]))
        ids, controls = [], {}

        def visit(node):
            if "id" in node:
                ids.append(node["id"])
            for control in node.get("controls", []):
                controls[control["id"]] = [p.get("id") for p in control.get("parts", [])
                                           if p.get("name") == "statement"]
        walk(doc["catalog"]["groups"], visit)
        if len(ids) != len(set(ids)):
            fail("catalog %s: duplicate IDs" % catalog)
        want = {token(i) for i in expected[catalog]}
        if set(controls) != want:
            fail("catalog %s: controls differ from the golden IDs: missing %s, extra %s"
                 % (catalog, sorted(want - set(controls))[:5], sorted(set(controls) - want)[:5]))
        for control, parts in controls.items():
            if parts != [control + "_smt"]:
                fail("catalog %s: control %s has statement parts %s" % (catalog, control, parts))
        exported[catalog] = set(controls)
    return exported


def check_results(doc, exported, label, answers_text=()):
    """The consistency of one assessment-results document (see the module's
    docstring); returns the problems found."""
    problems = []
    ar = doc.get("assessment-results", {})
    uuids, refs = [], []

    def visit(node):
        if "uuid" in node:
            uuids.append(node["uuid"])
        for key in ("observation-uuid", "subject-uuid"):
            if key in node:
                refs.append(node[key])
    walk(ar, visit)
    if len(uuids) != len(set(uuids)):
        problems.append("%s: UUIDs are not unique" % label)
    href = ar.get("import-ap", {}).get("href", "")
    resources = [r["uuid"] for r in ar.get("back-matter", {}).get("resources", [])]
    if not href.startswith("#") or href[1:] not in resources:
        problems.append("%s: import-ap %r is no back-matter resource" % (label, href))
    known = set(uuids)
    for ref in refs:
        if ref not in known:
            problems.append("%s: reference %s points at nothing" % (label, ref))
    results = ar.get("results", [])
    if len(results) != 1:
        return problems + ["%s: %d results" % (label, len(results))]
    catalog = next((p["value"] for p in results[0].get("props", []) if p["name"] == "catalog"), None)
    if catalog not in exported:
        return problems + ["%s: catalog %r" % (label, catalog)]
    targets = []
    for f in results[0].get("findings", []):
        t = f["target"]
        if t["type"] != "statement-id" or not t["target-id"].endswith("_smt"):
            problems.append("%s: finding target %r" % (label, t))
            continue
        control = t["target-id"][:-len("_smt")]
        if control not in exported[catalog]:
            problems.append("%s: finding on %s, which is no control of the exported %s" % (label, control, catalog))
        targets.append(control)
    want = {token(i) for i in expected_findings(catalog, exported_ids[catalog])}
    if sorted(targets) != sorted(want):
        problems.append("%s: findings target %d controls, expected one on each of %d" % (label, len(targets), len(want)))
    texts = []
    walk(ar, lambda node: texts.extend(v for v in node.values() if isinstance(v, str)))
    for text in texts:
        at = unescaped(text)
        if at is not None:
            problems.append("%s: unescaped text %r" % (label, text[max(0, at - 30):at + 30]))
            break
    return problems


exported_ids = {}  # catalog -> our IDs of its controls (set in main and in workers)


def check_rated(cli, validator, exported, paths):
    for path in paths:
        label = os.path.relpath(path)
        first, second = run([cli, "rate", "--format", "oscal", path]), run([cli, "rate", "--format", "oscal", path])
        if first.returncode != 0:
            fail("rate --format oscal %s: exit %d: %s" % (label, first.returncode, first.stderr.decode()[:300]))
            continue
        if first.stdout != second.stdout:
            fail("rate --format oscal %s: different bytes on a second run" % label)
        doc = json.loads(first.stdout)
        for e in validator.iter_errors(doc):
            fail("%s: %s: %s" % (label, e.json_path, e.message[:200]))
        for p in check_results(doc, exported, label):
            fail(p)


def check_usage(cli, root):
    """The commands' usage errors (exit 2) and help."""
    sample = os.path.join(root, "examples", "assessments", "four-stars.json")
    for args, expected in ((["export", "sarif", "coworking-v2"], "unknown format"),
                           (["export", "oscal-catalog", "nist-800-53"], "unknown catalog"),
                           (["export", "oscal-catalog"], ""),
                           (["rate", "--format", "oscal", sample, sample], "several inputs")):
        out = run([cli] + args)
        if out.returncode != 2 or expected not in out.stderr.decode():
            fail("teleworksec %s: exit %d, %r" % (" ".join(args[:3]), out.returncode, out.stderr.decode()[:200]))
    if not run([cli, "export", "--help"]).stdout.decode().startswith("Usage: teleworksec export oscal-catalog"):
        fail("export --help")
    if not re.search(r"^  export ", run([cli, "--help"]).stdout.decode(), re.M):
        fail("--help lists no export")


def hostile_assessments(scratch):
    """Assessments whose every free text is hostile, one per kind."""
    text = " ".join(HOSTILE)
    evidence = [{"kind": "document", "ref": text}, {"kind": "scan_report", "ref": HOSTILE[1]}]
    docs = {
        "hostile-certification.json": {
            "schema": "teleworksec/assessment/v1", "catalog": "certification-v2", "date": "2026-11-26",
            "facility": {"name": text[:150]},
            "answers": {"coworking-v2/1.1.1": {"answer": "yes", "evidence": evidence},
                        "coworking-v2/2.6.1": {"answer": "na", "reason": text}},
            "overrides": {"certification-v2/audit/20": {"status": "partial", "by": text[:150], "note": text}},
            "diagnosis": {"certification-v2/vuln/31": {"status": "findings", "note": text, "findings": [
                {"severity": "high", "title": text, "ref": text}]}}},
        "hostile-policy.json": {
            "schema": "teleworksec/assessment/v1", "catalog": "csaj-home-2018", "facility": {"name": HOSTILE[0]},
            "decisions": {"csaj-home-2018/5.1.1.1": {"decision": "not_needed", "justification": text, "note": text}}},
        "hostile-self-check.json": {
            "schema": "teleworksec/assessment/v1", "catalog": "mic-telework-v4", "facility": {"name": HOSTILE[3]},
            "answers": {"mic-telework-v4/admin/1": {"answer": "na", "reason": text}}},
    }
    paths = []
    for name, doc in docs.items():
        path = os.path.join(scratch, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        paths.append(path)
    return paths


# --- random assessments, validated in worker processes -------------------------------

_worker = {}


def _init_worker(exported, ids):
    _worker["validator"] = memoizing_validator(load_schema("oscal_assessment-results_schema.json"))
    _worker["exported"] = exported
    exported_ids.update(ids)


def _check_one(item):
    label, text = item
    if text.startswith("error: "):
        return ["%s: rejected: %s" % (label, text[:300])]
    doc = json.loads(text)
    problems = ["%s: %s: %s" % (label, e.json_path, e.message[:200]) for e in _worker["validator"].iter_errors(doc)]
    return problems + check_results(doc, _worker["exported"], label)


def with_scan_sources(rng, doc, random_text):
    """The generator writes a check's "sources" as file names (the CLI
    recordings want the reader's error); an importer writes scan sources,
    which the OSCAL results carry as relevant evidence: made so here."""
    for entry in doc.get("diagnosis", {}).values():
        if not isinstance(entry, dict) or "sources" not in entry:
            continue
        sources = []
        for k, name in enumerate(entry["sources"]):
            source = {"scan": "nmap:%016x" % (k + 1), "file": name}
            if rng.random() < 0.3:
                source["not_covered"] = random_text(rng) or "not covered"
            sources.append(source)
        entry["sources"] = sources
        for finding in entry.get("findings", []):
            if sources and rng.random() < 0.5:
                finding["scan"] = sources[0]["scan"]
    return doc


def check_random(dump, exported, root, count, jobs, seed, scratch):
    sys.path.insert(0, os.path.join(root, "tests", "cli"))
    import record_outputs  # the random assessment generator of the CLI recordings
    ids = record_outputs.catalog_ids()
    paths = []
    for catalog in CATALOGS:
        rng = random.Random("oscal:%s:%s" % (seed, catalog))
        for i in range(count):
            path = os.path.join(scratch, "%s-%05d.json" % (catalog, i))
            with open(path, "w", encoding="utf-8") as f:
                doc = record_outputs.random_assessment(rng, ids, catalog)
                json.dump(with_scan_sources(rng, doc, record_outputs.random_text), f, ensure_ascii=False)
            paths.append(path)
    # The workers start before any output is read, and the outputs are read
    # and checked 200 files at a time: memory stays at a few documents.
    started, checked = time.time(), 0
    with multiprocessing.Pool(jobs, initializer=_init_worker, initargs=(exported, dict(exported_ids))) as pool:
        for start in range(0, len(paths), 200):
            chunk = paths[start:start + 200]
            first, second = run([dump] + chunk), run([dump] + chunk)
            if first.returncode != 0:
                fail("teleworksec_dump_oscal: exit %d: %s" % (first.returncode, first.stderr.decode()[:300]))
                return
            if first.stdout != second.stdout:
                fail("teleworksec_dump_oscal: different bytes on a second run")
            texts = first.stdout.decode("utf-8").split("\0")[:-1]
            del first, second
            labels = (os.path.basename(p) for p in chunk)
            for problems in pool.imap_unordered(_check_one, zip(labels, texts), chunksize=10):
                for p in problems[:3]:
                    fail(p)
            checked += len(texts)
    print("validated %d random documents in %.0f s on %d processes" % (checked, time.time() - started, jobs))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--cli", help="the teleworksec command (without it: skipped)")
    parser.add_argument("--dump-oscal", help="teleworksec_dump_oscal, for --random")
    parser.add_argument("--random", type=int, default=0, help="random assessments per catalog")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", default="1")
    args = parser.parse_args()
    if not args.cli:
        print("SKIP: missing: the teleworksec command (examples not built)")
        return 77
    for program in (args.cli, args.dump_oscal):
        if program and not os.access(program, os.X_OK):
            print("FAIL: %s is not an executable; build it first" % program)
            return 1
    catalog_validator = oscal_validate.make_validator(load_schema("oscal_catalog_schema.json"))
    results_validator = memoizing_validator(load_schema("oscal_assessment-results_schema.json"))
    check_usage(args.cli, args.root)
    exported = check_catalogs(args.cli, catalog_validator, args.root)
    expected = expected_controls(args.root)
    exported_ids.update(expected)
    samples = []
    for folder in ("examples/assessments", "tests/data/telework"):
        full = os.path.join(args.root, folder)
        samples += [os.path.join(full, n) for n in sorted(os.listdir(full)) if n.endswith(".json")]
    with tempfile.TemporaryDirectory(prefix="teleworksec-oscal-") as scratch:
        check_rated(args.cli, results_validator, exported, samples + hostile_assessments(scratch))
        if args.random:
            if not args.dump_oscal:
                fail("--random needs --dump-oscal")
            else:
                check_random(args.dump_oscal, exported, args.root, args.random, args.jobs, args.seed, scratch)
    print("%d failed" % len(failures) if failures else "all OSCAL checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
