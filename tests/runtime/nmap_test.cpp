// The nmap importer (nmap.hpp, nmap_mapping.hpp) on the scans the loopback
// integration test recorded (tests/data/nmap/, see tests/nmap/loopback_test.py
// for the services behind them), on the bad-input corpus, and on merges.
// Compiled only when pugixml is found (TELEWORKSEC_HAVE_PUGIXML).

#include <catch2/catch.hpp>

#include "teleworksec/io/nmap_mapping.hpp"

namespace {
namespace nmd = teleworksec::nmap;
// The default mapping is checked at compile time (nmap_mapping.hpp); these
// say what the README promises of it.
constexpr int rule_count_for(std::uint8_t check) {
  int n = 0;
  for (const auto& r : nmd::default_rules) n += r.check == check ? 1 : 0;
  return n;
}
constexpr bool checks_only_by_other_tools() {
  for (const auto& c : nmd::default_coverage) {
    const bool other = (c.needs & nmd::need_other_tool) != 0;
    const bool expected_other = c.check == 17 || c.check == 18 || c.check == 24 ||
                                c.check == 27 || c.check >= 28;
    if (other != expected_other) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("nmap mapping: Wi-Fi and hand-made checks are never decided by nmap", "[nmap]") {
  STATIC_REQUIRE(nmd::default_coverage.size() == 32);
  STATIC_REQUIRE(checks_only_by_other_tools());
  STATIC_REQUIRE(rule_count_for(22) == 16);  // grades B–F, protocols, key sizes, suites
  STATIC_REQUIRE(rule_count_for(31) == 0);  // weak AP encryption: a Wi-Fi survey
}

#if defined(TELEWORKSEC_HAVE_PUGIXML)

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "kind_certification.hpp"
#include "report.hpp"
#include "teleworksec/io/nmap.hpp"
#include "test_files.hpp"

namespace {

namespace tws = teleworksec;
namespace nm = teleworksec::nmap;
namespace fs = std::filesystem;
using test_files::read_file;
using kind = tws::check_outcome::kind;

const fs::path nmap_dir = fs::path{TELEWORKSEC_TEST_DATA_DIR} / "nmap";

nm::scan_result scan(const std::string& name, const nm::mapping& m = nm::default_mapping(),
                     nm::import_options o = {}) {
  return nm::read_scan(read_file(nmap_dir / name), name, m, o);
}

tws::severity worst(const tws::check_entry& e) {
  tws::severity w = tws::severity::low;
  for (const auto& f : e.findings) w = std::max(w, f.level);
  return w;
}

// A small scan, written here, for cases no service produced.
std::string synthetic(const std::string& args, const std::string& scaninfo,
                      const std::string& ports) {
  return R"(<?xml version="1.0"?><nmaprun scanner="nmap" args=")" + args +
         R"(" start="1795676763">)" + scaninfo +
         R"(<host><status state="up"/><address addr="192.0.2.7" addrtype="ipv4"/><ports>)" +
         ports + R"(</ports></host><runstats><finished exit="success"/></runstats></nmaprun>)";
}

std::vector<int> numbers(const std::vector<nm::uncovered_check>& list) {
  std::vector<int> out;
  for (const auto& u : list) out.push_back(u.check);
  return out;
}

std::string reason(const nm::scan_result& r, int check) {
  for (const auto& u : r.not_covered) {
    if (u.check == check) return u.reason;
  }
  return "(decided)";
}

}  // namespace

TEST_CASE("nmap: the weak loopback services, TCP scan", "[nmap]") {
  const auto r = scan("loopback-weak-tcp.xml");
  CHECK(r.hosts == 1);
  CHECK(r.open_ports == 4);
  CHECK(r.id.rfind("nmap:", 0) == 0);
  CHECK(r.id.size() == 5 + 16);
  // Expected worst severities, each for the reason given in
  // tests/nmap/loopback_test.py (EXPECT_WEAK) and the README's table.
  const std::map<int, tws::severity> findings{
      {7, tws::severity::medium},   // vsftpd anonymous_enable=YES, read-only
      {13, tws::severity::medium},  // sshd PasswordAuthentication yes
      {15, tws::severity::low},     // TRACE the only risky method: no write method
      {16, tws::severity::medium},  // TRACE echoed: cross-site tracing
      {20, tws::severity::medium},  // self-signed certificate
      {22, tws::severity::urgent},  // anonymous ECDH: grade F, an _anon_ suite
  };
  for (const auto& [n, severity] : findings) {
    INFO("vuln/" << n);
    const auto& e = r.decided.at(static_cast<std::uint8_t>(n));
    CHECK(e.status == kind::findings);
    CHECK(worst(e) == severity);
    for (const auto& f : e.findings) {
      CHECK(f.ref == "loopback-weak-tcp.xml");
      CHECK(f.scan == r.id);
      CHECK(f.title.rfind("127.0.0.1:47", 0) == 0);  // host:port first
    }
  }
  CHECK(r.decided.size() == findings.size());
  // The TLS layer is in the title: nmap's ssl/http is https.
  CHECK(r.decided.at(22).findings.front().title ==
        "127.0.0.1:47443/tcp https ssl-enum-ciphers: least strength F");
  CHECK(r.decided.at(13).findings.front().title ==
        "127.0.0.1:47022/tcp ssh ssh-auth-methods: password");
  // TLS 1.0 and 1.1 offered beside 1.2: low each, besides the F.
  const auto& tls = r.decided.at(22).findings;
  CHECK(std::count_if(tls.begin(), tls.end(), [](const tws::finding_entry& f) {
          return f.level == tws::severity::low && f.title.ends_with(" offered");
        }) == 2);
  // sslv2 ran and found nothing, but 443 was not in the port list: a TLS
  // server on the standard port would have gone untested.
  CHECK(reason(r, 21) == "T:443 was not in the scan's port list (sslv2 looks there)");
  CHECK(numbers(r.not_covered) == std::vector<int>{1,  2,  3,  4,  5,  6,  8,  9,  10, 11, 12, 14,
                                                   17, 18, 19, 21, 23, 24, 25, 26, 27, 28, 29, 30,
                                                   31, 32});
  CHECK(r.not_covered.front().reason == "not every TCP port was scanned (-p-)");
  CHECK(r.not_covered.front().hint == "-p- (every TCP port)");
}

TEST_CASE("nmap: the weak loopback services, UDP scan", "[nmap]") {
  const auto r = scan("loopback-weak-udp.xml");
  CHECK(r.decided.size() == 3);
  CHECK(worst(r.decided.at(3)) == tws::severity::medium);  // forwarding resolver: recursion
  CHECK(worst(r.decided.at(11)) == tws::severity::medium);  // sysDescr read with public
  CHECK(worst(r.decided.at(12)) == tws::severity::high);    // default community public
}

// The fifteen services of tests/nmap/loopback_test.py, each set in a network
// namespace of its own and scanned with the README's command (every TCP port,
// U:53,161): statuses and worst severities from the services' configuration
// and the README's table, not from the importer's output.
std::map<int, std::string> statuses(const nm::scan_result& r) {
  std::map<int, std::string> out;
  for (const auto& [n, e] : r.decided) {
    out[n] = e.status == kind::passed ? "passed" : std::string{tws::to_string(worst(e))};
  }
  return out;
}

TEST_CASE("nmap: the README's scan of the fifteen weak loopback services", "[nmap]") {
  const auto r = scan("loopback-weak-v2.xml");
  CHECK(statuses(r) == std::map<int, std::string>{
                           {1, "passed"},    // every TCP port scanned
                           {3, "medium"},    // BIND: recursion for anyone
                           {4, "medium"},    // BIND: example.jp transferred to anyone
                           {5, "high"},      // aiosmtpd relays for any recipient
                           {6, "medium"},    // VRFY root → 250: an account found
                           {7, "high"},      // pure-ftpd: anonymous, incoming/ writable
                           {9, "passed"},    // no SMB: T:139,445 listed and closed
                           {10, "passed"},
                           {11, "medium"},   // snmpd: community public answers
                           {12, "high"},     // snmp-brute: public valid
                           {13, "medium"},   // sshd: password authentication
                           {15, "high"},     // lighttpd WebDAV: PUT for anyone
                           {16, "medium"},   // TRACE echoed
                           {19, "low"},      // Location: http://10.0.0.5/
                           {20, "medium"},   // self-signed, and one expired in 2021
                           {21, "passed"},   // no SSLv2 anywhere, T:443 listed
                           {22, "urgent"},   // anonymous ECDH; RSA 512; TLS 1.0 only
                           {23, "passed"},   // no SMB
                           {25, "urgent"},   // a bound shell; telnet on 47023
                           {26, "medium"},   // BitTorrent handshake and tracker banner
                       });
  // vulners printed nothing (no database here); 8 and 14 need a scan from outside.
  CHECK(reason(r, 2).rfind("vulners printed nothing", 0) == 0);
  CHECK(reason(r, 14).find("--from-internet") != std::string::npos);
  const auto outside = scan("loopback-weak-v2.xml", nm::default_mapping(), {true});
  CHECK(worst(outside.decided.at(8)) == tws::severity::medium);  // pure-ftpd
  CHECK(worst(outside.decided.at(14)) == tws::severity::high);   // Redis without a password
}

TEST_CASE("nmap: the README's scan of the hardened twins passes what it tested", "[nmap]") {
  const auto r = scan("loopback-hardened-v2.xml");
  std::map<int, std::string> passed;
  for (int n : {1, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 19, 20, 21, 22, 23, 25, 26}) {
    passed[n] = "passed";
  }
  CHECK(statuses(r) == passed);
  // The untested twin: the same services, a scan missing UDP, T:443, -p-,
  // smtp-open-relay and the zone's name.
  const auto u = scan("loopback-hardened-untested.xml");
  std::map<int, std::string> untested_passed;
  for (int n : {6, 7, 9, 10, 13, 23}) untested_passed[n] = "passed";
  CHECK(statuses(u) == untested_passed);
  CHECK(reason(u, 3).find("U:53") != std::string::npos);
  CHECK(reason(u, 4).find("dns-zone-transfer.domain") != std::string::npos);
  CHECK(reason(u, 5) == "smtp-open-relay was not selected by --script");
  CHECK(reason(u, 22).find("T:443") != std::string::npos);
  CHECK(reason(u, 26).find("-p-") != std::string::npos);
}

TEST_CASE("nmap: the hardened loopback services on high ports prove nothing passed",
          "[nmap]") {
  // Every script ran and found nothing, but the standard ports were not in the
  // scans' port lists: a service there would not have been tested.
  const auto tcp = scan("loopback-hardened-tcp.xml");
  CHECK(tcp.decided.empty());
  CHECK(reason(tcp, 7) == "T:21 was not in the scan's port list (ftp-anon looks there)");
  CHECK(reason(tcp, 13) == "T:22 was not in the scan's port list (ssh-auth-methods looks there)");
  CHECK(reason(tcp, 16) ==
        "none of its scripts tested it: T:80, T:443 were not in the scan's port list (http-trace "
        "looks there); T:80, T:443 were not in the scan's port list (http-methods looks there)");
  const auto udp = scan("loopback-hardened-udp.xml");
  CHECK(udp.decided.empty());
  CHECK(reason(udp, 3) == "U:53 was not in the scan's port list (dns-recursion looks there)");
  CHECK(reason(udp, 12) == "U:161 was not in the scan's port list (snmp-brute looks there)");
}

TEST_CASE("nmap: a check passes only with its ports listed and its script selected", "[nmap]") {
  const std::string udp = R"(<scaninfo type="udp" protocol="udp" numservices="2" services="53,161"/>)";
  const std::string dns_port =
      R"(<port protocol="udp" portid="53"><state state="open"/><service name="domain"/></port>)";
  // U:53 and U:161 scanned, the default category: dns-recursion and
  // snmp-sysdescr ran and found nothing; snmp-brute is not in it.
  auto r = nm::read_scan(synthetic("nmap -sU -p U:53,161 --script default 192.0.2.7", udp, dns_port),
                         "s.xml");
  CHECK(r.decided.at(3).status == kind::passed);
  CHECK(r.decided.at(11).status == kind::passed);
  CHECK(reason(r, 12) == "snmp-brute was not selected by --script");
  // The same without 53 in the port list: any UDP scan is not enough.
  const std::string other =
      R"(<scaninfo type="udp" protocol="udp" numservices="1" services="161"/>)";
  r = nm::read_scan(synthetic("nmap -sU -p U:161 --script default 192.0.2.7", other, ""), "s.xml");
  CHECK(reason(r, 3) == "U:53 was not in the scan's port list (dns-recursion looks there)");
  CHECK(r.decided.at(11).status == kind::passed);
}

TEST_CASE("nmap: scripts that need arguments or the internet prove nothing without them",
          "[nmap]") {
  const std::string tcp = R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="53"/>)";
  const std::string dns =
      R"(<port protocol="tcp" portid="53"><state state="open"/><service name="domain"/></port>)";
  // dns-zone-transfer without its domain tests nothing.
  auto r = nm::read_scan(synthetic("nmap -sV -p 53 --script dns-zone-transfer,vulners 192.0.2.7",
                                   tcp, dns),
                         "s.xml");
  CHECK(reason(r, 4) ==
        "dns-zone-transfer ran without --script-args dns-zone-transfer.domain=…, so it tested "
        "nothing");
  // vulners said nothing: it may not have reached its database.
  CHECK(reason(r, 2).rfind("vulners printed nothing: it may not have reached its database", 0) ==
        0);
  r = nm::read_scan(
      synthetic("nmap -sV -p 53 --script dns-zone-transfer --script-args "
                "dns-zone-transfer.domain=example.jp 192.0.2.7",
                tcp, dns),
      "s.xml");
  CHECK(r.decided.at(4).status == kind::passed);
  // vulners with output: its database answered, the CVE is a finding.
  const std::string with_cve =
      R"(<port protocol="tcp" portid="53"><state state="open"/><service name="domain" product="ISC BIND" version="9.11.4"/>)"
      R"(<script id="vulners" output="&#xa;  cpe:/a:isc:bind:9.11.4: &#xa;    CVE-2021-25215  7.5  https://vulners.com/cve/CVE-2021-25215"/></port>)";
  r = nm::read_scan(synthetic("nmap -sV -p 53 --script vulners 192.0.2.7", tcp, with_cve), "s.xml");
  CHECK(worst(r.decided.at(2)) == tws::severity::medium);
}

