#!/usr/bin/env python3
"""Loopback integration test of `teleworksec import nmap` with real services.

Starts real Debian services on 127.0.0.1, high ports — one set configured to
be vulnerable ("weak"), one hardened — scans each set with the real nmap and
the README's command line, imports each scan, rates it, and checks every
check's status and worst severity against the expectations below (each with
its reason). For every check expected passed it also proves from the scan
itself that the scan tested it. Two twins of the hardened scan — one without
UDP, port 443, smtp-open-relay and dns-zone-transfer.domain, one selecting
its scripts with a boolean --script expression — must leave the checks they
cannot test not_performed with a reason naming what was missing.

The weak set (15 services): BIND 9 (recursion, zone transfer), an SMTP server
(open relay, VRFY), pure-ftpd (writable anonymous upload), lighttpd (WebDAV
without authentication), an HTTP server (TRACE, internal address), stunnel4
(anonymous ECDH, self-signed), openssl s_server twice (TLS 1.0 only, RSA 1,024
bits, expired; RSA 512 bits), OpenSSH (passwords), snmpd (public), Redis
(no password), telnetd on a high port, a shell bound to a port, a BitTorrent
peer and Transmission's banner. The hardened set (8): the first six of them,
OpenSSH and snmpd, configured safely, and none of the rest.

Each set lives in a network (and mount) namespace of its own, so scanning
every TCP port (checks 1, 25, 26) sees only the set's services, nothing else
on the machine is touched, and the standard ports are provably empty. BIND
listens on port 53 there (the only port dns-recursion and dns-zone-transfer
probe); everything else on high ports. The weak set's namespace has a user
`ftp` (a private /etc/passwd) for pure-ftpd's anonymous login.

Every service it started is stopped on exit, also on SIGTERM/SIGINT (the ctest
timeout), by process group; every step has a time bound.

usage: loopback_test.py TELEWORKSEC_CLI WORK_DIR [--record DATA_DIR | --replay DATA_DIR]

Exit status: 0 passed, 1 failed, 77 skipped: a program it needs is not
installed, it does not run as root, or it cannot create a network namespace.
The message names what is missing. With CI=true in the environment that is a
failure instead, so a CI job cannot pass without the test. --record copies the
scans' XML into DATA_DIR (tests/data/nmap/), where the importer's unit tests
read them without any service running. --replay checks the expectations
against the scans recorded in DATA_DIR instead (no service, no root: the
nmap.loopback_recorded test).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
VULN = "certification-v2/vuln/"
# dns-zone-transfer asks for the registrable part of its domain argument (a
# label under a public suffix it knows: "x.test" would become "test"), so the
# zone is the README's example.jp, served only inside the test's namespace.
ZONE = "example.jp"

# TCP ports on 127.0.0.1 inside each set's namespace, above 40000 (BIND: 53).
WEAK = {"ftp": 47021, "ssh": 47022, "telnet": 47023, "smtp": 47025, "http": 47080,
        "dav": 47081, "shell": 47099, "redis": 47379, "tls": 47443, "tls10": 47444,
        "tls512": 47445, "bittorrent": 47881, "tracker": 47969}
HARD = {"ftp": 48021, "ssh": 48022, "smtp": 48025, "http": 48080, "dav": 48081, "tls": 48443}
SNMP = {"weak": 47161, "hardened": 48161}  # UDP
PASSIVE = {"weak": "47900:47949", "hardened": "48900:48949"}  # pure-ftpd's data ports
DNS = 53

# The README's command line, plus the scripts that enumerate SMTP users and
# WebDAV, and the arguments they need; the standard ports are in the list so
# that a check whose script probes only them was tested (nothing listens there
# but BIND).
README_SCRIPTS = ("default,dns-zone-transfer,smtp-open-relay,smb-enum-shares,smb-enum-users,"
                  "snmp-brute,ssh-auth-methods,http-trace,http-internal-ip-disclosure,"
                  "ssl-enum-ciphers,smb-vuln-*,*-backdoor,vulners")
SCRIPTS = README_SCRIPTS + ",smtp-enum-users,http-webdav-scan"
SCRIPT_ARGS = f"dns-zone-transfer.domain={ZONE},smtp-enum-users.methods={{VRFY,EXPN}}"
STANDARD_TCP = (21, 22, 25, 53, 80, 139, 443, 445, 465, 587)
STANDARD_UDP = (53, 161)
COMMON = ["-T4", "--max-retries", "2", "--script-timeout", "90s"]

NMAP_SECONDS = 240
SERVICE_START_SECONDS = 20
CLI_SECONDS = 60

SCAN_FILES = {"weak": "loopback-weak-v2.xml", "hardened": "loopback-hardened-v2.xml",
              "untested": "loopback-hardened-untested.xml",
              "expression": "loopback-hardened-expression.xml"}
# The script selection of the "expression" twin: nmap's grammar with
# parentheses, or, and not and a glob; ssl-cert (a default script) is excluded.
EXPRESSION = "(default or ssl-enum-ciphers or smtp-enum-*) and not (ssl-cert or smtp-open-relay)"


def scan_argv(name, out):
    """The nmap command of scan `name`, writing its XML to `out`."""
    ports = WEAK if name == "weak" else HARD
    if name in ("weak", "hardened"):
        udp = ",".join(str(p) for p in (*STANDARD_UDP, SNMP[name]))
        return ["nmap", "-sS", "-sU", "-sV", "-p", f"T:1-65535,U:{udp}", "--script", SCRIPTS,
                "--script-args", SCRIPT_ARGS, *COMMON, "-oX", out, "127.0.0.1"]
    if name == "expression":
        tcp = ",".join(str(p) for p in sorted({*STANDARD_TCP, *ports.values()}))
        return ["nmap", "-sS", "-sV", "-p", f"T:{tcp}", "--script", EXPRESSION,
                "--script-args", "smtp-enum-users.methods={VRFY,EXPN}", *COMMON, "-oX", out,
                "127.0.0.1"]
    # The untested twin: the hardened services without UDP, without 443 among
    # the standard ports, without every TCP port, without smtp-open-relay and
    # without dns-zone-transfer.domain.
    tcp = ",".join(str(p) for p in sorted({*STANDARD_TCP, *ports.values()} - {443}))
    scripts = SCRIPTS.replace("smtp-open-relay,", "")
    return ["nmap", "-sS", "-sV", "-p", f"T:{tcp}", "--script", scripts,
            "--script-args", "smtp-enum-users.methods={VRFY,EXPN}", *COMMON, "-oX", out,
            "127.0.0.1"]


# --- reading a scan (independently of the importer) -------------------------


class Scan:
    """What an nmap XML file shows, read with the standard library only: the
    proof that a check expected passed was really tested."""

    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.args = root.get("args", "")
        self.listed = {}
        for info in root.iter("scaninfo"):
            numbers = set()
            for part in info.get("services", "").split(","):
                if "-" in part:
                    lo, hi = part.split("-")
                    numbers.update(range(int(lo), int(hi) + 1))
                elif part:
                    numbers.add(int(part))
            self.listed[info.get("protocol")] = numbers
        self.ports = {}
        for port in root.iter("port"):
            service = port.find("service")
            self.ports[(port.get("protocol"), int(port.get("portid")))] = {
                "state": port.find("state").get("state"),
                "service": service.get("name") if service is not None else "",
                "tunnel": service.get("tunnel", "") if service is not None else "",
                "product": service.get("product", "") if service is not None else "",
                "scripts": {s.get("id"): s.get("output", "") for s in port.findall("script")},
                "elements": {s.get("id"): s for s in port.findall("script")},
            }
        self.start = int(root.get("start", "0"))

    def all_tcp(self):
        return len(self.listed.get("tcp", ())) == 65535 and "-sV" in self.args.split()

    def is_open(self, proto, number):
        return self.ports.get((proto, number), {}).get("state") == "open"

    def closed(self, proto, *numbers):
        """Listed and not open: the standard ports where nothing listens."""
        return all(n in self.listed.get(proto, ()) and not self.is_open(proto, n)
                   for n in numbers)

    def output(self, port, script, proto="tcp"):
        return self.ports.get((proto, port), {}).get("scripts", {}).get(script)

    def elem(self, port, script, *keys, proto="tcp"):
        """The text of <elem key=LAST> inside <table key=...> of a script's
        structured output, or None."""
        node = self.ports.get((proto, port), {}).get("elements", {}).get(script)
        for key in keys[:-1]:
            node = None if node is None else node.find(f"table[@key='{key}']")
        found = None if node is None else node.find(f"elem[@key='{keys[-1]}']")
        return None if found is None else found.text

    def services(self):
        return {p["service"] for p in self.ports.values() if p["state"] == "open"}

    def service(self, port, proto="tcp"):
        p = self.ports.get((proto, port), {})
        return p.get("service", "") if p.get("state") == "open" else ""


def has(text, *needles):
    return text is not None and all(n in text for n in needles)


# --- expectations -----------------------------------------------------------
# check number -> (status, worst severity or None, reason, proof or None).
# A proof is a function of the scan (Scan) that is true when the scan shows
# the check was tested; every expected "passed" has one. Checks not listed
# stay not_performed (17, 18, 24, 27–32: no nmap script decides them).
P, F, N = "passed", "findings", "not_performed"

EVERY_PORT = lambda s: s.all_tcp()  # noqa: E731
SMB_CLOSED = lambda s: s.closed("tcp", 139, 445)  # noqa: E731
NO_BACKDOOR = lambda s: s.all_tcp() and not s.services() & {  # noqa: E731
    "bindshell", "telnet", "bittorrent", "bittorrent-tracker", "gnutella", "edonkey"}

EXPECT_WEAK = {
    1: (P, None, "every TCP port scanned: an inventory", EVERY_PORT),
    2: (N, None, "vulners printed nothing (no database reachable from the test's namespace): "
        "never passed on silence", None),
    3: (F, "medium", "BIND with recursion yes for any client: an open resolver (amplification, "
        "cache poisoning) — medium", None),
    4: (F, "medium", f"BIND with allow-transfer any: dns-zone-transfer lists {ZONE}, its "
        "internal host names disclosed — medium", None),
    5: (F, "high", "the SMTP server accepts mail for any domain: an open relay — high", None),
    6: (F, "medium", "VRFY root answers 250, unknown users 550: smtp-enum-users lists root "
        "(medium); VRFY in the EHLO keywords alone would be low", None),
    7: (F, "high", "pure-ftpd with anonymous login and a world-writable incoming/: malware "
        "drop and defacement — high", None),
    8: (N, None, "an FTP service, but the scan is not imported with --from-internet", None),
    9: (P, None, "T:139,445 scanned, nothing listens there", SMB_CLOSED),
    10: (P, None, "T:139,445 scanned, nothing listens there", SMB_CLOSED),
    11: (F, "medium", "snmpd answers community public: system description readable — medium",
         None),
    12: (F, "high", "snmp-brute finds the default community public — high", None),
    13: (F, "medium", "sshd with PasswordAuthentication yes: password guessing — medium", None),
    14: (N, None, "Redis without a password, but the scan is not imported with "
         "--from-internet", None),
    15: (F, "high", "lighttpd's mod_webdav offers PUT, DELETE, MKCOL, MOVE, COPY to an "
         "unauthenticated request: defacement — high", None),
    16: (F, "medium", "the HTTP server echoes TRACE (cross-site tracing) — medium", None),
    19: (F, "low", "the HTTP server redirects an HTTP/1.0 request without Host to 10.0.0.5: "
         "internal addressing leaks — low", None),
    20: (F, "medium", "self-signed certificates (stunnel4, s_server), one expired in 2021 — "
         "medium", None),
    21: (P, None, "sslv2 ran on every TLS port; none offers SSLv2",
         lambda s: all(s.ports[("tcp", WEAK[k])]["tunnel"] == "ssl" or
                       s.service(WEAK[k]) == "ssl" for k in ("tls", "tls10", "tls512"))
         and s.closed("tcp", 443)),
    22: (F, "urgent", "stunnel4 offers anonymous ECDH (grade F): interception without effort — "
         "urgent; s_server: TLS 1.0 only and RSA 1,024 bits (medium), RSA 512 bits (high)",
         None),
    23: (P, None, "T:139,445 scanned, nothing listens there", SMB_CLOSED),
    25: (F, "urgent", "bash bound to a port (nmap: bindshell) — urgent; telnetd on a "
         "non-standard port — high", None),
    26: (F, "medium", "a BitTorrent peer (bittorrent) and Transmission's banner "
         "(bittorrent-tracker) — medium", None),
}

EXPECT_HARD = {
    1: (P, None, "every TCP port scanned: an inventory", EVERY_PORT),
    2: (N, None, "vulners printed nothing: never passed on silence", None),
    3: (P, None, "BIND with recursion no on U:53: dns-recursion got an answer without RA",
        lambda s: s.is_open("udp", DNS) and s.output(DNS, "dns-recursion", "udp") is None),
    4: (P, None, f"BIND with allow-transfer none: the AXFR of {ZONE} is refused",
        lambda s: s.is_open("tcp", DNS) and f"dns-zone-transfer.domain={ZONE}" in s.args),
    5: (P, None, "the SMTP server refuses relaying (553)",
        lambda s: has(s.output(HARD["smtp"], "smtp-open-relay"),
                      "doesn't seem to be an open relay")),
    6: (P, None, "VRFY answers 252 and neither EHLO nor HELP list VRFY or EXPN",
        lambda s: s.output(HARD["smtp"], "smtp-commands") is not None
        and "VRFY" not in s.output(HARD["smtp"], "smtp-commands")
        and s.output(HARD["smtp"], "smtp-enum-users") is not None),
    7: (P, None, "pure-ftpd with -E: no anonymous login (ftp-anon silent on an FTP service)",
        lambda s: s.service(HARD["ftp"]) == "ftp" and s.closed("tcp", 21)),
    8: (N, None, "not imported with --from-internet", None),
    9: (P, None, "T:139,445 scanned, nothing listens there", SMB_CLOSED),
    10: (P, None, "T:139,445 scanned, nothing listens there", SMB_CLOSED),
    11: (P, None, "snmpd knows only a random community: public gets no answer",
         lambda s: s.closed("udp", 161) and SNMP["hardened"] in s.listed.get("udp", ())),
    12: (P, None, "no community of nmap's list is accepted",
         lambda s: s.closed("udp", 161) and SNMP["hardened"] in s.listed.get("udp", ())),
    13: (P, None, "sshd with PasswordAuthentication no: public keys only",
         lambda s: has(s.output(HARD["ssh"], "ssh-auth-methods"), "publickey")
         and "password" not in s.output(HARD["ssh"], "ssh-auth-methods")),
    14: (N, None, "not imported with --from-internet", None),
    15: (P, None, "lighttpd serves GET and HEAD only, the HTTP server GET, HEAD, OPTIONS",
         lambda s: s.service(HARD["http"]) == "http" and s.service(HARD["dav"]) == "http"
         and s.closed("tcp", 80, 443)),
    16: (P, None, "TRACE gets 405 (HTTP server) or 403 (lighttpd)",
         lambda s: s.service(HARD["http"]) == "http" and s.closed("tcp", 80, 443)),
    19: (P, None, "the HTTP server answers a request without Host with 200, no address",
         lambda s: s.service(HARD["http"]) == "http" and s.closed("tcp", 80, 443)),
    20: (P, None, "the certificate is signed by a (test) CA and current",
         lambda s: s.elem(HARD["tls"], "ssl-cert", "issuer", "commonName") == "teleworksec test CA"
        and s.elem(HARD["tls"], "ssl-cert", "subject", "commonName") == "hardened.test"
        and time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s.start))
        < (s.elem(HARD["tls"], "ssl-cert", "validity", "notAfter") or "")),
    21: (P, None, "no SSLv2", lambda s: s.ports[("tcp", HARD["tls"])]["tunnel"] == "ssl"),
    22: (P, None, "TLS 1.2 with ECDHE and AES-GCM only, RSA 2,048 bits: grade A",
         lambda s: has(s.output(HARD["tls"], "ssl-enum-ciphers"), "least strength: A")
         and "TLSv1.0" not in s.output(HARD["tls"], "ssl-enum-ciphers")),
    23: (P, None, "T:139,445 scanned, nothing listens there", SMB_CLOSED),
    25: (P, None, "every TCP port with -sV: no bind shell, no telnet, no backdoor", NO_BACKDOOR),
    26: (P, None, "every TCP port with -sV: no P2P service", NO_BACKDOOR),
}

# Where a check has findings on several ports: the worst severity per port
# (findings whose title names 127.0.0.1:PORT/), each with its reason.
PORT_SEVERITY = {
    6: {WEAK["smtp"]: ("medium", "VRFY root 250: smtp-enum-users lists root")},
    15: {WEAK["dav"]: ("high", "WebDAV PUT, DELETE, MKCOL, MOVE, COPY without authentication"),
         WEAK["http"]: ("low", "TRACE only: a risky method, no write method"),
         WEAK["tls"]: ("low", "the same HTTP server behind stunnel4")},
    16: {WEAK["http"]: ("medium", "TRACE echoed"), WEAK["tls"]: ("medium", "TRACE echoed")},
    20: {WEAK["tls"]: ("medium", "self-signed"), WEAK["tls10"]: ("medium", "self-signed, "
         "expired 2021-01-01"), WEAK["tls512"]: ("medium", "self-signed")},
    22: {WEAK["tls"]: ("urgent", "anonymous ECDH suites (grade F)"),
         WEAK["tls10"]: ("medium", "TLS 1.0 only and RSA 1,024 bits (key exchange and "
                         "certificate): below 2,048 bits, no TLS 1.2 — although nmap grades A"),
         WEAK["tls512"]: ("high", "RSA key exchange and certificate of 512 bits: below 1,024 "
                          "bits")},
    25: {WEAK["shell"]: ("urgent", "bindshell"),
         WEAK["telnet"]: ("high", "telnet on a port other than 23")},
    26: {WEAK["bittorrent"]: ("medium", "bittorrent"),
         WEAK["tracker"]: ("medium", "bittorrent-tracker")},
}
# Titles name the service with its TLS layer: port -> the word the title has.
TITLE_SERVICE = {WEAK["tls"]: "https", WEAK["http"]: "http", WEAK["tls10"]: "https",
                 WEAK["tls512"]: "https"}

# The same scans imported with --from-internet: checks 8 and 14 are decided.
INTERNET_WEAK = {
    8: (F, "medium", "pure-ftpd reachable: cleartext passwords across the internet — medium",
        None),
    14: (F, "high", "Redis without a password reachable — high", None),
}
INTERNET_HARD = {
    8: (F, "medium", "the hardened pure-ftpd is still FTP — medium", None),
    14: (P, None, "every TCP port with -sV: no database service",
         lambda s: s.all_tcp() and not s.services() & {"mysql", "ms-sql-s", "postgresql",
                                                       "oracle-tns", "mongodb", "redis"}),
}

# The untested twin: check -> (status, None, reason, proof or the words the
# check's note must contain — any of the alternatives).
EXPECT_UNTESTED = {
    1: (N, None, "only 16 TCP ports", ("65535", "every TCP port", "all TCP ports", "-p-")),
    2: (N, None, "vulners printed nothing", ("vulners",)),
    3: (N, None, "no UDP scan: U:53 not in the port list", ("U:53",)),
    4: (N, None, "dns-zone-transfer ran without its domain", ("dns-zone-transfer.domain",)),
    5: (N, None, "smtp-open-relay not in --script", ("smtp-open-relay",)),
    6: EXPECT_HARD[6],
    7: EXPECT_HARD[7],
    8: (N, None, "not from the internet", ("internet",)),
    9: EXPECT_HARD[9],
    10: EXPECT_HARD[10],
    11: (N, None, "U:161 not in the port list", ("U:161",)),
    12: (N, None, "U:161 not in the port list", ("U:161",)),
    13: EXPECT_HARD[13],
    14: (N, None, "not from the internet", ("internet",)),
    15: (N, None, "443 not in the port list", ("443",)),
    16: (N, None, "443 not in the port list", ("443",)),
    19: (N, None, "443 not in the port list", ("443",)),
    20: (N, None, "443 not in the port list", ("443",)),
    21: (N, None, "443 not in the port list", ("443",)),
    22: (N, None, "443 not in the port list", ("443",)),
    23: EXPECT_HARD[23],
    25: (N, None, "only 16 TCP ports", ("65535", "every TCP port", "all TCP ports", "-p-")),
    26: (N, None, "only 16 TCP ports", ("65535", "every TCP port", "all TCP ports", "-p-")),
}

# The expression twin: the standard TCP ports and the hardened services, no
# UDP, the scripts of EXPRESSION only.
EXPECT_EXPRESSION = {
    1: EXPECT_UNTESTED[1],
    2: EXPECT_UNTESTED[2],
    3: EXPECT_UNTESTED[3],
    4: (N, None, "dns-zone-transfer is not selected", ("dns-zone-transfer",)),
    5: (N, None, "smtp-open-relay is excluded by `not`", ("smtp-open-relay",)),
    6: (P, None, "smtp-commands (default) and smtp-enum-users (smtp-enum-*) ran and found "
        "nothing", EXPECT_HARD[6][3]),
    7: EXPECT_HARD[7],
    8: EXPECT_UNTESTED[8],
    9: (P, None, "smb-os-discovery (default) on T:139,445, where nothing listens", SMB_CLOSED),
    10: (N, None, "smb-enum-shares is not selected", ("smb-enum-shares",)),
    11: EXPECT_UNTESTED[11],
    12: EXPECT_UNTESTED[12],
    13: (N, None, "ssh-auth-methods (auth, intrusive) is not selected", ("ssh-auth-methods",)),
    14: EXPECT_UNTESTED[14],
    15: EXPECT_HARD[15],
    16: (P, None, "http-methods (default) is one of check 16's scripts", EXPECT_HARD[16][3]),
    19: (N, None, "http-internal-ip-disclosure is not selected",
         ("http-internal-ip-disclosure",)),
    20: (N, None, "ssl-cert is excluded by `not`", ("ssl-cert",)),
    21: (P, None, "sslv2 (default) on the TLS port", EXPECT_HARD[21][3]),
    22: (P, None, "ssl-enum-ciphers (by name) printed grade A on the TLS port",
         EXPECT_HARD[22][3]),
    23: (N, None, "no smb-vuln-* script is selected", ("smb-vuln-*",)),
    25: EXPECT_UNTESTED[25],
    26: EXPECT_UNTESTED[26],
}

# Checks an inspector decides by other means: set passed by hand in the
# assessments that are rated, so the level depends on the scan alone.
BY_HAND = (2, 8, 14, 17, 18, 24, 27, 28, 29, 30, 31, 32)

# --- process handling ---------------------------------------------------------

started = []  # Popen objects, each the leader of its own session


def stop_all():
    for p in reversed(started):
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + 5
    for p in reversed(started):
        try:
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait(timeout=5)
    started.clear()


def on_signal(signum, _frame):
    stop_all()
    sys.exit(128 + signum)


def start(name, argv, work, env=None):
    log = open(os.path.join(work, name + ".log"), "wb")
    p = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         start_new_session=True, env=env, cwd=work)
    started.append(p)
    return p


def run(argv, seconds, **kw):
    return subprocess.run(argv, timeout=seconds, capture_output=True, text=True, **kw)


class Namespace:
    """A network and mount namespace held by a sleeping process; the services
    and nmap enter it with nsenter (which execs them: their PID is the one
    started)."""

    def __init__(self, name, work, tools):
        self.tools = tools
        self.work = work
        self.holder = start(f"{name}-netns", [tools["unshare"], "--net", "--mount",
                                              "--propagation", "private", "--", "sleep", "3600"],
                            work)
        mine = os.readlink("/proc/self/ns/net")
        deadline = time.monotonic() + SERVICE_START_SECONDS
        while True:
            if self.holder.poll() is not None:
                raise NamespaceError(open(os.path.join(work, f"{name}-netns.log")).read().strip())
            try:
                if os.readlink(f"/proc/{self.holder.pid}/ns/net") != mine:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name}: no network namespace after {SERVICE_START_SECONDS} s")
            time.sleep(0.05)
        self.must([tools["ip"], "link", "set", "lo", "up"])

    def argv(self, argv):
        return [self.tools["nsenter"], "-t", str(self.holder.pid), "-n", "-m", f"--wd={self.work}",
                "--", *argv]

    def must(self, argv):
        r = run(self.argv(argv), 30)
        if r.returncode != 0:
            raise RuntimeError(" ".join(argv) + ": " + r.stderr)

    def listening(self, proto):
        """The local ports with a listening (TCP) or bound (UDP) socket on 127.0.0.1."""
        ports = set()
        for table in (proto, proto + "6"):
            try:
                lines = open(f"/proc/{self.holder.pid}/net/{table}").read().splitlines()[1:]
            except OSError:
                continue
            for line in lines:
                fields = line.split()
                if proto == "udp" or fields[3] == "0A":
                    ports.add(int(fields[1].rsplit(":", 1)[1], 16))
        return ports

    def wait(self, waits):
        deadline = time.monotonic() + SERVICE_START_SECONDS
        for proto, port, proc, name in waits:
            while port not in self.listening(proto):
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with status {proc.returncode} "
                                       f"(see {name}.log)")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} does not listen on {proto} 127.0.0.1:{port}")
                time.sleep(0.1)


class NamespaceError(RuntimeError):
    pass


# Each program the test runs -> the Debian package that installs it.
PROGRAMS = {"nmap": "nmap", "named": "bind9", "pure-ftpd": "pure-ftpd", "lighttpd": "lighttpd",
            "redis-server": "redis-server", "socat": "socat", "telnetd": "inetutils-telnetd",
            "sshd": "openssh-server", "ssh-keygen": "openssh-client", "snmpd": "snmpd",
            "stunnel4": "stunnel4", "openssl": "openssl", "bash": "bash",
            "unshare": "util-linux", "nsenter": "util-linux", "mount": "mount", "ip": "iproute2"}


WEBDAV_MODULE = "/usr/lib/lighttpd/mod_webdav.so"


def find_program(program):
    """The program's path, from PATH or /usr/sbin (not on a user's PATH), or None."""
    return shutil.which(program) or (f"/usr/sbin/{program}"
                                     if os.access(f"/usr/sbin/{program}", os.X_OK) else None)


def find_aiosmtpd_python():
    """A Python that imports aiosmtpd: this one, or Debian's (python3-aiosmtpd)."""
    for python in dict.fromkeys((sys.executable, "/usr/bin/python3")):
        try:
            if (os.access(python, os.X_OK)
                    and run([python, "-c", "import aiosmtpd"], 30).returncode == 0):
                return python
        except (OSError, subprocess.TimeoutExpired):
            pass
    return None


