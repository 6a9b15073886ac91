#pragma once

#include <cstddef>
#include <cstdint>

#include "teleworksec/certification.hpp"
#include "teleworksec/checklist.hpp"
#include "teleworksec/mark.hpp"
#include "teleworksec/policy.hpp"
#include "teleworksec/risk.hpp"
#include "teleworksec/self_check.hpp"

// Compile-time checks of catalog data, one validator per kind, one
// static_assert per rule. A catalog's tag (self_check_tag and its siblings in
// the kinds' rating headers) or header calls its validator, so a mistyped table does not compile and the message says what is
// wrong. tests/compile_fail proves each message fires.

namespace teleworksec {

namespace detail {

template <class Rows>
constexpr bool numbered_from_one(const Rows& rows) noexcept {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].no != i + 1) return false;
  }
  return true;
}

template <class Rows>
constexpr bool texts_present(const Rows& rows) noexcept {
  for (const auto& row : rows) {
    if (row.ja.empty()) return false;
  }
  return true;
}

template <std::size_t N>
constexpr bool ids_unique(const std::array<fact_def, N>& rows) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (rows[i].id.empty()) return false;
    for (std::size_t j = i + 1; j < N; ++j) {
      if (rows[i].id == rows[j].id) return false;
    }
  }
  return true;
}

constexpr std::uint32_t first_facts(std::size_t n) noexcept {
  return n >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << n) - 1;
}

template <class C>
constexpr bool measures_numbered(const C& c) noexcept {
  std::size_t category = 1;
  std::size_t next = 1;
  for (const auto& m : c.measures) {
    if (m.category == category + 1) {
      ++category;
      next = 1;
    }
    if (m.category != category || m.no != next) return false;
    ++next;
  }
  return category == c.categories.size();
}

template <class C>
constexpr bool questions_follow_measures(const C& c) noexcept {
  std::size_t previous = 0;
  for (const auto& q : c.questions) {
    const std::size_t m = c.measure_index(q.category, q.measure);
    if (m == c.measures.size() || m < previous) return false;
    previous = m;
  }
  return true;
}

template <class C>
constexpr bool every_measure_asked(const C& c) noexcept {
  for (const auto& m : c.measures) {
    bool asked = false;
    for (const auto& q : c.questions) asked = asked || (q.category == m.category && q.measure == m.no);
    if (!asked) return false;
  }
  return true;
}

template <class C>
constexpr bool conditions_name_known_facts(const C& c) noexcept {
  const std::uint32_t known = first_facts(c.facts.size());
  for (const auto& q : c.questions) {
    if ((q.condition.bits & ~known) != 0) return false;
  }
  return true;
}

constexpr int strength(mark m) noexcept {
  switch (m) {
    case mark::required: return 2;
    case mark::partial_ok: return 1;
    case mark::not_assessed: return 0;
  }
  return -1;  // not a mark at all
}

template <std::size_t N>
constexpr bool marks_well_formed(const std::array<mark, N>& marks) noexcept {
  for (std::size_t c = 0; c < N; ++c) {
    if (strength(marks[c]) < 0) return false;
    if (c > 0 && strength(marks[c]) < strength(marks[c - 1])) return false;
  }
  return true;
}

template <class C, class P>
constexpr bool items_audit_measures_in_order(const C& c, const P& p) noexcept {
  if (p.audit_items.size() != c.measures.size()) return false;
  for (std::size_t i = 0; i < p.audit_items.size(); ++i) {
    const auto& item = p.audit_items[i];
    if (item.no != i + 1) return false;
    if (c.measure_index(item.category, item.measure) != i) return false;
  }
  return true;
}

template <class C, class P>
constexpr bool item_tiers_match(const C& c, const P& p) noexcept {
  for (std::size_t i = 0; i < p.audit_items.size() && i < c.measures.size(); ++i) {
    if (p.audit_items[i].tier != c.measures[i].tier) return false;
  }
  return true;
}

template <class P>
constexpr bool all_marks_well_formed(const P& p) noexcept {
  for (const auto& i : p.audit_items) {
    if (!marks_well_formed(i.marks)) return false;
  }
  for (const auto& k : p.checks) {
    if (!marks_well_formed(k.marks)) return false;
  }
  return true;
}

template <class P>
constexpr bool grade_tables_complete(const P& p) noexcept {
  for (std::size_t g = 0; g < 5; ++g) {
    if (p.audit_grades[g].grade != static_cast<grade>(g)) return false;
    if (p.diagnosis_grades[g].grade != static_cast<grade>(g)) return false;
  }
  return true;
}

template <class P>
constexpr bool levels_descend(const P& p) noexcept {
  constexpr std::uint8_t stars[] = {4, 3, 2, 0};
  for (std::size_t l = 0; l < 4; ++l) {
    const auto& def = p.levels[l];
    if (def.stars != stars[l] || def.max_audit > grade::E || def.max_diagnosis > grade::E) {
      return false;
    }
    if (static_cast<std::size_t>(def.column_required) >= column_count) return false;
    // A higher level never asks less than a lower one.
    if (l > 0 && l < 3 &&
        (def.max_audit < p.levels[l - 1].max_audit ||
         def.max_diagnosis < p.levels[l - 1].max_diagnosis ||
         def.column_required > p.levels[l - 1].column_required)) {
      return false;
    }
  }
  return true;
}

