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
5. The result of every sample (and of tests/data/telework/), and of a few
   edge-case assessments made here, is valid against the result schema and
   fits exactly one of the four generic kinds: produced by dump_results
   (--dump-results) and, when given, by the CLI (--cli: `teleworksec rate
   --format json FILE`).
6. The schemas are generic per kind: a catalog that is not one of the shipped
   five is checked against its kind's ID forms, and the generic parts still
   reject what they must (unknown keys, bad ID forms, mixed kinds); the
   shipped catalogs keep their exact IDs and counts (a 44th mic-telework-v4
   item or a role "manager" is an error).
8. With --sarif-cli (the teleworksec CLI): `rate --format sarif` of every
   sample, telework sample, CLI test file and hostile sample is valid against
   the SARIF 2.1.0 schema vendored in tests/schema/vendor/sarif/ (draft-04,
   formats checked), and the schema rejects a log without "version", so the
   check can fail. --sarif-only runs just this check.
7. With --custom-cli (the home_office command of examples/custom_catalog/):
   the invented catalog's sample.json and its result are valid, and every
   mutant of the sample that its reader accepts is accepted by the schema,
   with a valid result. --custom-only runs just these checks (exit 77, a
   skip, when no --custom-cli is given: the command was not built).

Usage: validate.py --root REPO [--dump-results EXE] [--cli EXE] [--custom-cli EXE] [--custom-only]
                   [--sarif-cli EXE --sarif-only]
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jsonschema_or_skip import jsonschema  # noqa: E402

# Valid JSON that the reader rejects for reasons no JSON Schema can see.
SCHEMA_CANNOT_SEE = {
    "duplicate-top-level-key.json": "duplicate keys: a JSON parser keeps one of the values, the schema never sees the other",
    "duplicate-answer.json": "duplicate keys: a JSON parser keeps one of the values, the schema never sees the other",
    "duplicate-key-in-finding.json": "duplicate keys: a JSON parser keeps one of the values, the schema never sees the other",
    "facility-name-too-long-utf8.json": "the reader limits the name to 200 bytes of UTF-8; a schema counts characters (70 here)",
    "unknown-catalog.json": "a catalog id of the generic form that the reader was not built with: the schema accepts an "
                            "assessment of any catalog in its kind's ID forms (a tool may add catalogs); the reader "
                            "knows its own list",
}

# The catalogs teleworksec ships; the schemas hold their exact IDs.
SHIPPED = ("coworking-v2", "certification-v2", "mic-telework-v4", "csaj-home-2018", "coworking-user")
CATALOG_ID = re.compile(r"[a-z0-9][a-z0-9.-]*")
KINDS = ("certification", "self_check", "policy", "risk")

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


