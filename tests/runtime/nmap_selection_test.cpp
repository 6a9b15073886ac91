// nmap_selection.hpp: the scripts, arguments and detection a scan's recorded
// command line chose, read as nmap reads them (nse_main.lua's grammar).
// Header-only and free of pugixml, so it runs in every build.

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/io/nmap_selection.hpp"

namespace {
namespace nm = teleworksec::nmap;
using strings = std::vector<std::string>;

const strings default_safe{"default", "safe"};          // sslv2
const strings discovery_intrusive{"discovery", "intrusive"};  // ssl-enum-ciphers
const strings backdoor{"exploit", "intrusive", "malware", "vuln"};  // ftp-vsftpd-backdoor
}  // namespace

TEST_CASE("nmap selection: globs match anywhere in a name", "[nmap]") {
  STATIC_REQUIRE(nm::glob_match("*-backdoor", "ftp-vsftpd-backdoor"));
  STATIC_REQUIRE(nm::glob_match("smb-vuln-*", "smb-vuln-ms17-010"));
  STATIC_REQUIRE(nm::glob_match("ssl-*-ciphers", "ssl-enum-ciphers"));
  STATIC_REQUIRE(nm::glob_match("ssl?2", "sslv2"));
  STATIC_REQUIRE(nm::glob_match("*", ""));
  STATIC_REQUIRE_FALSE(nm::glob_match("*-backdoor", "ftp-backdoor-check"));
  STATIC_REQUIRE_FALSE(nm::glob_match("ssl?2", "ssl2"));
  STATIC_REQUIRE_FALSE(nm::glob_match("http", "http-methods"));
}

TEST_CASE("nmap selection: the recorded command line is split as a shell would", "[nmap]") {
  CHECK(nm::split_command_line(R"(nmap --script "default and not intrusive" -oX a.xml 'x y')") ==
        strings{"nmap", "--script", "default and not intrusive", "-oX", "a.xml", "x y"});
  CHECK(nm::split_command_line(R"(a\ b "c\"d")") == strings{"a b", "c\"d"});
  CHECK(nm::split_command_line("") == strings{});
}

TEST_CASE("nmap selection: names, globs, categories and forcing", "[nmap]") {
  // The README's script list: a category, names and two globs.
  const nm::script_selection readme{
      R"(nmap -sS -sU -sV --script "default,dns-zone-transfer,smb-vuln-*,*-backdoor,vulners" x)"};
  CHECK(readme.selects("sslv2", default_safe));                       // by category
  CHECK(readme.selects("dns-zone-transfer", discovery_intrusive));    // by name
  CHECK(readme.selects("ftp-vsftpd-backdoor", backdoor));             // glob at the front
  CHECK(readme.selects("*-backdoor", backdoor));                      // the mapping's own glob row
  CHECK_FALSE(readme.selects("ssl-enum-ciphers", discovery_intrusive));
  CHECK_FALSE(readme.forces("sslv2", default_safe));
  CHECK(readme.version_detection());
  // `+` forces its rule's scripts onto every open port.
  const nm::script_selection forced{"nmap -sU -p U:47053 --script +dns-recursion,sslv2 x"};
  CHECK(forced.forces("dns-recursion", default_safe));
  CHECK_FALSE(forced.forces("sslv2", default_safe));
  CHECK(forced.selects("sslv2", default_safe));
  CHECK_FALSE(forced.version_detection());
  // -sC and -A select the default category; -sCV combines.
  CHECK(nm::script_selection{"nmap -sC x"}.selects("sslv2", default_safe));
  CHECK(nm::script_selection{"nmap -A x"}.version_detection());
  CHECK(nm::script_selection{"nmap -sCV x"}.selects("sslv2", default_safe));
  CHECK(nm::script_selection{"nmap --script=all x"}.selects("anything", {}));
  CHECK(nm::script_selection{"nmap --script ssl-enum-ciphers.nse x"}.selects("ssl-enum-ciphers", {}));
}

