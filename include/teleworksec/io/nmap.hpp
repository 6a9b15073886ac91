#pragma once

// Optional nmap importer (needs pugixml and nlohmann/json): reads nmap's XML
// output (nmap -oX) and decides the network checks of certification-v2's
// diagnosis with the mapping of nmap_mapping.hpp, or one the user gives.
// Outside the core, like json.hpp: it allocates and throws. Every problem
// with a scan is an input_error naming the file, the XML path and what was
// expected.

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

#include "teleworksec/io/json.hpp"
#include "teleworksec/io/nmap_mapping.hpp"

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

/// The mapping of nmap_mapping.hpp.
inline mapping default_mapping() {
  mapping m;
  for (const auto& r : default_rules) {
    m.rules.push_back({r.check, std::string{r.script}, r.how, std::string{r.pattern}, r.level});
  }
  for (const auto& c : default_coverage) {
    m.coverage.push_back({c.check, c.scripts.empty() ? std::vector<std::string>{}
                                                     : detail::split(c.scripts, ','),
                          c.needs, std::string{c.hint}});
  }
  for (const auto& s : default_scripts) {
    m.scripts.push_back({std::string{s.script}, detail::split(s.categories, ','),
                         s.recognised.empty() ? std::vector<std::string>{}
                                              : detail::split(s.recognised, '|')});
  }
  return m;
}

/// The schema name of a mapping file.
inline constexpr std::string_view mapping_schema = "teleworksec/nmap-mapping/v1";

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
    scripts.push_back(
        {{"script", s.script}, {"categories", s.categories}, {"recognised", s.recognised}});
  }
  return j;
}

/// Reads a mapping file (teleworksec/nmap-mapping/v1): "rules", "coverage"
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
      if ((r.how == match::service) != r.script.empty()) {
        in.fail(at, r.how == match::service ? "a \"service\" rule names no script"
                                            : "missing key \"script\" (an NSE script id)");
      }
      if (r.how == match::element && r.pattern.find('=') == std::string::npos) {
        in.fail(member_path(at, "pattern"), "expected \"KEY=VALUE\" for an element rule");
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
      const auto& v = in.object(list[i], at, {"script", "categories", "recognised"});
      if (!v.contains("script")) in.fail(at, "missing key \"script\"");
      mapping::script_row s;
      s.script = in.string(v["script"], member_path(at, "script"), 200);
      if (v.contains("categories")) {
        s.categories = strings(v["categories"], member_path(at, "categories"));
      }
      if (v.contains("recognised")) {
        s.recognised = strings(v["recognised"], member_path(at, "recognised"));
      }
      m.scripts.push_back(std::move(s));
    }
  }
  return m;
}

/// Options of an import.
struct import_options {
  bool from_internet = false;  ///< the scan ran from outside the facility's network
};

/// A check the scan did not decide, and what would.
struct uncovered_check {
  std::uint8_t check = 0;
  std::string hint;
};

/// What one scan says about the diagnosis.
struct scan_result {
  std::string file;
  std::map<std::uint8_t, check_entry> decided;  ///< passed or findings, by check number
  std::vector<uncovered_check> not_covered;
  std::size_t hosts = 0;
  std::size_t open_ports = 0;
};

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

inline bool glob_match(std::string_view pattern, std::string_view name) {
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return name.substr(0, pattern.size()) == pattern;
  }
  return pattern == name;
}

// Which scripts the command line selected: names, globs and categories of
// --script (a leading + forces a script), -sC and -A (the default category).
struct selection {
  std::vector<std::string> items;
  bool version = false;

