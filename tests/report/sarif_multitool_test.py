#!/usr/bin/env python3
"""Microsoft's SARIF validator on `rate --format sarif` of every sample and
hostile sample: `Sarif.Multitool validate --rule-kind "Sarif;Gh"` (the SARIF
rules and GitHub's ingestion rules) must report no error. Its warnings and
notes are the README's (section "SARIF"); a new kind of warning fails the test
so that the README stays true.

    sarif_multitool_test.py CLI MULTITOOL ROOT OUTDIR
"""

import os
import re
import subprocess
import sys

# What the validator is known to say of our logs, and why we leave it.
KNOWN = {
    "SARIF2005",  # warning: no informationUri: the project has no home page to name
    "SARIF2002", "SARIF2003", "SARIF2006", "SARIF2009", "SARIF2010", "SARIF2011", "SARIF2012",
    "SARIF2013",  # notes: messageStrings, version control, $schema URI, '/' in rule IDs, snippets,
                  # context regions, help URIs, acronyms in rule names, embedded file content
}


def main():
    cli, multitool, root, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    failures = []
    count = 0
    for folder in (("examples", "assessments"), ("tests", "data", "telework"), ("tests", "data", "hostile")):
        for name in sorted(os.listdir(os.path.join(root, *folder))):
            if not name.endswith(".json"):
                continue
            log = os.path.join(out, name[:-5] + ".sarif")
            with open(log, "wb") as f:
                # A path relative to the repository, as a security tab wants it.
                f.write(subprocess.run([cli, "rate", "/".join(folder + (name,)), "--format", "sarif"],
                                       cwd=root, check=True, capture_output=True).stdout)
            run = subprocess.run([multitool, "validate", log, "--rule-kind", "Sarif;Gh",
                                  "--level", "Error;Warning;Note"], capture_output=True, timeout=300)
            text = run.stdout.decode("utf-8", "replace")
            count += 1
            for kind, rule in re.findall(r": (error|warning|note) ([A-Z]+[0-9]+):", text):
                if kind == "error" or rule not in KNOWN:
                    failures.append("%s: %s %s" % (name, kind, rule))
            if run.returncode != 0:
                failures.append("%s: exit %d\n%s" % (name, run.returncode, text[-2000:]))
    for f in sorted(set(failures)):
        print("FAIL: " + f)
    print("%d logs validated" % count)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
