#!/usr/bin/env python3
"""Checks the JSON Schemas of examples/schemas/ against the data they describe.

1. Both schemas are valid draft 2020-12 schemas, and their ID lists agree
   with the golden list of tests/data/golden_ids.txt.
2. Every sample assessment (examples/assessments/*.json) is valid.
3. Every file of the bad-input corpus (tests/data/bad/) that is JSON at all
   is rejected by the assessment schema, except the few cases a JSON Schema
   cannot express, listed below with the reason; those must be *accepted*,
   so the list stays exact.
4. The reader and the schema accept exactly the same documents among a few
   hundred random mutations of the samples (--dump-results needed).
5. The result of every sample, and of a few edge-case assessments made here,
   is valid against the result schema: produced by dump_results
   (--dump-results) and, when given, by the CLI (--cli: `teleworksec rate
   --format json FILE`).

Usage: validate.py --root REPO [--dump-results EXE] [--cli EXE]
Needs python3 and jsonschema (Debian: python3-jsonschema). Without jsonschema
it exits 77 (skipped), saying so; with CI=true in the environment, 1.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

try:
    import jsonschema
except ImportError:  # pragma: no cover - reported, not hidden
    MISSING = "the jsonschema module of " + sys.executable + " (Debian: python3-jsonschema)"
    if os.environ.get("CI") == "true":
        sys.exit("FAIL: CI=true and missing: " + MISSING)
    print("SKIP: missing: " + MISSING)
    sys.exit(77)

# Valid JSON that the reader rejects for reasons no JSON Schema can see.
SCHEMA_CANNOT_SEE = {
    "duplicate-top-level-key.json": "duplicate keys: a JSON parser keeps one of the values, the schema never sees the other",
    "duplicate-answer.json": "duplicate keys: a JSON parser keeps one of the values, the schema never sees the other",
    "duplicate-key-in-finding.json": "duplicate keys: a JSON parser keeps one of the values, the schema never sees the other",
    "facility-name-too-long-utf8.json": "the reader limits the name to 200 bytes of UTF-8; a schema counts characters (70 here)",
}

# Files that are not JSON at all (a schema applies to JSON documents only).
NOT_JSON = {
    "not-json.json",
    "empty.json",
    "whitespace-only.json",
    "comment.json",
    "truncated.json",
    "trailing-garbage.json",
    "invalid-utf8.json",
    "invalid-utf8-key.json",
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def with_deep_recursion(function):
    """Runs function() in a thread with a large stack and recursion limit:
    Python's JSON parser, the validator and repr() all recurse, and the corpus
    nests 10,000 levels deep to test the C++ reader's depth limit."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as e:  # re-raised in the caller's thread
            outcome["error"] = e

    old_limit = sys.getrecursionlimit()
    old_stack = threading.stack_size()
    sys.setrecursionlimit(200000)
    threading.stack_size(512 * 1024 * 1024)
    try:
        worker = threading.Thread(target=run)
        worker.start()
        worker.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def parse_strict(data):
    """Parses bytes as JSON the way RFC 8259 does: UTF-8 only, no NaN or
    Infinity. Returns (ok, value)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False, None

    def no_constants(name):
        raise ValueError("not JSON: " + name)

    try:
        return True, with_deep_recursion(lambda: json.loads(text, parse_constant=no_constants))
    except ValueError:
        return False, None


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def golden_ids(root):
    path = os.path.join(root, "tests", "data", "golden_ids.txt")
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def check_id_lists(assessment_schema, result_schema, root):
    golden = golden_ids(root)
    facts = [g[len("fact:"):] for g in golden if g.startswith("fact:")]
    questions = [g for g in golden if re.fullmatch(r"coworking-v2/\d+\.\d+\.\d+", g)]
    measures = {g for g in golden if re.fullmatch(r"coworking-v2/\d+\.\d+", g)}
    audit = {g for g in golden if g.startswith("certification-v2/audit/")}
    vuln = {g for g in golden if g.startswith("certification-v2/vuln/")}
    defs = assessment_schema["$defs"]
    if defs["fact"]["enum"] != facts:
        fail("assessment schema: facts differ from the golden list")
    for name, schema in (("assessment", assessment_schema), ("result", result_schema)):
        q = schema["$defs"]["question_id"]
        if q["enum"] != questions:
            fail(name + " schema: question IDs differ from the golden list")
        if not all(re.search(q["pattern"], i) for i in questions):
            fail(name + " schema: the question ID pattern rejects a golden ID")

    # The ID patterns accept exactly the golden IDs among plausible candidates.
    branches = assessment_schema["allOf"]
    measure_pattern = branches[0]["then"]["properties"]["overrides"]["propertyNames"]["pattern"]
    audit_pattern = branches[1]["then"]["properties"]["overrides"]["propertyNames"]["pattern"]
    vuln_pattern = assessment_schema["properties"]["diagnosis"]["propertyNames"]["pattern"]
    candidates = {
        "measure": ({"coworking-v2/%d.%d" % (c, m) for c in range(10) for m in range(20)}, measure_pattern, measures),
        "audit": ({"certification-v2/audit/%d" % n for n in range(100)} | {"certification-v2/audit/01"}, audit_pattern, audit),
        "vuln": ({"certification-v2/vuln/%d" % n for n in range(100)} | {"certification-v2/vuln/01"}, vuln_pattern, vuln),
    }
    for what, (pool, pattern, expected) in candidates.items():
        matched = {c for c in pool if re.search(pattern, c)}
        if matched != expected:
            fail("%s ID pattern %s matches %d candidates, the golden list has %d" % (what, pattern, len(matched), len(expected)))


def errors_of(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def check_samples(validator, root):
    folder = os.path.join(root, "examples", "assessments")
    samples = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    if len(samples) < 6:
        fail("expected at least 6 sample assessments, found %d" % len(samples))
    for name in samples:
        errors = errors_of(validator, load(os.path.join(folder, name)))
        for e in errors:
            fail("sample %s: %s at %s" % (name, e.message, "/".join(map(str, e.absolute_path))))
        if not errors:
            print("ok: sample %s is valid" % name)
    return [os.path.join(folder, s) for s in samples]


def check_bad_corpus(validator, root):
    folder = os.path.join(root, "tests", "data", "bad")
    names = sorted(f for f in os.listdir(folder) if f != "EXPECTED.tsv")
    for listed in sorted((set(SCHEMA_CANNOT_SEE) | NOT_JSON) - set(names)):
        fail("bad corpus: %s is listed here but does not exist" % listed)
    rejected = 0
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            ok, document = parse_strict(f.read())
        if name in NOT_JSON:
            if ok:
                fail("bad corpus: %s is listed as not JSON but parses" % name)
            else:
                print("ok: %s is not JSON (no schema applies)" % name)
            continue
        if not ok:
            fail("bad corpus: %s does not parse as JSON; list it in NOT_JSON if it is meant not to" % name)
            continue
        valid = with_deep_recursion(lambda: validator.is_valid(document))
        if name in SCHEMA_CANNOT_SEE:
            if valid:
                print("ok: %s is accepted by the schema as expected (%s)" % (name, SCHEMA_CANNOT_SEE[name]))
            else:
                fail("bad corpus: %s is listed as invisible to the schema but the schema rejects it; remove it from SCHEMA_CANNOT_SEE" % name)
            continue
        if valid:
            fail("bad corpus: the assessment schema accepts %s, which the reader rejects" % name)
        else:
            rejected += 1
            message = with_deep_recursion(lambda: errors_of(validator, document)[0].message)
            print("ok: %s rejected: %s" % (name, message[:100]))
    print("%d bad files rejected by the schema, %d not JSON, %d beyond a schema" % (rejected, len(NOT_JSON), len(SCHEMA_CANNOT_SEE)))


# Valid assessments that reach corners of the result format the samples may not.
EDGE_CASES = {
    "minimal-certification.json": {"schema": "teleworksec/assessment/v1", "catalog": "certification-v2"},
    "minimal-coworking.json": {"schema": "teleworksec/assessment/v1", "catalog": "coworking-v2"},
    "all-checks-not-applicable.json": {
        "schema": "teleworksec/assessment/v1",
        "catalog": "certification-v2",
        "diagnosis": {"certification-v2/vuln/%d" % n: "not_applicable" for n in range(1, 33)},
    },
    "urgent-finding-on-unrequired-check.json": {
        "schema": "teleworksec/assessment/v1",
        "catalog": "certification-v2",
        "date": "2028-02-29",
        "facility": {"name": "", "facts": {}},
        "answers": {"coworking-v2/1.1.1": {"answer": "na", "reason": ""}},
        "overrides": {"certification-v2/audit/1": {"status": "not_applicable"}},
        "diagnosis": {
            "certification-v2/vuln/3": {"status": "findings", "findings": [{"severity": "urgent"}]},
            "certification-v2/vuln/4": {"status": "passed", "findings": []},
        },
    },
}


# Values and keys the mutations draw from: valid ones of every kind, and near misses.
MUTATION_VALUES = [
    "yes", "no", "na", "maybe", "passed", "findings", "not_applicable", "not_performed",
    "low", "medium", "high", "urgent", "critical", "compliant", "partial", "noncompliant",
    "document", "self_declaration", "photo", "audit", "self_assessment", "2026-02-28",
    "2026-02-29", "2024-02-29", "", "x" * 201, 0, 1, -1, 2.5, True, False, None, [], {},
    {"answer": "yes"}, {"answer": "no", "evidence": []}, {"status": "passed"},
    {"status": "findings", "findings": [{"severity": "low"}]}, {"status": "findings"},
    [{"kind": "record", "ref": "r"}], [{"severity": "high", "title": "t"}], [{"kind": "record"}],
]
MUTATION_KEYS = [
    "coworking-v2/1.1.1", "coworking-v2/3.4.3", "coworking-v2/5.3.1", "coworking-v2/1.1.4",
    "coworking-v2/3.8", "coworking-v2/6.3", "coworking-v2/7.1", "certification-v2/audit/1",
    "certification-v2/audit/32", "certification-v2/audit/33", "certification-v2/vuln/1",
    "certification-v2/vuln/32", "certification-v2/vuln/0", "mic-telework-v4/admin/1",
    "wifi", "rental_pcs", "coffee", "answer", "evidence", "reason", "status", "findings",
    "note", "by", "severity", "title", "ref", "kind", "name", "facts", "schema", "catalog",
    "policy", "date", "facility", "answers", "overrides", "diagnosis", "extra",
]


def containers(node, out):
    """Every object and array in node, depth first."""
    if isinstance(node, (dict, list)):
        out.append(node)
        for child in (node.values() if isinstance(node, dict) else node):
            containers(child, out)
    return out


def mutate(document, rng):
    """document with one random change (a deep copy)."""
    document = json.loads(json.dumps(document))
    target = rng.choice(containers(document, []))
    kind = rng.randrange(4)
    if isinstance(target, list):
        if target and kind < 2:
            target[rng.randrange(len(target))] = rng.choice(MUTATION_VALUES)
        elif target and kind == 2:
            del target[rng.randrange(len(target))]
        else:
            target.append(rng.choice(MUTATION_VALUES))
        return document
    keys = list(target)
    if keys and kind == 0:
        del target[rng.choice(keys)]
    elif keys and kind == 1:
        target[rng.choice(keys)] = rng.choice(MUTATION_VALUES)
    elif keys and kind == 2:  # rename a key, keeping its value
        old = rng.choice(keys)
        target[rng.choice(MUTATION_KEYS)] = target.pop(old)
    else:
        target[rng.choice(MUTATION_KEYS)] = rng.choice(MUTATION_VALUES)
    return document


def check_differential(validator, result_validator, dump_results, seeds, scratch, count):
    """The reader (through dump_results: exit 0 or 2) and the schema accept
    exactly the same mutated documents, and the result of each accepted one is
    valid. Names are ASCII, so byte and character limits agree."""
    import random

    rng = random.Random(20261126)
    documents = [load(path) for path in seeds]
    disagreements = 0
    accepted = 0
    path = os.path.join(scratch, "mutant.json")
    for i in range(count):
        document = mutate(rng.choice(documents), rng)
        if rng.randrange(3) == 0:
            document = mutate(document, rng)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        run = subprocess.run([dump_results, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        if run.returncode not in (0, 2):
            fail("dump_results crashed (exit %d) on mutant %d: %s" % (run.returncode, i, json.dumps(document)[:400]))
            continue
        reader_accepts = run.returncode == 0
        accepted += reader_accepts
        if reader_accepts:
            for e in errors_of(result_validator, json.loads(run.stdout.decode("utf-8")))[:1]:
                fail("result of mutant %d: %s at %s: %s" % (i, e.message, "/".join(map(str, e.absolute_path)),
                                                           json.dumps(document, ensure_ascii=False)[:400]))
        if reader_accepts != validator.is_valid(document):
            disagreements += 1
            if disagreements <= 5:
                fail("mutant %d: the reader %s it, the schema %s it: %s; reader says: %s" % (
                    i, "accepts" if reader_accepts else "rejects", "rejects" if reader_accepts else "accepts",
                    json.dumps(document, ensure_ascii=False)[:600], run.stderr.decode("utf-8", "replace").strip()[:300]))
    if disagreements:
        fail("%d of %d mutated documents judged differently by the reader and the schema" % (disagreements, count))
    else:
        print("ok: the reader and the schema agree on %d mutated documents (%d valid, %d not)" % (
            count, accepted, count - accepted))


def rate_with(command, path):
    run = subprocess.run(command + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        fail("%s %s: exit %d: %s" % (" ".join(command), os.path.basename(path), run.returncode,
                                     run.stderr.decode("utf-8", "replace").strip()))
        return None
    return run.stdout.decode("utf-8")


def check_results(validator, command, files, label):
    for path in files:
        text = rate_with(command, path)
        if text is None:
            continue
        try:
            result = json.loads(text)
        except ValueError as e:
            fail("%s %s: output is not JSON: %s" % (label, os.path.basename(path), e))
            continue
        errors = errors_of(validator, result)
        for e in errors:
            fail("%s result of %s: %s at %s" % (label, os.path.basename(path), e.message,
                                              "/".join(map(str, e.absolute_path))))
        if not errors:
            print("ok: %s result of %s is valid" % (label, os.path.basename(path)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="repository root")
    parser.add_argument("--dump-results", help="the teleworksec_dump_results program")
    parser.add_argument("--cli", help="the teleworksec CLI (checked with rate --format json)")
    parser.add_argument("--mutants", type=int, default=400,
                        help="mutated documents judged by both the reader and the schema")
    args = parser.parse_args()
    for program in (args.dump_results, args.cli):
        if program and not os.access(program, os.X_OK):
            print("FAIL: %s is not an executable; build it first" % program)
            return 1

    schemas = os.path.join(args.root, "examples", "schemas")
    assessment_schema = load(os.path.join(schemas, "assessment-v1.schema.json"))
    result_schema = load(os.path.join(schemas, "result-v1.schema.json"))
    for name, schema in (("assessment", assessment_schema), ("result", result_schema)):
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as e:
            fail("%s schema is not a valid draft 2020-12 schema: %s" % (name, e.message))
    if failures:
        return 1
    assessments = jsonschema.Draft202012Validator(assessment_schema)
    results = jsonschema.Draft202012Validator(result_schema)

    check_id_lists(assessment_schema, result_schema, args.root)
    samples = check_samples(assessments, args.root)
    check_bad_corpus(assessments, args.root)

    with tempfile.TemporaryDirectory(prefix="teleworksec-schema-") as scratch:
        edge = []
        for name, document in EDGE_CASES.items():
            path = os.path.join(scratch, name)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(document, f)
            if not assessments.is_valid(document):
                fail("edge case %s is not valid against the assessment schema" % name)
            edge.append(path)
        if args.dump_results:
            check_results(results, [args.dump_results], samples + edge, "dump_results")
            check_differential(assessments, results, args.dump_results, samples + edge, scratch, args.mutants)
        if args.cli:
            check_results(results, [args.cli, "rate", "--format", "json"], samples + edge, "teleworksec rate")
        if not args.dump_results and not args.cli:
            print("note: no --dump-results or --cli given; result schema checked on nothing")

    print("%d failed" % len(failures) if failures else "all schema checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
