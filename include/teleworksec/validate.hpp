#pragma once

#include <cstddef>
#include <cstdint>

#include "teleworksec/certification.hpp"
#include "teleworksec/mark.hpp"

// Compile-time checks of catalog data. A catalog header calls
// validate_checklist<data>() (and validate_program<checklist, program>()) in a
// static_assert, so a mistyped table does not compile and the message says
// what is wrong. tests/compile_fail proves each message fires.

namespace teleworksec {

namespace detail {

template <class C>
constexpr bool categories_numbered(const C& c) noexcept {
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    if (c.categories[i].no != i + 1) return false;
  }
  return true;
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
constexpr bool fact_ids_unique(const C& c) noexcept {
  for (std::size_t i = 0; i < c.facts.size(); ++i) {
    if (c.facts[i].id.empty()) return false;
    for (std::size_t j = i + 1; j < c.facts.size(); ++j) {
      if (c.facts[i].id == c.facts[j].id) return false;
    }
  }
  return true;
}

template <class C>
constexpr bool conditions_name_known_facts(const C& c) noexcept {
  const std::uint32_t known =
      c.facts.size() >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << c.facts.size()) - 1;
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
constexpr bool checks_numbered(const P& p) noexcept {
  for (std::size_t k = 0; k < p.checks.size(); ++k) {
    if (p.checks[k].no != k + 1) return false;
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

}  // namespace detail

/// Checks a checklist's tables; use as static_assert(validate_checklist<data>()).
template <const auto& C>
constexpr bool validate_checklist() noexcept {
  static_assert(C.fact_count <= 32, "a catalog has at most 32 facts");
  static_assert(C.measure_count < 256 && C.question_count < 256,
                "a catalog has fewer than 256 measures and questions");
  static_assert(detail::categories_numbered(C),
                "categories must be numbered 1, 2, 3, ... in source order");
  static_assert(detail::measures_numbered(C),
                "duplicate or out-of-order measure: measures must be numbered 1, 2, 3, ... "
                "within their category, categories in order, so that every measure ID is unique");
  static_assert(detail::questions_follow_measures(C),
                "a question names a measure the catalog does not have, or stands out of its "
                "measure's order (a question's ID is its position within its measure)");
  static_assert(detail::every_measure_asked(C), "a measure has no question");
  static_assert(detail::fact_ids_unique(C), "fact ids must be non-empty and unique");
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
  static_assert(detail::checks_numbered(P), "diagnosis checks must be numbered 1, 2, 3, ...");
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

}  // namespace teleworksec