TEST_CASE("nmap: a script that always prints proves nothing by silence", "[nmap]") {
  const std::string tcp = R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="22"/>)";
  const std::string silent_ssh =
      R"(<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/></port>)";
  auto r = nm::read_scan(
      synthetic("nmap -p 22 --script ssh-auth-methods 192.0.2.7", tcp, silent_ssh), "s.xml");
  CHECK(reason(r, 13) ==
        "ssh-auth-methods printed nothing for 192.0.2.7:22/tcp ssh, where it always prints a "
        "result");
  // No SSH server at all on the listed port: nothing to test, passed.
  r = nm::read_scan(synthetic("nmap -p 22 --script ssh-auth-methods 192.0.2.7", tcp, ""), "s.xml");
  CHECK(r.decided.at(13).status == kind::passed);
}

TEST_CASE("nmap: user enumeration is tested by VRFY and EXPN only", "[nmap]") {
  const std::string tcp =
      R"(<scaninfo type="syn" protocol="tcp" numservices="3" services="25,465,587"/>)";
  const auto smtp = [](const std::string& output) {
    return R"(<port protocol="tcp" portid="25"><state state="open"/><service name="smtp"/>)"
           R"(<script id="smtp-enum-users" output=")" +
           output + R"("/></port>)";
  };
  const auto read = [&](const std::string& methods, const std::string& output) {
    return nm::read_scan(
        synthetic("nmap -p 25,465,587 --script smtp-enum-users --script-args "
                  "smtp-enum-users.methods=" +
                      methods + " 192.0.2.7",
                  tcp, smtp(output)),
        "s.xml");
  };
  // VRFY and EXPN found nobody: tested, passed.
  CHECK(read("{VRFY,EXPN}", "&#xa;  Couldn't find any accounts").decided.at(6).status ==
        kind::passed);
  // RCPT names say nothing of VRFY and EXPN, which the check asks about.
  CHECK(reason(read("{RCPT,VRFY}", "&#xa;  Couldn't find any accounts"), 6) ==
        "none of its scripts tested it: smtp-enum-users ran with "
        "smtp-enum-users.methods={RCPT,VRFY}: RCPT answers say nothing of what the check asks; "
        "smtp-commands was not selected by --script");
  // The server wanted a login first: the script could not test, a warning.
  const auto r = read("{VRFY,EXPN}", "&#xa;  Couldn't perform user enumeration, authentication needed");
  CHECK(reason(r, 6) ==
        "none of its scripts tested it: smtp-enum-users failed on 192.0.2.7:25/tcp; smtp-commands "
        "was not selected by --script");
  CHECK(r.warnings.size() == 1);
}

