#!/usr/bin/env python3
"""Runs `teleworksec import nmap` on every file of the nmap bad-input corpus:
each must exit 2 with exactly the message of EXPECTED.tsv (file, XML path,
what was expected) on standard error, and print nothing on standard output.

usage: bad_input.py TELEWORKSEC_CLI CORPUS_DIR
"""

import os
import subprocess
import sys


def main():
    cli, corpus = sys.argv[1], sys.argv[2]
    expected = {}
    with open(os.path.join(corpus, "EXPECTED.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, message = line.rstrip("\n").split("\t", 1)
            expected[name] = message
    files = sorted(n for n in os.listdir(corpus) if n.endswith(".xml"))
    failures = 0
    if sorted(expected) != files:
        print("EXPECTED.tsv and the corpus differ:", sorted(set(expected) ^ set(files)))
        failures += 1
    for name in files:
        r = subprocess.run([cli, "import", "nmap", name], cwd=corpus, capture_output=True,
                           text=True, timeout=30)
        want = expected.get(name, "?")
        if r.returncode != 2 or r.stdout or want not in r.stderr.splitlines():
            failures += 1
            print(f"FAIL {name}: exit {r.returncode}\n  expected: {want}\n  stderr:   "
                  f"{r.stderr.strip()}")
    print(f"{len(files) - failures if failures <= len(files) else 0} of {len(files)} bad scans "
          "rejected as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
