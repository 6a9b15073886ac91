#pragma once

// Reads one nmap scan (nmap -oX) and decides the network checks of
// certification-v2's diagnosis with a mapping (nmap_mapping.hpp's defaults,
// or a user's mapping file). A check is passed only when the scan proves it
// tested it: its scripts were selected, their arguments set, their ports in
// the scan's port list, and the scripts that always print did print on every
// port they ran on; otherwise it stays not_performed with the reason. Needs
// pugixml and nlohmann/json; outside the core, like json.hpp: it allocates,
// and every problem with the scan itself is an input_error naming the file,
// the XML path and what was expected. A failed script is not: it leaves its
// checks not_performed and adds a warning.

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/io/json.hpp"
#include "teleworksec/io/nmap_mapping.hpp"
#include "teleworksec/io/nmap_selection.hpp"
#include "teleworksec/io/utf8.hpp"

namespace teleworksec::nmap {

/// A mapping the importer can use: the defaults, or one read from JSON.
struct mapping {
  struct rule_row {
    std::uint8_t check = 0;
    std::string script;
    match how = match::output;
    std::string pattern;
    severity level = severity::low;
  };
  struct coverage_row {
    std::uint8_t check = 0;
    std::vector<std::string> scripts;
    std::uint8_t needs = need_nothing;
    std::string hint;
  };
  struct script_row {
    std::string script;
    std::vector<std::string> categories;
    std::vector<std::string> recognised;
    std::string ports;  ///< nmap -p syntax: "T:25,465,587", "U:53"
    std::vector<std::string> services;
    prints output = prints::on_finding;
    std::vector<std::string> arguments;  ///< "KEY", or "KEY!WORD" (set, without WORD)
    bool outside = false;
    std::vector<std::string> failure;  ///< outputs meaning the script could not test
  };
  std::vector<rule_row> rules;
  std::vector<coverage_row> coverage;
  std::vector<script_row> scripts;
};

namespace detail {

inline std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const auto at = s.find(sep);
    out.emplace_back(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

inline std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string{sep}) + p;
  return out;
}

}  // namespace detail

/// Ports by protocol, as nmap's -p option and <scaninfo services> write them:
/// "T:21-25,80,U:53" (no letter: TCP), ranges inclusive.
class port_list {
 public:
  /// Parses the list; nullopt if it is not one.
  static std::optional<port_list> parse(std::string_view spec, char protocol = 'T') {
    port_list out;
    for (const auto& part : detail::split(spec, ',')) {
      std::string_view p{part};
      while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
      if (p.size() > 2 && p[1] == ':') {
        protocol = p[0];
        p.remove_prefix(2);
      }
      if (protocol != 'T' && protocol != 'U' && protocol != 'S') return std::nullopt;
      const auto dash = p.find('-');
      const auto low = number(p.substr(0, dash));
      const auto high = dash == std::string_view::npos ? low : number(p.substr(dash + 1));
      if (!low || !high || *low > *high) return std::nullopt;
      out.ranges_.push_back({protocol, *low, *high});
    }
    return out;
  }

  /// Every TCP port 1–65535.
  static port_list all_tcp() {
    port_list out;
    out.ranges_.push_back({'T', 1, 65535});
    return out;
  }

  void add(const port_list& other) {
    ranges_.insert(ranges_.end(), other.ranges_.begin(), other.ranges_.end());
  }

  [[nodiscard]] bool contains(char protocol, unsigned port) const {
    return std::any_of(ranges_.begin(), ranges_.end(), [&](const range& r) {
      return r.protocol == protocol && r.low <= port && port <= r.high;
    });
  }

  /// The ports of `wanted` this list lacks, in -p syntax ("U:53, T:465"), or "".
  [[nodiscard]] std::string missing(const port_list& wanted) const {
    std::string out;
    for (const auto& r : wanted.ranges_) {
      for (unsigned p = r.low; p <= r.high; ++p) {
        if (!contains(r.protocol, p)) {
          out += (out.empty() ? "" : ", ") + std::string(1, r.protocol) + ":" + std::to_string(p);
        }
      }
    }
    return out;
  }

  [[nodiscard]] bool covers_all_tcp() const {
    unsigned next = 1;  // ranges are few: merge them by sweeping
    for (bool grew = true; grew && next <= 65535;) {
      grew = false;
      for (const auto& r : ranges_) {
        if (r.protocol == 'T' && r.low <= next && r.high >= next) {
          next = r.high + 1;
          grew = true;
        }
      }
    }
    return next > 65535;
  }

 private:
  struct range {
    char protocol;
    unsigned low;
    unsigned high;
  };
  static std::optional<unsigned> number(std::string_view s) {
    if (s.empty() || s.size() > 5) return std::nullopt;
    unsigned v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + static_cast<unsigned>(c - '0');
    }
    if (v < 1 || v > 65535) return std::nullopt;
    return v;
  }
  std::vector<range> ranges_;
};

/// The mapping of nmap_mapping.hpp.
inline mapping default_mapping() {
  const auto list = [](std::string_view s, char sep) {
    return s.empty() ? std::vector<std::string>{} : detail::split(s, sep);
  };
  mapping m;
  for (const auto& r : default_rules) {
    m.rules.push_back({r.check, std::string{r.script}, r.how, std::string{r.pattern}, r.level});
  }
  for (const auto& c : default_coverage) {
    m.coverage.push_back({c.check, list(c.scripts, ','), c.needs, std::string{c.hint}});
  }
  for (const auto& s : default_scripts) {
    m.scripts.push_back({std::string{s.script}, list(s.categories, ','), list(s.recognised, '|'),
                         std::string{s.ports}, list(s.services, ','), s.output,
                         list(s.arguments, ','), s.outside, list(s.failure, '|')});
  }
  return m;
}

