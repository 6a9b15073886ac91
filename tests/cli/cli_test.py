#!/usr/bin/env python3
"""End-to-end tests of the teleworksec CLI (examples/cli).

Usage: cli_test.py --list          print the case names (one ctest test each)
       cli_test.py TELEWORKSEC CASE run one case against the binary TELEWORKSEC

Inputs are the files of tests/cli/data/ (hand-made, levels derived below);
the bundled samples of examples/assessments/ are rated too, without relying on
their content. Every case runs in a fresh temporary directory.
"""

import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "data"
ROOT = HERE.parent.parent
CATALOGS = ("coworking-v2", "certification-v2")
COMMANDS = ("rate", "gaps", "template", "ask", "rules", "diff")

# The level each data file reaches (SPEC §4):
# - four-stars: every question yes, every check passed -> audit A, diagnosis A -> ★★★★.
# - one-gap: four-stars with 1.1.1 "no" -> audit item 1 (basic, ●) partial, so no
#   column is met and no basic governance measure is noncompliant -> audit D -> 0.
# - mixed: audit policy; advanced 3.8 partial (3.8.1 no), 6.2 partial (yes without
#   evidence), 6.3 set partial by the inspector, 2.6 excluded (na) -> every ★★ mark
#   met, not every ★★★ -> audit B; vuln/29 has a medium finding -> diagnosis C
#   -> ★★ (★★★ needs diagnosis A-B).
# - checklist-only: coworking-v2, 1.1.3 "no" and most questions unanswered -> 1.1
#   partial, 1.2-1.5 noncompliant -> audit E -> 0, indicative.
LEVELS = {"four-stars.json": 4, "one-gap.json": 0, "mixed.json": 2, "checklist-only.json": 0}

EXE = ""
WORK = pathlib.Path(".")
CASES = {}


class Failure(Exception):
    pass


def case(f):
    CASES[f.__name__] = f
    return f


def check(condition, message):
    if not condition:
        raise Failure(message)


def run(*args, stdin=b"", expect=0):
    """Runs the CLI; returns (stdout, stderr) as text after checking the exit status."""
    p = subprocess.run([EXE, *map(str, args)], input=stdin, capture_output=True, cwd=WORK,
                       timeout=120)
    out = p.stdout.decode("utf-8")  # the output must be valid UTF-8
    # Messages quote what the JSON parser last read, which may be any bytes.
    err = p.stderr.decode("utf-8", errors="backslashreplace")
    if p.returncode != expect:
        raise Failure(f"teleworksec {' '.join(map(str, args))}: exit {p.returncode}, expected "
                      f"{expect}\n--- stdout\n{out[-2000:]}\n--- stderr\n{err[-2000:]}")
    return out, err


def data(name):
    return DATA / name


def hints(catalog="certification-v2"):
    out, _ = run("template", catalog, "--hints")
    return json.loads(out)["hints"]


def result_schema():
    """The result JSON Schema and a validator, when both are there."""
    path = ROOT / "examples" / "schemas" / "result-v1.schema.json"
    try:
        import jsonschema
    except ImportError:
        return None
    if not path.exists():
        return None
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def samples():
    folder = ROOT / "examples" / "assessments"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


# --- help and version -------------------------------------------------------

@case
def help():
    out, _ = run("--help")
    for command in COMMANDS:
        check(re.search(rf"^  {command} ", out, re.M), f"--help lists no {command}")
    check(run("help")[0] == out, "help differs from --help")
    for command in COMMANDS:
        text, _ = run(command, "--help")
        check(text.startswith(f"Usage: teleworksec {command} "), f"{command} --help: {text[:80]}")
        check("--help" in text, f"{command} --help does not list --help")
        check(run("help", command)[0] == text, f"help {command} differs from {command} --help")
    _, err = run(expect=2)
    check("no command" in err and "--help" in err, f"no command: {err}")


@case
def version():
    out, _ = run("--version")
    lines = out.splitlines()
    check(re.fullmatch(r"teleworksec \d+\.\d+\.\d+", lines[0]), f"first line: {lines[0]}")
    printed = dict(re.findall(r"^(\S+)\s+fingerprint ([0-9a-f]{16})$", out, re.M))
    check(set(printed) == set(CATALOGS), f"fingerprints of {sorted(printed)}")
    for name in ("four-stars.json", "checklist-only.json"):
        result = json.loads(run("rate", data(name), "--format", "json")[0])
        check(printed[result["catalog"]] == result["fingerprint"],
              f"{result['catalog']}: --version {printed[result['catalog']]}, rate "
              f"{result['fingerprint']}")


