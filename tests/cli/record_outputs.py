#!/usr/bin/env python3
"""Records every output of the teleworksec CLI, byte for byte, as a safety net
for refactoring: two recordings made by two builds must be identical.

    python3 tests/cli/record_outputs.py CLI OUTDIR [--random N] [--seed S]
                                        [--ask-random N] [--jobs J]
                                        [--mask-fingerprints]

CLI is a `teleworksec` binary, OUTDIR a new (or empty) directory. Plain
python3, no third-party modules.

Before a refactor, build the CLI of the starting commit and record it:

    python3 tests/cli/record_outputs.py OLD/teleworksec rec-before

After the refactor (or after each step of it), record the new build with the
same script, N and seed, and compare:

    python3 tests/cli/record_outputs.py NEW/teleworksec rec-after
    diff -r rec-before rec-after        # no output: nothing changed

Use the same copy of this script (and of the data files it reads) for both
recordings: the cases are generated from it. When a change is meant to move
the catalog fingerprints (and nothing else), record both with
--mask-fingerprints, which writes <fingerprint> in place of every 16-digit
hexadecimal fingerprint.

One file per case, OUTDIR/<kind>/.../<case>.out: the command line as run (the
binary shown as `teleworksec`), the input given on standard input if any, the
exit status, standard output, standard error and, for `ask` and `import
--out`, the file written, each section headed with its size in bytes. Files
are passed by paths relative to the source tree (or to OUTDIR for the
generated ones), so the outputs do not depend on where the trees are. The
generated assessments are written to OUTDIR/inputs/. Kinds:

  help      global and per-command --help, help COMMAND, --version
  usage     usage errors (unknown commands and options, bad option values)
  rate      rate of every sample (examples/assessments, tests/data/telework,
            tests/cli/data) × text/json/markdown × en/ja, --require, --date, stdin
  gaps      gaps of every sample × text/markdown/json × en/ja, stdin
  template  template CATALOG with and without --hints, every catalog
  rules     rules CATALOG, default and every format, every catalog
  diff      diff A B for every ordered pair of samples of one catalog,
            text en/ja and json; pairs of different catalogs
  ask       ask CATALOG with scripted standard input (end of input at once,
            name only, scripted, complete, quit, continuing a file, bad text,
            CRLF, ...) and N seeded random sessions per catalog (--ask-random)
  import    import nmap of the scans in tests/data/nmap (mapping, --into,
            --on-conflict, --from-internet) and of tests/data/nmap/bad
  bad       rate (and gaps) of tests/data/bad and of malformed standard input
  random    N (--random, default 2000) seeded random assessments per catalog
            (see random_* below): rate --format json, rate text or markdown
            (en/ja alternately, some with --require or --date), gaps, and diff
            of consecutive pairs

Not recorded: ask interrupted by Ctrl-C (the moment of the signal decides the
output, so it cannot be replayed byte for byte).
"""

import argparse
import calendar
import concurrent.futures
import json
import os
import pathlib
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

CATALOGS = ("coworking-v2", "certification-v2", "mic-telework-v4", "csaj-home-2018",
            "coworking-user")
COMMANDS = ("rate", "gaps", "template", "ask", "rules", "diff", "import")
SAMPLE_DIRS = (("examples", "examples/assessments"), ("telework", "tests/data/telework"),
               ("cli", "tests/cli/data"))
REQUIRE = {"coworking-v2": ["2", "3", "4", "★★", "★★★", "★★★★"],
           "certification-v2": ["2", "3", "4", "★★", "★★★", "★★★★"],
           "mic-telework-v4": ["basic", "recommended"],
           "csaj-home-2018": ["conformant"],
           "coworking-user": ["no-residual"]}
BAD_REQUIRE = {"coworking-v2": "5", "certification-v2": "★", "mic-telework-v4": "conformant",
               "csaj-home-2018": "basic", "coworking-user": "none"}
DATES = ("2024-02-29", "2026-09-01", "2027-04-01")
FINGERPRINT = re.compile(rb"(?<![0-9A-Za-z])[0-9a-f]{16}(?![0-9A-Za-z])")


# --- cases --------------------------------------------------------------------

class Case:
    """One run of the CLI. cwd: "root" (the source tree), "out" (OUTDIR, for the
    generated inputs) or "work" (a fresh empty directory holding `files`, from
    which the files named in `collect` are recorded after the run)."""

    __slots__ = ("name", "args", "cwd", "stdin", "files", "collect")

    def __init__(self, name, args, cwd="root", stdin=None, files=None, collect=()):
        self.name = name
        self.args = [str(a) for a in args]
        self.cwd = cwd
        self.stdin = stdin
        self.files = files or {}
        self.collect = tuple(collect)


def rel(path):
    return path.relative_to(ROOT).as_posix()


