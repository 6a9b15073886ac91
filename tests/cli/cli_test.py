#!/usr/bin/env python3
"""End-to-end tests of the teleworksec CLI (examples/cli).

Usage: cli_test.py --list          print the case names (one ctest test each)
       cli_test.py TELEWORKSEC CASE run one case against the binary TELEWORKSEC
       cli_test.py --list-two       the cases of tests/cli/two_catalogs.cpp's binary

Inputs are the files of tests/cli/data/ (hand-made, levels derived below);
the bundled samples of examples/assessments/ are rated too, without relying on
their content. Every case runs in a fresh temporary directory.
"""

import datetime
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
TELEWORK = ROOT / "tests" / "data" / "telework"
TELEWORK_CATALOGS = ("mic-telework-v4", "csaj-home-2018", "coworking-user")
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
TWO_CASES = {}  # run against the CLI built over mic-telework-v4 and coworking-user only


class Failure(Exception):
    pass


def case(f):
    CASES[f.__name__] = f
    return f


def two_catalogs_case(f):
    TWO_CASES[f.__name__] = f
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


def tw(name):
    """A small assessment of a telework catalog (tests/data/telework/)."""
    return TELEWORK / name


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
    check(set(printed) == set(CATALOGS + TELEWORK_CATALOGS), f"fingerprints of {sorted(printed)}")
    for path in (data("four-stars.json"), data("checklist-only.json"), tw("mic-basic.json"),
                 tw("csaj-plan.json"), tw("cu-residual.json")):
        result = json.loads(run("rate", path, "--format", "json")[0])
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
    for text in ("no diagnosis — level is indicative", "Not certifiable (indicative: no diagnosis)"):
        check(text in out, f"checklist-only: no {text!r} in\n{out}")
    # Undated: rated on today's date (UTC), which the report and result record.
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    check(today in out, f"checklist-only: no {today} in\n{out}")
    result = json.loads(run("rate", data("checklist-only.json"), "--format", "json")[0])
    check(result["date"] == today, result["date"])


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
def rate_expired_exclusion():
    # expiring.json: 2.6.1 na until 2026-12-01 (approved by K. Sato), 3.4.3 na
    # until 2027-06-30, measure 3.8 overridden partial until 2026-12-31, only
    # 1.1.1 answered yes otherwise. On 2026-12-01 both na hold; 2.6.1 and the
    # override expire within 30 days (3.4.3 is 211 days away): 53 of the 56
    # questions (every fact true) unanswered (56 - 1 yes - 2 na). On 2026-12-02
    # 2.6.1 no longer applies: 54 unanswered, and it is listed as expired.
    def rate_json(date):
        return json.loads(run("rate", data("expiring.json"), "--date", date, "--format", "json")[0])
    last_day = rate_json("2026-12-01")
    check(last_day["unanswered"] == 53, last_day["unanswered"])
    check([e["id"] for e in last_day["excluded"]] == ["coworking-v2/2.6.1", "coworking-v2/3.4.3"],
          last_day["excluded"])
    check(last_day["exclusions"] == {"expired": [], "expiring": [
        {"approved_by": "K. Sato", "expires": "2026-12-01", "id": "coworking-v2/2.6.1", "kind": "na"},
        {"approved_by": "T. Test", "expires": "2026-12-31", "id": "coworking-v2/3.8",
         "kind": "override"}]}, last_day["exclusions"])
    check(last_day["audit"]["items"]["coworking-v2/3.8"]["set_by_inspector"], "override holds")
    day_after = rate_json("2026-12-02")
    check(day_after["unanswered"] == 54, day_after["unanswered"])
    check([e["id"] for e in day_after["excluded"]] == ["coworking-v2/3.4.3"], day_after["excluded"])
    check([e["id"] for e in day_after["exclusions"]["expired"]] == ["coworking-v2/2.6.1"],
          day_after["exclusions"])
    # 2027-01-01: the override is withdrawn too, and 3.8 is derived again.
    later = rate_json("2027-01-01")
    check(not later["audit"]["items"]["coworking-v2/3.8"]["set_by_inspector"], "override expired")
    out, _ = run("rate", data("expiring.json"), "--date", "2026-12-02")
    for text in ("Expired exclusions", "coworking-v2/2.6.1", "K. Sato",
                 "Exclusions expiring within 30 days", "2026-12-31"):
        check(text in out, f"expiring: no {text!r} in\n{out}")
    out, _ = run("rate", data("expiring.json"), "--date", "2026-12-02", "--lang", "ja")
    check("期限切れの除外" in out, out)


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
    fails("gaps", ".", message=".: cannot read: Is a directory")
    # rate takes directories (batch): one without assessments is an error line, exit 2.
    empty = tempfile.mkdtemp()
    out, err = run("rate", empty, expect=2)
    check(json.loads(out) == {"error": f"{empty}: no *.json file in the directory; expected "
                                       "assessment files", "file": empty}, f"rate EMPTY_DIR: {out!r}")
    os.rmdir(empty)
    fails("rate", "-", message="<stdin>: empty; expected a JSON object")
    path = data("unknown-question.json")
    fails("rate", path, message=f'{path}: $["answers"]["coworking-v2/9.9.9"]: unknown question ID '
                                 '"coworking-v2/9.9.9"; expected coworking-v2/<category>.<measure>.<n> '
                                 'of catalog certification-v2')
    fails("rate", data("not-json.json"), starts=f"{data('not-json.json')}: $")
    fails("rate", "-", stdin=b"\xff\xfe{}", starts="<stdin>: ")
    fails("rate", "-", stdin=b"[" * 100000, starts="<stdin>: ")
    # Usage errors: a message and a pointer to --help.
    for args in (("frobnicate",), ("rate",), ("gaps", "a.json", "b.json"), ("rate", "--bogus", "x"),
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


def rules_json_of(catalogs):
    """`rules CATALOG --format json` for each catalog, checked to be the same on
    two runs and to name the catalog with the fingerprint --version gives it."""
    versions = dict(re.findall(r"^(\S+)\s+fingerprint ([0-9a-f]{16})$", run("--version")[0], re.M))
    for catalog in catalogs:
        first, _ = run("rules", catalog, "--format", "json")
        check(first == run("rules", catalog, "--format", "json")[0], f"{catalog}: runs differ")
        rules = json.loads(first)
        check(rules["catalog"] == catalog and rules["fingerprint"] == versions[catalog], catalog)
        yield catalog, rules


@case
def rules_json():
    for catalog, rules in rules_json_of(CATALOGS):
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


# --- telework catalogs (mic-telework-v4, csaj-home-2018, coworking-user) ------
#
# tests/data/telework/, results derived by hand (SPEC §5):
# - mic-basic: patterns ① only, no BYOD -> worker/11 (【対象】⑥) and admin/9 (BYOD
#   only) do not apply; every applicable item yes but admin/1 (recommended only)
#   no and worker/19 na -> group 1 basic, the others recommended -> level basic.
# - mic-gap: mic-basic with executive/1 (basic) no and worker/20 unanswered ->
#   group 1 basic_unmet -> level basic_unmet, provisional.
# - csaj-plan (date 2026-11-26): every statement implemented but 10.1.1 (SHALL)
#   planned 2026-10-01 (overdue, critical), 5.1.5.2 (SHOULD) planned 2027-03-31
#   (availability minor, the other three aspects unrated: critical, policy/2),
#   10.3.1 (SHALL) not needed, 10.2.1 (SHALL) undecided -> not conformant
#   (10.1.1, 10.2.1); all three critical, so by deadline, none last: plan
#   10.1.1, 5.1.5.2, 10.2.1.
# - csaj-conformant: 5.1.5.2 planned, 10.3.1 not needed, the rest implemented.
# - cu-residual: every measure yes but 5.1, 5.2 no and 5.3 na -> risk 3.2 (only
#   5.x mitigate it) residual. cu-covered: every measure yes.

TW_FILES = ("mic-basic.json", "mic-gap.json", "csaj-plan.json", "csaj-conformant.json",
            "cu-residual.json", "cu-covered.json")


@case
def telework_rate_text():
    out, _ = run("rate", tw("mic-basic.json"))
    for text in ("Test Telework Basic", "mic-telework-v4", "Basic measures met (basic)",
                 "Weakest groups:          1 Security framework", "remote desktop",
                 "1 Security framework                      basic       ",
                 "  12/13  5/5  3/4  4/4",
                 # Group 3 has only recommended items (admin/12, worker/12 yes;
                 # worker/11 needs pattern ⑥): no basic items, recommended 2/2.
                 "3 Loss and theft of terminals             no basic items; recommended 2/2 "
                 "(recommended)",
                 "Recommended measures not implemented", "mic-telework-v4/admin/1",
                 "mic-telework-v4/worker/19  no SNS at work"):
        check(text in out, f"mic-basic: no {text!r} in\n{out}")
    check("Basic measures not implemented" not in out, out)
    out, _ = run("rate", tw("mic-gap.json"), "--lang", "ja")
    for text in ("基本対策事項が未実施", "未実施の基本対策事項（最初に対応）", "mic-telework-v4/executive/1",
                 "1 件が未回答", "情報セキュリティ保全対策の大枠"):
        check(text in out, f"mic-gap ja: no {text!r} in\n{out}")
    check(out.index("未実施の基本対策事項") < out.index("未実施の推奨対策事項"), "basic gaps not first")
    out, _ = run("rate", tw("csaj-plan.json"))
    for text in ("Conformant:   no — 2 SHALL statements open", "Overdue:      1",
                 "1 statement undecided", "Plan (by impact, then deadline)", "2026-10-01 OVERDUE",
                 "Tailored out (not needed)", "tailored out for the test", "SHALL   62/64  1"):
        check(text in out, f"csaj-plan: no {text!r} in\n{out}")
    plan = [line for line in out.splitlines() if re.match(r"  \d  csaj-home-2018/", line)]
    check([l.split()[1] for l in plan] == ["csaj-home-2018/10.1.1", "csaj-home-2018/5.1.5.2",
                                           "csaj-home-2018/10.2.1"], f"plan order:\n{out}")
    out, _ = run("rate", tw("csaj-plan.json"), "--format", "markdown", "--lang", "ja")
    for text in ("# 在宅勤務セキュリティポリシー：Test Home Office", "- **適合:** いいえ",
                 "| 1 | csaj-home-2018/10.1.1 | 遵守事項 | 極めて重大 | 実施予定 | 2026-10-01 期限切れ |"):
        check(text in out, f"csaj-plan markdown ja: no {text!r} in\n{out}")
    out, _ = run("rate", tw("cu-residual.json"))
    for text in ("Measures implemented:  16/18", "Residual risks:        1 / 10",
                 "5 Business continuity      0/2",
                 "coworking-user/risk/3.2 Disaster, fire or power cut stops the work  5.1, 5.2",
                 "coworking-user/5.3  no office to fall back on yet"):
        check(text in out, f"cu-residual: no {text!r} in\n{out}")
    out, _ = run("rate", tw("cu-covered.json"), "--lang", "ja", "--format", "markdown")
    check("ありません。すべてのリスクに実施済みの対策があります。" in out, out)


@case
def telework_rate_json():
    expected = {"mic-basic.json": ("level", "code", "basic"),
                "mic-gap.json": ("level", "code", "basic_unmet")}
    for name in TW_FILES:
        first, _ = run("rate", tw(name), "--format", "json")
        check(first == run("rate", tw(name), "--format", "json")[0], f"{name}: runs differ")
        piped, _ = run("rate", "-", "--format", "json", stdin=tw(name).read_bytes())
        check(piped == first, f"{name}: rate - differs from rate FILE")
        result = json.loads(first)
        check(result["schema"] == "teleworksec/result/v1", name)
        if name in expected:
            a, b, value = expected[name]
            check(result[a][b] == value, f"{name}: {result[a]}")
    plan = json.loads(run("rate", tw("csaj-plan.json"), "--format", "json")[0])
    check(not plan["conformant"] and [p["id"] for p in plan["plan"]] ==
          ["csaj-home-2018/10.1.1", "csaj-home-2018/5.1.5.2", "csaj-home-2018/10.2.1"], plan["plan"])
    check(json.loads(run("rate", tw("csaj-conformant.json"), "--format", "json")[0])["conformant"],
          "csaj-conformant")
    residual = json.loads(run("rate", tw("cu-residual.json"), "--format", "json")[0])
    check([r["id"] for r in residual["residual_risks"]] == ["coworking-user/risk/3.2"],
          residual["residual_risks"])


@case
def telework_rate_require():
    run("rate", tw("mic-basic.json"), "--require", "basic")
    _, err = run("rate", tw("mic-basic.json"), "--require", "recommended", expect=1)
    check("below the required recommended" in err, err)
    _, err = run("rate", tw("mic-gap.json"), "--require", "basic", expect=1)
    check("level basic_unmet is below the required basic" in err, err)
    run("rate", tw("csaj-conformant.json"), "--require", "conformant")
    out, err = run("rate", tw("csaj-plan.json"), "--require", "conformant", "--format", "json",
                   expect=1)
    json.loads(out)  # the result is printed all the same
    check("not conformant: 2 SHALL statements open" in err, err)
    run("rate", tw("cu-covered.json"), "--require", "no-residual")
    _, err = run("rate", tw("cu-residual.json"), "--require", "no-residual", expect=1)
    check("1 residual risk remains" in err, err)
    for name, bad in (("mic-basic.json", "3"), ("mic-basic.json", "conformant"),
                      ("csaj-plan.json", "basic"), ("cu-residual.json", "★★"),
                      ("cu-residual.json", "none")):
        out, err = run("rate", tw(name), "--require", bad, expect=2)
        check(out == "" and "--require" in err and "--help" in err, f"{name} {bad}: {err}")
    help_text, _ = run("rate", "--help")
    for text in ("basic|recommended", "conformant", "no-residual"):
        check(text in help_text, f"rate --help does not explain --require {text}")


@case
def telework_rate_date():
    out, _ = run("rate", tw("csaj-plan.json"), "--date", "2026-09-01")
    check("Overdue:      0" in out and "OVERDUE" not in out, out)
    out, _ = run("rate", tw("csaj-plan.json"), "--date", "2027-04-01")
    check("Overdue:      2" in out and "2027-03-31 OVERDUE" in out, out)
    result = json.loads(run("rate", tw("cu-residual.json"), "--date", "2028-02-29",
                            "--format", "json")[0])
    check(result["date"] == "2028-02-29", result["date"])


@case
def telework_gaps():
    h = json.loads(run("template", "mic-telework-v4", "--hints")[0])["hints"]["items"]
    out, _ = run("gaps", tw("mic-gap.json"))
    for text in ("What to do next", "mic-telework-v4/executive/1 Telework-aware security policy",
                 h["mic-telework-v4/executive/1"]["ja"], h["mic-telework-v4/worker/20"]["ja"],
                 "unanswered"):
        check(text in out, f"mic gaps: no {text!r} in\n{out}")
    check(out.index("executive/1") < out.index("admin/1"), "basic items not first")
    out, _ = run("gaps", tw("mic-basic.json"), "--lang", "ja")
    check("未実施の推奨対策事項" in out and "未実施の基本対策事項" not in out, out)
    check(json.loads(run("gaps", tw("mic-gap.json"), "--format", "json")[0]) ==
          {"basic": ["mic-telework-v4/executive/1"],
           "recommended": ["mic-telework-v4/admin/1", "mic-telework-v4/worker/20"]}, "mic gaps json")
    s = json.loads(run("template", "csaj-home-2018", "--hints")[0])["hints"]["statements"]
    out, _ = run("gaps", tw("csaj-plan.json"), "--format", "markdown")
    for text in ("# What to do next", "| 1 | csaj-home-2018/10.1.1 ", "2026-10-01 OVERDUE",
                 s["csaj-home-2018/10.1.1"]["ja"]):
        check(text in out, f"csaj gaps: no {text!r} in\n{out}")
    plan = json.loads(run("gaps", tw("csaj-plan.json"), "--format", "json")[0])
    check([p["id"] for p in plan][:1] == ["csaj-home-2018/10.1.1"] and plan[0]["overdue"], plan)
    out, _ = run("gaps", tw("csaj-conformant.json"), "--lang", "ja")
    check("csaj-home-2018/5.1.5.2" in out and "10.1.1" not in out, out)
    out, _ = run("gaps", tw("cu-residual.json"))
    for text in ("Residual risks", "coworking-user/risk/3.2", "Measures that would cover them",
                 "coworking-user/5.1 Priorities and an alternative place to work  not implemented",
                 "coworking-user/5.2 Regular backups"):
        check(text in out, f"cu gaps: no {text!r} in\n{out}")
    check("coworking-user/5.3 " not in out, "an na measure is offered")
    check(out.index("Residual risks\n") < out.index("Measures that would cover them"), out)
    check("None: every risk has an implemented measure." in run("gaps", tw("cu-covered.json"))[0],
          "cu-covered has residual risks")


@case
def telework_template():
    counts = {"mic-telework-v4": ("items", 43), "csaj-home-2018": ("statements", 86),
              "coworking-user": ("measures", 19)}
    for catalog in TELEWORK_CATALOGS:
        out, _ = run("template", catalog)
        doc = json.loads(out)
        check(doc["catalog"] == catalog, out[:300])
        facts = doc["facility"]["facts"]
        if catalog == "mic-telework-v4":
            check(sorted(facts) == ["byod"] + [f"pattern_{n}" for n in range(1, 7)] and
                  all(facts.values()), f"{catalog}: facts {facts}")
        else:
            check(facts == {}, f"{catalog}: facts {facts}")
        if catalog == "csaj-home-2018":
            check(doc["decisions"] == {} and "answers" not in doc, f"{catalog}: {out}")
        else:
            check(doc["answers"] == {} and "decisions" not in doc, f"{catalog}: {out}")
        (WORK / "t.json").write_text(out, encoding="utf-8")
        rated = json.loads(run("rate", "t.json", "--format", "json")[0])
        check(rated["catalog"] == catalog and rated["provisional"], f"{catalog}: {rated}")
        with_hints = json.loads(run("template", catalog, "--hints")[0])
        h = with_hints.pop("hints")
        check(with_hints == doc, f"{catalog}: --hints changes the assessment itself")
        key, n = counts[catalog]
        check(len(h[key]) == n, f"{catalog}: {len(h[key])} {key} hints")
    h = json.loads(run("template", "mic-telework-v4", "--hints")[0])["hints"]
    check(h["facts"]["byod"]["items"] == ["mic-telework-v4/admin/9"], h["facts"]["byod"])
    check(h["items"]["mic-telework-v4/worker/11"]["patterns"] == ["pattern_6"],
          h["items"]["mic-telework-v4/worker/11"])
    h = json.loads(run("template", "coworking-user", "--hints")[0])["hints"]
    check(h["measures"]["coworking-user/5.1"]["mitigates"] == ["coworking-user/risk/3.2"],
          h["measures"]["coworking-user/5.1"])


@case
def telework_ask():
    # mic: the name, 7 facts (only pattern ①, no BYOD), then the 41 applicable items.
    facts = ["y", "n", "n", "n", "n", "n", "n"]
    out, _ = run("ask", "mic-telework-v4", "--out", "mic.json",
                 stdin=script("Asked Co", *facts, "y", "n", "back", "y", "na", "", "not us",
                              "maybe", "skip", "y"))
    doc = json.loads((WORK / "mic.json").read_text(encoding="utf-8"))
    check(doc["facility"] == {"name": "Asked Co", "facts": {
        "pattern_1": True, "pattern_2": False, "pattern_3": False, "pattern_4": False,
        "pattern_5": False, "pattern_6": False, "byod": False}}, doc["facility"])
    check(doc["answers"] == {"mic-telework-v4/executive/1": "yes",
                             "mic-telework-v4/executive/2": "yes",
                             "mic-telework-v4/executive/3": {"answer": "na", "reason": "not us"},
                             "mic-telework-v4/executive/5": "yes"}, doc["answers"])
    check("item 1 of 41 · mic-telework-v4/executive/1" in out and "fact 7 of 7 · byod" in out,
          out[:3000])
    check("== 1 Security framework ==" in out and "worker/11" not in out, out[:3000])
    check("Input ended. Saved 4 answers to mic.json." in out, out[-300:])
    result = json.loads(run("rate", "mic.json", "--format", "json")[0])
    check(result["excluded"] == [{"id": "mic-telework-v4/executive/3", "reason": "not us"}],
          result["excluded"])
    # Again: Enter keeps the name, the facts and the answers.
    out, _ = run("ask", "mic-telework-v4", "--out", "mic.json", "--lang", "ja",
                 stdin=script(*[""] * 8, "", "", "", "skip", "n", "quit"))
    again = json.loads((WORK / "mic.json").read_text(encoding="utf-8"))
    check(again["answers"] == doc["answers"] | {"mic-telework-v4/executive/5": "no"},
          again["answers"])
    check("続きから入力します" in out and "項目 5 / 41" in out, out[:3000])

    # coworking-user: the name, then the 19 measures by group.
    out, _ = run("ask", "coworking-user", "--out", "cu.json",
                 stdin=script("Cowork Co", *["y"] * 16, "n", "n", "na", "no office yet"))
    check("All done. Saved 19 answers to cu.json." in out, out[-300:])
    check("measure 19 of 19 · coworking-user/5.3" in out and "== 5 Business continuity ==" in out,
          out[-3000:])
    result = json.loads(run("rate", "cu.json", "--format", "json")[0])
    check([r["id"] for r in result["residual_risks"]] == ["coworking-user/risk/3.2"], result)

    # csaj: i / p + deadline / n + justification / skip; invalid inputs are asked again.
    out, _ = run("ask", "csaj-home-2018", "--out", "csaj.json",
                 stdin=script("Home Co", "i", "p", "2026-13-01", "2027-01-31", "n", "", "no NAS",
                              "skip", "x", "i"))
    doc = json.loads((WORK / "csaj.json").read_text(encoding="utf-8"))
    check(doc["decisions"] == {
        "csaj-home-2018/5.1.1.1": "implemented",
        "csaj-home-2018/5.1.1.2": {"decision": "planned", "deadline": "2027-01-31"},
        "csaj-home-2018/5.1.2.1": {"decision": "not_needed", "justification": "no NAS"},
        "csaj-home-2018/5.1.2.3": "implemented"} and "answers" not in doc, doc)
    check("statement 1 of 86 · csaj-home-2018/5.1.1.1 · SHALL" in out, out[:3000])
    check("Input ended. Saved 4 decisions to csaj.json." in out, out[-300:])
    out, _ = run("rate", "csaj.json", "--date", "2027-02-01")
    check("2027-01-31 OVERDUE" in out and "no NAS" in out, out)


@case
def telework_rules():
    out, _ = run("rules", "mic-telework-v4")
    check(run("rules", "mic-telework-v4", "--format", "markdown")[0] == out, "markdown default")
    for text in ("# mic-telework-v4 rating rules", "表1 テレワークの6種類のパターン",
                 "| 1 | リモートデスクトップ方式 | Remote desktop |", "## 経営者 (executives)",
                 "| mic-telework-v4/worker/11 | 3 |", "テレワークトラブル事例",
                 "| 3 | 34 | ウイルス対策ソフトに関するトラブル事例 | Antivirus software | admin/6, worker/6 |",
                 "最も弱いところが全体のセキュリティレベルになる"):
        check(text in out, f"mic rules: no {text!r}")
    out, _ = run("rules", "csaj-home-2018")
    for text in ("| SHALL | 遵守事項 | 65 | yes |", "| csaj-home-2018/5.1.1.1 | shall | 30 | 5.1.1 貸与PCのセットアップ |",
                 "shall\\* |", "## 6 教育 (Training)"):  # the read-level marker, escaped as Markdown
        check(text in out, f"csaj rules: no {text!r}")
    out, _ = run("rules", "coworking-user", "--format", "text")
    for text in ("coworking-user rating rules", "mitigation matrix",
                 "  5.1  ·  ·  ·  ·  ·  ·  ·  ●  ·  ·"):
        check(text in out, f"coworking-user rules: no {text!r}\n{out[-2000:]}")


@case
def telework_rules_json():
    # Structured data for every kind, read from the catalog (README, Catalogs).
    rules = dict(rules_json_of(TELEWORK_CATALOGS))
    mic = rules["mic-telework-v4"]
    check(mic["kind"] == "self_check" and len(mic["items"]) == 43, mic["kind"])
    check(mic["headings"]["patterns_ja"] == "表1 テレワークの6種類のパターン", mic["headings"])
    check([r["id"] for r in mic["roles"]] == ["executive", "admin", "worker"], mic["roles"])
    check(len(mic["groups"]) == 6 and len(mic["patterns"]) == 6 and len(mic["cases"]) == 14, "mic")
    check([f["id"] for f in mic["facts"] if not f["pattern"]] == ["byod"], mic["facts"])
    admin9 = next(i for i in mic["items"] if i["id"] == "mic-telework-v4/admin/9")
    check(admin9["needs"] == ["byod"] and admin9["recommended"] and not admin9["basic"], admin9)
    check(mic["cases"][2]["items"] == ["mic-telework-v4/admin/6", "mic-telework-v4/worker/6"],
          mic["cases"][2])
    # self_check_rules: an item with neither block counts as basic.
    check(mic["rules"]["counts_as_basic"][0] == {"basic_block": False, "recommended_block": False,
                                                 "basic": True}, mic["rules"])
    csaj = rules["csaj-home-2018"]
    check(csaj["kind"] == "policy" and len(csaj["statements"]) == 86, csaj["kind"])
    check(sum(s["level"] == "shall" for s in csaj["statements"]) == 65, "65 SHALL statements")
    first = csaj["statements"][0]
    check(first["id"] == "csaj-home-2018/5.1.1.1" and first["checklist_no"] == 30
          and first["section"] == "5.1.1" and first["level_read"] is False, first)
    check(any(s["level_read"] for s in csaj["statements"]), "no level read from the wording")
    check([lv["required"] for lv in csaj["levels"]] == [True, False, False], csaj["levels"])
    check(csaj["rules"]["rank"]["unrated"] == "critical", csaj["rules"])
    cu = rules["coworking-user"]
    check(cu["kind"] == "risk" and len(cu["risks"]) == 10 and len(cu["measures"]) == 19, cu["kind"])
    risk = next(r for r in cu["risks"] if r["id"] == "coworking-user/risk/1.1")
    for m in risk["mitigated_by"]:
        measure = next(x for x in cu["measures"] if x["id"] == m)
        check(risk["id"] in measure["mitigates"], f"{m} does not list {risk['id']}")
    check(cu["rules"]["mitigates"] == {"yes": True, "no": False, "na": False,
                                       "unanswered": False}, cu["rules"])


@case
def telework_diff():
    out, _ = run("diff", tw("mic-basic.json"), tw("mic-gap.json"))
    for pattern in (r"mic-telework-v4/executive/1 Telework-aware security policy, audited and "
                    r"reviewed +yes +→ +no", r"level +Basic measures met +→ +Basic measures not met",
                    r"1 Security framework +basic \(12/13\) +→ +basic_unmet \(11/13\)"):
        check(re.search(pattern, out), f"mic diff: no {pattern!r} in\n{out}")
    changes = json.loads(run("diff", tw("mic-basic.json"), tw("mic-gap.json"), "--format",
                             "json")[0])["changes"]
    check({"id": "mic-telework-v4/worker/20", "from": "yes", "to": "unanswered"}
          in changes["answers"], changes["answers"])
    check({"id": "level", "from": "basic", "to": "basic_unmet"} in changes["rating"],
          changes["rating"])
    out, _ = run("diff", tw("csaj-plan.json"), tw("csaj-conformant.json"))
    for pattern in (r"csaj-home-2018/10\.1\.1 .* +planned by 2026-10-01 \(confidentiality critical\)"
                    r" +→ +implemented", r"conformant +no +→ +yes", r"overdue +1 +→ +0"):
        check(re.search(pattern, out), f"csaj diff: no {pattern!r} in\n{out}")
    changes = json.loads(run("diff", tw("csaj-plan.json"), tw("csaj-conformant.json"),
                             "--format", "json")[0])["changes"]
    check({"id": "csaj-home-2018/10.2.1", "from": "undecided", "to": "implemented"}
          in changes["decisions"], changes["decisions"])
    out, _ = run("diff", tw("cu-residual.json"), tw("cu-covered.json"), "--lang", "ja")
    check(re.search(r"coworking-user/risk/3\.2 .* +残存 +→ +対策済み", out), out)
    changes = json.loads(run("diff", tw("cu-residual.json"), tw("cu-covered.json"),
                             "--format", "json")[0])["changes"]
    check(changes["residual_risks"] == [{"id": "coworking-user/risk/3.2", "from": "residual",
                                         "to": "mitigated"}], changes["residual_risks"])
    check("No differences" in run("diff", tw("csaj-plan.json"), tw("csaj-plan.json"))[0], "same")
    _, err = run("diff", tw("mic-basic.json"), tw("cu-covered.json"), expect=2)
    check('$["catalog"]: catalog "coworking-user" differs' in err, err)


# --- the template entry point over a list of catalogs ---------------------------

@two_catalogs_case
def two_catalogs_version_and_help():
    out, _ = run("--version")
    printed = re.findall(r"^(\S+)\s+fingerprint ([0-9a-f]{16})$", out, re.M)
    check([c for c, _ in printed] == ["mic-telework-v4", "coworking-user"], out)
    out, _ = run("--help")
    check("Catalogs: mic-telework-v4, coworking-user.\n" in out, out)


@two_catalogs_case
def two_catalogs_commands():
    out, _ = run("rate", tw("mic-gap.json"), "--format", "json")
    check(json.loads(out)["catalog"] == "mic-telework-v4", out[:200])
    out, _ = run("gaps", tw("cu-residual.json"))
    check("coworking-user/risk/3.2" in out, out)
    check(json.loads(run("rules", "coworking-user", "--format", "json")[0])["kind"] == "risk", "rules")
    check("byod" in json.loads(run("template", "mic-telework-v4")[0])["facility"]["facts"], "template")
    out, _ = run("diff", tw("mic-basic.json"), tw("mic-gap.json"), "--format", "json")
    check(json.loads(out)["changes"]["rating"], out)
    _, err = run("rate", tw("csaj-plan.json"), expect=2)
    check('unknown catalog "csaj-home-2018"; expected one of: mic-telework-v4, coworking-user'
          in err, err)
    _, err = run("rules", "certification-v2", expect=2)
    check("expected one of: mic-telework-v4, coworking-user" in err, err)
    out, _ = run("ask", "coworking-user", "--out", "cu.json", stdin=b"Team\ny\nq\n")
    check(json.loads((WORK / "cu.json").read_text())["answers"] == {"coworking-user/1.1": "yes"},
          out)

# --- many inputs at once (rate FILE FILE…, rate DIR, rate --jsonl) -------------------

def records(out):
    """The JSON Lines records of a batch run."""
    lines = out.splitlines()
    check(all(line.startswith("{") for line in lines), f"not JSON Lines:\n{out[:500]}")
    return [json.loads(line) for line in lines]


@case
def batch_files():
    names = list(LEVELS)
    out, _ = run("rate", *[data(n) for n in names], "--format", "json")
    recs = records(out)
    check([pathlib.Path(r["file"]).name for r in recs] == names, f"order: {recs}")
    for name, r in zip(names, recs):
        check(r["result"]["level"]["stars"] == LEVELS[name],
              f"{name}: {r['result']['level']['stars']}, expected {LEVELS[name]}")
        # The record's result is the single-file document, on one line.
        single, _ = run("rate", data(name), "--format", "json")
        check(r["result"] == json.loads(single), f"{name}: differs from rate FILE")
        check("line" not in r and "error" not in r, f"{name}: {sorted(r)}")


@case
def batch_single_file_unchanged():
    # One file is today's output, whatever --jobs says.
    for fmt in ("text", "json", "markdown"):
        plain, _ = run("rate", data("mixed.json"), "--format", fmt)
        jobs, _ = run("rate", data("mixed.json"), "--format", fmt, "--jobs", "2")
        check(plain == jobs, f"--format {fmt}: --jobs changed the output")
    out, _ = run("rate", data("mixed.json"), "--format", "json")
    check(out.startswith("{\n  \"audit\": {"), out[:80])


@case
def batch_directory():
    folder = WORK / "many"
    folder.mkdir()
    # Written out of name order; a file that is not *.json and a subdirectory
    # are left alone.
    for name in ("c.json", "a.json", "b.json"):
        (folder / name).write_bytes(data("four-stars.json" if name != "b.json" else "one-gap.json")
                                    .read_bytes())
    (folder / "notes.txt").write_text("not an assessment")
    (folder / "sub.json").mkdir()
    out, _ = run("rate", folder)
    recs = records(out)
    check([pathlib.Path(r["file"]).name for r in recs] == ["a.json", "b.json", "c.json"],
          f"files: {[r['file'] for r in recs]}")
    check([r["result"]["level"]["stars"] for r in recs] == [4, 0, 4], out[:300])


@case
def batch_jsonl():
    lines = [json.dumps(json.loads(data(n).read_text(encoding="utf-8"))) for n in LEVELS]
    text = "\n".join(lines[:2]) + "\n\n" + "\r\n".join(lines[2:]) + "\n"  # a blank line, CRLF
    out, _ = run("rate", "--jsonl", stdin=text.encode("utf-8"))
    recs = records(out)
    # Line numbers count the blank line, which gives no record.
    check([r["line"] for r in recs] == [1, 2, 4, 5], f"lines: {[r['line'] for r in recs]}")
    check([r["file"] for r in recs] == ["<stdin>"] * 4, out[:200])
    check([r["result"]["level"]["stars"] for r in recs] == list(LEVELS.values()), out[:300])
    # The same from a file named on the command line.
    (WORK / "in.jsonl").write_text(text, encoding="utf-8")
    again, _ = run("rate", "--jsonl", WORK / "in.jsonl")
    check([r["result"] for r in records(again)] == [r["result"] for r in recs], "file vs stdin")


@case
def batch_bad_input_in_the_middle():
    good = json.dumps(json.loads(data("four-stars.json").read_text(encoding="utf-8")))
    text = "\n".join([good, "{\"schema\": 1}", good, "[1,", good]) + "\n"
    out, _ = run("rate", "--jsonl", stdin=text.encode("utf-8"), expect=2)
    recs = records(out)
    check(len(recs) == 5, f"{len(recs)} records")
    check([("error" in r) for r in recs] == [False, True, False, True, False], out[:500])
    check(recs[1]["error"] == '<stdin>:2: $["schema"]: expected a string, got a number',
          recs[1]["error"])
    check(recs[3]["error"].startswith("<stdin>:4: $[1]: not valid JSON: parse error"),
          recs[3]["error"])
    check(all(r["result"]["level"]["stars"] == 4 for r in recs if "result" in r), out[:300])
    # Files: a missing one and a bad one between good ones, in the table.
    out, _ = run("rate", data("four-stars.json"), WORK / "missing.json", data("not-json.json"),
                 data("mixed.json"), "--format", "table", expect=2)
    rows = [line.split("\t") for line in out.splitlines()]
    check(rows[0] == ["file", "facility", "catalog", "level", "grades", "provisional"], rows[0])
    check(len(rows) == 5 and all(len(r) == 6 for r in rows), out)
    check(rows[1][2:] == ["certification-v2", "★★★★ Trusted", "audit A, diagnosis A", "no"],
          rows[1])
    check(rows[2][3].startswith("error: ") and "missing.json: cannot open" in rows[2][3], rows[2])
    check(rows[3][3].startswith("error: ") and "not valid JSON" in rows[3][3], rows[3])
    # mixed.json: audit B, vuln/29 medium -> diagnosis C -> ★★ (see LEVELS); one
    # question its facts leave applicable is not answered -> provisional.
    check(rows[4][3:] == ["★★ Reassuring", "audit B, diagnosis C", "yes"], rows[4])


@case
def batch_jobs_same_output():
    good = [json.dumps(json.loads(p.read_text(encoding="utf-8"))) for p in
            [data(n) for n in LEVELS] + samples()]
    lines = []
    for i in range(300):
        lines.append(good[i % len(good)] if i % 37 != 5 else "{\"catalog\": \"x\"}")
    text = ("\n".join(lines) + "\n").encode("utf-8")
    outputs = {}
    for jobs in ("1", "2", "3"):
        for fmt in ("json", "table"):
            outputs[jobs, fmt], _ = run("rate", "--jsonl", "--jobs", jobs, "--format", fmt,
                                        stdin=text, expect=2)
    for fmt in ("json", "table"):
        check(outputs["1", fmt] == outputs["2", fmt] == outputs["3", fmt],
              f"--format {fmt}: --jobs changes the output")
    check([r["line"] for r in records(outputs["1", "json"])] == list(range(1, 301)), "order")


@case
def batch_usage():
    _, err = run("rate", data("mixed.json"), data("one-gap.json"), "--format", "markdown",
                 expect=2)
    check("--format json (JSON Lines) or table" in err, err)
    _, err = run("rate", data("mixed.json"), data("one-gap.json"), "--require", "2", expect=2)
    check("--require takes one input file" in err, err)
    _, err = run("rate", data("mixed.json"), data("one-gap.json"), "--jobs", "0", expect=2)
    check("--jobs \"0\": expected a number" in err, err)
    _, err = run("rate", expect=2)
    check("expected: teleworksec rate" in err, err)


def main(argv):
    global EXE, WORK
    if argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return 0
    if argv[1:] == ["--list-two"]:
        print("\n".join(TWO_CASES))
        return 0
    cases = {**CASES, **TWO_CASES}
    if len(argv) != 3 or argv[2] not in cases:
        print(__doc__, file=sys.stderr)
        return 2
    EXE = str(pathlib.Path(argv[1]).resolve())
    with tempfile.TemporaryDirectory(prefix="teleworksec-cli-") as work:
        WORK = pathlib.Path(work)
        try:
            cases[argv[2]]()
        except Failure as e:
            print(f"FAIL {argv[2]}: {e}", file=sys.stderr)
            return 1
    print(f"ok {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