# --- rate ---------------------------------------------------------------------

@case
def rate_text():
    out, _ = run("rate", data("four-stars.json"))
    for text in ("Test Space Four Stars", "certification-v2", "Audit grade:      A",
                 "★★★★ Trusted", "Nothing blocks"):
        check(text in out, f"four-stars: no {text!r} in\n{out}")
    out, _ = run("rate", data("mixed.json"))
    for text in ("★★ Reassuring", "Audit grade:      B", "Diagnosis grade:  C",
                 "audit (a yes needs evidence)", "1 applicable question unanswered",
                 "coworking-v2/2.6.1  no biometric readers planned", "inspector T. Test",
                 "certification-v2/vuln/29 Managed or rogue access points", "What blocks ★★★ Safe",
                 "1 Governance (security policy, training)", "2026-11-20"):
        check(text in out, f"mixed: no {text!r} in\n{out}")
    out, _ = run("rate", data("checklist-only.json"))
    for text in ("no diagnosis — level is indicative", "Not certifiable (indicative: no diagnosis)",
                 "(not dated)"):
        check(text in out, f"checklist-only: no {text!r} in\n{out}")


@case
def rate_japanese():
    out, _ = run("rate", data("mixed.json"), "--lang", "ja")
    for text in ("認証レベル", "★★ 安心", "一部適合", "管理体制(セキュリティポリシー・トレーニング等)",
                 "対象外（na）とした質問", "★★★ 安全 に必要なこと", "アクセスポイントの調査"):
        check(text in out, f"no {text!r} in\n{out}")
    out, _ = run("rate", data("one-gap.json"), "--lang", "ja")
    check("認証不可" in out and "セキュリティポリシーの策定" in out, out)


@case
def rate_markdown():
    out, _ = run("rate", data("mixed.json"), "--format", "markdown")
    check(out.startswith("# Security rating: テストスペース (Test Space Mixed)\n"), out[:100])
    for text in ("- **Level:** ★★ Reassuring", "## Audit by category", "| category | status |",
                 "| 1 Governance (security policy, training) | compliant |",
                 "| coworking-v2/2.6.1 | no biometric readers planned |"):
        check(text in out, f"no {text!r} in\n{out}")


@case
def rate_json():
    validator = result_schema()
    inputs = [data(n) for n in LEVELS] + samples()
    for path in inputs:
        first, _ = run("rate", path, "--format", "json")
        second, _ = run("rate", path, "--format", "json")
        check(first == second, f"{path.name}: two runs differ")
        result = json.loads(first)
        check(result["schema"] == "teleworksec/result/v1", f"{path.name}: {result['schema']}")
        if path.name in LEVELS and path.parent == DATA:
            check(result["level"]["stars"] == LEVELS[path.name],
                  f"{path.name}: level {result['level']['stars']}, expected {LEVELS[path.name]}")
        if validator is not None:
            errors = [e.message for e in validator.iter_errors(result)]
            check(not errors, f"{path.name}: not a valid result: {errors[:3]}")
        piped, _ = run("rate", "-", "--format", "json", stdin=path.read_bytes())
        check(piped == first, f"{path.name}: rate - differs from rate FILE")


@case
def rate_require():
    run("rate", data("four-stars.json"), "--require", "4")
    run("rate", data("four-stars.json"), "--require", "★★★★")
    _, err = run("rate", data("one-gap.json"), "--require", "4", expect=1)
    check("below the required ★★★★ Trusted" in err, err)
    out, _ = run("rate", data("one-gap.json"), "--require", "2", "--format", "json", expect=1)
    json.loads(out)  # the result is printed all the same
    run("rate", data("mixed.json"), "--require", "★★")
    run("rate", data("mixed.json"), "--require=3", expect=1)
    for bad in ("5", "1", "★", "three"):
        _, err = run("rate", data("mixed.json"), "--require", bad, expect=2)
        check("--require" in err, err)


