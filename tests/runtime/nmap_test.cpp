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
  STATIC_REQUIRE(rule_count_for(22) == 5);  // ssl-enum-ciphers grades B–F
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

}  // namespace

TEST_CASE("nmap: the weak loopback services, TCP scan", "[nmap]") {
  const auto r = scan("loopback-weak-tcp.xml");
  CHECK(r.hosts == 1);
  CHECK(r.open_ports == 4);
  // Expected status and severity, each for the reason given in
  // tests/nmap/loopback_test.py (EXPECT_WEAK).
  const std::map<int, tws::severity> findings{
      {7, tws::severity::medium},   // vsftpd anonymous_enable=YES
      {13, tws::severity::medium},  // sshd PasswordAuthentication yes
      {15, tws::severity::low},     // TRACE among the methods: risky method
      {16, tws::severity::medium},  // TRACE echoed: cross-site tracing
      {20, tws::severity::medium},  // self-signed certificate
      {22, tws::severity::urgent},  // anonymous ECDH: ssl-enum-ciphers grade F
  };
  for (const auto& [n, severity] : findings) {
    INFO("vuln/" << n);
    const auto& e = r.decided.at(static_cast<std::uint8_t>(n));
    CHECK(e.status == kind::findings);
    CHECK(worst(e) == severity);
    CHECK(e.sources == std::vector<std::string>{"loopback-weak-tcp.xml"});
    for (const auto& f : e.findings) {
      CHECK(f.ref == "loopback-weak-tcp.xml");
      CHECK(f.title.rfind("127.0.0.1:47", 0) == 0);  // host:port first
    }
  }
  CHECK(r.decided.at(21).status == kind::passed);  // sslv2 ran, no SSLv2
  CHECK(r.decided.at(22).findings.front().title ==
        "127.0.0.1:47443/tcp http ssl-enum-ciphers: least strength F");
  CHECK(r.decided.at(13).findings.front().title ==
        "127.0.0.1:47022/tcp ssh ssh-auth-methods: password");
  // Not covered: UDP checks (no UDP scan), check 1 (six ports, not all
  // 65535), and what no script of this scan decides.
  std::vector<int> uncovered;
  for (const auto& u : r.not_covered) uncovered.push_back(u.check);
  CHECK(uncovered == std::vector<int>{1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14, 17, 18, 19, 23, 24,
                                      25, 26, 27, 28, 29, 30, 31, 32});
  CHECK(r.not_covered.front().hint == "-p- (every TCP port)");
}

TEST_CASE("nmap: the weak loopback services, UDP scan", "[nmap]") {
  const auto r = scan("loopback-weak-udp.xml");
  CHECK(r.decided.size() == 3);
  CHECK(worst(r.decided.at(3)) == tws::severity::medium);  // forwarding resolver: recursion
  CHECK(worst(r.decided.at(11)) == tws::severity::medium);  // sysDescr read with public
  CHECK(worst(r.decided.at(12)) == tws::severity::high);    // default community public
}