# --- the services -------------------------------------------------------------


def openssl(*args):
    r = run(["openssl", *args], 60)
    if r.returncode != 0:
        raise RuntimeError("openssl " + " ".join(args) + ": " + r.stderr)


def make_certificates(work):
    # stunnel4, weak: self-signed
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
            "-keyout", f"{work}/weak.key", "-out", f"{work}/weak.pem", "-subj", "/CN=weak.test")
    # stunnel4, hardened: signed by a CA of its own
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
            "-keyout", f"{work}/ca.key", "-out", f"{work}/ca.pem",
            "-subj", "/CN=teleworksec test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{work}/hard.key",
            "-out", f"{work}/hard.csr", "-subj", "/CN=hardened.test")
    openssl("x509", "-req", "-in", f"{work}/hard.csr", "-CA", f"{work}/ca.pem",
            "-CAkey", f"{work}/ca.key", "-CAcreateserial", "-days", "30",
            "-out", f"{work}/hard.pem")
    # s_server, TLS 1.0: RSA 1,024 bits, self-signed, expired in 2021 (openssl ca
    # is the one that takes a start and end date)
    os.makedirs(f"{work}/ca-db", exist_ok=True)
    write(f"{work}/ca-db/index.txt", "")
    write(f"{work}/ca-db/serial", "1000\n")
    write(f"{work}/expired-ca.cnf", "\n".join([
        "[ca]", "default_ca = expired", "[expired]", f"database = {work}/ca-db/index.txt",
        f"new_certs_dir = {work}/ca-db", f"serial = {work}/ca-db/serial", "default_md = sha256",
        "policy = anything", "unique_subject = no", "[anything]", "commonName = supplied", ""]))
    openssl("req", "-new", "-newkey", "rsa:1024", "-nodes", "-keyout", f"{work}/tls10.key",
            "-out", f"{work}/tls10.csr", "-subj", "/CN=expired.test")
    openssl("ca", "-batch", "-config", f"{work}/expired-ca.cnf", "-selfsign",
            "-keyfile", f"{work}/tls10.key", "-in", f"{work}/tls10.csr", "-out",
            f"{work}/tls10.pem", "-startdate", "20200101000000Z", "-enddate", "20210101000000Z",
            "-notext")
    # s_server, TLS 1.2: RSA 512 bits, self-signed
    openssl("req", "-x509", "-newkey", "rsa:512", "-nodes", "-days", "30",
            "-keyout", f"{work}/tls512.key", "-out", f"{work}/tls512.pem",
            "-subj", "/CN=short-key.test")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def start_set(name, ns, work, tools, smtp_python):
    """Starts the services of set `name` ("weak" or "hardened") in `ns`."""
    weak = name == "weak"
    ports = WEAK if weak else HARD
    waits = []

    def service(label, argv, proto, port, env=None):
        proc = start(f"{name}-{label}", ns.argv(argv), work, env)
        waits.append((proto, port, proc, f"{name}-{label}"))

    # pure-ftpd allows anonymous logins when a user `ftp` exists: the namespace
    # gets a private /etc/passwd with one, whose home is the anonymous root.
    anon_root = f"{work}/{name}-ftp-root"
    os.makedirs(f"{anon_root}/incoming", exist_ok=True)
    os.chmod(anon_root, 0o555)
    os.chmod(f"{anon_root}/incoming", 0o777 if weak else 0o755)
    write(f"{anon_root}/README.txt", "public files\n")
    with open("/etc/passwd", encoding="utf-8") as f:
        users = [line for line in f.read().splitlines() if not line.startswith("ftp:")]
    write(f"{work}/{name}-passwd",
          "\n".join(users + [f"ftp:x:64990:64990:anonymous FTP:{anon_root}:/usr/sbin/nologin", ""]))
    os.chmod(f"{work}/{name}-passwd", 0o644)
    ns.must([tools["mount"], "--bind", f"{work}/{name}-passwd", "/etc/passwd"])

    # BIND 9 on port 53 (the port dns-recursion and dns-zone-transfer probe).
    # Weak: recursion for anyone and zone transfers to anyone; hardened:
    # authoritative only, no transfers.
    named_dir = f"{work}/{name}-named"
    os.makedirs(named_dir, exist_ok=True)
    write(f"{named_dir}/{ZONE}.zone", "\n".join([
        "$TTL 300", f"@ IN SOA ns1.{ZONE}. hostmaster.{ZONE}. 1 3600 600 86400 300",
        "@ IN NS ns1", "ns1 IN A 127.0.0.1", "intranet IN A 10.0.0.5",
        "fileserver IN A 10.0.0.6", ""]))
    write(f"{named_dir}/named.conf", "\n".join([
        "options {", f'  directory "{named_dir}";', "  pid-file none;",
        f'  session-keyfile "{named_dir}/session.key";',
        f'  managed-keys-directory "{named_dir}";',
        f"  listen-on port {DNS} {{ 127.0.0.1; }};", "  listen-on-v6 { none; };",
        "  dnssec-validation no;", "  allow-query { any; };",
        "  recursion yes;\n  allow-recursion { any; };" if weak else "  recursion no;",
        f"  allow-transfer {{ {'any' if weak else 'none'}; }};", "};", "controls { };",
        f'zone "{ZONE}" {{ type primary; file "{named_dir}/{ZONE}.zone"; }};', ""]))
    bind = start(f"{name}-named", ns.argv([tools["named"], "-g", "-4", "-c",
                                           f"{named_dir}/named.conf"]), work)
    waits += [("tcp", DNS, bind, f"{name}-named"), ("udp", DNS, bind, f"{name}-named")]

    # An SMTP server (aiosmtpd): weak = an open relay answering VRFY root 250,
    # unknown users 550; hardened = no relaying, VRFY 252.
    service("smtp", [smtp_python, os.path.join(HERE, "smtp_server.py"), str(ports["smtp"])]
            + (["--weak"] if weak else []), "tcp", ports["smtp"])

    # pure-ftpd: weak = anonymous logins with a world-writable upload folder;
    # hardened = -E, no anonymous logins.
    service("pure-ftpd", [tools["pure-ftpd"], "-S", f"127.0.0.1,{ports['ftp']}", "-H", "-4",
                          "-p", PASSIVE[name], "-P", "127.0.0.1"] + (["-M"] if weak else ["-E"]),
            "tcp", ports["ftp"])

    # lighttpd: weak = mod_webdav, writable, no authentication; hardened = GET
    # and HEAD only.
    docroot = f"{work}/{name}-www"
    os.makedirs(f"{docroot}/dav", exist_ok=True)
    os.makedirs(f"{work}/{name}-lighttpd-tmp", exist_ok=True)
    write(f"{docroot}/index.html", "<html><title>teleworksec</title>ok</html>\n")
    conf = [f'server.document-root = "{docroot}"', 'server.bind = "127.0.0.1"',
            f"server.port = {ports['dav']}", f'server.errorlog = "{work}/{name}-lighttpd.err"',
            f'server.upload-dirs = ( "{work}/{name}-lighttpd-tmp" )',
            'index-file.names = ( "index.html" )']
    if weak:
        conf += ['server.modules = ( "mod_webdav" )', 'webdav.activate = "enable"',
                 'webdav.is-readonly = "disable"']
    else:
        conf += ['server.modules = ( "mod_access" )',
                 '$HTTP["request-method"] !~ "^(GET|HEAD)$" { url.access-deny = ( "" ) }']
    write(f"{work}/{name}-lighttpd.conf", "\n".join(conf) + "\n")
    service("lighttpd", [tools["lighttpd"], "-D", "-f", f"{work}/{name}-lighttpd.conf"],
            "tcp", ports["dav"])

    # The HTTP server: weak = TRACE echoed, the internal address in Location.
    service("http", [sys.executable, os.path.join(HERE, "http_server.py"), str(ports["http"])]
            + (["--trace", "--leak"] if weak else []), "tcp", ports["http"])

    # stunnel4 in front of the HTTP server: weak = anonymous ECDH down to TLS
    # 1.0 with a self-signed certificate; hardened = TLS 1.2 ECDHE+AES-GCM, a
    # certificate from a (test) CA.
    cert, ciphers, oldest = (("weak", "AECDH-AES128-SHA:ECDHE-RSA-AES128-SHA:@SECLEVEL=0",
                              "TLSv1") if weak else
                             ("hard", "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
                              "TLSv1.2"))
    write(f"{work}/{name}-stunnel.conf", "\n".join([
        "foreground = yes", "pid =", "syslog = no", f"[{name}-https]",
        f"accept = 127.0.0.1:{ports['tls']}", f"connect = 127.0.0.1:{ports['http']}",
        f"cert = {cert}.pem", f"key = {cert}.key", f"ciphers = {ciphers}",
        f"sslVersionMin = {oldest}", "sslVersionMax = TLSv1.2", ""]))
    service("stunnel", [tools["stunnel4"], f"{name}-stunnel.conf"], "tcp", ports["tls"])

    # OpenSSH: weak = password authentication.
    write(f"{work}/{name}-sshd_config", "\n".join([
        f"Port {ports['ssh']}", "ListenAddress 127.0.0.1", f"HostKey {work}/ssh_host_key",
        f"PasswordAuthentication {'yes' if weak else 'no'}",
        "KbdInteractiveAuthentication no", "UsePAM no", "PermitRootLogin no",
        f"PidFile {work}/{name}-sshd.pid", ""]))
    service("sshd", [tools["sshd"], "-D", "-e", "-f", f"{work}/{name}-sshd_config"],
            "tcp", ports["ssh"])

    # snmpd: weak = community public; hardened = a random one. Only the system
    # group is readable (the scan records no process or package list of the
    # machine) and no SMUX port is opened.
    community = "public" if weak else "tws-" + os.urandom(8).hex()
    write(f"{work}/{name}-snmpd.conf", "\n".join([
        f"agentaddress udp:127.0.0.1:{SNMP[name]}", "view system included .1.3.6.1.2.1.1",
        f"rocommunity {community} 127.0.0.1 -V system",
        "sysDescr teleworksec loopback test", "sysName loopback-test",
        "sysLocation teleworksec loopback test", "sysContact root@localhost", ""]))
    env = dict(os.environ, SNMP_PERSISTENT_DIR=f"{work}/{name}-snmp", MIBS="")
    service("snmpd", [tools["snmpd"], "-f", "-Lo", "-C", "-I", "-smux", "-c",
                      f"{work}/{name}-snmpd.conf",
                      "-p", f"{work}/{name}-snmpd.pid"], "udp", SNMP[name], env)

    if weak:
        # openssl s_server: TLS 1.0 only with RSA key exchange, RSA 1,024 bits,
        # an expired self-signed certificate; and TLS 1.2 with RSA key exchange
        # and a 512-bit key (both SECLEVEL=0, which OpenSSL 3 needs for them).
        # No anonymous suites: nmap grades both A and C, the rules of check 22
        # (protocol versions, key sizes) must find them.
        service("s_server-tls10", [tools["openssl"], "s_server", "-accept",
                                   f"127.0.0.1:{ports['tls10']}", "-cert", "tls10.pem",
                                   "-key", "tls10.key", "-tls1", "-cipher",
                                   "AES128-SHA:AES256-SHA:@SECLEVEL=0", "-www", "-quiet"],
                "tcp", ports["tls10"])
        service("s_server-rsa512", [tools["openssl"], "s_server", "-accept",
                                    f"127.0.0.1:{ports['tls512']}", "-cert", "tls512.pem",
                                    "-key", "tls512.key", "-tls1_2", "-cipher",
                                    "AES128-GCM-SHA256:AES256-GCM-SHA384:@SECLEVEL=0", "-www",
                                    "-quiet"], "tcp", ports["tls512"])
        # Redis without a password, reachable by anyone.
        service("redis", [tools["redis-server"], "--port", str(ports["redis"]), "--bind",
                          "127.0.0.1", "--protected-mode", "no", "--save", "", "--appendonly",
                          "no", "--dir", work, "--logfile", ""], "tcp", ports["redis"])
        # telnetd (inetutils), started per connection by socat on a high port.
        service("telnetd", [tools["socat"], f"TCP-LISTEN:{ports['telnet']},bind=127.0.0.1,"
                            "reuseaddr,fork", f"EXEC:{tools['telnetd']},nofork"],
                "tcp", ports["telnet"])
        # A shell bound to a port (as nobody, on a pty so bash prints only its
        # prompt "bash-5.2$ ", which nmap -sV names bindshell).
        service("bindshell", [tools["socat"], f"TCP-LISTEN:{ports['shell']},bind=127.0.0.1,"
                              "reuseaddr,fork", f"EXEC:{tools['bash']} --norc --noprofile "
                              "--noediting -i,pty,stderr,setsid,ctty,su=nobody"],
                "tcp", ports["shell"])
        # A BitTorrent peer and Transmission's peer-port banner.
        service("bittorrent", [sys.executable, os.path.join(HERE, "p2p_server.py"),
                               str(ports["bittorrent"]), "--client"], "tcp", ports["bittorrent"])
        service("tracker", [sys.executable, os.path.join(HERE, "p2p_server.py"),
                            str(ports["tracker"]), "--tracker"], "tcp", ports["tracker"])
    ns.wait(waits)
    # Nothing but BIND on the standard ports: what the scan finds closed there
    # is a tested absence.
    busy = sorted(({*STANDARD_TCP} & ns.listening("tcp")) - {DNS}) + \
        [f"U:{p}" for p in sorted(({*STANDARD_UDP} & ns.listening("udp")) - {DNS})]
    if busy:
        raise RuntimeError(f"{name}: standard ports in use in the namespace: {busy}")