@case
def rate_date():
    out, _ = run("rate", data("mixed.json"), "--date", "2027-01-31")
    check("2027-01-31" in out and "2026-11-20" not in out, out)
    result = json.loads(run("rate", data("checklist-only.json"), "--date", "2028-02-29",
                            "--format", "json")[0])
    check(result["date"] == "2028-02-29", result["date"])
    for bad in ("2027-02-30", "27-01-01", "today"):
        _, err = run("rate", data("mixed.json"), "--date", bad, expect=2)
        check("--date" in err, err)


@case
def bad_input():
    def fails(*args, message=None, starts=None, stdin=b""):
        out, err = run(*args, stdin=stdin, expect=2)
        check(out == "", f"{args}: printed {out[:200]!r}")
        if message is not None:
            check(err == message + "\n", f"{args}: {err!r}, expected {message!r}")
        if starts is not None:
            check(err.startswith(starts), f"{args}: {err!r}, expected {starts!r}…")
        return err

    fails("rate", "missing.json", message="missing.json: cannot open: No such file or directory")
    fails("gaps", "missing.json", message="missing.json: cannot open: No such file or directory")
    fails("rate", ".", message=".: cannot read: Is a directory")
    fails("rate", "-", message="<stdin>: empty; expected a JSON object")
    path = data("unknown-question.json")
    fails("rate", path, message=f'{path}: $["answers"]["coworking-v2/9.9.9"]: unknown question ID '
                                 '"coworking-v2/9.9.9"; expected coworking-v2/<category>.<measure>.<n> '
                                 'of catalog certification-v2')
    fails("rate", data("not-json.json"), starts=f"{data('not-json.json')}: $")
    fails("rate", "-", stdin=b"\xff\xfe{}", starts="<stdin>: ")
    fails("rate", "-", stdin=b"[" * 100000, starts="<stdin>: ")
    # Usage errors: a message and a pointer to --help.
    for args in (("frobnicate",), ("rate",), ("rate", "a.json", "b.json"), ("rate", "--bogus", "x"),
                 ("rate", data("mixed.json"), "--format", "xml"),
                 ("rate", data("mixed.json"), "--lang", "fr"), ("rate", data("mixed.json"), "--lang"),
                 ("template", "nist-800-53"), ("rules", "coworking-v3"), ("ask", "unknown"),
                 ("diff", data("mixed.json")), ("template", "coworking-v2", "--hints=yes")):
        err = fails(*args, starts="teleworksec: ")
        check("--help" in err, f"{args}: {err}")
    # The bad-input corpus, when there is one: every file is refused, none crashes.
    corpus = ROOT / "tests" / "data" / "bad"
    for bad in sorted(corpus.glob("*.json")) if corpus.is_dir() else []:
        err = fails("rate", bad)
        check(err.startswith(str(bad) + ": "), f"{bad.name}: {err[:200]}")


# --- gaps ---------------------------------------------------------------------

@case
def gaps():
    question = hints()["questions"]["coworking-v2/1.1.1"]["ja"]
    out, _ = run("gaps", data("one-gap.json"))
    for text in ("What blocks ★★ Reassuring", "1 Governance (security policy, training)",
                 "certification-v2/audit/1 Security policy", "coworking-v2/1.1.1", question,
                 "audit grade"):
        check(text in out, f"no {text!r} in\n{out}")
    out, _ = run("gaps", data("one-gap.json"), "--lang", "ja")
    for text in ("★★ 安心 に必要なこと", "セキュリティポリシーの策定", question, "いいえ"):
        check(text in out, f"no {text!r} in\n{out}")
    out, _ = run("gaps", data("mixed.json"))
    for text in ("certification-v2/vuln/29 Managed or rogue access points", "grade C",
                 "certification-v2/vuln/17 Apache Expect header XSS", "not performed",
                 "diagnosis grade"):
        check(text in out, f"no {text!r} in\n{out}")
    check("Nothing blocks" in run("gaps", data("four-stars.json"))[0], "four-stars has gaps")
    out, _ = run("gaps", data("checklist-only.json"), "--format", "markdown")
    check(out.startswith("# What blocks the next level\n") and "coworking-v2 has no diagnosis" in out,
          out[:300])
    for name in LEVELS:
        gaps_json = json.loads(run("gaps", data(name), "--format", "json")[0])
        result = json.loads(run("rate", data(name), "--format", "json")[0])
        check(gaps_json == result["gaps"], f"{name}: gaps --format json is not the result's gaps")