/// The schema name of a mapping file.
inline constexpr std::string_view mapping_schema = "teleworksec/nmap-mapping/v2";

/// A mapping as JSON (what --print-mapping prints and --mapping reads).
inline nlohmann::json to_json(const mapping& m) {
  nlohmann::json j;
  j["schema"] = mapping_schema;
  auto& rules = j["rules"] = nlohmann::json::array();
  for (const auto& r : m.rules) {
    nlohmann::json row{{"check", r.check},
                       {"match", to_string(r.how)},
                       {"pattern", r.pattern},
                       {"severity", to_string(r.level)}};
    if (!r.script.empty()) row["script"] = r.script;
    rules.push_back(std::move(row));
  }
  auto& coverage = j["coverage"] = nlohmann::json::array();
  for (const auto& c : m.coverage) {
    auto needs = nlohmann::json::array();
    for (const auto& [bit, name, en, ja, in_files] : enum_names<need>::table) {
      if ((c.needs & bit) != 0) needs.push_back(name);
    }
    coverage.push_back(
        {{"check", c.check}, {"scripts", c.scripts}, {"needs", needs}, {"hint", c.hint}});
  }
  auto& scripts = j["scripts"] = nlohmann::json::array();
  for (const auto& s : m.scripts) {
    scripts.push_back({{"script", s.script},
                       {"categories", s.categories},
                       {"recognised", s.recognised},
                       {"ports", s.ports},
                       {"services", s.services},
                       {"prints", to_string(s.output)},
                       {"arguments", s.arguments},
                       {"outside", s.outside},
                       {"failure", s.failure}});
  }
  return j;
}

/// Reads a mapping file (teleworksec/nmap-mapping/v2): "rules", "coverage"
/// and "scripts" each replace the default list when present. Throws input_error.
inline mapping read_mapping(std::string_view text, const std::string& file) {
  using teleworksec::detail::member_path;
  const auto root = parse_json(text, file);
  const teleworksec::detail::reader in{file};
  in.object(root, "$", {"schema", "rules", "coverage", "scripts"});
  if (!root.contains("schema") || !root["schema"].is_string() ||
      root["schema"].get<std::string>() != mapping_schema) {
    in.fail("$[\"schema\"]", "expected \"" + std::string{mapping_schema} + "\"");
  }
  const auto array = [&](const std::string& key) -> const nlohmann::json& {
    const auto& a = root[key];
    if (!a.is_array()) {
      in.fail(member_path("$", key),
              "expected an array, got " + teleworksec::detail::reader::type_name(a));
    }
    return a;
  };
  const auto check_number = [&](const nlohmann::json& v, const std::string& path) {
    if (!v.is_number_integer() || v.get<long long>() < 1 ||
        v.get<long long>() > static_cast<long long>(check_count)) {
      in.fail(path, "expected a check number 1–" + std::to_string(check_count));
    }
    return static_cast<std::uint8_t>(v.get<long long>());
  };
  const auto strings = [&](const nlohmann::json& v, const std::string& path) {
    if (!v.is_array()) in.fail(path, "expected an array of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      out.push_back(in.string(v[i], path + "[" + std::to_string(i) + "]", 200));
    }
    return out;
  };
  mapping m = default_mapping();
  if (root.contains("rules")) {
    m.rules.clear();
    const auto& list = array("rules");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto at = "$[\"rules\"][" + std::to_string(i) + "]";
      const auto& v = in.object(list[i], at, {"check", "script", "match", "pattern", "severity"});
      for (const char* key : {"check", "match", "severity"}) {
        if (!v.contains(key)) in.fail(at, std::string{"missing key \""} + key + "\"");
      }
      mapping::rule_row r;
      r.check = check_number(v["check"], member_path(at, "check"));
      r.how = in.choice<match>(v["match"], member_path(at, "match"));
      r.level = in.choice<severity>(v["severity"], member_path(at, "severity"));
      if (v.contains("script")) r.script = in.string(v["script"], member_path(at, "script"), 200);
      if (v.contains("pattern")) r.pattern = in.string(v["pattern"], member_path(at, "pattern"));
      if (detail::port_rule(r.how) != r.script.empty()) {
        in.fail(at, detail::port_rule(r.how)
                        ? "a \"" + std::string{to_string(r.how)} + "\" rule names no script"
                        : "missing key \"script\" (an NSE script id)");
      }
      const bool pair = r.how == match::element || r.how == match::listed;
      if (pair && r.pattern.find('=') == std::string::npos) {
        in.fail(member_path(at, "pattern"), "expected \"KEY=VALUE\"");
      }
      const bool bits = r.how == match::tls_kex_bits || r.how == match::cert_key_bits;
      if (bits && !port_list::parse(r.pattern)) {
        in.fail(member_path(at, "pattern"), "expected a range of bits \"LOW-HIGH\"");
      }
      if (r.how == match::service_off_port &&
          (r.pattern.find(':') == std::string::npos ||
           !port_list::parse(r.pattern.substr(r.pattern.find(':') + 1)))) {
        in.fail(member_path(at, "pattern"), "expected \"SERVICE:PORT\"");
      }
      m.rules.push_back(std::move(r));
    }
  }
  if (root.contains("coverage")) {
    m.coverage.clear();
    const auto& list = array("coverage");
    std::set<int> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto at = "$[\"coverage\"][" + std::to_string(i) + "]";
      const auto& v = in.object(list[i], at, {"check", "scripts", "needs", "hint"});
      if (!v.contains("check")) in.fail(at, "missing key \"check\"");
      mapping::coverage_row c;
      c.check = check_number(v["check"], member_path(at, "check"));
      if (!seen.insert(c.check).second) {
        in.fail(member_path(at, "check"),
                "check " + std::to_string(c.check) + " has a coverage row already");
      }
      if (v.contains("scripts")) c.scripts = strings(v["scripts"], member_path(at, "scripts"));
      if (v.contains("needs")) {
        const auto path = member_path(at, "needs");
        if (!v["needs"].is_array()) in.fail(path, "expected an array of needs");
        for (std::size_t k = 0; k < v["needs"].size(); ++k) {
          c.needs = static_cast<std::uint8_t>(
              c.needs | in.choice<need>(v["needs"][k], path + "[" + std::to_string(k) + "]"));
        }
      }
      if (v.contains("hint")) c.hint = in.string(v["hint"], member_path(at, "hint"));
      m.coverage.push_back(std::move(c));
    }
  }
  if (root.contains("scripts")) {
    m.scripts.clear();
    const auto& list = array("scripts");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto at = "$[\"scripts\"][" + std::to_string(i) + "]";
      const auto& v = in.object(list[i], at,
                                {"script", "categories", "recognised", "ports", "services",
                                 "prints", "arguments", "outside", "failure"});
      if (!v.contains("script")) in.fail(at, "missing key \"script\"");
      mapping::script_row s;
      s.script = in.string(v["script"], member_path(at, "script"), 200);
      if (v.contains("categories")) {
        s.categories = strings(v["categories"], member_path(at, "categories"));
      }
      if (v.contains("recognised")) {
        s.recognised = strings(v["recognised"], member_path(at, "recognised"));
      }
      if (v.contains("ports")) {
        s.ports = in.string(v["ports"], member_path(at, "ports"), 200);
        if (!s.ports.empty() && !port_list::parse(s.ports)) {
          in.fail(member_path(at, "ports"), "expected nmap's port syntax, e.g. \"T:25,465,U:53\"");
        }
      }
      if (v.contains("services")) s.services = strings(v["services"], member_path(at, "services"));
      if (v.contains("prints")) s.output = in.choice<prints>(v["prints"], member_path(at, "prints"));
      if (v.contains("arguments")) {
        s.arguments = strings(v["arguments"], member_path(at, "arguments"));
      }
      if (v.contains("outside")) s.outside = in.boolean(v["outside"], member_path(at, "outside"));
      if (v.contains("failure")) s.failure = strings(v["failure"], member_path(at, "failure"));
      m.scripts.push_back(std::move(s));
    }
  }
  return m;
}

