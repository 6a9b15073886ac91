#pragma once

// Merges what a scan decided (nmap_scan.hpp) into an assessment's diagnosis,
// and withdraws it again. A scan is known by its ID (a hash of its bytes),
// so the same scan under another path replaces its own earlier result. The
// rules, also in the README ("From scan to stars"):
// - a check the importer manages (it has "sources") gets its status from
//   them: findings if any finding remains, passed if a scan tested it, else
//   not_performed with each scan's reason;
// - a status set by hand (no "sources") is never changed silently: a scan
//   that disagrees is a conflict. `replace` gives the check to the scan and
//   keeps the findings entered by hand beside the scan's; `keep` leaves it;
//   `fail` writes nothing. A hand-set not_performed is filled without a
//   conflict; a hand-set not_applicable stands against a scan that passed the
//   check (it found nothing wrong) and conflicts with one that has findings.

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "teleworksec/io/json.hpp"
#include "teleworksec/io/nmap_scan.hpp"

namespace teleworksec::nmap {

/// The ID of check `n` (1–32).
inline std::string check_key(std::uint8_t n) {
  return "certification-v2/vuln/" + std::to_string(n);
}

/// An inspector's status the scan disagrees with, and what became of it.
struct conflict {
  std::string check;     ///< the check ID
  std::string existing;  ///< status in the assessment
  std::string imported;  ///< status from the scan
  std::string outcome;   ///< what the merge did about it
};

/// What to do with a conflict.
enum class on_conflict : std::uint8_t { fail, keep, replace };

namespace detail {

inline std::string status_text(check_outcome::kind status,
                               const std::vector<finding_entry>& findings) {
  std::string s{to_string(status)};
  if (status == check_outcome::kind::findings) {
    severity worst = severity::low;
    for (const auto& f : findings) worst = std::max(worst, f.level);
    s += " (worst " + std::string{to_string(worst)} + ")";
  }
  return s;
}

// A managed check's status, from its findings and sources.
inline void derive_status(check_entry& e) {
  using kind = check_outcome::kind;
  const bool tested = std::any_of(e.sources.begin(), e.sources.end(),
                                  [](const scan_source& s) { return s.not_covered.empty(); });
  e.status = !e.findings.empty() ? kind::findings : tested ? kind::passed : kind::not_performed;
  e.object_form = true;
}

// Replaces scan `src.scan`'s part of a managed check in place (same
// position), so that importing a scan again writes the same bytes.
inline void put_scan_part(check_entry& e, const scan_source& src,
                          const std::vector<finding_entry>& findings) {
  const auto same = [&](const auto& x) { return x.scan == src.scan; };
  if (auto s = std::find_if(e.sources.begin(), e.sources.end(), same); s != e.sources.end()) {
    *s = src;
  } else {
    e.sources.push_back(src);
  }
  auto at = std::find_if(e.findings.begin(), e.findings.end(), same) - e.findings.begin();
  std::erase_if(e.findings, same);
  at = std::min<std::ptrdiff_t>(at, static_cast<std::ptrdiff_t>(e.findings.size()));
  e.findings.insert(e.findings.begin() + at, findings.begin(), findings.end());
  derive_status(e);
}

}  // namespace detail

/// Merges a scan into an assessment's diagnosis (see the rules above).
/// Returns the conflicts; with on_conflict::fail and any conflict, the
/// document is unchanged.
inline std::vector<conflict> merge(assessment_document& doc, const scan_result& scan,
                                   on_conflict policy) {
  using kind = check_outcome::kind;
  auto merged = doc.diagnosis;
  std::vector<conflict> conflicts;
  // The name of the first import stays, whatever path the scan comes by now.
  std::string file = scan.file;
  for (const auto& [id, e] : merged) {
    for (const auto& src : e.sources) {
      if (src.scan == scan.id) file = src.file;
    }
  }
  const auto put = [&](const std::string& id, kind status, std::vector<finding_entry> findings,
                       const std::string& not_covered) {
    for (auto& f : findings) f.ref = file;
    const scan_source src{scan.id, file, not_covered};
    const auto it = merged.find(id);
    if (it == merged.end()) {
      check_entry e;
      detail::put_scan_part(e, src, findings);
      merged[id] = std::move(e);
      return;
    }
    auto& e = it->second;
    if (!e.sources.empty()) {
      detail::put_scan_part(e, src, findings);
      return;
    }
    // Set by hand.
    if (e.status == kind::not_performed) {
      detail::put_scan_part(e, src, findings);
      return;
    }
    if (status == kind::not_performed) return;
    if (e.status == kind::not_applicable && status == kind::passed) return;
    const bool agrees =
        e.status == status &&
        std::all_of(findings.begin(), findings.end(), [&](const finding_entry& f) {
          return std::any_of(e.findings.begin(), e.findings.end(), [&](const finding_entry& g) {
            return g.level == f.level && g.title == f.title;
          });
        });
    if (agrees) return;
    conflict c{id, detail::status_text(e.status, e.findings), detail::status_text(status, findings),
               ""};
    switch (policy) {
      case on_conflict::fail: c.outcome = "nothing written"; break;
      case on_conflict::keep: c.outcome = "kept the status set by hand"; break;
      case on_conflict::replace: {
        const auto by_hand = e.findings.size();
        detail::put_scan_part(e, src, findings);
        c.outcome = "replaced: the scan now decides, " +
                    (by_hand == 0 ? std::string{"nothing entered by hand to keep"}
                                  : std::to_string(by_hand) + " finding" +
                                        (by_hand == 1 ? "" : "s") +
                                        " entered by hand kept beside the scan's") +
                    "; now " + detail::status_text(e.status, e.findings);
        break;
      }
    }
    conflicts.push_back(std::move(c));
  };
  for (const auto& [n, entry] : scan.decided) put(check_key(n), entry.status, entry.findings, "");
  for (const auto& u : scan.not_covered) {
    put(check_key(u.check), kind::not_performed, {}, u.reason + "; to test it: " + u.hint);
  }
  if (!conflicts.empty() && policy == on_conflict::fail) return conflicts;
  doc.diagnosis = std::move(merged);
  doc.has_diagnosis = true;
  return conflicts;
}

/// Withdraws everything scan `scan_id` contributed. A check left without
/// sources keeps the findings entered by hand (then status findings) or its
/// note (then not_performed); otherwise it leaves the diagnosis. Returns the
/// number of checks changed.
inline std::size_t withdraw(assessment_document& doc, const std::string& scan_id) {
  std::size_t changed = 0;
  for (auto it = doc.diagnosis.begin(); it != doc.diagnosis.end();) {
    auto& e = it->second;
    const auto from_scan = [&](const auto& x) { return x.scan == scan_id; };
    if (std::none_of(e.sources.begin(), e.sources.end(), from_scan)) {
      ++it;
      continue;
    }
    ++changed;
    std::erase_if(e.sources, from_scan);
    std::erase_if(e.findings, from_scan);
    if (!e.sources.empty()) {
      detail::derive_status(e);
    } else if (!e.findings.empty() || !e.note.empty()) {
      e.status = e.findings.empty() ? check_outcome::kind::not_performed
                                    : check_outcome::kind::findings;
    } else {
      it = doc.diagnosis.erase(it);
      continue;
    }
    ++it;
  }
  return changed;
}

}  // namespace teleworksec::nmap