def scan(ns, name, work):
    out = SCAN_FILES[name]
    t0 = time.monotonic()
    # Started like a service, so that a signal stops it with the rest.
    p = start(f"nmap-{name}", ns.argv(scan_argv(name, out)), work)
    try:
        p.wait(timeout=NMAP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        raise RuntimeError(f"nmap ({name}) took more than {NMAP_SECONDS} s")
    if p.returncode != 0 or not os.path.exists(os.path.join(work, out)):
        with open(os.path.join(work, f"nmap-{name}.log"), encoding="utf-8", errors="replace") as f:
            raise RuntimeError(f"nmap ({name}) failed: {f.read()}")
    print(f"scanned {out} in {time.monotonic() - t0:.1f} s", flush=True)


# --- import and rate ------------------------------------------------------------

failures = []
checked = [0]


def check(cond, what):
    checked[0] += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, flush=True)


def cli(*args, expect=0):
    r = run([CLI, *args], CLI_SECONDS)
    if r.returncode != expect:
        raise RuntimeError(f"teleworksec {' '.join(args)}: exit {r.returncode}, expected "
                           f"{expect}\n{r.stdout}{r.stderr}")
    return r


SEVERITIES = ["low", "medium", "high", "urgent"]


def entry_of(diagnosis, n):
    entry = diagnosis.get(f"{VULN}{n}", "not_performed")
    return {"status": entry} if isinstance(entry, str) else entry