/// Options of an import.
struct import_options {
  bool from_internet = false;  ///< the scan ran from outside the facility's network
};

/// The reason of the checks no nmap scan tests (17, 18, 24, 27–32).
inline constexpr std::string_view untestable_by_nmap = "nmap cannot test this check";

/// A check the scan did not decide: why, and what would.
struct uncovered_check {
  std::uint8_t check = 0;
  std::string reason;
  std::string hint;
};

/// What one scan says about the diagnosis.
struct scan_result {
  std::string file;
  std::string id;  ///< the scan's identity: a hash of its bytes ("nmap:…")
  std::map<std::uint8_t, check_entry> decided;  ///< passed or findings, by check number
  std::vector<uncovered_check> not_covered;
  std::vector<std::string> warnings;  ///< scripts that failed, findings folded
  std::size_t hosts = 0;
  std::size_t open_ports = 0;
};

/// At most this many findings per check come from one scan; the rest are
/// folded into one finding per severity that counts them.
inline constexpr std::size_t max_findings_per_check = 100;

/// The identity of a scan: a hash of its bytes, so that the same scan under
/// another path is the same scan.
inline std::string scan_id(std::string_view text) {
  teleworksec::detail::fnv1a h;
  for (const char c : text) h.byte(static_cast<std::uint8_t>(c));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h.value()));
  return std::string{"nmap:"} + hex;
}