TEST_CASE("nmap: a failed script is a warning and leaves its check not performed", "[nmap]") {
  const std::string tcp =
      R"(<scaninfo type="syn" protocol="tcp" numservices="2" services="22,443"/>)";
  const std::string ports =
      R"(<port protocol="tcp" portid="443"><state state="open"/><service name="http" tunnel="ssl"/>)"
      R"x(<script id="ssl-enum-ciphers" output="ERROR: Script execution failed (use -d to debug)"/></port>)x"
      R"(<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/>)"
      R"(<script id="ssh-auth-methods" output="&#xa;  Supported authentication methods: &#xa;    publickey"/></port>)";
  const auto r = nm::read_scan(
      synthetic("nmap -p 22,443 --script ssl-enum-ciphers,ssh-auth-methods 192.0.2.7", tcp, ports),
      "s.xml");
  CHECK(reason(r, 22) == "ssl-enum-ciphers failed on 192.0.2.7:443/tcp");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] ==
        "192.0.2.7:443/tcp ssl-enum-ciphers: ERROR: Script execution failed (use -d to debug); "
        "its checks stay not_performed unless another port shows findings");
  CHECK(r.decided.at(13).status == kind::passed);  // the rest of the scan counts
}

TEST_CASE("nmap: what the command line selected", "[nmap]") {
  const auto ports =
      R"(<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/></port>)";
  const std::string tcp = R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="22"/>)";
  // -sC runs the default category; ssh-auth-methods is not in it.
  auto r = nm::read_scan(synthetic("nmap -sC -p 22 192.0.2.7", tcp, ports), "s.xml");
  CHECK(reason(r, 13) == "ssh-auth-methods was not selected by --script");
  // A boolean rule is read as nmap reads it: "default or auth and not
  // intrusive" is default or (auth and not intrusive), which leaves out
  // ssh-auth-methods (auth, intrusive).
  r = nm::read_scan(synthetic("nmap --script &quot;default or auth and not intrusive&quot; -p 22 "
                              "192.0.2.7",
                              tcp, ports),
                    "s.xml");
  CHECK(reason(r, 13) == "ssh-auth-methods was not selected by --script");
  // Every TCP port with -sV and the README's "*-backdoor": 1, 25 and 26 tested.
  const std::string all = R"(<scaninfo type="syn" protocol="tcp" numservices="65535"/>)";
  r = nm::read_scan(synthetic("nmap -sV -p- --script &quot;*-backdoor&quot; 192.0.2.7", all, ports),
                    "s.xml");
  CHECK(r.decided.at(1).status == kind::passed);
  CHECK(r.decided.at(25).status == kind::passed);
  CHECK(r.decided.at(26).status == kind::passed);
  CHECK(!r.decided.contains(14));  // needs a scan from outside
  // -p- given as a range.
  const std::string range =
      R"(<scaninfo type="syn" protocol="tcp" numservices="65535" services="1-65535"/>)";
  r = nm::read_scan(synthetic("nmap -sV -p 1-65535 192.0.2.7", range, ports), "s.xml");
  CHECK(r.decided.at(1).status == kind::passed);
}