def reason_of(entry):
    """Why a check is not performed: its note and what each source says."""
    sources = entry.get("sources") or []
    return " | ".join([entry.get("note") or ""] + [
        str(src.get("not_covered", "")) for src in sources if isinstance(src, dict)])


def assert_checks(label, diagnosis, expect, xml, scan_doc, per_port=False):
    """Every check 1–32 against `expect` (unlisted: not_performed)."""
    for n in range(1, 33):
        status, severity, reason, proof = expect.get(n, (N, None, "no nmap evidence", None))
        entry = entry_of(diagnosis, n)
        got = entry.get("status")
        check(got == status, f"{label} vuln/{n}: status {got}, expected {status} ({reason})"
              + (f"; reason: {reason_of(entry)}" if reason_of(entry).strip(" |") else ""))
        findings = entry.get("findings", [])
        if severity is not None:
            worst = max((f.get("severity") for f in findings), key=SEVERITIES.index, default=None)
            check(worst == severity,
                  f"{label} vuln/{n}: worst severity {worst}, expected {severity} ({reason}): "
                  + "; ".join(f"{f.get('severity')} {f.get('title')}" for f in findings))
            for f in findings:
                check("127.0.0.1:" in f.get("title", ""),
                      f"{label} vuln/{n}: title names no host:port: {f.get('title')}")
                check(xml in str(f.get("ref")), f"{label} vuln/{n}: ref {f.get('ref')}, "
                      f"expected {xml}")
        elif status == F:
            check(False, f"{label} vuln/{n}: expectation without severity")
        for port, (sev, why) in (PORT_SEVERITY.get(n, {}).items() if per_port else ()):
            on_port = [f.get("severity") for f in findings
                       if f"127.0.0.1:{port}/" in f.get("title", "")]
            worst = max(on_port, key=SEVERITIES.index, default=None)
            check(worst == sev, f"{label} vuln/{n}: 127.0.0.1:{port} worst severity {worst}, "
                  f"expected {sev} ({why})")
        for f in findings:
            for port, word in TITLE_SERVICE.items():
                if per_port and f"127.0.0.1:{port}/tcp" in f.get("title", ""):
                    check(word in f["title"], f"{label} vuln/{n}: title {f['title']!r} does "
                          f"not name the service as {word!r}")
        if status != N:
            check(xml in str(entry.get("sources")),
                  f"{label} vuln/{n}: sources {entry.get('sources')}, expected {xml}")
        if status == P:
            check(callable(proof) and proof(scan_doc),
                  f"{label} vuln/{n}: passed, but the scan does not show it tested ({reason})")
        if status == N and isinstance(proof, tuple):
            note = reason_of(entry)
            check(any(word in note for word in proof),
                  f"{label} vuln/{n}: reason {note!r} names none of {proof} ({reason})")