namespace detail {
// pugixml's nodes and attributes test as bool by design (the safe-bool idiom:
// an empty handle is false), which is how this reader walks the document.
// NOLINTBEGIN(readability-implicit-bool-conversion)

// The parts joined into one string (titles of findings).
template <class... Parts>
std::string concat(const Parts&... parts) {
  std::string s;
  ((s += parts), ...);
  return s;
}

// An XML path for messages: /nmaprun/host[2]/ports/port[3]/script[@id="x"].
inline std::string xml_path(pugi::xml_node n) {
  std::string path;
  for (; n && n.type() == pugi::node_element; n = n.parent()) {
    std::string step = n.name();
    if (std::string_view{n.name()} == "script" && n.attribute("id")) {
      step += "[@id=\"" + std::string{n.attribute("id").value()} + "\"]";
    } else if (n.parent()) {
      std::size_t index = 0;
      std::size_t same = 0;
      for (auto s = n.parent().child(n.name()); s; s = s.next_sibling(n.name())) {
        ++same;
        if (s == n) index = same;
      }
      if (same > 1) step += "[" + std::to_string(index) + "]";
    }
    path.insert(0, "/" + step);
  }
  return path.empty() ? "/" : path;
}

// nmap writes UTF-8, but a file need not be, and a character reference such
// as &#xD800; decodes to bytes that are not UTF-8 either. Every name, attribute
// and text of the parsed document gets those bytes as \xNN, so whatever the
// reader copies into a title, a reason, a source or a message is UTF-8 that
// the JSON writer accepts. pugixml's traverse walks without recursion.
inline void escape_ill_formed_utf8(pugi::xml_document& doc) {
  struct escaper : pugi::xml_tree_walker {
    static bool needs(const char* text) {
      return teleworksec::detail::first_ill_formed_utf8(text) != std::string_view::npos;
    }
    static std::string escaped(const char* text) {
      return teleworksec::detail::ill_formed_utf8_escaped(text);
    }
    bool for_each(pugi::xml_node& n) override {
      if (needs(n.name())) n.set_name(escaped(n.name()).c_str());
      if (needs(n.value())) n.set_value(escaped(n.value()).c_str());
      for (auto a : n.attributes()) {
        if (needs(a.name())) a.set_name(escaped(a.name()).c_str());
        if (needs(a.value())) a.set_value(escaped(a.value()).c_str());
      }
      return true;
    }
  } walker;
  doc.traverse(walker);
}

// The element deepest along the last children: where a truncated file stopped.
inline pugi::xml_node last_open(const pugi::xml_document& doc) {
  pugi::xml_node n = doc.document_element();
  for (auto c = n; c;) {
    n = c;
    c = pugi::xml_node{};
    for (auto k = n.last_child(); k; k = k.previous_sibling()) {
      if (k.type() == pugi::node_element) {
        c = k;
        break;
      }
    }
  }
  return n;
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
inline std::string utc_timestamp(long long seconds) {
  long long days = seconds / 86400;
  long long rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const long long doe = days - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[128];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld", y, m, d, rest / 3600,
                rest / 60 % 60, rest % 60);
  return buf;
}

inline std::string_view trimmed(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '|' ||
                           line.front() == '_')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// The line of `output` holding `pattern` (or its first non-empty line), trimmed.
inline std::string first_line_with(std::string_view output, std::string_view pattern) {
  for (const auto& l : split(output, '\n')) {
    const auto t = trimmed(l);
    if (!t.empty() && (pattern.empty() || t.find(pattern) != std::string_view::npos)) {
      return std::string{t.substr(0, 200)};
    }
  }
  return {};
}

// Whether a line "KEY: a b, c" of `output` lists `word`.
inline bool lists(std::string_view output, std::string_view key, std::string_view word) {
  for (const auto& l : split(output, '\n')) {
    auto t = trimmed(l);
    if (t.substr(0, key.size()) != key || t.substr(key.size(), 1) != ":") continue;
    t.remove_prefix(key.size() + 1);
    std::string item;
    for (std::size_t i = 0; i <= t.size(); ++i) {
      if (i < t.size() && t[i] != ' ' && t[i] != ',') {
        item += t[i];
        continue;
      }
      if (item == word) return true;
      item.clear();
    }
  }
  return false;
}

// The <elem key="key"> anywhere below `n`, or an empty node.
inline pugi::xml_node find_elem(pugi::xml_node n, std::string_view key) {
  for (auto e : n.children()) {
    if (std::string_view{e.name()} == "elem" && key == e.attribute("key").value()) return e;
    if (std::string_view{e.name()} == "table") {
      if (auto f = find_elem(e, key)) return f;
    }
  }
  return {};
}

inline pugi::xml_node find_table(pugi::xml_node n, std::string_view key) {
  for (auto t : n.children("table")) {
    if (key == t.attribute("key").value()) return t;
  }
  return {};
}

// A table's elements as "k=v, …", for comparing and for titles.
inline std::string table_text(pugi::xml_node t) {
  std::string out;
  for (auto e : t.children("elem")) {
    out += (out.empty() ? "" : ", ") + std::string{e.attribute("key").value()} + "=" +
           e.child_value();
  }
  return out;
}

// "rsa 1024" / "dh 2048" → 1024 / 2048 (RSA and finite-field DH only: an
// elliptic curve's size is not comparable).
inline std::optional<unsigned> rsa_or_dh_bits(std::string_view type, std::string_view bits) {
  if (type != "rsa" && type != "dh" && type != "dsa") return std::nullopt;
  unsigned v = 0;
  if (bits.empty() || bits.size() > 6) return std::nullopt;
  for (char c : bits) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  return v;
}

inline bool in_bits_range(std::string_view range, unsigned bits) {
  const auto dash = range.find('-');
  const auto number = [](std::string_view s) {
    unsigned v = 0;
    for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
    return v;
  };
  return bits >= number(range.substr(0, dash)) &&
         bits <= number(dash == std::string_view::npos ? range : range.substr(dash + 1));
}

// Output saying the script could not test: nmap's own when the script
// itself failed, or one of the script's `failure` outputs.
inline bool script_failed(std::string_view output, const mapping::script_row* info) {
  if (trimmed(output).rfind("ERROR:", 0) == 0) return true;
  return info != nullptr &&
         std::any_of(info->failure.begin(), info->failure.end(), [&](const std::string& f) {
           return output.find(f) != std::string_view::npos;
         });
}

// Names of the TLS services (what `services: ssl` stands for besides a tunnel).
inline bool tls_service(std::string_view name) {
  for (std::string_view s : {"https", "ssl", "ftps", "imaps", "pop3s", "smtps", "ldaps"}) {
    if (name == s) return true;
  }
  return false;
}

class scan_reader {
 public:
  scan_reader(std::string file, const mapping& m, import_options o)
      : file_(std::move(file)), map_(m), options_(o) {}