def samples():
    """(label, path relative to the source tree, catalog or None) of every sample."""
    found = []
    for label, folder in SAMPLE_DIRS:
        for path in sorted((ROOT / folder).glob("*.json")):
            try:
                catalog = json.loads(path.read_text(encoding="utf-8")).get("catalog")
            except (ValueError, UnicodeDecodeError, AttributeError):
                catalog = None
            found.append((label, rel(path), catalog if catalog in CATALOGS else None))
    return found


def stem(path):
    return pathlib.PurePosixPath(path).stem


def help_cases():
    cases = [Case("help/global.--help", ["--help"]), Case("help/global.-h", ["-h"]),
             Case("help/global.help", ["help"]), Case("help/version", ["--version"])]
    for command in COMMANDS:
        cases.append(Case(f"help/{command}.--help", [command, "--help"]))
        cases.append(Case(f"help/{command}.-h", [command, "-h"]))
        cases.append(Case(f"help/{command}.help", ["help", command]))
        cases.append(Case(f"help/{command}.--help-after-args", [command, "x", "--bogus", "--help"]))
    return cases


def usage_cases():
    mixed = "tests/cli/data/mixed.json"
    mic = "tests/data/telework/mic-basic.json"
    bad = [
        ("no-command", []), ("unknown-command", ["frobnicate"]), ("help-unknown", ["help", "nope"]),
        ("rate-no-file", ["rate"]), ("rate-two-files", ["rate", "a.json", "b.json"]),
        ("rate-bogus-option", ["rate", "--bogus", "x"]), ("rate-short-option", ["rate", "-x", mixed]),
        ("rate-format-xml", ["rate", mixed, "--format", "xml"]),
        ("rate-lang-fr", ["rate", mixed, "--lang", "fr"]), ("rate-lang-missing", ["rate", mixed, "--lang"]),
        ("rate-format-twice", ["rate", mixed, "--format", "json", "--format=text"]),
        ("rate-date-feb-30", ["rate", mixed, "--date", "2027-02-30"]),
        ("rate-date-short", ["rate", mixed, "--date", "27-01-01"]),
        ("rate-date-word", ["rate", mixed, "--date", "today"]),
        ("rate-date-not-leap", ["rate", mixed, "--date=2027-02-29"]),
        ("rate-require-three", ["rate", mixed, "--require", "three"]),
        ("rate-require-1", ["rate", mixed, "--require", "1"]),
        ("rate-options-end", ["rate", "--", "--format"]),
        ("rate-flag-value", ["gaps", mixed, "--lang=en", "--format="]),
        ("gaps-format-xml", ["gaps", mixed, "--format", "xml"]),
        ("gaps-require", ["gaps", mixed, "--require", "2"]),
        ("template-unknown", ["template", "nist-800-53"]),
        ("template-hints-value", ["template", "coworking-v2", "--hints=yes"]),
        ("template-lang", ["template", "coworking-v2", "--lang", "ja"]),
        ("template-two", ["template", "coworking-v2", "certification-v2"]),
        ("rules-unknown", ["rules", "coworking-v3"]), ("rules-lang", ["rules", "coworking-v2", "--lang", "ja"]),
        ("rules-format-xml", ["rules", "coworking-v2", "--format", "xml"]),
        ("ask-unknown", ["ask", "unknown"]), ("ask-lang-fr", ["ask", "coworking-v2", "--lang", "fr"]),
        ("diff-one", ["diff", mixed]), ("diff-three", ["diff", mixed, mixed, mixed]),
        ("diff-format-markdown", ["diff", mixed, mixed, "--format", "markdown"]),
        ("diff-missing", ["diff", mixed, "missing.json"]),
        ("import-unknown-scanner", ["import", "nessus", "x.xml"]),
        ("import-no-scan", ["import", "nmap"]),
        ("import-conflict-value", ["import", "nmap", "tests/data/nmap/loopback-weak-tcp.xml",
                                   "--on-conflict", "merge"]),
        ("import-missing-scan", ["import", "nmap", "missing.xml"]),
        ("import-into-coworking", ["import", "nmap", "tests/data/nmap/loopback-weak-tcp.xml",
                                   "--into", "tests/cli/data/checklist-only.json", "--out", "-"]),
        ("import-into-telework", ["import", "nmap", "tests/data/nmap/loopback-weak-tcp.xml",
                                  "--into", mic, "--out", "-"]),
    ]
    return [Case(f"usage/{name}", args) for name, args in bad]