TEST_CASE("nmap: the weaknesses the mapping reads", "[nmap]") {
  const std::string all = R"(<scaninfo type="syn" protocol="tcp" numservices="65535"/>)";
  const auto one = [&](const std::string& ports, int check) {
    const auto r = nm::read_scan(synthetic("nmap -sV -p- --script default 192.0.2.7", all, ports),
                                 "s.xml");
    const auto it = r.decided.find(static_cast<std::uint8_t>(check));
    REQUIRE(it != r.decided.end());
    REQUIRE(it->second.status == kind::findings);
    return it->second;
  };
  SECTION("VRFY answers enumerate users (6: medium)") {
    // nmap prints the accounts alone ("VRFY, root" only at -vv).
    const auto e = one(
        R"(<port protocol="tcp" portid="25"><state state="open"/><service name="smtp"/>)"
        R"(<script id="smtp-enum-users" output="&#xa;  root&#xa;  admin&#xa;"/></port>)",
        6);
    CHECK(worst(e) == tws::severity::medium);
    CHECK(e.findings.front().title ==
          "192.0.2.7:25/tcp smtp smtp-enum-users: accounts found: root, admin");
  }
  SECTION("a BitTorrent client and a Transmission tracker (26: medium)") {
    const auto e = one(
        R"(<port protocol="tcp" portid="51413"><state state="open"/><service name="bittorrent" product="Bittorrent P2P client"/></port>)"
        R"(<port protocol="tcp" portid="6969"><state state="open"/><service name="http" product="Transmission bittorrent tracker"/></port>)",
        26);
    CHECK(e.findings.size() == 2);
    CHECK(worst(e) == tws::severity::medium);
  }
  SECTION("telnet away from 23 is a likely backdoor (25: high), a shell urgent") {
    auto e = one(
        R"(<port protocol="tcp" portid="2323"><state state="open"/><service name="telnet"/></port>)"
        R"(<port protocol="tcp" portid="23"><state state="open"/><service name="telnet"/></port>)",
        25);
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings.front().title == "192.0.2.7:2323/tcp telnet: open on a non-standard port");
    CHECK(worst(e) == tws::severity::high);
    e = one(
        R"(<port protocol="tcp" portid="4444"><state state="open"/><service name="bindshell" product="bind shell"/></port>)",
        25);
    CHECK(worst(e) == tws::severity::urgent);
  }
  SECTION("write methods offered to anyone (15: high); TRACE alone low") {
    auto e = one(
        R"(<port protocol="tcp" portid="80"><state state="open"/><service name="http"/>)"
        R"(<script id="http-methods" output="&#xa;  Supported Methods: GET HEAD PROPFIND PUT&#xa;  Potentially risky methods: PROPFIND PUT"/></port>)",
        15);
    CHECK(worst(e) == tws::severity::high);
    e = one(
        R"(<port protocol="tcp" portid="80"><state state="open"/><service name="http"/>)"
        R"(<script id="http-webdav-scan" output="&#xa;  Allowed Methods: OPTIONS, GET, HEAD, PUT, DELETE&#xa;  WebDAV type: Unknown"/></port>)",
        15);
    CHECK(worst(e) == tws::severity::high);
    e = one(
        R"(<port protocol="tcp" portid="80"><state state="open"/><service name="http"/>)"
        R"(<script id="http-methods" output="&#xa;  Potentially risky methods: TRACE"/></port>)",
        15);
    CHECK(worst(e) == tws::severity::low);
  }
  SECTION("TLS 1.0 only with 1,024-bit RSA: medium although nmap grades A (22)") {
    const auto tls = [](const std::string& bits) {
      return R"(<port protocol="tcp" portid="443"><state state="open"/><service name="http" tunnel="ssl"/>)"
             R"(<script id="ssl-enum-ciphers" output="&#xa;  TLSv1.0: ...&#xa;  least strength: A">)"
             R"(<table key="TLSv1.0"><table key="ciphers"><table>)"
             R"(<elem key="kex_info">rsa )" +
             bits +
             R"(</elem><elem key="name">TLS_RSA_WITH_AES_128_CBC_SHA</elem><elem key="strength">A</elem>)"
             R"(</table></table></table><elem key="least strength">A</elem></script></port>)";
    };
    auto e = one(tls("1024"), 22);
    CHECK(worst(e) == tws::severity::medium);
    std::vector<std::string> titles;
    for (const auto& f : e.findings) titles.push_back(f.title);
    CHECK(titles ==
          std::vector<std::string>{
              "192.0.2.7:443/tcp https ssl-enum-ciphers: TLSv1.0 offered",
              "192.0.2.7:443/tcp https ssl-enum-ciphers: only TLSv1.0 offered (no TLS 1.2 or 1.3)",
              "192.0.2.7:443/tcp https ssl-enum-ciphers: rsa 1024-bit key exchange "
              "(TLS_RSA_WITH_AES_128_CBC_SHA)"});
    e = one(tls("512"), 22);  // factored in hours
    CHECK(worst(e) == tws::severity::high);
  }
}
TEST_CASE("nmap: bad scans are rejected with file, XML path and what was expected", "[nmap]") {
  const auto bad = nmap_dir / "bad";
  const auto expected = read_file(bad / "EXPECTED.tsv");
  std::size_t cases = 0;
  std::size_t at = 0;
  while (at < expected.size()) {
    const auto end = expected.find('\n', at);
    const auto line = expected.substr(at, end - at);
    at = end == std::string::npos ? expected.size() : end + 1;
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const auto name = line.substr(0, tab);
    const auto message = line.substr(tab + 1);
    INFO(name);
    ++cases;
    try {
      (void)nm::read_scan(read_file(bad / name), name);
      FAIL("accepted");
    } catch (const tws::input_error& e) {
      CHECK(std::string{e.what()} == message);
      CHECK(e.file() == name);
    }
  }
  CHECK(cases >= 9);
}