  [[noreturn]] void fail(pugi::xml_node at, const std::string& problem) const {
    throw input_error(file_, xml_path(at), problem);
  }

  scan_result read(std::string_view text) {
    if (text.size() > max_input_bytes) {
      throw input_error(file_, "", "larger than " + std::to_string(max_input_bytes >> 20) +
                                       " MiB; split the scan (one nmap run per network)");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      throw input_error(file_, "", "empty; expected nmap's XML output (nmap -oX FILE)");
    }
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(text.data(), text.size(),
                                        pugi::parse_default | pugi::parse_ws_pcdata_single);
    escape_ill_formed_utf8(doc);
    if (!parsed) {
      const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
      std::size_t line = 1;
      std::size_t column = 1;
      for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
          ++line;
          column = 1;
        } else {
          ++column;
        }
      }
      const auto where = doc.document_element() ? xml_path(last_open(doc)) : std::string{"/"};
      throw input_error(
          file_, where,
          std::string{"not well-formed XML ("} + parsed.description() + " at line " +
              std::to_string(line) + ", column " + std::to_string(column) +
              "); expected the complete XML of a finished scan (nmap -oX FILE), not cut off");
    }
    const auto root = doc.document_element();
    if (!root || std::string_view{root.name()} != "nmaprun") {
      throw input_error(file_, root ? xml_path(root) : "/",
                        std::string{"not nmap's XML: expected the root element <nmaprun> "
                                    "(nmap -oX FILE), got "} +
                            (root ? "<" + std::string{root.name()} + ">" : "no element"));
    }
    if (const std::string_view scanner = root.attribute("scanner").value();
        !scanner.empty() && scanner != "nmap") {
      fail(root, "not nmap's output: written by " + std::string{scanner} +
                     " (scanner=\"" + std::string{scanner} +
                     "\"), which runs no NSE scripts; expected the XML of nmap -oX");
    }
    if (auto finished = root.child("runstats").child("finished");
        finished && std::string_view{finished.attribute("exit").value()} == "error") {
      fail(finished, std::string{"the scan ended in an error: "} +
                         finished.attribute("errormsg").value() + "; expected a finished scan");
    }
    selected_ = script_selection{root.attribute("args").value()};
    start_ = root.attribute("start").as_llong(0);
    read_port_list(root);