def golden_ids(root, name="golden_ids.txt"):
    path = os.path.join(root, "tests", "data", name)
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def matches(defs, name, value):
    """value is valid against defs[name] (a schema's $defs)."""
    return jsonschema.Draft202012Validator({"$defs": defs, "$ref": "#/$defs/" + name}).is_valid(value)


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

    # The ID patterns of the shipped certification catalogs accept exactly the
    # golden IDs among plausible candidates.
    measure_pattern = defs["coworking_v2_assessment"]["properties"]["overrides"]["propertyNames"]["pattern"]
    audit_pattern = defs["certification_v2_assessment"]["properties"]["overrides"]["propertyNames"]["pattern"]
    vuln_pattern = defs["certification_v2_assessment"]["properties"]["diagnosis"]["propertyNames"]["pattern"]
    candidates = {
        "measure": ({"coworking-v2/%d.%d" % (c, m) for c in range(10) for m in range(20)}, measure_pattern, measures),
        "audit": ({"certification-v2/audit/%d" % n for n in range(100)} | {"certification-v2/audit/01"}, audit_pattern, audit),
        "vuln": ({"certification-v2/vuln/%d" % n for n in range(100)} | {"certification-v2/vuln/01"}, vuln_pattern, vuln),
    }
    for what, (pool, pattern, expected) in candidates.items():
        matched = {c for c in pool if re.search(pattern, c)}
        if matched != expected:
            fail("%s ID pattern %s matches %d candidates, the golden list has %d" % (what, pattern, len(matched), len(expected)))

    # The telework catalogs' ID lists agree with their golden lists.
    mic = golden_ids(root, "golden_ids_mic_telework_v4.txt")
    csaj = golden_ids(root, "golden_ids_csaj_home_2018.txt")
    cu = golden_ids(root, "golden_ids_coworking_user.txt")
    cu_risks = [g for g in cu if "/risk/" in g]
    cu_measures = [g for g in cu if "/risk/" not in g]
    rdefs = result_schema["$defs"]
    for where, name, expected in (
            (defs, "mic_fact", [g[len("fact:"):] for g in mic if g.startswith("fact:")]),
            (defs, "mic_item_id", [g for g in mic if not g.startswith("fact:")]),
            (rdefs, "mic_item_id", [g for g in mic if not g.startswith("fact:")]),
            (defs, "csaj_statement_id", csaj),
            (rdefs, "csaj_statement_id", csaj),
            (defs, "coworking_user_measure_id", cu_measures),
            (rdefs, "coworking_user_measure_id", cu_measures),
            (rdefs, "coworking_user_risk_id", cu_risks)):
        if where[name]["enum"] != expected:
            fail("%s schema: $defs/%s differs from the golden list" % (
                "assessment" if where is defs else "result", name))

    # Every golden ID has the generic form of its kind, in both schemas, and
    # not the form of an ID of another sort where the two cannot overlap.
    forms = [
        ("certification_question_id", questions, ["audit_item_id", "check_id", "self_check_item_id"]),
        ("certification_measure_id", sorted(measures), ["certification_question_id", "audit_item_id"]),
        ("audit_item_id", sorted(audit), ["certification_question_id", "check_id", "certification_measure_id"]),
        ("check_id", sorted(vuln), ["audit_item_id", "certification_question_id"]),
        ("self_check_item_id", [g for g in mic if not g.startswith("fact:")],
         ["certification_question_id", "policy_statement_id", "risk_measure_id"]),
        ("policy_statement_id", csaj, ["self_check_item_id", "audit_item_id"]),
        ("risk_measure_id", cu_measures, ["self_check_item_id", "certification_question_id"]),
        ("fact_id", facts + [g[len("fact:"):] for g in mic if g.startswith("fact:")], []),
    ]
    for schema_name, schema_defs in (("assessment", defs), ("result", rdefs)):
        for form, ids, others in forms:
            if form not in schema_defs:
                continue
            bad = [i for i in ids if not matches(schema_defs, form, i)]
            if bad or not ids:
                fail("%s schema: $defs/%s rejects golden IDs %s" % (schema_name, form, bad[:3]))
            for other in others:
                wrong = [i for i in ids if other in schema_defs and matches(schema_defs, other, i)]
                if wrong:
                    fail("%s schema: $defs/%s accepts %s, an ID of another sort" % (schema_name, other, wrong[0]))
    if "risk_id" in rdefs:
        bad = [i for i in cu_risks if not matches(rdefs, "risk_id", i)]
        if bad:
            fail("result schema: $defs/risk_id rejects golden IDs %s" % bad[:3])
    print("ok: the ID lists agree with the golden lists, and every golden ID has its kind's generic form")


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


def telework_samples(validator, root):
    """The small telework assessments of tests/data/telework/, valid too."""
    folder = os.path.join(root, "tests", "data", "telework")
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".json"))
    for path in files:
        for e in errors_of(validator, load(path)):
            fail("tests/data/telework/%s: %s at %s" % (os.path.basename(path), e.message,
                                                       "/".join(map(str, e.absolute_path))))
    return files


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


def mutate(document, rng, key_pool=MUTATION_KEYS):
    """document with one random change (a deep copy); renamed and added keys are drawn from key_pool."""
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
        target[rng.choice(key_pool)] = target.pop(old)
    else:
        target[rng.choice(key_pool)] = rng.choice(MUTATION_VALUES)
    return document


def kind_validators(result_schema):
    """A validator per generic kind of result: the schema with its anyOf and
    per-catalog layers replaced by that kind's definition."""
    out = {}
    for kind in KINDS:
        schema = {k: v for k, v in result_schema.items() if k != "allOf"}
        schema["allOf"] = [{"$ref": "#/$defs/%s_result" % kind}]
        out[kind] = jsonschema.Draft202012Validator(schema)
    return out