template <class C>
constexpr bool role_ids_unique(const C& c) noexcept {
  for (std::size_t i = 0; i < c.roles.size(); ++i) {
    if (c.roles[i].id.empty() || c.roles[i].ja.empty()) return false;
    for (std::size_t j = i + 1; j < c.roles.size(); ++j) {
      if (c.roles[i].id == c.roles[j].id) return false;
    }
  }
  return true;
}

template <class C>
constexpr bool items_numbered_by_role(const C& c) noexcept {
  std::size_t role = 0;
  std::size_t previous_no = 0;
  for (const auto& item : c.items) {
    if (item.role != role) {
      if (item.role != role + 1) return false;
      role = item.role;
      previous_no = 0;
    }
    if (item.no != previous_no + 1) return false;
    previous_no = item.no;
  }
  return c.items.empty() || role + 1 == c.roles.size();
}

template <class C>
constexpr bool items_in_groups(const C& c) noexcept {
  for (const auto& item : c.items) {
    if (item.group < 1 || item.group > c.groups.size() || item.ja.empty()) return false;
  }
  return true;
}

template <class C>
constexpr bool item_patterns_known(const C& c) noexcept {
  const std::uint32_t patterns = first_facts(c.patterns.size());
  for (const auto& item : c.items) {
    if ((item.patterns.bits & ~patterns) != 0) return false;
  }
  return true;
}

template <class C>
constexpr bool item_scopes_known(const C& c) noexcept {
  const std::uint32_t known = first_facts(c.facts.size());
  for (const auto& item : c.items) {
    if (((item.scope.needs.bits | item.scope.own_wording_when.bits) & ~known) != 0) return false;
  }
  return true;
}

template <class C>
constexpr bool cases_name_items(const C& c) noexcept {
  const auto exists = [&c](item_ref ref) {
    for (const auto& item : c.items) {
      if (item.role == ref.role && item.no == ref.no) return true;
    }
    return false;
  };
  for (std::size_t t = 0; t < c.cases.size(); ++t) {
    const auto& k = c.cases[t];
    if (k.no != t + 1 || k.item_count == 0 || k.item_count > k.items.size()) return false;
    for (std::size_t i = 0; i < k.item_count; ++i) {
      if (!exists(k.items[i])) return false;
    }
  }
  return true;
}

template <class C>
constexpr bool sections_in_groups(const C& c) noexcept {
  for (const auto& section : c.sections) {
    if (section.group < 1 || section.group > c.groups.size() || section.no.empty()) return false;
  }
  return true;
}

template <class C>
constexpr bool statements_in_order(const C& c) noexcept {
  std::size_t previous = 0;
  for (const auto& statement : c.statements) {
    if (statement.section >= c.sections.size() || statement.section < previous ||
        statement.ja.empty()) {
      return false;
    }
    previous = statement.section;
  }
  return true;
}

template <class Rows>
constexpr bool numbered_within_groups(const Rows& rows, std::size_t groups) noexcept {
  std::size_t group = 1;
  std::size_t no = 0;
  for (const auto& row : rows) {
    if (row.group == group + 1) {
      group = row.group;
      no = 0;
    }
    if (row.group != group || row.no != no + 1 || row.group > groups) return false;
    no = row.no;
  }
  return group == groups;
}

template <class C>
constexpr bool mitigations_name_risks(const C& c) noexcept {
  for (const auto& m : c.measures) {
    if (m.mitigates_count == 0 || m.mitigates_count > m.mitigates.size()) return false;
    for (std::size_t i = 0; i < m.mitigates_count; ++i) {
      bool found = false;
      for (const auto& r : c.risks) found = found || (r.group == m.mitigates[i].group &&
                                                      r.no == m.mitigates[i].no);
      if (!found) return false;
    }
  }
  return true;
}

template <class C>
constexpr bool every_risk_mitigated(const C& c) noexcept {
  for (const auto& r : c.risks) {
    bool mitigated = false;
    for (const auto& m : c.measures) {
      for (std::size_t i = 0; i < m.mitigates_count && i < m.mitigates.size(); ++i) {
        mitigated = mitigated || (m.mitigates[i].group == r.group && m.mitigates[i].no == r.no);
      }
    }
    if (!mitigated) return false;
  }
  return true;
}

}  // namespace detail