TEST_CASE("nmap: from outside, open FTP and database ports are findings", "[nmap]") {
  const std::string all = R"(<scaninfo type="syn" protocol="tcp" numservices="65535"/>)";
  const auto ports =
      R"(<port protocol="tcp" portid="21"><state state="open"/><service name="ftp" product="vsftpd"/></port>)"
      R"(<port protocol="tcp" portid="3306"><state state="open"/><service name="mysql"/></port>)";
  const auto text = synthetic("nmap -sV -p- 192.0.2.7", all, ports);
  const auto inside = nm::read_scan(text, "s.xml");
  CHECK(!inside.decided.contains(8));
  CHECK(!inside.decided.contains(14));
  const auto outside = nm::read_scan(text, "s.xml", nm::default_mapping(), {true});
  CHECK(worst(outside.decided.at(8)) == tws::severity::medium);
  CHECK(outside.decided.at(8).findings.front().title ==
        "192.0.2.7:21/tcp ftp (vsftpd): open port");
  CHECK(worst(outside.decided.at(14)) == tws::severity::high);
}

TEST_CASE("nmap: an expired certificate, judged at the scan's start", "[nmap]") {
  const auto ports =
      R"(<port protocol="tcp" portid="443"><state state="open"/><service name="https"/>)"
      R"(<script id="ssl-cert" output="Subject: commonName=a&#xa;Not valid after: 2020-01-01T00:00:00">)"
      R"(<table key="subject"><elem key="commonName">a</elem></table>)"
      R"(<table key="issuer"><elem key="commonName">CA</elem></table>)"
      R"(<table key="validity"><elem key="notAfter">2020-01-01T00:00:00</elem></table>)"
      R"(</script></port>)";
  const auto r = nm::read_scan(synthetic("nmap --script ssl-cert 192.0.2.7", "", ports), "s.xml");
  REQUIRE(r.decided.at(20).findings.size() == 1);
  CHECK(r.decided.at(20).findings.front().title ==
        "192.0.2.7:443/tcp https ssl-cert: certificate expired (not valid after "
        "2020-01-01T00:00:00)");
  CHECK(nm::detail::utc_timestamp(0) == "1970-01-01T00:00:00");
  CHECK(nm::detail::utc_timestamp(1795676763) == "2026-11-26T07:06:03");
}