def check_one_kind(kinds, result, label):
    """result fits exactly one of the four generic kinds."""
    fits = [k for k, v in kinds.items() if v.is_valid(result)]
    if len(fits) != 1:
        fail("%s: fits %d generic kinds (%s), expected exactly one" % (label, len(fits), ", ".join(fits) or "none"))
    return fits


def check_differential(validator, result_validator, reader, known, seeds, scratch, count, exact=True,
                       kinds=None, extra_keys=(), label="the reader"):
    """The reader (a command that rates FILE: exit 0, or 2 for bad input) and
    the schema judge mutated documents alike, and the result of each accepted
    one is valid (and of one kind). exact: they accept exactly the same
    documents; else (a catalog the schema knows only by its kind's forms) every
    document the reader accepts is valid, and the schema may accept more (an
    item number the catalog lacks, a fact it does not have). A mutant naming
    a catalog of the generic form that the reader does not know must be
    rejected by it and is not compared: the schema takes any catalog. Names
    are ASCII, so byte and character limits agree."""
    import random

    rng = random.Random(20261126)
    documents = [load(path) for path in seeds]
    keys = MUTATION_KEYS + list(extra_keys)
    disagreements = 0
    accepted = 0
    other_catalog = 0
    beyond = 0
    path = os.path.join(scratch, "mutant.json")
    for i in range(count):
        document = mutate(rng.choice(documents), rng, keys)
        if rng.randrange(3) == 0:
            document = mutate(document, rng, keys)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        run = subprocess.run(reader + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        if run.returncode not in (0, 2):
            fail("%s crashed (exit %d) on mutant %d: %s" % (label, run.returncode, i, json.dumps(document)[:400]))
            continue
        reader_accepts = run.returncode == 0
        accepted += reader_accepts
        if reader_accepts:
            result = json.loads(run.stdout.decode("utf-8"))
            for e in errors_of(result_validator, result)[:1]:
                fail("result of mutant %d: %s at %s: %s" % (i, e.message, "/".join(map(str, e.absolute_path)),
                                                           json.dumps(document, ensure_ascii=False)[:400]))
            if kinds is not None:
                check_one_kind(kinds, result, "result of mutant %d" % i)
        catalog = document.get("catalog")
        schema_accepts = validator.is_valid(document)
        if isinstance(catalog, str) and catalog not in known and CATALOG_ID.fullmatch(catalog) and len(catalog) <= 100:
            # The reader checks the top level (keys, schema, policy, date)
            # before the catalog: when the schema finds that part right, the
            # catalog is what the reader must stumble on.
            other_catalog += 1
            if reader_accepts or (schema_accepts and b"unknown catalog" not in run.stderr):
                fail("mutant %d names catalog %r, which %s should reject as unknown: %s" % (
                    i, catalog, label, run.stderr.decode("utf-8", "replace").strip()[:300]))
            continue
        if not exact and schema_accepts and not reader_accepts:
            beyond += 1
            continue
        if reader_accepts != schema_accepts:
            disagreements += 1
            if disagreements <= 5:
                fail("mutant %d: %s %s it, the schema %s it: %s; reader says: %s" % (
                    i, label, "accepts" if reader_accepts else "rejects", "rejects" if reader_accepts else "accepts",
                    json.dumps(document, ensure_ascii=False)[:600], run.stderr.decode("utf-8", "replace").strip()[:300]))
    if disagreements:
        fail("%d of %d mutated documents judged differently by %s and the schema" % (disagreements, count, label))
    else:
        print("ok: %s and the schema agree on %d mutated documents (%d valid, %d not; %d name another catalog%s)" % (
            label, count, accepted, count - accepted, other_catalog,
            "" if exact else "; %d valid in the kind's forms but not in this catalog" % beyond))


def rate_with(command, path):
    run = subprocess.run(command + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if run.returncode != 0:
        fail("%s %s: exit %d: %s" % (" ".join(command), os.path.basename(path), run.returncode,
                                     run.stderr.decode("utf-8", "replace").strip()))
        return None
    return run.stdout.decode("utf-8")


def check_results(validator, command, files, label, kinds=None):
    """Rates each file with command and checks the result; returns the valid
    results by file name."""
    valid = {}
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
        fits = check_one_kind(kinds, result, "%s result of %s" % (label, os.path.basename(path))) if kinds else []
        if not errors:
            valid[os.path.basename(path)] = result
            print("ok: %s result of %s is valid%s" % (label, os.path.basename(path),
                                                      " (kind %s)" % fits[0] if len(fits) == 1 else ""))
    return valid


def changed(document, *edits):
    """A deep copy of document with edits applied; each edit is (path, value),
    path a tuple of keys, value DELETE to remove the key."""
    document = json.loads(json.dumps(document))
    for path, value in edits:
        node = document
        for key in path[:-1]:
            node = node[key]
        if value is DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value
    return document


DELETE = object()


def leaves(errors):
    """errors and, for anyOf/oneOf failures, the errors of each branch, flattened."""
    out = []
    for e in errors:
        out.append(e)
        out.extend(leaves(e.context or []))
    return out


def expect(validator, verdict, cases, what):
    """Each case (label, document) is valid (verdict True); or each case
    (label, document, because) is rejected (verdict False), with an error
    (possibly in one branch of an anyOf) whose message contains because, so
    that it fails for the reason meant."""
    for case in cases:
        label, document = case[0], case[1]
        errors = errors_of(validator, document)
        if verdict:
            if errors:
                fail("%s %s: expected valid, got: %s at %s" % (what, label, errors[0].message[:200],
                                                               "/".join(map(str, errors[0].absolute_path))))
            else:
                print("ok: %s %s: valid" % (what, label))
            continue
        because = case[2]
        hits = [e for e in leaves(errors) if because in e.message]
        if not errors:
            fail("%s %s: expected an error, the schema accepts it" % (what, label))
        elif not hits:
            fail("%s %s: rejected, but not for %r: %s" % (what, label, because, errors[0].message[:300]))
        else:
            print("ok: %s %s: rejected: %s at /%s" % (what, label, hits[0].message[:110],
                                                    "/".join(map(str, hits[0].absolute_path))))


def custom_sample(root):
    return load(os.path.join(root, "examples", "custom_catalog", "sample.json"))


def check_generic_assessments(assessments, root):
    """A catalog other than the shipped five is checked by its kind's forms,
    and those forms still reject what they must."""
    sample = custom_sample(root)
    cat = sample["catalog"]
    item = cat + "/manager/1"
    yes = sample["answers"][item]
    expect(assessments, True, [
        ("examples/custom_catalog/sample.json", sample),
        ("(a self-check catalog renamed)", changed(sample, (("catalog",), "another-catalog.v2"))),
        ("(a policy catalog of our own)", {"schema": "teleworksec/assessment/v1", "catalog": "our-policy",
                                           "decisions": {"our-policy/1.2": "implemented"}}),
        ("(a risk catalog of our own)", {"schema": "teleworksec/assessment/v1", "catalog": "our-risks",
                                         "facility": {"facts": {"shared_desk": False}},
                                         "answers": {"our-risks/2.1": "no"}}),
        ("(a certification catalog of our own, audited)", {
            "schema": "teleworksec/assessment/v1", "catalog": "our-cert", "policy": "audit",
            "answers": {"our-checklist/1.2.3": "yes"}, "overrides": {"our-cert/audit/7": {"status": "partial"}},
            "diagnosis": {"our-cert/vuln/2": "passed"}}),
    ], "assessment")
    expect(assessments, False, [
        ("with an unknown key", changed(sample, (("extra",), True)), "('extra' was unexpected)"),
        ("with an unknown key in facility", changed(sample, (("facility", "address"), "Tokyo")), "('address' was unexpected)"),
        ("with an unknown key in an answer", changed(sample, (("answers", item), {"answer": "yes", "comment": ""})),
         "('comment' was unexpected)"),
        ("with a role not in snake_case", changed(sample, (("answers", item), DELETE),
                                                  (("answers", cat + "/Manager/1"), yes)),
         "'%s/Manager/1' does not match '^[a-z0-9][a-z0-9.-]*/[a-z]" % cat),
        ("with an item number 01", changed(sample, (("answers", cat + "/manager/01"), yes)),
         "'%s/manager/01' does not match '^[a-z0-9][a-z0-9.-]*/[a-z]" % cat),
        ("with an item ID without number", changed(sample, (("answers", cat + "/manager"), yes)),
         "'%s/manager' does not match '^[a-z0-9][a-z0-9.-]*/[a-z]" % cat),
        ("with an item ID without catalog", changed(sample, (("answers", "manager/1"), yes)),
         "'manager/1' does not match '^[a-z0-9][a-z0-9.-]*/[a-z]"),
        ("with IDs of two kinds", changed(sample, (("answers", cat + "/1.1"), yes)),
         "'%s/1.1' does not match '^[a-z0-9][a-z0-9.-]*/[a-z]" % cat),
        ("with a fact not in snake_case", changed(sample, (("facility", "facts", "wifi-at-home"), True)),
         "'wifi-at-home' does not match"),
        ("with a catalog id in upper case", changed(sample, (("catalog",), "Example-Home-Office")),
         "'Example-Home-Office' does not match"),
        ("with a catalog id with an underscore", changed(sample, (("catalog",), "example_home_office")),
         "'example_home_office' does not match"),
        ("under the audit policy (certification only)", changed(sample, (("policy",), "audit")),
         "'self_assessment' was expected"),
        ("with decisions beside answers", changed(sample, (("decisions",), {cat + "/1.1": "implemented"})),
         "False schema does not allow {'%s/1.1'" % cat),
        ("with a diagnosis", changed(sample, (("diagnosis",), {cat + "/vuln/1": "passed"})),
         "False schema does not allow {'%s/vuln/1'" % cat),
        ("with an answer \"maybe\"", changed(sample, (("answers", item), "maybe")), "'maybe' is not one of"),
        ("(mic-telework-v4) with a 6th executive item",
         changed(sample, (("catalog",), "mic-telework-v4"), (("answers",), {"mic-telework-v4/executive/6": "yes"}),
                 (("facility",), {})), "'mic-telework-v4/executive/6' does not match '^mic-telework-v4/"),
        ("(mic-telework-v4) with a role \"manager\"",
         changed(sample, (("catalog",), "mic-telework-v4"), (("answers",), {"mic-telework-v4/manager/1": "yes"}),
                 (("facility",), {})), "'mic-telework-v4/manager/1' does not match '^mic-telework-v4/"),
        ("(mic-telework-v4) with the fact wifi_at_home",
         changed(sample, (("catalog",), "mic-telework-v4"), (("answers",), {})), "'wifi_at_home' is not one of"),
    ], "assessment")


def check_generic_results(results, kinds, shipped_results):
    """The result schema takes any catalog of a kind in that kind's forms; the
    shipped catalogs keep their exact IDs and counts."""
    mic = next((r for r in shipped_results.values() if r["catalog"] == "mic-telework-v4"), None)
    cert = next((r for r in shipped_results.values() if r["catalog"] == "certification-v2"), None)
    if mic is None or cert is None:
        fail("generic result checks: no mic-telework-v4 or certification-v2 result among the samples")
        return
    item = next(iter(mic["items"]))
    extra_item = ("items", "mic-telework-v4/executive/6")
    extra_role = ("roles", "manager")
    tally = {"implemented": 0, "applicable": 0}
    ours = (("catalog",), "our-self-check")
    expect(results, True, [
        ("(mic-telework-v4 renamed our-self-check)", changed(mic, ours)),
        ("(our-self-check) with a 44th item", changed(mic, ours, (extra_item, mic["items"][item]))),
        ("(our-self-check) with a role manager", changed(mic, ours, (extra_role, tally))),
        ("(our-self-check) with a group 7", changed(mic, ours, (("groups", "7"), mic["groups"]["1"]))),
        ("(certification-v2 renamed our-cert) with a level of 5 stars",
         changed(cert, (("catalog",), "our-cert"), (("level", "stars"), 5))),
    ], "result")
    expect(results, False, [
        ("(mic-telework-v4) with a 44th item", changed(mic, (extra_item, mic["items"][item])), "has too many properties"),
        ("(mic-telework-v4) with a role manager", changed(mic, (extra_role, tally)), "'manager' is not one of"),
        ("(mic-telework-v4) with a role manager in group 1", changed(mic, (("groups", "1", "roles", "manager"), tally)),
         "'manager' is not one of"),
        ("(mic-telework-v4) without the role admin", changed(mic, (("roles", "admin"), DELETE)),
         "'admin' is a required property"),
        ("(mic-telework-v4) with a group 7", changed(mic, (("groups", "7"), mic["groups"]["1"])), "'7' is not one of"),
        ("(certification-v2) with a level of 5 stars", changed(cert, (("level", "stars"), 5)), "was expected"),
        ("(certification-v2) with a 33rd audit item",
         changed(cert, (("audit", "items", "certification-v2/audit/33"), cert["audit"]["items"]["certification-v2/audit/1"])),
         "has too many properties"),
        ("(our-self-check) with an unknown key", changed(mic, ours, (("extra",), 1)), "('extra' was unexpected)"),
        ("(our-self-check) with an unknown key in an item", changed(mic, ours, (("items", item, "note"), "")),
         "('note' was unexpected)"),
        ("(our-self-check) without \"roles\"", changed(mic, ours, (("roles",), DELETE)), "'roles' is a required property"),
        ("(our-self-check) with \"conformant\" (a policy key)", changed(mic, ours, (("conformant",), True)),
         "('conformant' was unexpected)"),
        ("(our-self-check) with an item ID of a bad form",
         changed(mic, ours, (("items", "our-self-check/admin/x"), mic["items"][item])),
         "'our-self-check/admin/x' does not match"),
        ("(our-self-check) with a role not in snake_case", changed(mic, ours, (("roles", "Manager"), tally)),
         "'Manager' does not match"),
        ("(our-self-check) with a group 0", changed(mic, ours, (("groups", "0"), mic["groups"]["1"])), "'0' does not match"),
        ("(our-self-check) with a level \"excellent\"", changed(mic, ours, (("level", "code"), "excellent")),
         "'excellent' is not one of"),
        ("(our-cert) with a check ID of a bad form",
         changed(cert, (("catalog",), "our-cert"), (("gaps", "checks"), [{"id": "our-cert/check/1",
                                                                           "reason": "not_performed", "mark": "●"}])),
         "'our-cert/check/1' does not match"),
    ], "result")


def check_custom(assessments, results, kinds, root, custom_cli, scratch, count):
    """The invented catalog of examples/custom_catalog/: its sample and its
    result are valid, its result fits the self-check kind alone, and its
    reader accepts nothing that the schema rejects."""
    sample_path = os.path.join(root, "examples", "custom_catalog", "sample.json")
    sample = custom_sample(root)
    cat = sample["catalog"]
    expect(assessments, True, [("examples/custom_catalog/sample.json", sample)], "assessment")
    command = [custom_cli, "rate", "--format", "json"]
    result = check_results(results, command, [sample_path], "home_office rate", kinds).get("sample.json")
    if result is None:
        return
    if result["catalog"] != cat or check_one_kind(kinds, result, "home_office result") != ["self_check"]:
        fail("home_office result: expected a self-check result of %s" % cat)
    item = next(iter(result["items"]))
    tally = {"implemented": 0, "applicable": 0}
    expect(results, False, [
        ("(%s) without \"roles\"" % cat, changed(result, (("roles",), DELETE)), "'roles' is a required property"),
        ("(%s) without \"level\"" % cat, changed(result, (("level",), DELETE)), "'level' is a required property"),
        ("(%s) with an unknown key" % cat, changed(result, (("extra",), 1)), "('extra' was unexpected)"),
        ("(%s) with a role not in snake_case" % cat, changed(result, (("roles", "Manager"), tally)),
         "'Manager' does not match"),
        ("(%s) with an item ID of a bad form" % cat,
         changed(result, (("items", cat + "/manager/0"), result["items"][item])),
         "'%s/manager/0' does not match" % cat),
        ("(%s) with an item status \"done\"" % cat, changed(result, (("items", item, "status"), "done")),
         "'done' is not one of"),
        ("(%s) with \"residual_risks\" (a risk key)" % cat, changed(result, (("residual_risks",), [])),
         "('residual_risks' was unexpected)"),
        ("(%s) with a fingerprint in upper case" % cat,
         changed(result, (("fingerprint",), result["fingerprint"].upper() + "X")), "does not match '^[0-9a-f]{16}$'"),
    ], "result")
    check_differential(assessments, results, command, {cat}, [sample_path], scratch, count, exact=False,
                       kinds=kinds, label="home_office",
                       extra_keys=[cat + "/manager/1", cat + "/manager/4", cat + "/staff/3", cat + "/boss/1",
                                   cat + "/1.1", "wifi_at_home", "example-home-office"])


def check_sarif(root, cli):
    """Item 8: every SARIF log the CLI writes for the bundled files is valid."""
    schema = load(os.path.join(root, "tests", "schema", "vendor", "sarif", "sarif-schema-2.1.0.json"))
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    if validator.is_valid({"runs": []}):
        fail("the SARIF schema accepts a log without \"version\": it checks nothing")
    folders = [os.path.join(root, *parts) for parts in (("examples", "assessments"), ("tests", "data", "telework"),
                                                          ("tests", "cli", "data"), ("tests", "data", "hostile"))]
    count = 0
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if not name.endswith(".json") or name == "not-json.json" or name == "unknown-question.json":
                continue
            out = subprocess.run([cli, "rate", "--format", "sarif", path], capture_output=True)
            if out.returncode != 0:
                fail("%s: rate --format sarif exited %d: %s" % (path, out.returncode, out.stderr.decode()))
                continue
            log = json.loads(out.stdout)
            for e in errors_of(validator, log):
                fail("%s: SARIF %s: %s" % (name, "/".join(str(p) for p in e.absolute_path), e.message))
            count += 1
    if count == 0:
        fail("no SARIF log checked")
    print("%d SARIF logs checked" % count)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="repository root")
    parser.add_argument("--dump-results", help="the teleworksec_dump_results program")
    parser.add_argument("--cli", help="the teleworksec CLI (checked with rate --format json)")
    parser.add_argument("--custom-cli", help="the home_office command of examples/custom_catalog/")
    parser.add_argument("--custom-only", action="store_true",
                        help="only the checks of the custom catalog (exit 77, a skip, without --custom-cli)")
    parser.add_argument("--sarif-cli", help="the teleworksec CLI (checked with rate --format sarif)")
    parser.add_argument("--sarif-only", action="store_true", help="only the SARIF check (item 8)")
    parser.add_argument("--mutants", type=int, default=400,
                        help="mutated documents judged by both the reader and the schema")
    args = parser.parse_args()
    if args.custom_only and not args.custom_cli:
        print("skipped: no --custom-cli (the home_office command of examples/custom_catalog/ is not built)")
        return 77
    for program in (args.dump_results, args.cli, args.custom_cli, args.sarif_cli):
        if program and not os.access(program, os.X_OK):
            print("FAIL: %s is not an executable; build it first" % program)
            return 1

    if args.sarif_only:
        if not args.sarif_cli:
            print("skipped: no --sarif-cli (the teleworksec CLI is not built)")
            return 77
        check_sarif(args.root, args.sarif_cli)
        print("%d failed" % len(failures) if failures else "all SARIF checks passed")
        return 1 if failures else 0

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
    kinds = kind_validators(result_schema)

    if args.custom_only:
        with tempfile.TemporaryDirectory(prefix="teleworksec-schema-") as scratch:
            check_custom(assessments, results, kinds, args.root, args.custom_cli, scratch, args.mutants)
        print("%d failed" % len(failures) if failures else "all schema checks of the custom catalog passed")
        return 1 if failures else 0

    check_id_lists(assessment_schema, result_schema, args.root)
    samples = check_samples(assessments, args.root)
    check_bad_corpus(assessments, args.root)
    check_generic_assessments(assessments, args.root)

    with tempfile.TemporaryDirectory(prefix="teleworksec-schema-") as scratch:
        edge = []
        for name, document in EDGE_CASES.items():
            path = os.path.join(scratch, name)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(document, f)
            if not assessments.is_valid(document):
                fail("edge case %s is not valid against the assessment schema" % name)
            edge.append(path)
        rated = samples + telework_samples(assessments, args.root) + edge
        shipped_results = {}
        if args.dump_results:
            shipped_results = check_results(results, [args.dump_results], rated, "dump_results", kinds)
            check_differential(assessments, results, [args.dump_results], set(SHIPPED), samples + edge, scratch,
                               args.mutants, kinds=kinds, label="dump_results")
        if args.cli:
            shipped_results = check_results(results, [args.cli, "rate", "--format", "json"], rated,
                                            "teleworksec rate", kinds)
        if shipped_results:
            check_generic_results(results, kinds, shipped_results)
        else:
            print("note: no --dump-results or --cli given; result schema checked on nothing")
        if args.custom_cli:
            check_custom(assessments, results, kinds, args.root, args.custom_cli, scratch, args.mutants)

    print("%d failed" % len(failures) if failures else "all schema checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