    scan_result result;
    result.file = file_;
    result.id = scan_id(text);
    std::map<std::string, pugi::xml_node> seen_hosts;
    for (auto host : root.children("host")) {
      if (std::string_view{host.child("status").attribute("state").value()} != "up") continue;
      std::string address;
      for (auto a : host.children("address")) {
        const std::string_view type = a.attribute("addrtype").value();
        if (type == "ipv4" || type == "ipv6") {
          address = a.attribute("addr").value();
          break;
        }
      }
      if (address.empty()) fail(host, "a host without an IPv4 or IPv6 <address>");
      if (const auto [it, fresh] = seen_hosts.emplace(address, host); !fresh) {
        fail(host, "duplicate host " + address + " (first at " + xml_path(it->second) +
                       "); expected each host once: import each scan file on its own");
      }
      ++result.hosts;
      read_host(host, address);
    }
    if (result.hosts == 0) {
      fail(root, "a scan of zero hosts (no <host> with status \"up\"); expected at least one "
                 "host that answered — check the targets and -Pn");
    }
    for (auto hs : root.children("prescript")) read_scripts(hs, nullptr);
    for (auto hs : root.children("postscript")) read_scripts(hs, nullptr);
    result.open_ports = ports_.size();
    decide(result);
    return result;
  }

 private:
  // One open port and what ran on it.
  struct port_seen {
    std::string where;    // "127.0.0.1:443/tcp"
    char protocol = 'T';  // 'T' or 'U'
    unsigned number = 0;
    std::string service;  // -sV name with its TLS layer: "https", "ssl/imap"
    bool tls = false;
    std::set<std::string> printed;  // scripts that printed a result here
    std::map<std::string, std::string> failed;  // script → its error line
  };

  // The scan's port list, from <scaninfo protocol services>.
  void read_port_list(pugi::xml_node root) {
    for (auto info : root.children("scaninfo")) {
      const std::string_view protocol = info.attribute("protocol").value();
      const char p = protocol == "udp" ? 'U' : protocol == "sctp" ? 'S' : 'T';
      if (p == 'T' && info.attribute("numservices").as_uint(0) >= 65535) {
        scanned_.add(port_list::all_tcp());
        continue;
      }
      const auto listed = port_list::parse(info.attribute("services").value(), p);
      if (!listed && info.attribute("services")) {
        fail(info, std::string{"unreadable port list \""} + info.attribute("services").value() +
                       "\"; expected nmap's own, e.g. \"1-1024,8080\"");
      }
      if (listed) scanned_.add(*listed);
    }
  }

  [[nodiscard]] const mapping::script_row* info(std::string_view script) const {
    for (const auto& s : map_.scripts) {
      if (glob_match(s.script, script)) return &s;
    }
    return nullptr;
  }

  [[nodiscard]] bool mapped(std::string_view script) const {
    return std::any_of(map_.rules.begin(), map_.rules.end(),
                       [&](const auto& r) { return glob_match(r.script, script); }) ||
           info(script) != nullptr;
  }

  // Titles quote the scan, whose bytes need not be UTF-8: those become \xNN,
  // so the assessment written is always valid JSON text.
  void add(std::uint8_t check, severity level, const std::string& raw_title) {
    const auto title = teleworksec::detail::strict_builder::printable(raw_title);
    auto& list = findings_[check];
    for (const auto& f : list) {
      if (f.title == title && f.level == level) return;
    }
    list.push_back({level, title, file_, {}});
  }

  static std::string service_label(pugi::xml_node service) {
    std::string name = service.attribute("name").value();
    if (std::string_view{service.attribute("tunnel").value()} != "ssl") return name;
    return name == "http" ? "https" : "ssl/" + name;
  }

  void read_host(pugi::xml_node host, const std::string& address) {
    read_scripts(host.child("hostscript"), nullptr, address);
    for (auto port : host.child("ports").children("port")) {
      const std::string_view state = port.child("state").attribute("state").value();
      if (state != "open") continue;
      const auto service = port.child("service");
      port_seen seen;
      const std::string_view protocol = port.attribute("protocol").value();
      seen.protocol = protocol == "udp" ? 'U' : protocol == "sctp" ? 'S' : 'T';
      seen.number = port.attribute("portid").as_uint(0);
      seen.where = address + ":" + port.attribute("portid").value() + "/" + std::string{protocol};
      seen.service = service_label(service);
      seen.tls = std::string_view{service.attribute("tunnel").value()} == "ssl" ||
                 tls_service(service.attribute("name").value());
      const std::string name = service.attribute("name").value();
      const std::string product = service.attribute("product").value();
      std::string described = product;
      if (service.attribute("version")) {
        described += std::string{" "} + service.attribute("version").value();
      }
      const auto title = concat(seen.where, " ", seen.service,
                                described.empty() ? "" : concat(" (", described, ")"));
      for (const auto& r : map_.rules) {
        bool hit = false;
        if (r.how == match::service) hit = r.pattern == name;
        if (r.how == match::product) hit = !r.pattern.empty() && product.find(r.pattern) != std::string::npos;
        if (r.how == match::service_off_port) {
          const auto colon = r.pattern.find(':');
          hit = r.pattern.substr(0, colon) == name &&
                r.pattern.substr(colon + 1) != port.attribute("portid").value();
        }
        if (hit) {
          add(r.check, r.level,
              concat(title, r.how == match::service_off_port ? ": open on a non-standard port"
                                                              : ": open port"));
        }
      }
      ports_.push_back(std::move(seen));
      read_scripts(port, &ports_.back(), address);
    }
  }

  void read_scripts(pugi::xml_node parent, port_seen* port, const std::string& host = {}) {
    for (auto script : parent.children("script")) {
      const std::string id = script.attribute("id").value();
      if (id.empty()) fail(script, "a <script> without an id attribute; expected the NSE script's name");
      if (!mapped(id)) continue;
      if (!script.attribute("output")) {
        fail(script, "a <script> without an output attribute; expected nmap's script output");
      }
      const std::string_view output = script.attribute("output").value();
      const std::string where = port ? port->where : host.empty() ? std::string{"scan"} : host;
      if (script_failed(output, info(id))) {
        const auto line = first_line_with(output, "");
        if (port) port->failed[id] = line;
        failed_[id].push_back(where);
        warnings_.push_back(concat(where, " ", id, ": ", line,
                                   "; its checks stay not_performed unless another port shows "
                                   "findings"));
        continue;
      }
      printed_.insert(id);
      if (port) port->printed.insert(id);
      if (const auto* i = info(id); i != nullptr && !i->recognised.empty()) {
        const bool known = std::any_of(i->recognised.begin(), i->recognised.end(),
                                       [&](const std::string& p) {
                                         return output.find(p) != std::string_view::npos;
                                       });
        if (!known) {
          std::string shown{output.substr(0, 80)};
          for (auto& ch : shown) {
            if (ch == '\n' || ch == '\r') ch = ' ';
          }
          fail(script, "unknown output of " + id + " \"" +
                           teleworksec::detail::strict_builder::printable(shown) +
                           "\"; expected it to contain \"" + join(i->recognised, "\" or \"") +
                           "\" (rerun the script, or give a --mapping that knows this output)");
        }
      }
      const std::string place = where + (port && !port->service.empty() ? " " + port->service : "");
      for (const auto& r : map_.rules) {
        if (port_rule(r.how) || !glob_match(r.script, id)) continue;
        if (auto title = match_script(r, script, output)) {
          add(r.check, r.level, concat(place, " ", id, ": ", *title));
        }
      }
    }
  }

  // What a rule finds in one script's output: the finding's title, or nothing.
  [[nodiscard]] std::optional<std::string> match_script(const mapping::rule_row& r, pugi::xml_node script,
                                          std::string_view output) const {
    const auto eq = r.pattern.find('=');
    const auto key = std::string_view{r.pattern}.substr(0, eq);
    const auto value = eq == std::string::npos ? std::string_view{}
                                               : std::string_view{r.pattern}.substr(eq + 1);
    switch (r.how) {
      case match::output:
        if (r.pattern.empty() || output.find(r.pattern) != std::string_view::npos) {
          return first_line_with(output, r.pattern);
        }
        return std::nullopt;
      case match::element:
        if (const auto e = find_elem(script, key); e && value == e.child_value()) {
          return concat(key, " ", value);
        }
        return std::nullopt;
      case match::listed:
        if (lists(output, key, value)) return first_line_with(output, concat(key, ":"));
        return std::nullopt;
      case match::cert_self_signed: {
        const auto subject = find_table(script, "subject");
        const auto issuer = find_table(script, "issuer");
        if (subject && issuer && table_text(subject) == table_text(issuer)) {
          return concat("self-signed certificate (issuer = subject ", table_text(subject), ")");
        }
        return std::nullopt;
      }
      case match::cert_expired: {
        const auto validity = find_table(script, "validity");
        const auto not_after = find_elem(validity, "notAfter");
        if (!validity || !not_after) {
          fail(script, "ssl-cert output without <table key=\"validity\"> and its notAfter; "
                       "expected nmap's ssl-cert structured output");
        }
        const std::string until = std::string{not_after.child_value()}.substr(0, 19);
        if (start_ > 0 && until < utc_timestamp(start_)) {
          return concat("certificate expired (not valid after ", until, ")");
        }
        return std::nullopt;
      }
      case match::cert_key_bits: {
        const auto key_table = find_table(script, "pubkey");
        const std::string type = find_elem(key_table, "type").child_value();
        const auto bits = rsa_or_dh_bits(type, find_elem(key_table, "bits").child_value());
        if (bits && in_bits_range(r.pattern, *bits)) {
          return concat(type, " public key of ", std::to_string(*bits), " bits");
        }
        return std::nullopt;
      }
      case match::tls_protocol:
        if (find_table(script, r.pattern)) return concat(r.pattern, " offered");
        return std::nullopt;
      case match::tls_no_modern: {
        std::string offered;
        for (auto t : script.children("table")) {
          const std::string_view k = t.attribute("key").value();
          if (k.rfind("SSLv", 0) != 0 && k.rfind("TLSv", 0) != 0) continue;
          if (k == "TLSv1.2" || k == "TLSv1.3") return std::nullopt;
          offered += (offered.empty() ? "" : ", ") + std::string{k};
        }
        if (offered.empty()) return std::nullopt;
        return concat("only ", offered, " offered (no TLS 1.2 or 1.3)");
      }
      case match::tls_kex_bits:
      case match::tls_cipher:
        for (auto protocol : script.children("table")) {
          for (auto cipher : find_table(protocol, "ciphers").children("table")) {
            const std::string name = find_elem(cipher, "name").child_value();
            if (r.how == match::tls_cipher) {
              if (name.find(r.pattern) != std::string::npos) {
                return concat(protocol.attribute("key").value(), " cipher suite ", name);
              }
              continue;
            }
            const std::string_view kex = find_elem(cipher, "kex_info").child_value();
            const auto space = kex.find(' ');
            if (space == std::string_view::npos) continue;
            const auto bits = rsa_or_dh_bits(kex.substr(0, space), kex.substr(space + 1));
            if (bits && in_bits_range(r.pattern, *bits)) {
              return concat(kex, "-bit key exchange (", name, ")");
            }
          }
        }
        return std::nullopt;
      case match::account_list: {
        std::string accounts;
        for (const auto& l : split(output, '\n')) {
          const auto t = trimmed(l);
          if (t.empty() || t == r.pattern) continue;
          accounts += (accounts.empty() ? "" : ", ") + std::string{t.substr(0, 64)};
        }
        if (accounts.empty()) return std::nullopt;
        return concat("accounts found: ", accounts.substr(0, 200));
      }
      case match::service:
      case match::service_off_port:
      case match::product: return std::nullopt;
    }
    return std::nullopt;
  }

  // Whether the scan tested a check with `script`: nullopt if so, else why not.
  [[nodiscard]] std::optional<std::string> untested_by(const std::string& script) const {
    const auto* i = info(script);
    static const std::vector<std::string> no_categories;
    const auto& categories = i ? i->categories : no_categories;
    const bool printed = std::any_of(printed_.begin(), printed_.end(), [&](const std::string& s) {
      return glob_match(script, s);
    });
    if (!selected_.selects(script, categories) && !printed) {
      return concat(script, " was not selected by --script");
    }
    if (i == nullptr) return std::nullopt;
    if (i->outside && !printed) {
      return concat(script, " printed nothing: it may not have reached its database on the "
                            "internet, so silence proves nothing");
    }
    for (const auto& spec : i->arguments) {
      const auto bang = spec.find('!');
      const auto key = spec.substr(0, bang);
      const auto value = selected_.argument(key);
      if (!value) {
        return concat(script, " ran without --script-args ", key, "=…",
                      selected_.arguments_from_file() ? " (arguments from --script-args-file are "
                                                        "not recorded in the scan)"
                                                      : "",
                      ", so it tested nothing");
      }
      if (bang != std::string::npos && value->find(spec.substr(bang + 1)) != std::string::npos) {
        return concat(script, " ran with ", key, "=", *value, ": ", spec.substr(bang + 1),
                      " answers say nothing of what the check asks");
      }
    }
    const auto wanted = port_list::parse(i->ports);
    if (wanted && !i->ports.empty()) {
      if (const auto lacking = scanned_.missing(*wanted); !lacking.empty()) {
        return concat(lacking, lacking.find(',') == std::string::npos ? " was" : " were",
                      " not in the scan's port list (", script, " looks there)");
      }
    }
    if (const auto f = failed_.find(script); f != failed_.end()) {
      return concat(script, " failed on ", join(f->second, ", "));
    }
    for (const auto& [name, where] : failed_) {
      if (glob_match(script, name)) return concat(name, " failed on ", join(where, ", "));
    }
    if (i->output == prints::always) {
      const bool forced = selected_.forces(script, categories);
      for (const auto& p : ports_) {
        const bool should_run =
            forced || (wanted && wanted->contains(p.protocol, p.number)) ||
            std::any_of(i->services.begin(), i->services.end(), [&](const std::string& s) {
              return s == "ssl" ? p.tls : s == p.service;
            });
        if (should_run && !p.printed.contains(script)) {
          return concat(script, " printed nothing for ", p.where, p.service.empty() ? "" : " ",
                        p.service, ", where it always prints a result");
        }
      }
    }
    return std::nullopt;
  }

  void decide(scan_result& result) {
    for (const auto& c : map_.coverage) {
      const bool internet_ok = (c.needs & need_internet) == 0 || options_.from_internet;
      if ((c.needs & need_other_tool) != 0) {
        result.not_covered.push_back({c.check, std::string{untestable_by_nmap}, c.hint});
        continue;
      }
      if (auto found = findings_.find(c.check); found != findings_.end() && internet_ok) {
        check_entry e;
        e.status = check_outcome::kind::findings;
        e.object_form = true;
        e.findings = fold(found->second, result);
        result.decided[c.check] = std::move(e);
        continue;
      }
      std::vector<std::string> missing;
      if ((c.needs & need_all_tcp_ports) != 0 && !scanned_.covers_all_tcp()) {
        missing.emplace_back("not every TCP port was scanned (-p-)");
      }
      if ((c.needs & need_version) != 0 && !selected_.version_detection()) {
        missing.emplace_back("no version detection (-sV)");
      }
      if (!internet_ok) {
        missing.emplace_back("the scan ran inside the facility (a scan from outside, imported "
                             "with --from-internet, decides this check)");
      }
      if (!c.scripts.empty()) {
        std::vector<std::string> why;
        for (const auto& s : c.scripts) {
          auto reason = untested_by(s);
          if (!reason) {
            why.clear();
            break;
          }
          why.push_back(std::move(*reason));
        }
        if (why.size() == 1) missing.push_back(why.front());
        if (why.size() > 1) missing.push_back("none of its scripts tested it: " + join(why, "; "));
      }
      if (!missing.empty()) {
        result.not_covered.push_back({c.check, join(missing, "; "), c.hint});
        continue;
      }
      check_entry e;
      e.status = check_outcome::kind::passed;
      e.object_form = true;
      result.decided[c.check] = std::move(e);
    }
    for (auto& [n, e] : result.decided) {
      for (auto& f : e.findings) f.scan = result.id;
    }
    result.warnings.insert(result.warnings.begin(), warnings_.begin(), warnings_.end());
  }

  // The first max_findings_per_check findings; the rest counted in one
  // finding per severity, so the grade and the file size stay right.
  std::vector<finding_entry> fold(std::vector<finding_entry> list, scan_result& result) const {
    if (list.size() <= max_findings_per_check) return list;
    std::array<std::size_t, 4> more{};
    for (std::size_t k = max_findings_per_check; k < list.size(); ++k) {
      ++more[static_cast<std::size_t>(list[k].level)];
    }
    list.resize(max_findings_per_check);
    for (std::size_t s = 0; s < more.size(); ++s) {
      if (more[s] == 0) continue;
      const auto level = static_cast<severity>(s);
      list.push_back({level,
                      std::to_string(more[s]) + " more " + std::string{to_string(level)} +
                          " findings of this check in the scan (folded; read the scan file)",
                      file_,
                      {}});
    }
    result.warnings.push_back("folded the findings beyond " +
                              std::to_string(max_findings_per_check) + " of one check");
    return list;
  }

  std::string file_;
  const mapping& map_;
  import_options options_;
  script_selection selected_;
  port_list scanned_;
  long long start_ = 0;
  std::vector<port_seen> ports_;
  std::set<std::string> printed_;
  std::map<std::string, std::vector<std::string>> failed_;
  std::vector<std::string> warnings_;
  std::map<std::uint8_t, std::vector<finding_entry>> findings_;
};

}  // namespace detail
// NOLINTEND(readability-implicit-bool-conversion)

/// Reads nmap's XML output (`file` names it in messages and in every finding's
/// ref) and decides the checks the scan covers. Throws input_error.
inline scan_result read_scan(std::string_view text, const std::string& file,
                             const mapping& m = default_mapping(), import_options o = {}) {
  return detail::scan_reader{file, m, o}.read(text);
}

}  // namespace teleworksec::nmap