# --- template -----------------------------------------------------------------

@case
def template():
    for catalog in CATALOGS:
        out, _ = run("template", catalog)
        doc = json.loads(out)
        check(doc["catalog"] == catalog and doc["answers"] == {}, f"{catalog}: {out[:300]}")
        facts = doc["facility"]["facts"]
        check(len(facts) == 16 and all(v is True for v in facts.values()), f"{catalog}: facts {facts}")
        check(("diagnosis" in doc) == (catalog == "certification-v2"), f"{catalog}: diagnosis")
        (WORK / "t.json").write_text(out, encoding="utf-8")
        rated = json.loads(run("rate", "t.json", "--format", "json")[0])
        check(rated["unanswered"] == 56 and rated["provisional"], f"{catalog}: {rated['unanswered']}")
        text, _ = run("rate", "t.json")
        check("56 applicable questions unanswered" in text, text)

        with_hints = json.loads(run("template", catalog, "--hints")[0])
        h = with_hints.pop("hints")
        check(with_hints == doc, f"{catalog}: --hints changes the assessment itself")
        check(len(h["questions"]) == 56 and len(h["facts"]) == 16, f"{catalog}: hints")
        check(("checks" in h) == (catalog == "certification-v2"), f"{catalog}: check hints")
        q = h["questions"]["coworking-v2/3.4.3"]
        check(q["condition"] == ["wifi", "shared_wifi_passphrase"] and q["ja"] and q["evidence"],
              f"3.4.3 hint: {q}")
        (WORK / "h.json").write_text(json.dumps(with_hints | {"hints": h}), encoding="utf-8")
        _, err = run("rate", "h.json", expect=2)
        check('h.json: $["hints"]: unknown key "hints"' in err, err)


# --- ask ----------------------------------------------------------------------

def applicable_questions(false_facts):
    return [qid for qid, q in hints()["questions"].items()
            if not any(f in false_facts for f in q["condition"])]


# Facts asked with the answers below: website, registration_website, wifi, ... are
# false, which drops the facts that only matter with them (shared_wifi_passphrase,
# mfp_storage_features, rental_pc_free_software, shared_rental_pcs).
SCRIPT_FACTS = [("membership", "y"), ("handles_personal_info", "y"), ("website", "n"),
                ("registration_website", "n"), ("wifi", "n"), ("multiple_aps_or_wired", "n"),
                ("network_printers", "n"), ("network_ops_outsourced", "n"),
                ("connected_devices", "N"), ("mfp", "no"), ("rental_pcs", "n"),
                ("web_meetings", "skip")]
SCRIPT_QUESTIONS = [
    "y",                      # 1.1.1 yes
    "n",                      # 1.1.2 no ...
    "back",                   # ... back to 1.1.2
    "yes",                    # 1.1.2 yes after all
    "na", "", "no members-only area",  # 1.1.3 na: an empty reason is asked again
    "skip",                   # 1.2.1 unanswered
    "maybe", "n",             # 1.2.2: an invalid answer is asked again
    "y",                      # 1.3.1
]
SCRIPT_ANSWERS = {
    "coworking-v2/1.1.1": "yes",
    "coworking-v2/1.1.2": "yes",
    "coworking-v2/1.1.3": {"answer": "na", "reason": "no members-only area"},
    "coworking-v2/1.2.2": "no",
    "coworking-v2/1.3.1": "yes",
}


def script(*lines):
    return ("\n".join(lines) + "\n").encode("utf-8")