def bare_import(label, xml, work, *extra):
    """`import nmap` without --into: the diagnosis the scan alone decides."""
    out = os.path.join(work, f"{label}.json")
    r = cli("import", "nmap", xml, *extra, "--out", out)
    with open(out, encoding="utf-8") as f:
        return json.load(f)["diagnosis"], r


def base_assessment(label, work):
    """An inspector's assessment: every question yes (audit A) and the checks
    nmap cannot decide set passed by hand, so the level depends on the scan."""
    doc = json.loads(cli("template", "certification-v2", "--hints").stdout)
    questions = sorted(doc.pop("hints")["questions"])
    doc["answers"] = {q: "yes" for q in questions}
    doc["facility"]["name"] = "loopback"
    doc["diagnosis"] = {f"{VULN}{n}": "passed" for n in BY_HAND}
    path = os.path.join(work, f"{label}-base.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    return path


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def rate_and_identity(label, xml, work, stars):
    """Import into an assessment, rate it, import again under other paths
    (nothing changes), withdraw the scan (its results go)."""
    base = base_assessment(label, work)
    merged = os.path.join(work, f"{label}-rated.json")
    cli("import", "nmap", xml, "--into", base, "--out", merged)
    doc = load(merged)
    for n in BY_HAND:  # the inspector's hand-set statuses are kept
        check(doc["diagnosis"].get(f"{VULN}{n}") == "passed", f"{label} vuln/{n}: hand-set "
              f"status changed to {doc['diagnosis'].get(f'{VULN}{n}')}")
    result = json.loads(cli("rate", merged, "--format", "json").stdout)
    check(result["level"]["stars"] == stars,
          f"{label}: level {result['level']['stars']} stars, expected {stars}")
    check(xml in cli("rate", merged).stdout,
          f"{label}: rate does not say which checks came from {xml}")
    # The same scan under other paths is the same scan: nothing changes.
    os.makedirs(os.path.join(work, "copy"), exist_ok=True)
    shutil.copy(xml, os.path.join(work, "copy", "scan.xml"))
    for other in ("./" + xml, os.path.join("copy", "scan.xml")):
        again = os.path.join(work, f"{label}-again.json")
        cli("import", "nmap", other, "--into", merged, "--out", again)
        check(load(again) == doc, f"{label}: importing {xml} again as {other} changed the "
              "assessment")
    # Withdrawn: no check keeps anything from the scan.
    removed = os.path.join(work, f"{label}-removed.json")
    r = run([CLI, "import", "nmap", "--remove", xml, "--into", merged, "--out", removed],
            CLI_SECONDS)
    check(r.returncode == 0, f"{label}: import nmap --remove {xml}: exit {r.returncode}: "
          f"{r.stderr.strip()}")
    if r.returncode == 0:
        left = [k for k, v in load(removed)["diagnosis"].items()
                if isinstance(v, dict) and xml in json.dumps(v)]
        check(not left, f"{label}: after --remove, {left} still name {xml}")
        after = load(removed)["diagnosis"]
        for n in range(1, 33):
            got = after.get(f"{VULN}{n}")
            want = "passed" if n in BY_HAND else None
            if want is None and entry_of(after, n).get("status") == N:
                continue  # withdrawn: not performed again (or absent)
            check(got == want, f"{label}: after --remove, vuln/{n} is {got}, expected "
                  f"{want or 'absent or not_performed'}")


def with_script_error(xml, out, port, script, silent=False):
    """A copy of `xml` where `script` failed on `port` as nmap reports a crash
    (or, silent, printed nothing there)."""
    tree = ET.parse(xml)
    for p in tree.getroot().iter("port"):
        if int(p.get("portid")) == port and p.get("protocol") == "tcp":
            for s in p.findall("script"):
                if s.get("id") == script and silent:
                    p.remove(s)
                elif s.get("id") == script:
                    for child in list(s):
                        s.remove(child)
                    s.set("output", "ERROR: Script execution failed (use -d to debug)")
    tree.write(out, encoding="utf-8", xml_declaration=True)


MASSCAN = """<?xml version="1.0"?>
<!-- masscan v1.0 scan -->
<nmaprun scanner="masscan" start="1764460800" version="1.0-BETA" xmloutputversion="1.03">
<scaninfo type="syn" protocol="tcp" />
<host endtime="1764460801"><address addr="192.0.2.5" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="80"><state state="open" reason="syn-ack" reason_ttl="64"/></port>
</ports></host>
<runstats><finished time="1764460802" timestr="2025-11-30 00:00:02" elapsed="2" />
<hosts up="1" down="0" total="1" /></runstats>
</nmaprun>
"""


def step(what, fn, *args, **kw):
    """Runs one part of the verification; an unexpected exit of the CLI fails
    that part only, the others still run."""
    try:
        fn(*args, **kw)
    except (RuntimeError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as e:
        check(False, f"{what}: {e}")


def verify(work):
    weak, hard, untested = (SCAN_FILES[k] for k in ("weak", "hardened", "untested"))
    scans = {k: Scan(os.path.join(work, f)) for k, f in SCAN_FILES.items()}
    # The standard ports: closed in both full scans but BIND's 53.
    for k in ("weak", "hardened"):
        check(scans[k].closed("tcp", *(p for p in STANDARD_TCP if p != DNS)),
              f"{k}: a standard TCP port is open or unlisted")
        check(scans[k].closed("udp", 161), f"{k}: U:161 is open or unlisted")

    def imported(label, xml, expect, scan_doc, *extra, per_port=False):
        diagnosis, _ = bare_import(label, xml, work, *extra)
        assert_checks(label, diagnosis, expect, xml, scan_doc, per_port=per_port)

    step("weak", imported, "weak", weak, EXPECT_WEAK, scans["weak"], per_port=True)
    step("hardened", imported, "hardened", hard, EXPECT_HARD, scans["hardened"])
    step("weak --from-internet", imported, "weak-internet", weak,
         {**EXPECT_WEAK, **INTERNET_WEAK}, scans["weak"], "--from-internet")
    step("hardened --from-internet", imported, "hardened-internet", hard,
         {**EXPECT_HARD, **INTERNET_HARD}, scans["hardened"], "--from-internet")
    step("untested twin", imported, "untested", untested, EXPECT_UNTESTED, scans["untested"])
    step("expression twin", imported, "expression", SCAN_FILES["expression"], EXPECT_EXPRESSION,
         scans["expression"])

    def explained():
        # rate and gaps (text and JSON) say why a check is not performed.
        into = os.path.join(work, "untested-into.json")
        doc = load(base_assessment("untested", work))
        doc["diagnosis"] = {}
        with open(into, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        merged = os.path.join(work, "untested-rated.json")
        cli("import", "nmap", untested, "--into", into, "--out", merged)
        for what in (("rate", merged), ("rate", merged, "--format", "json"),
                     ("rate", merged, "--format", "markdown")):
            out = cli(*what).stdout
            check("dns-zone-transfer.domain" in out and "U:53" in out,
                  f"untested twin: `{' '.join(what[:1] + what[2:])}` does not say why checks 3 "
                  "and 4 are not performed (U:53, dns-zone-transfer.domain)")
        # gaps lists what blocks the next level: check 1 (▲ from ★★ on), not
        # performed for want of every TCP port.
        for what in (("gaps", merged), ("gaps", merged, "--format", "json"),
                     ("gaps", merged, "--format", "markdown")):
            out = cli(*what).stdout
            check("vuln/1" in out and "-p-" in out,
                  f"untested twin: `{' '.join(what[:1] + what[2:])}` does not say why check 1 "
                  "is not performed (-p-)")

    step("untested twin, rate and gaps", explained)

    # Weak: urgent findings -> 認証不可 (0 stars). Hardened: every scanned check
    # passed, the rest passed by hand, audit A -> ★★★★.
    step("weak, rated", rate_and_identity, "weak", weak, work, 0)
    step("hardened, rated", rate_and_identity, "hardened", hard, work, 4)

    def script_error():
        # A script that failed: a warning and a reason, the rest of the import goes on.
        broken = "hardened-ssl-cert-error.xml"
        with_script_error(hard, broken, HARD["tls"], "ssl-cert")
        diagnosis, r = bare_import("ssl-cert-error", broken, work)
        check("ssl-cert" in r.stderr, f"a failed ssl-cert gives no warning: {r.stderr.strip()!r}")
        assert_checks("ssl-cert ERROR", diagnosis, {
            **EXPECT_HARD,
            20: (N, None, "ssl-cert failed on the TLS port", ("ssl-cert",)),
        }, broken, scans["hardened"])

    step("ssl-cert ERROR", script_error)

    def silent():
        # ssl-enum-ciphers prints on every TLS port it runs on: silence on one
        # means it did not finish there, so check 22 is not passed.
        quiet = "hardened-ssl-enum-ciphers-silent.xml"
        with_script_error(hard, quiet, HARD["tls"], "ssl-enum-ciphers", silent=True)
        diagnosis, _ = bare_import("ssl-enum-ciphers-silent", quiet, work)
        assert_checks("ssl-enum-ciphers silent", diagnosis, {
            **EXPECT_HARD,
            22: (N, None, "ssl-enum-ciphers printed nothing on the TLS port",
                 (f"127.0.0.1:{HARD['tls']}",)),
        }, quiet, scans["hardened"])
        note = reason_of(entry_of(diagnosis, 22))
        check("ssl-enum-ciphers" in note,
              f"check 22's reason does not name ssl-enum-ciphers: {note!r}")

    step("ssl-enum-ciphers silent", silent)

    def masscan():
        write("masscan.xml", MASSCAN)
        r = cli("import", "nmap", "masscan.xml", expect=2)
        check("not nmap" in r.stderr.lower(), f"masscan XML: {r.stderr.strip()!r}")

    step("masscan XML", masscan)

    def conflict():
        # The inspector had set vuln/13 passed by hand: the weak scan's finding
        # is a conflict — reported with exit 2 and nothing written, unless told.
        base = load(base_assessment("conflict", work))
        base["diagnosis"][f"{VULN}13"] = "passed"
        with open("conflict-base.json", "w", encoding="utf-8") as f:
            json.dump(base, f)
        r = cli("import", "nmap", weak, "--into", "conflict-base.json", "--out",
                "conflict.json", expect=2)
        check("vuln/13" in r.stderr and "conflict" in r.stderr,
              "conflict not reported: " + r.stderr)
        check(not os.path.exists("conflict.json"), "a file was written despite the conflict")
        cli("import", "nmap", weak, "--into", "conflict-base.json", "--out", "conflict.json",
            "--on-conflict", "keep")
        kept = load("conflict.json")["diagnosis"][f"{VULN}13"]
        check(kept == "passed", f"--on-conflict keep changed the inspector's status: {kept}")

    step("conflict", conflict)


def main():
    global CLI
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    tools = {p: find_program(p) for p in PROGRAMS}
    missing = [f"{p} (Debian: {PROGRAMS[p]})" for p, path in tools.items() if path is None]
    smtp_python = find_aiosmtpd_python()
    if smtp_python is None:
        missing.append("aiosmtpd (Debian: python3-aiosmtpd)")
    if not os.path.exists(WEBDAV_MODULE):
        missing.append(f"{WEBDAV_MODULE} (Debian: lighttpd-mod-webdav)")
    if os.geteuid() != 0:
        missing.append("root privileges (the services, namespaces and nmap -sS need them)")
    CLI = os.path.abspath(sys.argv[1])
    work = os.path.abspath(sys.argv[2])
    record = replay = None
    if "--record" in sys.argv:
        record = os.path.abspath(sys.argv[sys.argv.index("--record") + 1])
    if "--replay" in sys.argv:
        replay = os.path.abspath(sys.argv[sys.argv.index("--replay") + 1])
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        os.chdir(work)
        for f in SCAN_FILES.values():
            shutil.copy(os.path.join(replay, f), f)
        return finish(work, time.monotonic())
    if missing:
        return skip(missing)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    t0 = time.monotonic()
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    os.chdir(work)  # the scan files are named relative to it, as an inspector would
    try:
        make_certificates(work)
        os.makedirs("/run/sshd", exist_ok=True)  # sshd's privilege separation directory
        r = run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{work}/ssh_host_key"], 30)
        if r.returncode != 0:
            raise RuntimeError("ssh-keygen: " + r.stderr)
        namespaces = {}
        for name in ("weak", "hardened"):
            namespaces[name] = Namespace(name, work, tools)
            start_set(name, namespaces[name], work, tools, smtp_python)
        print(f"services up in {time.monotonic() - t0:.1f} s", flush=True)
        # The two sets are scanned side by side, the twins of the hardened set
        # one after the other beside them.
        errors = []

        def scans(name, which):
            try:
                for w in which:
                    scan(namespaces[name], w, work)
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                errors.append(str(e))

        threads = [threading.Thread(target=scans, args=("weak", ("weak",))),
                   threading.Thread(target=scans, args=("hardened", ("hardened",))),
                   threading.Thread(target=scans, args=("hardened", ("untested", "expression")))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise RuntimeError("; ".join(errors))
    except NamespaceError as e:
        return skip([f"a network namespace (unshare --net, needs CAP_SYS_ADMIN): {e}"])
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as e:
        print("FAIL:", e)
        return 1
    finally:
        stop_all()
    if record:
        for f in SCAN_FILES.values():
            shutil.copy(f, os.path.join(record, f))
    print(f"scans done in {time.monotonic() - t0:.1f} s", flush=True)
    return finish(work, t0)


def finish(work, t0):
    try:
        verify(work)
    except (RuntimeError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as e:
        print("FAIL:", e)
        return 1
    print(f"total {time.monotonic() - t0:.1f} s")
    if failures:
        print(f"{len(failures)} of {checked[0]} expectations failed")
        return 1
    print(f"all {checked[0]} expectations met")
    return 0


def skip(missing):
    if os.environ.get("CI") == "true":
        print("FAIL: CI=true and missing: " + ", ".join(missing))
        return 1
    print("SKIP: missing: " + ", ".join(missing))
    return SKIP


if __name__ == "__main__":
    sys.exit(main())