/// Checks a checklist's tables; use as static_assert(validate_checklist<data>()).
template <const auto& C>
constexpr bool validate_checklist() noexcept {
  static_assert(C.fact_count <= 32, "a catalog has at most 32 facts");
  static_assert(C.measure_count < 256 && C.question_count < 256,
                "a catalog has fewer than 256 measures and questions");
  static_assert(detail::numbered_from_one(C.categories),
                "categories must be numbered 1, 2, 3, ... in source order");
  static_assert(detail::measures_numbered(C),
                "duplicate or out-of-order measure: measures must be numbered 1, 2, 3, ... "
                "within their category, categories in order, so that every measure ID is unique");
  static_assert(detail::questions_follow_measures(C),
                "a question names a measure the catalog does not have, or stands out of its "
                "measure's order (a question's ID is its position within its measure)");
  static_assert(detail::every_measure_asked(C), "a measure has no question");
  static_assert(detail::ids_unique(C.facts), "fact ids must be non-empty and unique");
  static_assert(detail::conditions_name_known_facts(C),
                "a question's condition names a fact the catalog does not define");
  return true;
}

/// Checks a certification program against the checklist it audits.
template <const auto& C, const auto& P>
constexpr bool validate_program() noexcept {
  static_assert(detail::items_audit_measures_in_order(C, P),
                "audit items must be numbered 1, 2, 3, ... and audit the checklist's measures "
                "one to one, in order (an item refers to a measure the checklist lacks?)");
  static_assert(detail::item_tiers_match(C, P),
                "an audit item's 基本対策/応用対策 differs from its measure's tier");
  static_assert(detail::numbered_from_one(P.checks), "diagnosis checks must be numbered 1, 2, 3, ...");
  static_assert(detail::all_marks_well_formed(P),
                "ill-formed marks: each must be ●, ▲ or -, and a higher column may not ask less "
                "than a lower one");
  static_assert(detail::grade_tables_complete(P),
                "a grade table must list the grades A, B, C, D, E in order");
  static_assert(detail::levels_descend(P),
                "the level table must list ★★★★, ★★★, ★★, 認証不可 in order, higher levels "
                "never asking less");
  return true;
}

/// Checks a self-check catalog's tables.
template <const auto& C>
constexpr bool validate_self_check() noexcept {
  static_assert(C.fact_count <= 32, "a catalog has at most 32 facts");
  static_assert(C.item_count < 256 && C.role_count < 256 && C.group_count < 256,
                "a self-check catalog has fewer than 256 items, roles and groups");
  static_assert(detail::ids_unique(C.facts), "fact ids must be non-empty and unique");
  static_assert(detail::role_ids_unique(C), "role ids and texts must be non-empty, ids unique");
  static_assert(detail::numbered_from_one(C.groups),
                "threat groups must be numbered 1, 2, 3, ...");
  static_assert(detail::texts_present(C.groups), "a threat group has no text");
  static_assert(detail::numbered_from_one(C.patterns),
                "patterns must be numbered 1, 2, 3, ...");
  static_assert(detail::items_numbered_by_role(C),
                "items must stand role by role in the order of the roles table, numbered "
                "1, 2, 3, ... within their role, and every role must have items");
  static_assert(detail::items_in_groups(C), "an item names a threat group the catalog lacks, or "
                                            "has no text");
  static_assert(C.pattern_count <= C.fact_count,
                "every pattern needs its fact: the first facts are the patterns, one each");
  static_assert(detail::item_patterns_known(C),
                "an item's patterns (【対象】) must be pattern facts (the first facts, one per "
                "pattern)");
  static_assert(detail::item_scopes_known(C),
                "an item's scope names a fact the catalog does not define");
  static_assert(detail::cases_name_items(C),
                "trouble cases must be numbered 1, 2, 3, ... and name existing items");
  return true;
}

/// Checks a policy catalog's tables.
template <const auto& C>
constexpr bool validate_policy() noexcept {
  static_assert(C.statement_count < 65536, "a policy catalog has fewer than 65,536 statements");
  static_assert(detail::numbered_from_one(C.groups),
                "policy groups must be numbered 1, 2, 3, ...");
  static_assert(detail::texts_present(C.groups), "a policy group has no text");
  static_assert(detail::sections_in_groups(C),
                "a section names a policy group the catalog lacks, or has no number");
  static_assert(detail::statements_in_order(C),
                "policy statements must stand in document order under existing sections, each "
                "with its text");
  return true;
}

/// Checks a risk catalog's tables.
template <const auto& C>
constexpr bool validate_risk() noexcept {
  static_assert(detail::numbered_from_one(C.risk_groups),
                "risk groups must be numbered 1, 2, 3, ...");
  static_assert(detail::numbered_from_one(C.groups),
                "measure groups must be numbered 1, 2, 3, ...");
  static_assert(detail::numbered_within_groups(C.risks, C.risk_group_count),
                "risks must stand group by group, numbered 1, 2, 3, ... within their group");
  static_assert(detail::numbered_within_groups(C.measures, C.group_count),
                "measures must stand group by group, numbered 1, 2, 3, ... within their group");
  static_assert(detail::mitigations_name_risks(C),
                "every measure must mitigate at least one risk, and only risks the catalog has");
  static_assert(detail::every_risk_mitigated(C), "a risk is mitigated by no measure");
  return true;
}

}  // namespace teleworksec
