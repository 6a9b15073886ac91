#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/answer.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/facts.hpp"
#include "teleworksec/mark.hpp"

namespace teleworksec {

/// One of a checklist's categories (000: 1 管理体制 … 6 物理設備).
struct category_def {
  std::uint8_t no;
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// One measure (対策) of a category.
struct measure_def {
  std::uint8_t category;
  std::uint8_t no;  ///< 対策① = 1, numbered within its category
  teleworksec::tier tier;
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// One Y/N question of the チェックシート. Its number within its measure is its
/// position, so the question's ID follows from where it stands in the table.
struct question_def {
  std::uint8_t category;
  std::uint8_t measure;
  fact_set condition;     ///< applicable only when all these facts are true
  evidence_set evidence;  ///< kinds that can support a "yes" under the audit policy
  std::string_view ja;
};

/// A checklist catalog: facts, categories, measures and questions in source order.
template <std::size_t F, std::size_t C, std::size_t M, std::size_t Q>
struct checklist {
  static constexpr std::size_t fact_count = F;
  static constexpr std::size_t category_count = C;
  static constexpr std::size_t measure_count = M;
  static constexpr std::size_t question_count = Q;

  std::string_view id;
  std::array<fact_def, F> facts;
  std::array<category_def, C> categories;
  std::array<measure_def, M> measures;
  std::array<question_def, Q> questions;

  /// Index of the measure `category.no`, or M when there is none.
  [[nodiscard]] constexpr std::size_t measure_index(std::uint8_t category,
                                                    std::uint8_t no) const noexcept {
    for (std::size_t m = 0; m < M; ++m) {
      if (measures[m].category == category && measures[m].no == no) return m;
    }
    return M;
  }

  /// Feeds every entry, texts included, to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    h.text(id);
    for (const auto& f : facts) {
      h.text(f.id);
      h.text(f.ja);
      h.text(f.en);
    }
    for (const auto& cat : categories) {
      h.number(cat.no);
      h.text(cat.ja);
      h.text(cat.en);
    }
    for (const auto& m : measures) {
      h.number(m.category);
      h.number(m.no);
      h.number(static_cast<std::uint8_t>(m.tier));
      h.text(m.ja);
      h.text(m.en);
    }
    for (const auto& q : questions) {
      h.number(q.category);
      h.number(q.measure);
      h.number(q.condition.bits);
      h.number(q.evidence.bits);
      h.text(q.ja);
    }
  }
};

/// Builds a checklist from the source-order tables of a catalog header.
template <std::size_t F, std::size_t C, std::size_t M, std::size_t Q>
constexpr checklist<F, C, M, Q> make_checklist(std::string_view id, const fact_def (&facts)[F],
                                               const category_def (&categories)[C],
                                               const measure_def (&measures)[M],
                                               const question_def (&questions)[Q]) noexcept {
  checklist<F, C, M, Q> c{id, {}, {}, {}, {}};
  for (std::size_t i = 0; i < F; ++i) c.facts[i] = facts[i];
  for (std::size_t i = 0; i < C; ++i) c.categories[i] = categories[i];
  for (std::size_t i = 0; i < M; ++i) c.measures[i] = measures[i];
  for (std::size_t i = 0; i < Q; ++i) c.questions[i] = questions[i];
  return c;
}

/// What the engine needs of a checklist, without any text: derived at compile
/// time, so a program that only rates carries no Japanese strings.
template <std::size_t F, std::size_t C, std::size_t M, std::size_t Q>
struct checklist_scoring {
  std::array<std::uint8_t, Q> question_measure{};        ///< measure index of each question
  std::array<evidence_set, Q> question_evidence{};       ///< acceptable evidence per question
  std::array<detail::bits<Q>, M> measure_questions{};    ///< questions of each measure
  std::array<detail::bits<Q>, F> questions_needing{};    ///< questions whose condition names fact f
  std::array<std::uint8_t, M> measure_category{};        ///< category index of each measure
  std::array<tier, M> measure_tier{};
  std::array<std::uint8_t, M> position_in_category{};    ///< 0-based measure number
  std::array<std::uint8_t, Q> position_in_measure{};     ///< 0-based question number
};

/// Derives the scoring tables of a validated checklist.
template <std::size_t F, std::size_t C, std::size_t M, std::size_t Q>
constexpr checklist_scoring<F, C, M, Q> make_scoring(const checklist<F, C, M, Q>& c) noexcept {
  checklist_scoring<F, C, M, Q> s{};
  for (std::size_t m = 0; m < M; ++m) {
    s.measure_category[m] = static_cast<std::uint8_t>(c.measures[m].category - 1);
    s.measure_tier[m] = c.measures[m].tier;
    s.position_in_category[m] = static_cast<std::uint8_t>(c.measures[m].no - 1);
  }
  std::size_t previous = M;
  std::uint8_t n = 0;
  for (std::size_t q = 0; q < Q; ++q) {
    const auto& def = c.questions[q];
    const std::size_t m = c.measure_index(def.category, def.measure);
    n = m == previous ? static_cast<std::uint8_t>(n + 1) : std::uint8_t{0};
    previous = m;
    s.question_measure[q] = static_cast<std::uint8_t>(m);
    s.position_in_measure[q] = n;
    s.question_evidence[q] = def.evidence;
    s.measure_questions[m].set(q);
    for (std::size_t f = 0; f < F; ++f) {
      if (def.condition.contains(fact(static_cast<unsigned>(f)))) s.questions_needing[f].set(q);
    }
  }
  return s;
}

}  // namespace teleworksec