@case
def ask_scripted():
    facts = [answer for _, answer in SCRIPT_FACTS]
    out, _ = run("ask", "certification-v2", "--out", "mine.json",
                 stdin=script("Scripted Space", *facts, *SCRIPT_QUESTIONS))
    doc = json.loads((WORK / "mine.json").read_text(encoding="utf-8"))
    check(doc["answers"] == SCRIPT_ANSWERS, f"answers: {doc['answers']}")
    check(doc["facility"]["name"] == "Scripted Space", doc["facility"])
    expected_facts = {name: answer.lower().startswith("y") for name, answer in SCRIPT_FACTS
                      if answer != "skip"}
    check(doc["facility"]["facts"] == expected_facts, f"facts: {doc['facility']['facts']}")
    false_facts = {name for name, value in expected_facts.items() if not value}
    n = len(applicable_questions(false_facts))
    for k in (1, 2, 3, 4, 5, 6):
        check(f"question {k} of {n} · " in out, f"no 'question {k} of {n}' in\n{out[-3000:]}")
    check("fact 1 of 16 · membership" in out, out[:2000])
    check("shared_wifi_passphrase" not in out, "asked for a fact that no longer matters")
    check("== 1 Governance (security policy, training) ==" in out, out[:3000])
    check("Input ended. Saved 5 answers to mine.json." in out, out[-500:])
    result = json.loads(run("rate", "mine.json", "--format", "json")[0])
    check(result["excluded"] == [{"id": "coworking-v2/1.1.3", "reason": "no members-only area"}],
          result["excluded"])

    # Again on the same file: Enter keeps each answer, new ones are added.
    keep = [""] * (1 + len(SCRIPT_FACTS) - 1)  # name and every stated fact
    out, _ = run("ask", "certification-v2", "--out", "mine.json", "--lang", "ja",
                 stdin=script(*keep, "skip", "", "", "", "y", "quit"))
    again = json.loads((WORK / "mine.json").read_text(encoding="utf-8"))
    check(again["answers"] == SCRIPT_ANSWERS | {"coworking-v2/1.2.1": "yes"},
          f"continued: {again['answers']}")
    check(again["facility"] == doc["facility"], f"continued: {again['facility']}")
    check("続きから入力します" in out and "質問 4 / " in out, out[:3000])


@case
def ask_complete():
    n = 56
    out, _ = run("ask", "coworking-v2", stdin=script("Everything Space", *["y"] * 16, *["y"] * n))
    check("All done. Saved 56 answers to assessment.json." in out, out[-500:])
    check(f"question {n} of {n} · coworking-v2/6.3.1" in out, out[-2000:])
    result = json.loads(run("rate", "assessment.json", "--format", "json")[0])
    check(result["audit"]["grade"] == "A" and result["level"]["stars"] == 4 and
          result["level"]["indicative"], f"{result['audit']['grade']} {result['level']}")