  explicit selection(std::string_view args) {
    const auto words = split(args, ' ');
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i];
      if (w == "-A") {
        version = true;
        items.emplace_back("default");
      }
      if (w.size() > 2 && w.rfind("-s", 0) == 0) {  // -sV, -sC, and combined: -sCV
        if (w.find('V', 2) != std::string::npos) version = true;
        if (w.find('C', 2) != std::string::npos) items.emplace_back("default");
      }
      std::string list;
      if (w.rfind("--script=", 0) == 0) {
        list = w.substr(9);
      } else if (w == "--script" && i + 1 < words.size()) {
        list = words[++i];
      } else {
        continue;
      }
      // A boolean expression ("default and not intrusive") is not read: only
      // the scripts that show up in the output count as run.
      const bool expression = list.find_first_of("()") != std::string::npos ||
                              (i + 1 < words.size() && (words[i + 1] == "and" ||
                                                        words[i + 1] == "or"));
      if (expression || list.rfind("not", 0) == 0) {
        while (i + 1 < words.size() && words[i + 1].rfind('-', 0) != 0) ++i;
        continue;
      }
      for (auto item : split(list, ',')) {
        while (!item.empty() && (item.front() == '+' || item.front() == '"' ||
                                 item.front() == '\'')) {
          item.erase(0, 1);
        }
        while (!item.empty() && (item.back() == '"' || item.back() == '\'')) item.pop_back();
        if (!item.empty()) items.push_back(item);
      }
    }
  }

  [[nodiscard]] bool selects(std::string_view script, const mapping& m) const {
    for (const auto& item : items) {
      if (item == "all" || glob_match(item, script) || glob_match(script, item)) return true;
      for (const auto& s : m.scripts) {
        if (!glob_match(s.script, script)) continue;
        for (const auto& cat : s.categories) {
          if (cat == item) return true;
        }
      }
    }
    return false;
  }
};

struct evidence_site {
  std::string where;  // "127.0.0.1:443/tcp" or "127.0.0.1"
  pugi::xml_node script;
};