TEST_CASE("nmap selection: boolean rules, with 'and' binding tighter than 'or'", "[nmap]") {
  const nm::script_selection safe{R"(nmap --script "default and not intrusive" x)"};
  CHECK(safe.selects("sslv2", default_safe));
  CHECK_FALSE(safe.selects("ssl-enum-ciphers", discovery_intrusive));
  CHECK_FALSE(safe.selects("ftp-vsftpd-backdoor", backdoor));

  // vuln or (discovery and intrusive): the backdoor (vuln) and ssl-enum-ciphers.
  const nm::script_selection mixed{R"(nmap --script "vuln or discovery and intrusive" x)"};
  CHECK(mixed.selects("ftp-vsftpd-backdoor", backdoor));
  CHECK(mixed.selects("ssl-enum-ciphers", discovery_intrusive));
  CHECK_FALSE(mixed.selects("sslv2", default_safe));

  // Parentheses change it: (vuln or discovery) and intrusive.
  const nm::script_selection grouped{R"(nmap --script "(vuln or discovery) and not safe" x)"};
  CHECK(grouped.selects("ftp-vsftpd-backdoor", backdoor));
  CHECK(grouped.selects("ssl-enum-ciphers", discovery_intrusive));
  CHECK_FALSE(grouped.selects("sslv2", default_safe));

  // A comma inside parentheses does not split the rule.
  const nm::script_selection nested{R"x(nmap --script "not (default or intrusive)",sslv2 x)x"};
  CHECK(nested.selects("sslv2", default_safe));  // by the second rule
  CHECK(nested.selects("vulners", {"external", "safe", "vuln"}));
  CHECK_FALSE(nested.selects("ssl-enum-ciphers", discovery_intrusive));
  CHECK(nested.unreadable().empty());

  // What nmap would refuse is reported, not guessed at.
  const nm::script_selection broken{R"(nmap --script "default and" x)"};
  CHECK(broken.unreadable() == strings{"default and"});
  CHECK_FALSE(broken.selects("sslv2", default_safe));

  // Nesting is bounded (64 levels read, deeper is unreadable), so a hostile
  // command line cannot overflow the stack.
  const auto nest = [](std::size_t n, std::string_view open, std::string_view close) {
    std::string rule;
    for (std::size_t i = 0; i < n; ++i) rule += open;
    rule += "sslv2";
    for (std::size_t i = 0; i < n; ++i) rule += close;
    return rule;
  };
  const nm::script_selection deep64{"nmap --script \"" + nest(64, "(", ")") + "\" x"};
  CHECK(deep64.unreadable().empty());
  CHECK(deep64.selects("sslv2", default_safe));
  const nm::script_selection deep65{"nmap --script \"" + nest(65, "(", ")") + "\" x"};
  CHECK(deep65.unreadable().size() == 1);
  CHECK_FALSE(deep65.selects("sslv2", default_safe));
  for (const auto* open : {"(", "not "}) {
    const auto close = std::string_view{open} == "(" ? ")" : "";
    const nm::script_selection hostile{"nmap --script \"" + nest(30000, open, close) + "\" x"};
    CHECK(hostile.unreadable().size() == 1);
  }
}

TEST_CASE("nmap selection: which script arguments were set, to what", "[nmap]") {
  const nm::script_selection s{
      "nmap --script-args dns-zone-transfer.domain=example.jp,smtp-enum-users.methods={VRFY,EXPN}"
      " --script-args \"http-put.url='/a,b'\" x"};  // nmap quotes words with spaces or quotes
  CHECK(s.argument("dns-zone-transfer.domain") == "example.jp");
  CHECK(s.argument("smtp-enum-users.methods") == "{VRFY,EXPN}");
  CHECK(s.argument("http-put.url") == "/a,b");  // the inner quotes keep the comma
  CHECK_FALSE(s.argument("EXPN"));               // inside the braces: a value, not a key
  CHECK_FALSE(s.argument("b"));
  CHECK_FALSE(s.arguments_from_file());
  CHECK(nm::script_selection{"nmap --script-args-file args.txt x"}.arguments_from_file());
}