def rate_gaps_cases(found):
    cases = []
    for label, path, catalog in found:
        base = f"{label}/{stem(path)}"
        data = (ROOT / path).read_bytes()
        for lang in ("en", "ja"):
            for fmt in ("text", "json", "markdown"):
                cases.append(Case(f"rate/{base}.{fmt}.{lang}",
                                  ["rate", path, "--format", fmt, "--lang", lang]))
            for fmt in ("text", "markdown", "json"):
                cases.append(Case(f"gaps/{base}.{fmt}.{lang}",
                                  ["gaps", path, "--format", fmt, "--lang", lang]))
        cases.append(Case(f"rate/{base}.default", ["rate", path]))
        cases.append(Case(f"gaps/{base}.default", ["gaps", path]))
        cases.append(Case(f"rate/{base}.stdin.json", ["rate", "-", "--format", "json"], stdin=data))
        cases.append(Case(f"rate/{base}.stdin.text.ja", ["rate", "-", "--lang=ja"], stdin=data))
        cases.append(Case(f"gaps/{base}.stdin.text", ["gaps", "-"], stdin=data))
        if catalog is None:
            continue
        for k, value in enumerate(REQUIRE[catalog] + [BAD_REQUIRE[catalog]]):
            cases.append(Case(f"rate/{base}.require-{k}.{'en' if k % 2 else 'ja'}",
                              ["rate", path, "--require", value, "--lang", "en" if k % 2 else "ja"]))
        cases.append(Case(f"rate/{base}.require-json", ["rate", path, "--format", "json",
                                                        f"--require={REQUIRE[catalog][-1]}"]))
        for k, date in enumerate(DATES):
            cases.append(Case(f"rate/{base}.date-{date}",
                              ["rate", path, "--date", date, "--lang", ("en", "ja")[k % 2]]))
        cases.append(Case(f"rate/{base}.date-json", ["rate", path, "--date", DATES[-1],
                                                     "--format", "json"]))
        cases.append(Case(f"rate/{base}.date-markdown", ["rate", path, "--date", DATES[1],
                                                         "--format", "markdown"]))
    return cases


def template_rules_cases():
    cases = []
    for catalog in CATALOGS:
        cases.append(Case(f"template/{catalog}", ["template", catalog]))
        cases.append(Case(f"template/{catalog}.hints", ["template", catalog, "--hints"]))
        cases.append(Case(f"rules/{catalog}.default", ["rules", catalog]))
        for fmt in ("markdown", "text", "json"):
            cases.append(Case(f"rules/{catalog}.{fmt}", ["rules", catalog, "--format", fmt]))
    return cases


def diff_cases(found):
    cases = []
    by_catalog = {}
    for label, path, catalog in found:
        if catalog is not None:
            by_catalog.setdefault(catalog, []).append((label, path))
    for catalog, files in sorted(by_catalog.items()):
        for la, a in files:
            for lb, b in files:
                base = f"diff/{catalog}/{la}-{stem(a)}.vs.{lb}-{stem(b)}"
                cases.append(Case(f"{base}.text.en", ["diff", a, b]))
                cases.append(Case(f"{base}.text.ja", ["diff", a, b, "--lang", "ja"]))
                cases.append(Case(f"{base}.json", ["diff", a, b, "--format", "json"]))
        la, a = files[0]
        cases.append(Case(f"diff/{catalog}/stdin.vs.{la}-{stem(a)}.text",
                          ["diff", "-", a], stdin=(ROOT / files[-1][1]).read_bytes()))
        cases.append(Case(f"diff/{catalog}/{la}-{stem(a)}.vs.self.json-ja",
                          ["diff", a, a, "--format", "json", "--lang", "ja"]))
    firsts = [(c, files[0][1]) for c, files in sorted(by_catalog.items())]
    for ca, a in firsts:
        for cb, b in firsts:
            if ca != cb:
                cases.append(Case(f"diff/cross/{ca}.vs.{cb}", ["diff", a, b]))
    return cases


# --- ask ------------------------------------------------------------------------

CONTINUE_FROM = {"coworking-v2": "examples/assessments/coworking-checklist-self-check.json",
                 "certification-v2": "tests/cli/data/mixed.json",
                 "mic-telework-v4": "tests/data/telework/mic-basic.json",
                 "csaj-home-2018": "tests/data/telework/csaj-plan.json",
                 "coworking-user": "tests/data/telework/cu-residual.json"}
FACT_COUNT = {"coworking-v2": 16, "certification-v2": 16, "mic-telework-v4": 7,
              "csaj-home-2018": 0, "coworking-user": 0}
FACT_WORDS = ["y", "n", "skip", "Y", "no", "yes", "N", "s", "", "?", "back", "はい", "いいえ", "x"]
ANSWER_WORDS = ["y", "n", "na", "no reason here", "skip", "?", "back", "maybe", "yes", "no", "",
                "help", "b", "N/A", "はい", "いいえ", "s", "  Y  ", "対象外の理由"]
DECISION_WORDS = ["i", "p", "2027-01-31", "2026-13-01", "n", "no NAS", "", "skip", "x", "?", "back",
                  "implemented", "planned", "not_needed", "2024-02-29", "s", "b", "I", "理由"]
NAME_WORDS = ["Asked Co", "", "テスト株式会社", "  spaced  ", "?", "back"]


def script(*lines, end="\n"):
    return ("\n".join(lines) + end).encode("utf-8")


def entry_word(catalog):
    return "i" if catalog == "csaj-home-2018" else "y"