inline std::string first_line_with(std::string_view output, std::string_view pattern) {
  std::size_t at = pattern.empty() ? 0 : output.find(pattern);
  if (at == std::string_view::npos) at = 0;
  std::size_t begin = output.rfind('\n', at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = output.find('\n', at);
  auto line = output.substr(begin, end == std::string_view::npos ? output.size() - begin
                                                                 : end - begin);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (line.empty() && pattern.empty()) {
    // output starting with a newline: the first non-empty line
    for (const auto& l : split(output, '\n')) {
      auto t = std::string_view{l};
      while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
      if (!t.empty()) return std::string{t.substr(0, 200)};
    }
  }
  return std::string{line.substr(0, 200)};
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
    if (auto finished = root.child("runstats").child("finished");
        finished && std::string_view{finished.attribute("exit").value()} == "error") {
      fail(finished, std::string{"the scan ended in an error: "} +
                         finished.attribute("errormsg").value() + "; expected a finished scan");
    }
    const selection selected{root.attribute("args").value()};
    version_ = selected.version;
    start_ = root.attribute("start").as_llong(0);

    // What the scan covered.
    for (auto info : root.children("scaninfo")) {
      const std::string_view protocol = info.attribute("protocol").value();
      if (protocol == "tcp" && info.attribute("numservices").as_uint(0) >= 65535) {
        all_tcp_ = true;
      }
      if (protocol == "udp") udp_ = true;
    }

    scan_result result;
    result.file = file_;
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
      read_host(host, address, result);
    }
    if (result.hosts == 0) {
      fail(root, "a scan of zero hosts (no <host> with status \"up\"); expected at least one "
                 "host that answered — check the targets and -Pn");
    }
    for (auto hs : root.children("prescript")) read_scripts(hs, "", {}, result);
    for (auto hs : root.children("postscript")) read_scripts(hs, "", {}, result);

    // Decide each check.
    for (const auto& c : map_.coverage) {
      const bool internet_ok = (c.needs & need_internet) == 0 || options_.from_internet;
      auto found = findings_.find(c.check);
      if (found != findings_.end() && internet_ok && (c.needs & need_other_tool) == 0) {
        check_entry e;
        e.status = check_outcome::kind::findings;
        e.object_form = true;
        e.findings = found->second;
        e.sources = {file_};
        result.decided[c.check] = std::move(e);
        continue;
      }
      std::vector<std::string> missing;
      if ((c.needs & need_other_tool) != 0) {
        result.not_covered.push_back({c.check, c.hint});
        continue;
      }
      if ((c.needs & need_all_tcp_ports) != 0 && !all_tcp_) missing.emplace_back("all TCP ports");
      if ((c.needs & need_udp) != 0 && !udp_) missing.emplace_back("a UDP scan");
      if ((c.needs & need_version) != 0 && !version_) missing.emplace_back("version detection");
      if (!internet_ok) missing.emplace_back("a scan from outside");
      bool script_ran = c.scripts.empty();
      for (const auto& s : c.scripts) {
        script_ran = script_ran || selected.selects(s, map_) || ran(s);
      }
      if (!script_ran) missing.emplace_back("the script");
      if (!missing.empty()) {
        result.not_covered.push_back({c.check, c.hint});
        continue;
      }
      check_entry e;
      e.status = check_outcome::kind::passed;
      e.object_form = true;
      e.sources = {file_};
      result.decided[c.check] = std::move(e);
    }
    return result;
  }

 private:
  [[nodiscard]] bool ran(std::string_view script) const {
    return std::any_of(ran_.begin(), ran_.end(),
                       [&](const std::string& s) { return glob_match(script, s); });
  }

  [[nodiscard]] const mapping::script_row* info(std::string_view script) const {
    for (const auto& s : map_.scripts) {
      if (glob_match(s.script, script)) return &s;
    }
    return nullptr;
  }

  [[nodiscard]] bool mapped(std::string_view script) const {
    return std::any_of(map_.rules.begin(), map_.rules.end(),
                       [&](const auto& r) { return glob_match(r.script, script); });
  }

  // Titles quote the scan, whose bytes need not be UTF-8: those become \xNN,
  // so the assessment written is always valid JSON text.
  void add(std::uint8_t check, severity level, const std::string& raw_title) {
    const auto title = teleworksec::detail::strict_builder::printable(raw_title);
    auto& list = findings_[check];
    for (const auto& f : list) {
      if (f.title == title && f.level == level) return;
    }
    list.push_back({level, title, file_});
  }

  void read_host(pugi::xml_node host, const std::string& address, scan_result& result) {
    read_scripts(host.child("hostscript"), address, {}, result);
    for (auto port : host.child("ports").children("port")) {
      const std::string_view state = port.child("state").attribute("state").value();
      if (state != "open") continue;
      ++result.open_ports;
      const std::string where = address + ":" + port.attribute("portid").value() + "/" +
                                port.attribute("protocol").value();
      const auto service = port.child("service");
      const std::string name = service.attribute("name").value();
      std::string product = service.attribute("product").value();
      if (service.attribute("version")) product += std::string{" "} + service.attribute("version").value();
      for (const auto& r : map_.rules) {
        if (r.how == match::service && r.pattern == name) {
          add(r.check, r.level,
              concat(where, " ", name, product.empty() ? "" : concat(" (", product, ")"),
                     ": open port"));
        }
      }
      read_scripts(port, where, name, result);
    }
  }

  void read_scripts(pugi::xml_node parent, const std::string& where, const std::string& service,
                    scan_result& /*result*/) {
    for (auto script : parent.children("script")) {
      const std::string id = script.attribute("id").value();
      if (id.empty()) fail(script, "a <script> without an id attribute; expected the NSE script's name");
      ran_.insert(id);
      if (!mapped(id)) continue;
      if (!script.attribute("output")) {
        fail(script, "a <script> without an output attribute; expected nmap's script output");
      }
      const std::string_view output = script.attribute("output").value();
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
      const std::string place =
          (where.empty() ? std::string{"scan"} : where) + (service.empty() ? "" : " " + service);
      for (const auto& r : map_.rules) {
        if (r.how == match::service || !glob_match(r.script, id)) continue;
        switch (r.how) {
          case match::output:
            if (r.pattern.empty() || output.find(r.pattern) != std::string_view::npos) {
              add(r.check, r.level, concat(place, " ", id, ": ", first_line_with(output, r.pattern)));
            }
            break;
          case match::element: {
            const auto eq = r.pattern.find('=');
            const auto key = std::string_view{r.pattern}.substr(0, eq);
            const auto value = std::string_view{r.pattern}.substr(eq + 1);
            if (const auto e = find_elem(script, key); e && value == e.child_value()) {
              add(r.check, r.level, concat(place, " ", id, ": ", key, " ", value));
            }
            break;
          }
          case match::cert_self_signed: {
            const auto subject = find_table(script, "subject");
            const auto issuer = find_table(script, "issuer");
            if (subject && issuer && table_text(subject) == table_text(issuer)) {
              add(r.check, r.level,
                  concat(place, " ", id, ": self-signed certificate (issuer = subject ",
                         table_text(subject), ")"));
            }
            break;
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
              add(r.check, r.level,
                  concat(place, " ", id, ": certificate expired (not valid after ", until, ")"));
            }
            break;
          }
          case match::service: break;
        }
      }
    }
  }

  std::string file_;
  const mapping& map_;
  import_options options_;
  bool all_tcp_ = false;
  bool udp_ = false;
  bool version_ = false;
  long long start_ = 0;
  std::set<std::string> ran_;
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