TEST_CASE("nmap: a user's mapping replaces the default", "[nmap]") {
  auto j = nm::to_json(nm::default_mapping());
  // The default round-trips through its JSON form.
  CHECK(nm::to_json(nm::read_mapping(tws::dump(j), "m.json")) == j);
  for (auto& rule : j["rules"]) {
    if (rule.value("script", "") == "ssh-auth-methods") rule["severity"] = "high";
  }
  const auto m = nm::read_mapping(tws::dump(j), "m.json");
  CHECK(worst(scan("loopback-weak-tcp.xml", m).decided.at(13)) == tws::severity::high);
  CHECK_THROWS_WITH(nm::read_mapping(R"({"schema": "teleworksec/nmap-mapping/v2",
      "rules": [{"check": 33, "script": "x", "match": "output", "severity": "low"}]})",
                                     "m.json"),
                    "m.json: $[\"rules\"][0][\"check\"]: expected a check number 1–32");
  CHECK_THROWS_WITH(nm::read_mapping(R"({"schema": "teleworksec/nmap-mapping/v2",
      "rules": [{"check": 3, "script": "x", "match": "regex", "severity": "low"}]})",
                                     "m.json"),
                    Catch::Contains("$[\"rules\"][0][\"match\"]: \"regex\" is not one of"));
}

TEST_CASE("nmap: merging never changes a status set by hand silently", "[nmap]") {
  const auto weak = scan("loopback-weak-tcp.xml");
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  tws::check_entry by_hand;
  by_hand.status = kind::passed;
  doc.diagnosis["certification-v2/vuln/13"] = by_hand;  // the inspector says passed
  doc.diagnosis["certification-v2/vuln/31"] = by_hand;  // a Wi-Fi check
  tws::check_entry noted = by_hand;                      // findings of the inspector's own
  noted.status = kind::findings;
  noted.object_form = true;
  noted.findings = {{tws::severity::low, "banner shows the version", "", ""}};
  doc.diagnosis["certification-v2/vuln/20"] = noted;
  tws::check_entry not_applicable;
  not_applicable.status = kind::not_applicable;
  doc.diagnosis["certification-v2/vuln/7"] = not_applicable;  // "no FTP here"

  SECTION("fail: the conflicts are returned, the document unchanged") {
    const auto before = doc;
    const auto c = nm::merge(doc, weak, nm::on_conflict::fail);
    REQUIRE(c.size() == 3);  // 7 (n/a vs findings), 13 (passed vs findings), 20
    CHECK(c[1].check == "certification-v2/vuln/13");
    CHECK(c[1].existing == "passed");
    CHECK(c[1].imported == "findings (worst medium)");
    CHECK(c[1].outcome == "nothing written");
    CHECK(doc == before);
  }
  SECTION("keep leaves the inspector's statuses") {
    const auto c = nm::merge(doc, weak, nm::on_conflict::keep);
    CHECK(c.size() == 3);
    CHECK(c[0].outcome == "kept the status set by hand");
    CHECK(doc.diagnosis.at("certification-v2/vuln/13") == by_hand);
    CHECK(doc.diagnosis.at("certification-v2/vuln/31") == by_hand);  // not covered: untouched
    CHECK(doc.diagnosis.at("certification-v2/vuln/16").status == kind::findings);
    const auto& one = doc.diagnosis.at("certification-v2/vuln/1");
    CHECK(one.status == kind::not_performed);
    REQUIRE(one.sources.size() == 1);
    CHECK(one.sources[0].not_covered ==
          "not every TCP port was scanned (-p-); to test it: -p- (every TCP port)");
  }
  SECTION("replace gives the check to the scan, keeping findings entered by hand") {
    const auto c = nm::merge(doc, weak, nm::on_conflict::replace);
    REQUIRE(c.size() == 3);
    CHECK(c[2].check == "certification-v2/vuln/20");
    CHECK(c[2].outcome ==
          "replaced: the scan now decides, 1 finding entered by hand kept beside the scan's; now "
          "findings (worst medium)");
    const auto& e = doc.diagnosis.at("certification-v2/vuln/20");
    REQUIRE(e.findings.size() == 2);
    CHECK(e.findings[0].scan.empty());  // the inspector's, first
    CHECK(e.findings[1].scan == weak.id);
    CHECK(doc.diagnosis.at("certification-v2/vuln/13").status == kind::findings);
    // Withdrawing the scan leaves the inspector's finding, by hand again.
    CHECK(nm::withdraw(doc, weak.id) > 0);
    CHECK(doc.diagnosis.at("certification-v2/vuln/20") == noted);
    CHECK(!doc.diagnosis.contains("certification-v2/vuln/13"));  // the scan's alone: gone
  }
  SECTION("a hand-set not_applicable stands against a scan that passed the check") {
    tws::assessment_document d;
    d.catalog = "certification-v2";
    d.diagnosis["certification-v2/vuln/13"] = not_applicable;
    const std::string tcp = R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="22"/>)";
    const auto clean = nm::read_scan(
        synthetic("nmap -p 22 --script ssh-auth-methods 192.0.2.7", tcp, ""), "clean.xml");
    REQUIRE(clean.decided.at(13).status == kind::passed);
    CHECK(nm::merge(d, clean, nm::on_conflict::fail).empty());
    CHECK(d.diagnosis.at("certification-v2/vuln/13") == not_applicable);
  }
}