def scripted(catalog):
    """A fixed session: a name, a mix of facts, then a mix of answers or decisions
    with retries (an empty na reason, an invalid word, a bad deadline)."""
    facts = [FACT_WORDS[k % 9] for k in range(FACT_COUNT[catalog])]
    if catalog == "csaj-home-2018":
        entries = ["i", "p", "2026-13-01", "2027-01-31", "n", "", "no NAS", "skip", "x", "i", "?",
                   "back", "", "p", "2024-02-29", "implemented", "not_needed", "tailored", "b", "s"]
    else:
        entries = ["y", "n", "back", "yes", "na", "", "not here", "skip", "maybe", "n", "?", "y",
                   "N/A", "no reason", "b", "", "はい", "いいえ", "s", "help", "Y"]
    return script("Scripted Co", *facts, *entries)


def ask_cases(n_random, seed):
    cases = []
    for catalog in CATALOGS:
        base = f"ask/{catalog}"
        word = entry_word(catalog)
        out = ["--out", "answers.json"]

        def add(name, stdin, extra=(), files=None, out_args=out, collect=("answers.json",)):
            cases.append(Case(f"{base}/{name}", ["ask", catalog, *out_args, *extra], cwd="work",
                              stdin=stdin, files=files, collect=collect))

        add("eof.en", b"")
        add("eof.ja", b"", ["--lang", "ja"])
        add("name-only", script("Name Only Co"))
        add("name-only-no-newline", script("Name Only Co", end=""))
        add("scripted.en", scripted(catalog))
        add("scripted.ja", scripted(catalog), ["--lang", "ja"])
        add("crlf", scripted(catalog).replace(b"\n", b"\r\n"))
        add("complete.en", script("Everything Co", *["y"] * FACT_COUNT[catalog], *[word] * 120))
        add("complete.ja", script("全部株式会社", *["n"] * FACT_COUNT[catalog], *[word] * 120),
            ["--lang", "ja"])
        add("quit", script("Quitter Co", *["y"] * FACT_COUNT[catalog], word, "n", "q"))
        add("help-everywhere", script("?", "Help Co", *["?", "y"] * FACT_COUNT[catalog],
                                      "?", "help", word, "back", "back", "back", "quit"))
        add("bad-names", b"\xff\xfe\n" + b"x" * 201 + b"\nctrl\x01char\n" +
            "あ".encode("utf-8") * 67 + b"\nGood Name\nq\n")
        existing = (ROOT / CONTINUE_FROM[catalog]).read_bytes()
        add("continue.en", script(*[""] * 60, "quit"), files={"answers.json": existing})
        add("continue.ja", script(*[""] * 5, "n", "skip", "back", "", word, "", "?"),
            ["--lang", "ja"], files={"answers.json": existing})
        other = CONTINUE_FROM[CATALOGS[(CATALOGS.index(catalog) + 2) % len(CATALOGS)]]
        add("continue-other-catalog", script("x"), files={"answers.json": (ROOT / other).read_bytes()})
        add("continue-bad-file", script("x"), files={"answers.json": b"{not json"})
        if catalog == "certification-v2":
            add("default-out", script("Default Out Co", "n", "y"), out_args=(),
                collect=("assessment.json",))
            add("out-in-missing-dir", script("x"), out_args=("--out", "no/such/dir.json"),
                collect=())
        rng = random.Random(f"ask:{seed}:{catalog}")
        for k in range(n_random):
            lines = [rng.choice(NAME_WORDS)]
            lines += [rng.choice(FACT_WORDS) for _ in range(rng.randint(0, FACT_COUNT[catalog] + 2))]
            words = DECISION_WORDS if catalog == "csaj-home-2018" else ANSWER_WORDS
            lines += [rng.choice(words) for _ in range(rng.randint(0, 160))]
            if rng.random() < 0.3:
                lines.append(rng.choice(["quit", "q", "QUIT"]))
            extra = ["--lang", "ja"] if rng.random() < 0.5 else []
            files = {"answers.json": existing} if rng.random() < 0.25 else None
            add(f"random-{k:03d}", script(*lines, end=rng.choice(["\n", ""])), extra, files)
    return cases


# --- import ----------------------------------------------------------------------

