#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/detail/rule_tables.hpp"
#include "teleworksec/rating.hpp"

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

}  // namespace detail

/// A hash of everything that decides a score: the catalog's id and content
/// (texts included), the program's tables, the rules' version and their
/// tabulated decisions, and the library's rules format. Two tools that print
/// the same fingerprint scored with the same rules.
template <class Catalog, class Rules = certification_rules>
constexpr std::uint64_t fingerprint() noexcept {
  detail::fnv1a h;
  h.text("teleworksec/fingerprint/1");
  h.text(Catalog::id);
  detail::hash_checklist(h, Catalog::checklist);
  h.number(Catalog::check_count);
  detail::hash_program(h, Catalog::program_catalog::program);
  detail::hash_rules(h, Rules::version, detail::rule_tables_of<Rules>);
  return h.value();
}

/// The fingerprint as a variable, computed once at compile time.
template <class Catalog, class Rules = certification_rules>
inline constexpr std::uint64_t fingerprint_v = fingerprint<Catalog, Rules>();

}  // namespace teleworksec