TEST_CASE("nmap: the hardened loopback services pass every covered check", "[nmap]") {
  for (const char* file : {"loopback-hardened-tcp.xml", "loopback-hardened-udp.xml"}) {
    INFO(file);
    const auto r = scan(file);
    CHECK(!r.decided.empty());
    for (const auto& [n, e] : r.decided) {
      INFO("vuln/" << int{n});
      CHECK(e.status == kind::passed);
    }
  }
  CHECK(scan("loopback-hardened-tcp.xml").decided.size() == 7);  // 7, 13, 15, 16, 20, 21, 22
  CHECK(scan("loopback-hardened-udp.xml").decided.size() == 3);  // 3, 11, 12
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

TEST_CASE("nmap: what the command line selected", "[nmap]") {
  const auto ports =
      R"(<port protocol="tcp" portid="22"><state state="open"/><service name="ssh"/></port>)";
  const std::string tcp = R"(<scaninfo type="syn" protocol="tcp" numservices="1" services="22"/>)";
  // -sC runs the default category; ssh-auth-methods is not in it.
  auto r = nm::read_scan(synthetic("nmap -sC -p 22 192.0.2.7", tcp, ports), "s.xml");
  CHECK(r.decided.contains(21));  // sslv2: default category
  CHECK(!r.decided.contains(13));
  // -sCV: combined short options; version detection, but not every port.
  r = nm::read_scan(synthetic("nmap -sCV -p 22 192.0.2.7", tcp, ports), "s.xml");
  CHECK(r.decided.contains(7));
  CHECK(!r.decided.contains(26));
  // A boolean expression is not guessed at: only scripts in the output count.
  r = nm::read_scan(synthetic("nmap --script default and not intrusive 192.0.2.7", tcp, ports),
                    "s.xml");
  CHECK(!r.decided.contains(21));
  // All TCP ports with -sV: P2P (26) and backdoor services by name (25 needs a script).
  const std::string all = R"(<scaninfo type="syn" protocol="tcp" numservices="65535"/>)";
  r = nm::read_scan(synthetic("nmap -sV -p- 192.0.2.7", all, ports), "s.xml");
  CHECK(r.decided.at(1).status == kind::passed);
  CHECK(r.decided.at(26).status == kind::passed);
  CHECK(!r.decided.contains(25));
  CHECK(!r.decided.contains(14));  // needs a scan from outside
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
  CHECK_THROWS_WITH(nm::read_mapping(R"({"schema": "teleworksec/nmap-mapping/v1",
      "rules": [{"check": 33, "script": "x", "match": "output", "severity": "low"}]})",
                                     "m.json"),
                    "m.json: $[\"rules\"][0][\"check\"]: expected a check number 1–32");
  CHECK_THROWS_WITH(nm::read_mapping(R"({"schema": "teleworksec/nmap-mapping/v1",
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

  SECTION("fail: the conflict is returned, the document unchanged") {
    const auto before = doc;
    const auto c = nm::merge(doc, weak, nm::on_conflict::fail);
    REQUIRE(c.size() == 1);
    CHECK(c[0].check == "certification-v2/vuln/13");
    CHECK(c[0].existing == "passed");
    CHECK(c[0].imported == "findings (worst medium)");
    CHECK(doc == before);
  }
  SECTION("keep and replace") {
    auto kept = doc;
    CHECK(nm::merge(kept, weak, nm::on_conflict::keep).size() == 1);
    CHECK(kept.diagnosis.at("certification-v2/vuln/13") == by_hand);
    CHECK(kept.diagnosis.at("certification-v2/vuln/7").status == kind::findings);
    CHECK(kept.diagnosis.at("certification-v2/vuln/31") == by_hand);  // not covered: untouched
    CHECK(kept.diagnosis.at("certification-v2/vuln/1").status == kind::not_performed);
    CHECK(kept.diagnosis.at("certification-v2/vuln/1").note ==
          "not covered by loopback-weak-tcp.xml: -p- (every TCP port)");
    auto replaced = doc;
    nm::merge(replaced, weak, nm::on_conflict::replace);
    CHECK(replaced.diagnosis.at("certification-v2/vuln/13").status == kind::findings);
  }
  SECTION("the same scan again changes nothing; another scan adds up") {
    doc.diagnosis.erase("certification-v2/vuln/13");
    nm::merge(doc, weak, nm::on_conflict::fail);
    const auto once = doc;
    CHECK(nm::merge(doc, weak, nm::on_conflict::fail).empty());
    CHECK(doc == once);
    nm::merge(doc, scan("loopback-weak-udp.xml"), nm::on_conflict::fail);
    CHECK(doc.diagnosis.at("certification-v2/vuln/3").status == kind::findings);
    CHECK(doc.diagnosis.at("certification-v2/vuln/3").sources ==
          std::vector<std::string>{"loopback-weak-udp.xml"});
    CHECK(doc.diagnosis.at("certification-v2/vuln/7").sources ==
          std::vector<std::string>{"loopback-weak-tcp.xml"});
    // A hardened rescan under another name: the findings of both stay.
    auto hardened = scan("loopback-hardened-tcp.xml");
    nm::merge(doc, hardened, nm::on_conflict::fail);
    CHECK(doc.diagnosis.at("certification-v2/vuln/7").status == kind::findings);
    CHECK(doc.diagnosis.at("certification-v2/vuln/7").sources ==
          std::vector<std::string>{"loopback-weak-tcp.xml", "loopback-hardened-tcp.xml"});
    // The fixed facility rescanned under the first scan's name replaces its findings.
    hardened.file = "loopback-weak-tcp.xml";
    for (auto& [n, e] : hardened.decided) e.sources = {hardened.file};
    nm::merge(doc, hardened, nm::on_conflict::fail);
    CHECK(doc.diagnosis.at("certification-v2/vuln/7").status == kind::passed);
    // The document writes and reads back equal (sources included).
    const auto text = tws::dump(tws::to_json(doc));
    CHECK(tws::read_assessment(text, "a.json") == doc);
  }
}

TEST_CASE("nmap: rate's report says which checks came from which scan", "[nmap]") {
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  nm::merge(doc, scan("loopback-weak-tcp.xml"), nm::on_conflict::fail);
  nm::merge(doc, scan("loopback-weak-udp.xml"), nm::on_conflict::fail);
  cli::report rep;
  cli::add_provenance(rep, doc, cli::lang::en);
  REQUIRE(rep.sections.size() == 1);
  CHECK(rep.sections[0].heading == "Checks imported from scans");
  CHECK(rep.sections[0].rows ==
        std::vector<std::vector<std::string>>{
            {"loopback-weak-tcp.xml", "vuln/7, 13, 15, 16, 20, 21, 22"},
            {"loopback-weak-udp.xml", "vuln/3, 11, 12"}});
}

TEST_CASE("assessment JSON: a check's sources are read strictly", "[nmap][json]") {
  const auto doc = [](const std::string& check) {
    return R"({"schema": "teleworksec/assessment/v1", "catalog": "certification-v2",
               "diagnosis": {"certification-v2/vuln/3": )" +
           check + "}}";
  };
  CHECK_THROWS_WITH(tws::read_assessment(doc(R"({"status": "passed", "sources": ["a", "a"]})"),
                                         "a.json"),
                    "a.json: $[\"diagnosis\"][\"certification-v2/vuln/3\"][\"sources\"][1]: "
                    "duplicate source \"a\"");
  CHECK_THROWS_WITH(tws::read_assessment(doc(R"({"status": "passed", "sources": [""]})"),
                                         "a.json"),
                    "a.json: $[\"diagnosis\"][\"certification-v2/vuln/3\"][\"sources\"][0]: "
                    "empty; expected a scan file name");
  CHECK_THROWS_WITH(tws::read_assessment(doc(R"({"status": "passed", "sources": "a"})"), "a.json"),
                    Catch::Contains("expected an array of scan file names, got a string"));
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

#endif