def import_cases():
    cases = [Case("import/print-mapping", ["import", "nmap", "--print-mapping"])]
    scans = [rel(p) for p in sorted((ROOT / "tests/data/nmap").glob("*.xml"))]
    into = "tests/cli/data/mixed.json"
    for scan in scans:
        name = stem(scan)
        cases.append(Case(f"import/{name}", ["import", "nmap", scan]))
        cases.append(Case(f"import/{name}.from-internet", ["import", "nmap", scan, "--from-internet"]))
        for policy in ("fail", "keep", "replace"):
            cases.append(Case(f"import/{name}.into-mixed.{policy}",
                              ["import", "nmap", scan, "--into", into, "--out", "-",
                               "--on-conflict", policy]))
    if scans:
        weak = next((s for s in scans if stem(s) == "loopback-weak-tcp"), scans[0])
        cases.append(Case("import/all-scans", ["import", "nmap", *scans]))
        cases.append(Case("import/all-scans.into-four-stars.replace",
                          ["import", "nmap", *scans, "--into", "examples/assessments/four-stars.json",
                           "--out", "-", "--on-conflict", "replace", "--from-internet"]))
        cases.append(Case("import/same-scan-twice", ["import", "nmap", weak, weak]))
        cases.append(Case("import/stdin-scan", ["import", "nmap", "-"], stdin=(ROOT / weak).read_bytes()))
        scan_file = {"scan.xml": (ROOT / weak).read_bytes()}
        cases.append(Case("import/into-written", ["import", "nmap", "scan.xml", "--into", "a.json",
                                                  "--out", "b.json"], cwd="work",
                          files={"a.json": (ROOT / into).read_bytes(), **scan_file},
                          collect=("a.json", "b.json")))
        cases.append(Case("import/into-written-back", ["import", "nmap", "scan.xml", "--into",
                                                       "a.json", "--on-conflict", "keep"], cwd="work",
                          files={"a.json": (ROOT / into).read_bytes(), **scan_file},
                          collect=("a.json",)))
        cases.append(Case("import/out-file", ["import", "nmap", "scan.xml", "--out", "c.json"],
                          cwd="work", files=scan_file, collect=("c.json",)))
        cases.append(Case("import/mapping-bad", ["import", "nmap", weak, "--mapping", into]))
        cases.append(Case("import/mapping-missing", ["import", "nmap", weak, "--mapping", "no.json"]))
    for path in sorted((ROOT / "tests/data/nmap/bad").glob("*.xml")):
        cases.append(Case(f"import/bad/{path.stem}", ["import", "nmap", rel(path)]))
    return cases


# --- bad inputs ---------------------------------------------------------------------

def bad_cases():
    cases = []
    for path in sorted((ROOT / "tests/data/bad").glob("*.json")):
        cases.append(Case(f"bad/{path.stem}.rate", ["rate", rel(path)]))
        cases.append(Case(f"bad/{path.stem}.gaps-json", ["gaps", rel(path), "--format", "json"]))
    for name, args, stdin in (
            ("missing-file", ["rate", "missing.json"], None),
            ("directory", ["rate", "."], None),
            ("stdin-empty", ["rate", "-"], b""),
            ("stdin-bom", ["rate", "-"], b"\xef\xbb\xbf{}"),
            ("stdin-invalid-utf8", ["rate", "-"], b"\xff\xfe{}"),
            ("stdin-deep-arrays", ["rate", "-"], b"[" * 100000),
            ("stdin-deep-objects", ["rate", "-"], b'{"a":' * 40 + b"1" + b"}" * 40),
            ("stdin-huge", ["rate", "-", "--format", "json"], b" " * (17 * 1024 * 1024) + b"{}"),
            ("stdin-nul", ["rate", "-"], b'{"schema"\x00:1}'),
            ("gaps-missing-file", ["gaps", "missing.json"], None),
            ("diff-bad-first", ["diff", "tests/data/bad/empty.json", "tests/cli/data/mixed.json"], None),
            ("diff-bad-second", ["diff", "tests/cli/data/mixed.json", "tests/data/bad/truncated.json"],
             None)):
        cases.append(Case(f"bad/{name}", args, stdin=stdin))
    return cases


# --- random assessments ---------------------------------------------------------------

WORDS = ["渋谷", "ラウンジ", "Booth", 'a "quoted" name', "tab\there", "é", "🙂", "\\", "x",
         "|pipe|", "*star*", "`tick`", "<b>", "line\nbreak", "ｶﾀｶﾅ", "#", "_under_", "Ω", "—",
         "１２３", "[link](x)", "evidence/1.pdf", "https://example.org/a?b=c&d"]
EVIDENCE = ["document", "record", "configuration", "scan_report", "interview", "observation",
            "self_declaration"]
STATUSES = ["compliant", "partial", "noncompliant", "not_applicable"]
SEVERITIES = ["low", "medium", "high", "urgent"]
# How good an assessed facility or company is, from careless to perfect, so that
# the random assessments reach every level.
GOODNESS = [0.0, 0.5, 0.8, 0.95, 1.0, 1.0, 1.0]
IMPACTS = ["minor", "serious", "critical"]
ASPECTS = ["confidentiality", "integrity", "availability", "non_repudiation"]


def read_ids(name):
    with open(ROOT / "tests" / "data" / name, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def catalog_ids():
    ids = read_ids("golden_ids.txt")
    cert = {"facts": [i[5:] for i in ids if i.startswith("fact:")],
            "questions": [i for i in ids if i.startswith("coworking-v2/") and i.count(".") == 2],
            "measures": [i for i in ids if i.startswith("coworking-v2/") and i.count(".") == 1],
            "audit": [i for i in ids if i.startswith("certification-v2/audit/")],
            "checks": [i for i in ids if i.startswith("certification-v2/vuln/")]}
    mic = read_ids("golden_ids_mic_telework_v4.txt")
    cu = read_ids("golden_ids_coworking_user.txt")
    return {"cert": cert,
            "mic": {"facts": [i[5:] for i in mic if i.startswith("fact:")],
                    "items": [i for i in mic if i.startswith("mic-telework-v4/")]},
            "csaj": {"statements": read_ids("golden_ids_csaj_home_2018.txt")},
            "cu": {"measures": [i for i in cu if i.startswith("coworking-user/") and "/risk/" not in i],
                   "risks": [i for i in cu if "/risk/" in i]}}


def random_text(rng, limit=4096):
    if rng.random() < 0.03:  # long: wide table columns, wrapped Markdown cells
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 80)))
    else:
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4)))
    raw = text.encode("utf-8")[:limit]
    return raw.decode("utf-8", errors="ignore")


