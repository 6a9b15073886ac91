#pragma once

// Where the diagnosis came from: the checks each scan file decided (the
// "sources" that `teleworksec import` writes), for `rate`'s report.

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "report.hpp"
#include "wording.hpp"

namespace cli {

/// One line per scan file: the checks it decided (passed or findings).
inline void add_provenance(report& rep, const tws::assessment_document& doc, lang l) {
  std::map<std::string, std::vector<std::string>> by_source;
  for (const auto& [id, e] : doc.diagnosis) {
    if (e.status != tws::check_outcome::kind::passed &&
        e.status != tws::check_outcome::kind::findings) {
      continue;
    }
    for (const auto& source : e.sources) {
      const auto slash = id.rfind('/');
      by_source[source].push_back(slash == std::string::npos ? id : id.substr(slash + 1));
    }
  }
  if (by_source.empty()) return;
  section s;
  s.heading = say(l, "Checks imported from scans", "スキャンから取り込んだ検査");
  s.columns = {say(l, "scan", "スキャン"), say(l, "checks", "検査項目")};
  for (auto& [source, checks] : by_source) {
    std::sort(checks.begin(), checks.end(),
              [](const std::string& a, const std::string& b) { return std::stoi(a) < std::stoi(b); });
    std::string list;
    for (const auto& c : checks) list += (list.empty() ? "vuln/" : ", ") + c;
    s.rows.push_back({source, list});
  }
  rep.sections.push_back(std::move(s));
}

}  // namespace cli
