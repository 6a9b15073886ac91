#pragma once

// A teleworksec/assessment/v1 document as read — everything the file says,
// including what the engine does not need (reasons, evidence references,
// notes) — and the core assessment made from it. No JSON library needed.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "teleworksec/io/id_index.hpp"
#include "teleworksec/teleworksec.hpp"

namespace teleworksec {

/// One piece of evidence for a "yes": its kind and an opaque reference.
struct evidence_ref {
  evidence_kind kind = evidence_kind::document;
  std::string ref;
  friend bool operator==(const evidence_ref&, const evidence_ref&) = default;
};

/// An answer as written in the file, with what the engine does not need.
struct answer_entry {
  answer value = answer::unanswered;
  std::vector<evidence_ref> evidence;
  std::string reason;
  std::string approved_by;  ///< who approved an "na" (an exclusion); na answers only
  std::string expires;      ///< YYYY-MM-DD, the last day an "na" holds; na answers only
  bool object_form = false;  ///< written as {"answer": …} rather than "yes"
  friend bool operator==(const answer_entry&, const answer_entry&) = default;
};

/// One finding of a diagnosis check.
struct finding_entry {
  severity level = severity::low;
  std::string title;
  std::string ref;
  std::string scan;  ///< the imported scan it came from (its ID); empty: entered by hand
  friend bool operator==(const finding_entry&, const finding_entry&) = default;
};

/// A scan an importer read for a check: its identity, the file it was read
/// from, and, when the scan did not test the check, why.
struct scan_source {
  std::string scan;          ///< "nmap:" and a hash of the scan's bytes
  std::string file;          ///< the name it was imported under (first import)
  std::string not_covered;   ///< empty: the scan decided the check
  friend bool operator==(const scan_source&, const scan_source&) = default;
};

/// A diagnosis check as written in the file.
struct check_entry {
  check_outcome::kind status = check_outcome::kind::not_performed;
  std::vector<finding_entry> findings;
  std::string note;
  std::vector<scan_source> sources;  ///< scans an importer read; empty: set by hand
  bool object_form = false;
  friend bool operator==(const check_entry&, const check_entry&) = default;
};

/// Why a diagnosis check is not performed, in words for its reader: each
/// scan's reason, the note of a status set by hand, or that the file has no
/// entry (`e` null).
inline std::vector<std::string> why_not_performed(const check_entry* e) {
  if (e == nullptr) return {"not in the assessment's diagnosis"};
  std::vector<std::string> why;
  for (const auto& src : e->sources) {
    if (!src.not_covered.empty()) why.push_back(src.file + ": " + src.not_covered);
  }
  if (!e->note.empty()) why.push_back(e->note);
  if (why.empty()) why.emplace_back("set to not_performed by hand");
  return why;
}

/// Whether a finding sets its check's grade: it has the check's worst severity.
inline bool sets_grade(const check_entry& e, const finding_entry& f) {
  return std::none_of(e.findings.begin(), e.findings.end(),
                      [&](const finding_entry& other) { return other.level > f.level; });
}

/// An inspector's override of a measure's status.
struct override_entry {
  teleworksec::status value = teleworksec::status::noncompliant;
  std::string by;
  std::string note;
  std::string approved_by;
  std::string expires;  ///< YYYY-MM-DD, the last day the override holds
  friend bool operator==(const override_entry&, const override_entry&) = default;
};

/// A policy statement's decision as written in the file (csaj-home-2018).
struct decision_entry {
  teleworksec::decision value = decision::undecided;
  std::string deadline;       ///< YYYY-MM-DD; planned statements only, and required there
  std::string justification;  ///< not_needed statements only, and required there
  std::string approved_by;    ///< who approved the tailoring; not_needed statements only
  std::string expires;        ///< YYYY-MM-DD, the last day not_needed holds; not_needed only
  std::array<teleworksec::impact, aspect_count> impacts{};
  std::string note;
  bool object_form = false;  ///< written as {"decision": …} rather than "implemented"
  friend bool operator==(const decision_entry&, const decision_entry&) = default;
};

/// A teleworksec/assessment/v1 document, as read (IDs validated for its catalog).
struct assessment_document {
  std::string catalog;
  evidence_policy policy = evidence_policy::self_assessment;
  std::string date;  ///< YYYY-MM-DD, or empty
  std::string facility_name;
  std::map<std::string, bool> facts;
  std::map<std::string, answer_entry> answers;
  std::map<std::string, override_entry> overrides;
  std::map<std::string, check_entry> diagnosis;
  bool has_diagnosis = false;  ///< the file has a "diagnosis" object
  std::map<std::string, decision_entry> decisions;  ///< policy catalogs only
  friend bool operator==(const assessment_document&, const assessment_document&) = default;
};

/// Whether `d` is a calendar date written YYYY-MM-DD.
inline bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int y = std::stoi(d.substr(0, 4));
  const int m = std::stoi(d.substr(5, 2));
  const int day = std::stoi(d.substr(8, 2));
  if (m < 1 || m > 12 || day < 1) return false;
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return day <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

inline constexpr std::string_view assessment_schema = "teleworksec/assessment/v1";
inline constexpr std::string_view result_schema = "teleworksec/result/v1";

/// Calls f with the catalog tag named `id` among `Catalogs` (by default the
/// shipped ones, catalogs::all); returns false when none has that id.
template <class Catalogs = catalogs::all, class F>
bool visit_catalog(std::string_view id, F&& f) {
  return Catalogs::visit(id, std::forward<F>(f));
}

/// The calendar day of a valid YYYY-MM-DD date, or 0 for an empty one.
inline calendar_day day_of(const std::string& date) {
  if (date.empty()) return 0;
  return static_cast<calendar_day>(std::stoul(date.substr(0, 4)) * 10000 +
                                   std::stoul(date.substr(5, 2)) * 100 +
                                   std::stoul(date.substr(8, 2)));
}

/// The YYYY-MM-DD text of a calendar day.
inline std::string date_text(calendar_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

/// Today's date as YYYY-MM-DD: the host clock's day in UTC, the same in every
/// binding (WebAssembly has no time zone).
inline std::string today_text() {
  const auto seconds = static_cast<long long>(std::time(nullptr));
  const auto days = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0);
  return date_text(day_of_number(static_cast<std::int32_t>(days)));
}

/// Gives the document the day it is rated on: `date` when given, else its own
/// "date", else today's (today_text). The library itself never reads the
/// clock; the CLI and the C API call this before rating.
inline void set_evaluation_date(assessment_document& doc,
                                const std::optional<std::string>& date = std::nullopt) {
  if (date) {
    doc.date = *date;
  } else if (doc.date.empty()) {
    doc.date = today_text();
  }
}

namespace detail {
template <class Catalog>
constexpr bool certification_kind_v = Catalog::kind == catalog_kind::certification;

/// What the IDs of a catalog's answers start with: certification-v2 is
/// answered with the coworking-v2 questions.
template <class Catalog>
std::string answers_prefix() {
  if constexpr (certification_kind_v<Catalog>) {
    return std::string{Catalog::checklist.id} + "/";
  } else {
    return std::string{Catalog::id} + "/";
  }
}

/// How the IDs of a catalog's answers look, for messages.
template <class Catalog>
std::string answer_id_form() {
  const std::string prefix = answers_prefix<Catalog>();
  if constexpr (Catalog::kind == catalog_kind::self_check) {
    std::string roles;
    for (const auto& r : Catalog::catalog.roles) {
      if (!roles.empty()) roles += "|";
      roles += r.id;
    }
    return prefix + "<" + roles + ">/<no>";
  }
  switch (Catalog::kind) {
    case catalog_kind::certification:
      return prefix + "<category>.<measure>.<n>";
    case catalog_kind::self_check:
    case catalog_kind::policy:
      return prefix + "<section>.<n>";
    case catalog_kind::risk:
      break;
  }
  return prefix + "<group>.<n>";
}
}  // namespace detail

/// The ID an override is keyed by: the audit item for certification-v2, the
/// measure for a checklist-only catalog.
template <class Catalog>
constexpr id_string override_id(Catalog c, std::size_t m) noexcept {
  if constexpr (!detail::certification_kind_v<Catalog>) {
    return {};  // only certification catalogs take overrides
  } else if constexpr (has_diagnosis_v<Catalog>) {
    return audit_item_id(c, m);
  } else {
    return measure_id(c, m);
  }
}

namespace detail {
/// The override IDs of a certification catalog, for lookups.
template <class Catalog>
inline constexpr auto override_ids = make_id_table<Catalog::checklist.measure_count>(
    [](std::size_t m) { return override_id(Catalog{}, m); });
}  // namespace detail

/// The measure index of an override ID (see override_id), or nothing.
template <class Catalog>
std::optional<std::size_t> find_override(Catalog, std::string_view id) noexcept {
  if constexpr (!detail::certification_kind_v<Catalog>) {
    return std::nullopt;
  } else {
    return detail::override_ids<Catalog>.find(id);
  }
}

/// The core assessment of a document read for a self-check, policy or risk
/// catalog: self_check_assessment, policy_assessment or risk_assessment. The
/// exclusions that expired before the document's date are withdrawn
/// (expiry.hpp): the engine rates without them.
template <class Catalog>
  requires(!detail::certification_kind_v<Catalog>)
auto to_assessment(Catalog c, const assessment_document& doc) {
  if constexpr (Catalog::kind == catalog_kind::policy) {
    policy_assessment<Catalog> a{};
    a.evaluated_on = day_of(doc.date);
    exclusion_ends<Catalog::catalog.statement_count> ends{};
    std::size_t rank_decisions = 0;
    for (const auto& [id, e] : doc.decisions) {
      const auto n = *detail::answer_ids<Catalog>.find(id, rank_decisions);
      a.decide(n, e.value, day_of(e.deadline));
      ends.last_day[n] = day_of(e.expires);
      for (std::size_t k = 0; k < aspect_count; ++k) {
        a.rate_impact(n, static_cast<aspect>(k), e.impacts[k]);
      }
    }
    expire_not_needed(a, ends, a.evaluated_on);
    return a;
  } else {
    const auto fill = [&](auto a) {
      for (const auto& [id, value] : doc.facts) a.set_fact(*find_fact(c, id), value);
      exclusion_ends<decltype(a)::question_count> ends{};
      std::size_t rank_answers = 0;
      for (const auto& [id, e] : doc.answers) {
        const auto i = *detail::answer_ids<Catalog>.find(id, rank_answers);
        a.set_answer(i, e.value);
        ends.last_day[i] = day_of(e.expires);
      }
      expire_na(a, ends, day_of(doc.date));
      return a;
    };
    if constexpr (Catalog::kind == catalog_kind::self_check) {
      return fill(self_check_assessment<Catalog>{});
    } else {
      return fill(risk_assessment<Catalog>{});
    }
  }
}

/// The core assessment of a document read for a certification catalog, without
/// the na answers and overrides that expired before the document's date.
template <class Catalog>
  requires detail::certification_kind_v<Catalog>
certification_assessment<Catalog> to_assessment(Catalog c, const assessment_document& doc) {
  certification_assessment<Catalog> a{};
  a.policy = doc.policy;
  for (const auto& [id, value] : doc.facts) a.set_fact(*find_fact(c, id), value);
  exclusion_ends<certification_assessment<Catalog>::question_count> na_ends{};
  std::size_t rank_answers = 0;
  for (const auto& [id, e] : doc.answers) {
    const auto q = *detail::answer_ids<Catalog>.find(id, rank_answers);
    a.set_answer(q, e.value);
    na_ends.last_day[q] = day_of(e.expires);
    for (const auto& ev : e.evidence) a.add_evidence(q, ev.kind);
  }
  exclusion_ends<certification_assessment<Catalog>::measure_count> override_ends{};
  for (const auto& [id, e] : doc.overrides) {
    const auto m = *find_override(c, id);
    a.override_status(m, e.value);
    override_ends.last_day[m] = day_of(e.expires);
  }
  const auto on = day_of(doc.date);
  expire_na(a, na_ends, on);
  expire_overrides(a, override_ends, on);
  if constexpr (has_diagnosis_v<Catalog>) {
    std::size_t rank_diagnosis = 0;
    for (const auto& [id, e] : doc.diagnosis) {
      check_outcome o;
      switch (e.status) {
        case check_outcome::kind::passed: o = check_outcome::passed(); break;
        case check_outcome::kind::not_applicable: o = check_outcome::not_applicable(); break;
        case check_outcome::kind::not_performed: break;
        case check_outcome::kind::findings:
          o = check_outcome::findings(e.findings.front().level);
          for (const auto& f : e.findings) o.add_finding(f.level);
          break;
      }
      a.diagnose(*detail::check_ids<Catalog>.find(id, rank_diagnosis), o);
    }
  }
  return a;
}

}  // namespace teleworksec