def random_date(rng):
    if rng.random() < 0.05:
        return rng.choice(["2024-02-29", "2028-02-29", "2000-02-29", "2026-12-31", "2027-01-01"])
    year, month = rng.randint(2020, 2034), rng.randint(1, 12)
    return f"{year}-{month:02d}-{rng.randint(1, calendar.monthrange(year, month)[1]):02d}"


def shuffled(rng, mapping):
    items = list(mapping.items())
    if rng.random() < 0.3:
        rng.shuffle(items)
    return dict(items)


def head(rng, catalog, telework):
    doc = {"schema": "teleworksec/assessment/v1", "catalog": catalog}
    r = rng.random()
    if r < 0.3:
        pass
    elif telework or r < 0.55:
        doc["policy"] = "self_assessment"
    else:
        doc["policy"] = "audit"
    if rng.random() < 0.6:
        doc["date"] = random_date(rng)
    return doc


def facility(rng, doc, facts):
    r = rng.random()
    if r < 0.1:
        return  # no "facility" at all
    f = {}
    if rng.random() < 0.75:
        f["name"] = ("あ" * 66 + "xx") if rng.random() < 0.03 else random_text(rng, 200)
    if facts:
        if rng.random() < 0.85:
            f["facts"] = shuffled(rng, {k: rng.random() < 0.7 for k in facts if rng.random() < 0.6})
    elif rng.random() < 0.3:
        f["facts"] = {}
    doc["facility"] = f


def random_answers(rng, ids, good, audit):
    answers = {}
    for q in ids:
        r = rng.random()
        if r < 0.15 * (1 - good) + 0.004:
            continue  # unanswered
        value = "yes" if r < 0.55 + 0.45 * good else "no" if r < 0.85 + 0.14 * good else "na"
        if rng.random() < 0.35 + 0.5 * good * audit:
            entry = {"answer": value}
            if (value == "yes" and rng.random() < 0.85) or rng.random() < 0.05:
                kinds = EVIDENCE if rng.random() > good else EVIDENCE[:6]
                entry["evidence"] = [{"kind": rng.choice(kinds), "ref": random_text(rng)}
                                     for _ in range(rng.randint(0, 3 + int(3 * good)))]
            if (value == "na" and rng.random() < 0.8) or rng.random() < 0.1:
                entry["reason"] = random_text(rng)
            answers[q] = entry
        else:
            answers[q] = value
    return shuffled(rng, answers)


def random_certification(rng, ids, catalog):
    c = ids["cert"]
    doc = head(rng, catalog, telework=False)
    facility(rng, doc, c["facts"])
    good = rng.choice(GOODNESS)
    doc["answers"] = random_answers(rng, c["questions"], good,
                                    1.0 if doc.get("policy") == "audit" else 0.3)
    if rng.random() < 0.3 * (1 - good) + 0.08:
        keys = c["audit"] if catalog == "certification-v2" else c["measures"]
        overrides = {}
        for k in rng.sample(keys, rng.randint(0, 5)):
            o = {"status": rng.choice(STATUSES)}
            if rng.random() < 0.5:
                o["by"] = random_text(rng, 200)
            if rng.random() < 0.5:
                o["note"] = random_text(rng)
            overrides[k] = o
        doc["overrides"] = overrides
    if catalog == "certification-v2" and rng.random() < 0.85:
        diagnosis = {}
        for k in c["checks"]:
            r = rng.random()
            if r < 0.2 * (1 - good) + 0.02:
                continue  # not performed
            if r < 0.6 + 0.35 * good:
                diagnosis[k] = "passed"
            elif r < 0.7:
                diagnosis[k] = rng.choice(["not_applicable", "not_performed"])
            elif r < 0.78:
                entry = {"status": rng.choice(["passed", "not_applicable", "not_performed"])}
                if rng.random() < 0.6:
                    entry["note"] = random_text(rng)
                if rng.random() < 0.4:
                    entry["sources"] = rng.sample(["scan-a.xml", "scan-b.xml", "nmap/udp.xml",
                                                   "スキャン.xml"], rng.randint(0, 3))
                diagnosis[k] = entry
            else:
                findings = []
                for _ in range(rng.randint(1, 3)):
                    f = {"severity": rng.choice(SEVERITIES[:2] if good else SEVERITIES)}
                    if rng.random() < 0.8:
                        f["title"] = random_text(rng)
                    if rng.random() < 0.6:
                        f["ref"] = random_text(rng)
                    findings.append(f)
                entry = {"status": "findings", "findings": findings}
                if rng.random() < 0.3:
                    entry["note"] = random_text(rng)
                if rng.random() < 0.2:
                    entry["sources"] = ["scan-a.xml"]
                diagnosis[k] = entry
        doc["diagnosis"] = shuffled(rng, diagnosis)
    return doc