@case
def ask_interrupted():
    p = subprocess.Popen([EXE, "ask", "certification-v2", "--out", "partial.json"], cwd=WORK,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdin.write(script("Interrupted Space", *["y"] * 16, "y", "n"))
    p.stdin.flush()
    seen = b""
    deadline = time.monotonic() + 60
    while b"question 3 of" not in seen:  # waiting for the third answer
        check(time.monotonic() < deadline and p.poll() is None, f"no third question: {seen[-500:]}")
        seen += os.read(p.stdout.fileno(), 65536)
    # Standard input stays open: only the signal can end the questionnaire.
    for _ in range(3):
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        try:
            p.wait(timeout=20)
            break
        except subprocess.TimeoutExpired:
            pass  # the signal came just before the read: send it again
    else:
        p.kill()
    out, err = p.stdout.read(), p.stderr.read()
    p.stdin.close()
    check(p.returncode == 130, f"exit {p.returncode}: {err.decode()}")
    check(b"Interrupted. Saved 2 answers to partial.json." in out, out[-500:])
    doc = json.loads((WORK / "partial.json").read_text(encoding="utf-8"))
    check(doc["answers"] == {"coworking-v2/1.1.1": "yes", "coworking-v2/1.1.2": "no"},
          doc["answers"])


# --- rules --------------------------------------------------------------------

def readme_tables():
    """The three rule tables of README.md: the table lines after each heading."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    tables = {}
    for heading in ("### 認証レベル", "### 情報セキュリティ監査 評価一覧", "### 脆弱性診断 評価一覧"):
        check(heading + "\n" in text, f"README.md has no {heading}")
        after = text.split(heading + "\n", 1)[1].lstrip("\n").splitlines()
        lines = []
        for line in after:
            if not line.startswith("|"):
                break
            lines.append(line)
        check(len(lines) > 2, f"README.md: no table under {heading}")
        tables[heading] = "\n".join(lines) + "\n"
    return tables


@case
def rules_markdown():
    out, _ = run("rules", "certification-v2", "--format", "markdown")
    check(run("rules", "certification-v2")[0] == out, "markdown is not the default")
    for heading, table in readme_tables().items():
        check(heading + "\n\n" + table in out, f"rules output lacks the README table {heading}:\n{table}")
    out, _ = run("rules", "coworking-v2")
    for text in ("| coworking-v2/3.4 | basic | 無線 LAN アクセスポイントのパスフレーズの設定と管理 | "
                 "Wi-Fi passphrase management | 3 |", "| `wifi` | ", "### 情報セキュリティ監査 評価一覧"):
        check(text in out, f"coworking-v2 rules: no {text!r}")
    check("### 脆弱性診断 評価一覧" not in out, "coworking-v2 rules print the diagnosis table")


@case
def rules_json():
    versions = dict(re.findall(r"^(\S+)\s+fingerprint ([0-9a-f]{16})$", run("--version")[0], re.M))
    for catalog in CATALOGS:
        first, _ = run("rules", catalog, "--format", "json")
        check(first == run("rules", catalog, "--format", "json")[0], f"{catalog}: runs differ")
        rules = json.loads(first)
        check(rules["catalog"] == catalog and rules["fingerprint"] == versions[catalog], catalog)
        check(len(rules["audit_items"]) == 32 and len(rules["levels"]) == 4, catalog)
        item = rules["audit_items"][15]
        check(item["no"] == 16 and item["marks"] == {"★": "●", "★★": "●", "★★★": "●"}, item)
        if catalog == "certification-v2":
            check(len(rules["checks"]) == 32 and "measures" not in rules, catalog)
            check(rules["checks"][30]["id"] == "certification-v2/vuln/31", rules["checks"][30])
        else:
            check("checks" not in rules and len(rules["measures"]) == 32, catalog)
            check(sum(m["question_count"] for m in rules["measures"]) == 56, catalog)


# --- diff ---------------------------------------------------------------------

@case
def diff():
    out, _ = run("diff", data("one-gap.json"), data("four-stars.json"))
    for text in ("Answers", "coworking-v2/1.1.1 Security policy", "no", "yes",
                 "certification-v2/audit/1 Security policy", "partial", "compliant",
                 "audit grade", "Not certifiable", "★★★★ Trusted"):
        check(text in out, f"no {text!r} in\n{out}")
    check(re.search(r"coworking-v2/1\.1\.1 Security policy +no +→ +yes", out), out)
    check(re.search(r"level +Not certifiable +→ +★★★★ Trusted", out), out)
    changes = json.loads(run("diff", data("one-gap.json"), data("four-stars.json"),
                             "--format", "json")[0])["changes"]
    check(changes["answers"] == [{"id": "coworking-v2/1.1.1", "from": "no", "to": "yes"}],
          changes["answers"])
    check(changes["audit_items"] == [{"id": "certification-v2/audit/1", "from": "partial",
                                      "to": "compliant"}], changes["audit_items"])
    levels = {c["id"]: (c["from"], c["to"]) for c in changes["rating"]}
    check(levels["level"] == ({"stars": 0, "indicative": False}, {"stars": 4, "indicative": False})
          and levels["audit_grade"] == ("D", "A"), levels)
    check(changes["facts"] == [] and changes["diagnosis"] == [], changes)
    out, _ = run("diff", data("mixed.json"), data("mixed.json"), "--lang", "ja")
    check("違いはありません" in out, out)
    out, _ = run("diff", data("mixed.json"), data("four-stars.json"))
    check(re.search(r"certification-v2/vuln/29 Managed or rogue access points +findings \(medium\) +→ "
                    r"+passed", out), out)
    check(re.search(r"mfp has a multifunction printer +false +→ +unstated \(true\)", out), out)
    _, err = run("diff", data("mixed.json"), data("checklist-only.json"), expect=2)
    check(err.startswith(f'{data("checklist-only.json")}: $["catalog"]: catalog "coworking-v2" differs'),
          err)


def main(argv):
    global EXE, WORK
    if argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return 0
    if len(argv) != 3 or argv[2] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    EXE = str(pathlib.Path(argv[1]).resolve())
    with tempfile.TemporaryDirectory(prefix="teleworksec-cli-") as work:
        WORK = pathlib.Path(work)
        try:
            CASES[argv[2]]()
        except Failure as e:
            print(f"FAIL {argv[2]}: {e}", file=sys.stderr)
            return 1
    print(f"ok {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
