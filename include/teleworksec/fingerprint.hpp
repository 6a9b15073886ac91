#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/detail/rule_tables.hpp"
#include "teleworksec/policy.hpp"
#include "teleworksec/rating.hpp"
#include "teleworksec/risk.hpp"
#include "teleworksec/self_check.hpp"

namespace teleworksec {

namespace detail {

// FNV-1a, 64 bit: tiny, constexpr, and stable across compilers and platforms
// because every input is fed byte by byte in a fixed order.
class fnv1a {
 public:
  constexpr void byte(std::uint8_t b) noexcept {
    hash_ ^= b;
    hash_ *= 0x100000001b3ULL;
  }
  constexpr void number(std::uint64_t v) noexcept {
    for (int i = 0; i < 8; ++i) byte(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  // Length first, so that adjacent strings cannot run into each other.
  constexpr void text(std::string_view s) noexcept {
    number(s.size());
    for (char c : s) byte(static_cast<std::uint8_t>(c));
  }
  [[nodiscard]] constexpr std::uint64_t value() const noexcept { return hash_; }

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

template <class Checklist>
constexpr void hash_checklist(fnv1a& h, const Checklist& c) noexcept {
  h.text(c.id);
  for (const auto& f : c.facts) {
    h.text(f.id);
    h.text(f.ja);
    h.text(f.en);
  }
  for (const auto& cat : c.categories) {
    h.number(cat.no);
    h.text(cat.ja);
    h.text(cat.en);
  }
  for (const auto& m : c.measures) {
    h.number(m.category);
    h.number(m.no);
    h.number(static_cast<std::uint8_t>(m.tier));
    h.text(m.ja);
    h.text(m.en);
  }
  for (const auto& q : c.questions) {
    h.number(q.category);
    h.number(q.measure);
    h.number(q.condition.bits);
    h.number(q.evidence.bits);
    h.text(q.ja);
  }
}

template <class Program>
constexpr void hash_program(fnv1a& h, const Program& p) noexcept {
  for (const auto& i : p.audit_items) {
    h.number(i.no);
    h.number(i.category);
    h.number(i.measure);
    h.number(static_cast<std::uint8_t>(i.tier));
    for (auto m : i.marks) h.number(static_cast<std::uint8_t>(m));
    h.text(i.ja);
  }
  for (const auto& k : p.checks) {
    h.number(k.no);
    h.number(static_cast<std::uint8_t>(k.area));
    for (auto m : k.marks) h.number(static_cast<std::uint8_t>(m));
    h.text(k.group_ja);
    h.text(k.subject_ja);
    h.text(k.method_ja);
    h.text(k.en);
  }
  for (const auto* table : {&p.audit_grades, &p.diagnosis_grades}) {
    for (const auto& g : *table) {
      h.number(static_cast<std::uint8_t>(g.grade));
      h.text(g.risk_ja);
      h.text(g.description_ja);
    }
  }
  for (const auto& l : p.levels) {
    h.number(l.stars);
    h.text(l.name_ja);
    h.text(l.name_en);
    h.text(l.risk_ja);
    h.text(l.description_ja);
    h.number(static_cast<std::uint8_t>(l.max_audit));
    h.number(static_cast<std::uint8_t>(l.max_diagnosis));
    h.number(static_cast<std::uint8_t>(l.column_required));
  }
}

constexpr void hash_rules(fnv1a& h, std::string_view version, const rule_tables& t) noexcept {
  h.text(version);
  for (auto b : t.item_met_by) h.number(b);
  for (auto b : t.check_met_by) h.number(b);
  for (auto g : t.outcome_grade) h.number(static_cast<std::uint8_t>(g));
  for (const auto& row : t.audit_grade) {
    for (auto g : row) h.number(static_cast<std::uint8_t>(g));
  }
}

template <class Catalog>
constexpr void hash_self_check(fnv1a& h, const Catalog& c) noexcept {
  for (const auto& f : c.facts) {
    h.text(f.id);
    h.text(f.ja);
    h.text(f.en);
  }
  for (const auto& g : c.groups) {
    h.number(g.no);
    h.text(g.ja);
    h.text(g.explanation_ja);
    h.text(g.en);
  }
  for (const auto& p : c.patterns) {
    h.number(p.no);
    h.number(static_cast<std::uint8_t>(p.data));
    for (auto t : {p.ja, p.en, p.summary_ja, p.data_ja, p.same_environment_ja, p.cloud_ja,
                   p.byod_ja, p.fast_line_ja, p.note_ja}) {
      h.text(t);
    }
  }
  for (const auto& i : c.items) {
    h.number(static_cast<std::uint8_t>(i.role));
    h.number(i.no);
    h.number(i.group);
    h.number(i.basic ? 1U : 0U);
    h.number(i.recommended ? 1U : 0U);
    h.number(i.patterns.bits);
    h.number(static_cast<std::uint8_t>(i.byod));
    h.number(i.page);
    h.text(i.ja);
    h.text(i.en);
  }
  for (const auto& t : c.cases) {
    h.number(t.no);
    h.number(t.page);
    h.text(t.ja);
    h.text(t.en);
    for (std::size_t i = 0; i < t.item_count; ++i) {
      h.number(static_cast<std::uint8_t>(t.items[i].role));
      h.number(t.items[i].no);
    }
  }
}

template <class Catalog>
constexpr void hash_policy(fnv1a& h, const Catalog& c) noexcept {
  for (const auto& g : c.groups) {
    h.number(g.no);
    h.number(g.section);
    h.text(g.ja);
    h.text(g.en);
  }
  for (const auto& s : c.sections) {
    h.text(s.no);
    h.number(s.group);
    h.text(s.ja);
    h.text(s.en);
  }
  for (const auto& st : c.statements) {
    h.number(st.section);
    h.number(static_cast<std::uint8_t>(st.level));
    h.number(st.level_read ? 1U : 0U);
    h.number(st.checklist_no);
    h.text(st.title_ja);
    h.text(st.ja);
    h.text(st.en);
  }
}

template <class Catalog>
constexpr void hash_risk(fnv1a& h, const Catalog& c) noexcept {
  const auto hash_groups = [&h](const auto& groups) {
    for (const auto& g : groups) {
      h.number(g.no);
      h.text(g.ja);
      h.text(g.en);
    }
  };
  hash_groups(c.risk_groups);
  hash_groups(c.groups);
  for (const auto& r : c.risks) {
    h.number(r.group);
    h.number(r.no);
    h.text(r.title_ja);
    h.text(r.ja);
    h.text(r.en);
  }
  for (const auto& m : c.measures) {
    h.number(m.group);
    h.number(m.no);
    h.text(m.title_ja);
    h.text(m.ja);
    h.text(m.en);
    for (std::size_t i = 0; i < m.mitigates_count; ++i) {
      h.number(m.mitigates[i].group);
      h.number(m.mitigates[i].no);
    }
  }
}

}  // namespace detail

/// A hash of everything that decides a score: the catalog's id and content
/// (texts included), the program's tables, the rules' version and their
/// tabulated decisions or parameters, and the library's rules format. Two
/// tools that print the same fingerprint scored with the same rules.
template <class Catalog, class Rules = typename Catalog::default_rules>
constexpr std::uint64_t fingerprint() noexcept {
  detail::fnv1a h;
  h.text("teleworksec/fingerprint/1");
  h.text(Catalog::id);
  if constexpr (Catalog::kind == catalog_kind::certification) {
    detail::hash_checklist(h, Catalog::checklist);
    h.number(Catalog::check_count);
    detail::hash_program(h, Catalog::program_catalog::program);
    detail::hash_rules(h, Rules::version, detail::rule_tables_of<Rules>);
  } else {
    if constexpr (Catalog::kind == catalog_kind::self_check) {
      detail::hash_self_check(h, Catalog::catalog);
    } else if constexpr (Catalog::kind == catalog_kind::policy) {
      detail::hash_policy(h, Catalog::catalog);
    } else {
      detail::hash_risk(h, Catalog::catalog);
    }
    h.text(Rules::version);
    for (auto p : Rules::parameters) h.number(p);
  }
  return h.value();
}

/// The fingerprint as a variable, computed once at compile time.
template <class Catalog, class Rules = typename Catalog::default_rules>
inline constexpr std::uint64_t fingerprint_v = fingerprint<Catalog, Rules>();

}  // namespace teleworksec