def random_mic(rng, ids):
    m = ids["mic"]
    doc = head(rng, "mic-telework-v4", telework=True)
    facility(rng, doc, m["facts"])
    good = rng.choice(GOODNESS)
    doc["answers"] = random_answers(rng, m["items"], good, 0.3)
    return doc


def random_csaj(rng, ids):
    doc = head(rng, "csaj-home-2018", telework=True)
    facility(rng, doc, [])
    good = rng.choice(GOODNESS)
    decisions = {}
    for s in ids["csaj"]["statements"]:
        r = rng.random()
        if r < 0.15 * (1 - good) + 0.004:
            continue  # undecided
        if r < 0.5 + 0.45 * good:
            value = "implemented"
        elif r < 0.8 + 0.15 * good:
            value = "planned"
        else:
            value = "not_needed"
        if value == "implemented" and rng.random() < 0.7:
            decisions[s] = "implemented"
            continue
        entry = {"decision": value}
        if value == "planned":
            entry["deadline"] = random_date(rng)
        if value == "not_needed":
            entry["justification"] = random_text(rng) or "not needed"
        elif rng.random() < 0.05:
            entry["justification"] = ""
        if rng.random() < 0.5:
            entry["impact"] = {a: rng.choice(IMPACTS) for a in ASPECTS if rng.random() < 0.4}
        if rng.random() < 0.3:
            entry["note"] = random_text(rng)
        decisions[s] = entry
    doc["decisions"] = shuffled(rng, decisions)
    return doc


def random_coworking_user(rng, ids):
    doc = head(rng, "coworking-user", telework=True)
    facility(rng, doc, [])
    good = rng.choice(GOODNESS)
    doc["answers"] = random_answers(rng, ids["cu"]["measures"], good, 0.3)
    return doc


def random_assessment(rng, ids, catalog):
    if catalog in ("coworking-v2", "certification-v2"):
        return random_certification(rng, ids, catalog)
    if catalog == "mic-telework-v4":
        return random_mic(rng, ids)
    if catalog == "csaj-home-2018":
        return random_csaj(rng, ids)
    return random_coworking_user(rng, ids)