TEST_CASE("nmap: a scan is known by its content, not its path", "[nmap]") {
  const auto text = read_file(nmap_dir / "loopback-weak-tcp.xml");
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  nm::merge(doc, nm::read_scan(text, "scan.xml"), nm::on_conflict::fail);
  nm::merge(doc, scan("loopback-weak-udp.xml"), nm::on_conflict::fail);
  const auto once = tws::dump(tws::to_json(doc));
  // The same bytes under another path: nothing changes, not even the order.
  CHECK(nm::merge(doc, nm::read_scan(text, "./scan.xml"), nm::on_conflict::fail).empty());
  CHECK(tws::dump(tws::to_json(doc)) == once);
  CHECK(doc.diagnosis.at("certification-v2/vuln/7").findings.size() == 1);
  CHECK(doc.diagnosis.at("certification-v2/vuln/7").findings[0].ref == "scan.xml");
  // Each check lists both scans; the UDP scan did not test check 7.
  const auto& seven = doc.diagnosis.at("certification-v2/vuln/7");
  REQUIRE(seven.sources.size() == 2);
  CHECK(seven.sources[0].file == "scan.xml");
  CHECK(seven.sources[0].not_covered.empty());
  CHECK(seven.sources[1].file == "loopback-weak-udp.xml");
  CHECK(!seven.sources[1].not_covered.empty());
  // The document writes and reads back equal (sources and scans included).
  CHECK(tws::read_assessment(once, "a.json") == doc);
  // Withdrawn, the TCP scan's checks lose it; what only the UDP scan said stays.
  CHECK(nm::withdraw(doc, nm::scan_id(text)) == 32);
  CHECK(doc.diagnosis.at("certification-v2/vuln/7").status == kind::not_performed);
  CHECK(doc.diagnosis.at("certification-v2/vuln/3").status == kind::findings);
  CHECK(nm::withdraw(doc, nm::scan_id(text)) == 0);
}

TEST_CASE("nmap: a hardened rescan of another day adds up with the first", "[nmap]") {
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  const std::string tcp = R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="22"/>)";
  const auto weak_ssh =
      R"(<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/>)"
      R"(<script id="ssh-auth-methods" output="&#xa;  Supported authentication methods: &#xa;    publickey&#xa;    password"/></port>)";
  const auto hard_ssh =
      R"(<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/>)"
      R"(<script id="ssh-auth-methods" output="&#xa;  Supported authentication methods: &#xa;    publickey"/></port>)";
  const auto args = "nmap -p 22 --script ssh-auth-methods 192.0.2.7";
  const auto before = nm::read_scan(synthetic(args, tcp, weak_ssh), "monday.xml");
  const auto after = nm::read_scan(synthetic(args, tcp, hard_ssh), "friday.xml");
  nm::merge(doc, before, nm::on_conflict::fail);
  nm::merge(doc, after, nm::on_conflict::fail);
  // Monday's finding stands until Monday's scan is withdrawn.
  CHECK(doc.diagnosis.at("certification-v2/vuln/13").status == kind::findings);
  nm::withdraw(doc, before.id);
  CHECK(doc.diagnosis.at("certification-v2/vuln/13").status == kind::passed);
}

TEST_CASE("nmap: many hosts with the same finding are folded, the grade kept", "[nmap]") {
  std::string hosts;
  for (int h = 1; h <= 150; ++h) {
    hosts += R"(<host><status state="up"/><address addr="10.0.0.)" + std::to_string(h) +
             R"(" addrtype="ipv4"/><ports><port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/>)"
             R"(<script id="ssh-auth-methods" output="&#xa;  Supported authentication methods: &#xa;    password"/></port></ports></host>)";
  }
  const auto text = R"(<?xml version="1.0"?><nmaprun scanner="nmap" args="nmap -p 22 --script ssh-auth-methods 10.0.0.0/24" start="1795676763">)"
                    R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="22"/>)" +
                    hosts + "</nmaprun>";
  const auto r = nm::read_scan(text, "many.xml");
  const auto& e = r.decided.at(13);
  REQUIRE(e.findings.size() == nm::max_findings_per_check + 1);
  CHECK(e.findings.back().title ==
        "50 more medium findings of this check in the scan (folded; read the scan file)");
  CHECK(worst(e) == tws::severity::medium);
}

