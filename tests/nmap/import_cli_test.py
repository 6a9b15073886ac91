#!/usr/bin/env python3
"""`teleworksec import nmap` end to end, on scans written here (no nmap needed).

- Seven scans of 1,000 hosts each, every host with a finding on several
  checks: the assessment written stays below the reader's 16 MiB and `rate`
  reads it back (findings beyond 100 per check and scan are folded).
- The same scan under another path changes nothing, byte for byte; --remove
  withdraws it again, byte for byte back to the assessment before it.
- A status set by hand that the scan contradicts: the default writes nothing
  and says so; replace keeps the inspector's findings beside the scan's.
- A failed script is a warning, exit 0, and its check stays not_performed.

usage: import_cli_test.py TELEWORKSEC_CLI WORK_DIR
"""

import json
import os
import shutil
import subprocess
import sys

CLI, WORK = sys.argv[1], sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def scan_xml(start, hosts, body):
    """An nmap-shaped scan of `hosts` hosts in 10.S.x.y, each with `body` as its ports."""
    out = [f'<?xml version="1.0"?><nmaprun scanner="nmap" start="{start}" '
           'args="nmap -sS -p T:21,22,443 --script ftp-anon,ssh-auth-methods,ssl-cert,'
           'ssl-enum-ciphers 10.0.0.0/16">'
           '<scaninfo type="syn" protocol="tcp" numservices="3" services="21-22,443"/>']
    for h in range(hosts):
        out.append(f'<host><status state="up"/><address addr="10.{start % 250}.{h // 250}.{h % 250}" '
                   f'addrtype="ipv4"/><ports>{body}</ports></host>')
    out.append('<runstats><finished exit="success"/></runstats></nmaprun>')
    return "".join(out)


WEAK_HOST = (
    '<port protocol="tcp" portid="21"><state state="open"/><service name="ftp"/>'
    '<script id="ftp-anon" output="Anonymous FTP login allowed (FTP code 230)"/></port>'
    '<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/>'
    '<script id="ssh-auth-methods" output="&#xa;  Supported authentication methods: &#xa;'
    '    publickey&#xa;    password"/></port>'
    '<port protocol="tcp" portid="443"><state state="open"/><service name="http" tunnel="ssl"/>'
    '<script id="ssl-cert" output="Subject: commonName=x&#xa;Not valid after:  2020-01-01T00:00:00">'
    '<table key="subject"><elem key="commonName">x</elem></table>'
    '<table key="issuer"><elem key="commonName">x</elem></table>'
    '<table key="pubkey"><elem key="type">rsa</elem><elem key="bits">1024</elem></table>'
    '<table key="validity"><elem key="notAfter">2020-01-01T00:00:00</elem></table></script>'
    '<script id="ssl-enum-ciphers" output="&#xa;  TLSv1.0: &#xa;  least strength: C">'
    '<table key="TLSv1.0"><table key="ciphers"><table><elem key="kex_info">dh 1024</elem>'
    '<elem key="name">TLS_DHE_RSA_WITH_AES_128_CBC_SHA</elem><elem key="strength">C</elem>'
    '</table></table></table><elem key="least strength">C</elem></script></port>')


def write(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)

# --- several large scans ------------------------------------------------------
scans = [write(f"site-{k}.xml", scan_xml(1795676763 + k, 1000, WEAK_HOST)) for k in range(7)]
big = os.path.join(WORK, "big.json")
r = run("import", "nmap", *scans, "--out", big)
check(r.returncode == 0, f"seven large scans import (exit {r.returncode}): {r.stderr[-300:]}")
if r.returncode == 0:
    size = os.path.getsize(big)
    check(size < 16 << 20, f"the assessment is {size} bytes, at or above the 16 MiB reader limit")
    check("folded the findings beyond 100 of one check" in r.stderr, "folding is announced")
    rated = run("rate", big, "--format", "json")
    check(rated.returncode == 0, f"rate reads the imported assessment: {rated.stderr[-300:]}")
    if rated.returncode == 0:
        result = json.loads(rated.stdout)
        ssh = result["diagnosis"]["checks"]["certification-v2/vuln/13"]
        check(ssh["status"] == "findings" and ssh["grade"] == "C",
              f"check 13 is findings, grade C (password authentication: medium): {ssh['status']}")
        check(len(ssh["findings"]) == 7 * 101, f"7 scans x (100 + 1 folded) findings: "
              f"{len(ssh['findings'])}")
        tls = result["diagnosis"]["checks"]["certification-v2/vuln/22"]
        check(tls["grade"] == "C", f"check 22: TLS 1.0 only and 1,024-bit keys are medium: {tls}")

# --- identity and withdrawal --------------------------------------------------
small = write("small.xml", scan_xml(1795676800, 3, WEAK_HOST))
base = write("base.json", read(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                            "../../examples/assessments/four-stars.json")))
before = read(base)
for key in ("13", "20", "7", "22"):  # leave these to the scan
    doc = json.loads(read(base))
    doc["diagnosis"].pop(f"certification-v2/vuln/{key}", None)
    write("base.json", json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
cleared = read(base)
r = run("import", "nmap", small, "--into", base)
check(r.returncode == 0, f"import into the assessment: {r.stderr[-300:]}")
once = read(base)
os.makedirs(os.path.join(WORK, "copy"), exist_ok=True)
shutil.copy(small, os.path.join(WORK, "copy", "renamed.xml"))
r = run("import", "nmap", os.path.join(WORK, "copy", "renamed.xml"), "--into", base)
check(r.returncode == 0 and read(base) == once,
      "the same scan under another path changes nothing, byte for byte")
r = run("import", "nmap", "--remove", small, "--into", base)
check(r.returncode == 0 and "withdrawn from" in r.stderr, f"--remove: {r.stderr}")
after = json.loads(read(base))
check(json.loads(cleared)["diagnosis"] == after["diagnosis"],
      "withdrawing the scan restores the diagnosis as it was before it")

# --- conflicts ----------------------------------------------------------------
write("base.json", before)  # four-stars: 13 passed and 20 with findings, by hand
r = run("import", "nmap", small, "--into", base)
check(r.returncode == 2, f"a conflict with a status set by hand exits 2 (got {r.returncode})")
check("conflict: certification-v2/vuln/13: set by hand passed, the scan says findings (worst "
      "medium); nothing written" in r.stderr, f"the conflict says nothing was written: {r.stderr}")
check(read(base) == before, "nothing written on a conflict")
r = run("import", "nmap", small, "--into", base, "--on-conflict", "replace")
check(r.returncode == 0, "replace")
hand_findings = [f for f in json.loads(before)["diagnosis"]["certification-v2/vuln/20"]["findings"]]
now = json.loads(read(base))["diagnosis"]["certification-v2/vuln/20"]
check(all(f in now["findings"] for f in hand_findings),
      "replace keeps the findings entered by hand beside the scan's")

# --- a failed script ----------------------------------------------------------
failed = write("failed.xml", scan_xml(1795676900, 1, WEAK_HOST.replace(
    'output="&#xa;  TLSv1.0: &#xa;  least strength: C">',
    'output="ERROR: Script execution failed (use -d to debug)">')))
r = run("import", "nmap", failed)
check(r.returncode == 0, f"a failed script does not abort the import: {r.stderr}")
check(f"warning: 10.{1795676900 % 250}.0.0:443/tcp ssl-enum-ciphers: ERROR: Script execution "
      "failed" in r.stderr,
      f"the failed script is a warning: {r.stderr}")

if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("all import checks passed")