def random_cases(outdir, n, seed):
    ids = catalog_ids()
    cases = []
    for catalog in CATALOGS:
        rng = random.Random(f"random:{seed}:{catalog}")
        folder = outdir / "inputs" / catalog
        folder.mkdir(parents=True, exist_ok=True)
        requires = REQUIRE[catalog]
        for i in range(n):
            doc = random_assessment(rng, ids, catalog)
            text = json.dumps(doc, ensure_ascii=rng.random() < 0.3, indent=rng.choice([None, 2, 4]))
            (folder / f"{i:05d}.json").write_bytes(text.encode("utf-8"))
            path = f"inputs/{catalog}/{i:05d}.json"
            base = f"random/{catalog}/{i:05d}"
            cases.append(Case(f"{base}.rate-json", ["rate", path, "--format", "json"], cwd="out"))
            lang, other = ("en", "ja") if i % 2 == 0 else ("ja", "en")
            fmt = "markdown" if i % 4 == 3 else "text"
            extra = []
            if i % 3 == 0:
                extra += ["--require", requires[(i // 3) % len(requires)]]
            if i % 5 == 0:
                extra += ["--date", DATES[(i // 5) % len(DATES)]]
            cases.append(Case(f"{base}.rate-{fmt}-{lang}",
                              ["rate", path, "--format", fmt, "--lang", lang, *extra], cwd="out"))
            gfmt = ("text", "markdown", "text", "json")[(i // 2) % 4]
            cases.append(Case(f"{base}.gaps-{gfmt}-{other}",
                              ["gaps", path, "--format", gfmt, "--lang", other], cwd="out"))
            if i % 2 == 1:
                prev = f"inputs/{catalog}/{i - 1:05d}.json"
                if i % 8 == 7:
                    cases.append(Case(f"{base}.diff-json", ["diff", prev, path, "--format", "json"],
                                      cwd="out"))
                else:
                    cases.append(Case(f"{base}.diff-text-{other}",
                                      ["diff", prev, path, "--lang", other], cwd="out"))
    return cases


# --- running ------------------------------------------------------------------------

def section(title, data):
    return b"--- %s (%d bytes)\n" % (title.encode("utf-8"), len(data)) + data + b"\n"


def run_case(cli, outdir, case, env, mask):
    work = None
    try:
        if case.cwd == "work":
            work = tempfile.mkdtemp(prefix="teleworksec-record-")
            for name, data in case.files.items():
                pathlib.Path(work, name).write_bytes(data)
            cwd = work
        else:
            cwd = outdir if case.cwd == "out" else ROOT
        try:
            if case.stdin is None:
                p = subprocess.run([cli, *case.args], stdin=subprocess.DEVNULL, capture_output=True,
                                   cwd=cwd, env=env, timeout=120)
            else:
                p = subprocess.run([cli, *case.args], input=case.stdin, capture_output=True,
                                   cwd=cwd, env=env, timeout=120)
            status, out, err = p.returncode, p.stdout, p.stderr
            exit_text = str(status) if status >= 0 else f"signal {-status}"
        except subprocess.TimeoutExpired as e:
            status, out, err, exit_text = None, e.stdout or b"", e.stderr or b"", "timeout"
        files = []
        for name in case.collect:
            path = pathlib.Path(cwd, name)
            files.append((name, path.read_bytes() if path.is_file() else None))
        leftovers = sorted(p.name for p in pathlib.Path(cwd).iterdir()) if work else []
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)

    def masked(data):
        return FINGERPRINT.sub(b"<fingerprint>", data) if mask else data

    record = b"command: " + shlex.join(["teleworksec", *case.args]).encode("utf-8") + b"\n"
    record += b"cwd: " + case.cwd.encode() + b"\n"
    if case.files:
        record += b"given files: " + " ".join(sorted(case.files)).encode("utf-8") + b"\n"
    record += b"exit: " + exit_text.encode() + b"\n"
    if case.stdin is not None:
        record += section("stdin", case.stdin if len(case.stdin) <= 65536 else
                          b"<%d bytes, not shown>" % len(case.stdin))
    record += section("stdout", masked(out)) + section("stderr", masked(err))
    for name, data in files:
        record += (section(f"file {name}", masked(data)) if data is not None
                   else f"--- file {name} absent\n".encode("utf-8"))
    if work:
        record += b"files left: " + " ".join(leftovers).encode("utf-8") + b"\n"
    target = outdir / (case.name + ".out")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(record)
    return case.name, exit_text


def main(argv):
    parser = argparse.ArgumentParser(
        description="Record every output of the teleworksec CLI (see the top of this file).")
    parser.add_argument("cli", help="the teleworksec binary")
    parser.add_argument("outdir", help="a new or empty directory for the recording")
    parser.add_argument("--random", type=int, default=2000, metavar="N",
                        help="random assessments per catalog (default 2000)")
    parser.add_argument("--seed", type=int, default=20261126, help="seed (default 20261126)")
    parser.add_argument("--ask-random", type=int, default=25, metavar="N",
                        help="random ask sessions per catalog (default 25)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                        help="parallel runs (default: the number of CPUs)")
    parser.add_argument("--mask-fingerprints", action="store_true",
                        help="write <fingerprint> instead of each 16-hex-digit fingerprint")
    args = parser.parse_args(argv[1:])

    cli = shutil.which(args.cli) if os.sep not in args.cli else args.cli
    if cli is None or not os.access(cli, os.X_OK):
        parser.error(f"{args.cli}: not an executable")
    cli = os.path.abspath(cli)
    outdir = pathlib.Path(args.outdir).resolve()
    if outdir.exists() and any(outdir.iterdir()):
        parser.error(f"{args.outdir}: not empty; record into a new directory")
    outdir.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    found = samples()
    cases = (help_cases() + usage_cases() + rate_gaps_cases(found) + template_rules_cases() +
             diff_cases(found) + ask_cases(args.ask_random, args.seed) + import_cases() +
             bad_cases() + random_cases(outdir, args.random, args.seed))
    names = [c.name for c in cases]
    assert len(set(names)) == len(names), "two cases with one name"

    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8")
    by_kind, by_exit, odd = {}, {}, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_case, cli, outdir, c, env, args.mask_fingerprints) for c in cases]
        for future in concurrent.futures.as_completed(futures):
            name, exit_text = future.result()
            kind = name.split("/", 1)[0]
            by_kind[kind] = by_kind.get(kind, 0) + 1
            by_exit[exit_text] = by_exit.get(exit_text, 0) + 1
            if exit_text not in ("0", "1", "2", "130"):
                odd.append((name, exit_text))

    elapsed = time.monotonic() - started
    print(f"recorded {len(cases)} cases into {args.outdir} in {elapsed:.1f} s "
          f"(random {args.random} per catalog, seed {args.seed}, ask-random {args.ask_random}"
          f"{', fingerprints masked' if args.mask_fingerprints else ''})")
    print("by kind:  " + ", ".join(f"{k} {by_kind[k]}" for k in sorted(by_kind)))
    print("by exit:  " + ", ".join(f"{k}: {by_exit[k]}" for k in sorted(by_exit)))
    for name, exit_text in sorted(odd):
        print(f"ODD: {name}: exit {exit_text}", file=sys.stderr)
    return 1 if odd else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