TEST_CASE("nmap: rate says where each check came from and why it is not performed", "[nmap]") {
  auto doc = tws::read_assessment(
      read_file(fs::path{TELEWORKSEC_SOURCE_DIR} / "examples/assessments/four-stars.json"),
      "four-stars.json");
  doc.diagnosis.erase("certification-v2/vuln/3");
  doc.diagnosis.erase("certification-v2/vuln/13");
  nm::merge(doc, scan("loopback-weak-tcp.xml"), nm::on_conflict::keep);
  const auto j = tws::rate_to_json(doc);
  const auto& checks = j["diagnosis"]["checks"];
  // A hand-set status, one from the scan with the finding that sets its grade,
  // and one the file does not have.
  CHECK(checks["certification-v2/vuln/1"]["origin"] == "hand");
  const auto& ssh = checks["certification-v2/vuln/13"];
  CHECK(ssh["origin"] == "scan");
  CHECK(ssh["findings"][0]["sets_grade"] == true);
  CHECK(ssh["sources"][0]["file"] == "loopback-weak-tcp.xml");
  CHECK(checks["certification-v2/vuln/3"]["origin"] == "scan");
  CHECK(checks["certification-v2/vuln/3"]["why_not_performed"][0] ==
        "loopback-weak-tcp.xml: dns-recursion was not selected by --script; to test it: -sU -p "
        "U:53 --script dns-recursion");
  CHECK(!checks["certification-v2/vuln/1"].contains("why_not_performed"));
  // gaps gives the same reasons beside each check that blocks the next level.
  REQUIRE(!j["gaps"]["checks"].empty());
  for (const auto& gap : j["gaps"]["checks"]) {
    const auto& check = checks[gap["id"].get<std::string>()];
    INFO(gap.dump());
    if (gap["reason"] == "not_performed") {
      CHECK(gap["why"] == check["why_not_performed"]);
    } else {
      REQUIRE(!gap["why"].empty());
      for (const auto& title : gap["why"]) {
        CHECK(std::any_of(check["findings"].begin(), check["findings"].end(),
                          [&](const auto& f) { return f["title"] == title && f["sets_grade"]; }));
      }
    }
  }
  // The text report says the same.
  cli::report rep = cli::rate_report(tws::catalogs::certification_v2, doc,
                                     tws::evaluate(tws::catalogs::certification_v2,
                                                   tws::to_assessment(tws::catalogs::certification_v2, doc)),
                                     cli::lang::en, "four-stars.json");
  const auto diagnosis = std::find_if(rep.sections.begin(), rep.sections.end(),
                                      [](const cli::section& s) { return s.heading == "Diagnosis"; });
  REQUIRE(diagnosis != rep.sections.end());
  CHECK(std::find(diagnosis->rows.begin(), diagnosis->rows.end(),
                  std::vector<std::string>{"certification-v2/vuln/13 SSH password authentication",
                                           "grade C", "scan loopback-weak-tcp.xml",
                                           "medium: 127.0.0.1:47022/tcp ssh ssh-auth-methods: "
                                           "password"}) != diagnosis->rows.end());
}

TEST_CASE("assessment JSON: a check's sources are read strictly", "[nmap][json]") {
  const auto doc = [](const std::string& check) {
    return R"({"schema": "teleworksec/assessment/v1", "catalog": "certification-v2",
               "diagnosis": {"certification-v2/vuln/3": )" +
           check + "}}";
  };
  const std::string at = "a.json: $[\"diagnosis\"][\"certification-v2/vuln/3\"]";
  CHECK_THROWS_WITH(
      tws::read_assessment(doc(R"({"status": "passed", "sources": [{"scan": "nmap:1", "file": "a"},
                                  {"scan": "nmap:1", "file": "b"}]})"),
                           "a.json"),
      at + "[\"sources\"][1][\"scan\"]: duplicate source \"nmap:1\"");
  CHECK_THROWS_WITH(tws::read_assessment(doc(R"({"status": "passed", "sources": ["a.xml"]})"),
                                         "a.json"),
                    at + "[\"sources\"][0]: expected an object, got a string");
  CHECK_THROWS_WITH(
      tws::read_assessment(doc(R"({"status": "passed", "sources": [{"scan": "nmap:1"}]})"),
                           "a.json"),
      at + "[\"sources\"][0]: missing key \"file\" (a scan source is {\"scan\": ID, \"file\": "
           "NAME})");
  CHECK_THROWS_WITH(
      tws::read_assessment(doc(R"({"status": "findings", "sources": [{"scan": "nmap:1", "file": "a"}],
                                  "findings": [{"severity": "low", "scan": "nmap:2"}]})"),
                           "a.json"),
      at + "[\"findings\"][0][\"scan\"]: \"nmap:2\" is not among the check's sources");
  CHECK_THROWS_WITH(tws::read_assessment(doc(R"({"status": "passed", "sources": "a"})"), "a.json"),
                    Catch::Contains("expected an array of scan sources, got a string"));
}

TEST_CASE("nmap: a scan quoting bytes that are not UTF-8 still writes valid JSON", "[nmap]") {
  // Found by fuzz.nmap_reader: snmp-brute output with E0 8F 8A, whose second
  // byte makes it an overlong (invalid) UTF-8 sequence.
  const auto r = scan("fuzz-overlong-utf8.xml");
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  nm::merge(doc, r, nm::on_conflict::fail);
  const auto text = tws::dump(tws::to_json(doc));
  CHECK(text.find("\\\\xE0\\\\x8F\\\\x8A") != std::string::npos);
  CHECK(tws::read_assessment(text, "again.json") == doc);
}

TEST_CASE("nmap: bytes that are not UTF-8 anywhere in a scan are written as \\xNN", "[nmap]") {
  // Found by fuzz.nmap_reader: a stray 0x85 in a host's address reached the
  // assessment's sources unescaped and the JSON writer threw. A character
  // reference to a surrogate (&#xD800;) decodes to bytes that are not UTF-8
  // either; both must come out as \xNN wherever the reader copies them.
  const std::string tcp = R"(<scaninfo type="connect" protocol="tcp" numservices="1" services="21"/>)";
  const std::string ftp =
      R"(<port protocol="tcp" portid="21"><state state="open"/>)"
      R"(<service name="ftp" product="ftpd&#xD800;x"/></port>)";
  auto text = synthetic("nmap -sV -p 21 192.0.2.7", tcp, ftp);
  const std::string address = R"(addr="192.0.2.7")";
  text.replace(text.find(address), address.size(), "addr=\"192.0.2.\x85" "7\"");
  // From outside, an open FTP port is a finding whose title quotes both.
  const auto r = nm::read_scan(text, "s.xml", nm::default_mapping(), {true});
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  nm::merge(doc, r, nm::on_conflict::fail);
  const auto json = tws::dump(tws::to_json(doc));
  INFO(json);
  CHECK(json.find(R"(192.0.2.\\x857)") != std::string::npos);
  CHECK(json.find(R"(ftpd\\xED\\xA0\\x80x)") != std::string::npos);
  CHECK(tws::read_assessment(json, "again.json") == doc);
}

#endif