/// The ID of check `n` (1–32).
inline std::string check_key(std::uint8_t n) {
  return "certification-v2/vuln/" + std::to_string(n);
}

/// An inspector's status the scan disagrees with.
struct conflict {
  std::string check;     ///< the check ID
  std::string existing;  ///< status in the assessment
  std::string imported;  ///< status from the scan
};

/// What to do with a conflict.
enum class on_conflict : std::uint8_t { fail, keep, replace };

/// Merges a scan into an assessment's diagnosis. Statuses set by hand (no
/// "sources") are never changed silently: a disagreeing scan is a conflict,
/// left as it was unless `policy` is replace. Statuses from earlier imports
/// are combined: the same scan file replaces its own earlier contribution,
/// another file adds its findings. Checks the scan did not cover are written
/// as not_performed with the hint, where the assessment has nothing yet.
/// Returns the conflicts; with on_conflict::fail the document is then unchanged.
inline std::vector<conflict> merge(assessment_document& doc, const scan_result& scan,
                                   on_conflict policy) {
  auto merged = doc.diagnosis;
  std::vector<conflict> conflicts;
  const auto& file = scan.file;
  const auto status_text = [](const check_entry& e) {
    std::string s{to_string(e.status)};
    if (e.status == check_outcome::kind::findings) {
      severity worst = severity::low;
      for (const auto& f : e.findings) worst = std::max(worst, f.level);
      s += " (worst " + std::string{to_string(worst)} + ")";
    }
    return s;
  };
  const auto put = [&](const std::string& id, const check_entry& imported) {
    const auto it = merged.find(id);
    if (it == merged.end()) {
      merged[id] = imported;
      return;
    }
    auto& e = it->second;
    if (e.sources.empty()) {  // set by hand
      if (e.status == check_outcome::kind::not_performed) {
        e = imported;
        return;
      }
      if (imported.status == check_outcome::kind::not_performed) return;
      const bool agrees =
          e.status == imported.status &&
          std::all_of(imported.findings.begin(), imported.findings.end(), [&](const auto& f) {
            return std::find(e.findings.begin(), e.findings.end(), f) != e.findings.end();
          });
      if (agrees) return;
      conflicts.push_back({id, status_text(e), status_text(imported)});
      if (policy == on_conflict::replace) e = imported;
      return;
    }
    // From earlier imports: take this file's own contribution out first.
    std::erase(e.sources, file);
    std::erase_if(e.findings, [&](const finding_entry& f) { return f.ref == file; });
    if (imported.status == check_outcome::kind::not_performed) {
      if (e.sources.empty()) e = imported;
      return;
    }
    if (e.sources.empty() || e.status == check_outcome::kind::not_performed) {
      e = imported;
      return;
    }
    for (const auto& f : imported.findings) {
      if (std::find(e.findings.begin(), e.findings.end(), f) == e.findings.end()) {
        e.findings.push_back(f);
      }
    }
    e.status = e.findings.empty() ? check_outcome::kind::passed : check_outcome::kind::findings;
    e.sources.push_back(file);
    e.object_form = true;
  };
  for (const auto& [n, entry] : scan.decided) put(check_key(n), entry);
  for (const auto& u : scan.not_covered) {
    check_entry e;
    e.status = check_outcome::kind::not_performed;
    e.object_form = true;
    e.note = "not covered by " + file + ": " + u.hint;
    e.sources = {file};
    put(check_key(u.check), e);
  }
  if (!conflicts.empty() && policy == on_conflict::fail) return conflicts;
  doc.diagnosis = std::move(merged);
  doc.has_diagnosis = true;
  return conflicts;
}

}  // namespace teleworksec::nmap
